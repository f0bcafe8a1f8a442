import { createBrowserRouter } from 'react-router';
import { AcceptInvitationPage } from '../auth/AcceptInvitationPage';
import { ForgotPasswordPage, ResetPasswordPage } from '../auth/PasswordResetPages';
import { acceptInvitationPath, forgotPasswordPath, resetPasswordPath } from '../auth/public-paths';
import { SignInPage } from '../auth/SignInPage';
import { ViewerGate } from '../auth/ViewerGate';
import { AppLayout } from './AppLayout';
import { HomeRedirect } from './HomeRedirect';
import { PageAccess } from './PageAccess';
import { PageNotFound } from './PageNotFound';
import { accountPage, appPages, caseloadPage, clientDetailPage, staffProfilePage } from './pages';
import { signInPath } from './paths';
import { RouteErrorPage } from './RouteErrorPage';

export const router = createBrowserRouter([
  { path: signInPath, element: <SignInPage />, errorElement: <RouteErrorPage /> },
  // Reached from emailed links, without signing in: the token in the link is the credential.
  {
    path: acceptInvitationPath,
    element: <AcceptInvitationPage />,
    errorElement: <RouteErrorPage />,
  },
  { path: forgotPasswordPath, element: <ForgotPasswordPage />, errorElement: <RouteErrorPage /> },
  { path: resetPasswordPath, element: <ResetPasswordPage />, errorElement: <RouteErrorPage /> },
  {
    // Every other address needs a signed-in member: the gate sends anyone else to sign in.
    path: '/',
    element: <ViewerGate />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            // Errors inside a page (a chunk that failed to load, a render error) keep the shell around them.
            errorElement: <RouteErrorPage />,
            children: [
              { index: true, element: <HomeRedirect /> },
              ...appPages.map((page) => ({
                path: page.path,
                element: <PageAccess page={page} />,
              })),
              {
                path: staffProfilePage.path,
                element: <PageAccess page={staffProfilePage} />,
              },
              {
                path: clientDetailPage.path,
                element: <PageAccess page={clientDetailPage} />,
              },
              { path: caseloadPage.path, element: <PageAccess page={caseloadPage} /> },
              { path: accountPage.path, element: <PageAccess page={accountPage} /> },
              { path: '*', element: <PageNotFound /> },
            ],
          },
        ],
      },
    ],
  },
]);
