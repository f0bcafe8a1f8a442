// What each scenario asks, of whom, and what a right answer is. Subjects say how to ask
// (subject.request) and how to read the answer into one form (subject.read); checks compare
// that form with the generated data, and with what the other subjects answered.

const REASON = 'Bench: balancing caseloads';

/** The app's cursor (packages/api/src/graphql/pagination.ts): the offset of the row it names. */
export const encodeCursor = (offset) => Buffer.from(`offset:${offset}`).toString('base64url');

export function buildScenarios(fixtures) {
  const { counts, expected } = fixtures;
  return [
    {
      key: 'Q1p1',
      label: 'Q1 roster, page 1 (50, ACTIVE, by last name, roles, active clients)',
      kind: 'read',
      token: 'manager',
      op: 'roster',
      args: { first: 50, after: null, practiceId: fixtures.manager.practiceId },
      check: rosterCheck(50, counts.largeActiveStaff),
    },
    {
      key: 'Q1p20',
      label: 'Q1 roster, page 20',
      kind: 'read',
      token: 'manager',
      op: 'roster',
      args: {
        first: 50,
        after: encodeCursor(19 * 50 - 1),
        practiceId: fixtures.manager.practiceId,
      },
      check: rosterCheck(50, counts.largeActiveStaff),
    },
    {
      key: 'Q2',
      label: 'Q2 supervisor caseload (6 supervisees, 300 clients)',
      kind: 'read',
      token: 'supervisor',
      op: 'caseload',
      args: { superviseeIds: fixtures.supervisees },
      check: caseloadCheck(expected),
    },
    {
      key: 'M1',
      label: 'M1 reassign one client (rotating over 1,000)',
      kind: 'write',
      token: 'manager',
      op: 'reassign',
      rotation: reassignRotation(fixtures.reassign),
    },
    {
      key: 'M2',
      label: 'M2 bulk reassign 50 clients',
      kind: 'write',
      token: 'manager',
      op: 'bulkReassign',
      rotation: bulkRotation(fixtures.bulk),
    },
    {
      key: 'Q3',
      label: 'Q3 small practice roster (10 staff)',
      kind: 'read',
      token: 'smallOwner',
      op: 'roster',
      args: { first: 50, after: null, practiceId: fixtures.smallOwner.practiceId },
      check: rosterCheck(counts.smallActiveStaff, counts.smallActiveStaff),
    },
  ];
}

/** Statement counts only: the roster at page size 10, to compare with 50. */
export function countOnlyScenarios(fixtures) {
  return [
    {
      key: 'Q1p1@10',
      label: 'Q1 roster, page 1 at page size 10',
      kind: 'read',
      token: 'manager',
      op: 'roster',
      args: { first: 10, after: null, practiceId: fixtures.manager.practiceId },
      check: rosterCheck(10, fixtures.counts.largeActiveStaff),
    },
  ];
}

function rosterCheck(rows, totalCount) {
  return (answer) => {
    const problems = [];
    if (answer.rows.length !== rows) problems.push(`${answer.rows.length} rows, not ${rows}`);
    if (answer.totalCount !== totalCount) {
      problems.push(`totalCount ${answer.totalCount}, not ${totalCount}`);
    }
    if (answer.rows.some((row) => row.roles < 1 || row.roles > 3)) {
      problems.push('a member without 1-3 roles');
    }
    if (answer.rows.some((row) => !Number.isInteger(row.activeClientCount))) {
      problems.push('a member without an active client count');
    }
    return { problems, identity: answer.rows.map((row) => `${row.id}:${row.activeClientCount}`) };
  };
}

function caseloadCheck(expected) {
  return (answer) => {
    const problems = [];
    const count = (part) => answer.parts.reduce((sum, parts) => sum + parts[part].length, 0);
    const directOrPrimary = count('direct') + count('primary');
    const walkIns = count('walkIns');
    if (answer.supervisees.length !== expected.supervisees) {
      problems.push(`${answer.supervisees.length} supervisees, not ${expected.supervisees}`);
    }
    if (directOrPrimary !== expected.directOrPrimary) {
      problems.push(
        `${directOrPrimary} direct or primary clients, not ${expected.directOrPrimary}`,
      );
    }
    if (walkIns !== expected.walkIns) problems.push(`${walkIns} walk-ins, not ${expected.walkIns}`);
    const clients = answer.parts.flatMap((parts) => [
      ...parts.direct,
      ...parts.primary,
      ...parts.walkIns,
    ]);
    if (clients.some((client) => !Number.isInteger(answer.metricsOf(client).sessionsTotal))) {
      problems.push('a client without metrics');
    }
    const identity = clients
      .map(
        (client) =>
          `${client.id}:${answer.metricsOf(client).sessionsTotal}:${answer.metricsOf(client).pendingNotes}`,
      )
      .sort();
    return { problems, identity };
  };
}

/**
 * M1: each request moves the next of the 1,000 clients between two therapists, sending the
 * version it last saw (read from the database before each run, then from each answer).
 */
function reassignRotation({ clientIds, targets }) {
  let clients = [];
  let next = 0;
  return {
    async sync(pool) {
      const { rows } = await pool.query(
        'SELECT id, version, "therapistId" FROM client WHERE id = ANY ($1)',
        [clientIds],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      clients = clientIds.map((id) => byId.get(id));
      next = 0;
    },
    take() {
      let client = clients[next % clients.length];
      for (let tries = 0; client.stale && tries < clients.length; tries += 1) {
        next += 1;
        client = clients[next % clients.length];
      }
      next += 1;
      const to = client.therapistId === targets[0] ? targets[1] : targets[0];
      return {
        handle: { client, to, version: client.version },
        args: {
          clientId: client.id,
          toTherapistId: to,
          reason: REASON,
          expectedVersion: client.version,
        },
      };
    },
    settle({ client, to, version }, answer) {
      const problems = [];
      if (answer.version !== version + 1)
        problems.push(`version ${answer.version}, not ${version + 1}`);
      if (answer.therapistId !== to) problems.push('the therapist did not change');
      client.version = answer.version;
      client.therapistId = answer.therapistId;
      return problems;
    },
    /** An error leaves this client's version unknown: it is skipped until the next sync. */
    fail({ client }) {
      client.stale = true;
    },
  };
}

/** M2: each request moves the next group of 50 clients (of 1,000) to the other therapist. */
function bulkRotation({ clientIds, targets }, size = 50) {
  const groups = [];
  for (let i = 0; i < clientIds.length; i += size)
    groups.push({ ids: clientIds.slice(i, i + size) });
  let next = 0;
  return {
    async sync(pool) {
      const { rows } = await pool.query(
        'SELECT id, "therapistId" FROM client WHERE id = ANY ($1)',
        [groups.map((group) => group.ids[0])],
      );
      const therapistOf = new Map(rows.map((row) => [row.id, row.therapistId]));
      for (const group of groups) {
        group.therapistId = therapistOf.get(group.ids[0]);
        group.stale = false;
        group.moving = false;
      }
      next = 0;
    },
    take() {
      // A group still moving is skipped: sent again, it would be sent to the therapist it is
      // already going to (a slow answer, with 10 connections over 20 groups).
      let group = groups[next % groups.length];
      for (let tries = 0; (group.stale || group.moving) && tries < groups.length; tries += 1) {
        next += 1;
        group = groups[next % groups.length];
      }
      next += 1;
      group.moving = true;
      const to = group.therapistId === targets[0] ? targets[1] : targets[0];
      return {
        handle: { group, to },
        args: {
          assignments: group.ids.map((clientId) => ({ clientId, toTherapistId: to })),
          reason: REASON,
        },
      };
    },
    settle({ group, to }, answer) {
      group.moving = false;
      group.therapistId = to;
      return answer.moved === group.ids.length
        ? []
        : [`moved ${answer.moved}, not ${group.ids.length}`];
    },
    fail({ group }) {
      group.moving = false;
      group.stale = true;
    },
  };
}

/** The request a scenario sends next, for a subject (a rotation picks new arguments each time). */
export function nextRequest(scenario, subject, tokens) {
  const token = tokens[scenario.token];
  if (!scenario.rotation)
    return { request: subject.request[scenario.op]({ token, ...scenario.args }) };
  const { handle, args } = scenario.rotation.take();
  return { request: subject.request[scenario.op]({ token, ...args }), handle };
}

/**
 * Reads one answer: { code } for an error, else the check's problems (and, for reads, what
 * identifies the answer, to compare subjects).
 */
export function judge(scenario, subject, body, handle) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return { code: 'NOT_JSON', problems: [`not JSON: ${String(body).slice(0, 120)}`] };
  }
  const code = subject.read.error(json);
  if (code) {
    scenario.rotation?.fail(handle);
    return { code, problems: [`error ${code}: ${json.errors?.[0]?.message}`] };
  }
  const answer = subject.read[scenario.op](json);
  if (scenario.rotation) return { problems: scenario.rotation.settle(handle, answer) };
  return scenario.check(answer);
}

/**
 * One cross-practice request: the large practice's manager reassigns a small practice's client.
 * It must answer NOT_FOUND and leave the client as it was.
 */
export function crossPracticeRequest(subject, tokens, fixtures) {
  return subject.request.reassign({
    token: tokens.manager,
    clientId: fixtures.otherPracticeClientId,
    toTherapistId: fixtures.reassign.targets[0],
    reason: REASON,
    expectedVersion: 1,
  });
}
