// The bench database: dropped and created again, migrated with the app's own migrations, then
// filled in SQL (set-based INSERT … SELECT over generate_series) from a seeded pseudo-random
// function, so the same seed gives the same rows. Nothing here writes outside that database.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { roleTemplates } from '@caseload/shared';
import pg from 'pg';

const require = createRequire(import.meta.url);

/** Databases the bench must never drop or fill. */
const PROTECTED_DATABASES = new Set(['postgres', 'test', 'template0', 'template1', 'root']);

/** The shape of the data, in one place (the figures). */
export const SHAPE = {
  staff: 2000, // 100 supervisors (#1–100) + 1,900 therapists (#101–2000)
  supervisors: 100,
  superviseesPerSupervisor: 6, // #101–700
  clients: 100_000,
  directShare: 0.6,
  sessions: 500_000, // 5 per client
  walkInShare: 0.1,
  smallPractices: 200,
  smallStaff: 10,
  smallClients: 200,
  smallSessionsPerClient: 2,
  // The designated supervisor (#1): 6 supervisees × 45 direct-or-primary clients + 30 walk-ins.
  caseloadPerSupervisee: 45,
  walkInsPerSupervisee: 5,
  // Clients the reassignment scenarios move back and forth between fixed targets.
  reassignPool: [1001, 2000], // M1 rotates over these 1,000 clients
  bulkPool: [2001, 3000], // M2 moves groups of 50 of these
};

/** Staff numbers with a fixed part: they are ACTIVE whatever the seed says. */
const N = {
  supervisor: 1,
  owner: 701,
  manager: 702,
  reassignTargets: [703, 704],
  bulkTargets: [705, 706],
  alwaysActiveUpTo: 710,
};

/** The bench database's URL on the server of `serverUrl`; only a dedicated "…bench…" name. */
export function benchDatabaseUrl(serverUrl, name) {
  if (PROTECTED_DATABASES.has(name) || !/bench/.test(name)) {
    throw new Error(
      `refusing to drop and fill the "${name}" database: name a dedicated one, e.g. caseload_bench`,
    );
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** DROP DATABASE … WITH (FORCE) and CREATE DATABASE, from a connection to the server's URL. */
export async function recreateDatabase(serverUrl, name) {
  benchDatabaseUrl(serverUrl, name); // refuses protected names
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const ident = admin.escapeIdentifier(name);
    await admin.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${ident}`);
  } finally {
    await admin.end();
  }
}

/** The app's own migrations, run the way the app runs them at start-up (compiled API). */
export async function migrate(apiDir, databaseUrl) {
  const { openDatabase } = require(`${apiDir}/dist/database/open-database.js`);
  const database = await openDatabase({ databaseUrl, embeddedDataDir: null });
  const applied = await database.dataSource.query(
    'SELECT name FROM migrations ORDER BY "timestamp"',
  );
  await database.close();
  return applied.map((row) => row.name);
}

const FIRST_NAMES = [
  'Ada',
  'Alex',
  'Amara',
  'Ben',
  'Carmen',
  'Chen',
  'Dana',
  'Dev',
  'Elena',
  'Eli',
  'Fatima',
  'Finn',
  'Grace',
  'Hana',
  'Ian',
  'Imani',
  'Jonas',
  'Julia',
  'Kai',
  'Lena',
  'Leo',
  'Maya',
  'Mateo',
  'Nadia',
  'Noah',
  'Olga',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Sofia',
  'Tariq',
  'Tess',
  'Uma',
  'Victor',
  'Wren',
  'Yara',
  'Yusuf',
  'Zoe',
];
const LAST_NAMES = [
  'Abbott',
  'Acosta',
  'Adeyemi',
  'Alvarez',
  'Andersen',
  'Baker',
  'Banerjee',
  'Barnes',
  'Bauer',
  'Bell',
  'Bishop',
  'Brooks',
  'Bui',
  'Burke',
  'Campbell',
  'Carter',
  'Castro',
  'Chavez',
  'Cho',
  'Cohen',
  'Cole',
  'Cruz',
  'Dalton',
  'Diaz',
  'Dubois',
  'Duncan',
  'Edwards',
  'Ellis',
  'Evans',
  'Farouk',
  'Fischer',
  'Fleming',
  'Flores',
  'Foster',
  'Garcia',
  'Gill',
  'Gomez',
  'Gordon',
  'Grant',
  'Gupta',
  'Hale',
  'Hansen',
  'Harris',
  'Hayes',
  'Hernandez',
  'Hoang',
  'Holm',
  'Hughes',
  'Ibrahim',
  'Ito',
  'Jansen',
  'Jensen',
  'Johnson',
  'Jones',
  'Kaur',
  'Keller',
  'Khan',
  'Kim',
  'Klein',
  'Kowalski',
  'Kumar',
  'Lam',
  'Larsen',
  'Lee',
  'Lopez',
  'Lund',
  'Maddox',
  'Malik',
  'Martin',
  'Meyer',
  'Miller',
  'Moreno',
  'Murphy',
  'Nakamura',
  'Nguyen',
  'Novak',
  'Okafor',
  'Olsen',
  'Ortiz',
  'Park',
  'Patel',
  'Perez',
  'Petrov',
  'Pham',
  'Quinn',
  'Ramos',
  'Reyes',
  'Rivera',
  'Roberts',
  'Rossi',
  'Russo',
  'Sato',
  'Schmidt',
  'Shah',
  'Silva',
  'Singh',
  'Sokolov',
  'Suzuki',
  'Tanaka',
  'Taylor',
  'Torres',
  'Tran',
  'Turner',
  'Vargas',
  'Vega',
  'Wagner',
  'Walsh',
  'Wang',
  'Weber',
  'Wilson',
  'Wong',
  'Wu',
  'Yamamoto',
  'Yilmaz',
  'Young',
  'Zhang',
  'Zimmer',
];

/**
 * Fills a freshly migrated database. All randomness comes from `r(stream, n)`: PostgreSQL's
 * seeded 64-bit hash of n (hashint8extended, the one hash partitioning relies on, so stable
 * across versions) keyed by the seed and the stream's name, as a fraction of 1; every id is
 * `uid(kind, n)`: md5(seed:kind:n) as a version-4 uuid (the API refuses other versions). Big practice staff are numbered 1–2000 and its clients 1–100,000; small practice
 * i's staff are 2000 + 10(i-1) + k and its clients 100,000 + 200(i-1) + m.
 */
export async function generate(databaseUrl, seed) {
  if (!Number.isSafeInteger(seed)) throw new Error(`the seed must be an integer, not ${seed}`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const timings = [];
  const step = async (label, sql, params = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    timings.push({
      step: label,
      ms: Math.round(performance.now() - started),
      rows: result.rowCount,
    });
    return result;
  };
  try {
    await client.query('BEGIN');
    const secondaryIndexes = await dropSecondaryIndexes(client, BULK_TABLES);
    for (const [label, sql, params] of generationSteps(seed)) await step(label, sql, params);
    await step('secondary indexes again', secondaryIndexes.join(';\n'));
    const started = performance.now();
    await checkForeignKeys(client);
    timings.push({ step: 'foreign key checks', ms: Math.round(performance.now() - started) });
    await client.query('COMMIT');
    const vacuumStarted = performance.now();
    await client.query('VACUUM (ANALYZE)');
    timings.push({ step: 'vacuum analyze', ms: Math.round(performance.now() - vacuumStarted) });
    const counts = (
      await client.query(`SELECT
        (SELECT count(*) FROM practice)::int AS practices,
        (SELECT count(*) FROM staff_member)::int AS staff,
        (SELECT count(*) FROM role_assignment)::int AS "roleAssignments",
        (SELECT count(*) FROM client)::int AS clients,
        (SELECT count(*) FROM therapy_session)::int AS sessions,
        (SELECT count(*) FROM client_assignment)::int AS "assignmentHistory",
        (SELECT count(*) FROM audit_event)::int AS "auditEvents"`)
    ).rows[0];
    return { timings, counts };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** The big tables: their secondary indexes are built once after the load, not row by row. */
const BULK_TABLES = ['client', 'therapy_session', 'client_assignment', 'audit_event'];

/**
 * Drops the indexes of `tables` that no constraint owns (the migrations' own definitions are
 * kept, to be run again) and returns their CREATE INDEX statements.
 */
async function dropSecondaryIndexes(client, tables) {
  const { rows } = await client.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const row of rows)
    await client.query(`DROP INDEX ${client.escapeIdentifier(row.indexname)}`);
  return rows.map((row) => row.indexdef);
}

/**
 * Every foreign key of the schema, checked with one anti-join each: what the triggers switched
 * off during the load would have checked row by row.
 */
async function checkForeignKeys(client) {
  const { rows: keys } = await client.query(`
    SELECT con.conname, child.relname AS child, parent.relname AS parent,
           array_agg(ca.attname::text ORDER BY k.ord) AS child_columns,
           array_agg(pa.attname::text ORDER BY k.ord) AS parent_columns
      FROM pg_constraint con
      JOIN pg_class child ON child.oid = con.conrelid
      JOIN pg_class parent ON parent.oid = con.confrelid
      JOIN pg_namespace ns ON ns.oid = child.relnamespace AND ns.nspname = 'public'
      CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(child_att, parent_att, ord)
      JOIN pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = k.child_att
      JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.parent_att
     WHERE con.contype = 'f'
     GROUP BY con.conname, child.relname, parent.relname`);
  const id = (name) => client.escapeIdentifier(name);
  for (const key of keys) {
    const notNull = key.child_columns.map((column) => `c.${id(column)} IS NOT NULL`).join(' AND ');
    const matches = key.child_columns
      .map((column, index) => `p.${id(key.parent_columns[index])} = c.${id(column)}`)
      .join(' AND ');
    const { rows } = await client.query(
      `SELECT count(*)::int AS orphans FROM ${id(key.child)} c
        WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${id(key.parent)} p WHERE ${matches})`,
    );
    if (rows[0].orphans > 0) {
      throw new Error(`generated data breaks ${key.conname}: ${rows[0].orphans} ${key.child} rows`);
    }
  }
}

function generationSteps(seed) {
  const S = SHAPE;
  const bigSupervisees = S.supervisors * S.superviseesPerSupervisor; // 600
  const designated = [101, 100 + S.superviseesPerSupervisor]; // #101–106
  const caseloadClients = S.superviseesPerSupervisor * S.caseloadPerSupervisee; // 270
  const designatedClients = caseloadClients + S.superviseesPerSupervisor * S.walkInsPerSupervisee; // 300
  const excluded = [N.supervisor, ...N.reassignTargets, ...N.bulkTargets];
  // Caseload clients are DIRECT when c % 5 < 3: the others make up the 60% DIRECT.
  let directAmongCaseload = 0;
  for (let c = 1; c <= caseloadClients; c += 1) if (c % 5 < 3) directAmongCaseload += 1;
  return [
    [
      'helpers',
      // Foreign-key triggers are off while loading (checkForeignKeys runs every check after).
      `SET LOCAL session_replication_role = replica;
       SET LOCAL jit = off;
       SET LOCAL maintenance_work_mem = '256MB';
       CREATE FUNCTION pg_temp.r(stream text, n bigint) RETURNS float8 LANGUAGE sql IMMUTABLE AS
         $$ SELECT (hashint8extended(n, ${seed}::bigint * 4294967296 + hashtext(stream)) & 4294967295)::float8 / 4294967296.0 $$;
       CREATE FUNCTION pg_temp.uid(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
         $$ SELECT overlay(overlay(md5('${seed}:' || kind || ':' || n::text) placing '4' from 13) placing '8' from 17)::uuid $$;
       CREATE FUNCTION pg_temp.pick(names text[], x float8) RETURNS text LANGUAGE sql IMMUTABLE AS
         $$ SELECT names[1 + floor(x * array_length(names, 1))::int] $$;
       CREATE TEMP TABLE g_anchor AS SELECT date_trunc('hour', now()) AS at;
       ANALYZE g_anchor`,
    ],
    [
      'practices',
      `INSERT INTO practice (id, name, plan, timezone, "idleSignOutMinutes", "lastStaffNumber", "createdAt", "updatedAt")
       SELECT pg_temp.uid('practice', i),
              CASE WHEN i = 0 THEN 'Bench Large Practice' ELSE 'Bench Small Practice ' || i END,
              'TEAM', 'America/Chicago', 720, CASE WHEN i = 0 THEN ${S.staff} ELSE ${S.smallStaff} END,
              a.at - interval '3 years', a.at - interval '3 years'
         FROM generate_series(0, ${S.smallPractices}) i, g_anchor a`,
    ],
    [
      'roles (the role templates of packages/shared, in every practice)',
      `INSERT INTO role (id, "practiceId", "templateKey", name, description, permissions,
                         "requiresSupervision", "canSupervise", "billingModifier", "createdAt", "updatedAt")
       SELECT pg_temp.uid('role', i * 100 + t.ord), pg_temp.uid('practice', i), t.key, t.name, t.description,
              ARRAY(SELECT jsonb_array_elements_text(t.permissions)), t."requiresSupervision", t."canSupervise",
              t."billingModifier"::billing_modifier, a.at - interval '3 years', a.at - interval '3 years'
         FROM generate_series(0, ${S.smallPractices}) i, g_anchor a,
              jsonb_to_recordset($1::jsonb) AS t(ord int, key text, name text, description text,
                permissions jsonb, "requiresSupervision" boolean, "canSupervise" boolean, "billingModifier" text)`,
      [JSON.stringify(roleTemplates.map((template, index) => ({ ...template, ord: index + 1 })))],
    ],
    [
      'staff plan',
      `CREATE TEMP TABLE g_staff AS
       WITH big AS (
         SELECT n, 0 AS practice_idx, n AS k,
                CASE WHEN n BETWEEN 101 AND ${100 + bigSupervisees} AND n % 2 = 1 THEN 'STUDENT_THERAPIST' ELSE 'THERAPIST' END AS kind,
                CASE WHEN n <= ${N.alwaysActiveUpTo} THEN 'ACTIVE'
                     WHEN pg_temp.r('status', n) < 0.88 THEN 'ACTIVE'
                     WHEN pg_temp.r('status', n) < 0.93 THEN 'ON_HOLD'
                     WHEN pg_temp.r('status', n) < 0.96 THEN 'INACTIVE'
                     WHEN pg_temp.r('status', n) < 0.98 THEN 'INVITED'
                     ELSE 'REMOVED' END AS status,
                CASE WHEN n BETWEEN 101 AND ${100 + bigSupervisees} THEN (n - 101) / ${S.superviseesPerSupervisor} + 1 END AS supervisor_n,
                CASE WHEN n <= ${S.supervisors} THEN ARRAY['supervisor', 'licensed-therapist']
                          || CASE WHEN pg_temp.r('roles', n) < 0.5 THEN ARRAY['therapist'] ELSE '{}' END
                     WHEN n BETWEEN 101 AND ${100 + bigSupervisees} AND n % 2 = 1 THEN ARRAY['intern']
                          || CASE WHEN pg_temp.r('roles', n) < 0.3 THEN ARRAY['therapist'] ELSE '{}' END
                     WHEN n BETWEEN 101 AND ${100 + bigSupervisees} THEN ARRAY['associate', 'therapist']
                     WHEN n = ${N.owner} THEN ARRAY['owner', 'licensed-therapist', 'therapist']
                     WHEN n = ${N.manager} THEN ARRAY['manager', 'therapist']
                     ELSE ARRAY['therapist']
                          || CASE WHEN pg_temp.r('roles', n) < 0.6 THEN ARRAY['licensed-therapist'] ELSE '{}' END
                          || CASE WHEN pg_temp.r('roles2', n) < 0.04 THEN ARRAY['front-office']
                                  WHEN pg_temp.r('roles2', n) < 0.07 THEN ARRAY['records-custodian'] ELSE '{}' END
                END AS role_keys,
                CASE n WHEN ${N.supervisor} THEN 'supervisor' WHEN ${N.owner} THEN 'owner' WHEN ${N.manager} THEN 'manager'
                       ELSE 'staff' || lpad(n::text, 4, '0') END || '@large.bench.example' AS email
           FROM generate_series(1, ${S.staff}) n
       ), small AS (
         SELECT ${S.staff} + (i - 1) * ${S.smallStaff} + k AS n, i AS practice_idx, k,
                CASE WHEN k IN (3, 4) THEN 'STUDENT_THERAPIST' ELSE 'THERAPIST' END AS kind,
                'ACTIVE' AS status,
                CASE WHEN k IN (3, 4) THEN ${S.staff} + (i - 1) * ${S.smallStaff} + 2 END AS supervisor_n,
                CASE k WHEN 1 THEN ARRAY['owner', 'licensed-therapist'] WHEN 2 THEN ARRAY['supervisor', 'licensed-therapist']
                       WHEN 3 THEN ARRAY['intern'] WHEN 4 THEN ARRAY['intern'] ELSE ARRAY['therapist', 'licensed-therapist'] END,
                CASE k WHEN 1 THEN 'owner' ELSE 'staff' || k END || '@p' || lpad(i::text, 3, '0') || '.small.bench.example'
           FROM generate_series(1, ${S.smallPractices}) i, generate_series(1, ${S.smallStaff}) k
       )
       SELECT s.*, pg_temp.uid('staff', s.n) AS id, pg_temp.uid('practice', s.practice_idx) AS practice_id,
              CASE WHEN s.status <> 'INVITED' THEN pg_temp.uid('user', s.n) END AS user_id,
              pg_temp.pick($1, pg_temp.r('first', s.n)) AS first_name,
              pg_temp.pick($2, pg_temp.r('last', s.n)) AS last_name
         FROM (SELECT * FROM big UNION ALL SELECT * FROM small) s`,
      [FIRST_NAMES, LAST_NAMES],
    ],
    [
      'users',
      `INSERT INTO "user" (id, email, "lastSignInAt", "createdAt", "updatedAt")
       SELECT user_id, email, a.at - pg_temp.r('signin', n) * interval '20 days', a.at - interval '2 years', a.at - interval '2 years'
         FROM g_staff, g_anchor a WHERE user_id IS NOT NULL`,
    ],
    [
      'staff members',
      `INSERT INTO staff_member (id, "practiceId", "userId", kind, status, "statusChangedAt", "staffId", "firstName",
                                 "lastName", email, title, "licenseNumber", discipline, "supervisorId", specialties,
                                 "caseloadCapacity", "createdAt", "updatedAt")
       SELECT g.id, g.practice_id, g.user_id, g.kind::staff_kind, g.status::staff_status, a.at - interval '1 year',
              'S-' || lpad(g.k::text, 4, '0'), g.first_name, g.last_name, g.email,
              CASE WHEN g.kind = 'STUDENT_THERAPIST' THEN 'Intern' WHEN 'supervisor' = ANY (g.role_keys) THEN 'Clinical Supervisor'
                   ELSE (ARRAY['LCSW', 'LPC', 'LMFT', 'Psychologist'])[1 + floor(pg_temp.r('title', g.n) * 4)::int] END,
              CASE WHEN g.kind = 'THERAPIST' THEN 'LIC-' || g.n END,
              (ARRAY['Counseling', 'Social Work', 'Marriage and Family Therapy', 'Psychology'])[1 + floor(pg_temp.r('disc', g.n) * 4)::int],
              pg_temp.uid('staff', g.supervisor_n),
              (ARRAY[ARRAY['anxiety', 'depression'], ARRAY['trauma', 'ptsd'], ARRAY['couples', 'family'], ARRAY['adolescents', 'adhd']])[1 + floor(pg_temp.r('spec', g.n) * 4)::int:1 + floor(pg_temp.r('spec', g.n) * 4)::int],
              60, a.at - interval '2 years', a.at - interval '2 years'
         FROM g_staff g, g_anchor a`,
    ],
    [
      'role assignments (1-3 per member)',
      `INSERT INTO role_assignment ("staffMemberId", "roleId", "practiceId", "assignedAt")
       SELECT g.id, r.id, g.practice_id, a.at - interval '1 year'
         FROM g_staff g, g_anchor a, unnest(g.role_keys) AS key
         JOIN role r ON r."templateKey" = key
        WHERE r."practiceId" = g.practice_id`,
    ],
    [
      'permission overrides',
      `INSERT INTO permission_override (id, "practiceId", "staffMemberId", permission, effect, reason, "expiresAt", "grantedById")
       SELECT pg_temp.uid('override', g.n), g.practice_id, g.id,
              CASE WHEN g.n % 40 = 0 THEN 'billing.view' ELSE 'notes.write' END,
              (CASE WHEN g.n % 40 = 0 THEN 'ALLOW' ELSE 'DENY' END)::override_effect,
              CASE WHEN g.n % 40 = 0 THEN 'Answers billing questions' ELSE 'Notes under review' END,
              CASE WHEN g.n % 40 = 0 THEN NULL ELSE a.at + interval '30 days' END,
              pg_temp.uid('staff', ${N.owner})
         FROM g_staff g, g_anchor a
        WHERE g.practice_idx = 0 AND g.n > ${N.alwaysActiveUpTo} AND g.n % 20 = 0`,
    ],
    [
      'groups and memberships',
      `INSERT INTO staff_group (id, "practiceId", name, kind)
       SELECT pg_temp.uid('group', j), pg_temp.uid('practice', 0),
              (ARRAY['North', 'South', 'East', 'West'])[1 + (j - 1) % 4] || ' ' || (ARRAY['Clinic', 'Team', 'Department'])[1 + (j - 1) / 4],
              (ARRAY['LOCATION', 'TEAM', 'DEPARTMENT'])[1 + (j - 1) / 4]::group_kind
         FROM generate_series(1, 12) j;
       INSERT INTO group_membership ("groupId", "staffMemberId", "practiceId")
       SELECT pg_temp.uid('group', 1 + (g.n % 4) + 4 * t), g.id, g.practice_id
         FROM g_staff g, generate_series(0, 1) t
        WHERE g.practice_idx = 0 AND (t = 0 OR pg_temp.r('team', g.n) < 0.5)`,
    ],
    [
      'pending invitations of INVITED members',
      `INSERT INTO invitation (id, "practiceId", "staffMemberId", email, "tokenHash", status, "expiresAt", "invitedById")
       SELECT pg_temp.uid('invitation', g.n), g.practice_id, g.id, g.email,
              md5('${seed}:invitation-token:' || g.n) || md5('${seed}:invitation-token2:' || g.n), 'PENDING',
              a.at + interval '2 days', pg_temp.uid('staff', ${N.owner})
         FROM g_staff g, g_anchor a WHERE g.status = 'INVITED'`,
    ],
    [
      'therapist pool (who carries random clients)',
      `CREATE TEMP TABLE g_pool AS
       SELECT (row_number() OVER (ORDER BY n) - 1)::int AS idx, n, id FROM g_staff
        WHERE practice_idx = 0 AND status IN ('ACTIVE', 'ON_HOLD')
          AND n NOT IN (${excluded.join(', ')})
          AND n NOT BETWEEN ${designated[0]} AND ${designated[1]};
       CREATE UNIQUE INDEX ON g_pool (idx);
       ANALYZE g_pool`,
    ],
    [
      'client plan',
      `CREATE TEMP TABLE g_client AS
       WITH pool AS (SELECT count(*)::int AS size FROM g_pool),
       big AS (
         SELECT c, CASE WHEN c > ${designatedClients} THEN row_number() OVER (
                  PARTITION BY c > ${designatedClients} ORDER BY pg_temp.r('scope', c), c) END AS scope_rank
           FROM generate_series(1, ${S.clients}) c
       ),
       planned AS (
         SELECT b.c, 0 AS practice_idx,
                CASE WHEN b.c <= ${caseloadClients} THEN (CASE WHEN b.c % 5 < 3 THEN 'DIRECT' ELSE 'PRACTICE' END)
                     WHEN b.c <= ${designatedClients} THEN 'PRACTICE'
                     WHEN b.scope_rank <= ${Math.round(S.clients * S.directShare) - directAmongCaseload} THEN 'DIRECT'
                     ELSE 'PRACTICE' END AS scope,
                CASE WHEN b.c <= ${caseloadClients} THEN ${designated[0]} + (b.c - 1) / ${S.caseloadPerSupervisee}
                     ELSE floor(pg_temp.r('therapist', b.c) * pool.size)::int END AS therapist_ref,
                b.c <= ${caseloadClients} AS fixed_therapist,
                CASE WHEN pg_temp.r('moved', b.c) < 0.2 THEN floor(pg_temp.r('previous', b.c) * pool.size)::int END AS previous_idx
           FROM big b, pool
       )
       SELECT p.c, p.practice_idx, p.scope,
              CASE WHEN p.fixed_therapist THEN p.therapist_ref ELSE t.n END AS therapist_n,
              CASE WHEN prev.n IS DISTINCT FROM (CASE WHEN p.fixed_therapist THEN p.therapist_ref ELSE t.n END)
                   THEN prev.n END AS previous_n
         FROM planned p
         LEFT JOIN g_pool t ON t.idx = p.therapist_ref AND NOT p.fixed_therapist
         LEFT JOIN g_pool prev ON prev.idx = p.previous_idx
       UNION ALL
       SELECT ${S.clients} + (i - 1) * ${S.smallClients} + m, i,
              CASE WHEN m % 5 < 3 THEN 'DIRECT' ELSE 'PRACTICE' END,
              ${S.staff} + (i - 1) * ${S.smallStaff} + 1 + floor(pg_temp.r('therapist', ${S.clients} + (i - 1) * ${S.smallClients} + m) * ${S.smallStaff})::int,
              NULL
         FROM generate_series(1, ${S.smallPractices}) i, generate_series(1, ${S.smallClients}) m;
       ALTER TABLE g_client ADD COLUMN id uuid, ADD COLUMN created_at timestamptz;
       UPDATE g_client g SET id = pg_temp.uid('client', g.c),
              created_at = a.at - interval '2 years' + pg_temp.r('created', g.c) * interval '600 days'
         FROM g_anchor a;
       CREATE UNIQUE INDEX ON g_client (c);
       ANALYZE g_client`,
    ],
    [
      'clients',
      `INSERT INTO client (id, "practiceId", "firstName", "lastName", "dateOfBirth", status, "riskLevel", scope,
                           "therapistId", "dischargedAt", version, "createdAt", "updatedAt")
       SELECT g.id, pg_temp.uid('practice', g.practice_idx),
              pg_temp.pick($1, pg_temp.r('cfirst', g.c)), pg_temp.pick($2, pg_temp.r('clast', g.c)),
              date '1950-01-01' + floor(pg_temp.r('dob', g.c) * 23000)::int,
              (CASE WHEN pg_temp.r('cstatus', g.c) < 0.85 THEN 'ACTIVE' WHEN pg_temp.r('cstatus', g.c) < 0.95 THEN 'INACTIVE'
                    ELSE 'DISCHARGED' END)::client_status,
              (CASE WHEN pg_temp.r('risk', g.c) < 0.6 THEN 'LOW' WHEN pg_temp.r('risk', g.c) < 0.85 THEN 'MODERATE'
                    WHEN pg_temp.r('risk', g.c) < 0.97 THEN 'HIGH' ELSE 'CRITICAL' END)::risk_level,
              g.scope::client_scope, pg_temp.uid('staff', g.therapist_n),
              CASE WHEN pg_temp.r('cstatus', g.c) >= 0.95 THEN g.created_at + interval '300 days' END,
              CASE WHEN g.previous_n IS NULL THEN 1 ELSE 2 END, g.created_at, g.created_at
         FROM g_client g`,
      [FIRST_NAMES, LAST_NAMES],
    ],
    [
      'therapy sessions (10% walk-ins in the large practice)',
      `CREATE TEMP TABLE g_walk_in AS
       SELECT s AS i, floor(pg_temp.r('walkin-therapist', s) * (SELECT count(*) FROM g_pool))::int AS therapist_idx
         FROM generate_series(1, ${S.sessions}) s
         JOIN g_client g ON g.c = (s - 1) % ${S.clients} + 1
        WHERE g.scope = 'PRACTICE' AND g.c > ${designatedClients}
        ORDER BY pg_temp.r('walkin', s), s
        LIMIT ${Math.round(S.sessions * S.walkInShare) - S.superviseesPerSupervisor * S.walkInsPerSupervisee};
       CREATE UNIQUE INDEX ON g_walk_in (i);
       ANALYZE g_walk_in;
       INSERT INTO therapy_session (id, "practiceId", "clientId", "therapistId", "startsAt", "durationMinutes", status, "noteStatus", "createdAt")
       SELECT pg_temp.uid('session', x.i), pg_temp.uid('practice', 0), g.id, pg_temp.uid('staff', x.therapist_n), x.starts_at, 50,
              x.status::session_status,
              (CASE WHEN x.status <> 'COMPLETED' THEN 'NONE' WHEN pg_temp.r('note', x.i) < 0.05 THEN 'PENDING'
                    WHEN pg_temp.r('note', x.i) < 0.08 THEN 'COSIGN_REQUIRED' ELSE 'SIGNED' END)::note_status,
              x.starts_at - interval '7 days'
         FROM (
           SELECT s.i, s.c,
                  CASE WHEN s.c > ${caseloadClients} AND s.c <= ${designatedClients} AND s.i <= ${S.clients}
                         THEN ${designated[0]} + (s.c - ${caseloadClients} - 1) / ${S.walkInsPerSupervisee}
                       WHEN wt.n = g.therapist_n THEN (SELECT p.n FROM g_pool p
                         WHERE p.idx = (w.therapist_idx + 1) % (SELECT count(*) FROM g_pool))
                       WHEN w.i IS NOT NULL THEN wt.n
                       ELSE g.therapist_n END AS therapist_n,
                  a.at + (pg_temp.r('starts', s.i) * 760 - 730) * interval '1 day' AS starts_at,
                  CASE WHEN pg_temp.r('starts', s.i) * 760 - 730 > 0 THEN 'SCHEDULED'
                       WHEN pg_temp.r('sstatus', s.i) < 0.85 THEN 'COMPLETED'
                       WHEN pg_temp.r('sstatus', s.i) < 0.93 THEN 'NO_SHOW' ELSE 'CANCELLED' END AS status
             FROM (SELECT i, (i - 1) % ${S.clients} + 1 AS c FROM generate_series(1, ${S.sessions}) i) s
             JOIN g_client g ON g.c = s.c
             LEFT JOIN g_walk_in w ON w.i = s.i
             LEFT JOIN g_pool wt ON wt.idx = w.therapist_idx, g_anchor a
         ) x JOIN g_client g ON g.c = x.c`,
    ],
    [
      'therapy sessions of the small practices',
      `INSERT INTO therapy_session (id, "practiceId", "clientId", "therapistId", "startsAt", status, "noteStatus")
       SELECT pg_temp.uid('session', ${S.sessions} + (g.c - ${S.clients} - 1) * ${S.smallSessionsPerClient} + j),
              pg_temp.uid('practice', g.practice_idx), g.id,
              pg_temp.uid('staff', CASE WHEN j = 2 AND g.scope = 'PRACTICE' AND pg_temp.r('swalkin', g.c) < 0.5
                THEN ${S.staff} + (g.practice_idx - 1) * ${S.smallStaff} + 1 + (g.therapist_n - ${S.staff}) % ${S.smallStaff}
                ELSE g.therapist_n END),
              a.at - (j * 14) * interval '1 day', 'COMPLETED', 'SIGNED'
         FROM g_client g, g_anchor a, generate_series(1, ${S.smallSessionsPerClient}) j
        WHERE g.practice_idx > 0`,
    ],
    [
      'assignment history',
      `INSERT INTO client_assignment (id, "practiceId", "clientId", "fromTherapistId", "toTherapistId", "changedById", reason, "createdAt")
       SELECT pg_temp.uid('assignment', g.c * 2), pg_temp.uid('practice', g.practice_idx), g.id, NULL,
              pg_temp.uid('staff', coalesce(g.previous_n, g.therapist_n)),
              pg_temp.uid('staff', CASE WHEN g.practice_idx = 0 THEN ${N.owner} ELSE ${S.staff} + (g.practice_idx - 1) * ${S.smallStaff} + 1 END),
              'Intake', g.created_at
         FROM g_client g
       UNION ALL
       SELECT pg_temp.uid('assignment', g.c * 2 + 1), pg_temp.uid('practice', 0), g.id,
              pg_temp.uid('staff', g.previous_n), pg_temp.uid('staff', g.therapist_n), pg_temp.uid('staff', ${N.manager}),
              'Better fit for the client''s needs', g.created_at + interval '60 days'
         FROM g_client g WHERE g.previous_n IS NOT NULL`,
    ],
    [
      'audit events',
      `INSERT INTO audit_event ("practiceId", "actorUserId", "actorStaffMemberId", action, "targetType", "targetId", changes, "occurredAt")
       SELECT pg_temp.uid('practice', 0), pg_temp.uid('user', ${N.manager}), pg_temp.uid('staff', ${N.manager}),
              'client.reassigned', 'Client', g.id,
              jsonb_build_object('before', jsonb_build_object('therapistId', pg_temp.uid('staff', g.previous_n)),
                                 'after', jsonb_build_object('therapistId', pg_temp.uid('staff', g.therapist_n),
                                                             'reason', 'Better fit for the client''s needs')),
              g.created_at + interval '60 days'
         FROM g_client g WHERE g.previous_n IS NOT NULL
       UNION ALL
       SELECT g.practice_id, pg_temp.uid('user', CASE WHEN g.practice_idx = 0 THEN ${N.owner} ELSE ${S.staff} + (g.practice_idx - 1) * ${S.smallStaff} + 1 END),
              pg_temp.uid('staff', CASE WHEN g.practice_idx = 0 THEN ${N.owner} ELSE ${S.staff} + (g.practice_idx - 1) * ${S.smallStaff} + 1 END),
              'staff.invited', 'StaffMember', g.id, jsonb_build_object('email', g.email, 'roles', g.role_keys),
              a.at - interval '2 years'
         FROM g_staff g, g_anchor a`,
    ],
  ];
}

/**
 * What the scenarios need to know about the data: the generator's ids (md5 of seed:kind:n, as
 * in SQL), read back from the database so a change of the generator cannot go unnoticed.
 */
export async function readFixtures(pool, seed) {
  const id = (kind, n) => md5Uuid(`${seed}:${kind}:${n}`);
  const ids = (kind, [from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => id(kind, from + i));
  const member = async (n) => {
    const { rows } = await pool.query(
      'SELECT id, "userId", "practiceId", status FROM staff_member WHERE id = $1',
      [id('staff', n)],
    );
    if (rows[0]?.status !== 'ACTIVE') throw new Error(`staff #${n} is missing or not ACTIVE`);
    return rows[0];
  };
  const manager = await member(N.manager);
  const supervisor = await member(N.supervisor);
  const smallOwner = await member(SHAPE.staff + 1);
  const { rows: supervisees } = await pool.query(
    `SELECT id FROM staff_member WHERE "supervisorId" = $1 AND status IN ('ACTIVE', 'ON_HOLD') ORDER BY id`,
    [supervisor.id],
  );
  const {
    rows: [counts],
  } = await pool.query(
    `SELECT
       (SELECT count(*) FROM staff_member WHERE "practiceId" = $1 AND status = 'ACTIVE')::int AS "largeActiveStaff",
       (SELECT count(*) FROM staff_member WHERE "practiceId" = $2 AND status = 'ACTIVE')::int AS "smallActiveStaff",
       (SELECT count(*) FROM client WHERE id = ANY($3) AND "practiceId" = $1)::int AS "reassignClients",
       (SELECT count(*) FROM client WHERE id = ANY($4) AND "practiceId" = $1)::int AS "bulkClients",
       (SELECT "practiceId" FROM client WHERE id = $5) AS "otherClientPractice"`,
    [
      manager.practiceId,
      smallOwner.practiceId,
      ids('client', SHAPE.reassignPool),
      ids('client', SHAPE.bulkPool),
      id('client', SHAPE.clients + 1),
    ],
  );
  const size = ([from, to]) => to - from + 1;
  if (
    counts.reassignClients !== size(SHAPE.reassignPool) ||
    counts.bulkClients !== size(SHAPE.bulkPool)
  ) {
    throw new Error('the reassignment pools are not in the large practice');
  }
  if (counts.otherClientPractice !== smallOwner.practiceId) {
    throw new Error('the cross-practice client is not in the small practice');
  }
  return {
    manager,
    supervisor,
    smallOwner,
    supervisees: supervisees.map((row) => row.id),
    counts,
    reassign: {
      clientIds: ids('client', SHAPE.reassignPool),
      targets: N.reassignTargets.map((n) => id('staff', n)),
    },
    bulk: {
      clientIds: ids('client', SHAPE.bulkPool),
      targets: N.bulkTargets.map((n) => id('staff', n)),
    },
    otherPracticeClientId: id('client', SHAPE.clients + 1),
    expected: {
      supervisees: SHAPE.superviseesPerSupervisor,
      directOrPrimary: SHAPE.superviseesPerSupervisor * SHAPE.caseloadPerSupervisee,
      walkIns: SHAPE.superviseesPerSupervisor * SHAPE.walkInsPerSupervisee,
    },
  };
}

/** md5 as a version-4 uuid (version and variant digits set), as pg_temp.uid makes them. */
function md5Uuid(text) {
  const md5 = createHash('md5').update(text).digest('hex');
  const hex = `${md5.slice(0, 12)}4${md5.slice(13, 16)}8${md5.slice(17)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Sessions made the way the app makes them (session.service.ts / session-token.ts): an opaque
 * random token for the client, its SHA-256 in auth_session, 12 hours of life.
 */
export async function createSessions(pool, apiDir, members) {
  const { newOpaqueToken, hashToken } = require(`${apiDir}/dist/modules/auth/session-token.js`);
  const tokens = {};
  for (const [name, member] of Object.entries(members)) {
    const token = newOpaqueToken();
    await pool.query(
      `INSERT INTO auth_session ("userId", "activePracticeId", "tokenHash", "lastSeenAt", "expiresAt", "userAgent")
       VALUES ($1, $2, $3, now(), now() + interval '12 hours', 'caseload-bench')`,
      [member.userId, member.practiceId, hashToken(token)],
    );
    tokens[name] = token;
  }
  return tokens;
}
