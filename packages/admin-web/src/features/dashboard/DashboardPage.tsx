import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../app/LoadError';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal } from '../../auth/auth-errors';
import type { DashboardQuery } from '../../gql/graphql';
import { staffKindLabels, staffStatusColors, staffStatusLabels } from '../staff/staff-labels';
import { dashboardQuery } from './dashboard.operations';
import {
  highRiskClientsLink,
  pendingNotesClientsLink,
  rosterLinkForStatus,
  unassignedClientsLink,
} from './dashboard-links';

type Dashboard = DashboardQuery['dashboard'];

/** The practice at a glance: who works here, invitations, supervision gaps and client figures. */
export function DashboardPage() {
  useDocumentTitle('Dashboard · Caseload');
  const { data, dataState, loading, error, refetch } = useQuery(dashboardQuery);
  const dashboard = dataState === 'complete' ? data.dashboard : undefined;

  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Dashboard" permission={refusal.permission} />;
  }

  return (
    <Stack gap="lg">
      <Title order={1}>Dashboard</Title>
      {error ? (
        <LoadError
          title="The dashboard could not be loaded"
          error={error}
          onRetry={refetch}
          retrying={loading}
        />
      ) : dashboard ? (
        <DashboardFigures dashboard={dashboard} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy="true" aria-label="Loading">
          {[0, 1, 2, 3, 4, 5].map((key) => (
            <Skeleton key={key} height={160} radius="md" />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function DashboardFigures({ dashboard }: { dashboard: Dashboard }) {
  const onRoster = dashboard.staffByStatus
    .filter((entry) => entry.status !== 'REMOVED')
    .reduce((sum, entry) => sum + entry.count, 0);

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <FigureCard title="Members by status" summary={`${onRoster} on the roster`}>
          <FigureList>
            {dashboard.staffByStatus.map((entry) => (
              <FigureRow
                key={entry.status}
                label={
                  <Anchor component={Link} to={rosterLinkForStatus(entry.status)} size="sm">
                    <Badge
                      variant="dot"
                      color={staffStatusColors[entry.status]}
                      tt="none"
                      size="md"
                      style={{ cursor: 'pointer' }}
                    >
                      {staffStatusLabels[entry.status]}
                    </Badge>
                  </Anchor>
                }
                count={entry.count}
              />
            ))}
          </FigureList>
        </FigureCard>

        <FigureCard title="Members by kind">
          <FigureList>
            {dashboard.staffByKind.length === 0 ? (
              <EmptyLine />
            ) : (
              dashboard.staffByKind.map((entry) => (
                <FigureRow
                  key={entry.kind}
                  label={staffKindLabels[entry.kind]}
                  count={entry.count}
                />
              ))
            )}
          </FigureList>
        </FigureCard>

        <FigureCard title="Members by role">
          <FigureList>
            {dashboard.staffByRole.length === 0 ? (
              <EmptyLine />
            ) : (
              dashboard.staffByRole.map((entry) => (
                <FigureRow key={entry.roleId} label={entry.roleName} count={entry.count} />
              ))
            )}
          </FigureList>
        </FigureCard>

        <FigureCard title="Invitations">
          <FigureList>
            <FigureRow
              label={
                <Anchor component={Link} to={rosterLinkForStatus('INVITED')} size="sm">
                  Pending invitations
                </Anchor>
              }
              count={dashboard.pendingInvitations}
            />
            <FigureRow
              label={
                <Anchor component={Link} to={rosterLinkForStatus('INVITED')} size="sm">
                  Expired invitations
                </Anchor>
              }
              count={dashboard.expiredInvitations}
              attention={dashboard.expiredInvitations > 0 ? 'Resend' : undefined}
            />
          </FigureList>
        </FigureCard>

        <FigureCard title="Supervision">
          <FigureList>
            <FigureRow
              label="Members needing a supervisor"
              count={dashboard.membersNeedingSupervisor}
              attention={dashboard.membersNeedingSupervisor > 0 ? 'Assign' : undefined}
            />
          </FigureList>
          <Text size="xs" c="gray.7">
            Active members whose roles require supervision and who have no supervisor.
          </Text>
        </FigureCard>

        {dashboard.clients && (
          <FigureCard title="Clients">
            <FigureList>
              <FigureRow
                label={
                  <Anchor component={Link} to={unassignedClientsLink} size="sm">
                    Unassigned clients
                  </Anchor>
                }
                count={dashboard.clients.unassigned}
                attention={dashboard.clients.unassigned > 0 ? 'Assign' : undefined}
              />
              <FigureRow
                label={
                  <Anchor component={Link} to={highRiskClientsLink} size="sm">
                    High-risk clients
                  </Anchor>
                }
                count={dashboard.clients.highRisk}
              />
              <FigureRow
                label={
                  <Anchor component={Link} to={pendingNotesClientsLink} size="sm">
                    Pending notes
                  </Anchor>
                }
                count={dashboard.clients.pendingNotes}
              />
            </FigureList>
          </FigureCard>
        )}
      </SimpleGrid>
    </Stack>
  );
}

function FigureCard({
  title,
  summary,
  children,
}: {
  title: string;
  summary?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4">
            {title}
          </Title>
          {summary && (
            <Text size="sm" c="gray.7">
              {summary}
            </Text>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** A definition list: each figure's name, then its number, read as a pair by screen readers. */
function FigureList({ children }: { children: ReactNode }) {
  return (
    <Stack component="dl" gap={6} m={0}>
      {children}
    </Stack>
  );
}

function FigureRow({
  label,
  count,
  attention,
}: {
  label: ReactNode;
  count: number;
  /** A word saying what to do when the figure needs it, shown next to the number. */
  attention?: string;
}) {
  return (
    <Group component="div" justify="space-between" wrap="nowrap" gap="sm">
      <Text component="dt" size="sm">
        {label}
      </Text>
      <Group component="dd" gap={6} m={0} wrap="nowrap">
        {attention && (
          <Badge color="orange" variant="light" tt="none" size="sm">
            {attention}
          </Badge>
        )}
        <Text fw={600} size="lg" data-testid="figure">
          {count}
        </Text>
      </Group>
    </Group>
  );
}

function EmptyLine() {
  return (
    <Text size="sm" c="gray.7">
      No members yet.
    </Text>
  );
}
