import { Anchor, Button, Checkbox, Group, Select } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { StaffKind } from '../../gql/graphql';
import { groupOptionsByKind } from '../groups/group-labels';
import type { RosterFilters as Filters, RosterView } from './roster-view';
import { staffKindLabels } from './staff-labels';
import { useStaffChoices, useSupervisorChoices } from './use-staff-choices';

const staffKinds = Object.keys(staffKindLabels) as StaffKind[];

/** Supervisors on the roster, whether or not they are active: their supervisees still are theirs. */
const supervisorStatuses = ['ACTIVE', 'ON_HOLD', 'INACTIVE'] as const;

interface RosterFiltersProps {
  view: RosterView;
  filtered: boolean;
  /** Whether the viewer may manage groups (staff.edit): the group filter's link says so. */
  canManageGroups: boolean;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
}

/** An option for an id in the URL that is not among the choices (a role since archived). */
function withUnknown(
  options: Array<{ value: string; label: string }>,
  id: string | null,
  label: string,
) {
  return id && !options.some((option) => option.value === id)
    ? [...options, { value: id, label }]
    : options;
}

/** The roster's filters besides the status tab and search; each change goes to the URL. */
export function RosterFilters({
  view,
  filtered,
  canManageGroups,
  onChange,
  onClear,
}: RosterFiltersProps) {
  const { roles, groups, loading } = useStaffChoices();
  const { supervisors, loading: supervisorsLoading } = useSupervisorChoices(supervisorStatuses);
  const groupOptions = groupOptionsByKind(groups);
  const groupKnown = groupOptions.some((section) =>
    section.items.some((item) => item.value === view.groupId),
  );

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label="Role"
        placeholder={loading ? 'Loading roles…' : 'Any role'}
        data={withUnknown(
          roles.map((role) => ({ value: role.id, label: role.name })),
          view.roleId,
          'A role no longer in use',
        )}
        value={view.roleId}
        onChange={(roleId) => onChange({ roleId })}
        searchable
        clearable
        nothingFoundMessage="No role by that name"
        w={200}
      />
      <Select
        label="Group"
        placeholder={loading ? 'Loading groups…' : 'Any group'}
        description={
          <Anchor component={Link} to="/groups" size="xs">
            {canManageGroups ? 'Manage groups' : 'See all groups'}
          </Anchor>
        }
        data={
          view.groupId && !groupKnown && !loading
            ? [
                ...groupOptions,
                { group: 'Other', items: [{ value: view.groupId, label: 'An archived group' }] },
              ]
            : groupOptions
        }
        value={view.groupId}
        onChange={(groupId) => onChange({ groupId })}
        searchable
        clearable
        nothingFoundMessage="No group by that name"
        w={220}
      />
      <Select
        label="Kind"
        placeholder="Any kind"
        data={staffKinds.map((kind) => ({ value: kind, label: staffKindLabels[kind] }))}
        value={view.kind}
        onChange={(kind) => onChange({ kind: kind as StaffKind | null })}
        clearable
        w={180}
      />
      <Select
        label="Supervisor"
        placeholder={supervisorsLoading ? 'Loading supervisors…' : 'Anyone'}
        data={withUnknown(
          supervisors.map((supervisor) => ({
            value: supervisor.id,
            label: supervisor.displayName,
          })),
          view.supervisorId,
          'A member who no longer supervises',
        )}
        value={view.supervisorId}
        onChange={(supervisorId) => onChange({ supervisorId })}
        searchable
        clearable
        nothingFoundMessage="No supervisor by that name"
        w={220}
      />
      <Checkbox
        label="Needs a supervisor"
        description="Their roles require one and none is set"
        checked={view.needsSupervisor}
        onChange={(event) => onChange({ needsSupervisor: event.currentTarget.checked })}
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
  );
}
