import { REQUIRE_CLUSTER_ENV, probeEngine } from './test/cluster/engine.mjs';

/**
 * The real-cluster tier (test/cluster/, jest.cluster.config.js) joins the default run only when a
 * Docker engine answers; otherwise one line says why it was skipped. With
 * AIRFLOW_GITOPS_REQUIRE_CLUSTER=1 (CI) a missing engine is a failure, never a skip.
 */
function clusterTierIgnore() {
  const engine = probeEngine();
  if (engine.available) return [];
  if (process.env[REQUIRE_CLUSTER_ENV] === '1') {
    throw new Error(`${REQUIRE_CLUSTER_ENV}=1 but ${engine.reason}; start one with scripts/cluster/dockerd.sh start (npm run test:cluster does).`);
  }
  // Only said when the run could have included the tier (a full run, not `jest <one file>`).
  if (!process.argv.slice(2).some((a) => !a.startsWith('-'))) console.error(`cluster tier skipped: ${engine.reason} (npm run test:cluster starts one; ${REQUIRE_CLUSTER_ENV}=1 makes this a failure).`);
  return ['/test/cluster/'];
}

/** Jest 30 + ts-jest in ESM mode (run with NODE_OPTIONS=--experimental-vm-modules). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...clusterTierIgnore()],
  testTimeout: 60000,
  // Downloads the test charts into the user cache once per run (nothing when the cache is warm) and
  // sets the cluster tier's run id (its timing records group by it).
  globalSetup: '<rootDir>/test/helpers/global-setup.mjs',
  reporters: ['default', '<rootDir>/test/helpers/slowest-files-reporter.mjs'],
};
