// `node bench/profile.mjs [scenario…]`: where Caseload's CPU goes. Starts the built API with
// --cpu-prof on the bench database that `pnpm bench` left (run that first), loads it with one
// scenario at 10 connections, stops it, and prints the V8 profile summed by package and by
// function (self and total time). With --allocations it also prints what the load allocated, by
// package and by function (bench/allocation-sampler.cjs). Profiles are kept in
// bench/results/profiles/.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { benchDatabaseUrl, createSessions, readFixtures } from './data.mjs';
import { loadRequest } from './measure.mjs';
import { buildScenarios } from './scenarios.mjs';
import caseload from './subjects/caseload.mjs';
import { startServer } from './subjects/server-process.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = dirname(benchDir);
const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '10' },
    seed: { type: 'string', default: '42' },
    database: { type: 'string', default: 'caseload_bench' },
    top: { type: 'string', default: '25' },
    allocations: { type: 'boolean', default: false },
  },
});
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseUrl = benchDatabaseUrl(serverUrl, flags.database);
const apiDir = join(repoRoot, 'packages/api');

const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
const fixtures = await readFixtures(pool, Number(flags.seed));
const scenarios = buildScenarios(fixtures).filter(
  (scenario) => !positionals.length || positionals.includes(scenario.key),
);

for (const scenario of scenarios) {
  const dir = join(benchDir, 'results', 'profiles', scenario.key);
  const allocationFile = join(dir, 'allocations.heapprofile');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tokens = await createSessions(pool, apiDir, {
    manager: fixtures.manager,
    supervisor: fixtures.supervisor,
    smallOwner: fixtures.smallOwner,
  });
  const server = await startServer({
    name: 'Caseload (profiled)',
    command: process.execPath,
    args: [
      ...(flags.allocations ? ['--require', join(benchDir, 'allocation-sampler.cjs')] : []),
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      'packages/api/dist/main.js',
    ],
    cwd: repoRoot,
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      ALLOCATION_PROFILE: allocationFile,
    },
    port: 4611,
    readyPath: '/healthz',
    logFile: join(dir, 'api.log'),
  });
  await scenario.rotation?.sync(pool);
  // V8 stamps samples with the monotonic clock, as hrtime: only the load's window counts.
  const window = { from: microseconds() };
  if (flags.allocations) process.kill(server.pid, 'SIGUSR2');
  const result = await autocannon({
    url: server.url,
    connections: Number(flags.connections),
    duration: Number(flags.duration),
    requests: [loadRequest(scenario, caseload, tokens)],
  });
  window.to = microseconds();
  if (flags.allocations) {
    process.kill(server.pid, 'SIGUSR2');
    while (!existsSync(allocationFile)) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.stop();
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  process.stdout.write(
    `\n## ${scenario.key}: ${result.requests.total} requests in ${flags.duration} s at ${flags.connections} connections (${dir}/${file})\n`,
  );
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  process.stdout.write(summarize(profile, window, Number(flags.top)));
  if (flags.allocations) {
    const allocations = JSON.parse(readFileSync(allocationFile, 'utf8'));
    process.stdout.write(
      summarizeAllocations(allocations, result.requests.total, Number(flags.top)),
    );
  }
}
await pool.end();

function microseconds() {
  return Number(process.hrtime.bigint() / 1000n);
}

/** Where a frame's code comes from: an npm package, a file of the API, Node itself. */
function origin(url) {
  if (!url) return 'V8/native';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const api = /packages\/(api|shared)\/dist\/(.*)$/.exec(url);
  if (api) return `@caseload/${api[1]}: ${api[2]}`;
  if (url.startsWith('node:')) return 'node';
  return url;
}

/** Adds `amount` to what `map` holds for `key`. */
function add(map, key, amount) {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/** A frame as the summaries name it: function, package or file, line. */
function frameName(frame) {
  return `${frame.functionName || '(anonymous)'}  [${origin(frame.url)}:${frame.lineNumber + 1}]`;
}

/** The `top` entries of `map` (name → amount), largest first, each with its share of `whole`. */
function table(title, map, whole, top, format) {
  return [
    `\n${title}\n`,
    ...[...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([name, amount]) =>
          `${((100 * amount) / whole).toFixed(1).padStart(5)}%  ${format(amount)}  ${name}`,
      ),
  ].join('\n');
}

/** Bytes allocated by package and by function (self), per request, from a sampling heap profile. */
function summarizeAllocations(profile, requests, top) {
  const packages = new Map();
  const functions = new Map();
  let allocated = 0;
  const visit = (node) => {
    const where = origin(node.callFrame.url);
    const name = frameName(node.callFrame);
    add(packages, where, node.selfSize);
    add(functions, name, node.selfSize);
    allocated += node.selfSize;
    for (const child of node.children) visit(child);
  };
  visit(profile.head);
  const perRequest = (bytes) => `${(bytes / requests / 1024).toFixed(1).padStart(7)} kB/request`;
  return [
    `\nallocated ${(allocated / 2 ** 20).toFixed(0)} MB, ${(allocated / requests / 1024).toFixed(0)} kB per request`,
    table('allocated by package', packages, allocated, top, perRequest),
    table('allocated by function', functions, allocated, top, perRequest),
    '',
  ].join('\n');
}

/**
 * Self and total time by package and by function (total counts a function once per sample),
 * over the samples taken while the load ran (start-up is left out).
 */
function summarize(profile, window, top) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const total = new Map();
  const packages = new Map();
  let sampled = 0;
  let idle = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    if (at < window.from || at > window.to) return;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(id);
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') {
      idle += ms;
      return;
    }
    sampled += ms;
    add(self, frameName(node.callFrame), ms);
    const where = ['(garbage collector)', '(program)'].includes(name)
      ? name
      : origin(node.callFrame.url);
    add(packages, where, ms);
    const seen = new Set();
    for (let frame = id; frame !== undefined; frame = parent.get(frame)) {
      const k = frameName(byId.get(frame).callFrame);
      if (!seen.has(k)) {
        seen.add(k);
        add(total, k, ms);
      }
    }
  });
  const time = (ms) => `${ms.toFixed(0).padStart(6)} ms`;
  return [
    `busy ${sampled.toFixed(0)} ms, idle ${idle.toFixed(0)} ms`,
    table('self time by package', packages, sampled, top, time),
    table('self time by function', self, sampled, top, time),
    table('total time by function (with what it calls)', total, sampled, top, time),
    '',
  ].join('\n');
}
