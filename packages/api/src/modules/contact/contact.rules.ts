import { can, canAny, insideGuardedResult, type RuleTree } from '../../authorization/rules';

export const contactRules: RuleTree = {
  // Which contacts each caller sees is decided in the data layer (`contactReadScope`).
  Query: { contacts: canAny(['contacts.view.all', 'contacts.view.assigned']) },
  Mutation: {
    createContact: can('contacts.manage'),
    addRelationship: can('contacts.manage'),
  },
  Contact: { assignedTo: insideGuardedResult },
  Client: { relationships: insideGuardedResult },
  Relationship: { relatedClient: insideGuardedResult },
};
