/**
 * The order the real-cluster tier's files start in when two run side by side (jest.cluster.config.js).
 * The machine is CPU-bound while Airflow starts: two heavy files together take as long as one after
 * the other (measured: the happy path and the upgrade side by side, 450 s each, against 252 + 218 s
 * alone). So each heavy file gets light company — the budget test mostly waits out its timeout, the
 * pull failure never starts Airflow — the longest starts first, and the two heaviest overlap as little
 * as the rest allows.
 * Jest hands the next file in this order to whichever worker is free.
 */
import DefaultSequencer from '@jest/test-sequencer';
import path from 'node:path';

export const TIER_ORDER = [
  'migrate-kind.upgrade.cluster.test.ts', // heavy and the longest: two releases, two migrations, two smoke runs
  'migrate-kind.budget.cluster.test.ts', // light: a Pending pod and a timeout
  'migrate-kind.failures.cluster.test.ts', // light: an image no node can pull
  'migrate-kind.cluster.test.ts', // heavy: install, migrate, four components, smoke task, then cluster: existing
  'migrate-kind.wrong-password.cluster.test.ts', // medium: a migration crash-looping three times
];

const rank = (test) => {
  const i = TIER_ORDER.indexOf(path.basename(test.path));
  return i === -1 ? TIER_ORDER.length : i;
};

// A CommonJS module: its class is the default export, or that export's own `default`.
const Base = DefaultSequencer.default ?? DefaultSequencer;

export default class ClusterTierSequencer extends Base {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  }
}
