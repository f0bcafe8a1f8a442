import type { Permission } from '@caseload/shared';
import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../gql/graphql';

/** The signed-in user, as the app shell and pages see them. */
export type Viewer = NonNullable<ViewerQuery['me']>;

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user; only inside the pages behind `ViewerGate`. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) {
    throw new Error('useViewer() is only for pages behind the sign-in gate.');
  }
  return viewer;
}

export function hasPermission(viewer: Viewer, permission: Permission): boolean {
  return viewer.permissions.includes(permission);
}
