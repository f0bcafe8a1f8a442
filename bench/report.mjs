// Reporting: the JSON of a run, and the Markdown tables made from it (printed, written beside
// the JSON, and, with --update-docs, put between the markers of docs/performance.md).
import { readFileSync, writeFileSync } from 'node:fs';

/** The issue's targets, at 10 connections on a 2-core machine. */
export const TARGETS = {
  connections: 10,
  maxStatements: 3,
  statementScenarios: ['Q1p1', 'Q1p20', 'Q2'],
  minShareOfLimit: 0.5,
  limitScenarios: ['Q1p1', 'Q1p20', 'Q2'],
  p99ReadMs: 100,
  p99WriteMs: 150,
  maxRssMb: 300,
};

const fixed = (digits) => (value) =>
  value == null || Number.isNaN(value) ? '–' : value.toFixed(digits);
const f0 = fixed(0);
const f1 = fixed(1);
const f2 = fixed(2);
/** Requests per second: whole numbers, but tenths below 10 (a slow subject is not "0"). */
const rate = (value) => (value != null && value < 10 ? f1(value) : f0(value));
const ratio = (a, b) => {
  if (a == null || !b) return '–';
  const value = a / b;
  return `${value.toFixed(value < 0.1 ? 3 : 2)}×`;
};
const mark = (ok) => (ok == null ? '–' : ok ? '✅' : '❌');

/** Statement counts read like "4 (2)": all statements, and those that are not BEGIN/COMMIT. */
const statements = (count) =>
  count
    ? `${f1(count.perRequest)} (${f1(count.perRequest - count.transactionControlPerRequest)})`
    : '–';

export function evaluateTargets(run) {
  const at = (scenario, subject) =>
    run.results.find(
      (result) =>
        result.scenario === scenario &&
        result.subject === subject &&
        result.connections === TARGETS.connections,
    );
  const statementsOf = (scenario) => run.statements.caseload?.[scenario]?.perRequest;
  return run.scenarios.map(({ key, kind }) => {
    const caseload = at(key, 'caseload');
    const limit = at(key, 'limit');
    const peer = at(key, 'postgraphile');
    const checks = {};
    if (TARGETS.statementScenarios.includes(key)) {
      checks.statements =
        statementsOf(key) != null ? statementsOf(key) <= TARGETS.maxStatements : null;
    }
    if (key === 'Q1p1' && statementsOf('Q1p1') != null && statementsOf('Q1p1@10') != null) {
      checks.sameAtPageSize10 = statementsOf('Q1p1') === statementsOf('Q1p1@10');
    }
    if (TARGETS.limitScenarios.includes(key) && caseload && limit) {
      checks.halfOfLimit = caseload.rps >= TARGETS.minShareOfLimit * limit.rps;
    }
    if (caseload && peer) checks.atLeastPeer = caseload.rps >= peer.rps;
    if (caseload) {
      checks.p99 =
        caseload.latency.p99 != null &&
        caseload.latency.p99 <= (kind === 'write' ? TARGETS.p99WriteMs : TARGETS.p99ReadMs);
      checks.rss = caseload.peakRssMb != null ? caseload.peakRssMb < TARGETS.maxRssMb : null;
      checks.noErrors = caseload.errors === 0;
    }
    return { scenario: key, checks };
  });
}

export function markdown(run) {
  const lines = [];
  const subjects = run.subjects;
  const nameOf = Object.fromEntries(subjects.map((subject) => [subject.key, subject.name]));
  const labelOf = Object.fromEntries(
    run.scenarios.map((scenario) => [scenario.key, scenario.label]),
  );
  const find = (scenario, subject, connections) =>
    run.results.find(
      (result) =>
        result.scenario === scenario &&
        result.subject === subject &&
        result.connections === connections,
    );

  lines.push(`### Summary at ${TARGETS.connections} connections`, '');
  const summary = [
    [
      'scenario',
      'Caseload req/s',
      'limit req/s',
      'PostGraphile req/s',
      'Caseload/limit',
      'Caseload/PostGraphile',
      'Caseload p99 ms',
      'Caseload SQL/req',
      'targets',
    ],
  ];
  const verdicts = evaluateTargets(run);
  for (const { key } of run.scenarios) {
    const caseload = find(key, 'caseload', TARGETS.connections);
    const limit = find(key, 'limit', TARGETS.connections);
    const peer = find(key, 'postgraphile', TARGETS.connections);
    const { checks } = verdicts.find((verdict) => verdict.scenario === key);
    summary.push([
      key,
      rate(caseload?.rps),
      rate(limit?.rps),
      rate(peer?.rps),
      ratio(caseload?.rps, limit?.rps),
      ratio(caseload?.rps, peer?.rps),
      f1(caseload?.latency.p99),
      statements(run.statements.caseload?.[key]),
      Object.entries(checks)
        .map(([name, ok]) => `${mark(ok)} ${targetNames[name]}`)
        .join(', '),
    ]);
  }
  lines.push(...table(summary, 'lrrrrrrrl'), '');

  for (const connections of run.options.connections) {
    lines.push(`### All figures at ${connections} connection${connections === 1 ? '' : 's'}`, '');
    const rows = [
      [
        'scenario',
        'subject',
        'req/s',
        'p50 ms',
        'p97.5 ms',
        'p99 ms',
        'SQL/req',
        'CPU ms/req',
        'DB CPU ms/req',
        'peak RSS MB',
        'errors',
        'other load',
      ],
    ];
    for (const { key } of run.scenarios) {
      for (const subject of subjects) {
        const result = find(key, subject.key, connections);
        const failed = run.failures[subject.key]?.[key];
        if (!result) {
          const why = failed ? `check failed: ${failed}` : 'not run';
          rows.push([key, subject.name, why, ...Array(9).fill('')]);
          continue;
        }
        const errors = result.errors
          ? `${result.errors} (${Object.entries(result.errorKinds)
              .map(([kind, n]) => `${kind}: ${n}`)
              .join(', ')})`
          : '0';
        rows.push([
          key,
          subject.name,
          rate(result.rps),
          f1(result.latency.p50),
          f1(result.latency.p975),
          f1(result.latency.p99),
          statements(run.statements[subject.key]?.[key]),
          f2(result.cpuMsPerRequest),
          f2(result.dbCpuMsPerRequest),
          f0(result.peakRssMb),
          errors,
          f2(result.cores?.other),
        ]);
      }
    }
    lines.push(...table(rows, 'llrrrrrrrrlr'));
    lines.push('');
  }

  lines.push('### Scenarios', '');
  for (const { key } of run.scenarios) lines.push(`- **${key}**: ${labelOf[key]}`);
  const atTen = subjects
    .map(
      (subject) => `${nameOf[subject.key]} ${statements(run.statements[subject.key]?.['Q1p1@10'])}`,
    )
    .join(', ');
  lines.push(`- **Q1p1@10** (SQL statements only): Q1 page 1 at page size 10 — ${atTen}`);
  lines.push(
    '- SQL/req: statements the subject sent per request, counted on the wire by a proxy in an untimed pass (pg_stat_statements is not loaded on this server); in brackets, those that are not BEGIN/COMMIT/SAVEPOINT.',
    "- CPU ms/req: the subject process's CPU time (user + system, all threads) over the run, per response. DB CPU ms/req: the same for the PostgreSQL backends connected to the bench database.",
    '- other load: CPU (in cores, of 2) that the machine spent on anything but the subject, its database backends and the load generator during the run: other work on a shared machine, which the figures do not subtract.',
    '',
  );

  lines.push('### Machine and versions', '');
  for (const [name, value] of Object.entries(run.machine)) lines.push(`- ${name}: ${value}`);
  lines.push(
    `- run: ${run.options.duration} s per measurement after ${run.options.warmup} s of warm-up, connections ${run.options.connections.join(' and ')}, seed ${run.options.seed}${run.options.pgOptions ? `, subjects' connections with PGOPTIONS="${run.options.pgOptions}"` : ''}, started ${run.startedAt}, took ${f0(run.elapsedSeconds / 60)} min`,
    '',
  );
  return lines.join('\n');
}

/** Columns a text takes in a terminal: emoji such as ✅ and ❌ take two. */
const width = (text) =>
  [...String(text)].reduce((sum, char) => sum + (/\p{Emoji_Presentation}/u.test(char) ? 2 : 1), 0);

/** A Markdown table with its columns padded (l/r: left or right aligned), as Biome formats it. */
function table(rows, align) {
  const widths = rows[0].map((_, column) => Math.max(3, ...rows.map((row) => width(row[column]))));
  const pad = (text, column) => {
    const room = ' '.repeat(widths[column] - width(text));
    return align[column] === 'r' ? `${room}${text}` : `${text}${room}`;
  };
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = widths.map((width, column) =>
    align[column] === 'r' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  return [line(rows[0]), `| ${rule.join(' | ')} |`, ...rows.slice(1).map(line)];
}

const targetNames = {
  statements: `≤ ${TARGETS.maxStatements} SQL`,
  sameAtPageSize10: 'same SQL at page size 10',
  halfOfLimit: `≥ ${TARGETS.minShareOfLimit}× limit`,
  atLeastPeer: '≥ PostGraphile',
  p99: 'p99',
  rss: `RSS < ${TARGETS.maxRssMb} MB`,
  noErrors: 'no errors',
};

export const DOCS_START = '<!-- bench:start (written by pnpm bench --update-docs) -->';
export const DOCS_END = '<!-- bench:end -->';

/** Replaces what is between the markers of docs/performance.md with the latest tables. */
export function updateDocs(path, table) {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(DOCS_START);
  const end = text.indexOf(DOCS_END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${DOCS_START} … ${DOCS_END} block`);
  writeFileSync(
    path,
    `${text.slice(0, start + DOCS_START.length)}\n\n${table}\n${text.slice(end)}`,
  );
}
