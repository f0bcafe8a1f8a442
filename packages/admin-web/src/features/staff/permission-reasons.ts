import { formatPracticeDateTime } from './practice-time';

/** One reason behind a permission decision, as `effectivePermissions` answers it. */
export interface ReasonFields {
  kind: 'ROLE' | 'OVERRIDE' | 'STATUS';
  summary: string;
  effect?: 'ALLOW' | 'DENY' | null;
  reason?: string | null;
  expiresAt?: string | null;
  grantedByName?: string | null;
}

/**
 * A reason in words. The API's summary serves for roles and statuses; an override's is rebuilt
 * from its parts so its expiry reads in the practice's timezone rather than as an ISO instant.
 */
export function reasonSentence(reason: ReasonFields, timeZone: string): string {
  if (reason.kind !== 'OVERRIDE' || !reason.effect) {
    return upperFirst(reason.summary);
  }
  const by = reason.grantedByName ? ` by ${reason.grantedByName}` : '';
  const until = reason.expiresAt
    ? ` until ${formatPracticeDateTime(reason.expiresAt, timeZone)}`
    : '';
  const why = reason.reason ? `: “${reason.reason}”` : '';
  return `${reason.effect} override${by}${until}${why}`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
