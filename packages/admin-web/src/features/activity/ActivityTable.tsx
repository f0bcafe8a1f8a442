import {
  Anchor,
  Code,
  Skeleton,
  Stack,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import {
  createColumnHelper,
  type ExpandedState,
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  useReactTable,
} from '@tanstack/react-table';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { AuditEventsQuery } from '../../gql/graphql';
import { formatPracticeDateTime } from '../staff/practice-time';
import { changeRows } from './change-diff';

export type ActivityEvent = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/** Where a target can be opened in the app, for the kinds of record that have a page. */
function targetLink(event: ActivityEvent): string | null {
  if (!event.targetId) {
    return null;
  }
  switch (event.targetType) {
    case 'StaffMember':
      return `/staff/${event.targetId}`;
    case 'Client':
      return `/clients/${event.targetId}`;
    case 'Role':
      return '/roles';
    default:
      return null;
  }
}

const targetLabels: Record<string, string> = {
  StaffMember: 'Staff member',
  AuthSession: 'Session',
  User: 'Sign-in',
};

const columnHelper = createColumnHelper<ActivityEvent>();

function buildColumns(timeZone: string) {
  return [
    columnHelper.display({
      id: 'expand',
      header: () => <VisuallyHidden>Changes</VisuallyHidden>,
      cell: ({ row }) => {
        if (!row.getCanExpand()) {
          return null;
        }
        const expanded = row.getIsExpanded();
        const Icon = expanded ? IconChevronDown : IconChevronRight;
        return (
          <UnstyledButton
            onClick={row.getToggleExpandedHandler()}
            aria-expanded={expanded}
            aria-controls={`changes-${row.id}`}
            aria-label={`${expanded ? 'Hide' : 'Show'} changes of ${row.original.action}`}
            p={4}
          >
            <Icon size={16} aria-hidden />
          </UnstyledButton>
        );
      },
    }),
    columnHelper.accessor('occurredAt', {
      id: 'when',
      header: 'When',
      cell: ({ getValue }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatPracticeDateTime(getValue(), timeZone)}
        </Text>
      ),
    }),
    columnHelper.accessor((event) => event.actor?.displayName ?? '', {
      id: 'who',
      header: 'Who',
      cell: ({ row }) =>
        row.original.actor ? (
          row.original.actor.displayName
        ) : (
          <Text size="sm" c="gray.7">
            System
          </Text>
        ),
    }),
    columnHelper.accessor('action', {
      id: 'action',
      header: 'Action',
      cell: ({ getValue }) => (
        <Code fz="sm" data-testid="activity-action">
          {getValue()}
        </Code>
      ),
    }),
    columnHelper.accessor('targetType', {
      id: 'target',
      header: 'Target',
      cell: ({ row }) => {
        const event = row.original;
        const label = targetLabels[event.targetType] ?? event.targetType;
        const link = targetLink(event);
        return link ? (
          <Anchor component={Link} to={link} size="sm">
            {label}
          </Anchor>
        ) : (
          <Text size="sm">{label}</Text>
        );
      },
    }),
    columnHelper.accessor((event) => event.ipAddress ?? '', {
      id: 'from',
      header: 'From',
      cell: ({ getValue }) =>
        getValue() ? (
          <Text size="sm" ff="monospace">
            {getValue()}
          </Text>
        ) : (
          <Text size="sm" c="gray.7">
            —
          </Text>
        ),
    }),
  ];
}

interface ActivityTableProps {
  events: ActivityEvent[];
  loading: boolean;
  timeZone: string;
  filtered: boolean;
}

/** One page of the activity log, newest first; each row opens to its before/after diff. */
export function ActivityTable({ events, loading, timeZone, filtered }: ActivityTableProps) {
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const columns = buildColumns(timeZone);
  const table = useReactTable({
    data: events,
    columns,
    getRowId: (event) => event.id,
    getCoreRowModel: getCoreRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    getRowCanExpand: (row) => changeRows(row.original.changes).length > 0,
    manualPagination: true,
    state: { expanded },
    onExpandedChange: setExpanded,
  });

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" aria-busy={loading}>
        <VisuallyHidden component="caption">Activity log, newest first</VisuallyHidden>
        <Table.Thead>
          {table.getHeaderGroups().map((headerGroup) => (
            <Table.Tr key={headerGroup.id}>
              {headerGroup.headers.map((header) => (
                <Table.Th key={header.id} scope="col">
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {loading ? (
            Array.from({ length: 8 }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <Table.Tr key={index}>
                <Table.Td colSpan={columns.length}>
                  <Skeleton height={18} />
                </Table.Td>
              </Table.Tr>
            ))
          ) : table.getRowModel().rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Stack gap={4} align="center" py="xl">
                  <Text fw={500}>{filtered ? 'No activity matches' : 'No activity yet'}</Text>
                  <Text size="sm" c="gray.7">
                    {filtered
                      ? 'Try another action, actor or date range.'
                      : 'Changes to staff, roles and clients will be listed here.'}
                  </Text>
                </Stack>
              </Table.Td>
            </Table.Tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <Fragment key={row.id}>
                <Table.Tr data-testid="activity-row">
                  {row.getVisibleCells().map((cell) => (
                    <Table.Td key={cell.id}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </Table.Td>
                  ))}
                </Table.Tr>
                {row.getIsExpanded() && (
                  <Table.Tr id={`changes-${row.id}`}>
                    <Table.Td />
                    <Table.Td colSpan={columns.length - 1}>
                      <ChangesTable changes={row.original.changes} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ChangesTable({ changes }: { changes: unknown }) {
  const rows = changeRows(changes);
  return (
    <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Field</Table.Th>
          <Table.Th scope="col">Before</Table.Th>
          <Table.Th scope="col">After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.field}>
            <Table.Th scope="row" fw={500}>
              {row.field}
            </Table.Th>
            <Table.Td style={{ wordBreak: 'break-word' }}>{row.before}</Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>{row.after}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
