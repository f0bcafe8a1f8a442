import { Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { flexRender, type Header } from '@tanstack/react-table';

/** A column header that sorts its table when pressed and says how it is sorted (`aria-sort`). */
export function SortableColumnHeader<Row>({ header }: { header: Header<Row, unknown> }) {
  const label = flexRender(header.column.columnDef.header, header.getContext());
  const sortDirection = header.column.getIsSorted();
  const SortIcon =
    sortDirection === 'asc'
      ? IconChevronUp
      : sortDirection === 'desc'
        ? IconChevronDown
        : IconSelector;
  return (
    <Table.Th
      scope="col"
      aria-sort={
        sortDirection === 'asc' ? 'ascending' : sortDirection === 'desc' ? 'descending' : undefined
      }
    >
      <UnstyledButton
        onClick={header.column.getToggleSortingHandler()}
        fw={700}
        fz="sm"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
      >
        {label}
        <SortIcon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}
