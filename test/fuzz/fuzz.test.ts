/**
 * Fuzzing the two file-reading commands with mutated copies of the repository's own DAG and values
 * files (scripts/fuzz/mutate.mjs: deletions, bracket/quote/keyword insertions, line swaps,
 * truncation, deep nesting, long repetitions). Every case runs through the real CLI in-process
 * (runCli with lint-dags / validate-values, --format json), and the whole set runs again as one
 * invocation. Asserted for every case: exit 0 or 1 (never 2, never "internal error"), the file is
 * accounted for in the JSON report, and it finished within its budget; for the set: one run that
 * reports every file.
 *
 * Count-bounded and seeded (never time-bounded): AIRFLOW_GITOPS_FUZZ_DAGS / _VALUES set the counts,
 * AIRFLOW_GITOPS_FUZZ_SEED the seed. `node scripts/fuzz/sweep.mjs --count 10000` runs this file with
 * large counts and writes the figures into docs/reliability.md (AIRFLOW_GITOPS_FUZZ_REPORT).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintDagsCommand } from '../../src/cli/lint-dags.js';
import { validateValuesCommand } from '../../src/cli/validate-values.js';
import { chartDir } from '../helpers/charts.js';
import { runCliCaptured } from '../cli/run-cli.js';

interface FuzzCase {
  id: string;
  kind: 'dag' | 'values';
  seedFile: string;
  mutations: string[];
  text: string;
}
interface MutateModule {
  makeCases(kind: 'dag' | 'values', options: { seed: number; count: number }): FuzzCase[];
}

const repoRoot = path.resolve(import.meta.dirname, '../..');
const envInt = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return Number(raw);
};
const SEED = envInt('AIRFLOW_GITOPS_FUZZ_SEED', 12);
// In `npm test` about a minute on a quiet 2-core machine; the sweep script raises them.
const DAG_COUNT = envInt('AIRFLOW_GITOPS_FUZZ_DAGS', 250);
const VALUES_COUNT = envInt('AIRFLOW_GITOPS_FUZZ_VALUES', 200);
/** Per file, CPU time, generous: the seed files take milliseconds, mutated ones are at most 64 KB. */
// The product's own contract: a parse is cut off at 10 s of CPU (src/dags/parser.ts, the floor of its
// budget for files this size), so no file may take longer than that plus its analysis.
const BUDGET_MS = envInt('AIRFLOW_GITOPS_FUZZ_BUDGET_MS', 12_000);
/** validate-values merges its files in helm -f order: the "one run" check goes in groups. */
const VALUES_GROUP = 20;
/** DAG files per joint run: the in-suite count runs as one; a 10,000-file sweep in chunks that report progress. */
const DAG_GROUP = 1000;

interface CaseOutcome {
  id: string;
  seedFile: string;
  mutations: string[];
  bytes: number;
  ms: number;
  code: number;
  problem?: string;
}

export interface KindReport {
  kind: 'dag' | 'values';
  cases: number;
  seconds: number;
  exitCodes: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  max: { ms: number; id: string; bytes: number };
  /** Cases whose file got "Could not be analysed" (DAG002) instead of its real findings. */
  notAnalysed: number;
  failures: Array<Omit<CaseOutcome, 'ms' | 'code' | 'bytes'> & { problem: string }>;
}

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0);

/** The JSON report of one invocation, or why it is not one. */
function parseReport(out: string): { filesChecked: number; findings: Array<{ file?: string; ruleId?: string; message?: string }> } | string {
  try {
    const body = JSON.parse(out) as { filesChecked?: unknown; findings?: unknown };
    if (typeof body.filesChecked !== 'number' || !Array.isArray(body.findings)) return 'JSON report without filesChecked/findings';
    return body as { filesChecked: number; findings: Array<{ file?: string; ruleId?: string; message?: string }> };
  } catch {
    return `no JSON report on stdout (${out.slice(0, 80).replace(/\s+/g, ' ')}…)`;
  }
}

/** What is wrong with one invocation, if anything: exit code, internal error, files accounted for. */
function judge(result: { code: number; out: string; err: string }, expectedFiles: number): string | undefined {
  const firstErr = result.err.trim().split('\n')[0] ?? '';
  if (/internal error/i.test(result.err)) return `internal error: ${firstErr.replace(/^internal error:\s*/i, '').slice(0, 160)}`;
  if (result.code !== 0 && result.code !== 1) return `exit ${result.code}: ${firstErr.slice(0, 160)}`;
  const report = parseReport(result.out);
  if (typeof report === 'string') return report;
  if (report.filesChecked !== expectedFiles) return `lost files: ${report.filesChecked} of ${expectedFiles} checked`;
  return undefined;
}

async function fuzzKind(kind: 'dag' | 'values', count: number, argv: (files: string[]) => string[], command: typeof lintDagsCommand): Promise<KindReport> {
  const mutate = (await import(path.join(repoRoot, 'scripts/fuzz/mutate.mjs'))) as MutateModule;
  const cases = mutate.makeCases(kind, { seed: SEED, count });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `fuzz-${kind}-`));
  const ext = kind === 'dag' ? '.py' : '.yaml';
  const started = performance.now();
  const outcomes: CaseOutcome[] = [];
  let notAnalysed = 0;
  const groupFailures: KindReport['failures'] = [];
  try {
    const names = cases.map((c, i) => {
      const name = `case-${String(i).padStart(5, '0')}${ext}`;
      fs.writeFileSync(path.join(dir, name), c.text);
      return name;
    });
    // Warm-up outside the budget: the first run loads the parser wasm or compiles the chart schema.
    await runCliCaptured(argv([names[0]]), [command], dir);
    const progress = process.env.AIRFLOW_GITOPS_FUZZ_PROGRESS;
    for (const [i, c] of cases.entries()) {
      // The sweep script watches this file: a case that never finishes is named, not just a stalled job.
      if (progress) fs.writeFileSync(progress, `${c.id} ${c.seedFile} + ${c.mutations.join(', ')}\n`);
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const result = await runCliCaptured(argv([names[i]]), [command], dir);
      const ms = performance.now() - t0;
      // The budget is on this process's CPU time: on a shared machine wall time also counts the neighbours.
      const cpu = process.cpuUsage(cpu0);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      let problem = judge(result, 1);
      const parsed = parseReport(result.out);
      if (typeof parsed !== 'string' && parsed.findings.some((f) => f.ruleId === 'DAG002' && /^Could not be analysed/.test(f.message ?? ''))) notAnalysed++;
      if (!problem && cpuMs > BUDGET_MS) problem = `over budget: ${Math.round(cpuMs)} ms CPU (${Math.round(ms)} ms wall) > ${BUDGET_MS} ms`;
      outcomes.push({ id: c.id, seedFile: c.seedFile, mutations: c.mutations, bytes: Buffer.byteLength(c.text), ms, code: result.code, problem });
    }
    // The same files as one run (groups for values): one bad file must not take the others down.
    const group = kind === 'dag' ? DAG_GROUP : VALUES_GROUP;
    for (let i = 0; i < names.length; i += group) {
      const files = names.slice(i, i + group);
      if (progress) fs.writeFileSync(progress, `${kind}-s${SEED}-[${i}..${i + files.length - 1}] as one run\n`);
      const problem = judge(await runCliCaptured(argv(files), [command], dir), files.length);
      if (problem) groupFailures.push({ id: `${kind}-s${SEED}-[${i}..${i + files.length - 1}] as one run`, seedFile: '(several)', mutations: [], problem });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a), outcomes[0]);
  const exitCodes: Record<string, number> = {};
  for (const o of outcomes) exitCodes[o.code] = (exitCodes[o.code] ?? 0) + 1;
  return {
    kind,
    cases: cases.length,
    seconds: (performance.now() - started) / 1000,
    exitCodes,
    p50Ms: quantile(times, 0.5),
    p99Ms: quantile(times, 0.99),
    max: { ms: slowest?.ms ?? 0, id: slowest?.id ?? '', bytes: slowest?.bytes ?? 0 },
    notAnalysed,
    failures: [...outcomes.filter((o) => o.problem).map(({ id, seedFile, mutations, problem }) => ({ id, seedFile, mutations, problem: problem! })), ...groupFailures],
  };
}

const reports: KindReport[] = [];
const show = (r: KindReport) => r.failures.map((f) => `${f.id} (${f.seedFile} + ${f.mutations.join(', ') || '-'}): ${f.problem}`);
const summary = (r: KindReport) =>
  `[fuzz] ${r.kind}: ${r.cases} cases (seed ${SEED}) in ${r.seconds.toFixed(1)} s; p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, max ${r.max.ms.toFixed(0)} ms (${r.max.id}, ${r.max.bytes} B); exit codes ${JSON.stringify(r.exitCodes)}; ${r.notAnalysed} not analysed; ${r.failures.length} failures\n`;

/** The sweep script's figures, written after each command so a later stall keeps the earlier ones. */
function record(report: KindReport): void {
  reports.push(report);
  process.stderr.write(summary(report));
  const target = process.env.AIRFLOW_GITOPS_FUZZ_REPORT;
  if (target) fs.writeFileSync(target, JSON.stringify({ seed: SEED, budgetMs: BUDGET_MS, reports }, null, 2));
}

it('the mutation engine is deterministic: the same seed gives the same cases, another seed others', async () => {
  const mutate = (await import(path.join(repoRoot, 'scripts/fuzz/mutate.mjs'))) as MutateModule;
  const a = mutate.makeCases('values', { seed: SEED, count: 30 });
  expect(mutate.makeCases('values', { seed: SEED, count: 30 })).toEqual(a);
  expect(mutate.makeCases('values', { seed: SEED + 1, count: 30 }).map((c) => c.text)).not.toEqual(a.map((c) => c.text));
  // Every case is a mutation, not a copy of its seed file.
  const seeds = new Set(a.map((c) => fs.readFileSync(path.join(repoRoot, c.seedFile), 'utf8')));
  expect(a.filter((c) => seeds.has(c.text)).length).toBeLessThan(3);
});

describe(`fuzzing with mutated repository files (seed ${SEED})`, () => {
  it(`lint-dags: ${DAG_COUNT} mutated DAG files, each alone and jointly: exit 0/1, every file reported, each within ${BUDGET_MS} ms of CPU`, async () => {
    const report = await fuzzKind('dag', DAG_COUNT, (files) => ['lint-dags', ...files, '--format', 'json', '--jobs', '0'], lintDagsCommand);
    record(report);
    expect(report.cases).toBe(DAG_COUNT);
    expect(show(report)).toEqual([]);
    // A tree-sitter trap may cost its own file, never the analysis of the files after it: a parser
    // left broken would turn every later syntax error into "could not be analysed" (exit 0).
    expect(report.notAnalysed).toBeLessThanOrEqual(Math.max(2, Math.ceil(DAG_COUNT / 100)));
  }, 600_000);

  it(`validate-values: ${VALUES_COUNT} mutated values files against chart 1.19.0, each alone and in groups of ${VALUES_GROUP}: exit 0/1, every file reported, each within ${BUDGET_MS} ms of CPU`, async () => {
    const chart = chartDir('1.19.0');
    const report = await fuzzKind('values', VALUES_COUNT, (files) => ['validate-values', ...files, '--chart', chart, '--render', 'off', '--format', 'json'], validateValuesCommand);
    record(report);
    expect(report.cases).toBe(VALUES_COUNT);
    expect(show(report)).toEqual([]);
  }, 600_000);
});
