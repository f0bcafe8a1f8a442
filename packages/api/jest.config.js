module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': require('../../jest.swc.js') },
  moduleNameMapper: {
    '^@caseload/shared$': '<rootDir>/../shared/src/index.ts',
    // Node resolves a dynamic import by its emitted name; Jest runs the TypeScript source.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/src/test/global-setup.ts',
  globalTeardown: '<rootDir>/src/test/global-teardown.ts',
};
