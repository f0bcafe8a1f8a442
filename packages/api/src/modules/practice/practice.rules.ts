import { can, type RuleTree, signedInMember } from '../../authorization/rules';

export const practiceRules: RuleTree = {
  // Every member may see which practice they act for and its plan; settings edits are guarded.
  Query: { practice: signedInMember },
  Mutation: { updatePracticeSettings: can('practice.settings') },
};
