import { Anchor, Checkbox, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import {
  type ColumnDef,
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  type Header,
  type RowSelectionState,
  type SortingState,
  type Updater,
  useReactTable,
} from '@tanstack/react-table';
import { type ReactNode, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { SortableColumnHeader } from '../../app/SortableColumnHeader';
import type { ClientListQuery, ClientOrderField, SortDirection } from '../../gql/graphql';
import { ClientStatusBadge } from './ClientStatusBadge';
import { clientName, clientScopeLabels } from './client-labels';
import { CLIENT_PAGE_SIZE } from './client-list-view';
import { formatDateTime } from './date-format';
import { RiskBadge } from './RiskBadge';

export type ClientRow = ClientListQuery['clients']['edges'][number]['node'];

/** The columns the server can sort by, by column id. */
const sortFieldsByColumn: Partial<Record<string, ClientOrderField>> = {
  name: 'LAST_NAME',
  risk: 'RISK_LEVEL',
};

const columnHelper = createColumnHelper<ClientRow>();

// biome-ignore lint/suspicious/noExplicitAny: each column has a value type of its own, as in TanStack's own examples
type ClientColumn = ColumnDef<ClientRow, any>;

function dataColumns(timeZone: string | undefined, walkInsOf: string | undefined): ClientColumn[] {
  const when = (iso: string | null | undefined) =>
    iso && timeZone ? formatDateTime(iso, timeZone) : <NoneCell />;
  return [
    columnHelper.accessor((client) => clientName(client), {
      id: 'name',
      header: 'Name',
      cell: ({ row }) => (
        <Anchor component={Link} to={`/clients/${row.original.id}`} fw={500} size="sm">
          {clientName(row.original)}
        </Anchor>
      ),
    }),
    columnHelper.accessor('riskLevel', {
      id: 'risk',
      header: 'Risk',
      cell: ({ getValue }) => <RiskBadge riskLevel={getValue()} />,
    }),
    columnHelper.accessor('status', {
      id: 'status',
      header: 'Status',
      cell: ({ getValue }) => <ClientStatusBadge status={getValue()} />,
    }),
    columnHelper.accessor('scope', {
      id: 'scope',
      header: 'Scope',
      cell: ({ row }) => clientScopeLabels[row.original.scope],
    }),
    columnHelper.accessor((client) => client.therapist?.displayName ?? '', {
      id: 'therapist',
      header: 'Therapist',
      cell: ({ row, getValue }) => (
        <>
          {getValue() || (
            <Text component="span" size="sm" fs="italic" c="gray.7">
              Unassigned
            </Text>
          )}
          {walkInsOf && row.original.therapist?.id !== walkInsOf && (
            <Text size="xs" c="gray.7">
              Walk-in: you saw this client
            </Text>
          )}
        </>
      ),
    }),
    columnHelper.accessor((client) => client.metrics.pendingNotes, {
      id: 'pendingNotes',
      header: 'Pending notes',
      cell: ({ getValue }) => getValue(),
    }),
    columnHelper.accessor((client) => client.metrics.lastSessionAt, {
      id: 'lastSession',
      header: 'Last session',
      cell: ({ getValue }) => when(getValue()),
    }),
    columnHelper.accessor((client) => client.metrics.nextSessionAt, {
      id: 'nextSession',
      header: 'Next session',
      cell: ({ getValue }) => when(getValue()),
    }),
  ] as ClientColumn[];
}

const selectColumn: ClientColumn = {
  id: 'select',
  header: ({ table }) => (
    <Checkbox
      aria-label="Select every client on this page"
      checked={table.getIsAllRowsSelected()}
      indeterminate={table.getIsSomeRowsSelected()}
      onChange={table.getToggleAllRowsSelectedHandler()}
    />
  ),
  cell: ({ row }) => (
    <Checkbox
      aria-label={`Select ${clientName(row.original)}`}
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
      onClick={(event) => event.stopPropagation()}
    />
  ),
};

interface ClientsTableProps {
  clients: ClientRow[];
  loading: boolean;
  timeZone: string | undefined;
  /**
   * The viewer's member id when they see only their own caseload: any other therapist's client
   * listed is then one they have seen (a walk-in), and the table says so.
   */
  walkInsOf?: string;
  sortField: ClientOrderField;
  sortDirection: SortDirection;
  onSortChange: (field: ClientOrderField, direction: SortDirection) => void;
  /** With selection: ids selected (on any page), and how to change them. */
  selection?: {
    selectedIds: ReadonlySet<string>;
    onChange: (changes: Array<{ client: ClientRow; selected: boolean }>) => void;
  };
  empty: ReactNode;
}

/** One page of clients; the server filters, sorts and pages it. */
export function ClientsTable({
  clients,
  loading,
  timeZone,
  walkInsOf,
  sortField,
  sortDirection,
  onSortChange,
  selection,
  empty,
}: ClientsTableProps) {
  const navigate = useNavigate();
  const columns = useMemo(
    () => [...(selection ? [selectColumn] : []), ...dataColumns(timeZone, walkInsOf)],
    [selection, timeZone, walkInsOf],
  );
  const sortedColumnId = Object.keys(sortFieldsByColumn).find(
    (columnId) => sortFieldsByColumn[columnId] === sortField,
  );
  const sorting: SortingState = sortedColumnId
    ? [{ id: sortedColumnId, desc: sortDirection === 'DESC' }]
    : [];
  const rowSelection: RowSelectionState = Object.fromEntries(
    clients
      .filter((client) => selection?.selectedIds.has(client.id))
      .map((client) => [client.id, true]),
  );

  const table = useReactTable({
    data: clients,
    columns,
    getRowId: (client) => client.id,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableRowSelection: Boolean(selection),
    state: { sorting, rowSelection },
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const [nextSort] = typeof updater === 'function' ? updater(sorting) : updater;
      const field = nextSort && sortFieldsByColumn[nextSort.id];
      if (nextSort && field) {
        onSortChange(field, nextSort.desc ? 'DESC' : 'ASC');
      }
    },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) => {
      const next = typeof updater === 'function' ? updater(rowSelection) : updater;
      selection?.onChange(
        clients.map((client) => ({ client, selected: Boolean(next[client.id]) })),
      );
    },
  });

  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table verticalSpacing="sm" highlightOnHover aria-busy={loading}>
        <VisuallyHidden component="caption">Clients</VisuallyHidden>
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
            Array.from({ length: CLIENT_PAGE_SIZE }, (_, rowIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity of their own
              <Table.Tr key={rowIndex}>
                {columns.map((column) => (
                  <Table.Td key={column.id}>
                    <Skeleton height={14} radius="sm" />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          ) : table.getRowModel().rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>{empty}</Table.Td>
            </Table.Tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <Table.Tr
                key={row.id}
                // The name is the keyboard's way in; a click anywhere on the row does the same.
                onClick={(event) => {
                  // Links, checkboxes and buttons in the row do their own thing.
                  if (!(event.target as HTMLElement).closest('a, button, input, label')) {
                    navigate(`/clients/${row.original.id}`);
                  }
                }}
                style={{ cursor: 'pointer' }}
                bg={row.getIsSelected() ? 'var(--mantine-color-blue-light)' : undefined}
              >
                {row.getVisibleCells().map((cell) => (
                  <Table.Td
                    key={cell.id}
                    onClick={
                      cell.column.id === 'select' ? (event) => event.stopPropagation() : undefined
                    }
                  >
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

/** Shown when a table has no rows: what that means and what to do. */
export function EmptyClients({ title, hint }: { title: string; hint: ReactNode }) {
  return (
    <Stack gap={4} align="center" py="xl">
      <Text fw={500}>{title}</Text>
      <Text size="sm" c="gray.7" ta="center">
        {hint}
      </Text>
    </Stack>
  );
}

function ColumnHeader({ header }: { header: Header<ClientRow, unknown> }) {
  const label = flexRender(header.column.columnDef.header, header.getContext());
  if (!sortFieldsByColumn[header.column.id]) {
    return (
      <Table.Th scope="col" w={header.column.id === 'select' ? 44 : undefined}>
        {label}
      </Table.Th>
    );
  }
  return <SortableColumnHeader header={header} />;
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
