// `pnpm bench`: builds what it needs, makes the bench database, checks every subject's answers
// (counting SQL statements on the way), then times every scenario against every subject and
// prints the table. Options: bench/README.md. Only this file's own imports are built in, so a
// fresh clone can run it: it installs the workspace first when it has not been installed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, freemem, loadavg, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = dirname(benchDir);
const apiDir = join(repoRoot, 'packages/api');
const resultsDir = join(benchDir, 'results');

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    'server-warmup': { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,10' },
    scenarios: { type: 'string', default: '' },
    subjects: { type: 'string', default: '' },
    seed: { type: 'string', default: '42' },
    database: { type: 'string', default: 'caseload_bench' },
    'count-requests': { type: 'string', default: '10' },
    'reuse-data': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'update-docs': { type: 'boolean', default: false },
    'check-only': { type: 'boolean', default: false },
    'pg-options': { type: 'string', default: '' },
  },
});

const options = {
  serverUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  database: flags.database,
  seed: Number(flags.seed),
  duration: Number(flags.duration),
  warmup: Number(flags.warmup),
  serverWarmup: Number(flags['server-warmup']),
  connections: flags.connections.split(',').map(Number),
  countRequests: Number(flags['count-requests']),
  onlyScenarios: flags.scenarios ? flags.scenarios.split(',') : null,
  onlySubjects: flags.subjects ? flags.subjects.split(',') : null,
  pgOptions: flags['pg-options'] || null,
};

// Server settings for every subject's connections (node-postgres reads PGOPTIONS), e.g.
// --pg-options "-c jit=off" to see what PostgreSQL's JIT costs each of them.
if (flags['pg-options']) process.env.PGOPTIONS = flags['pg-options'];

const startedAt = new Date();
const log = (message) =>
  process.stderr.write(
    `[bench ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)} s] ${message}\n`,
  );

/** A fresh clone has no node_modules: install the workspace as the lockfile says. */
if (!existsSync(join(repoRoot, 'node_modules/autocannon'))) {
  log('installing the workspace (pnpm install --frozen-lockfile)');
  execFileSync('pnpm', ['install', '--frozen-lockfile'], { cwd: repoRoot, stdio: 'inherit' });
}
/** The API (the Caseload subject) and packages/shared (which the bench imports too). */
if (!flags['skip-build']) {
  log('building the API and packages/shared (turbo run build --filter=@caseload/api...)');
  execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@caseload/api...'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const pg = (await import('pg')).default;
const data = await import('./data.mjs');
const { buildScenarios, countOnlyScenarios, crossPracticeRequest, judge, nextRequest } =
  await import('./scenarios.mjs');
const measure = await import('./measure.mjs');
const report = await import('./report.mjs');
const allSubjects = [
  (await import('./subjects/caseload.mjs')).default,
  (await import('./subjects/limit.mjs')).default,
  (await import('./subjects/postgraphile.mjs')).default,
];
const subjects = allSubjects.filter(
  (subject) => !options.onlySubjects || options.onlySubjects.includes(subject.key),
);
const ports = { caseload: 4601, limit: 4602, postgraphile: 4603 };

async function main() {
  mkdirSync(join(resultsDir, 'logs'), { recursive: true });
  const machine = await describeMachine();
  if (!flags['skip-build']) for (const subject of subjects) subject.prepare({ repoRoot, log });

  const databaseUrl = data.benchDatabaseUrl(options.serverUrl, options.database);
  const dataInfo = await prepareData(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    const subjectByKey = Object.fromEntries(subjects.map((subject) => [subject.key, subject]));
    await pool.query('DROP SCHEMA IF EXISTS bench_pgl, bench_pgl_private CASCADE');
    if (subjectByKey.postgraphile) await subjectByKey.postgraphile.setupDatabase(pool);
    const fixtures = await data.readFixtures(pool, options.seed);
    const scenarios = buildScenarios(fixtures).filter(
      (scenario) => !options.onlyScenarios || options.onlyScenarios.includes(scenario.key),
    );
    const countOnly = countOnlyScenarios(fixtures);

    log('checking every answer and counting SQL statements (through a counting proxy, untimed)');
    const { statements, failures } = await verifyAndCount(
      [...scenarios, ...countOnly],
      fixtures,
      pool,
    );

    const results = flags['check-only'] ? [] : await timeAll(scenarios, fixtures, pool, failures);
    const run = {
      startedAt: startedAt.toISOString(),
      elapsedSeconds: (Date.now() - startedAt.getTime()) / 1000,
      options: { ...options, serverUrl: undefined },
      machine,
      data: dataInfo,
      subjects: subjects.map(({ key, name }) => ({ key, name })),
      scenarios: scenarios.map(({ key, label, kind }) => ({ key, label, kind })),
      statements,
      failures,
      results,
    };
    run.targets = report.evaluateTargets(run);
    const table = report.markdown(run);
    const json = `${JSON.stringify(run, null, 2)}\n`;
    writeFileSync(join(resultsDir, 'latest.json'), json);
    writeFileSync(join(resultsDir, `run-${run.startedAt.replace(/[:.]/g, '-')}.json`), json);
    writeFileSync(join(resultsDir, 'latest.md'), `${table}\n`);
    if (flags['update-docs']) report.updateDocs(join(repoRoot, 'docs/performance.md'), table);
    process.stdout.write(`\n${table}\n`);
    log(`done in ${(run.elapsedSeconds / 60).toFixed(1)} min: bench/results/latest.{md,json}`);
    const failed = Object.values(failures).some((byScenario) => Object.keys(byScenario).length);
    if (failed) process.exitCode = 1;
  } finally {
    await pool.end();
  }
}

/** Drops and makes the bench database again (unless --reuse-data finds it made with this seed). */
async function prepareData(databaseUrl) {
  const shape = createHash('sha1').update(JSON.stringify(data.SHAPE)).digest('hex').slice(0, 8);
  const label = `caseload-bench seed=${options.seed} shape=${shape}`;
  if (flags['reuse-data']) {
    const admin = new pg.Client({ connectionString: options.serverUrl });
    await admin.connect();
    const { rows } = await admin.query(
      'SELECT shobj_description(oid, $2) AS label FROM pg_database WHERE datname = $1',
      [options.database, 'pg_database'],
    );
    await admin.end();
    if (rows[0]?.label === label) {
      log(`reusing the ${options.database} database (${label})`);
      return { reused: true, label };
    }
  }
  log(`making the ${options.database} database: migrations, then data (seed ${options.seed})`);
  await data.recreateDatabase(options.serverUrl, options.database);
  const migrations = await data.migrate(apiDir, databaseUrl);
  const started = Date.now();
  const generated = await data.generate(databaseUrl, options.seed);
  const seconds = (Date.now() - started) / 1000;
  log(`data generated in ${seconds.toFixed(0)} s: ${JSON.stringify(generated.counts)}`);
  const admin = new pg.Client({ connectionString: options.serverUrl });
  await admin.connect();
  await admin.query(
    `COMMENT ON DATABASE ${admin.escapeIdentifier(options.database)} IS '${label}'`,
  );
  await admin.end();
  return { reused: false, label, migrations, seconds, ...generated };
}

/** Row counts that a subject's start must leave as they were (no seeding, no migration). */
async function fingerprint(pool) {
  const { rows } = await pool.query(`SELECT
    (SELECT count(*) FROM practice)::int AS practices, (SELECT count(*) FROM staff_member)::int AS staff,
    (SELECT count(*) FROM client)::int AS clients, (SELECT count(*) FROM therapy_session)::int AS sessions,
    (SELECT count(*) FROM migrations)::int AS migrations`);
  return JSON.stringify(rows[0]);
}

/**
 * Starts every subject behind a counting proxy of its own, then, scenario by scenario, checks
 * one answer of each subject (reads are compared across subjects: no write comes between them)
 * and sends `countRequests` more, one at a time, counting what reached PostgreSQL. Last, the
 * cross-practice refusal.
 */
async function verifyAndCount(scenarios, fixtures, pool) {
  const target = new URL(options.serverUrl);
  const statements = {};
  const failures = {};
  const running = [];
  try {
    for (const subject of subjects) {
      const proxy = await measure.startStatementCounter({
        host: target.hostname,
        port: Number(target.port || 5432),
      });
      running.push({ subject, proxy });
      const viaProxy = new URL(data.benchDatabaseUrl(options.serverUrl, options.database));
      viaProxy.hostname = '127.0.0.1';
      viaProxy.port = String(proxy.port);
      const before = await fingerprint(pool);
      const server = await subject.start({
        repoRoot,
        databaseUrl: viaProxy.toString(),
        port: ports[subject.key],
        logFile: join(resultsDir, 'logs', `${subject.key}-check.log`),
      });
      Object.assign(running.at(-1), { server, tokens: await sessionsFor(pool, fixtures) });
      const after = await fingerprint(pool);
      if (after !== before) {
        throw new Error(`${subject.name} changed the data when it started: ${before} → ${after}`);
      }
      statements[subject.key] = {};
      failures[subject.key] = {};
    }
    for (const scenario of scenarios) {
      let reference = null;
      for (const { subject, proxy, server, tokens } of running) {
        await scenario.rotation?.sync(pool);
        const { request, handle } = nextRequest(scenario, subject, tokens);
        const { status, body } = await measure.send(server.url, request);
        const verdict =
          status === 200
            ? judge(scenario, subject, body, handle)
            : { problems: [`HTTP ${status}`] };
        const problems = [...verdict.problems];
        if (verdict.identity) {
          if (!reference) reference = { subject: subject.name, identity: verdict.identity.join() };
          else if (reference.identity !== verdict.identity.join()) {
            problems.push(`answers differ from ${reference.subject}'s`);
          }
        }
        if (problems.length) {
          failures[subject.key][scenario.key] = problems.join('; ');
          log(`${subject.name} ${scenario.key}: ${failures[subject.key][scenario.key]}`);
          continue;
        }
        statements[subject.key][scenario.key] = await countStatements(
          scenario,
          subject,
          server,
          tokens,
          proxy,
          pool,
        );
      }
    }
    for (const { subject, server, tokens } of running) {
      const client = 'SELECT version, "therapistId" FROM client WHERE id = $1';
      const before = await pool.query(client, [fixtures.otherPracticeClientId]);
      const answer = await measure.send(
        server.url,
        crossPracticeRequest(subject, tokens, fixtures),
      );
      const code = subject.read.error(JSON.parse(answer.body));
      const after = await pool.query(client, [fixtures.otherPracticeClientId]);
      if (code !== 'NOT_FOUND' || JSON.stringify(before.rows) !== JSON.stringify(after.rows)) {
        failures[subject.key].crossPractice =
          `answered ${code ?? answer.body.slice(0, 120)}, not NOT_FOUND`;
        log(`${subject.name} cross-practice: ${failures[subject.key].crossPractice}`);
      }
    }
  } finally {
    for (const { server, proxy } of running) {
      await server?.stop();
      await proxy.close();
    }
  }
  for (const { subject } of running) {
    const counts = Object.entries(statements[subject.key]).map(
      ([key, count]) => `${key} ${count.perRequest}`,
    );
    const failed = Object.keys(failures[subject.key]);
    log(
      `${subject.name}: SQL/request ${counts.join(', ')}${failed.length ? `; FAILED ${failed.join(', ')}` : ''}`,
    );
  }
  return { statements, failures };
}

async function countStatements(scenario, subject, server, tokens, proxy, pool) {
  await scenario.rotation?.sync(pool);
  await new Promise((resolve) => setTimeout(resolve, 100));
  proxy.reset();
  for (let i = 0; i < options.countRequests; i += 1) {
    const { request, handle } = nextRequest(scenario, subject, tokens);
    const { body } = await measure.send(server.url, request);
    judge(scenario, subject, body, handle);
  }
  // Statements a server sends after answering (releasing a connection) still count.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    perRequest: proxy.counts.statements / options.countRequests,
    transactionControlPerRequest: proxy.counts.transactionControl / options.countRequests,
    texts: Object.fromEntries(
      [...proxy.counts.texts].map(([text, n]) => [text, n / options.countRequests]),
    ),
  };
}

const sessionsFor = (pool, fixtures) =>
  data.createSessions(pool, apiDir, {
    manager: fixtures.manager,
    supervisor: fixtures.supervisor,
    smallOwner: fixtures.smallOwner,
  });

/**
 * Every subject runs at once (idle when not measured), so each scenario is timed for the three
 * in turn, at each number of connections: they share the same data and the same moment.
 */
async function timeAll(scenarios, fixtures, pool, failures) {
  log('timing');
  const servers = {};
  const tokens = {};
  const results = [];
  try {
    for (const subject of subjects) {
      tokens[subject.key] = await sessionsFor(pool, fixtures);
      servers[subject.key] = await subject.start({
        repoRoot,
        databaseUrl: data.benchDatabaseUrl(options.serverUrl, options.database),
        port: ports[subject.key],
        logFile: join(resultsDir, 'logs', `${subject.key}.log`),
      });
    }
    await warmUpServers(scenarios, servers, tokens, pool, failures);
    for (const scenario of scenarios) {
      for (const connections of options.connections) {
        for (const subject of subjects) {
          if (failedCheck(failures, subject, scenario)) continue;
          const context = {
            server: servers[subject.key],
            subject,
            scenario,
            tokens: tokens[subject.key],
            connections,
            pool,
            database: options.database,
          };
          await warmUp(context, options.warmup);
          await scenario.rotation?.sync(pool);
          const result = await measure.timedRun({ ...context, duration: options.duration });
          await measure.waitForQuietDatabase(pool, options.database);
          results.push({ scenario: scenario.key, subject: subject.key, ...result });
          log(
            `${scenario.key} ${subject.name} @${connections}: ${result.rps.toFixed(0)} req/s, p99 ${result.latency.p99} ms, CPU ${result.cpuMsPerRequest?.toFixed(2)} ms/req, RSS ${result.peakRssMb?.toFixed(0)} MB, errors ${result.errors}`,
          );
        }
      }
    }
  } finally {
    for (const server of Object.values(servers)) await server.stop();
  }
  return results;
}

/** A subject that failed a scenario's check, or the cross-practice refusal, is not timed on it. */
const failedCheck = (failures, subject, scenario) =>
  Boolean(failures[subject.key][scenario.key] || failures[subject.key].crossPractice);

/**
 * Loads a server with a scenario for `duration` seconds, nothing recorded. Requests still in
 * flight when it stops must land before versions are read, and must not run into what follows.
 */
async function warmUp(context, duration) {
  await context.scenario.rotation?.sync(context.pool);
  await measure.warmUp({ ...context, duration });
  await measure.waitForQuietDatabase(context.pool, options.database);
}

/**
 * Before the first timed run, each subject serves every scenario for `serverWarmup` seconds at
 * the highest number of connections. A server's JIT takes thousands of requests to compile its
 * hot code (Caseload on Q1p1 at 10 connections: 171, 200, 218, 222 req/s over its first four
 * 5-second runs), and without this the first scenario timed would pay for it. The writes' dead
 * rows, and those of `--reuse-data`'s earlier runs, are vacuumed before timing starts.
 */
async function warmUpServers(scenarios, servers, tokens, pool, failures) {
  const connections = Math.max(...options.connections);
  if (options.serverWarmup > 0) {
    log(`warming every server up: each scenario for ${options.serverWarmup} s at ${connections}`);
    for (const subject of subjects) {
      for (const scenario of scenarios) {
        if (failedCheck(failures, subject, scenario)) continue;
        const server = servers[subject.key];
        const context = {
          server,
          subject,
          scenario,
          tokens: tokens[subject.key],
          pool,
          connections,
        };
        await warmUp(context, options.serverWarmup);
      }
    }
  }
  await pool.query('VACUUM (ANALYZE)');
}

async function describeMachine() {
  const client = new pg.Client({ connectionString: options.serverUrl });
  await client.connect();
  const setting = async (name) => (await client.query(`SHOW ${name}`)).rows[0][name];
  const postgres = (await client.query('SHOW server_version')).rows[0].server_version;
  const settings = [];
  for (const name of [
    'shared_buffers',
    'work_mem',
    'max_connections',
    'jit',
    'synchronous_commit',
  ]) {
    settings.push(`${name}=${await setting(name)}`);
  }
  await client.end();
  const version = (name) => packageVersion(apiDir, name);
  const git = (args) => {
    try {
      return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
    } catch {
      return '?';
    }
  };
  const dirty = git(['status', '--porcelain', '--', 'packages'])
    ? ' (uncommitted changes in packages/)'
    : '';
  return {
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} GiB free at start)`,
    'load average at start': loadavg()
      .map((load) => load.toFixed(2))
      .join(' '),
    kernel: release(),
    node: process.version,
    postgresql: `${postgres} (${settings.join(', ')})`,
    caseload: `${git(['rev-parse', '--short', 'HEAD'])}${dirty}: @apollo/server ${version('@apollo/server')}, graphql ${version('graphql')}, type-graphql ${version('type-graphql')}, typeorm ${version('typeorm')}, pg ${version('pg')}`,
    postgraphile: '4.14.1 (bench/postgraphile/package-lock.json)',
    autocannon: packageVersion(repoRoot, 'autocannon'),
  };
}

/** The version of the package `name` as `dir` resolves it (through exports maps too). */
function packageVersion(dir, name) {
  try {
    let folder = dirname(createRequire(join(dir, 'package.json')).resolve(name));
    while (
      !existsSync(join(folder, 'package.json')) ||
      readJson(join(folder, 'package.json')).name !== name
    ) {
      folder = dirname(folder);
    }
    return readJson(join(folder, 'package.json')).version;
  } catch {
    return '?';
  }
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

await main();
