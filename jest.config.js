// ES modules end to end: swc strips the types and keeps `import`, jest runs them
// natively (node --experimental-vm-modules), so import.meta works in tests too.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // A real Neo4j for the store suites: started here when none answers, stopped after.
  globalSetup: '<rootDir>/tests/neo4j-global-setup.ts',
  globalTeardown: '<rootDir>/tests/neo4j-global-teardown.ts',
  testTimeout: 120000,
};
