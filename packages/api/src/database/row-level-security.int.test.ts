import type { QueryRunner } from 'typeorm';
import { authenticate } from '../modules/auth/session.service';
import { startTestServer, type TestServer } from '../test/test-server';
import { RequestConnection, TENANT_ROLE } from './request-connection';

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

describe('a signed-in request’s connection', () => {
  it('works as the tenant role in the session’s practice from authentication until release', async () => {
    const therapist = await server.as('therapist@riverbend.example');
    const connection = new RequestConnection(server.db.dataSource);
    try {
      const viewer = await authenticate(connection, therapist.token, new Date());
      expect(viewer?.practiceId).toBe(riverbendId);
      const [inside] = await connection.manager.query(
        `SELECT current_user AS role, count(DISTINCT "practiceId")::int AS practices FROM client`,
      );
      expect(inside).toEqual({ role: TENANT_ROLE, practices: 1 });

      await connection.withoutTenant(async () => {
        const [outside] = await connection.manager.query(
          `SELECT current_user AS role, count(DISTINCT "practiceId")::int AS practices FROM client`,
        );
        expect(outside.role).not.toBe(TENANT_ROLE);
        expect(outside.practices).toBe(2);
      });
      const [back] = await connection.manager.query('SELECT current_user AS role');
      expect(back.role).toBe(TENANT_ROLE);

      await connection.leaveTenant();
      const [left] = await connection.manager.query(
        `SELECT current_user AS role, current_setting('caseload.practice_id', true) AS practice`,
      );
      expect(left.role).not.toBe(TENANT_ROLE);
      expect(left.practice).toBe('');
    } finally {
      await connection.release();
    }
  });

  it('stays the owner for an unknown token', async () => {
    const connection = new RequestConnection(server.db.dataSource);
    try {
      expect(await authenticate(connection, 'not-a-session', new Date())).toBeNull();
      const [row] = await connection.manager.query('SELECT current_user AS role');
      expect(row.role).not.toBe(TENANT_ROLE);
    } finally {
      await connection.release();
    }
  });
});
