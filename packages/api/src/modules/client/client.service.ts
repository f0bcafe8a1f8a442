import { type ClientReadScope, caseloadPart } from '@caseload/shared';
import { isUUID } from 'class-validator';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { SignedInContext } from '../../context/request-context';
import { builtOnce } from '../../database/query-shapes';
import type { TenantScope } from '../../database/tenant-scope';
import { badUserInput, notFound } from '../../errors/app-error';
import { writtenInstantOfUtc } from '../../graphql/date-time';
import { SortDirection } from '../../graphql/enums';
import { type Page, pageRequest, toPage } from '../../graphql/pagination';
import type { GroupType } from '../group/group.types';
import {
  type ComputedStaffField,
  type StaffRecord,
  staffColumnsJsonSql,
  staffRecordOf,
} from '../staff/staff.service';
import { Client } from './client.entity';
import {
  type CaseloadParts,
  type ClientFilter,
  ClientOrderField,
  type ClientsArgs,
  type ClientType,
  type SuperviseeCaseloadType,
} from './client.types';
import { applyClientReadScope, onCaseloadsSql } from './client-read-scope';
import { riskSeveritySql } from './risk-severity';

const DAY_MS = 86_400_000;

/**
 * Columns of a client that a read may leave out when its query does not select them: a
 * 300-client caseload spent more time building, sending and parsing them than its figures. The
 * rest is always read: the read rules and the caseload's parts need it.
 */
const optionalClientColumns = {
  // As the entity has it, not as a `Date` at local midnight.
  dateOfBirth: 'client."dateOfBirth"::text',
  neededSpecialties: 'client."neededSpecialties"',
  preferredTimes: 'client."preferredTimes"',
  dischargedAt: 'client."dischargedAt"',
  version: 'client.version',
  preferredLocation: `(SELECT json_build_object(
      'id', g.id, 'name', g.name, 'kind', g.kind, 'archivedAt', g."archivedAt")
    FROM staff_group g WHERE g.id = client."preferredLocationId")`,
  // The reason is written once, in the append-only audit event of the discharge.
  dischargeReason: `CASE WHEN client.status = 'DISCHARGED' THEN (
    SELECT e.changes -> 'after' ->> 'reason' FROM audit_event e
     WHERE e."practiceId" = client."practiceId" AND e."targetType" = 'Client'
       AND e."targetId" = client.id AND e.action = 'client.discharged'
     ORDER BY e."occurredAt" DESC LIMIT 1) END`,
} as const;

export type OptionalClientField = keyof typeof optionalClientColumns;
export const allOptionalClientFields = Object.keys(optionalClientColumns) as OptionalClientField[];

/**
 * Each client as one row whose columns are named as its fields: its own columns, its session
 * figures as one JSON value, and the `fields` asked of `optionalClientColumns`, as sub-selects (no
 * query per client). Columns, not one JSON object a client: PostgreSQL 15's `json_build_object`
 * looks up how to write each of its arguments on every row, a quarter of a caseload's statement.
 * `sessionFigures`: more figures (`, 'name', aggregate` of the client's sessions `s`) read by the
 * same scan. A caller's own columns must be named apart from the client's fields.
 */
function selectClientColumns(
  query: SelectQueryBuilder<Client>,
  now: Date,
  {
    fields = allOptionalClientFields,
    sessionFigures = '',
  }: { fields?: readonly OptionalClientField[]; sessionFigures?: string } = {},
): SelectQueryBuilder<Client> {
  query
    .select('client.id', 'id')
    .addSelect('client.firstName', 'firstName')
    .addSelect('client.lastName', 'lastName')
    .addSelect('client.status', 'status')
    .addSelect('client.riskLevel', 'riskLevel')
    .addSelect('client.scope', 'scope')
    .addSelect('client.therapistId', 'therapistId')
    .addSelect(
      `(SELECT json_build_object(
        'sessionsTotal', count(*),
        'sessionsLast30Days', count(*) FILTER (
          WHERE s.status = 'COMPLETED' AND s."startsAt" > :monthAgo AND s."startsAt" <= :now),
        'lastSessionAt', max(s."startsAt") FILTER (WHERE s.status = 'COMPLETED') AT TIME ZONE 'UTC',
        'nextSessionAt', min(s."startsAt") FILTER (
          WHERE s.status = 'SCHEDULED' AND s."startsAt" > :now) AT TIME ZONE 'UTC',
        'upcomingSessions', count(*) FILTER (WHERE s.status = 'SCHEDULED' AND s."startsAt" > :now),
        'pendingNotes', count(*) FILTER (WHERE s."noteStatus" IN ('PENDING', 'COSIGN_REQUIRED'))
        ${sessionFigures})
        FROM therapy_session s WHERE s."clientId" = client.id)`,
      'metrics',
    );
  for (const field of fields) query.addSelect(optionalClientColumns[field], field);
  return query.setParameters({ now, monthAgo: new Date(now.getTime() - 30 * DAY_MS) });
}

/**
 * A client's row as `selectClientColumns` reads it: the metrics' dates are strings in UTC
 * without an offset, the preferred location's archive date a string too; the optional fields not
 * asked for are absent.
 */
type ClientRow = Omit<ClientType, OptionalClientField | 'metrics'> &
  Partial<Omit<Pick<ClientType, OptionalClientField>, 'preferredLocation'>> & {
    metrics: Omit<ClientType['metrics'], 'lastSessionAt' | 'nextSessionAt'> & {
      lastSessionAt: string | null;
      nextSessionAt: string | null;
      /**
       * Only in a caseload's read: which of the caseloads' owners have seen the client, bit `i`
       * for the `i`th owner (null without sessions).
       */
      seenByOwners?: number | null;
    };
    preferredLocation?: (Omit<GroupType, 'archivedAt'> & { archivedAt: string | null }) | null;
  };

/**
 * The client's row made a `ClientType` in place: the row is this read's own, and copying each
 * client's properties cost a caseload more than reading them. The caller's own columns stay on
 * it, as does a caseload's `seenByOwners` in its metrics: the schema exposes neither.
 */
function toClient(row: ClientRow): ClientType {
  const { preferredLocation, metrics } = row;
  const client = row as unknown as ClientType;
  if (preferredLocation && client.preferredLocation) {
    client.preferredLocation.archivedAt =
      preferredLocation.archivedAt === null ? null : new Date(preferredLocation.archivedAt);
  }
  client.metrics.lastSessionAt =
    metrics.lastSessionAt && writtenInstantOfUtc(metrics.lastSessionAt);
  client.metrics.nextSessionAt =
    metrics.nextSessionAt && writtenInstantOfUtc(metrics.nextSessionAt);
  return client;
}

/** Clients as `selectClientColumns` reads them, each with its row (for the caller's own columns). */
async function readClientRows<Extra extends object = object>(
  query: SelectQueryBuilder<Client>,
): Promise<Array<{ client: ClientType; raw: Extra & ClientRow }>> {
  const rows = await query.getRawMany<Extra & ClientRow>();
  return rows.map((raw) => ({ raw, client: toClient(raw) }));
}

async function readClients(query: SelectQueryBuilder<Client>): Promise<ClientType[]> {
  return (await readClientRows(query)).map((row) => row.client);
}

function applyFilter(query: SelectQueryBuilder<Client>, filter: ClientFilter) {
  if (filter.therapistId) query.andWhere('client.therapistId = :therapistId', filter);
  if (filter.scopes?.length) query.andWhere('client.scope IN (:...scopes)', filter);
  if (filter.statuses?.length) query.andWhere('client.status IN (:...statuses)', filter);
  if (filter.riskLevels?.length) query.andWhere('client.riskLevel IN (:...riskLevels)', filter);
  if (filter.unassigned) query.andWhere('client.therapistId IS NULL');
  if (filter.locationId) query.andWhere('client.preferredLocationId = :locationId', filter);
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    query.andWhere(
      new Brackets((matches) => {
        matches.where(`(client.firstName || ' ' || client.lastName) ILIKE :pattern`, { pattern });
      }),
    );
  }
}

/**
 * The clients the caller may see (their read scope is part of the SQL, never a filter applied
 * afterwards), one page at a time: a statement for the read scope, one for the page, one count.
 */
export async function listClients(
  ctx: SignedInContext,
  args: ClientsArgs,
): Promise<Page<ClientType>> {
  const request = pageRequest(args.first, args.after);
  for (const [field, id] of [
    ['filter.therapistId', args.filter?.therapistId],
    ['filter.locationId', args.filter?.locationId],
  ] as const) {
    if (id && !isUUID(id)) throw badUserInput(field, 'Not an id this API gave out.');
  }
  const query = ctx.viewer.scope.select(Client, 'client');
  applyClientReadScope(query, ctx.viewer.clientReadScope);
  applyFilter(query, args.filter ?? {});

  const direction = args.orderBy?.direction === SortDirection.DESC ? 'DESC' : 'ASC';
  const field = args.orderBy?.field ?? ClientOrderField.LAST_NAME;
  const order: Record<ClientOrderField, string[]> = {
    [ClientOrderField.LAST_NAME]: ['client.lastName', 'client.firstName'],
    [ClientOrderField.RISK_LEVEL]: [riskSeveritySql('client'), 'client.lastName'],
    [ClientOrderField.CREATED_AT]: ['client.createdAt'],
  };
  for (const column of [...order[field], 'client.id']) query.addOrderBy(column, direction);

  const [clients, totalCount] = await Promise.all([
    readClients(
      selectClientColumns(query.clone(), ctx.now).offset(request.offset).limit(request.limit),
    ),
    query.getCount(),
  ]);
  return toPage(clients, request, totalCount);
}

/** NOT_FOUND alike for a client that does not exist, of another practice, or not on the caller's caseloads. */
export async function getClient(ctx: SignedInContext, id: string): Promise<ClientType> {
  return findVisibleClient(ctx.viewer.scope, ctx.viewer.clientReadScope, id, ctx.now);
}

export async function findVisibleClient(
  scope: TenantScope,
  readScope: ClientReadScope,
  id: string,
  now: Date,
): Promise<ClientType> {
  return (await findVisibleClientWith(scope, readScope, id, now, {}, {})).client;
}

/** The client as `findVisibleClient` reads it, and `columns` (alias: SQL, with their `parameters`). */
export async function findVisibleClientWith<Columns extends object>(
  scope: TenantScope,
  readScope: ClientReadScope,
  id: string,
  now: Date,
  columns: Record<keyof Columns, string>,
  parameters: ObjectLiteral,
): Promise<{ client: ClientType; raw: Columns }> {
  if (!isUUID(id)) throw notFound('Client');
  const query = scope.select(Client, 'client').andWhere('client.id = :id', { id });
  applyClientReadScope(query, readScope);
  selectClientColumns(query, now).setParameters(parameters);
  for (const [alias, sql] of Object.entries<string>(columns)) query.addSelect(sql, alias);
  const [row] = await readClientRows<Columns>(query);
  if (!row) throw notFound('Client');
  return row;
}

/** `fields`: the computed staff fields to read with them. */
export async function listSupervisees(
  ctx: SignedInContext,
  fields: readonly ComputedStaffField[],
): Promise<StaffRecord[]> {
  const { superviseeIds } = ctx.viewer.clientReadScope;
  const records = await ctx.viewer.loaders.staffById.loadMany(
    superviseeIds.map((id) => ({ id, fields })),
  );
  return records.filter(
    (record): record is StaffRecord => record !== null && !(record instanceof Error),
  );
}

/**
 * A supervisee's caseload in its three parts, each client once: NOT_FOUND unless the caller
 * supervises them. All the caseloads a request asks for are read in one statement.
 */
export function getSuperviseeCaseload(
  ctx: SignedInContext,
  superviseeId: string,
  fields: readonly OptionalClientField[],
): Promise<SuperviseeCaseloadType> {
  if (!ctx.viewer.clientReadScope.superviseeIds.includes(superviseeId)) {
    throw notFound('Supervisee');
  }
  return ctx.viewer.loaders.caseloads.load({ therapistId: superviseeId, fields });
}

/**
 * How many caseloads `readCaseloads` reads in one statement: who of their owners has seen each
 * client is one bit an owner of a 32-bit integer, which PostgreSQL aggregates for far less than
 * an array of ids.
 */
export const caseloadsPerStatement = 31;

const noOwners: readonly string[] = [];

/**
 * Therapists' caseloads in the three parts of seed 001, every status included, in one statement
 * whatever their size (at most `caseloadsPerStatement` of them): the clients on any of them
 * (`onCaseloadsSql`), each with the caseload owners who have seen it, sorted into parts by
 * `caseloadPart`. A client can sit on several (one therapist's primary client, another's
 * walk-in). Each client has the optional `fields` and none of the others. The caller has decided
 * that they may be read.
 */
export async function readCaseloads(
  scope: TenantScope,
  therapistIds: readonly string[],
  now: Date,
  fields: readonly OptionalClientField[],
): Promise<{ caseloads: Map<string, CaseloadParts>; therapists: StaffRecord[] }> {
  if (therapistIds.length > caseloadsPerStatement) {
    throw new Error(`At most ${caseloadsPerStatement} caseloads a statement`);
  }
  const { connection } = scope.manager;
  const ownerBits = therapistIds.map((_, bit) => `WHEN :caseloadOwner${bit} THEN ${1 << bit}`);
  const query = selectClientColumns(scope.select(Client, 'client'), now, {
    fields,
    // Who has seen each client is read by the scan of its sessions that makes its figures.
    sessionFigures: `, 'seenByOwners', bit_or(CASE s."therapistId" ${ownerBits.join(' ')} ELSE 0 END)`,
  })
    .setParameters(Object.fromEntries(therapistIds.map((id, bit) => [`caseloadOwner${bit}`, id])))
    // Each therapist's columns once, on the first of their clients: the caseload's therapists
    // then cost no statement of their own.
    .addSelect(
      `CASE WHEN row_number() OVER (PARTITION BY client."therapistId") = 1 THEN (
         SELECT ${staffColumnsJsonSql(connection, 'therapist')} FROM staff_member therapist
          WHERE therapist.id = client."therapistId" AND therapist."practiceId" = client."practiceId"
       ) END`,
      'therapistColumns',
    )
    .andWhere(onCaseloadsSql, { caseloadOwnerIds: therapistIds })
    .orderBy('client.lastName')
    .addOrderBy('client.firstName')
    .addOrderBy('client.id');
  const rows = await readClientRows<{ therapistColumns: Record<string, unknown> | null }>(
    builtOnce(query, `caseloads: ${therapistIds.length} ${fields.join(',')}`),
  );
  const caseloads: Array<{ therapistId: string; parts: CaseloadParts }> = therapistIds.map(
    (therapistId) => ({ therapistId, parts: { direct: [], primary: [], walkIns: [] } }),
  );
  for (const { client, raw } of rows) {
    const seenByOwners = raw.metrics.seenByOwners ?? 0;
    const facts = {
      scope: client.scope,
      therapistId: client.therapistId,
      seenByTherapistIds: seenByOwners
        ? therapistIds.filter((_, bit) => seenByOwners & (1 << bit))
        : noOwners,
    };
    for (const { therapistId, parts } of caseloads) {
      const part = caseloadPart(therapistId, facts);
      if (part === 'DIRECT') parts.direct.push(client);
      if (part === 'PRIMARY') parts.primary.push(client);
      if (part === 'WALK_IN') parts.walkIns.push(client);
    }
  }
  const therapists = rows.flatMap(({ raw }) =>
    raw.therapistColumns ? [staffRecordOf(connection, raw.therapistColumns)] : [],
  );
  return {
    caseloads: new Map(caseloads.map(({ therapistId, parts }) => [therapistId, parts])),
    therapists,
  };
}
