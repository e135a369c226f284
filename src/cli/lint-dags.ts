import { lintDags } from '../dags/engine.js';
import { lintWorkerScript } from '../dags/worker.js';
import { UsageError } from '../core/finding.js';
import type { CliCommand } from './command.js';

export const lintDagsCommand: CliCommand = {
  name: 'lint-dags',
  summary: 'Statically lint Airflow 3 DAG files (removed APIs, undefined names, DAG structure, parse-time cost).',
  usage: 'airflow-gitops lint-dags <paths…> [--sarif FILE] [--format text|json] [--config FILE] [--fail-on LEVEL]',
  options: {},
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('lint-dags needs at least one file, directory or glob (e.g. dags/).');
    const result = await lintDags({ paths: ctx.positionals, root: ctx.cwd, config: ctx.config, workerScript: ctx.entryScript && lintWorkerScript(ctx.entryScript) });
    return [result];
  },
};
