// Benchmark: `airflow-gitops lint-dags` vs ruff's wasm build (AIR + F) on the same generated corpus,
// each timed as a whole node process (start-up, wasm load, file reading and output included).
//
// Environment knobs (for quick local runs): BENCH_DAG_FILES="2000,10000" corpus sizes,
// BENCH_DAG_RUNS=5 runs per tool and corpus (the median is reported), BENCH_DAG_SEED=1.
// Standalone: node scripts/bench/dags.bench.mjs
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './dag-corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// BENCH_DAG_CLI lets a run compare another build of the CLI.
const CLI = path.resolve(root, process.env.BENCH_DAG_CLI ?? 'dist/cli/index.js');
const RUFF = path.join(root, 'scripts/bench/ruff-lint.mjs');
const TARGET_FILES = 10_000;
const RUFF_VARIANTS = [
  { label: 'ruff wasm (AIR+F)', nodeFlags: [] },
  { label: 'ruff wasm (AIR+F), node --liftoff-only', nodeFlags: ['--liftoff-only'] },
];
const TARGET_SECONDS = 10;

function numbersFromEnv(name, fallback) {
  const raw = process.env[name];
  if (!raw) return fallback;
  const list = raw.split(',').map(Number);
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${name} must be positive integers, got "${raw}"`);
  return list;
}

const CLOCK_TICKS = 100; // USER_HZ: 100 on every mainstream Linux

/**
 * CPU seconds used by this process's reaped children (Linux /proc/self/stat cutime + cstime).
 * Wall time suffers when the machine is shared; CPU time much less so. Undefined elsewhere.
 */
function childrenCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command name start at field 3 (state); cutime and cstime are fields 16 and 17.
    return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** Runs `node args…` and times the whole process; stdout is collected (it can be many MB of JSON). */
function timeProcess(args, env) {
  return new Promise((resolve) => {
    const cpuBefore = childrenCpuSeconds();
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', (error) => resolve({ code: -1, seconds: 0, stdout: '', stderr: String(error) }));
    child.on('close', (code) => resolve({
      code,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
      cpuSeconds: cpuBefore === undefined ? undefined : childrenCpuSeconds() - cpuBefore,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
    }));
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Reads lint-dags JSON output ({ filesChecked, findings, … }, or an array of those). */
function readLintDagsOutput(stdout) {
  let parsed;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new Error(`lint-dags did not print JSON: ${stdout.slice(0, 200)}`);
  }
  const results = Array.isArray(parsed) ? parsed : [parsed];
  let findings = 0;
  let filesChecked = 0;
  const digest = createHash('sha256');
  for (const result of results) {
    if (Array.isArray(result?.findings)) findings += result.findings.length;
    if (typeof result?.filesChecked === 'number') filesChecked += result.filesChecked;
    digest.update(JSON.stringify(result?.findings ?? null));
  }
  return { findings, filesChecked, digest: digest.digest('hex') };
}

function readRuffOutput(stdout) {
  const parsed = JSON.parse(stdout);
  return { findings: parsed.diagnostics, filesChecked: parsed.files, steady: parsed.steadySecondHalf };
}

async function measure(label, args, runs, readOutput, expectedFiles, env = {}) {
  const times = [];
  const cpuTimes = [];
  let findings;
  let steady;
  let digest;
  for (let i = 0; i < runs; i++) {
    const result = await timeProcess(args, env);
    if (result.code !== 0) {
      const reason = (result.stderr || result.stdout).trim().split('\n').slice(0, 3).join(' ');
      return { label, error: `exit code ${result.code}: ${reason || 'no output'}` };
    }
    let output;
    try {
      output = readOutput(result.stdout);
    } catch (error) {
      return { label, error: String(error instanceof Error ? error.message : error) };
    }
    // A fast run that skipped files would be a lie; refuse it.
    if (output.filesChecked !== expectedFiles) {
      return { label, error: `checked ${output.filesChecked} of ${expectedFiles} files` };
    }
    times.push(result.seconds);
    if (result.cpuSeconds !== undefined) cpuTimes.push(result.cpuSeconds);
    findings = output.findings;
    steady = output.steady;
    digest = output.digest;
  }
  const cpuSeconds = cpuTimes.length === times.length ? median(cpuTimes) : undefined;
  return { label, seconds: median(times), times, cpuSeconds, findings, steady, digest };
}

const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function row(corpus, m) {
  if (m.error) return `| ${fmt(corpus.files, 0)} | ${m.label} | — | — | — | — | — | ${m.error.replaceAll('|', '\\|')} |`;
  const mb = corpus.bytes / 1e6;
  return `| ${fmt(corpus.files, 0)} | ${m.label} | ${fmt(m.seconds, 2)} | ${fmt(Math.min(...m.times), 2)} | ` +
    `${m.cpuSeconds === undefined ? 'n/a' : fmt(m.cpuSeconds, 2)} | ` +
    `${fmt(corpus.files / m.seconds, 0)} | ` +
    `${fmt(mb / m.seconds, 2)} | ${m.findings === undefined ? 'n/a' : fmt(m.findings, 0)} |`;
}

export async function run() {
  const sizes = numbersFromEnv('BENCH_DAG_FILES', [2000, TARGET_FILES]);
  const [runs] = numbersFromEnv('BENCH_DAG_RUNS', [5]);
  const [seed] = numbersFromEnv('BENCH_DAG_SEED', [1]);
  const haveCli = existsSync(CLI);
  const work = mkdtempSync(path.join(os.tmpdir(), 'airflow-gitops-bench-'));
  const lines = [
    'Both tools lint the same generated corpus (`scripts/bench/dag-corpus.mjs`, seed ' + seed + '): realistic ' +
      'Airflow DAG files of 2–10 KB mixing `with DAG`, TaskFlow, classic operators, task groups, dynamic DAG ' +
      'loops, Airflow 2 leftovers and ~1 % syntax errors. Each figure is the wall time of a whole `node` ' +
      `process, start-up included: median and best of ${runs} run${runs === 1 ? '' : 's'}; files/s and MB/s ` +
      'use the median wall time. CPU s is user + system time of the process and its threads (Linux), which a ' +
      'busy machine disturbs far less than wall time. MB = 10⁶ bytes.',
    '',
    `- ours: \`node ${path.relative(root, CLI)} lint-dags <dir> --format json --fail-on never\` — the hand-written ` +
      'Python parser (`src/dags/python-parser.ts`), with tree-sitter taking the files it gives up on (syntax errors, rare ' +
      'constructs). Also measured with `AIRFLOW_GITOPS_PARSER=tree-sitter` (every file through tree-sitter\'s wasm ' +
      'build, as before the hand-written parser) to show what the parser is worth, and with `--jobs 2` (two worker ' +
      'threads; by default lint-dags keeps to the main thread below 4 CPUs). All three must print byte-identical ' +
      'findings or the row shows an error.',
    '- ruff: `node scripts/bench/ruff-lint.mjs <dir>` — `@astral-sh/ruff-wasm-nodejs`, rules AIR + F with ' +
      'preview on, one wasm instance, files read and checked in-process. Measured twice: with default node ' +
      'flags, and with `node --liftoff-only`, which skips V8\'s optimising compile of ruff\'s 10 MB wasm module ' +
      '(cheaper start, slower steady state). "Faster than ruff" compares against the faster of the two.',
    '',
  ];
  if (!haveCli) {
    lines.push(`> **${path.relative(root, CLI)} not found** — build it with \`node scripts/build.mjs cli\`; only ruff was measured.`, '');
  }
  lines.push('| Files | Tool | Wall s (median) | Wall s (best) | CPU s (median) | Files/s | MB/s | Findings |',
    '|---:|---|---:|---:|---:|---:|---:|---:|');
  const loadBefore = os.loadavg()[0];
  const verdicts = [];
  const corpora = [];
  const notes = [];
  try {
    for (const files of sizes) {
      const dir = path.join(work, `corpus-${files}`);
      const corpus = generateCorpus(dir, { files, seed });
      const lintArgs = [CLI, 'lint-dags', dir, '--format', 'json', '--fail-on', 'never'];
      const ours = haveCli
        ? await measure('airflow-gitops lint-dags', lintArgs, runs, readLintDagsOutput, files)
        : { label: 'airflow-gitops lint-dags', error: 'not built' };
      const treeSitterOnly = haveCli
        ? await measure('airflow-gitops lint-dags, tree-sitter only', lintArgs, runs, readLintDagsOutput, files, { AIRFLOW_GITOPS_PARSER: 'tree-sitter' })
        : { label: 'airflow-gitops lint-dags, tree-sitter only', error: 'not built' };
      // Both parsers must give the very same findings, or the faster one proves nothing.
      const twoWorkers = haveCli
        ? await measure('airflow-gitops lint-dags --jobs 2 (two worker threads)', [...lintArgs, '--jobs', '2'], runs, readLintDagsOutput, files)
        : { label: 'airflow-gitops lint-dags --jobs 2 (two worker threads)', error: 'not built' };
      if (!ours.error && !twoWorkers.error && ours.digest !== twoWorkers.digest) twoWorkers.error = 'findings differ from the main-thread run';
      if (!ours.error && !treeSitterOnly.error && ours.digest !== treeSitterOnly.digest) {
        ours.error = `findings differ from the tree-sitter-only run (${ours.findings} vs ${treeSitterOnly.findings})`;
      }
      const ruffRuns = [];
      for (const variant of RUFF_VARIANTS) {
        ruffRuns.push(await measure(variant.label, [...variant.nodeFlags, RUFF, dir], runs, readRuffOutput, files));
      }
      lines.push(row(corpus, ours), row(corpus, twoWorkers), row(corpus, treeSitterOnly), ...ruffRuns.map((m) => row(corpus, m)));
      const measured = ruffRuns.filter((m) => !m.error);
      const ruff = measured.length ? measured.reduce((a, b) => (b.seconds < a.seconds ? b : a)) : ruffRuns[0];
      const mib = (corpus.bytes / 1048576).toFixed(1);
      corpora.push(`- ${fmt(files, 0)} files: ${fmt(corpus.bytes / 1e6, 1)} MB (${mib} MiB), ` +
        `${corpus.syntaxErrors} with a syntax error.`);
      if (!ours.error && !ruff.error) {
        const ratio = ruff.seconds / ours.seconds;
        verdicts.push(`- ${fmt(files, 0)} files (${mib} MiB): ours ${ratio >= 1 ? `**${ratio.toFixed(2)}× faster**` : `**${(1 / ratio).toFixed(2)}× slower**`} than ruff wasm (${ruff.label}).`);
      }
      const ruffDefault = ruffRuns[0];
      if (ruffDefault.steady) {
        notes.push(`- ${fmt(files, 0)} files: ruff's second half ran at ${fmt(ruffDefault.steady.filesPerSecond, 0)} files/s, ` +
          `${fmt(ruffDefault.steady.bytesPerSecond / 1e6, 1)} MB/s (its 10 MB wasm module starts in V8's baseline tier).`);
      }
      if (files >= TARGET_FILES && !ours.error) {
        const met = ours.seconds < TARGET_SECONDS * (files / TARGET_FILES);
        verdicts.push(`- Target ${fmt(TARGET_FILES, 0)} files under ${TARGET_SECONDS} s on ${os.availableParallelism()} cores: ` +
          `${met ? '**met**' : '**not met**'} (${fmt(ours.seconds, 2)} s for ${fmt(files, 0)} files).`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (!haveCli) verdicts.push(`- Target ${fmt(TARGET_FILES, 0)} files under ${TARGET_SECONDS} s: not measured (CLI not built).`);
  // Timings on a shared machine are only as good as its idle time; say how busy it was.
  const loadAfter = os.loadavg()[0];
  const cores = os.availableParallelism();
  const busy = Math.max(loadBefore, loadAfter) > cores * 0.75;
  lines.push('', `Load average (1 min) ${loadBefore.toFixed(2)} before and ${loadAfter.toFixed(2)} after the runs on ${cores} cores` +
    (busy ? ' — **the machine was busy: every figure above is pessimistic; re-run when idle.**' : '.'));
  lines.push('', 'Corpora:', ...corpora, '', 'ruff with default flags, steady state (second half of the files, last run; the table includes warm-up):', ...notes,
    '', 'Verdict:', ...verdicts);
  return { title: 'DAG linting: airflow-gitops vs ruff (wasm)', markdown: lines.join('\n') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { title, markdown } = await run();
  console.log(`## ${title}\n\n${markdown}`);
}
