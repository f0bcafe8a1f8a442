import { useQuery } from '@apollo/client/react';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import {
  locationChoicesQuery,
  practiceTimezoneQuery,
  therapistChoicesQuery,
} from './clients.operations';

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

export interface LocationChoice {
  id: string;
  name: string;
}

/**
 * The practice's locations, which a client can prefer. Listing groups needs staff.view; without
 * it there are none to offer (and the form leaves the field out).
 */
export function useLocationChoices(): LocationChoice[] {
  const viewer = useViewer();
  const { data } = useQuery(locationChoicesQuery, { skip: !hasPermission(viewer, 'staff.view') });
  return (data?.groups ?? [])
    .filter((group) => group.kind === 'LOCATION')
    .map(({ id, name }) => ({ id, name }));
}
