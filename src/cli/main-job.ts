import * as path from 'node:path';
import { lintDags } from '../dags/engine.js';
import type { CliCommand } from './command.js';

/** The repository this CLI ships in: dist/cli/index.js → two levels up; from source, src/cli → two up. */
export function projectRoot(entryScript: string | undefined): string {
  return entryScript ? path.resolve(path.dirname(entryScript), '../..') : process.cwd();
}

/**
 * `npm start`: every check of the suite on the repository's own examples, with embedded defaults,
 * so a fresh clone shows what the tool does without any setup.
 */
export const mainJobCommand: CliCommand = {
  name: 'main',
  summary: "Run the suite on this repository's own examples (what `npm start` runs).",
  usage: 'airflow-gitops main [--format text|json] [--sarif FILE]',
  options: {},
  async run(ctx) {
    const root = projectRoot(ctx.entryScript);
    ctx.log(`lint-dags on ${path.join(root, 'dags')}`);
    const lint = await lintDags({ paths: ['dags'], root, config: ctx.config, workerScript: ctx.entryScript });
    return [lint];
  },
};
