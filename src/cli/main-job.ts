import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckResult } from '../core/check.js';
import { UsageError } from '../core/finding.js';
import { lintDags } from '../dags/engine.js';
import { lintWorkerScript } from '../dags/worker.js';
import type { CliCommand, CliContext } from './command.js';
import { migrateCommand } from './migrate.js';

/** The repository this CLI ships in: dist/cli/index.js → two levels up; from source, the cwd. */
export function projectRoot(entryScript: string | undefined): string {
  return entryScript ? path.resolve(path.dirname(entryScript), '../..') : process.cwd();
}

export const EXAMPLE_VALUES = 'examples/platform/airflow/values.yaml';
/** The chart the example values target; AIRFLOW_GITOPS_CHART (a dir, .tgz or version) overrides it. */
export const EXAMPLE_CHART = '1.19.0';

/** One step of the main job. `optional` steps that cannot run here (offline) are skipped with a reason. */
// Engines other than lint-dags are imported inside their step, so `lint-dags` alone never loads them.
type Step = { title: string; optional?: boolean; run: (root: string, ctx: CliContext) => Promise<CheckResult | CheckResult[]> };

const STEPS: Step[] = [
  {
    title: 'lint-dags on dags/',
    run: (root, ctx) => lintDags({ paths: ['dags'], root, config: ctx.config, workerScript: ctx.entryScript && lintWorkerScript(ctx.entryScript) }),
  },
  {
    title: `validate-values on ${EXAMPLE_VALUES}`,
    optional: true,
    run: async (root, ctx) => {
      const { validateValues } = await import('../values/engine.js');
      return validateValues({ files: [EXAMPLE_VALUES], cwd: root, chart: process.env.AIRFLOW_GITOPS_CHART || EXAMPLE_CHART, config: ctx.config, log: ctx.log });
    },
  },
  {
    title: 'verify-wasb-logs against an embedded Azurite',
    run: async (root, ctx) => {
      const { verifyWasbLogs } = await import('../wasb/engine.js');
      const values = path.join(root, EXAMPLE_VALUES);
      return verifyWasbLogs({
        emulator: true,
        cwd: root,
        valuesFiles: fs.existsSync(values) ? [EXAMPLE_VALUES] : [],
        severities: ctx.config.rules,
        log: ctx.log,
      });
    },
  },
  {
    title: 'migrate-kind --plan (the commands a kind run would execute; nothing is run)',
    run: (root, ctx) =>
      migrateCommand.run({ ...ctx, cwd: root, positionals: [], values: { plan: true, values: [EXAMPLE_VALUES], 'chart-version': EXAMPLE_CHART } }),
  },
];

/**
 * `npm start`: every check of the suite on the repository's own examples, with embedded defaults,
 * so a fresh clone shows what the tool does without any setup.
 */
export const mainJobCommand: CliCommand = {
  name: 'main',
  summary: "Run the suite on this repository's own examples (what `npm start` runs).",
  usage: 'airflow-gitops main [options]',
  options: {},
  async run(ctx) {
    const root = projectRoot(ctx.entryScript);
    const results: CheckResult[] = [];
    for (const step of STEPS) {
      ctx.log(`▶ ${step.title}`);
      try {
        results.push(...[await step.run(root, ctx)].flat());
      } catch (e) {
        // Offline without a cached chart: say so and go on; nothing else depends on it.
        if (!step.optional || !(e instanceof UsageError)) throw e;
        ctx.log(`  skipped: ${e.message}`);
      }
    }
    return results;
  },
};
