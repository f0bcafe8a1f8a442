// The peer: PostGraphile 4 over the bench database, as its documentation sets it up for a
// production API (library mode on node:http, no GraphiQL, no query log). Root fields are only
// the functions of bench_pgl (schema.sql); public tables give their types and foreign keys.
// Sessions are the app's own: the Bearer token's SHA-256 goes to PostgreSQL as a setting.
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { NodePlugin } from 'graphile-build';
import { PgAllRows, PgRowByUniqueConstraint, PgRowNode } from 'graphile-build-pg';
import pg from 'pg';
import { postgraphile } from 'postgraphile';

const { DATABASE_URL, PORT = '4603', HOST = '127.0.0.1', POOL_SIZE = '10' } = process.env;

const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(POOL_SIZE) });

function bearer(req) {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
}

const handler = postgraphile(pool, ['bench_pgl', 'public'], {
  pgSettings: (req) => {
    const token = bearer(req);
    return {
      ...(token ? { 'bench.token_hash': createHash('sha256').update(token).digest('hex') } : {}),
      'bench.ip_address': req.socket.remoteAddress ?? 'unknown',
      'bench.user_agent': req.headers['user-agent'] ?? '',
      'bench.request_id': randomUUID(),
    };
  },
  // Only the functions of bench_pgl are entry points: no allX, xById or node(id) root fields,
  // and no generated create/update/delete mutations.
  skipPlugins: [PgAllRows, PgRowByUniqueConstraint, PgRowNode, NodePlugin],
  disableDefaultMutations: true,
  setofFunctionsContainNulls: false,
  extendedErrors: ['errcode'],
  disableQueryLog: true,
  graphiql: false,
  enableQueryBatching: false,
  retryOnInitFail: false,
  watchPg: false,
});

const server = createServer(handler);
server.listen(Number(PORT), HOST, () => {
  process.stdout.write(`PostGraphile listening on http://${HOST}:${PORT}/graphql\n`);
});

function stop() {
  server.close(() => pool.end().then(() => process.exit(0)));
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
