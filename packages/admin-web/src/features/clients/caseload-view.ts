import { explainCaseloadAccess, isPermission, type StaffStatus } from '@caseload/shared';
import type { ClientStatus } from '../../gql/graphql';

/** The three parts of a therapist's caseload (seed 001), in the order they are shown. */
export type CaseloadSectionKey = 'direct' | 'primary' | 'walkIns';

export interface CaseloadSection {
  key: CaseloadSectionKey;
  title: string;
  description: (therapistName: string) => string;
  empty: (therapistName: string) => string;
  /** Clients the therapist carries, so reassigning them moves them off this caseload. */
  movable: boolean;
}

export const caseloadSections: readonly CaseloadSection[] = [
  {
    key: 'direct',
    title: 'Direct clients',
    description: (name) => `Clients who belong to ${name} alone.`,
    empty: (name) => `No direct clients: clients assigned to ${name} alone appear here.`,
    movable: true,
  },
  {
    key: 'primary',
    title: 'Practice clients as primary',
    description: (name) => `Clients of the practice whose primary therapist is ${name}.`,
    empty: (name) => `No practice clients whose primary therapist is ${name}.`,
    movable: true,
  },
  {
    key: 'walkIns',
    title: 'Walk-ins',
    description: (name) =>
      `Practice clients ${name} has seen who are assigned to someone else; they move with their own therapist.`,
    empty: (name) => `No walk-ins: practice clients ${name} saw who are someone else's.`,
    movable: false,
  },
];

type CaseloadClient = { id: string; status: ClientStatus };

/**
 * The clients to move when the therapist's caseload is handed over (someone leaving): those they
 * carry, discharged ones excepted (they need no therapist's time).
 */
export function clientsToHandOver<Client extends CaseloadClient>(caseload: {
  direct: readonly Client[];
  primary: readonly Client[];
}): Client[] {
  return [...caseload.direct, ...caseload.primary].filter(
    (client) => client.status !== 'DISCHARGED',
  );
}

/**
 * Whether the viewer may open `therapistId`'s caseload, by the rule the API applies
 * (`explainCaseloadAccess`): anyone's with clients.view.all, else their own and their
 * supervisees'. A link to any other caseload would only lead to "not found".
 */
export function readsCaseloadOf(
  viewer: { member: { id: string; status: StaffStatus }; permissions: readonly string[] },
  superviseeIds: readonly string[],
  therapistId: string,
): boolean {
  return explainCaseloadAccess(
    {
      staffMemberId: viewer.member.id,
      status: viewer.member.status,
      permissions: new Set(viewer.permissions.filter(isPermission)),
      superviseeIds,
    },
    therapistId,
  ).visible;
}
