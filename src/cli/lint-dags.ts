import { lintDags } from '../dags/engine.js';
import { diffOf, fixDags } from '../dags/fix/run.js';
import { lintWorkerScript } from '../dags/worker.js';
import { UsageError } from '../core/finding.js';
import type { CliCommand } from './command.js';

export const lintDagsCommand: CliCommand = {
  name: 'lint-dags',
  summary: 'Statically lint Airflow 3 DAG files (removed APIs, undefined names, DAG structure, parse-time cost).',
  usage: 'airflow-gitops lint-dags <paths…> [options]\nPaths are .py files, directories (searched recursively for .py files) or quoted globs.',
  options: {
    jobs: { type: 'string', short: 'j', value: 'N', description: 'Worker threads, 0 to 64; 0 lints on the main thread (default: chosen from the file count and CPUs).' },
    'allow-empty': { type: 'boolean', description: 'Exit 0 when a path holds no .py file (default: that is a usage error, exit 2).' },
    fix: { type: 'boolean', description: 'Apply safe fixes (Airflow 2 → 3 rewrites) to the files, then report what is left.' },
    'unsafe-fixes': { type: 'boolean', description: 'With --fix or --diff: apply fixes that may change behaviour too (days_ago → a fixed date, …).' },
    diff: { type: 'boolean', description: 'Print the fixes as a unified diff and write nothing; exit 1 when a file would change, 0 when none would.' },
  },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('lint-dags needs at least one file, directory or glob (e.g. dags/).');
    const jobs = parseJobs(ctx.values.jobs);
    const options = {
      paths: ctx.positionals,
      root: ctx.cwd,
      config: ctx.config,
      workerScript: ctx.entryScript && lintWorkerScript(ctx.entryScript),
      workers: jobs,
      allowEmpty: ctx.values['allow-empty'] === true,
      // Only JSON and SARIF output show the per-file DAG model.
      dagModel: ctx.values.format === 'json' || typeof ctx.values.sarif === 'string',
    };
    const fix = ctx.values.fix === true;
    const diff = ctx.values.diff === true;
    const unsafe = ctx.values['unsafe-fixes'] === true;
    if (unsafe && !fix && !diff) throw new UsageError('--unsafe-fixes needs --fix or --diff.');
    if (!fix && !diff) return [await lintDags(options)];
    const fixed = await fixDags({ ...options, unsafe, dryRun: diff });
    const count = fixed.changes.reduce((n, c) => n + c.fixesApplied, 0);
    const files = `${fixed.changes.length} file${fixed.changes.length === 1 ? '' : 's'}`;
    if (diff) {
      ctx.out(diffOf(fixed.changes));
      ctx.log(`Would fix ${count} problem${count === 1 ? '' : 's'} in ${files}.`);
      return [{ ...fixed.result, printed: true, exitCode: fixed.changes.length ? 1 : 0 }];
    }
    ctx.log(`Fixed ${count} problem${count === 1 ? '' : 's'} in ${files}.`);
    return [fixed.result];
  },
};

/** `--jobs N`: worker threads (0 = lint on the main thread); default: chosen from the file count and CPUs. */
function parseJobs(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n > 64) throw new UsageError(`--jobs must be a whole number from 0 to 64, got "${String(value)}".`);
  return n;
}
