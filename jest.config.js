// ES modules end to end: swc strips the types and keeps `import`, jest runs them
// natively (node --experimental-vm-modules), so import.meta works in tests too.
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

// The suites that read and write the shared Neo4j at NEO4J_URI; they take turns
// (tests/helpers/shared-neo4j.ts). neo4j-fault runs a server of its own, since it kills it.
const NEO4J_SUITES = [
  '<rootDir>/tests/store/neo4j-conformance.test.ts',
  '<rootDir>/tests/store/store-contract.test.ts',
  '<rootDir>/tests/query/counted-answers.test.ts',
];

export default {
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'main', testMatch: ['<rootDir>/tests/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', ...NEO4J_SUITES.map((s) => s.replace('<rootDir>', ''))] },
    // A project's global setup runs only when one of its suites is selected: a
    // local Neo4j is started here when none answers, and stopped after, only
    // for the suites above (`npm test -- tests/extract` never starts one).
    {
      ...common,
      displayName: 'neo4j',
      testMatch: NEO4J_SUITES,
      globalSetup: '<rootDir>/tests/neo4j-global-setup.ts',
      globalTeardown: '<rootDir>/tests/neo4j-global-teardown.ts',
    },
  ],
};
