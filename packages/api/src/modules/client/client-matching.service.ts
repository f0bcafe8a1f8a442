import {
  type MatchCandidate,
  type MatchClient,
  practitionerKinds,
  rankTherapists,
  type TherapistMatch,
} from '@caseload/shared';
import type { SignedInContext } from '../../context/request-context';
import type { TenantScope } from '../../database/tenant-scope';
import { badUserInput } from '../../errors/app-error';
import { findStaffByIds } from '../staff/staff.service';
import type { StaffMemberType } from '../staff/staff.types';
import { Client } from './client.entity';
import { findVisibleClient } from './client.service';
import type { TherapistSuggestionType } from './client-matching.types';

/** ACTIVE practitioners with what matching weighs, in one statement. */
async function loadCandidates(scope: TenantScope, excludeId: string | null) {
  return scope.query<MatchCandidate>(
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

/** ACTIVE practitioners other than `excludeId`, best match for the client first. */
export async function rankTherapistsFor(
  scope: TenantScope,
  client: MatchClient,
  excludeId: string | null,
): Promise<TherapistMatch[]> {
  return rankTherapists(client, await loadCandidates(scope, excludeId));
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
    ctx.viewer.clientReadScope,
    clientId,
    ctx.now,
  );
  const client = await ctx.viewer.scope.manager.findOneByOrFail(Client, { id: visible.id });
  const ranked = (await rankTherapistsFor(ctx.viewer.scope, client, client.therapistId)).slice(
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
