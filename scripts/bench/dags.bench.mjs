// Benchmark: `airflow-gitops lint-dags` against NATIVE ruff (the pinned PyPI wheel, one thread) and
// ruff's wasm build, rules AIR + F, on four corpora: 1 file (with bare `node -e 0` beside it: the
// start-up target), 50 real DAG files, the Airflow example DAGs of the cached Airflow venvs (read in
// place), and a generated corpus. Every tool is a whole child process; contenders of a case run in
// interleaved rounds (scripts/bench/measure.mjs) and ratios are taken within a case only.
//
// Options (run({ rounds, generatedFiles }) or env): BENCH_DAG_ROUNDS=5 rounds per case (the generated
// corpus gets min(rounds, 3)), BENCH_DAG_FILES=10000 generated files (0 skips that case), BENCH_DAG_SEED=1.
// Standalone: node scripts/bench/dags.bench.mjs [--rounds N] [--files N]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './dag-corpus.mjs';
import { cores, fmt, interleaved, loadCell, loadNote, spread, timeCommand } from './measure.mjs';
import { ensureRuff } from './ruff-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// BENCH_DAG_CLI lets a run compare another build of the CLI.
const CLI = path.resolve(root, process.env.BENCH_DAG_CLI ?? 'dist/cli/index.js');
const RUFF_WASM = path.join(root, 'scripts/bench/ruff-lint.mjs');
const VENV_CACHE = process.env.AIRFLOW_GITOPS_VENV_CACHE || path.join(os.homedir(), '.cache', 'airflow-gitops', 'venvs');
const REAL_FILES = 50;
// The targets (same rounds, CPU time, this machine).
const TARGET_RATIO = 5;
const TARGET_STARTUP_SECONDS = 0.1;
/**
 * Issue 13's speed line: lint-dags on 10,000 files within 10% of the build it was filed against (the
 * last commit of that session; its dist/ is committed, so `git archive` gives the CLI as it ran then).
 * BENCH_DAG_REFERENCE=<commit> compares another build; BENCH_DAG_REFERENCE=off skips the case.
 */
const REFERENCE = { commit: 'dbd26cca9f0b5fa4bbdb354bc3ec9698fc715acf', what: "the build issue 13 was filed against", targetRatio: 1.1 };

function positiveInt(name, raw, fallback, { allowZero = false } = {}) {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new Error(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got "${raw}"`);
  return n;
}

function pythonFilesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...pythonFilesUnder(full));
    else if (entry.isFile() && entry.name.endsWith('.py')) out.push(full);
  }
  return out.sort();
}

/** Every `example_dags` directory (Airflow's and the providers') of the cached Airflow venvs, sorted. */
function exampleDagDirs() {
  if (!existsSync(VENV_CACHE)) return [];
  const dirs = [];
  const walk = (dir, depth) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === '__pycache__') continue;
      const full = path.join(dir, entry.name);
      if (entry.name === 'example_dags') dirs.push(full);
      else if (depth < 4) walk(full, depth + 1);
    }
  };
  for (const venv of readdirSync(VENV_CACHE).sort()) {
    const lib = path.join(VENV_CACHE, venv, 'lib');
    if (!existsSync(lib)) continue;
    for (const python of readdirSync(lib)) {
      const airflow = path.join(lib, python, 'site-packages', 'airflow');
      if (existsSync(airflow)) walk(airflow, 0);
    }
  }
  return dirs.sort();
}

/** 50 real DAG files: the repository's own (corrected and original user DAG, test corpora), then Airflow's examples. */
function realFiles(exampleDirs) {
  const own = [
    path.join(root, 'dags/detect_and_retrain.py'),
    path.join(root, 'examples/original/dags/detect_and_retrain.py'),
    ...['test/airflow/corpus/handwritten', 'test/airflow/corpus/model-gaps'].flatMap((d) => (existsSync(path.join(root, d)) ? pythonFilesUnder(path.join(root, d)) : [])),
  ].filter((f) => existsSync(f));
  const examples = exampleDirs.flatMap(pythonFilesUnder).filter((f) => !f.endsWith('__init__.py'));
  return [...own, ...examples].slice(0, REAL_FILES);
}

/** lint-dags JSON: { filesChecked, findings } (or an array of those); checks the file count, digests the findings. */
function checkOurs(expectedFiles) {
  return (run) => {
    let parsed;
    try {
      parsed = JSON.parse(run.stdout);
    } catch {
      throw new Error(`lint-dags did not print JSON: ${run.stdout.slice(0, 200)}`);
    }
    const results = Array.isArray(parsed) ? parsed : [parsed];
    let findings = 0;
    let filesChecked = 0;
    const digest = createHash('sha256');
    for (const result of results) {
      findings += result?.findings?.length ?? 0;
      filesChecked += result?.filesChecked ?? 0;
      digest.update(JSON.stringify(result?.findings ?? null));
    }
    // A fast run that skipped files would be a lie; refuse it.
    if (filesChecked !== expectedFiles) throw new Error(`checked ${filesChecked} of ${expectedFiles} files`);
    return { findings, digest: digest.digest('hex') };
  };
}

function checkRuffNative(run) {
  const diagnostics = JSON.parse(run.stdout);
  if (!Array.isArray(diagnostics)) throw new Error('ruff did not print a JSON array');
  return { findings: diagnostics.length };
}

function checkRuffWasm(expectedFiles) {
  return (run) => {
    const parsed = JSON.parse(run.stdout);
    if (parsed.files !== expectedFiles) throw new Error(`ruff wasm checked ${parsed.files} of ${expectedFiles} files`);
    return { findings: parsed.diagnostics };
  };
}

const RUFF_ARGS = ['check', '--isolated', '--select', 'AIR,F', '--preview', '--no-cache', '--output-format', 'json', '--exit-zero'];

/** How many files native ruff would check for these paths (it must be the same set as ours). */
function ruffFileCount(ruff, paths) {
  const listed = timeCommand([ruff.binary, 'check', '--isolated', '--show-files', ...paths], { cwd: root });
  if (listed.code !== 0) throw new Error(`ruff --show-files failed: ${listed.stderr.trim().split('\n')[0]}`);
  return listed.stdout.split('\n').filter((l) => l.trim().endsWith('.py')).length;
}

/**
 * The reference build's CLI unpacked into `dir` (dist/cli and dist/lint-worker at the commit), or a
 * reason it is not available (a shallow clone, no git).
 */
function referenceCli(commit, dir) {
  const archive = spawnSync('git', ['-C', root, 'archive', '--format=tar', commit, 'dist/cli', 'dist/lint-worker'], { maxBuffer: 1 << 30 });
  if (archive.status !== 0) return { reason: `git archive ${commit.slice(0, 12)} failed (${(archive.stderr?.toString() || archive.error?.message || '').trim().split('\n')[0]}); a shallow clone lacks it` };
  mkdirSync(dir, { recursive: true });
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) return { reason: `tar could not unpack the reference build: ${untar.stderr.toString().trim()}` };
  return { cli: path.join(dir, 'dist/cli/index.js') };
}

/** lint-dags text output: the closing line names the file count; checks it and counts the findings lines. */
function checkOursText(expectedFiles) {
  return (run) => {
    const closing = /lint-dags: .* in (\d+) files?/.exec(run.stdout);
    if (!closing) throw new Error(`lint-dags did not print its closing line: ${run.stdout.slice(-200)}`);
    if (Number(closing[1]) !== expectedFiles) throw new Error(`checked ${closing[1]} of ${expectedFiles} files`);
    return { findings: run.stdout.split('\n').filter((l) => /^\S.*:\d+:\d+: DAG\d+ /.test(l)).length };
  };
}

/** This build and the reference build on the same files, JSON and text output, interleaved. */
function referenceContenders(paths, files, referenceCliPath, commit) {
  const argv = (cli, format) => [process.execPath, cli, 'lint-dags', ...paths, '--format', format, '--fail-on', 'never'];
  const short = commit.slice(0, 7);
  return [
    { label: 'airflow-gitops lint-dags, json', argv: argv(CLI, 'json'), cwd: root, check: checkOurs(files) },
    { label: `reference ${short}, json`, argv: argv(referenceCliPath, 'json'), cwd: root, check: checkOurs(files) },
    { label: 'airflow-gitops lint-dags, text', argv: argv(CLI, 'text'), cwd: root, check: checkOursText(files) },
    { label: `reference ${short}, text`, argv: argv(referenceCliPath, 'text'), cwd: root, check: checkOursText(files) },
  ];
}

function contendersFor(paths, files, ruff, ruffWasmDir) {
  const list = [
    { label: 'airflow-gitops lint-dags', argv: [process.execPath, CLI, 'lint-dags', ...paths, '--format', 'json', '--fail-on', 'never'], cwd: root, check: checkOurs(files) },
  ];
  if (ruff) {
    // RAYON_NUM_THREADS=1: ruff checks files on rayon's pool; one thread is the fair match for our main-thread run.
    list.push({ label: `ruff ${ruff.version} native, 1 thread`, argv: [ruff.binary, ...RUFF_ARGS, ...paths], env: { RAYON_NUM_THREADS: '1' }, cwd: root, check: checkRuffNative });
  }
  if (ruffWasmDir) list.push({ label: 'ruff wasm (node)', argv: [process.execPath, RUFF_WASM, ruffWasmDir], cwd: root, check: checkRuffWasm(files) });
  return list;
}

export async function run(options = {}) {
  const rounds = positiveInt('rounds', options.rounds ?? process.env.BENCH_DAG_ROUNDS, 5);
  const generatedFiles = positiveInt('files', options.generatedFiles ?? process.env.BENCH_DAG_FILES, 10_000, { allowZero: true });
  const seed = positiveInt('BENCH_DAG_SEED', process.env.BENCH_DAG_SEED, 1);
  if (!existsSync(CLI)) throw new Error(`${path.relative(root, CLI)} not found; build it with node scripts/build.mjs cli`);
  const notes = [];
  let ruff;
  try {
    ruff = ensureRuff();
  } catch (error) {
    notes.push(`> **Native ruff skipped**: ${error instanceof Error ? error.message : error}`);
  }
  const exampleDirs = exampleDagDirs();
  const work = mkdtempSync(path.join(os.tmpdir(), 'airflow-gitops-bench-'));
  const cases = [];
  try {
    const one = path.join(root, 'dags/detect_and_retrain.py');
    const real = realFiles(exampleDirs);
    const plans = [
      { name: '1 file', paths: [one], files: 1, rounds, bareNode: true },
      { name: `${real.length} real DAG files`, paths: real, files: real.length, rounds },
    ];
    if (exampleDirs.length) {
      const count = exampleDirs.flatMap(pythonFilesUnder).length;
      plans.push({ name: `${count} Airflow example DAGs`, paths: exampleDirs, files: count, rounds });
    } else {
      notes.push(`> Airflow example DAGs skipped: no Airflow venv in ${VENV_CACHE} (node scripts/airflow-venvs.mjs builds them).`);
    }
    if (generatedFiles) {
      const dir = path.join(work, `generated-${generatedFiles}`);
      const corpus = generateCorpus(dir, { files: generatedFiles, seed });
      plans.push({ name: `${fmt(generatedFiles, 0)} generated files`, paths: [dir], files: generatedFiles, rounds: Math.min(rounds, 3), warmUp: false, bytes: corpus.bytes, syntaxErrors: corpus.syntaxErrors });
      const commit = process.env.BENCH_DAG_REFERENCE ?? REFERENCE.commit;
      if (commit !== 'off') {
        const reference = referenceCli(commit, path.join(work, 'reference'));
        if (reference.cli) plans.push({ name: `${fmt(generatedFiles, 0)} generated files, this build vs ${commit.slice(0, 7)}`, paths: [dir], files: generatedFiles, rounds, warmUp: false, reference: { commit, cli: reference.cli } });
        else notes.push(`> Reference build skipped: ${reference.reason}.`);
      }
    }
    for (const plan of plans) {
      console.error(`bench dags: ${plan.name}, ${plan.rounds} rounds…`);
      if (plan.reference) {
        cases.push({ plan, result: interleaved(referenceContenders(plan.paths, plan.files, plan.reference.cli, plan.reference.commit), { rounds: plan.rounds, warmUp: false }) });
        continue;
      }
      // The wasm runner takes one directory: stage explicit file lists as symlinks (reading cost is the same).
      let wasmDir = plan.paths.length === 1 && statSync(plan.paths[0]).isDirectory() ? plan.paths[0] : undefined;
      if (!wasmDir) {
        wasmDir = path.join(work, `wasm-${cases.length}`);
        mkdirSync(wasmDir, { recursive: true });
        plan.paths.forEach((p, i) => {
          if (statSync(p).isDirectory()) symlinkSync(p, path.join(wasmDir, `d${i}`));
          else symlinkSync(p, path.join(wasmDir, `${String(i).padStart(3, '0')}-${path.basename(p)}`));
        });
      }
      const contenders = contendersFor(plan.paths, plan.files, ruff, wasmDir);
      let ruffCountError;
      if (ruff) {
        const seen = ruffFileCount(ruff, plan.paths);
        if (seen !== plan.files) ruffCountError = `native ruff would check ${seen} of ${plan.files} files`;
      }
      if (plan.bareNode) contenders.unshift({ label: 'bare `node -e 0`', argv: [process.execPath, '-e', '0'] });
      const result = interleaved(contenders, { rounds: plan.rounds, warmUp: plan.warmUp ?? true });
      if (ruffCountError) {
        const native = result.contenders.find((c) => c.label.includes('native'));
        if (native) native.error = ruffCountError;
      }
      cases.push({ plan, result });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { title: 'DAG linting: airflow-gitops vs native ruff and ruff wasm', markdown: render(cases, notes, rounds, ruff) };
}

const cpuOf = (result, match) => result.contenders.find((c) => match(c.label) && !c.error)?.cpu?.median;
const isOurs = (label) => label.startsWith('airflow-gitops');
const isNative = (label) => label.includes('native');
const isWasm = (label) => label.startsWith('ruff wasm');
const isNode = (label) => label.startsWith('bare');

function render(allCases, notes, rounds, ruff) {
  const cases = allCases.filter((c) => !c.plan.reference);
  const referenceCase = allCases.find((c) => c.plan.reference);
  const lines = [
    `Every figure is a whole child process, start-up included. CPU = user + system seconds of the child (its own rusage from wait4(); all threads). ` +
      `Each case runs its tools in **interleaved rounds** (one untimed warm-up each, then ${rounds} rounds, the starting tool rotating; the generated corpus gets ${Math.min(rounds, 3)} rounds and no warm-up), ` +
      'so they share the same machine load; ratios are CPU medians of the same case, never of different runs. Spread = (min–max) over the rounds. Max RSS = the largest peak resident set over the rounds.',
    '',
    '- ours: `node dist/cli/index.js lint-dags <paths…> --format json --fail-on never` (main thread: lint-dags keeps to it below 4 CPUs). Findings must be identical in every round and the file count must match.',
    ruff
      ? `- ruff native: \`RAYON_NUM_THREADS=1 ruff check --isolated --select AIR,F --preview --no-cache --output-format json --exit-zero <paths…>\` — ruff ${ruff.version} from PyPI, hash-pinned in \`test/bench/ruff.lock.txt\` (\`node scripts/bench/ruff-native.mjs\` installs it). ruff has no thread flag; \`RAYON_NUM_THREADS=1\` limits its checking pool to one thread (its directory walk may still use a few). \`--show-files\` confirms it checks the same files as ours.`
      : '- ruff native: not measured (see the note below).',
    '- ruff wasm: `node scripts/bench/ruff-lint.mjs <dir>` — `@astral-sh/ruff-wasm-nodejs`, AIR + F, preview, one wasm instance in one node process.',
    '- Findings differ by design: ruff reports every F rule (unused imports …), we report Airflow rules and a subset of F.',
    '',
    ...notes,
    ...(notes.length ? [''] : []),
    '| Case | Tool | CPU s median (min–max) | Wall s median (min–max) | Max RSS MB | Findings | Load |',
    '|---|---|---:|---:|---:|---:|---|',
  ];
  for (const { plan, result } of cases) {
    for (const c of result.contenders) {
      if (c.error) {
        lines.push(`| ${plan.name} | ${c.label} | error: ${c.error.replaceAll('|', '\\|').slice(0, 160)} | — | — | — | ${loadCell(result)} |`);
        continue;
      }
      lines.push(`| ${plan.name} | ${c.label} | ${spread(c.cpu)} | ${spread(c.wall)} | ${c.maxRssMB === undefined ? 'n/a' : fmt(c.maxRssMB, 0)} | ${c.facts?.findings === undefined ? '—' : fmt(c.facts.findings, 0)} | ${loadCell(result)} |`);
    }
  }
  lines.push('', loadNote(cases.map((c) => c.result)), '', 'Ratios (ours ÷ other, CPU medians of the same case; the issue\'s target is ≤ ' + TARGET_RATIO + '× native ruff):', '',
    '| Case | ours ÷ ruff native | ours ÷ ruff wasm | ours − bare node (CPU s) | Load |', '|---|---:|---:|---:|---|');
  const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);
  const verdicts = [];
  for (const { plan, result } of cases) {
    const ours = cpuOf(result, isOurs);
    const native = cpuOf(result, isNative);
    const node = plan.bareNode ? cpuOf(result, isNode) : undefined;
    const overNode = ours !== undefined && node !== undefined ? ours - node : undefined;
    lines.push(`| ${plan.name} | ${ratio(ours, native)} | ${ratio(ours, cpuOf(result, isWasm))} | ${overNode === undefined ? '—' : fmt(overNode, 3)} | ${loadCell(result)} |`);
    if (ours !== undefined && native !== undefined && !plan.bareNode) {
      verdicts.push(`- ${plan.name}: ${ours / native <= TARGET_RATIO ? '**met**' : '**not met**'} (≤ ${TARGET_RATIO}× native ruff: ${(ours / native).toFixed(1)}×${result.busy ? ', machine busy' : ''}).`);
    }
    if (overNode !== undefined) {
      verdicts.push(`- One file ≤ ${TARGET_STARTUP_SECONDS} s CPU above bare node: ${overNode <= TARGET_STARTUP_SECONDS ? '**met**' : '**not met**'} (${fmt(overNode, 3)} s${result.busy ? ', machine busy' : ''}).`);
    }
  }
  const generated = cases.find((c) => c.plan.bytes);
  lines.push('', 'Targets (issue 17):', ...verdicts);
  if (generated) {
    lines.push('', `Generated corpus: \`scripts/bench/dag-corpus.mjs\` (seed ${process.env.BENCH_DAG_SEED ?? 1}), ${fmt(generated.plan.bytes / 1e6, 1)} MB, ` +
      `${generated.plan.syntaxErrors} files with a syntax error. Airflow example DAGs are read in place from the cached venvs (\`example_dags\` of Airflow and its providers in every venv of ${VENV_CACHE.replace(os.homedir(), '~')}).`);
  }
  if (referenceCase) lines.push('', ...renderReference(referenceCase));
  lines.push('', `Machine: ${cores()} cores. Re-measure one part: \`node scripts/bench.mjs dags --rounds 3 --files 0\`.`);
  return lines.join('\n');
}

/** Issue 13's speed line: this build against the reference build, per output format, same rounds. */
function renderReference({ plan, result }) {
  const { commit } = plan.reference;
  const short = commit.slice(0, 7);
  const lines = [
    `### This build against ${short} (${REFERENCE.commit === commit ? REFERENCE.what : 'BENCH_DAG_REFERENCE'})`,
    '',
    `The same ${fmt(plan.files, 0)} generated files, ${plan.rounds} interleaved rounds, no warm-up; the reference CLI is \`git archive ${short} dist/cli dist/lint-worker\` run as it is. ` +
      'Since then the JSON output also carries every file\'s DAG model and each fixable finding\'s edits (46 MB against 19 MB at 10,000 files), and text output the fixable lines.',
    '',
    '| Build, output | CPU s median (min–max) | Wall s median (min–max) | Max RSS MB | Findings | Load |',
    '|---|---:|---:|---:|---:|---|',
  ];
  for (const c of result.contenders) {
    if (c.error) lines.push(`| ${c.label} | error: ${c.error.replaceAll('|', '\\|').slice(0, 160)} | — | — | — | ${loadCell(result)} |`);
    else lines.push(`| ${c.label} | ${spread(c.cpu)} | ${spread(c.wall)} | ${c.maxRssMB === undefined ? 'n/a' : fmt(c.maxRssMB, 0)} | ${c.facts?.findings === undefined ? '—' : fmt(c.facts.findings, 0)} | ${loadCell(result)} |`);
  }
  lines.push('', `Target (issue 13): this build within ${Math.round((REFERENCE.targetRatio - 1) * 100)}% of ${short}, CPU medians of this case:`);
  for (const format of ['json', 'text']) {
    const ours = cpuOf(result, (l) => l === `airflow-gitops lint-dags, ${format}`);
    const reference = cpuOf(result, (l) => l === `reference ${short}, ${format}`);
    if (ours === undefined || reference === undefined) {
      lines.push(`- ${format}: not measured (a contender failed; see the table).`);
      continue;
    }
    const ratio = ours / reference;
    lines.push(`- ${format}: ${ratio <= REFERENCE.targetRatio ? '**met**' : '**not met**'} (${ratio.toFixed(3)}×${result.busy ? ', machine busy' : ''}).`);
  }
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { rounds: { type: 'string' }, files: { type: 'string' } } });
  const { title, markdown } = await run({ rounds: values.rounds, generatedFiles: values.files });
  console.log(`## ${title}\n\n${markdown}`);
}
