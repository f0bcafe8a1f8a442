import { can, insideGuardedResult, type RuleTree } from '../../authorization/rules';

export const auditRules: RuleTree = {
  Query: { auditEvents: can('audit.view'), auditEventsCsv: can('audit.view') },
  AuditEvent: { actor: insideGuardedResult },
};
