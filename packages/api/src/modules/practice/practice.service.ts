import type { SignedInContext } from '../../context/request-context';
import { badUserInput } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { Practice } from './practice.entity';
import type { PracticeSettingsInput, PracticeType } from './practice.types';

export async function getCurrentPractice(ctx: SignedInContext): Promise<PracticeType> {
  const practice = await ctx.viewer.scope.manager.findOneByOrFail(Practice, {
    id: ctx.viewer.practiceId,
  });
  return {
    id: practice.id,
    name: practice.name,
    plan: practice.plan,
    timezone: practice.timezone,
    settings: {
      invitationLifetimeHours: practice.invitationLifetimeHours,
      idleSignOutMinutes: practice.idleSignOutMinutes,
      mfaRequired: practice.mfaRequired,
      supervisionEnabled: practice.supervisionEnabled,
    },
  };
}

const settingRanges = {
  invitationLifetimeHours: [1, 720, 'hours'],
  idleSignOutMinutes: [5, 720, 'minutes'],
} as const;

/** Changes the practice's settings in one transaction, audited with what changed. */
export async function updatePracticeSettings(
  ctx: SignedInContext,
  input: PracticeSettingsInput,
): Promise<PracticeType> {
  for (const [field, [min, max, unit]] of Object.entries(settingRanges)) {
    const value = input[field as keyof typeof settingRanges];
    if (
      value !== undefined &&
      value !== null &&
      (!Number.isInteger(value) || value < min || value > max)
    ) {
      throw badUserInput(field, `Use a whole number of ${unit} from ${min} to ${max}.`);
    }
  }
  const changes = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined && value !== null),
  );
  await ctx.viewer.scope.transaction(async (scope) => {
    const before = await scope.manager.findOneByOrFail(Practice, { id: scope.practiceId });
    await scope.manager.update(Practice, { id: scope.practiceId }, changes);
    await recordAudit(scope.manager, ctx, {
      practiceId: scope.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'practice.settings.changed',
      targetType: 'Practice',
      targetId: scope.practiceId,
      changes: {
        before: Object.fromEntries(
          Object.keys(changes).map((key) => [key, before[key as keyof Practice]]),
        ),
        after: changes,
      },
    });
  });
  return getCurrentPractice(ctx);
}
