import type { MantineColor } from '@mantine/core';
import type { ClientScope, ClientStatus, RiskLevel } from '../../gql/graphql';

/** From least to most urgent: the order filters and legends list them in. */
export const riskLevels: readonly RiskLevel[] = ['LOW', 'MODERATE', 'HIGH', 'CRITICAL'];

export const riskLevelLabels: Record<RiskLevel, string> = {
  LOW: 'Low risk',
  MODERATE: 'Moderate risk',
  HIGH: 'High risk',
  CRITICAL: 'Critical risk',
};

/** Colour only reinforces the level: the badge always spells it out. */
export const riskLevelColors: Record<RiskLevel, MantineColor> = {
  LOW: 'green',
  MODERATE: 'yellow',
  HIGH: 'orange',
  CRITICAL: 'red',
};

export const clientStatuses: readonly ClientStatus[] = ['ACTIVE', 'INACTIVE', 'DISCHARGED'];

export const clientStatusLabels: Record<ClientStatus, string> = {
  ACTIVE: 'Active',
  INACTIVE: 'Inactive',
  DISCHARGED: 'Discharged',
};

export const clientScopes: readonly ClientScope[] = ['DIRECT', 'PRACTICE'];

export const clientScopeLabels: Record<ClientScope, string> = {
  DIRECT: 'Direct',
  PRACTICE: 'Practice',
};

/** What each scope means, for help text next to the filter and on the detail page. */
export const clientScopeDescriptions: Record<ClientScope, string> = {
  DIRECT: 'Belongs to one therapist.',
  PRACTICE: 'Belongs to the practice, with a primary therapist.',
};

export function clientName(client: { firstName: string; lastName: string }): string {
  return `${client.firstName} ${client.lastName}`;
}

export function clientCount(count: number): string {
  return count === 1 ? '1 client' : `${count} clients`;
}
