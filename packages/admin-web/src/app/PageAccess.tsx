import { hasPermission, useViewer } from '../auth/viewer-context';
import { NoAccess } from './NoAccess';
import { PageNotAvailable } from './PageNotAvailable';
import type { AppPage } from './pages';

/**
 * One page of the app, or why it cannot be shown. The permission is checked here from what `me`
 * says the member holds, so a page they cannot open is not even asked for; the API has the last
 * word, and pages show its FORBIDDEN answers the same way (see `NoAccess`).
 */
export function PageAccess({ page }: { page: AppPage }) {
  const viewer = useViewer();
  const { component: Page, label, permission } = page;

  if (!Page) {
    return <PageNotAvailable pageName={label} />;
  }
  if (permission && !hasPermission(viewer, permission)) {
    return <NoAccess pageName={label} permission={permission} />;
  }
  return <Page />;
}
