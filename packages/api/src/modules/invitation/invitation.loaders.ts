import DataLoader from 'dataloader';
import type { SignedInContext } from '../../context/request-context';
import { invitationStatus } from './invitation.service';
import type { InvitationStateType } from './invitation.types';

/** One loader per request (keyed by the context object), so a roster page costs one statement. */
const loaders = new WeakMap<object, DataLoader<string, InvitationStateType | null>>();

interface LatestInvitationRow {
  staffMemberId: string;
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'REVOKED' | 'SUPERSEDED';
  createdAt: Date;
  expiresAt: Date;
  closedAt: Date | null;
}

/** Each member's newest invitation in the caller's practice; null for members never invited. */
export function latestInvitationLoader(
  ctx: SignedInContext,
): DataLoader<string, InvitationStateType | null> {
  let loader = loaders.get(ctx);
  if (!loader) {
    const { scope } = ctx.viewer;
    loader = new DataLoader(async (staffMemberIds) => {
      const rows: LatestInvitationRow[] = await scope.manager.query(
        `SELECT DISTINCT ON ("staffMemberId") "staffMemberId", status, "createdAt", "expiresAt", "closedAt"
           FROM invitation
          WHERE "practiceId" = $1 AND "staffMemberId" = ANY($2::uuid[])
          ORDER BY "staffMemberId", "createdAt" DESC`,
        [scope.practiceId, staffMemberIds],
      );
      const byMember = new Map(rows.map((row) => [row.staffMemberId, row]));
      return staffMemberIds.map((id) => {
        const row = byMember.get(id);
        if (!row) return null;
        const expiresAt = new Date(row.expiresAt);
        return {
          status: invitationStatus({ status: row.status, expiresAt }, ctx.now),
          sentAt: new Date(row.createdAt),
          expiresAt,
          closedAt: row.closedAt ? new Date(row.closedAt) : null,
        };
      });
    });
    loaders.set(ctx, loader);
  }
  return loader;
}
