import { isUUID } from 'class-validator';
import type { SelectQueryBuilder } from 'typeorm';
import type { SignedInContext } from '../../context/request-context';
import { badUserInput } from '../../errors/app-error';
import { type Page, pageRequest, toPage } from '../../graphql/pagination';
import type { AuditEventFilter, AuditEventsArgs, AuditEventType } from './audit.types';
import { AuditEvent } from './audit-event.entity';

/** Rows one CSV export may hold: a year of a busy practice, still one response. */
export const CSV_EXPORT_LIMIT = 100_000;

function filteredEvents(
  ctx: SignedInContext,
  filter: AuditEventFilter,
): SelectQueryBuilder<AuditEvent> {
  const query = ctx.viewer.scope.select(AuditEvent, 'event');
  for (const field of ['actorId', 'targetId'] as const) {
    const id = filter[field];
    if (id && !isUUID(id)) throw badUserInput(`filter.${field}`, 'Not an id this API gave out.');
  }
  if (filter.actorId) query.andWhere('event.actorStaffMemberId = :actorId', filter);
  if (filter.targetId) query.andWhere('event.targetId = :targetId', filter);
  const action = filter.action?.trim();
  if (action?.endsWith('.')) query.andWhere('event.action LIKE :prefix', { prefix: `${action}%` });
  else if (action) query.andWhere('event.action = :action', { action });
  if (filter.from && filter.to && filter.from > filter.to) {
    throw badUserInput('filter.to', 'The range ends before it starts.');
  }
  if (filter.from) query.andWhere('event.occurredAt >= :from', filter);
  if (filter.to) query.andWhere('event.occurredAt < :to', filter);
  return query.orderBy('event.occurredAt', 'DESC').addOrderBy('event.id', 'DESC');
}

export async function listAuditEvents(
  ctx: SignedInContext,
  args: AuditEventsArgs,
): Promise<Page<AuditEventType>> {
  const request = pageRequest(args.first, args.after);
  const query = filteredEvents(ctx, args.filter ?? {});
  const [events, totalCount] = await Promise.all([
    query.clone().offset(request.offset).limit(request.limit).getMany(),
    query.getCount(),
  ]);
  return toPage(events as AuditEventType[], request, totalCount);
}

function csvCell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  // Quote always; double quotes inside; a leading = + - @ would run as a spreadsheet formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The filtered log as CSV (RFC 4180), newest first, with the acting member's name. */
export async function exportAuditEventsCsv(
  ctx: SignedInContext,
  filter: AuditEventFilter,
): Promise<string> {
  const rows = await filteredEvents(ctx, filter)
    .leftJoin('staff_member', 'actor', 'actor.id = event.actorStaffMemberId')
    .addSelect(`actor."firstName" || ' ' || actor."lastName"`, 'actorName')
    .limit(CSV_EXPORT_LIMIT)
    .getRawMany<Record<string, unknown>>();
  const header = [
    'occurredAt',
    'actor',
    'action',
    'targetType',
    'targetId',
    'ipAddress',
    'changes',
  ];
  const lines = rows.map((row) =>
    [
      (row.event_occurredAt as Date).toISOString(),
      row.actorName,
      row.event_action,
      row.event_targetType,
      row.event_targetId,
      row.event_ipAddress,
      row.event_changes,
    ]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n');
}
