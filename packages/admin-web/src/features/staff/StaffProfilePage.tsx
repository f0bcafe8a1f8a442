import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@caseload/shared';
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal, hasErrorCode } from '../../auth/auth-errors';
import { readableErrorMessage } from '../../error-messages';
import { EffectivePermissionsSection } from './EffectivePermissionsSection';
import { OverridesSection } from './OverridesSection';
import { ProfileRolesSection } from './ProfileRolesSection';
import { StaffStatusBadge } from './StaffStatusBadge';
import { staffKindLabels } from './staff-labels';
import { staffProfileQuery } from './staff-profile.operations';

/** One member: who they are, their roles, their overrides and why they hold what they hold. */
export function StaffProfilePage() {
  const { staffMemberId = '' } = useParams();
  const { data, dataState, error, loading, refetch } = useQuery(staffProfileQuery, {
    variables: { id: staffMemberId },
  });
  const member = dataState === 'complete' ? data.staffMember : undefined;
  useDocumentTitle(`${member?.displayName ?? 'Staff profile'} · Caseload`);

  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Staff profile" permission={refusal.permission} />;
  }

  const breadcrumbs = (
    <Breadcrumbs aria-label="Breadcrumb">
      <Anchor component={Link} to="/staff" size="sm">
        Staff
      </Anchor>
      <Text size="sm" aria-current="page">
        {member?.displayName ?? 'Profile'}
      </Text>
    </Breadcrumbs>
  );

  if (hasErrorCode(error, ErrorCode.NOT_FOUND) || (dataState === 'complete' && !member)) {
    return (
      <Stack gap="md" maw={720}>
        {breadcrumbs}
        <Title order={1}>Staff member not found</Title>
        <Text>There is no staff member at this address in your practice.</Text>
        <Anchor component={Link} to="/staff">
          Back to the staff roster
        </Anchor>
      </Stack>
    );
  }

  if (error) {
    return (
      <Stack gap="md">
        {breadcrumbs}
        <Title order={1}>Staff profile</Title>
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title="The profile could not be loaded"
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{readableErrorMessage(error)}</Text>
            <Button
              variant="default"
              size="xs"
              loading={loading}
              onClick={() => refetch().catch(() => undefined)}
            >
              Retry
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }

  if (!member || dataState !== 'complete') {
    return (
      <Stack gap="md" aria-busy>
        {breadcrumbs}
        <Skeleton height={36} width={320} />
        <Skeleton height={120} />
        <Skeleton height={240} />
      </Stack>
    );
  }

  const timeZone = data.practice.timezone;

  return (
    <Stack gap="lg">
      {breadcrumbs}
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Group gap="sm" align="center">
            <Title order={1}>{member.displayName}</Title>
            <StaffStatusBadge status={member.status} />
          </Group>
          {member.title && <Text c="gray.7">{member.title}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
            <Detail label="Staff ID">
              <Text ff="monospace">{member.staffId}</Text>
            </Detail>
            <Detail label="Kind">{staffKindLabels[member.kind]}</Detail>
            <Detail label="Email">
              <Anchor href={`mailto:${member.email}`}>{member.email}</Anchor>
            </Detail>
            <Detail label="Supervisor">
              {member.supervisor ? (
                <Anchor component={Link} to={`/staff/${member.supervisor.id}`}>
                  {member.supervisor.displayName}
                </Anchor>
              ) : (
                'None'
              )}
            </Detail>
          </SimpleGrid>
        </Stack>
      </Paper>

      <ProfileRolesSection member={member} />
      <OverridesSection member={member} timeZone={timeZone} />
      <EffectivePermissionsSection member={member} timeZone={timeZone} />
    </Stack>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="gray.7" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}
