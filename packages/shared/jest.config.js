module.exports = {
  displayName: 'shared',
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': require('../../jest.swc.js') },
  testMatch: ['<rootDir>/src/**/*.test.ts'],
};
