import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printCommittedSchema, SCHEMA_FILE } from './print-schema';
import { buildGraphqlSchema } from './schema';

async function emitSchema(): Promise<void> {
  writeFileSync(SCHEMA_FILE, printCommittedSchema(await buildGraphqlSchema()));
  console.log(`wrote ${resolve(SCHEMA_FILE)}`);
}

void emitSchema();
