import { Anchor, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ClientRelationshipFragment } from '../../gql/graphql';
import { personName, relationshipTypeLabels } from '../contacts/contact-labels';

interface RelationshipsSectionProps {
  clientFirstName: string;
  relationships: readonly ClientRelationshipFragment[];
  /** Set when the viewer may add relationships (contacts.manage). */
  onAdd?: () => void;
}

/**
 * The client's contacts and related clients. A client-to-client relationship shows on both
 * clients, each from their side (the parent on the child's page, the child on the parent's).
 */
export function RelationshipsSection({
  clientFirstName,
  relationships,
  onAdd,
}: RelationshipsSectionProps) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="client-relationships-heading"
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="client-relationships-heading">
          Relationships
        </Title>
        {onAdd && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={onAdd}
          >
            Add relationship
          </Button>
        )}
      </Group>
      {relationships.length === 0 ? (
        <Text size="sm" c="gray.7">
          No contacts or related clients yet. Family, partners, guardians and case managers appear
          here once linked.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label="Relationships">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">{`Relationship to ${clientFirstName}`}</Table.Th>
                <Table.Th scope="col">How to reach them</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {relationships.map((relationship) => (
                <RelationshipRow key={relationship.id} relationship={relationship} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function RelationshipRow({ relationship }: { relationship: ClientRelationshipFragment }) {
  const { contact, relatedClient } = relationship;
  return (
    <Table.Tr data-testid="relationship">
      <Table.Td>
        <Group gap={6}>
          {relatedClient ? (
            <Anchor component={Link} to={`/clients/${relatedClient.id}`} size="sm" fw={500}>
              {personName(relatedClient)}
            </Anchor>
          ) : contact ? (
            <Text size="sm" fw={500}>
              {personName(contact)}
            </Text>
          ) : (
            <Text size="sm" fs="italic" c="gray.7">
              A client you cannot see
            </Text>
          )}
          {!contact && (
            <Badge size="sm" variant="light" color="gray" tt="none">
              Client
            </Badge>
          )}
          {relationship.isEmergencyContact && (
            <Badge size="sm" variant="light" color="red" tt="none">
              Emergency contact
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>{relationshipTypeLabels[relationship.type]}</Table.Td>
      <Table.Td>
        <Text size="sm">
          {[contact?.phone, contact?.email].filter(Boolean).join(' · ') ||
            (contact ? 'No phone or email' : 'On their client record')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
