#!/usr/bin/env node
// The full fuzzing sweep: test/fuzz/fuzz.test.ts with large counts, then its figures into the
// generated section of docs/reliability.md (kept as it was when the sweep could not run at all).
//
//   node scripts/fuzz/sweep.mjs --count 10000 [--values-count 2500] [--seed 12] [--budget-ms 12000]
//
// --count is the number of mutated DAG files; values files default to a quarter of it. The cases
// run in-process through the CLI (as the test does); a case that never finishes is caught by a
// watchdog (no progress for --stall-seconds, default 120): jest is stopped and the case is named
// in the doc. Exit 0 when every case passed, 1 when any failed or stalled, 2 on bad usage.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './mutate.mjs';

const DOC = path.join(REPO_ROOT, 'docs/reliability.md');
const SECTION = 'fuzz-sweep';

function usage(message) {
  if (message) process.stderr.write(`sweep: ${message}\n`);
  process.stderr.write('usage: node scripts/fuzz/sweep.mjs --count N [--values-count N] [--seed N] [--budget-ms N] [--stall-seconds N]\n');
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: { count: { type: 'string' }, 'values-count': { type: 'string' }, seed: { type: 'string' }, 'budget-ms': { type: 'string' }, 'stall-seconds': { type: 'string' } },
    strict: true,
  }).values;
} catch (error) {
  usage(error.message);
}
const whole = (name, fallback) => {
  const raw = args[name];
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) usage(`--${name} must be a whole number, got "${raw}"`);
  return Number(raw);
};
const dagCount = whole('count', undefined);
if (dagCount === undefined || dagCount < 1) usage('--count is required (mutated DAG files, e.g. 10000)');
const valuesCount = whole('values-count', Math.max(1, Math.round(dagCount / 4)));
const seed = whole('seed', 12);
const budgetMs = whole('budget-ms', 12_000); // the product's 10 s parse cut-off plus analysis, as in the test
const stallMs = whole('stall-seconds', 120) * 1000;

const work = mkdtempSync(path.join(os.tmpdir(), 'fuzz-sweep-'));
const reportFile = path.join(work, 'report.json');
const progressFile = path.join(work, 'progress');
writeFileSync(progressFile, 'starting\n');

const started = Date.now();
process.stderr.write(`sweep: ${dagCount} DAG and ${valuesCount} values cases, seed ${seed}, budget ${budgetMs} ms per file\n`);
const jest = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/jest/bin/jest.js'), 'test/fuzz/fuzz.test.ts', '--ci', '--testTimeout', String(24 * 3600 * 1000)], {
  cwd: REPO_ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
  env: {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
    AIRFLOW_GITOPS_FUZZ_DAGS: String(dagCount),
    AIRFLOW_GITOPS_FUZZ_VALUES: String(valuesCount),
    AIRFLOW_GITOPS_FUZZ_SEED: String(seed),
    AIRFLOW_GITOPS_FUZZ_BUDGET_MS: String(budgetMs),
    AIRFLOW_GITOPS_FUZZ_REPORT: reportFile,
    AIRFLOW_GITOPS_FUZZ_PROGRESS: progressFile,
  },
});
let stalled;
const watchdog = setInterval(() => {
  if (Date.now() - statSync(progressFile).mtimeMs < stallMs) return;
  stalled = readFileSync(progressFile, 'utf8').trim();
  process.stderr.write(`sweep: no progress for ${stallMs / 1000} s, stopping; the case running was: ${stalled}\n`);
  try {
    process.kill(-jest.pid, 'SIGKILL');
  } catch {
    jest.kill('SIGKILL');
  }
}, 2000);
const exitCode = await new Promise((resolve) => jest.on('exit', (code, signal) => resolve(code ?? signal)));
clearInterval(watchdog);
const seconds = (Date.now() - started) / 1000;

const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : undefined;
rmSync(work, { recursive: true, force: true });

function machine() {
  const cpus = os.cpus();
  return `Node ${process.version}, ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.release()} ${os.arch()}, load average ${os.loadavg()[0].toFixed(1)} at the end`;
}

function render() {
  const lines = [
    `Last sweep: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`node scripts/fuzz/sweep.mjs --count ${dagCount}${args['values-count'] ? ` --values-count ${valuesCount}` : ''} --seed ${seed}\`, ${seconds.toFixed(0)} s in all,`,
    `on ${machine()}. Per-file budget ${budgetMs} ms of CPU; times in the table are wall-clock.`,
    '',
  ];
  if (stalled) lines.push(`**Stopped: no progress for ${stallMs / 1000} s.** The case running then: \`${stalled}\` (a hang; replay it with its seed and index).`, '');
  if (!report) {
    lines.push(`No figures: the test run ended (${exitCode}) before writing its report.`);
    return lines.join('\n');
  }
  lines.push('| Command | Cases | Time | p50 per file | p99 per file | Slowest file | Exit 0 / 1 / other | Not analysed | Failures |', '|---|---:|---:|---:|---:|---|---:|---:|---:|');
  for (const r of report.reports) {
    const codes = r.exitCodes;
    const other = Object.entries(codes).filter(([c]) => c !== '0' && c !== '1').reduce((n, [, k]) => n + k, 0);
    const command = r.kind === 'dag' ? 'lint-dags' : 'validate-values (chart 1.19.0)';
    lines.push(`| ${command} | ${r.cases} | ${r.seconds.toFixed(1)} s | ${r.p50Ms.toFixed(1)} ms | ${r.p99Ms.toFixed(1)} ms | ${r.max.ms.toFixed(0)} ms (\`${r.max.id}\`, ${r.max.bytes} B) | ${codes['0'] ?? 0} / ${codes['1'] ?? 0} / ${other} | ${r.notAnalysed ?? '–'} | ${r.failures.length} |`);
  }
  const failures = report.reports.flatMap((r) => r.failures);
  if (report.reports.length < 2) lines.push('', 'The run stopped before every command was swept.');
  if (failures.length) {
    lines.push('', `Failures (first 40 of ${failures.length}):`, '');
    for (const f of failures.slice(0, 40)) lines.push(`- \`${f.id}\` (${f.seedFile} + ${f.mutations.join(', ') || '-'}): ${f.problem.replace(/\|/g, '\\|')}`);
  } else {
    lines.push('', 'No failures: every case exited 0 or 1, was reported, and finished within its budget; every file set ran jointly too. *Not analysed*: files that got "could not be analysed" (DAG002) instead of their findings, e.g. the one file whose parse trapped tree-sitter.');
  }
  return lines.join('\n');
}

const block = new RegExp(`(<!-- generated:${SECTION} -->\\n)[\\s\\S]*?(<!-- /generated:${SECTION} -->)`);
const doc = readFileSync(DOC, 'utf8');
if (!block.test(doc)) {
  process.stderr.write(`sweep: ${path.relative(REPO_ROOT, DOC)} has no <!-- generated:${SECTION} --> block\n`);
  process.exit(1);
}
writeFileSync(DOC, doc.replace(block, (_all, open, close) => `${open}${render()}\n${close}`));
process.stderr.write(`sweep: wrote ${path.relative(REPO_ROOT, DOC)} (${seconds.toFixed(0)} s)\n`);
const failed = stalled || !report || exitCode !== 0 || report.reports.some((r) => r.failures.length);
process.exit(failed ? 1 : 0);
