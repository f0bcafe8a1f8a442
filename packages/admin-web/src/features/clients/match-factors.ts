const factorLabels: Record<string, string> = {
  SPECIALTY: 'Specialty',
  AVAILABILITY: 'Availability',
  LOCATION: 'Location',
  CAPACITY: 'Capacity',
};

/** One line of a suggestion's breakdown: what the factor is, what it weighs, what it scored. */
export function matchFactorLine(factor: { kind: string; score: number; weight: number }): {
  label: string;
  points: string;
} {
  const weightPoints = Math.round(factor.weight * 100);
  const earned = Math.round(factor.score * factor.weight * 100);
  return {
    label: `${factorLabels[factor.kind] ?? factor.kind} (weighs ${weightPoints})`,
    points: `${earned} of ${weightPoints}`,
  };
}

/** A suggestion's score as people read it. */
export function matchScore(score: number): string {
  return `${Math.round(score)} / 100`;
}
