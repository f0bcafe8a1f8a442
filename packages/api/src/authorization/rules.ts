import { ErrorCode, type Permission } from '@caseload/shared';
import { type IRule, rule } from 'graphql-shield';
import type { RequestContext } from '../context/request-context';
import { AppError } from '../errors/app-error';

export type RuleTree = Record<string, Record<string, IRule>>;

const signInFirst = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first.');

/** Open to anonymous callers: signing in, and asking whether one is signed in. */
export const anyone: IRule = rule('anyone', { cache: 'contextual' })(() => true);

/**
 * A field of a type that is only ever reached through a field with its own rule (e.g. a
 * staff member's supervisor, reached through `staff`): the rule above already decided.
 */
export const insideGuardedResult: IRule = rule('insideGuardedResult', { cache: 'contextual' })(
  () => true,
);

/**
 * A session whose user must first change a temporary password, or enrol in the MFA their practice
 * requires, may do only that, read `me` and sign out: everything else names what is owed.
 */
function accountSetupOwed(ctx: RequestContext): AppError | null {
  if (ctx.viewer?.mustChangePassword) {
    return new AppError(ErrorCode.FORBIDDEN, 'Change your temporary password first.', {
      reason: 'PASSWORD_CHANGE_REQUIRED',
    });
  }
  if (ctx.viewer?.mfaEnrollmentRequired) {
    return new AppError(
      ErrorCode.FORBIDDEN,
      'Your practice requires two-step sign-in: set it up first.',
      {
        reason: 'MFA_ENROLLMENT_REQUIRED',
      },
    );
  }
  return null;
}

/** Signed in, even while owing a password change or MFA enrolment: for settling exactly that. */
export const signedInOwingSetup: IRule = rule('signedInOwingSetup', { cache: 'contextual' })(
  (_parent, _args, ctx: RequestContext) => (ctx.viewer ? true : signInFirst()),
);

/** Rules read only the context, so shield may cache them per request ('contextual'). */
export const signedInMember: IRule = rule('signedInMember', { cache: 'contextual' })(
  (_parent, _args, ctx: RequestContext) =>
    ctx.viewer ? (accountSetupOwed(ctx) ?? true) : signInFirst(),
);

/** True, or the refusal a caller sees: UNAUTHENTICATED, or FORBIDDEN naming the permission. */
function permissionDecision(ctx: RequestContext, permission: Permission): true | AppError {
  if (!ctx.viewer) return signInFirst();
  const owed = accountSetupOwed(ctx);
  if (owed) return owed;
  if (ctx.viewer.permissions.has(permission)) return true;
  return new AppError(ErrorCode.FORBIDDEN, `You need the ${permission} permission.`, {
    permission,
  });
}

/** Shield refuses two rules of one name, so each named rule is made once and then reused. */
const rulesByName = new Map<string, IRule>();

function namedRule(
  name: string,
  cache: 'contextual' | 'no_cache',
  decide: (args: Record<string, unknown>, ctx: RequestContext) => true | AppError,
): IRule {
  let made = rulesByName.get(name);
  if (!made) {
    made = rule(name, { cache })((_parent, args, ctx: RequestContext) => decide(args, ctx));
    rulesByName.set(name, made);
  }
  return made;
}

/** Holds `permission` now; read from the context only, so cached per request. */
export function can(permission: Permission): IRule {
  return namedRule(`can:${permission}`, 'contextual', (_args, ctx) =>
    permissionDecision(ctx, permission),
  );
}

/**
 * The member named by argument `argument` is the caller, or the caller holds `permission`.
 * Depends on arguments, so never cached (a contextual cache is keyed by rule name only).
 */
export function selfOrCan(argument: string, permission: Permission): IRule {
  return namedRule(`selfOr(${argument}):${permission}`, 'no_cache', (args, ctx) =>
    ctx.viewer && !accountSetupOwed(ctx) && args[argument] === ctx.viewer.staffMemberId
      ? true
      : permissionDecision(ctx, permission),
  );
}

/** Holds at least one of `permissions`; a refusal names the first, the most common grant. */
export function canAny(permissions: readonly [Permission, ...Permission[]]): IRule {
  return namedRule(`canAny:${permissions.join('|')}`, 'contextual', (_args, ctx) =>
    permissions.some((permission) => ctx.viewer?.permissions.has(permission))
      ? true
      : permissionDecision(ctx, permissions[0]),
  );
}
