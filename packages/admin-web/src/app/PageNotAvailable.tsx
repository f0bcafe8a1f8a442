import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';

/** Stands in for an admin page that this build of the app does not include yet. */
export function PageNotAvailable({ pageName }: { pageName: string }) {
  useDocumentTitle(`${pageName} · Caseload`);

  return (
    <Stack gap="xs" maw={640}>
      <Title order={1}>{pageName}</Title>
      <Text>This page is not available in this build of Caseload yet.</Text>
    </Stack>
  );
}
