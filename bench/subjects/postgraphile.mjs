// The peer: PostGraphile 4.14.1 (bench/postgraphile, its own package.json and lock, installed
// here with npm ci on first use; not part of the pnpm workspace) on the same database, with the
// SQL functions of bench/postgraphile/schema.sql created in schemas of its own.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allPermissions, effectivePermissions, practitionerKinds } from '@caseload/shared';
import { jsonRequest, startServer } from './server-process.mjs';

const folder = fileURLToPath(new URL('../postgraphile/', import.meta.url));

/** PostGraphile's errors carry the SQLSTATE the functions raise (extendedErrors: errcode). */
const codes = {
  CL401: 'UNAUTHENTICATED',
  CL403: 'FORBIDDEN',
  CL404: 'NOT_FOUND',
  CL409: 'CONFLICT',
  CL422: 'BAD_USER_INPUT',
};

// The practice in the client-count condition is redundant (a member's clients are of their
// practice) but lets PostgreSQL use the app's tenant-first index on client; without it the
// count scans that index per member.
const ROSTER = `query Roster($first: Int!, $offset: Int!, $practiceId: UUID!) {
  roster(statuses: [ACTIVE], first: $first, offset: $offset) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id staffId firstName lastName title kind status
      roleAssignmentsByStaffMemberId { nodes { roleByRoleId { id name } } }
      activeClients: clientsByTherapistId(condition: { practiceId: $practiceId, status: ACTIVE }) {
        totalCount
      }
    }
  }
}`;

const CASELOAD = `query SupervisorCaseload {
  supervisorCaseload {
    nodes {
      part sessionsTotal sessionsLast30Days pendingNotes lastSessionAt nextSessionAt
      supervisee: staffMemberBySuperviseeId { id firstName lastName }
      client: clientByClientId {
        id firstName lastName status scope riskLevel
        therapist: staffMemberByTherapistId { id firstName lastName }
      }
    }
  }
}`;

const REASSIGN = `mutation Reassign($clientId: UUID!, $to: UUID!, $reason: String!, $version: Int!) {
  reassignClient(input: { clientId: $clientId, toTherapistId: $to, reason: $reason, expectedVersion: $version }) {
    client { id version therapist: staffMemberByTherapistId { id firstName lastName } }
  }
}`;

const BULK_REASSIGN = `mutation BulkReassign($clientIds: [UUID]!, $to: [UUID]!, $reason: String!) {
  bulkReassignClients(input: { clientIds: $clientIds, toTherapistIds: $to, reason: $reason }) { integer }
}`;

const graphql = (token, query, variables) => jsonRequest('/graphql', token, { query, variables });

/** The functions' SQL, with what ON_HOLD keeps and who may take clients from packages/shared. */
export function schemaSql() {
  const onHold = [
    ...effectivePermissions(
      {
        status: 'ON_HOLD',
        roles: [{ roleId: 'all', roleName: 'all', permissions: allPermissions }],
        overrides: [],
      },
      new Date(),
    ),
  ];
  const array = (values, type) =>
    `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]::${type}[]`;
  return readFileSync(`${folder}schema.sql`, 'utf8')
    .replaceAll('{{ON_HOLD_PERMISSIONS}}', array(onHold, 'text'))
    .replaceAll('{{PRACTITIONER_KINDS}}', array(practitionerKinds, 'staff_kind'));
}

export default {
  key: 'postgraphile',
  name: 'PostGraphile 4.14.1',

  /** npm ci in bench/postgraphile, unless PostGraphile 4.14.1 is installed there already. */
  prepare({ log }) {
    const installed = `${folder}node_modules/postgraphile/package.json`;
    if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === '4.14.1') {
      return;
    }
    log(`installing PostGraphile in ${folder} (npm ci)`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: folder,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  },

  /** The functions, in the bench database only (dropped with it). */
  async setupDatabase(pool) {
    await pool.query(schemaSql());
  },

  start({ databaseUrl, port, logFile }) {
    return startServer({
      name: this.name,
      command: process.execPath,
      args: ['server.mjs'],
      cwd: folder,
      env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl },
      port,
      readyPath: '/graphql',
      logFile,
    });
  },

  request: {
    roster: ({ token, first, after, practiceId }) => {
      const offset = after
        ? Number(/^offset:(\d+)$/.exec(Buffer.from(after, 'base64url'))[1]) + 1
        : 0;
      return graphql(token, ROSTER, { first, offset, practiceId });
    },
    caseload: ({ token }) => graphql(token, CASELOAD, {}),
    reassign: ({ token, clientId, toTherapistId, reason, expectedVersion }) =>
      graphql(token, REASSIGN, { clientId, to: toTherapistId, reason, version: expectedVersion }),
    bulkReassign: ({ token, assignments, reason }) =>
      graphql(token, BULK_REASSIGN, {
        clientIds: assignments.map((assignment) => assignment.clientId),
        to: assignments.map((assignment) => assignment.toTherapistId),
        reason,
      }),
  },

  read: {
    error: (json) => {
      const error = json.errors?.[0];
      return error ? (codes[error.errcode] ?? error.errcode ?? 'INTERNAL_SERVER_ERROR') : null;
    },
    roster: (json) => ({
      totalCount: json.data.roster.totalCount,
      rows: json.data.roster.nodes.map((node) => ({
        id: node.id,
        roles: node.roleAssignmentsByStaffMemberId.nodes.length,
        activeClientCount: node.activeClients.totalCount,
      })),
    }),
    caseload: (json) => {
      const bySupervisee = new Map();
      for (const entry of json.data.supervisorCaseload.nodes) {
        const id = entry.supervisee.id;
        if (!bySupervisee.has(id)) bySupervisee.set(id, { direct: [], primary: [], walkIns: [] });
        bySupervisee.get(id)[entry.part].push({ ...entry.client, metrics: entry });
      }
      return {
        supervisees: [...bySupervisee.keys()],
        parts: [...bySupervisee.values()],
        metricsOf: (client) => client.metrics,
      };
    },
    reassign: (json) => ({
      version: json.data.reassignClient.client.version,
      therapistId: json.data.reassignClient.client.therapist.id,
    }),
    bulkReassign: (json) => ({ moved: json.data.bulkReassignClients.integer }),
  },
};
