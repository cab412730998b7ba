// jest for the API tests (tests/api) in node: on the embedded database, or with TEST_DATABASE=postgres on a temporary
// PostgreSQL server (tests/setup/api-global-setup.ts). Run through `npm run test:api` / `test:api:pg`, which set
// NODE_OPTIONS=--experimental-vm-modules for PGlite's dynamic imports.
module.exports = {
  rootDir: __dirname,
  displayName: process.env.TEST_DATABASE === 'postgres' ? 'api:pg' : 'api',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/setup/api-global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/api-global-teardown.ts',
  // Each file opens its own database (PGlite: ~2 s, ~300 MB); two workers on a 2-core machine.
  testTimeout: 30000,
  maxWorkers: 2,
  transform: {
    '^.+\\.(js|jsx|ts|tsx|mjs|cjs)$': '<rootDir>/tests/setup/babel-transformer.js',
  },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  globals: {
    API_BASE: '',
  },
  clearMocks: true,
  restoreMocks: true,
}
