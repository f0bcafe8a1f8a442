// The limit: bare node:http with pg, one hand-written SQL statement per request that looks up
// the session, decides the permission, applies the tenant and builds the response JSON inside
// PostgreSQL. Node only routes, hashes the token and passes the text through. It answers the
// same questions as the GraphQL scenarios, in GraphQL's response shape ({data} or {errors}).
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { allPermissions, effectivePermissions, practitionerKinds } from '@caseload/shared';
import pg from 'pg';

/** As packages/api/src/graphql/pagination.ts. */
const MAX_PAGE_SIZE = 100;

const { DATABASE_URL, PORT = '4602', HOST = '127.0.0.1', POOL_SIZE = '10' } = process.env;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(POOL_SIZE) });

/** What ON_HOLD keeps, asked of the app's own resolver rather than typed again. */
const onHoldPermissions = [
  ...effectivePermissions(
    {
      status: 'ON_HOLD',
      roles: [{ roleId: 'all', roleName: 'all', permissions: allPermissions }],
      overrides: [],
    },
    new Date(),
  ),
];

const error = (code, message) =>
  `json_build_object('errors', json_build_array(json_build_object('message', '${message}', 'extensions', json_build_object('code', '${code}'))))`;
const UNAUTHENTICATED = error('UNAUTHENTICATED', 'Sign in first.');
const forbidden = (permission) => error('FORBIDDEN', `You need the ${permission} permission.`);

/**
 * $1 is the token's SHA-256. The session as session.service.ts checks it (refreshing lastSeenAt
 * at most once a minute), the member's effective permissions, and the clients they read.
 */
const VIEWER = `
  viewer AS (
    SELECT s.id AS session_id, m.id AS member_id, m."practiceId" AS practice_id, u.id AS user_id,
           m.status, s."lastSeenAt" < now() - interval '1 minute' AS stale
      FROM auth_session s
      JOIN "user" u ON u.id = s."userId"
      JOIN staff_member m ON m."userId" = s."userId" AND m."practiceId" = s."activePracticeId"
      JOIN practice p ON p.id = m."practiceId"
     WHERE s."tokenHash" = $1 AND s."revokedAt" IS NULL AND NOT s."awaitingSecondFactor"
       AND s."expiresAt" > now() AND m.status IN ('ACTIVE', 'ON_HOLD')
       AND s."lastSeenAt" > now() - p."idleSignOutMinutes" * interval '1 minute'
       AND NOT u."mustChangePassword" AND NOT (p."mfaRequired" AND u."mfaEnabledAt" IS NULL)
  ),
  touched AS (
    UPDATE auth_session SET "lastSeenAt" = now() FROM viewer v
     WHERE auth_session.id = v.session_id AND v.stale RETURNING 1
  ),
  granted AS (
    SELECT g.permission FROM viewer v, LATERAL (
      SELECT unnest(r.permissions) FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
       WHERE ra."staffMemberId" = v.member_id
      UNION
      SELECT o.permission FROM permission_override o WHERE o."staffMemberId" = v.member_id
         AND o.effect = 'ALLOW' AND (o."expiresAt" IS NULL OR o."expiresAt" > now())
      EXCEPT
      SELECT o.permission FROM permission_override o WHERE o."staffMemberId" = v.member_id
         AND o.effect = 'DENY' AND (o."expiresAt" IS NULL OR o."expiresAt" > now())
    ) g(permission)
    WHERE v.status = 'ACTIVE' OR g.permission = ANY ('{${onHoldPermissions.join(',')}}')
  )`;

const holds = (permission) => `EXISTS (SELECT 1 FROM granted WHERE permission = '${permission}')`;

/** Supervisees whose caseloads the viewer reads (client-read-scope.ts). */
const SUPERVISEES = `
  supervisees AS (
    SELECT s.id, s."firstName", s."lastName", s."practiceId" FROM viewer v
      JOIN practice p ON p.id = v.practice_id
      JOIN staff_member s ON s."practiceId" = v.practice_id AND s."supervisorId" = v.member_id
     WHERE s.status IN ('ACTIVE', 'ON_HOLD') AND p."supervisionEnabled" AND v.status = 'ACTIVE'
       AND ${holds('caseload.supervise')}
       AND EXISTS (SELECT 1 FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
                    WHERE ra."staffMemberId" = v.member_id AND r."canSupervise")
  )`;

/** clientReadScope: every client with clients.view.all (ACTIVE), else the caseloads. */
const READ_SCOPE = `
  ${SUPERVISEES},
  owners AS (
    SELECT member_id AS id FROM viewer WHERE ${holds('clients.view.own')}
    UNION SELECT id FROM supervisees
  ),
  all_clients AS (SELECT v.status = 'ACTIVE' AND ${holds('clients.view.all')} AS yes FROM viewer v)`;
const reads = (
  c,
) => `((SELECT yes FROM all_clients) OR ${c}."therapistId" IN (SELECT id FROM owners)
  OR (${c}.scope = 'PRACTICE' AND EXISTS (SELECT 1 FROM therapy_session seen
        WHERE seen."clientId" = ${c}.id AND seen."therapistId" IN (SELECT id FROM owners))))`;

const cursor = (offset) =>
  `rtrim(translate(encode(convert_to('offset:' || (${offset}), 'UTF8'), 'base64'), '+/', '-_'), '=')`;

const sql = {
  // Q1/Q3: $2 statuses, $3 page size, $4 offset.
  roster: `WITH ${VIEWER},
    matching AS (
      SELECT m.* FROM staff_member m, viewer v
       WHERE m."practiceId" = v.practice_id AND m.status = ANY ($2::staff_status[]) AND ${holds('staff.view')}
    ),
    page AS (SELECT * FROM matching m ORDER BY m."lastName", m."firstName", m.id LIMIT $3 OFFSET $4),
    total AS (SELECT count(*)::int AS n FROM matching)
    SELECT (CASE
      WHEN NOT EXISTS (SELECT 1 FROM viewer) THEN ${UNAUTHENTICATED}
      WHEN NOT ${holds('staff.view')} THEN ${forbidden('staff.view')}
      ELSE json_build_object('data', json_build_object('staff', json_build_object(
        'totalCount', (SELECT n FROM total),
        'pageInfo', json_build_object(
          'hasNextPage', $4 + (SELECT count(*) FROM page) < (SELECT n FROM total),
          'endCursor', CASE WHEN EXISTS (SELECT 1 FROM page) THEN ${cursor('$4 + (SELECT count(*) FROM page) - 1')} END),
        'edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
            'id', p.id, 'staffId', p."staffId", 'displayName', p."firstName" || ' ' || p."lastName",
            'title', p.title, 'kind', p.kind, 'status', p.status,
            'roles', (SELECT coalesce(json_agg(json_build_object('id', r.id, 'name', r.name) ORDER BY r.name), '[]')
                        FROM role_assignment ra JOIN role r ON r.id = ra."roleId" WHERE ra."staffMemberId" = p.id),
            'activeClientCount', (SELECT count(*) FROM client c
                                   WHERE c."practiceId" = p."practiceId" AND c."therapistId" = p.id AND c.status = 'ACTIVE')))
          ORDER BY p."lastName", p."firstName", p.id), '[]') FROM page p))))
      END)::text AS body`,

  // Q2: every supervisee with their caseload in three parts, each client with its figures.
  caseload: `WITH ${VIEWER}, ${SUPERVISEES},
    entries AS (
      SELECT sv.id AS supervisee_id, CASE WHEN c.scope = 'DIRECT' THEN 'direct' ELSE 'primary' END AS part, c.id AS client_id
        FROM supervisees sv JOIN client c ON c."practiceId" = sv."practiceId" AND c."therapistId" = sv.id
      UNION
      SELECT sv.id, 'walkIns', c.id FROM supervisees sv
        JOIN therapy_session seen ON seen."therapistId" = sv.id
        JOIN client c ON c.id = seen."clientId" AND c."practiceId" = sv."practiceId"
       WHERE c.scope = 'PRACTICE' AND c."therapistId" IS DISTINCT FROM sv.id
    ),
    clients AS (
      SELECT e.supervisee_id, e.part, c."lastName", c."firstName", c.id, json_build_object(
        'id', c.id, 'firstName', c."firstName", 'lastName', c."lastName", 'status', c.status, 'scope', c.scope,
        'riskLevel', c."riskLevel",
        'therapist', CASE WHEN t.id IS NOT NULL THEN json_build_object('id', t.id, 'displayName', t."firstName" || ' ' || t."lastName") END,
        'metrics', (SELECT json_build_object(
            'sessionsTotal', count(*),
            'sessionsLast30Days', count(*) FILTER (WHERE s.status = 'COMPLETED' AND s."startsAt" > now() - interval '30 days' AND s."startsAt" <= now()),
            'pendingNotes', count(*) FILTER (WHERE s."noteStatus" IN ('PENDING', 'COSIGN_REQUIRED')),
            'lastSessionAt', max(s."startsAt") FILTER (WHERE s.status = 'COMPLETED'),
            'nextSessionAt', min(s."startsAt") FILTER (WHERE s.status = 'SCHEDULED' AND s."startsAt" > now()))
          FROM therapy_session s WHERE s."clientId" = c.id)) AS json
        FROM entries e JOIN client c ON c.id = e.client_id LEFT JOIN staff_member t ON t.id = c."therapistId"
    )
    SELECT (CASE
      WHEN NOT EXISTS (SELECT 1 FROM viewer) THEN ${UNAUTHENTICATED}
      WHEN NOT ${holds('caseload.supervise')} THEN ${forbidden('caseload.supervise')}
      ELSE json_build_object('data', json_build_object('mySupervisees', (
        SELECT coalesce(json_agg(json_build_object('id', sv.id, 'displayName', sv."firstName" || ' ' || sv."lastName",
          'caseload', json_build_object(
            'direct', (SELECT coalesce(json_agg(c.json ORDER BY c."lastName", c."firstName", c.id), '[]') FROM clients c WHERE c.supervisee_id = sv.id AND c.part = 'direct'),
            'primary', (SELECT coalesce(json_agg(c.json ORDER BY c."lastName", c."firstName", c.id), '[]') FROM clients c WHERE c.supervisee_id = sv.id AND c.part = 'primary'),
            'walkIns', (SELECT coalesce(json_agg(c.json ORDER BY c."lastName", c."firstName", c.id), '[]') FROM clients c WHERE c.supervisee_id = sv.id AND c.part = 'walkIns')))
          ORDER BY sv.id), '[]') FROM supervisees sv)))
      END)::text AS body`,

  // M1: $2 client, $3 target therapist, $4 reason, $5 expected version, $6–$8 ip, agent, request id.
  reassign: `WITH ${VIEWER}, ${READ_SCOPE},
    actor AS (SELECT * FROM viewer WHERE status = 'ACTIVE' AND ${holds('clients.reassign')}),
    target AS (
      SELECT m.id, m."firstName", m."lastName" FROM staff_member m, actor a
       WHERE m.id = $3 AND m."practiceId" = a.practice_id AND m.status = 'ACTIVE'
         AND m.kind = ANY ('{${practitionerKinds.join(',')}}') FOR SHARE OF m
    ),
    chosen AS (
      SELECT c.id, c."therapistId", c.version FROM client c, actor a
       WHERE c.id = $2 AND c."practiceId" = a.practice_id AND ${reads('c')} FOR UPDATE OF c
    ),
    moved AS (
      UPDATE client c SET "therapistId" = t.id, version = c.version + 1, "updatedAt" = now()
        FROM chosen ch, target t
       WHERE c.id = ch.id AND ch.version = $5 AND ch."therapistId" IS DISTINCT FROM t.id
      RETURNING c.id, c.version, ch."therapistId" AS from_id, t.id AS to_id
    ),
    history AS (
      INSERT INTO client_assignment ("practiceId", "clientId", "fromTherapistId", "toTherapistId", "changedById", reason)
      SELECT a.practice_id, m.id, m.from_id, m.to_id, a.member_id, $4 FROM moved m, actor a
    ),
    audit AS (
      INSERT INTO audit_event ("practiceId", "actorUserId", "actorStaffMemberId", action, "targetType", "targetId",
                               changes, "ipAddress", "userAgent", "requestId")
      SELECT a.practice_id, a.user_id, a.member_id, 'client.reassigned', 'Client', m.id,
             jsonb_build_object('before', jsonb_build_object('therapistId', m.from_id),
                                'after', jsonb_build_object('therapistId', m.to_id, 'reason', $4::text)),
             $6, $7, $8
        FROM moved m, actor a
    )
    SELECT (CASE
      WHEN NOT EXISTS (SELECT 1 FROM viewer) THEN ${UNAUTHENTICATED}
      WHEN NOT EXISTS (SELECT 1 FROM actor) THEN ${forbidden('clients.reassign')}
      WHEN NOT EXISTS (SELECT 1 FROM chosen) THEN ${error('NOT_FOUND', 'Client not found.')}
      WHEN (SELECT version FROM chosen) <> $5 THEN ${error('CONFLICT', 'Someone else changed this client since you opened it.')}
      WHEN NOT EXISTS (SELECT 1 FROM target) THEN ${error('BAD_USER_INPUT', 'Reassign only to an active therapist of this practice.')}
      WHEN NOT EXISTS (SELECT 1 FROM moved) THEN ${error('BAD_USER_INPUT', 'The client already has this therapist.')}
      ELSE (SELECT json_build_object('data', json_build_object('reassignClient', json_build_object(
        'id', m.id, 'version', m.version,
        'therapist', json_build_object('id', t.id, 'displayName', t."firstName" || ' ' || t."lastName"))))
        FROM moved m, target t)
      END)::text AS body`,

  // M2: $2 client ids, $3 target ids (same order), $4 reason, $5–$7 ip, agent, request id.
  bulkReassign: `WITH ${VIEWER}, ${READ_SCOPE},
    actor AS (SELECT * FROM viewer WHERE status = 'ACTIVE' AND ${holds('clients.reassign')}),
    wanted AS (SELECT * FROM unnest($2::uuid[], $3::uuid[]) w(client_id, therapist_id)),
    targets AS (
      SELECT m.id FROM staff_member m, actor a
       WHERE m.id IN (SELECT therapist_id FROM wanted) AND m."practiceId" = a.practice_id AND m.status = 'ACTIVE'
         AND m.kind = ANY ('{${practitionerKinds.join(',')}}') FOR SHARE OF m
    ),
    chosen AS (
      SELECT c.id, c."therapistId" FROM client c, actor a
       WHERE c.id IN (SELECT client_id FROM wanted) AND c."practiceId" = a.practice_id AND ${reads('c')}
       FOR UPDATE OF c
    ),
    valid AS (
      SELECT (SELECT count(*) FROM chosen) = (SELECT count(*) FROM wanted)
         AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.therapist_id NOT IN (SELECT id FROM targets)) AS yes
    ),
    moved AS (
      UPDATE client c SET "therapistId" = w.therapist_id, version = c.version + 1, "updatedAt" = now()
        FROM wanted w, chosen ch, valid
       WHERE valid.yes AND c.id = w.client_id AND ch.id = c.id AND ch."therapistId" IS DISTINCT FROM w.therapist_id
      RETURNING c.id, ch."therapistId" AS from_id, w.therapist_id AS to_id
    ),
    history AS (
      INSERT INTO client_assignment ("practiceId", "clientId", "fromTherapistId", "toTherapistId", "changedById", reason)
      SELECT a.practice_id, m.id, m.from_id, m.to_id, a.member_id, $4 FROM moved m, actor a
    ),
    audit AS (
      INSERT INTO audit_event ("practiceId", "actorUserId", "actorStaffMemberId", action, "targetType", "targetId",
                               changes, "ipAddress", "userAgent", "requestId")
      SELECT a.practice_id, a.user_id, a.member_id, 'client.reassigned', 'Client', m.id,
             jsonb_build_object('before', jsonb_build_object('therapistId', m.from_id),
                                'after', jsonb_build_object('therapistId', m.to_id, 'reason', $4::text)),
             $5, $6, $7
        FROM moved m, actor a
    )
    SELECT (CASE
      WHEN NOT EXISTS (SELECT 1 FROM viewer) THEN ${UNAUTHENTICATED}
      WHEN NOT EXISTS (SELECT 1 FROM actor) THEN ${forbidden('clients.reassign')}
      WHEN (SELECT count(*) FROM chosen) < (SELECT count(*) FROM wanted) THEN ${error('NOT_FOUND', 'Client not found.')}
      WHEN NOT (SELECT yes FROM valid) THEN ${error('BAD_USER_INPUT', 'Reassign only to an active therapist of this practice.')}
      ELSE json_build_object('data', json_build_object('bulkReassignClients', (SELECT count(*) FROM moved)))
      END)::text AS body`,
};

const badInput = (message) =>
  JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });

/** Each route: the request body's arguments to the statement's parameters (after $1). */
const routes = {
  '/roster': ({ first = 25, after = null, statuses = ['ACTIVE'] }) => {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      return { error: badInput('first must be between 1 and 100.') };
    }
    let offset = 0;
    if (after != null) {
      const match = /^offset:(\d+)$/.exec(Buffer.from(String(after), 'base64url').toString());
      if (!match) return { error: badInput('after is not a cursor this list gave out.') };
      offset = Number(match[1]) + 1;
    }
    return { sql: sql.roster, params: [statuses, first, offset] };
  },
  '/caseload': () => ({ sql: sql.caseload, params: [] }),
  '/reassign': ({ clientId, toTherapistId, reason = '', expectedVersion }, request) => {
    if (!isUuid(clientId) || !isUuid(toTherapistId)) return { error: badInput('Not an id.') };
    if (!reason.trim()) return { error: badInput('Say why the client changes therapist.') };
    return {
      sql: sql.reassign,
      params: [clientId, toTherapistId, reason.trim(), expectedVersion, ...origin(request)],
    };
  },
  '/bulk-reassign': ({ assignments = [], reason = '' }, request) => {
    const clientIds = assignments.map((assignment) => assignment.clientId);
    const targetIds = assignments.map((assignment) => assignment.toTherapistId);
    if (!clientIds.length || clientIds.length > 500)
      return { error: badInput('1 to 500 clients.') };
    if (![...clientIds, ...targetIds].every(isUuid)) return { error: badInput('Not an id.') };
    if (new Set(clientIds).size !== clientIds.length) {
      return { error: badInput('Each client may appear once.') };
    }
    if (!reason.trim()) return { error: badInput('Say why the clients change therapist.') };
    return {
      sql: sql.bulkReassign,
      params: [clientIds, targetIds, reason.trim(), ...origin(request)],
    };
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value) => typeof value === 'string' && UUID.test(value);
const origin = (request) => [
  request.socket.remoteAddress ?? 'unknown',
  request.headers['user-agent'] ?? null,
  randomUUID(),
];

function tokenHash(request) {
  const header = request.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  return createHash('sha256').update(token).digest('hex');
}

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {};
}

const server = createServer(async (request, response) => {
  const route = request.method === 'POST' ? routes[request.url] : undefined;
  if (!route) {
    response.writeHead(404).end();
    return;
  }
  try {
    const planned = route(await readJson(request), request);
    const body = planned.error
      ? planned.error
      : (await pool.query(planned.sql, [tokenHash(request), ...planned.params])).rows[0].body;
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (failure) {
    process.stderr.write(`${failure.stack}\n`);
    response.writeHead(500, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    );
  }
});

server.listen(Number(PORT), HOST, () => {
  process.stdout.write(`limit listening on http://${HOST}:${PORT}\n`);
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
