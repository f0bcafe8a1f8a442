import { useQuery } from '@apollo/client/react';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Navigate, Outlet } from 'react-router';
import { readableErrorMessage } from '../error-messages';
import { currentTarget, signInLocation } from './redirect-target';
import { withSignInNotice } from './sign-in-form';
import { viewerQuery } from './viewer.operations';
import { ViewerContext } from './viewer-context';

const RequiredPasswordChangePage = lazy(() =>
  import('../features/account/RequiredAccountSteps').then((module) => ({
    default: module.RequiredPasswordChangePage,
  })),
);

const RequiredMfaEnrollmentPage = lazy(() =>
  import('../features/account/RequiredAccountSteps').then((module) => ({
    default: module.RequiredMfaEnrollmentPage,
  })),
);

/**
 * Everything but the sign-in page and the pages of emailed links is behind this gate: it asks who
 * is signed in and sends anonymous visitors to sign in, keeping the address they asked for. A
 * member who owes a new password or two-step sign-in set-up sees that step instead of any page. When a session ends while
 * the app is open (the API answers UNAUTHENTICATED, and `apollo.ts` records that nobody is signed
 * in), the same happens, with a word on the sign-in page about why.
 */
export function ViewerGate() {
  const { data, previousData, loading, error, refetch } = useQuery(viewerQuery);
  // While the store is reset (switching practice) the query reloads: keep the shell on screen.
  const me = data ? data.me : loading ? previousData?.me : undefined;
  // Whether this visit had a member signed in, to tell an ended session from a first visit.
  const wasSignedIn = useRef(false);
  useEffect(() => {
    if (me) {
      wasSignedIn.current = true;
    }
  }, [me]);

  if (me) {
    // A temporary password, then the two-step sign-in the practice requires, come before any
    // page: whatever address was asked for, it opens once these are settled.
    const owedStep = me.mustChangePassword ? (
      <RequiredPasswordChangePage />
    ) : me.mfaEnrollmentRequired ? (
      <RequiredMfaEnrollmentPage />
    ) : null;
    return (
      <ViewerContext value={me}>
        {owedStep ? (
          <Suspense
            fallback={
              <Center mih="100dvh" role="status" aria-label="Loading Caseload">
                <Loader />
              </Center>
            }
          >
            {owedStep}
          </Suspense>
        ) : (
          <Outlet />
        )}
      </ViewerContext>
    );
  }

  if (me === null) {
    // The address bar, not `useLocation()`: a navigation still rendering in a transition (a tab
    // just picked) has already changed the one but not yet the other, and it is the page asked for.
    return (
      <Navigate
        to={signInLocation(currentTarget(window.location))}
        replace
        state={wasSignedIn.current ? withSignInNotice({ kind: 'session-ended' }) : undefined}
      />
    );
  }

  if (error && !loading) {
    return (
      <Center mih="100dvh" p="md">
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title="Caseload could not start"
          maw={480}
          w="100%"
        >
          <Stack gap="sm" align="flex-start">
            {readableErrorMessage(error)}
            <Button variant="default" size="xs" onClick={() => refetch().catch(() => undefined)}>
              Try again
            </Button>
          </Stack>
        </Alert>
      </Center>
    );
  }

  return (
    <Center mih="100dvh" role="status" aria-label="Loading Caseload">
      <Loader />
    </Center>
  );
}
