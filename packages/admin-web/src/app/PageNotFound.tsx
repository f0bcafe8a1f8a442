import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import { homePath } from './paths';

export function PageNotFound() {
  useDocumentTitle('Page not found · Caseload');

  return (
    <Stack gap="xs" maw={640}>
      <Title order={1}>Page not found</Title>
      <Text>There is no page at this address.</Text>
      <Anchor component={Link} to={homePath}>
        Go to the staff roster
      </Anchor>
    </Stack>
  );
}
