import type { Permission } from '@caseload/shared';
import type { AppPage } from './pages';

/**
 * Where `/` and signing in lead: the first built page of the sidebar the member may open, so a
 * therapist lands on their clients and an admin on the dashboard; `fallback` (their own account)
 * when they may open none.
 */
export function homePagePath(
  pages: readonly Pick<AppPage, 'path' | 'component' | 'permission'>[],
  holds: (permission: Permission) => boolean,
  fallback: string,
): string {
  const home = pages.find((page) => page.component && (!page.permission || holds(page.permission)));
  return home?.path ?? fallback;
}
