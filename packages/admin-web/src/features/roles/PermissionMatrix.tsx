import { Badge, Code, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { RoleFieldsFragment } from '../../gql/graphql';
import { type CatalogEntry, groupByGroup } from './role-editing';

interface PermissionMatrixProps {
  roles: readonly RoleFieldsFragment[];
  catalog: readonly CatalogEntry[];
}

/**
 * Every permission key (rows, under their group) against every role (columns): a tick where the
 * role grants the key. Screen readers hear "Granted" or "Not granted" in each cell.
 */
export function PermissionMatrix({ roles, catalog }: PermissionMatrixProps) {
  const columnCount = roles.length + 1;

  return (
    <Table.ScrollContainer minWidth={240 + roles.length * 110}>
      <Table withTableBorder withColumnBorders striped="even" stickyHeader verticalSpacing={6}>
        <VisuallyHidden component="caption">Permission matrix</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Permission</Table.Th>
            {roles.map((role) => (
              <Table.Th key={role.id} scope="col" ta="center" fz="sm">
                {role.name}
                {role.archivedAt && (
                  <Text component="span" display="block" size="xs" c="gray.7" fw={400}>
                    archived
                  </Text>
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {groupByGroup(catalog).map(({ group, items }) => (
          <Table.Tbody key={group}>
            <Table.Tr>
              <Table.Th scope="colgroup" colSpan={columnCount} bg="gray.1" fz="sm">
                {group}
              </Table.Th>
            </Table.Tr>
            {items.map((entry) => (
              <Table.Tr key={entry.key}>
                <Table.Th scope="row" fw={400}>
                  <Group gap={6} wrap="nowrap">
                    <Code fz="xs">{entry.key}</Code>
                    {entry.write && <WriteBadge />}
                  </Group>
                  <Text size="xs" c="gray.7">
                    {entry.description}
                  </Text>
                </Table.Th>
                {roles.map((role) => (
                  <Table.Td key={role.id} ta="center">
                    {role.permissions.includes(entry.key) ? (
                      <>
                        <IconCheck size={18} color="var(--mantine-color-green-8)" aria-hidden />
                        <VisuallyHidden>Granted</VisuallyHidden>
                      </>
                    ) : (
                      <VisuallyHidden>Not granted</VisuallyHidden>
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        ))}
      </Table>
    </Table.ScrollContainer>
  );
}

/** Marks a key that changes something: never granted to a member who is not ACTIVE. */
export function WriteBadge() {
  return (
    <Badge
      size="xs"
      variant="outline"
      color="orange.9"
      tt="none"
      title="Changes data: only ever granted to active members"
    >
      write
    </Badge>
  );
}
