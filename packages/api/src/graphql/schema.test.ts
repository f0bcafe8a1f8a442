import { readFileSync } from 'node:fs';
import { printCommittedSchema, SCHEMA_FILE } from './print-schema';
import { buildGraphqlSchema } from './schema';

describe('schema.graphql', () => {
  it('is committed exactly as the code defines it (run `pnpm --filter @caseload/api schema:emit`)', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(printCommittedSchema(await buildGraphqlSchema()));
  });
});
