import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@caseload/shared';
import {
  Anchor,
  Breadcrumbs,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../app/LoadError';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal, hasErrorCode } from '../../auth/auth-errors';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import { ResultToast, type Toast } from '../clients/ResultToast';
import { EffectivePermissionsSection } from './EffectivePermissionsSection';
import { OverridesSection } from './OverridesSection';
import { ProfileDetailsSections } from './ProfileDetailsSections';
import { ProfileRolesSection } from './ProfileRolesSection';
import { ProfileDetail } from './ProfileSection';
import { StaffStatusBadge } from './StaffStatusBadge';
import { StatusSection } from './StatusSection';
import { SupervisionSection } from './SupervisionSection';
import { staffKindLabels } from './staff-labels';
import { staffProfileQuery } from './staff-profile.operations';

/**
 * One member: who they are and how to reach them, their status and supervision, their roles,
 * their overrides and why they hold what they hold; each part changed in place by those allowed.
 */
export function StaffProfilePage() {
  const { staffMemberId = '' } = useParams();
  const viewer = useViewer();
  const { data, dataState, error, loading, refetch } = useQuery(staffProfileQuery, {
    variables: { id: staffMemberId },
  });
  const member = dataState === 'complete' ? data.staffMember : undefined;
  useDocumentTitle(`${member?.displayName ?? 'Staff profile'} · Caseload`);
  const [toast, setToast] = useState<Toast | null>(null);
  const closeToast = useCallback(() => setToast(null), []);
  const reload = useCallback(
    () =>
      refetch()
        .then((result) => result.data?.staffMember ?? null)
        .catch(() => null),
    [refetch],
  );

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
        <LoadError
          title="The profile could not be loaded"
          error={error}
          onRetry={refetch}
          retrying={loading}
        />
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
  const access = {
    canEditAll: hasPermission(viewer, 'staff.edit'),
    isSelf: viewer.member.id === member.id,
  };

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
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <ProfileDetail label="Staff ID">
              <Text ff="monospace">{member.staffId}</Text>
            </ProfileDetail>
            <ProfileDetail label="Kind">{staffKindLabels[member.kind]}</ProfileDetail>
            <ProfileDetail label="Email">
              <Anchor href={`mailto:${member.email}`}>{member.email}</Anchor>
            </ProfileDetail>
          </SimpleGrid>
        </Stack>
      </Paper>

      <StatusSection member={member} timeZone={timeZone} onResult={setToast} />
      <ProfileDetailsSections
        member={member}
        practiceTimezone={timeZone}
        access={access}
        onReload={reload}
        onResult={setToast}
      />
      <SupervisionSection member={member} onResult={setToast} />
      <ProfileRolesSection member={member} />
      <OverridesSection member={member} timeZone={timeZone} />
      <EffectivePermissionsSection member={member} timeZone={timeZone} />
      <ResultToast toast={toast} onClose={closeToast} />
    </Stack>
  );
}
