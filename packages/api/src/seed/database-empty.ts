import type { DataSource } from 'typeorm';

/** No practice yet: a fresh database, which the demo seed may fill. */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const [{ empty }] = await dataSource.query('SELECT NOT EXISTS (SELECT 1 FROM practice) AS empty');
  return empty;
}
