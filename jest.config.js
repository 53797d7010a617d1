/**
 * Jest runs against the real stack: the global setup brings up (or reuses) Temporal, Postgres, Kafka and our
 * processes, exactly as `npm start` does, and the teardown stops only what it started.
 * @type {import('jest').Config}
 */
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }];
const shared = {
  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
};
module.exports = {
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 120_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{api,activities,bench,contracts,domain,domains,platform,stack,workers,workflows}/**/*.test.ts'],
    },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/test/**/*.int.test.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e.test.ts'] },
  ],
};
