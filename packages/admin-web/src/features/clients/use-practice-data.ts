import { useQuery } from '@apollo/client/react';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import { practiceTimezoneQuery, therapistChoicesQuery } from './clients.operations';

/** The practice's timezone, once known: dates wait for it rather than show in the wrong zone. */
export function usePracticeTimezone(): string | undefined {
  const { data } = useQuery(practiceTimezoneQuery);
  return data?.practice.timezone;
}

export interface TherapistChoice {
  id: string;
  displayName: string;
  kind: string;
  title?: string | null;
}

/**
 * ACTIVE therapists and student therapists: whom clients can be filtered by and given to.
 * Listing them needs staff.view; without it there are no choices (and the filter is not shown).
 */
export function useTherapistChoices(): {
  therapists: TherapistChoice[];
  available: boolean;
  loading: boolean;
} {
  const viewer = useViewer();
  const available = hasPermission(viewer, 'staff.view');
  const { data, loading } = useQuery(therapistChoicesQuery, { skip: !available });
  return {
    therapists: data?.staff.edges.map((edge) => edge.node) ?? [],
    available,
    loading,
  };
}
