/** Unit tests of the admin app's pure logic, and browser tests against the built API and app. */
module.exports = {
  displayName: 'admin-web',
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': require('../../jest.swc.js') },
  testMatch: ['<rootDir>/e2e/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  moduleNameMapper: { '^@caseload/shared$': '<rootDir>/../shared/src/index.ts' },
};
