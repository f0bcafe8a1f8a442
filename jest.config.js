/** One Jest run over every package, so CI gets a single JSON report. */
module.exports = {
  projects: ['<rootDir>/packages/shared', '<rootDir>/packages/api', '<rootDir>/packages/admin-web'],
};
