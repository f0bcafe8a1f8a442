import { Anchor, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  type Header,
  type SortingState,
  type Updater,
  useReactTable,
} from '@tanstack/react-table';
import { type ReactNode, useMemo } from 'react';
import { Link } from 'react-router';
import { SortableColumnHeader } from '../../app/SortableColumnHeader';
import type { SortDirection, StaffOrderField, StaffRosterQuery } from '../../gql/graphql';
import { invitationSummary } from './invitation-state';
import { ROSTER_PAGE_SIZE } from './roster-view';
import { StaffStatusBadge } from './StaffStatusBadge';
import { staffKindLabels } from './staff-labels';

export type RosterMember = StaffRosterQuery['staff']['edges'][number]['node'];

/** The columns the server can sort by, by column id. */
const sortFieldsByColumn: Partial<Record<string, StaffOrderField>> = {
  name: 'LAST_NAME',
  staffId: 'STAFF_ID',
  status: 'STATUS',
};

const columnHelper = createColumnHelper<RosterMember>();

/** The columns every viewer sees; dates in the practice's timezone. */
function rosterColumns(timeZone: string) {
  return [
    columnHelper.accessor('displayName', {
      id: 'name',
      header: 'Name',
      cell: ({ row }) => (
        <div>
          <Anchor component={Link} to={`/staff/${row.original.id}`} size="sm" fw={500}>
            {row.original.displayName}
          </Anchor>
          {row.original.title && (
            <Text size="xs" c="gray.7">
              {row.original.title}
            </Text>
          )}
        </div>
      ),
    }),
    columnHelper.accessor('staffId', {
      id: 'staffId',
      header: 'Staff ID',
      cell: ({ getValue }) => (
        <Text size="sm" ff="monospace">
          {getValue()}
        </Text>
      ),
    }),
    columnHelper.accessor('kind', {
      id: 'kind',
      header: 'Kind',
      cell: ({ getValue }) => staffKindLabels[getValue()],
    }),
    columnHelper.accessor('status', {
      id: 'status',
      header: 'Status',
      cell: ({ row }) => {
        // Where an invitation stands matters while the member has not joined yet.
        const invitation =
          row.original.status === 'INVITED'
            ? invitationSummary(row.original.invitation, timeZone)
            : null;
        return (
          <div>
            <StaffStatusBadge status={row.original.status} />
            {invitation && (
              <Text size="xs" c="gray.7" mt={4}>
                {invitation}
              </Text>
            )}
          </div>
        );
      },
    }),
    columnHelper.accessor((member) => member.roles.map((role) => role.name).join(', '), {
      id: 'roles',
      header: 'Roles',
      cell: ({ getValue }) => getValue() || <NoneCell />,
    }),
    columnHelper.accessor((member) => member.groups.map((group) => group.name).join(', '), {
      id: 'groups',
      header: 'Groups',
      cell: ({ getValue }) => getValue() || <NoneCell />,
    }),
    columnHelper.accessor((member) => member.supervisor?.displayName ?? '', {
      id: 'supervisor',
      header: 'Supervisor',
      cell: ({ getValue, row }) =>
        getValue() ||
        (row.original.needsSupervisor ? (
          <Text size="sm" c="orange.9" fw={500}>
            Needs a supervisor
          </Text>
        ) : (
          <NoneCell />
        )),
    }),
  ];
}

interface StaffRosterTableProps {
  members: RosterMember[];
  loading: boolean;
  /** The practice's, for invitation dates. */
  timeZone: string;
  /** A member's actions, in a last column; absent when the viewer has none to take. */
  actions?: (member: RosterMember) => ReactNode;
  /** What to suggest when no member matches. */
  emptyHint: string;
  sortField: StaffOrderField;
  sortDirection: SortDirection;
  onSortChange: (field: StaffOrderField, direction: SortDirection) => void;
}

/** One page of the roster; the server filters, sorts and pages it. */
export function StaffRosterTable({
  members,
  loading,
  timeZone,
  actions,
  emptyHint,
  sortField,
  sortDirection,
  onSortChange,
}: StaffRosterTableProps) {
  const sortedColumnId = Object.keys(sortFieldsByColumn).find(
    (columnId) => sortFieldsByColumn[columnId] === sortField,
  );
  const sorting: SortingState = sortedColumnId
    ? [{ id: sortedColumnId, desc: sortDirection === 'DESC' }]
    : [];

  const columns = useMemo(
    () => [
      ...rosterColumns(timeZone),
      ...(actions
        ? [
            columnHelper.display({
              id: 'actions',
              header: () => <VisuallyHidden>Actions</VisuallyHidden>,
              cell: ({ row }) => actions(row.original),
            }),
          ]
        : []),
    ],
    [timeZone, actions],
  );

  const table = useReactTable({
    data: members,
    columns,
    getRowId: (member) => member.id,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    state: { sorting },
    enableMultiSort: false,
    // The server always sorts by something: a third click flips the direction instead of clearing it.
    enableSortingRemoval: false,
    sortDescFirst: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const [nextSort] = typeof updater === 'function' ? updater(sorting) : updater;
      const field = nextSort && sortFieldsByColumn[nextSort.id];
      if (nextSort && field) {
        onSortChange(field, nextSort.desc ? 'DESC' : 'ASC');
      }
    },
  });

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" highlightOnHover aria-busy={loading}>
        <VisuallyHidden component="caption">Staff members</VisuallyHidden>
        <Table.Thead>
          {table.getHeaderGroups().map((headerGroup) => (
            <Table.Tr key={headerGroup.id}>
              {headerGroup.headers.map((header) => (
                <ColumnHeader key={header.id} header={header} />
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {loading ? (
            <LoadingRows columnIds={columns.map((column) => column.id ?? '')} />
          ) : table.getRowModel().rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Stack gap={4} align="center" py="xl">
                  <Text fw={500}>No staff members match</Text>
                  <Text size="sm" c="gray.7">
                    {emptyHint}
                  </Text>
                </Stack>
              </Table.Td>
            </Table.Tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <Table.Tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ColumnHeader({ header }: { header: Header<RosterMember, unknown> }) {
  const label = flexRender(header.column.columnDef.header, header.getContext());
  if (!sortFieldsByColumn[header.column.id]) {
    return <Table.Th scope="col">{label}</Table.Th>;
  }
  return <SortableColumnHeader header={header} />;
}

/** Placeholder rows the height of a page, so the table does not jump when the data arrives. */
function LoadingRows({ columnIds }: { columnIds: string[] }) {
  return Array.from({ length: ROSTER_PAGE_SIZE }, (_, rowIndex) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity of their own
    <Table.Tr key={rowIndex}>
      {columnIds.map((columnId) => (
        <Table.Td key={columnId}>
          <Skeleton height={14} radius="sm" />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}

/** An empty cell that says so to screen readers instead of reading out a dash. */
function NoneCell() {
  return (
    <>
      <Text component="span" c="gray.7" aria-hidden>
        —
      </Text>
      <VisuallyHidden>None</VisuallyHidden>
    </>
  );
}
