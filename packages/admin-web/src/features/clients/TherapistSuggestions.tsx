import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { readableErrorMessage } from '../../error-messages';
import { staffKindLabels } from '../staff/staff-labels';
import { therapistSuggestionsQuery } from './clients.operations';
import { matchFactorLine, matchScore } from './match-factors';
import type { TherapistChoice } from './use-practice-data';

interface TherapistSuggestionsProps {
  clientId: string;
  value: string | null;
  onChange: (therapist: TherapistChoice) => void;
}

/** Active therapists ranked for the client, each score broken down by factor; one can be picked. */
export function TherapistSuggestions({ clientId, value, onChange }: TherapistSuggestionsProps) {
  const { data, loading, error } = useQuery(therapistSuggestionsQuery, {
    variables: { clientId },
    // Rankings follow caseloads, which change with every reassignment.
    fetchPolicy: 'network-only',
  });
  const suggestions = data?.suggestTherapists ?? [];

  if (error) {
    return (
      <Alert color="yellow" icon={<IconAlertCircle aria-hidden />} title="No suggestions">
        {readableErrorMessage(error)} You can still choose a therapist below.
      </Alert>
    );
  }
  if (loading && suggestions.length === 0) {
    return (
      <Stack gap="xs" aria-busy="true" aria-label="Loading suggestions">
        <Skeleton height={72} />
        <Skeleton height={72} />
      </Stack>
    );
  }
  if (suggestions.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        No other active therapist to suggest.
      </Text>
    );
  }
  return (
    <Radio.Group
      label="Suggested therapists"
      description="Ranked by specialty, availability, location and free capacity."
      value={value}
      onChange={(id) => {
        const picked = suggestions.find((suggestion) => suggestion.staffMember.id === id);
        if (picked) {
          onChange(picked.staffMember);
        }
      }}
    >
      <Stack gap="xs" mt="xs" mah={340} style={{ overflowY: 'auto' }}>
        {suggestions.map((suggestion, index) => {
          const member = suggestion.staffMember;
          return (
            <Radio.Card
              key={member.id}
              value={member.id}
              radius="md"
              p="sm"
              data-testid="therapist-suggestion"
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <Stack gap={4} style={{ flex: 1 }}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text fw={600} size="sm">
                      {index + 1}. {member.displayName}
                      {member.kind === 'STUDENT_THERAPIST' &&
                        ` (${staffKindLabels.STUDENT_THERAPIST.toLowerCase()})`}
                    </Text>
                    <Badge variant="light" tt="none">
                      {matchScore(suggestion.score)}
                    </Badge>
                  </Group>
                  <Stack gap={2}>
                    {suggestion.factors.map((factor) => {
                      const line = matchFactorLine(factor);
                      return (
                        <Text key={factor.kind} size="xs" c="gray.8">
                          <Text span fw={600} size="xs">
                            {line.label}: {line.points}
                          </Text>{' '}
                          · {factor.explanation}
                        </Text>
                      );
                    })}
                  </Stack>
                </Stack>
              </Group>
            </Radio.Card>
          );
        })}
      </Stack>
    </Radio.Group>
  );
}
