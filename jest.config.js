// Two projects: `unit` = specs beside the code (src/**/*.spec.ts), no database and no build;
// `integration` = end-to-end suites in test/ (*.e2e-spec.ts), which the global set-up gives a build
// (dist/), one embedded PostgreSQL and a migrated template database, and whose environment
// (test/support/app-environment.ts) creates each suite's app inside the jest worker.
// Jest runs a project's global set-up only when at least one of its tests is selected.
const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

module.exports = {
  maxWorkers: 2,
  // Jest reads the timeout from the top level only; a project's own testTimeout is ignored.
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testEnvironment: '<rootDir>/test/support/app-environment.ts',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
