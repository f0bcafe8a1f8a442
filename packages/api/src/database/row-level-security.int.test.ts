import type { QueryRunner } from 'typeorm';
import { authenticate } from '../modules/auth/session.service';
import { overrideGrantsSql, roleGrantsSql } from '../modules/permission/permission-subjects';
import { testsOnPostgresServer } from '../test/test-database';
import { startTestServer, type TestServer } from '../test/test-server';
import { createDataSource } from './data-source';
import { RequestConnections, TENANT_ROLE } from './request-connection';

let server: TestServer;
let riverbendId: string;
let hollowPineId: string;

beforeAll(async () => {
  server = await startTestServer();
  const practices: Array<{ id: string; name: string }> = await server.db.dataSource.query(
    'SELECT id, name FROM practice',
  );
  riverbendId = practices.find((p) => p.name.startsWith('Riverbend'))?.id ?? '';
  hollowPineId = practices.find((p) => p.name.startsWith('Hollow Pine'))?.id ?? '';
});

afterAll(async () => {
  await server?.stop();
});

/** Runs `work` on one connection as the tenant role, with the given settings, then undoes it all. */
async function asTenantRole<T>(
  settings: { practiceId?: string; userId?: string },
  work: (
    query: (sql: string, params?: unknown[]) => ReturnType<QueryRunner['query']>,
  ) => Promise<T>,
): Promise<T> {
  const runner = server.db.dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query(`SET LOCAL ROLE ${TENANT_ROLE}`);
    await runner.query(
      `SELECT set_config('caseload.practice_id', $1, true), set_config('caseload.user_id', $2, true)`,
      [settings.practiceId ?? '', settings.userId ?? ''],
    );
    return await work((sql, params) => runner.query(sql, params));
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

describe('row-level security', () => {
  it('shows the tenant role only its practice’s rows, even from a query with no practice filter', async () => {
    const [{ count: everyClient }] = await server.db.dataSource.query(
      'SELECT count(*)::int AS count FROM client',
    );
    const [{ count: riverbendClients }] = await server.db.dataSource.query(
      'SELECT count(*)::int AS count FROM client WHERE "practiceId" = $1',
      [riverbendId],
    );
    expect(riverbendClients).toBeLessThan(everyClient);

    const seen = await asTenantRole({ practiceId: riverbendId }, async (query) => {
      const [{ count, practices }] = await query(
        'SELECT count(*)::int AS count, count(DISTINCT "practiceId")::int AS practices FROM client',
      );
      return { count, practices };
    });
    expect(seen).toEqual({ count: riverbendClients, practices: 1 });
  });

  it('shows nothing when no practice is set, and refuses writes into another practice', async () => {
    const unset = await asTenantRole({}, async (query) => {
      const [{ count }] = await query('SELECT count(*)::int AS count FROM staff_member');
      return count;
    });
    expect(unset).toBe(0);

    await expect(
      asTenantRole({ practiceId: riverbendId }, (query) =>
        query(
          `INSERT INTO staff_group ("practiceId", name, kind) VALUES ($1, 'Smuggled', 'TEAM')`,
          [hollowPineId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('lets a user see their own memberships and practices everywhere, and nothing else of them', async () => {
    const [agent] = await server.db.dataSource.query(
      `SELECT id FROM "user" WHERE email = 'agent@agentdesk.example'`,
    );
    const seen = await asTenantRole(
      { practiceId: riverbendId, userId: agent.id },
      async (query) => {
        const practices = await query('SELECT name FROM practice ORDER BY name');
        const [{ count: elsewhere }] = await query(
          'SELECT count(*)::int AS count FROM staff_member WHERE "practiceId" <> $1',
          [riverbendId],
        );
        const [{ count: rolesElsewhere }] = await query(
          'SELECT count(*)::int AS count FROM role WHERE "practiceId" <> $1',
          [riverbendId],
        );
        return {
          practices: practices.map((p: { name: string }) => p.name),
          elsewhere,
          rolesElsewhere,
        };
      },
    );
    expect(seen.practices).toEqual(['Hollow Pine Therapy', 'Riverbend Counseling Collective']);
    expect(seen.elsewhere).toBe(1);
    expect(seen.rolesElsewhere).toBe(0);
  });

  it('covers every table that carries a practiceId', async () => {
    const unprotected = await server.db.dataSource.query(
      `SELECT c.table_name FROM information_schema.columns c
         JOIN pg_class t ON t.relname = c.table_name AND t.relnamespace = 'public'::regnamespace
        WHERE c.table_schema = 'public' AND c.column_name = 'practiceId'
          AND NOT (t.relrowsecurity AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = t.oid))`,
    );
    expect(unprotected).toEqual([]);
  });

  it('reads the request’s practice and user once a statement: every policy calls them in a sub-select', async () => {
    const policies: Array<{ table: string; rule: string }> = await server.db.dataSource.query(
      `SELECT tablename AS table, concat_ws(' CHECK ', qual, with_check) AS rule FROM pg_policies
        WHERE schemaname = 'public'`,
    );
    const calls = policies.flatMap(({ table, rule }) =>
      [...rule.matchAll(/(\(\s*SELECT\s+)?caseload_current_(practice|user)\(\)/g)].map(
        ([, subSelect, setting]) => ({ table, setting, once: subSelect !== undefined }),
      ),
    );
    expect(calls.length).toBeGreaterThanOrEqual(policies.length);
    expect(calls.filter((call) => !call.once)).toEqual([]);
  });

  it('runs as a role that row-level security applies to: no superuser, no bypass, owns no table', async () => {
    const [role] = await server.db.dataSource.query(
      `SELECT r.rolsuper, r.rolbypassrls,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
         FROM pg_roles r WHERE r.rolname = $1`,
      [TENANT_ROLE],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  });
});

const whereAmI = `SELECT current_user AS role, current_setting('caseload.practice_id', true) AS practice,
                         count(DISTINCT "practiceId")::int AS practices FROM client`;

describe('a signed-in request’s connection', () => {
  it('works as the tenant role in the session’s practice from authentication until release', async () => {
    const therapist = await server.as('therapist@riverbend.example');
    const connection = server.db.requestConnections.forRequest(true);
    try {
      const viewer = await authenticate(connection, therapist.token, new Date());
      expect(viewer?.practiceId).toBe(riverbendId);
      const [inside] = await connection.manager.query(whereAmI);
      expect(inside).toEqual({ role: TENANT_ROLE, practice: riverbendId, practices: 1 });

      await connection.withoutTenant(async () => {
        const [outside] = await connection.manager.query(whereAmI);
        expect(outside.role).not.toBe(TENANT_ROLE);
        expect(outside.practices).toBe(2);
      });
      const [back] = await connection.manager.query(whereAmI);
      expect(back).toEqual(inside);

      await connection.leaveTenant();
      const [left] = await connection.manager.query(whereAmI);
      expect(left.role).not.toBe(TENANT_ROLE);
      expect(left.practice).toBe('');
    } finally {
      await connection.release();
    }
  });
});

// Pools of their own beside the server's: embedded PostgreSQL serves one connection at a time.
const describeOnServer = testsOnPostgresServer() ? describe : describe.skip;

describeOnServer('a pooled request connection', () => {
  let connections: RequestConnections;

  /** Request connections on pools of one connection, so each request reuses the last one's. */
  async function poolsOfOne(keepTenants: boolean): Promise<RequestConnections> {
    const pool = () =>
      createDataSource({ url: server.db.url, poolSize: 1, prepareStatements: true });
    connections = keepTenants
      ? new RequestConnections(server.db.dataSource, pool())
      : new RequestConnections(await pool().initialize());
    await connections.initialize();
    return connections;
  }

  afterEach(async () => {
    await connections.destroy();
    if (!connections.keepTenants) await connections.signedInPool.destroy();
  });

  /** Signs `email` in on a connection of `pool` and gives it back. */
  async function signedInRequest(pool: RequestConnections, email: string): Promise<void> {
    const connection = pool.forRequest(true);
    await authenticate(connection, (await server.as(email)).token, new Date());
    await connection.release();
  }

  it('keeps its tenant until the next session statement enters another practice', async () => {
    const pool = await poolsOfOne(true);
    await signedInRequest(pool, 'therapist@riverbend.example');
    const hollowPine = await server.as('owner@hollowpine.example');
    const next = pool.forRequest(true);
    try {
      const [leftOver] = await next.manager.query(whereAmI);
      expect(leftOver).toEqual({ role: TENANT_ROLE, practice: riverbendId, practices: 1 });
      const viewer = await authenticate(next, hollowPine.token, new Date());
      expect(viewer?.practiceId).toBe(hollowPineId);
      const [entered] = await next.manager.query(whereAmI);
      expect(entered).toEqual({ role: TENANT_ROLE, practice: hollowPineId, practices: 1 });
    } finally {
      await next.release();
    }
  });

  it('leaves the tenant it was left in when the token is unknown', async () => {
    const pool = await poolsOfOne(true);
    await signedInRequest(pool, 'therapist@riverbend.example');
    const next = pool.forRequest(true);
    try {
      expect(await authenticate(next, 'not-a-session', new Date())).toBeNull();
      const [row] = await next.manager.query(whereAmI);
      expect(row.role).not.toBe(TENANT_ROLE);
      expect(row.practice).toBe('');
    } finally {
      await next.release();
    }
  });

  it('serves a request without a token from the owner’s pool, never from a tenant’s', async () => {
    const pool = await poolsOfOne(true);
    await signedInRequest(pool, 'therapist@riverbend.example');
    const anonymous = pool.forRequest(false);
    try {
      const [row] = await anonymous.manager.query(whereAmI);
      expect(row.role).not.toBe(TENANT_ROLE);
      expect(row.practices).toBe(2);
    } finally {
      await anonymous.release();
    }
  });

  it('leaves its tenant on release where requests share the owner’s connections', async () => {
    const pool = await poolsOfOne(false);
    await signedInRequest(pool, 'therapist@riverbend.example');
    const next = pool.forRequest(false);
    try {
      const [row] = await next.manager.query(whereAmI);
      expect(row.role).not.toBe(TENANT_ROLE);
      expect(row.practice).toBe('');
    } finally {
      await next.release();
    }
  });
});

describe('the session lookup (caseload_session)', () => {
  it('runs as the owner for the tenant role only, with a fixed search path', async () => {
    const [lookup] = await server.db.dataSource.query(
      `SELECT p.prosecdef AS "runsAsOwner", p.proconfig AS settings,
              has_function_privilege($1, p.oid, 'EXECUTE') AS "tenantMayCall",
              EXISTS (SELECT 1 FROM aclexplode(p.proacl) a WHERE a.grantee = 0) AS "publicMayCall"
         FROM pg_proc p WHERE p.proname = 'caseload_session'`,
      [TENANT_ROLE],
    );
    expect(lookup).toEqual({
      runsAsOwner: true,
      settings: ['search_path=public, pg_temp'],
      tenantMayCall: true,
      publicMayCall: false,
    });
  });

  it('builds roles and overrides as the app does (a change there needs a new migration)', async () => {
    const [{ body }] = await server.db.dataSource.query(
      `SELECT prosrc AS body FROM pg_proc WHERE proname = 'caseload_session'`,
    );
    const oneLine = (sql: string) => sql.replace(/\s+/g, ' ');
    expect(oneLine(body)).toContain(oneLine(roleGrantsSql('m')));
    expect(oneLine(body)).toContain(oneLine(overrideGrantsSql('m')));
  });
});
