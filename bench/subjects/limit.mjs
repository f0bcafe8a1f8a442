// The limit: limit-server.mjs (node:http + pg, one SQL statement per request, JSON built in
// PostgreSQL). Nothing to build or install: it uses the workspace's pg and @caseload/shared.
import { fileURLToPath } from 'node:url';
import { jsonRequest, startServer } from './server-process.mjs';

const server = fileURLToPath(new URL('./limit-server.mjs', import.meta.url));

export default {
  key: 'limit',
  name: 'limit (node:http + pg)',

  prepare() {},

  start({ repoRoot, databaseUrl, port, logFile }) {
    return startServer({
      name: this.name,
      command: process.execPath,
      args: [server],
      cwd: repoRoot,
      env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl },
      port,
      readyPath: '/',
      logFile,
    });
  },

  request: {
    roster: ({ token, first, after }) => jsonRequest('/roster', token, { first, after }),
    caseload: ({ token }) => jsonRequest('/caseload', token, {}),
    reassign: ({ token, clientId, toTherapistId, reason, expectedVersion }) =>
      jsonRequest('/reassign', token, { clientId, toTherapistId, reason, expectedVersion }),
    bulkReassign: ({ token, assignments, reason }) =>
      jsonRequest('/bulk-reassign', token, { assignments, reason }),
  },

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
    caseload: (json) => ({
      supervisees: json.data.mySupervisees.map((supervisee) => supervisee.id),
      parts: json.data.mySupervisees.map((supervisee) => supervisee.caseload),
      metricsOf: (client) => client.metrics,
    }),
    reassign: (json) => ({
      version: json.data.reassignClient.version,
      therapistId: json.data.reassignClient.therapist.id,
    }),
    bulkReassign: (json) => ({ moved: json.data.bulkReassignClients }),
  },
};
