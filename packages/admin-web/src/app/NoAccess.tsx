import { type Permission, permissionCatalog } from '@caseload/shared';
import { Code, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import { useViewer } from '../auth/viewer-context';

interface NoAccessProps {
  pageName: string;
  /** The permission the page needs, when known (the API names it in a FORBIDDEN answer). */
  permission: Permission | null;
}

/** What a member sees on a page their permissions do not open: why, and whom to ask. */
export function NoAccess({ pageName, permission }: NoAccessProps) {
  useDocumentTitle(`${pageName} · Caseload`);
  const viewer = useViewer();
  const isOnHold = viewer.member.status === 'ON_HOLD';

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{pageName}</Title>
      <Paper withBorder radius="md" p="xl">
        <Stack gap="sm" align="flex-start">
          <ThemeIcon size={44} radius="xl" variant="light" color="gray" aria-hidden>
            <IconLock size={24} stroke={1.75} />
          </ThemeIcon>
          <Title order={2} size="h3">
            You don't have access to this page
          </Title>
          {permission ? (
            <Text>
              This page needs the <Code fz="sm">{permission}</Code> permission (
              {lowerFirst(permissionCatalog[permission].description)}), which your account does not
              have in {viewer.practice.name}.
            </Text>
          ) : (
            <Text>
              Your account does not have the permission this page needs in {viewer.practice.name}.
            </Text>
          )}
          {isOnHold && (
            <Text>
              Your account is on hold: while it is, you have read-only access to your own caseload.
            </Text>
          )}
          <Text c="gray.7" size="sm">
            If you need access, ask your practice owner or manager.
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** "See the staff roster." → "see the staff roster", to sit inside a sentence. */
function lowerFirst(sentence: string): string {
  const trimmed = sentence.replace(/\.$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}
