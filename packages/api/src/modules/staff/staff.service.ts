import { isUUID } from 'class-validator';
import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import type { SignedInContext } from '../../context/request-context';
import { builtOnce } from '../../database/query-shapes';
import type { TenantScope } from '../../database/tenant-scope';
import { badUserInput, notFound } from '../../errors/app-error';
import { SortDirection } from '../../graphql/enums';
import { type Page, pageRequest, toPage } from '../../graphql/pagination';
import { riskSeveritySql } from '../client/risk-severity';
import { type StaffArgs, type StaffMemberType, StaffOrderField } from './staff.types';
import { StaffMember } from './staff-member.entity';

/**
 * A member with their roles, groups and caseload figures, read in the same SQL statement (as JSON
 * sub-selects), so a roster page, its total count included, costs one statement whatever its size.
 * A record carries the computed fields it was read with (`ComputedStaffField`), every one unless
 * a query asked for fewer.
 */
export type StaffRecord = StaffMemberType;

// Client and session scans name the practice so the tenant-first indexes (IDX_client_therapist,
// IDX_therapy_session_pending_notes) serve them whether or not row-level security adds it.
const ACTIVE_CLIENT_COUNT = `(SELECT count(*) FROM client c
  WHERE c."practiceId" = staff."practiceId" AND c."therapistId" = staff.id AND c.status = 'ACTIVE')`;

const orderColumns: Record<StaffOrderField, string[]> = {
  [StaffOrderField.LAST_NAME]: ['staff.lastName', 'staff.firstName'],
  [StaffOrderField.STAFF_ID]: ['staff.staffId'],
  [StaffOrderField.STATUS]: ['staff.status', 'staff.lastName', 'staff.firstName'],
  [StaffOrderField.ACTIVE_CLIENTS]: [ACTIVE_CLIENT_COUNT, 'staff.lastName'],
  // Never signed in sorts as the oldest.
  [StaffOrderField.LAST_SIGN_IN]: [
    `COALESCE((SELECT u."lastSignInAt" FROM "user" u WHERE u.id = staff."userId"), '-infinity')`,
    'staff.lastName',
  ],
};

/** A roster page; `fields`: the computed fields its query selects (all unless named). */
export async function listStaff(
  ctx: SignedInContext,
  args: StaffArgs,
  fields?: ReadonlySet<string>,
): Promise<Page<StaffRecord>> {
  const request = pageRequest(args.first, args.after);
  const matching = ctx.viewer.scope.select(StaffMember, 'staff');
  applyFilter(matching, args.filter ?? {});

  const direction = args.orderBy?.direction === SortDirection.DESC ? 'DESC' : 'ASC';
  const field = args.orderBy?.field ?? StaffOrderField.LAST_NAME;
  const order = [...orderColumns[field], 'staff.id']
    .map((column) => `${column} ${direction}`)
    .join(', ');
  // The page's ids first: PostgreSQL computes a select list for every row OFFSET skips, so the
  // roles, groups and figures are read by the outer query, for the page's rows only. `position`
  // carries the order out of the sub-query.
  const pageIds = matching
    .clone()
    .select('staff.id', 'id')
    .addSelect(`row_number() OVER (ORDER BY ${order})`, 'position')
    .addSelect('count(*) OVER ()', 'totalCount')
    .orderBy('"position"')
    .offset(request.offset)
    .limit(request.limit);
  const page = ctx.viewer.scope
    .select(StaffMember, 'staff')
    .innerJoin(`(${pageIds.getQuery()})`, 'page', 'page.id = staff.id')
    .setParameters(pageIds.getParameters())
    .orderBy('page."position"');
  const { records, raw } = await readRecords(
    page,
    fields && allComputedFields.filter((field) => fields.has(field)),
    { totalCount: 'page."totalCount"' },
  );
  // The count rides on the page's rows; a page past the end has none to carry it.
  const totalCount = raw[0] ? Number(raw[0].totalCount) : await matching.getCount();
  return toPage(records, request, totalCount);
}

export async function getStaffMember(ctx: SignedInContext, id: string): Promise<StaffRecord> {
  const [record] = isUUID(id) ? await findStaffByIds(ctx.viewer.scope, [id]) : [];
  if (!record) throw notFound('Staff member');
  return record;
}

/** The member entity, for writes; NOT_FOUND alike for a missing id and one of another practice. */
export async function requireStaffMember(scope: TenantScope, id: string): Promise<StaffMember> {
  const member = isUUID(id)
    ? await scope.select(StaffMember, 'staff').andWhere('staff.id = :id', { id }).getOne()
    : null;
  if (!member) throw notFound('Staff member');
  return member;
}

export async function findStaffByIds(
  scope: TenantScope,
  ids: readonly string[],
  fields: readonly ComputedStaffField[] = allComputedFields,
): Promise<StaffRecord[]> {
  const query = scope.select(StaffMember, 'staff').andWhere('staff.id = ANY(:ids)', { ids });
  return (await readRecords(query, fields, {}, `staff by ids: ${fields.join(',')}`)).records;
}

/** A member to read, with the computed fields wanted of them. */
export interface StaffLoad {
  id: string;
  fields: readonly ComputedStaffField[];
}

/** Loads asking for the same fields are one record: the key a request's staff loader caches by. */
export function staffLoadKey({ id, fields }: StaffLoad): string {
  return `${id}:${fields.join(',')}`;
}

/** Every load of a batch, one statement per distinct set of fields (nearly always one). */
export async function readStaffLoads(
  scope: TenantScope,
  loads: readonly StaffLoad[],
): Promise<Array<StaffRecord | null>> {
  const idsByFields = new Map<string, { fields: readonly ComputedStaffField[]; ids: string[] }>();
  for (const { id, fields } of loads) {
    const key = fields.join(',');
    const group = idsByFields.get(key) ?? { fields, ids: [] };
    group.ids.push(id);
    idsByFields.set(key, group);
  }
  const found = new Map<string, StaffRecord>();
  await Promise.all(
    [...idsByFields.values()].map(async ({ fields, ids }) => {
      for (const record of await findStaffByIds(scope, ids, fields)) {
        found.set(staffLoadKey({ id: record.id, fields }), record);
      }
    }),
  );
  return loads.map((load) => found.get(staffLoadKey(load)) ?? null);
}

function applyFilter(
  query: SelectQueryBuilder<StaffMember>,
  filter: NonNullable<StaffArgs['filter']>,
) {
  if (filter.statuses?.length) {
    query.andWhere('staff.status IN (:...statuses)', { statuses: filter.statuses });
  } else {
    query.andWhere(`staff.status <> 'REMOVED'`);
  }
  if (filter.kinds?.length) query.andWhere('staff.kind IN (:...kinds)', { kinds: filter.kinds });
  for (const field of ['roleIds', 'groupIds'] as const) {
    if (filter[field]?.some((id) => !isUUID(id))) {
      throw badUserInput(`filter.${field}`, 'Not an id this API gave out.');
    }
  }
  if (filter.supervisorId && !isUUID(filter.supervisorId)) {
    throw badUserInput('filter.supervisorId', 'Not an id this API gave out.');
  }
  if (filter.roleIds?.length) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM role_assignment ra WHERE ra."staffMemberId" = staff.id AND ra."roleId" IN (:...roleIds))',
      { roleIds: filter.roleIds },
    );
  }
  if (filter.groupIds?.length) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM group_membership gm WHERE gm."staffMemberId" = staff.id AND gm."groupId" IN (:...groupIds))',
      { groupIds: filter.groupIds },
    );
  }
  if (filter.supervisorId) query.andWhere('staff.supervisorId = :supervisorId', filter);
  if (filter.needsSupervisor) query.andWhere(`${NEEDS_SUPERVISOR} AND staff.status <> 'REMOVED'`);
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    query.andWhere(
      new Brackets((matches) => {
        matches
          .where(`(staff.firstName || ' ' || staff.lastName) ILIKE :pattern`, { pattern })
          .orWhere('staff.email ILIKE :pattern')
          .orWhere('staff.staffId ILIKE :pattern');
      }),
    );
  }
}

const NEEDS_SUPERVISOR = `(staff."supervisorId" IS NULL AND EXISTS (
  SELECT 1 FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
   WHERE ra."staffMemberId" = staff.id AND r."requiresSupervision"))`;

/**
 * What a member's record carries beyond their columns, each a sub-select of the same statement
 * (no query per member). A roster reads only those its query selects: the risk and pending-notes
 * figures cost more than the rest of the page.
 */
const computedFieldSql = {
  roles: `COALESCE((
    SELECT json_agg(json_build_object(
      'id', role.id, 'name', role.name, 'templateKey', role."templateKey",
      'requiresSupervision', role."requiresSupervision", 'canSupervise', role."canSupervise",
      'billingModifier', role."billingModifier") ORDER BY role.name)
    FROM role_assignment assignment JOIN role ON role.id = assignment."roleId"
    WHERE assignment."staffMemberId" = staff.id), '[]'::json)`,
  groups: `COALESCE((
    SELECT json_agg(json_build_object('id', grp.id, 'name', grp.name, 'kind', grp.kind)
      ORDER BY grp.name)
    FROM group_membership membership JOIN staff_group grp ON grp.id = membership."groupId"
    WHERE membership."staffMemberId" = staff.id AND grp."archivedAt" IS NULL), '[]'::json)`,
  activeClientCount: `${ACTIVE_CLIENT_COUNT}::int`,
  highestClientRisk: `(SELECT c."riskLevel" FROM client c
    WHERE c."practiceId" = staff."practiceId" AND c."therapistId" = staff.id AND c.status = 'ACTIVE'
    ORDER BY ${riskSeveritySql('c')} DESC LIMIT 1)`,
  pendingNotes: `(SELECT count(*)::int FROM therapy_session s
    WHERE s."practiceId" = staff."practiceId" AND s."therapistId" = staff.id
      AND s."noteStatus" IN ('PENDING', 'COSIGN_REQUIRED'))`,
  lastSignInAt: `(SELECT u."lastSignInAt" FROM "user" u WHERE u.id = staff."userId")`,
  needsSupervisor: NEEDS_SUPERVISOR,
} satisfies Partial<Record<keyof StaffRecord, string>>;

export type ComputedStaffField = keyof typeof computedFieldSql;

/** In a fixed order, so the same fields always make the same statement and loader key. */
export const allComputedFields = Object.keys(computedFieldSql) as ComputedStaffField[];

type RecordColumns = Pick<StaffRecord, ComputedStaffField> & {
  member: Record<string, unknown>;
  totalCount?: string;
};

/**
 * Every column of the member `alias` names as one JSON value built by PostgreSQL (from the
 * entity's metadata, so a new column is read without a change here): Node parses one value per
 * member instead of hydrating an entity column by column. `staffRecordOf` makes it a record.
 */
export function staffColumnsJsonSql(dataSource: DataSource, alias: string): string {
  const pairs = dataSource
    .getMetadata(StaffMember)
    .columns.map((column) => `'${column.propertyName}', ${alias}."${column.databaseName}"`);
  return `json_build_object(${pairs.join(', ')})`;
}

/**
 * A member read by `staffColumnsJsonSql`, its dates made dates again and its display name added:
 * every record is made here, and a name carried by the record is served by graphql-js's default
 * resolver, not by a resolver call for each of a caseload's 300 therapist names.
 */
export function staffRecordOf(dataSource: DataSource, json: Record<string, unknown>): StaffRecord {
  for (const column of dateColumns(dataSource)) {
    if (json[column] !== null) json[column] = new Date(json[column] as string);
  }
  json.displayName = `${json.firstName} ${json.lastName}`;
  return json as unknown as StaffRecord;
}

const dateColumnsBySource = new WeakMap<DataSource, string[]>();

function dateColumns(dataSource: DataSource): string[] {
  let columns = dateColumnsBySource.get(dataSource);
  if (!columns) {
    columns = dataSource
      .getMetadata(StaffMember)
      .columns.filter((column) => column.type === 'timestamptz')
      .map((column) => column.propertyName);
    dateColumnsBySource.set(dataSource, columns);
  }
  return columns;
}

/**
 * Reads each member with the computed `fields` (all unless named), and `otherColumns` (alias:
 * SQL) into the raw rows. Fields left out are absent from the records: only for an answer that
 * selects no more than `fields`. `shape`: the query's shape, for a query whose text is the same
 * on every run besides what it names (`builtOnce`).
 */
async function readRecords(
  query: SelectQueryBuilder<StaffMember>,
  fields: readonly ComputedStaffField[] = allComputedFields,
  otherColumns: Record<string, string> = {},
  shape?: string,
): Promise<{ records: StaffRecord[]; raw: RecordColumns[] }> {
  query.select(staffColumnsJsonSql(query.connection, 'staff'), 'member');
  for (const [alias, sql] of Object.entries(otherColumns)) query.addSelect(sql, alias);
  for (const field of fields) query.addSelect(computedFieldSql[field], field);
  const raw = await (shape ? builtOnce(query, shape) : query).getRawMany<RecordColumns>();
  const records = raw.map((row) => {
    const record = staffRecordOf(query.connection, row.member);
    for (const field of fields) Object.assign(record, { [field]: row[field] });
    return record;
  });
  return { records, raw };
}
