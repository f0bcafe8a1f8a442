import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Code, List, Skeleton, Table, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconX } from '@tabler/icons-react';
import type { MemberPermissionsQuery, StaffProfileQuery } from '../../gql/graphql';
import { refusalMessage } from '../roles/refusals';
import { groupByGroup } from '../roles/role-editing';
import { ProfileSection } from './ProfileSection';
import { reasonSentence } from './permission-reasons';
import { memberPermissionsQuery } from './staff-profile.operations';

type ProfileMember = NonNullable<StaffProfileQuery['staffMember']>;
type Decision = MemberPermissionsQuery['effectivePermissions'][number];
type Reason = Decision['reasons'][number];

/**
 * Every permission key, granted or not, and why: the roles that grant it, the overrides (by whom,
 * until when, with their reason) and the member's status when it decides.
 */
export function EffectivePermissionsSection({
  member,
  timeZone,
}: {
  member: ProfileMember;
  timeZone: string;
}) {
  const { data, dataState, error } = useQuery(memberPermissionsQuery, {
    variables: { staffMemberId: member.id },
  });
  const decisions = dataState === 'complete' ? data.effectivePermissions : undefined;
  const grantedCount = decisions?.filter((decision) => decision.granted).length ?? 0;

  return (
    <ProfileSection title="Effective permissions">
      {error ? (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title="The explainer could not be loaded"
        >
          {refusalMessage(error)}
        </Alert>
      ) : !decisions ? (
        <Skeleton height={240} />
      ) : (
        <>
          <Text size="sm" c="gray.7">
            {member.displayName} holds {grantedCount} of {decisions.length} permissions now.
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" withTableBorder aria-label="Effective permissions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Permission</Table.Th>
                  <Table.Th scope="col" miw={140}>
                    Now
                  </Table.Th>
                  <Table.Th scope="col">Why</Table.Th>
                </Table.Tr>
              </Table.Thead>
              {groupByGroup(decisions).map(({ group, items }) => (
                <Table.Tbody key={group}>
                  <Table.Tr>
                    <Table.Th scope="colgroup" colSpan={3} bg="gray.1">
                      {group}
                    </Table.Th>
                  </Table.Tr>
                  {items.map((decision) => (
                    <Table.Tr key={decision.permission} data-permission={decision.permission}>
                      <Table.Th scope="row" fw={400}>
                        <Code fz="xs">{decision.permission}</Code>
                        <Text size="xs" c="gray.7">
                          {decision.description}
                        </Text>
                      </Table.Th>
                      <Table.Td>
                        <GrantedBadge granted={decision.granted} />
                      </Table.Td>
                      <Table.Td>
                        <Reasons decision={decision} timeZone={timeZone} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              ))}
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </ProfileSection>
  );
}

function GrantedBadge({ granted }: { granted: boolean }) {
  return granted ? (
    <Badge
      color="green.9"
      variant="filled"
      tt="none"
      leftSection={<IconCheck size={12} aria-hidden />}
    >
      Granted
    </Badge>
  ) : (
    <Badge color="gray.8" variant="outline" tt="none" leftSection={<IconX size={12} aria-hidden />}>
      Not granted
    </Badge>
  );
}

function Reasons({ decision, timeZone }: { decision: Decision; timeZone: string }) {
  if (decision.reasons.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        No role or override grants it.
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2}>
      {decision.reasons.map((reason) => (
        <List.Item key={reasonKey(reason)}>
          <ReasonText reason={reason} timeZone={timeZone} />
        </List.Item>
      ))}
    </List>
  );
}

function ReasonText({ reason, timeZone }: { reason: Reason; timeZone: string }) {
  return (
    <Text span size="sm">
      {reasonSentence(reason, timeZone)}
    </Text>
  );
}

function reasonKey(reason: Reason): string {
  return `${reason.kind}:${reason.roleName ?? ''}:${reason.effect ?? ''}:${reason.status ?? ''}:${reason.summary}`;
}
