/** Jest 30 + ts-jest in ESM mode (run with NODE_OPTIONS=--experimental-vm-modules). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // Downloads the test charts into the user cache once per run (nothing when the cache is warm).
  globalSetup: '<rootDir>/test/helpers/charts.setup.mjs',
  reporters: ['default', '<rootDir>/test/helpers/slowest-files-reporter.mjs'],
};
