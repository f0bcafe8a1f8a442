// Caseload as shipped: the built API (packages/api/dist/main.js) with NODE_ENV=production, on
// the bench database. In production it seeds nothing (server.ts) and its migrations are already
// applied, so it starts on the bench data as generated. Its log stays at the shipped level.
import { jsonRequest, startServer } from './server-process.mjs';

const ROSTER = `query Roster($first: Int!, $after: String) {
  staff(first: $first, after: $after, filter: { statuses: [ACTIVE] },
        orderBy: { field: LAST_NAME, direction: ASC }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id staffId displayName title kind status roles { id name } activeClientCount } }
  }
}`;

/** The Supervision page's two queries (supervision.operations.ts) in one request: aliases. */
function caseloadQuery(count) {
  const variables = Array.from({ length: count }, (_, i) => `$s${i}: ID!`).join(', ');
  const parts = Array.from(
    { length: count },
    (_, i) => `s${i}: superviseeCaseload(superviseeId: $s${i}) { ...Parts }`,
  ).join('\n  ');
  return `query SupervisorCaseload(${variables}) {
  mySupervisees { id displayName }
  ${parts}
}
fragment Parts on SuperviseeCaseload {
  direct { ...CaseloadClient } primary { ...CaseloadClient } walkIns { ...CaseloadClient }
}
fragment CaseloadClient on Client {
  id firstName lastName status scope riskLevel
  therapist { id displayName }
  metrics { sessionsTotal sessionsLast30Days pendingNotes lastSessionAt nextSessionAt }
}`;
}

const REASSIGN = `mutation Reassign($clientId: ID!, $to: ID!, $reason: String!, $version: Int!) {
  reassignClient(clientId: $clientId, toTherapistId: $to, reason: $reason, expectedVersion: $version) {
    id version therapist { id displayName }
  }
}`;

const BULK_REASSIGN = `mutation BulkReassign($assignments: [ClientReassignment!]!, $reason: String!) {
  bulkReassignClients(assignments: $assignments, reason: $reason)
}`;

const graphql = (token, query, variables) => jsonRequest('/graphql', token, { query, variables });

export default {
  key: 'caseload',
  name: 'Caseload',

  /** Nothing: run.mjs builds the API first (the bench itself imports packages/shared). */
  prepare() {},

  start({ repoRoot, databaseUrl, port, logFile }) {
    return startServer({
      name: this.name,
      command: process.execPath,
      args: ['packages/api/dist/main.js'],
      cwd: repoRoot,
      env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl },
      port,
      readyPath: '/healthz',
      logFile,
    });
  },

  request: {
    roster: ({ token, first, after }) => graphql(token, ROSTER, { first, after }),
    caseload: ({ token, superviseeIds }) =>
      graphql(
        token,
        caseloadQuery(superviseeIds.length),
        Object.fromEntries(superviseeIds.map((id, i) => [`s${i}`, id])),
      ),
    reassign: ({ token, clientId, toTherapistId, reason, expectedVersion }) =>
      graphql(token, REASSIGN, { clientId, to: toTherapistId, reason, version: expectedVersion }),
    bulkReassign: ({ token, assignments, reason }) =>
      graphql(token, BULK_REASSIGN, { assignments, reason }),
  },

  /** Answers in one form for every subject (scenarios.mjs checks that form). */
  read: {
    error: (json) => json.errors?.[0]?.extensions?.code ?? null,
    roster: (json) => ({
      totalCount: json.data.staff.totalCount,
      rows: json.data.staff.edges.map(({ node }) => ({
        id: node.id,
        roles: node.roles.length,
        activeClientCount: node.activeClientCount,
      })),
    }),
    caseload: (json) => {
      const { mySupervisees, ...caseloads } = json.data;
      return {
        supervisees: mySupervisees.map((supervisee) => supervisee.id),
        parts: Object.values(caseloads).map((caseload) => ({
          direct: caseload.direct,
          primary: caseload.primary,
          walkIns: caseload.walkIns,
        })),
        metricsOf: (client) => client.metrics,
      };
    },
    reassign: (json) => ({
      version: json.data.reassignClient.version,
      therapistId: json.data.reassignClient.therapist.id,
    }),
    bulkReassign: (json) => ({ moved: json.data.bulkReassignClients }),
  },
};
