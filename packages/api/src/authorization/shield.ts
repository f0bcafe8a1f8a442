import { ErrorCode } from '@caseload/shared';
import { type GraphQLSchema, isObjectType } from 'graphql';
import { applyMiddlewareToDeclaredResolvers, type IMiddlewareFieldMap } from 'graphql-middleware';
import { deny, type IRules, shield } from 'graphql-shield';
import { AppError } from '../errors/app-error';
import { auditRules } from '../modules/audit/audit.rules';
import { authRules } from '../modules/auth/auth.rules';
import { clientRules } from '../modules/client/client.rules';
import { contactRules } from '../modules/contact/contact.rules';
import { dashboardRules } from '../modules/dashboard/dashboard.rules';
import { groupRules } from '../modules/group/group.rules';
import { invitationRules } from '../modules/invitation/invitation.rules';
import { mailRules } from '../modules/mail/mail.rules';
import { permissionRules } from '../modules/permission/permission.rules';
import { practiceRules } from '../modules/practice/practice.rules';
import { roleRules } from '../modules/role/role.rules';
import { staffRules } from '../modules/staff/staff.rules';
import { staffProfileRules } from '../modules/staff/staff-profile.resolver';
import { insideGuardedResult, type RuleTree } from './rules';

/** Every rule of every feature, by type and field. */
export function ruleTree(): RuleTree {
  const tree: RuleTree = {};
  for (const featureRules of [
    auditRules,
    authRules,
    clientRules,
    contactRules,
    dashboardRules,
    invitationRules,
    mailRules,
    permissionRules,
    practiceRules,
    roleRules,
    staffRules,
    groupRules,
    staffProfileRules,
  ]) {
    for (const [typeName, fields] of Object.entries(featureRules)) {
      tree[typeName] = { ...tree[typeName], ...fields };
    }
  }
  return tree;
}

/**
 * Fields that would be served without an explicit rule, and rules naming no field. Root fields
 * and field resolvers need a rule; plain data fields have no resolver and are reached only
 * through a ruled field.
 */
export function ruleCoverageProblems(schema: GraphQLSchema, tree: RuleTree): string[] {
  const problems: string[] = [];
  const rootTypes = [schema.getQueryType(), schema.getMutationType()];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const isRoot = rootTypes.includes(type);
    for (const field of Object.values(type.getFields())) {
      if ((isRoot || field.resolve) && !tree[type.name]?.[field.name]) {
        problems.push(`${type.name}.${field.name} has no rule`);
      }
    }
  }
  for (const [typeName, fields] of Object.entries(tree)) {
    const type = schema.getType(typeName);
    for (const fieldName of Object.keys(fields)) {
      if (!isObjectType(type) || !type.getFields()[fieldName]) {
        problems.push(`rule for ${typeName}.${fieldName}, which does not exist`);
      }
    }
  }
  return problems;
}

/**
 * The schema with shield on its declared resolvers; refuses to start with an unruled field.
 * Fields inside a guarded result keep no wrapper: their rule always allows, and shield's
 * asynchronous wrapper would cost each of their values a promise (a caseload's 300 therapists).
 */
export function applyAuthorization(schema: GraphQLSchema): GraphQLSchema {
  const tree = ruleTree();
  const problems = ruleCoverageProblems(schema, tree);
  if (problems.length)
    throw new Error(`Authorization rules are incomplete:\n${problems.join('\n')}`);
  const middleware = shield(tree as IRules, {
    fallbackRule: deny,
    allowExternalErrors: true,
    debug: false,
    fallbackError: () => new AppError(ErrorCode.FORBIDDEN, 'You are not allowed to do this.'),
  }).generate(schema) as Record<string, IMiddlewareFieldMap>;
  for (const [typeName, fields] of Object.entries(tree)) {
    for (const [fieldName, rule] of Object.entries(fields)) {
      if (rule === insideGuardedResult) delete middleware[typeName]?.[fieldName];
    }
  }
  return applyMiddlewareToDeclaredResolvers(schema, middleware);
}
