import { can, type RuleTree } from '../../authorization/rules';

export const dashboardRules: RuleTree = {
  // Client figures inside are given only to members who read every client.
  Query: { dashboard: can('staff.view') },
};
