import { can, canAny, insideGuardedResult, type RuleTree } from '../../authorization/rules';

/** Which clients each caller sees is decided in the data layer (`client-read-scope.ts`). */
const readsSomeClients = canAny(['clients.view.all', 'clients.view.own', 'caseload.supervise']);

export const clientRules: RuleTree = {
  Query: {
    clients: readsSomeClients,
    client: readsSomeClients,
    mySupervisees: can('caseload.supervise'),
    superviseeCaseload: can('caseload.supervise'),
    // Whose caseload is decided per therapist (`explainCaseloadAccess`): NOT_FOUND otherwise.
    caseload: readsSomeClients,
    // Suggestions serve reassignment: whoever may reassign may ask whom to.
    suggestTherapists: can('clients.reassign'),
  },
  Mutation: {
    // Where the new client may go is decided by `explainClientCreate`.
    createClient: can('clients.create'),
    // Which clients each caller may change is decided by `explainClientWrite`.
    updateClient: can('clients.edit'),
    dischargeClient: can('clients.edit'),
    reassignClient: can('clients.reassign'),
    bulkReassignClients: can('clients.reassign'),
  },
  Client: { therapist: insideGuardedResult, assignmentHistory: insideGuardedResult },
  ClientAssignmentChange: {
    fromTherapist: insideGuardedResult,
    toTherapist: insideGuardedResult,
    changedBy: insideGuardedResult,
  },
};
