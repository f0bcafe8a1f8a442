import { Alert, Button, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle } from '@tabler/icons-react';

/**
 * Shown when a page fails to load or render. The usual cause is a new deployment replacing the
 * page's bundle chunk while the app was open, which a reload fixes.
 */
export function RouteErrorPage() {
  useDocumentTitle('Something went wrong · Caseload');

  return (
    <Stack gap="md" maw={640} p="md">
      <Title order={1}>Something went wrong</Title>
      <Alert
        color="red"
        icon={<IconAlertCircle aria-hidden />}
        title="This page could not be shown"
      >
        Reload the page to try again. If it keeps happening, the app may have been updated: a reload
        loads the latest version.
      </Alert>
      <Button onClick={() => window.location.reload()} w="fit-content">
        Reload page
      </Button>
    </Stack>
  );
}
