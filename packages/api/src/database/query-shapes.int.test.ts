import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { builtOnce } from './query-shapes';

let db: TestDatabase;
const ids: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  for (const name of ['Alder', 'Birch', 'Cedar', 'Dogwood']) {
    const [row] = await db.dataSource.query(
      `INSERT INTO practice (name, plan, timezone) VALUES ($1, 'TEAM', 'UTC') RETURNING id`,
      [name],
    );
    ids.push(row.id);
  }
});

afterAll(async () => {
  await db?.destroy();
});

const practices = () =>
  db.dataSource
    .createQueryBuilder()
    .select('p.name', 'name')
    .from('practice', 'p')
    .orderBy('p.name');

async function namesOf(query: ReturnType<typeof practices>): Promise<string[]> {
  return (await query.getRawMany<{ name: string }>()).map((row) => row.name);
}

describe('builtOnce', () => {
  it('runs a shape’s text with each run’s parameters, lists of any length included', async () => {
    const byIds = (some: string[]) =>
      builtOnce(practices().where('p.id IN (:...some)', { some }), 'practices by ids');
    expect(await namesOf(byIds([ids[1] as string]))).toEqual(['Birch']);
    expect(await namesOf(byIds(ids.slice(0, 3)))).toEqual(['Alder', 'Birch', 'Cedar']);
    expect(await namesOf(byIds([ids[3] as string]))).toEqual(['Dogwood']);
  });

  it('runs the text first built for a shape, whatever a later query of that shape says', async () => {
    const named = (name: string) => practices().where('p.name = :name', { name });
    expect(await namesOf(builtOnce(named('Cedar'), 'practice by name'))).toEqual(['Cedar']);
    const other = named('Alder').andWhere('false');
    expect(await namesOf(other)).toEqual([]);
    expect(await namesOf(builtOnce(other, 'practice by name'))).toEqual(['Alder']);
  });
});
