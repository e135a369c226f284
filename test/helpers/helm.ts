import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
/** The real helm the tests use: set by .ci/run to the binary scripts/helm.mjs built. */
export const HELM_ENV = 'AIRFLOW_GITOPS_HELM';
/** Set by CI (.ci/run): a missing helm fails the real-helm tests instead of skipping them. */
export const REQUIRE_HELM_ENV = 'AIRFLOW_GITOPS_REQUIRE_HELM';

/**
 * The real helm: $AIRFLOW_GITOPS_HELM, else the pinned one scripts/helm.mjs built in the user cache,
 * else the one line saying why there is none. Never a helm found on PATH: its version is unknown.
 */
export function realHelm(): { binary?: string; problem?: string } {
  const fromEnv = process.env[HELM_ENV]?.trim();
  if (fromEnv) {
    const r = spawnSync(fromEnv, ['version', '--template', '{{.Version}}'], { encoding: 'utf8', timeout: 30_000 });
    if (r.status === 0) return { binary: fromEnv };
    return { problem: `${HELM_ENV}=${fromEnv} does not run (${r.error?.message ?? r.stderr.trim().split('\n').pop() ?? `exit ${r.status}`})` };
  }
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/helm.mjs'), '--path'], { encoding: 'utf8', timeout: 30_000 });
  if (r.status === 0) return { binary: r.stdout.trim() };
  return { problem: r.stderr.trim().split('\n').pop() || `scripts/helm.mjs --path exited ${r.status}` };
}

/**
 * `describe` for tests that need the real helm: runs them when it exists; otherwise skips them with
 * one line saying why, or, under $AIRFLOW_GITOPS_REQUIRE_HELM=1 (CI), fails with that line.
 */
export function describeWithHelm(name: string, body: (helm: string) => void): void {
  const { binary, problem } = realHelm();
  if (binary) {
    describe(name, () => body(binary));
    return;
  }
  if (process.env[REQUIRE_HELM_ENV] === '1') {
    describe(name, () => {
      it('has the real helm', () => {
        throw new Error(`${REQUIRE_HELM_ENV}=1 but there is no helm: ${problem}`);
      });
    });
    return;
  }
  process.stderr.write(`skipping "${name}": ${problem}\n`);
  describe.skip(name, () => body(''));
}
