// Measuring: autocannon for throughput and latency; /proc for a process's CPU time and peak
// RSS, and for the CPU of the PostgreSQL backends serving the bench database; and, because
// pg_stat_statements needs a server restart to load, a counting proxy on the wire protocol for
// SQL statements per request (used in an untimed pass, so it costs the timed runs nothing).
import { readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import autocannon from 'autocannon';
import { judge, nextRequest } from './scenarios.mjs';

const TICK_MS = 1000 / 100; // USER_HZ: /proc counts CPU time in 1/100 s on Linux

/** utime + stime of a process (all its threads), in ms. */
export function processCpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** CPU time the whole machine spent busy (all cores, not idle or waiting on I/O), in ms. */
export function machineBusyMs() {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user + nice + system + irq + softirq + steal) * TICK_MS;
}

/** Peak RSS (VmHWM) since the last reset, in MB. */
export function peakRssMb(pid) {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : null;
}

/** Starts a new peak-RSS window (writing 5 to clear_refs resets VmHWM to the current RSS). */
export function resetPeakRss(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * CPU of the PostgreSQL backends connected to the bench database, in ms, by backend pid: the
 * database side of the work, which the limit pushes there on purpose.
 */
export async function databaseCpu(pool, database) {
  const { rows } = await pool.query(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [database],
  );
  const cpu = new Map();
  for (const { pid } of rows) {
    try {
      cpu.set(pid, processCpuMs(pid));
    } catch {
      // the backend ended between the two reads
    }
  }
  return cpu;
}

export function databaseCpuSpent(before, after) {
  let spent = 0;
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0);
  return spent;
}

const TRANSACTION_CONTROL =
  /^\s*(begin|start transaction|commit|rollback|savepoint|release|end)\b/i;

/**
 * A TCP proxy to PostgreSQL that reads the frontend protocol and counts statements executed:
 * each simple Query ('Q') and each Execute ('E') of the extended protocol, with the text of
 * the statement bound to it (named statements are remembered per connection).
 */
export async function startStatementCounter(target) {
  const counts = { statements: 0, transactionControl: 0, texts: new Map() };
  const sockets = new Set();
  const count = (text = '') => {
    counts.statements += 1;
    if (TRANSACTION_CONTROL.test(text)) counts.transactionControl += 1;
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 200);
    counts.texts.set(key, (counts.texts.get(key) ?? 0) + 1);
  };
  const server = createServer((client) => {
    const upstream = createConnection(target);
    sockets.add(client).add(upstream);
    const statements = new Map();
    const portals = new Map();
    let pending = Buffer.alloc(0);
    let started = false;
    const cstring = (buffer, from) => {
      const end = buffer.indexOf(0, from);
      return [buffer.toString('utf8', from, end), end + 1];
    };
    client.on('data', (chunk) => {
      upstream.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        if (!started) {
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = pending.readInt32BE(4);
          // SSLRequest and GSSENCRequest come before the startup message proper.
          if (code !== 80877103 && code !== 80877104) started = true;
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        const type = String.fromCharCode(pending[0]);
        const body = pending.subarray(5, 1 + length);
        if (type === 'Q') count(cstring(body, 0)[0]);
        if (type === 'P') {
          const [name, next] = cstring(body, 0);
          statements.set(name, cstring(body, next)[0]);
        }
        if (type === 'B') {
          const [portal, next] = cstring(body, 0);
          portals.set(portal, statements.get(cstring(body, next)[0]));
        }
        if (type === 'E') count(portals.get(cstring(body, 0)[0]));
        pending = pending.subarray(1 + length);
      }
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    counts,
    reset() {
      counts.statements = 0;
      counts.transactionControl = 0;
      counts.texts = new Map();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Waits until no backend of the bench database has run a statement or held a transaction open
 * for 300 ms: requests that a stopped load left in flight have landed (up to `limitMs`).
 */
export async function waitForQuietDatabase(pool, database, limitMs = 60_000) {
  const deadline = Date.now() + limitMs;
  let quietSince = null;
  while (Date.now() < deadline) {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE datname = $1 AND pid <> pg_backend_pid() AND state <> 'idle'`,
      [database],
    );
    if (rows[0].busy > 0) quietSince = null;
    else if (quietSince === null) quietSince = Date.now();
    else if (Date.now() - quietSince >= 300) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sends one request with fetch and returns the status and body. */
export async function send(baseUrl, request) {
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  return { status: response.status, body: await response.text() };
}

/**
 * One timed run: autocannon at `connections` for `duration` s against one subject, with the
 * subject's CPU, peak RSS and the database backends' CPU read around it. Every answer is
 * looked at: HTTP errors, GraphQL errors (reads: an "errors" key; writes: the full check).
 */
export async function timedRun({
  server,
  subject,
  scenario,
  tokens,
  connections,
  duration,
  pool,
  database,
}) {
  let answerErrors = 0;
  const codes = {};
  const request = scenario.rotation ? undefined : nextRequest(scenario, subject, tokens).request;
  const requests = [
    scenario.rotation
      ? rotatingRequest(scenario, subject, tokens, (verdict) => {
          if (!verdict.problems.length) return;
          answerErrors += 1;
          const code = verdict.code ?? 'WRONG_ANSWER';
          codes[code] = (codes[code] ?? 0) + 1;
        })
      : {
          ...request,
          onResponse: (status, body) => {
            if (status === 200 && !body.includes('"errors"')) return;
            answerErrors += 1;
            const code = status === 200 ? 'GRAPHQL_ERROR' : `HTTP ${status}`;
            codes[code] = (codes[code] ?? 0) + 1;
          },
        },
  ];
  const peakWindow = resetPeakRss(server.pid);
  const cpuBefore = processCpuMs(server.pid);
  const dbBefore = await databaseCpu(pool, database);
  const benchBefore = process.cpuUsage();
  const busyBefore = machineBusyMs();
  const result = await autocannon({
    url: server.url,
    connections,
    duration,
    pipelining: 1,
    timeout: 30,
    requests,
  });
  const busyMs = machineBusyMs() - busyBefore;
  const bench = process.cpuUsage(benchBefore);
  const benchMs = (bench.user + bench.system) / 1000;
  const cpuMs = processCpuMs(server.pid) - cpuBefore;
  const dbMs = databaseCpuSpent(dbBefore, await databaseCpu(pool, database));
  const responses = result.requests.total;
  const wallMs = (result.duration || duration) * 1000;
  return {
    connections,
    duration,
    requests: responses,
    rps: responses / (result.duration || duration),
    // No answer within the run (every request slower than it): no latency to speak of.
    latency: responses
      ? {
          p50: result.latency.p50,
          p975: result.latency.p97_5,
          p99: result.latency.p99,
          max: result.latency.max,
        }
      : { p50: null, p975: null, p99: null, max: null },
    cpuMsPerRequest: responses ? cpuMs / responses : null,
    dbCpuMsPerRequest: responses ? dbMs / responses : null,
    peakRssMb: peakWindow ? peakRssMb(server.pid) : null,
    // Where the machine's CPU went during the run, in cores: the load generator (autocannon,
    // in this process) and everything else on the machine share the 2 cores with the subject.
    cores: {
      subject: cpuMs / wallMs,
      database: dbMs / wallMs,
      loadGenerator: benchMs / wallMs,
      other: Math.max(0, (busyMs - cpuMs - dbMs - benchMs) / wallMs),
    },
    errors: result.errors + result.timeouts + answerErrors,
    errorKinds: {
      ...codes,
      ...(result.errors ? { connection: result.errors } : {}),
      ...(result.timeouts ? { timeout: result.timeouts } : {}),
    },
  };
}

/** A warm-up run: the same requests, nothing recorded. */
export async function warmUp({ server, subject, scenario, tokens, connections, duration }) {
  if (duration <= 0) return;
  await autocannon({
    url: server.url,
    connections,
    duration,
    requests: [loadRequest(scenario, subject, tokens)],
  });
}

/**
 * The autocannon request of an untimed load (warm-up, profile): a rotating scenario's writes
 * still learn each new version from their answers, or every write after the first round would be
 * a CONFLICT.
 */
export function loadRequest(scenario, subject, tokens) {
  return scenario.rotation
    ? rotatingRequest(scenario, subject, tokens)
    : nextRequest(scenario, subject, tokens).request;
}

/**
 * The autocannon request of a rotating scenario: each request takes the rotation's next
 * arguments, and each answer settles them (a write's new version) or marks them stale. The
 * verdict goes to `onVerdict`.
 */
export function rotatingRequest(scenario, subject, tokens, onVerdict = () => {}) {
  return {
    method: 'POST',
    setupRequest: (req, context) => {
      const next = nextRequest(scenario, subject, tokens);
      context.handle = next.handle;
      return { ...req, ...next.request };
    },
    onResponse: (status, body, context) => {
      if (status !== 200) scenario.rotation.fail(context.handle);
      onVerdict(
        status === 200
          ? judge(scenario, subject, body, context.handle)
          : { code: `HTTP ${status}`, problems: ['http'] },
      );
    },
  };
}
