import { Navigate } from 'react-router';
import { hasPermission, useViewer } from '../auth/viewer-context';
import { homePagePath } from './home-page';
import { accountPage, appPages } from './pages';

/** `/`: on to the member's home page (see `homePagePath`). */
export function HomeRedirect() {
  const viewer = useViewer();
  const path = homePagePath(
    appPages,
    (permission) => hasPermission(viewer, permission),
    accountPage.path,
  );
  return <Navigate to={path} replace />;
}
