import type { WeeklySlot } from '../domain';

/** What matching knows about the client who needs a therapist. */
export interface MatchClient {
  neededSpecialties: readonly string[];
  preferredLocationId: string | null;
  preferredTimes: readonly WeeklySlot[];
}

/** What matching knows about one candidate therapist. */
export interface MatchCandidate {
  staffMemberId: string;
  specialties: readonly string[];
  locationIds: readonly string[];
  weeklyAvailability: readonly WeeklySlot[];
  activeClientCount: number;
  /** Null: the practice set no capacity for them; counted as half free. */
  caseloadCapacity: number | null;
}

export type MatchFactorKind = 'SPECIALTY' | 'LOCATION' | 'AVAILABILITY' | 'CAPACITY';

export interface MatchFactor {
  kind: MatchFactorKind;
  /** 0..1 before weighting. */
  score: number;
  weight: number;
  explanation: string;
}

export interface TherapistMatch {
  staffMemberId: string;
  /** 0..100: the weighted sum of the factors. */
  score: number;
  factors: MatchFactor[];
}

/** Specialty fit matters most (seed 000: match on need first), then time, place and room. */
export const matchWeights: Record<MatchFactorKind, number> = {
  SPECIALTY: 0.4,
  AVAILABILITY: 0.25,
  LOCATION: 0.2,
  CAPACITY: 0.15,
};

function overlapMinutes(a: readonly WeeklySlot[], b: readonly WeeklySlot[]): number {
  let total = 0;
  for (const first of a) {
    for (const second of b) {
      if (first.day !== second.day) continue;
      total += Math.max(
        0,
        Math.min(first.endMinute, second.endMinute) -
          Math.max(first.startMinute, second.startMinute),
      );
    }
  }
  return total;
}

function slotMinutes(slots: readonly WeeklySlot[]): number {
  return slots.reduce((sum, slot) => sum + Math.max(0, slot.endMinute - slot.startMinute), 0);
}

function specialtyFactor(
  client: MatchClient,
  candidate: MatchCandidate,
): Omit<MatchFactor, 'weight'> {
  if (!client.neededSpecialties.length) {
    return { kind: 'SPECIALTY', score: 1, explanation: 'No specialty needed' };
  }
  const offered = new Set(candidate.specialties.map((specialty) => specialty.toLowerCase()));
  const covered = client.neededSpecialties.filter((need) => offered.has(need.toLowerCase()));
  return {
    kind: 'SPECIALTY',
    score: covered.length / client.neededSpecialties.length,
    explanation: covered.length
      ? `Offers ${covered.join(', ')} (${covered.length} of ${client.neededSpecialties.length} needed)`
      : `Offers none of ${client.neededSpecialties.join(', ')}`,
  };
}

function locationFactor(
  client: MatchClient,
  candidate: MatchCandidate,
): Omit<MatchFactor, 'weight'> {
  if (!client.preferredLocationId) {
    return { kind: 'LOCATION', score: 1, explanation: 'No preferred location' };
  }
  const there = candidate.locationIds.includes(client.preferredLocationId);
  return {
    kind: 'LOCATION',
    score: there ? 1 : 0,
    explanation: there ? 'Works at the preferred location' : 'Not at the preferred location',
  };
}

function availabilityFactor(
  client: MatchClient,
  candidate: MatchCandidate,
): Omit<MatchFactor, 'weight'> {
  const wanted = slotMinutes(client.preferredTimes);
  if (!wanted) return { kind: 'AVAILABILITY', score: 1, explanation: 'No preferred times' };
  const shared = Math.min(
    wanted,
    overlapMinutes(client.preferredTimes, candidate.weeklyAvailability),
  );
  return {
    kind: 'AVAILABILITY',
    score: shared / wanted,
    explanation: `Available for ${Math.round((100 * shared) / wanted)}% of the preferred times`,
  };
}

function capacityFactor(candidate: MatchCandidate): Omit<MatchFactor, 'weight'> {
  if (candidate.caseloadCapacity === null || candidate.caseloadCapacity <= 0) {
    return {
      kind: 'CAPACITY',
      score: 0.5,
      explanation: `${candidate.activeClientCount} active clients, no capacity set`,
    };
  }
  const free = Math.max(0, candidate.caseloadCapacity - candidate.activeClientCount);
  return {
    kind: 'CAPACITY',
    score: free / candidate.caseloadCapacity,
    explanation: `${free} of ${candidate.caseloadCapacity} places free`,
  };
}

/** One candidate's score out of 100, with each factor's part and why. */
export function scoreTherapist(client: MatchClient, candidate: MatchCandidate): TherapistMatch {
  const factors = [
    specialtyFactor(client, candidate),
    availabilityFactor(client, candidate),
    locationFactor(client, candidate),
    capacityFactor(candidate),
  ].map((factor) => ({ ...factor, weight: matchWeights[factor.kind] }));
  const score = factors.reduce((sum, factor) => sum + factor.score * factor.weight, 0);
  return { staffMemberId: candidate.staffMemberId, score: Math.round(score * 1000) / 10, factors };
}

/** Candidates best first; a full caseload never ranks above one with room at an equal score. */
export function rankTherapists(
  client: MatchClient,
  candidates: readonly MatchCandidate[],
): TherapistMatch[] {
  return candidates
    .map((candidate) => scoreTherapist(client, candidate))
    .sort((a, b) => b.score - a.score || a.staffMemberId.localeCompare(b.staffMemberId));
}
