import {
  Button,
  Checkbox,
  Chip,
  Group,
  Input,
  SegmentedControl,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { ClientScope, ClientStatus, RiskLevel } from '../../gql/graphql';
import {
  clientScopeLabels,
  clientScopes,
  clientStatuses,
  clientStatusLabels,
  riskLevelLabels,
  riskLevels,
} from './client-labels';
import type { ClientListFilters, ClientListView } from './client-list-view';
import type { TherapistChoice } from './use-practice-data';

interface ClientFiltersProps {
  view: ClientListView;
  therapists: TherapistChoice[];
  /** Whether the viewer can list therapists (staff.view): else there is no therapist filter. */
  therapistFilterAvailable: boolean;
  onChange: (filters: Partial<ClientListFilters>, options?: { replace?: boolean }) => void;
  onClear: () => void;
  filtered: boolean;
}

/** The filters above the clients table; each change goes to the URL. */
export function ClientFilters({
  view,
  therapists,
  therapistFilterAvailable,
  onChange,
  onClear,
  filtered,
}: ClientFiltersProps) {
  const therapistData = therapists.map((therapist) => ({
    value: therapist.id,
    label: therapist.displayName,
  }));
  // A therapist in the URL who is no longer in the active list still shows as chosen.
  if (view.therapistId && !therapistData.some((option) => option.value === view.therapistId)) {
    therapistData.push({ value: view.therapistId, label: 'A therapist no longer active' });
  }

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md" wrap="wrap">
        <ClientSearchInput
          search={view.search}
          onSearch={(search) => onChange({ search }, { replace: true })}
        />
        {therapistFilterAvailable && (
          <Select
            label="Therapist"
            placeholder="Any therapist"
            data={therapistData}
            value={view.therapistId}
            onChange={(therapistId) => onChange({ therapistId })}
            searchable
            clearable
            nothingFoundMessage="No active therapist by that name"
            w={240}
          />
        )}
        <Checkbox
          label="Unassigned only"
          checked={view.unassigned}
          onChange={(event) => onChange({ unassigned: event.currentTarget.checked })}
          mb={8}
        />
        <Input.Wrapper label="Scope" id="client-scope-filter-label">
          <div>
            <SegmentedControl
              aria-labelledby="client-scope-filter-label"
              value={view.scope ?? 'ALL'}
              onChange={(value) =>
                onChange({ scope: value === 'ALL' ? null : (value as ClientScope) })
              }
              data={[
                { value: 'ALL', label: 'All' },
                ...clientScopes.map((scope) => ({ value: scope, label: clientScopeLabels[scope] })),
              ]}
            />
          </div>
        </Input.Wrapper>
      </Group>
      <Group align="flex-end" gap="xl" wrap="wrap">
        <ChipFilter
          legend="Risk"
          values={riskLevels}
          labels={riskLevelLabels}
          selected={view.riskLevels}
          onChange={(selected) => onChange({ riskLevels: selected as RiskLevel[] })}
        />
        <ChipFilter
          legend="Status"
          values={clientStatuses}
          labels={clientStatusLabels}
          selected={view.statuses}
          onChange={(selected) => onChange({ statuses: selected as ClientStatus[] })}
        />
        {filtered && (
          <Button
            variant="subtle"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={onClear}
            size="sm"
          >
            Clear filters
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** A set of checkbox chips under one legend: none chosen means no filter. */
function ChipFilter<T extends string>({
  legend,
  values,
  labels,
  selected,
  onChange,
}: {
  legend: string;
  values: readonly T[];
  labels: Record<T, string>;
  selected: readonly T[];
  onChange: (selected: string[]) => void;
}) {
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <legend
        style={{
          fontSize: 'var(--mantine-font-size-sm)',
          fontWeight: 500,
          padding: 0,
          marginBottom: 4,
        }}
      >
        {legend}
      </legend>
      <Chip.Group multiple value={[...selected]} onChange={onChange}>
        <Group gap="xs">
          {values.map((value) => (
            <Chip key={value} value={value} size="sm" variant="outline">
              {labels[value]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </fieldset>
  );
}

const searchDelayMs = 300;

/** Search as you type: the list follows once typing pauses, or at once on Enter. */
function ClientSearchInput({
  search,
  onSearch,
}: {
  search: string;
  onSearch: (search: string) => void;
}) {
  const [input, setInput] = useState(search);
  const searchAfterPause = useDebouncedCallback(onSearch, searchDelayMs);

  // When the URL's search changes from elsewhere (back button, clear filters), show it in the box.
  const [shownSearch, setShownSearch] = useState(search);
  if (search !== shownSearch) {
    setShownSearch(search);
    if (search !== input.trim()) {
      setInput(search);
    }
  }

  return (
    <TextInput
      type="search"
      label="Search clients"
      placeholder="Part of a name"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={input}
      onChange={(event) => {
        setInput(event.currentTarget.value);
        searchAfterPause(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          searchAfterPause.flush();
        }
      }}
      w={260}
    />
  );
}
