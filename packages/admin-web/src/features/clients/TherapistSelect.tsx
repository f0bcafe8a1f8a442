import { Select } from '@mantine/core';
import { staffKindLabels } from '../staff/staff-labels';
import type { TherapistChoice } from './use-practice-data';

interface TherapistSelectProps {
  therapists: TherapistChoice[];
  value: string | null;
  onChange: (therapistId: string | null) => void;
  error?: string | null;
  loading?: boolean;
  /** A therapist not to offer (the client's current one). */
  excludeId?: string | null;
  label?: string;
}

/** Choose an ACTIVE therapist or student therapist to give clients to. */
export function TherapistSelect({
  therapists,
  value,
  onChange,
  error,
  loading,
  excludeId,
  label = 'New therapist',
}: TherapistSelectProps) {
  return (
    <Select
      label={label}
      description="Only active therapists and student therapists can take clients."
      placeholder={loading ? 'Loading therapists…' : 'Choose a therapist'}
      data={therapists
        .filter((therapist) => therapist.id !== excludeId)
        .map((therapist) => ({
          value: therapist.id,
          label:
            therapist.kind === 'STUDENT_THERAPIST'
              ? `${therapist.displayName} (${staffKindLabels.STUDENT_THERAPIST.toLowerCase()})`
              : therapist.displayName,
        }))}
      value={value}
      onChange={onChange}
      searchable
      required
      error={error}
      nothingFoundMessage="No active therapist by that name"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
