import { Badge } from '@mantine/core';
import type { RiskLevel } from '../../gql/graphql';
import { riskLevelColors, riskLevelLabels } from './client-labels';

/** The level in words, with colour only as a second cue (the dot keeps the text dark enough). */
export function RiskBadge({ riskLevel }: { riskLevel: RiskLevel }) {
  return (
    <Badge variant="dot" color={riskLevelColors[riskLevel]} tt="none" size="md" miw="max-content">
      {riskLevelLabels[riskLevel]}
    </Badge>
  );
}
