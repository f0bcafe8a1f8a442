import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Drawer,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconChevronLeft, IconChevronRight, IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal } from '../../auth/auth-errors';
import { useViewer } from '../../auth/viewer-context';
import { readableErrorMessage } from '../../error-messages';
import type { MailStatus, OutboxMailQuery } from '../../gql/graphql';
import { formatPracticeDateTime } from '../staff/practice-time';
import { mailTextSegments } from './mail-text';
import { outboxMailQuery } from './mailbox.operations';

export const MAILBOX_PAGE_SIZE = 25;

type Mail = OutboxMailQuery['outboxMail']['edges'][number]['node'];
type StatusFilter = 'ALL' | MailStatus;

const statusFilters: ReadonlyArray<{ value: StatusFilter; label: string }> = [
  { value: 'ALL', label: 'All' },
  { value: 'QUEUED', label: 'Queued' },
  { value: 'SENT', label: 'Sent' },
  { value: 'FAILED', label: 'Failed' },
];

const statusColors: Record<MailStatus, string> = { QUEUED: 'yellow', SENT: 'green', FAILED: 'red' };
const statusLabels: Record<MailStatus, string> = {
  QUEUED: 'Queued',
  SENT: 'Sent',
  FAILED: 'Failed',
};

/**
 * The practice's outgoing mail (invitations, resends) and how its delivery went: a failed send
 * stays here, visible. Outside production it is also the demo mailbox: with no mail server
 * configured, each mail's text, with its links, can be read here.
 */
export function MailboxPage() {
  useDocumentTitle('Mailbox · Caseload');
  const viewer = useViewer();
  const timeZone = viewer.practice.timezone;
  const [status, setStatus] = useState<StatusFilter>('ALL');
  // The cursors of the pages before this one: `after` of each, the first page's being null.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const [openMailId, setOpenMailId] = useState<string | null>(null);
  const { data, dataState, loading, error, refetch } = useQuery(outboxMailQuery, {
    variables: {
      first: MAILBOX_PAGE_SIZE,
      after,
      statuses: status === 'ALL' ? null : [status],
    },
    fetchPolicy: 'cache-and-network',
  });
  const connection = dataState === 'complete' ? data.outboxMail : undefined;
  const mails = connection?.edges.map((edge) => edge.node) ?? [];
  const openMail = mails.find((mail) => mail.id === openMailId) ?? null;

  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Mailbox" permission={refusal.permission} />;
  }

  const pageNumber = cursors.length;
  const firstShown = (pageNumber - 1) * MAILBOX_PAGE_SIZE + 1;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={1}>Mailbox</Title>
        <Text aria-live="polite" c="gray.7">
          {connection &&
            (connection.totalCount === 1 ? '1 mail' : `${connection.totalCount} mails`)}
        </Text>
      </Group>
      <Text c="gray.7" size="sm" maw={720}>
        Mail {viewer.practice.name} sends: invitations and their resends. Mail that could not be
        delivered is retried, and stays here if it fails. Times are in the practice's timezone.
      </Text>

      <Group justify="space-between">
        <SegmentedControl
          aria-label="Delivery status"
          value={status}
          onChange={(value) => {
            setStatus(value as StatusFilter);
            setCursors([null]);
          }}
          data={statusFilters.map((filter) => ({ value: filter.value, label: filter.label }))}
        />
        <Button
          variant="default"
          size="xs"
          onClick={() => refetch().catch(() => undefined)}
          loading={loading && Boolean(connection)}
        >
          Refresh
        </Button>
      </Group>

      {error ? (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title="Could not load the mailbox"
          role="alert"
        >
          <Stack gap="xs" align="flex-start">
            {readableErrorMessage(error)}
            <Button variant="default" size="xs" onClick={() => refetch().catch(() => undefined)}>
              Try again
            </Button>
          </Stack>
        </Alert>
      ) : !connection ? (
        <Center py="xl" role="status" aria-label="Loading mail">
          <Loader />
        </Center>
      ) : mails.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" gap="xs">
            <IconMail size={32} stroke={1.5} color="var(--mantine-color-gray-6)" aria-hidden />
            <Text fw={600}>
              No mail{status === 'ALL' ? ' yet' : ` ${statusLabels[status].toLowerCase()}`}
            </Text>
            <Text size="sm" c="gray.7">
              Inviting someone to the practice sends them an email, which shows up here.
            </Text>
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={900}>
            <Table highlightOnHover verticalSpacing="sm" aria-label="Outgoing mail">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>To</Table.Th>
                  <Table.Th>Subject</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Attempts</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Sent</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mails.map((mail) => (
                  <Table.Tr key={mail.id}>
                    <Table.Td>{mail.to}</Table.Td>
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        ta="left"
                        onClick={() => setOpenMailId(mail.id)}
                      >
                        {mail.subject}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={statusColors[mail.status]}
                        variant="light"
                        styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
                      >
                        {statusLabels[mail.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{mail.attempts}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatPracticeDateTime(mail.createdAt, timeZone)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {mail.sentAt ? formatPracticeDateTime(mail.sentAt, timeZone) : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}

      {connection && (pageNumber > 1 || connection.pageInfo.hasNextPage) && (
        <Group justify="space-between">
          <Text size="sm" c="gray.7">
            {firstShown}–{firstShown + mails.length - 1} of {connection.totalCount}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconChevronLeft size={16} aria-hidden />}
              disabled={pageNumber === 1}
              onClick={() => setCursors((current) => current.slice(0, -1))}
            >
              Newer
            </Button>
            <Button
              variant="default"
              rightSection={<IconChevronRight size={16} aria-hidden />}
              disabled={!connection.pageInfo.hasNextPage}
              onClick={() => {
                const next = connection.pageInfo.endCursor;
                if (next) {
                  setCursors((current) => [...current, next]);
                }
              }}
            >
              Older
            </Button>
          </Group>
        </Group>
      )}

      <Drawer
        opened={openMail !== null}
        onClose={() => setOpenMailId(null)}
        position="right"
        size="lg"
        title={openMail?.subject}
        closeButtonProps={{ 'aria-label': 'Close mail' }}
      >
        {openMail && <MailDetails mail={openMail} timeZone={timeZone} />}
      </Drawer>
    </Stack>
  );
}

function MailDetails({ mail, timeZone }: { mail: Mail; timeZone: string }) {
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text size="sm">
          <Text span c="gray.7">
            To:{' '}
          </Text>
          {mail.to}
        </Text>
        <Text size="sm">
          <Text span c="gray.7">
            Created:{' '}
          </Text>
          {formatPracticeDateTime(mail.createdAt, timeZone)}
        </Text>
        <Group gap="xs">
          <Badge color={statusColors[mail.status]} variant="light">
            {statusLabels[mail.status]}
          </Badge>
          <Text size="sm" c="gray.7">
            {mail.status === 'SENT' && mail.sentAt
              ? `Sent ${formatPracticeDateTime(mail.sentAt, timeZone)}`
              : mail.status === 'QUEUED'
                ? `Next attempt ${formatPracticeDateTime(mail.nextAttemptAt, timeZone)}`
                : `Gave up after ${mail.attempts} attempts`}
          </Text>
        </Group>
      </Stack>
      {mail.lastError && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Last attempt failed">
          {mail.lastError}
        </Alert>
      )}
      {mail.text === null ? (
        <Text size="sm" c="gray.7">
          Mail text is not shown in production: it holds sign-in links meant only for the recipient.
        </Text>
      ) : (
        <Paper withBorder radius="md" p="md" bg="gray.0">
          <Text
            component="div"
            size="sm"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            aria-label="Mail text"
          >
            {mailTextSegments(mail.text).map((segment, index) =>
              segment.kind === 'link' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but order
                <Anchor key={index} component={Link} to={segment.to}>
                  {segment.text}
                </Anchor>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but order
                <span key={index}>{segment.text}</span>
              ),
            )}
          </Text>
        </Paper>
      )}
    </Stack>
  );
}
