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
  // Two files side by side: the light ones mostly wait (the budget test's timeout, an image no node
  // can pull, crash-loop back-off), so they fit beside a heavy one; two heavy ones together gain
  // nothing on 2 cores, hence the order in the sequencer. Two clusters fit in memory (~3 GB each), and
  // every phase budget leaves several times the measured time for it.
  // package.json's test:cluster runs scripts/cluster/prepare.sh first, so no two workers build one
  // image at once. CI's `npm test` (jest.config.js) keeps one worker: there the tier shares the
  // machine with the rest of the suite.
  maxWorkers: 2,
  // Heavy files paired with light ones (test/cluster/sequencer.mjs).
  testSequencer: '<rootDir>/test/cluster/sequencer.mjs',
  // The tier needs no test charts (helm fetches the chart from the repository itself).
  globalSetup: '<rootDir>/test/cluster/global-setup.mjs',
  // Images may be built on a cold machine; every hook and test sets its own budget as well.
  testTimeout: 60 * 60 * 1000,
};
