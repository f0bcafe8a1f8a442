import { useQuery } from '@apollo/client/react';
import type { StaffStatus } from '../../gql/graphql';
import { staffChoicesQuery, supervisorChoicesQuery } from './staff.operations';

/** Roles, groups and the practice's plan and settings: what filters and forms choose from. */
export function useStaffChoices() {
  const { data, loading, error } = useQuery(staffChoicesQuery);
  return {
    roles: data?.roles ?? [],
    groups: data?.groups ?? [],
    practice: data?.practice,
    loading,
    error,
  };
}

/**
 * Members holding a role that can supervise, in `statuses`. Whether one may supervise right now
 * (active, holding caseload.supervise) is the API's to say when they are chosen.
 */
export function useSupervisorChoices(statuses: readonly StaffStatus[]) {
  const { roles, loading: rolesLoading } = useStaffChoices();
  const roleIds = roles.filter((role) => role.canSupervise).map((role) => role.id);
  const { data, loading } = useQuery(supervisorChoicesQuery, {
    variables: { roleIds, statuses: [...statuses] },
    skip: roleIds.length === 0,
  });
  return {
    supervisors: roleIds.length === 0 ? [] : (data?.staff.edges.map((edge) => edge.node) ?? []),
    loading: rolesLoading || loading,
  };
}
