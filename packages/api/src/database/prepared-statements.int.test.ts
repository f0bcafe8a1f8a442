import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { MAX_PREPARED_PER_CONNECTION, PreparingClient } from './prepared-statements';

let db: TestDatabase;
let client: PreparingClient;

beforeAll(async () => {
  db = await createTestDatabase();
});

beforeEach(async () => {
  client = new PreparingClient({ connectionString: db.url });
  await client.connect();
  // Embedded PostgreSQL is one session for every connection: start each test from none prepared.
  await client.query('DEALLOCATE ALL');
});

afterEach(async () => {
  await client.end();
});

afterAll(async () => {
  await db?.destroy();
});

async function preparedStatements(): Promise<string[]> {
  const { rows } = await client.query(
    'SELECT statement FROM pg_prepared_statements ORDER BY statement',
  );
  return rows.map((row: { statement: string }) => row.statement);
}

describe('PreparingClient', () => {
  it('prepares a statement with parameters once and answers every run', async () => {
    const sql = 'SELECT $1::int + 1 AS next';
    const answers = [];
    for (const value of [1, 2, 3]) answers.push((await client.query(sql, [value])).rows[0].next);
    expect(answers).toEqual([2, 3, 4]);
    expect(await preparedStatements()).toEqual([sql]);
  });

  it('leaves statements without parameters unprepared', async () => {
    await client.query('SELECT 1');
    await client.query('SELECT 2', []);
    expect(await preparedStatements()).toEqual([]);
  });

  it('stops preparing new statements at the cap and still runs them, and those it has', async () => {
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION; i += 1) {
      await client.query(`SELECT $1::int + ${i}`, [0]);
    }
    const beyond = await client.query('SELECT $1::int * 10 AS ten', [1]);
    const again = await client.query('SELECT $1::int + 7 AS sum', [1]);
    expect([beyond.rows[0].ten, again.rows[0].sum]).toEqual([10, 8]);
    const prepared = await preparedStatements();
    expect(prepared).toHaveLength(MAX_PREPARED_PER_CONNECTION);
    expect(prepared).not.toContain('SELECT $1::int * 10 AS ten');
  });
});
