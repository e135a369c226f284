/**
 * The real-cluster tier (test/cluster/): kind, helm and the action bundles against a real Kubernetes
 * in Docker. `npm run test:cluster` starts the engine (scripts/cluster/dockerd.sh) and runs only this
 * tier; `npm test` includes it when an engine already answers (see jest.config.js).
 */
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/cluster/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // One cluster at a time: the machine has 2 cores and kind clusters share the engine.
  maxWorkers: 1,
  // The tier needs no test charts (helm fetches the chart from the repository itself).
  globalSetup: '<rootDir>/test/cluster/global-setup.mjs',
  // Images may be built on a cold machine; every hook and test sets its own budget as well.
  testTimeout: 60 * 60 * 1000,
};
