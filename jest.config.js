/** One Jest run over every package, so CI gets a single JSON report. */
module.exports = {
  projects: ['<rootDir>/packages/shared', '<rootDir>/packages/api', '<rootDir>/packages/admin-web'],
  // A global option: Jest ignores it inside a project. Embedded PostgreSQL takes seconds to boot.
  testTimeout: 120000,
};
