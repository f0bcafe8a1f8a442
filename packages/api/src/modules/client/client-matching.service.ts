import { type MatchCandidate, practitionerKinds, rankTherapists } from '@caseload/shared';
import type { SignedInContext } from '../../context/request-context';
import { badUserInput } from '../../errors/app-error';
import { findStaffByIds } from '../staff/staff.service';
import type { StaffMemberType } from '../staff/staff.types';
import { Client } from './client.entity';
import { findVisibleClient } from './client.service';
import type { TherapistSuggestionType } from './client-matching.types';
import { loadClientReadScope } from './client-read-scope';

/** ACTIVE practitioners with what matching weighs, in one statement. */
async function loadCandidates(ctx: SignedInContext, excludeId: string | null) {
  return ctx.viewer.scope.query<MatchCandidate>(
    `SELECT m.id AS "staffMemberId", m.specialties, m."weeklyAvailability", m."caseloadCapacity",
            (SELECT count(*)::int FROM client c
              WHERE c."therapistId" = m.id AND c.status = 'ACTIVE') AS "activeClientCount",
            (SELECT coalesce(array_agg(g.id), '{}') FROM group_membership gm
               JOIN staff_group g ON g.id = gm."groupId"
              WHERE gm."staffMemberId" = m.id AND g.kind = 'LOCATION' AND g."archivedAt" IS NULL)
              AS "locationIds"
       FROM staff_member m
      WHERE m."practiceId" = $1 AND m.status = 'ACTIVE' AND m.kind = ANY($2)
        AND m.id IS DISTINCT FROM $3`,
    [practitionerKinds, excludeId],
  );
}

export async function suggestTherapists(
  ctx: SignedInContext,
  clientId: string,
  first: number,
): Promise<TherapistSuggestionType[]> {
  if (!Number.isInteger(first) || first < 1 || first > 20) {
    throw badUserInput('first', 'first must be between 1 and 20.');
  }
  const visible = await findVisibleClient(
    ctx.viewer.scope,
    await loadClientReadScope(ctx),
    clientId,
    ctx.now,
  );
  const client = await ctx.viewer.scope.manager.findOneByOrFail(Client, { id: visible.id });
  const ranked = rankTherapists(client, await loadCandidates(ctx, client.therapistId)).slice(
    0,
    first,
  );
  if (!ranked.length) return [];
  const members = new Map(
    (
      await findStaffByIds(
        ctx.viewer.scope,
        ranked.map((match) => match.staffMemberId),
      )
    ).map((member) => [member.id, member]),
  );
  return ranked.map((match) => ({
    ...match,
    staffMember: members.get(match.staffMemberId) as StaffMemberType,
  }));
}
