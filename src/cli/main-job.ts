import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckResult } from '../core/check.js';
import { countBySeverity, UsageError } from '../core/finding.js';
import { DEFAULT_CHART_VERSION } from '../core/versions.js';
import { lintDags } from '../dags/engine.js';
import { lintWorkerScript } from '../dags/worker.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import type { CliCommand, CliContext } from './command.js';
import { migrateCommand } from './migrate.js';

/** The repository this CLI ships in: dist/cli/index.js → two levels up; from source, the cwd. */
export function projectRoot(entryScript: string | undefined): string {
  return entryScript ? path.resolve(path.dirname(entryScript), '../..') : process.cwd();
}

export const EXAMPLE_VALUES = 'examples/platform/airflow/values.yaml';
/** The users' own files as they wrote them, bugs included: what the suite is there to catch. */
export const ORIGINAL_VALUES = 'examples/original/platform/airflow/values.yaml';
export const ORIGINAL_DAG = 'examples/original/dags/detect_and_retrain.py';
/** The chart the example values target; AIRFLOW_GITOPS_CHART (a dir, .tgz or version) overrides it. */
export const EXAMPLE_CHART = DEFAULT_CHART_VERSION;

/** Which files a step checks: the users' originals or the corrected examples. */
type Variant = { label: 'original' | 'corrected'; dags: string; values: string };
const VARIANTS: Variant[] = [
  { label: 'original', dags: ORIGINAL_DAG, values: ORIGINAL_VALUES },
  { label: 'corrected', dags: 'dags', values: EXAMPLE_VALUES },
];

interface StepOptions {
  /** Where the plan YAML of migrate --plan goes: stdout (--show-plan), a file (--plan-file) or nowhere. */
  plan: (text: string) => void;
}

/** One step of the main job: one check on one set of files. */
// Engines other than lint-dags are imported inside their step, so `lint-dags` alone never loads them.
type Step = { check: string; files: string; run: (root: string, ctx: CliContext, options: StepOptions) => Promise<CheckResult> };

function steps(): Step[] {
  const out: Step[] = [];
  for (const v of VARIANTS) {
    out.push({
      check: 'lint-dags',
      files: v.dags,
      run: (root, ctx) => lintDags({ paths: [v.dags], root, config: ctx.config, workerScript: ctx.entryScript && lintWorkerScript(ctx.entryScript) }),
    });
  }
  for (const v of VARIANTS) {
    out.push({
      check: 'validate-values',
      files: v.values,
      run: async (root, ctx) => {
        const { validateValues } = await import('../values/engine.js');
        // Offline with no cached chart, the engine checks from the built-in chart facts.
        return validateValues({ files: [v.values], cwd: root, chart: process.env.AIRFLOW_GITOPS_CHART || EXAMPLE_CHART, config: ctx.config, log: ctx.log });
      },
    });
  }
  for (const v of VARIANTS) {
    out.push({
      check: 'verify-wasb-logs',
      files: v.values,
      run: async (root, ctx) => {
        const { verifyWasbLogs } = await import('../wasb/engine.js');
        // The embedded Azurite stands in for the storage account: the round trip runs offline.
        return verifyWasbLogs({ emulator: true, cwd: root, valuesFiles: [v.values], severities: ctx.config.rules, log: ctx.log });
      },
    });
  }
  for (const v of VARIANTS) {
    out.push({
      check: 'migrate-kind --plan',
      files: v.values,
      run: async (root, ctx, options) => {
        const [result] = await migrateCommand.run({ ...ctx, cwd: root, positionals: [], out: options.plan, values: { plan: true, values: [v.values], 'chart-version': EXAMPLE_CHART } });
        return result;
      },
    });
  }
  return out;
}

interface Row {
  check: string;
  files: string;
  errors: string;
  warnings: string;
  time: string;
}

/** The last thing `npm start` prints: one line per check and file set, aligned for a terminal. */
export function verdictTable(rows: Row[]): string {
  const header: Row = { check: 'check', files: 'files', errors: 'errors', warnings: 'warnings', time: 'time' };
  const cols = ['check', 'files', 'errors', 'warnings', 'time'] as const;
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[header, ...rows].map((r) => r[c].length))])) as Record<(typeof cols)[number], number>;
  const right = new Set(['errors', 'warnings', 'time']);
  const line = (r: Row) =>
    cols
      .map((c) => (right.has(c) ? r[c].padStart(width[c]) : r[c].padEnd(width[c])))
      .join('  ')
      .trimEnd();
  return [line(header), cols.map((c) => '-'.repeat(width[c])).join('  '), ...rows.map(line)].join('\n') + '\n';
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * `npm start`: every check of the suite on the users' original files and on the corrected examples,
 * with embedded defaults and no network, so a fresh clone shows what the suite catches. The results
 * stream as they come; the verdict table is the last thing on stdout. Exits 0 when every check ran
 * (the original files' errors are the demonstration, not a failure); 2 when a check could not run.
 */
export const mainJobCommand: CliCommand = {
  name: 'main',
  summary: "Run every check on the users' original files and the corrected examples (what `npm start` runs).",
  usage: 'airflow-gitops main [options]',
  options: {
    'show-plan': { type: 'boolean', default: false, description: 'Also print the migrate-kind plans (the commands a kind run would execute) on stdout.' },
    'plan-file': { type: 'string', value: 'FILE', description: 'Write the migrate-kind plans to FILE instead.' },
  },
  async run(ctx) {
    const root = projectRoot(ctx.entryScript);
    const json = ctx.values.format === 'json';
    const planFile = ctx.values['plan-file'] as string | undefined;
    if (planFile) fs.writeFileSync(planFile, '');
    const plan = (text: string) => {
      if (planFile) fs.appendFileSync(planFile, text.endsWith('\n') ? text : `${text}\n`);
      else if (ctx.values['show-plan']) ctx.out(text.endsWith('\n') ? text : `${text}\n`);
    };
    const results: CheckResult[] = [];
    const rows: Row[] = [];
    const failed: string[] = [];
    for (const step of steps()) {
      ctx.log(`▶ ${step.check} on ${step.files}`);
      const started = performance.now();
      try {
        const result = await step.run(root, ctx, { plan });
        results.push(result);
        const t = countBySeverity(result.findings);
        rows.push({ check: step.check, files: step.files, errors: String(t.error), warnings: String(t.warning), time: seconds(result.run.durationMs) });
        ctx.out(json ? formatJson(result.findings, result.run) : `\n${step.check} on ${step.files}\n${formatText(result.findings, result.run)}`);
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        // A check that cannot run here is a failure of the demo, shown in its row, never a silent skip.
        failed.push(`${step.check} on ${step.files}: ${e.message}`);
        rows.push({ check: step.check, files: step.files, errors: 'failed', warnings: '-', time: seconds(performance.now() - started) });
      }
    }
    writeSarif(ctx.values.sarif as string | undefined, results);
    if (planFile) ctx.log(`migrate-kind plans written to ${planFile}`);
    if (!json) {
      ctx.out(
        `\nVerdict: the users' original files (examples/original/) as written, then the corrected ones.` +
          `${planFile || ctx.values['show-plan'] ? '' : ' The migrate-kind plans: --show-plan or --plan-file FILE.'}\n`,
      );
      ctx.out(verdictTable(rows));
    }
    if (failed.length) throw new UsageError(`${failed.length} check(s) could not run:\n${failed.join('\n')}`);
    // Already printed above; returning them would print them again and fail the demo on its own examples.
    return [];
  },
};

/** Like the CLI's --sarif: the first check's run in FILE, the others beside it named after their check. */
function writeSarif(file: string | undefined, results: CheckResult[]): void {
  if (!file) return;
  results.forEach((r, i) => {
    const target = i === 0 ? file : file.replace(/(\.sarif)?$/, `.${i}.${r.run.tool}$1`);
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    fs.writeFileSync(target, formatSarif(r.findings, r.run, r.rules));
  });
}
