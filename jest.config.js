/**
 * The test pyramid, one Jest project per level. A project's global setup runs only when that project has tests
 * selected, so `jest --selectProjects unit` needs no stack:
 * - unit: tests next to the code, workflow tests on Temporal's time-skipping test server (installed once into the
 *   user cache by the setup), replays of recorded histories; nothing else runs.
 * - integration, e2e, chaos: against the real stack. Their setup brings it up (or reuses it) exactly as
 *   `npm start` does, and the teardown stops only what it started.
 * - chaos: the drills that kill the stack's processes run one file at a time, after or before the others.
 * @type {import('jest').Config}
 */
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }];
const shared = {
  // jose (player tokens) and @marcbachmann/cel-js (AML rule conditions) ship ES modules only: swc turns their files
  // into CommonJS like ours.
  transform: {
    '^.+\\.ts$': swc,
    '/node_modules/jose/.+\\.js$': swc,
    '/node_modules/@marcbachmann/cel-js/.+\\.js$': swc,
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/|@marcbachmann/cel-js/)'],
  testEnvironment: 'node',
};
const stack = {
  ...shared,
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};
module.exports = {
  testTimeout: 120_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      globalSetup: '<rootDir>/test/unit-global-setup.ts',
      testMatch: [
        '<rootDir>/{api,activities,bench,contracts,domain,domains,platform,scripts,stack,workers,workflows}/**/*.test.ts',
        '<rootDir>/test/support/**/*.test.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', '\\.(int|e2e|chaos)\\.test\\.ts$'],
    },
    { ...stack, displayName: 'integration', testMatch: ['<rootDir>/**/*.int.test.ts'] },
    { ...stack, displayName: 'e2e', testMatch: ['<rootDir>/**/*.e2e.test.ts'] },
    {
      ...stack,
      displayName: 'chaos',
      testMatch: ['<rootDir>/**/*.chaos.test.ts'],
      // Jest has no per-project worker count; a runner marked serial runs its files in band.
      runner: '<rootDir>/test/support/serial-runner.js',
    },
  ],
};
