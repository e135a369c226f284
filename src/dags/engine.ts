import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckResult } from '../core/check.js';
import { VERSION } from '../core/check.js';
import type { Config } from '../core/config.js';
import { DEFAULT_MAX_FILE_BYTES, expandPaths, fileKind } from '../core/files.js';
import { DAG_MODEL_JSON_DEPTH, UsageError, type Finding } from '../core/finding.js';
import { JsonText } from '../core/json-text.js';
import { effectiveSeverity, makeFinding, type SeverityOverride } from '../core/rule.js';
import { analyzeTree, decodeForLint, unreadableAnalysis, type DagSummary, type FileAnalysis } from './analyze.js';
import type { DagIdentity, LintSettings } from './context.js';
import { DEFAULT_HEAVY_IMPORTS } from './data/airflow-names.js';
import { DEFAULT_PARSE_BUDGET, discardParser, getParser, ParseBudgetExceeded, TreeSitterCrash, parseFast, parsePython, type ParseBudget } from './parser.js';
import type { Parser } from 'web-tree-sitter';
import { resolveProviderVersions } from './provider-versions.js';
import { dagRules } from './rules/index.js';

export interface LintDagsOptions {
  /** Files, directories or globs, relative to root. */
  paths: string[];
  /** Repository root: finding paths are relative to it. */
  root: string;
  config: Config;
  /**
   * The script a worker thread should run (the bundle itself); without it everything runs on the
   * main thread (tests run from source).
   */
  workerScript?: string;
  /** Worker threads to use; default: the CPU count when there are enough files to be worth it. */
  workers?: number;
  /**
   * Accept paths that yield no .py file (a missing path, an empty directory, a glob without a .py
   * match): they are listed in the run details instead of failing with a UsageError.
   */
  allowEmpty?: boolean;
  /** Per-file parse budget; default DEFAULT_PARSE_BUDGET (tests shrink it to reach the cut-off cheaply). */
  parseBudget?: Partial<ParseBudget>;
  /**
   * Build the per-file DAG model (the result's `dags`, shown by JSON and SARIF output); default
   * true. The CLI turns it off for text output without SARIF, which never shows it.
   */
  dagModel?: boolean;
}

export interface LintDagsResult extends CheckResult {
  /** Per-file DAG summaries (dag_id, task_ids, edges) — what DagBag would load — as JSON text (JSON.parse or toJSON() for the data). */
  dags: Record<string, JsonText<DagSummary[]>>;
}

export function settingsFrom(config: Config, providerVersions?: Record<string, string>): LintSettings {
  const base = config.dags.heavyImports ?? [...DEFAULT_HEAVY_IMPORTS];
  return {
    heavyImports: [...base, ...(config.dags.extraHeavyImports ?? [])],
    requiredTags: config.dags.requiredTags ?? [],
    requireOwner: config.dags.requireOwner ?? false,
    providerVersions,
  };
}

/**
 * Worker threads pay off only with cores to spare and plenty of files per thread: each thread
 * JIT-compiles the parser and rules from scratch (about as much CPU as linting 1,500 files warm),
 * and V8's compiler and GC threads already use a second core. On the 2-vCPU benchmark machine two
 * workers were slower than the main thread alone even at 10,000 files (docs/performance.md), so
 * they start only from 4 CPUs and 3,000 files per thread. `--jobs` overrides the choice.
 */
const FILES_PER_THREAD = 3000;
const MIN_CPUS_FOR_WORKERS = 4;
const BATCH = 24;

/** Worker threads for `files` files on `cpus` CPUs; 0 = lint on the main thread. */
export function workerCount(files: number, cpus: number): number {
  if (cpus < MIN_CPUS_FOR_WORKERS) return 0;
  const threads = Math.min(cpus, 8, Math.floor(files / FILES_PER_THREAD));
  return threads >= 2 ? threads : 0;
}

export interface WorkerJob {
  root: string;
  files: string[];
  settings: LintSettings;
  overrides: Record<string, SeverityOverride>;
  maxBytes: number;
  /** Per-file parse budget (tests shrink it); default DEFAULT_PARSE_BUDGET. */
  parseBudget?: Partial<ParseBudget>;
  /** Summarize each file's DAG model (LintDagsOptions.dagModel); default true. */
  dagModel?: boolean;
}

type ReadOutcome = { buf: Buffer } | { skipped: FileAnalysis };

let readBuffer = Buffer.allocUnsafe(1 << 16);

/**
 * Reads one file, refusing files over the size limit before reading them (one open, one fstat).
 * The bytes live in a shared buffer until the next read: decode them before reading another file.
 */
function readForLint(job: WorkerJob, file: string): ReadOutcome {
  const abs = path.join(job.root, file);
  let fd: number | undefined;
  try {
    // Non-blocking, so a FIFO swapped in after the directory walk cannot stall the run; the fstat
    // then refuses anything but a regular file (a device would read for ever).
    fd = fs.openSync(abs, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { skipped: unreadableAnalysis(file, { kind: 'unreadable', reason: `${fileKind(stat)}, not a regular file` }, job.overrides) };
    const size = stat.size;
    if (size > job.maxBytes) {
      return { skipped: unreadableAnalysis(file, { kind: 'too-large', bytes: size, limit: job.maxBytes }, job.overrides) };
    }
    // One buffer for every file: decoding copies the text out, and fresh buffers cost page faults.
    if (readBuffer.length < size) readBuffer = Buffer.allocUnsafe(Math.max(size, readBuffer.length * 2));
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, readBuffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { buf: readBuffer.subarray(0, read) };
  } catch (e) {
    return { skipped: unreadableAnalysis(file, { kind: 'unreadable', reason: (e as NodeJS.ErrnoException).code ?? String(e) }, job.overrides) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Reads and lints a list of files (what each worker thread runs). */
export async function lintFiles(job: WorkerJob): Promise<FileAnalysis[]> {
  // tree-sitter's wasm is loaded only when the fast parser first gives up on a file.
  let treeSitter: Parser | undefined;
  const budget: ParseBudget = { ...DEFAULT_PARSE_BUDGET, ...job.parseBudget };
  const out: FileAnalysis[] = [];
  for (const file of job.files) {
    const read = readForLint(job, file);
    if ('skipped' in read) {
      out.push(read.skipped);
      continue;
    }
    const text = decodeForLint(file, read.buf, job.overrides);
    if (typeof text !== 'string') {
      out.push(text);
      continue;
    }
    // One file that cannot be analysed (a wasm trap, a parse over budget, a bug) becomes a
    // finding on that file; the other files' findings and the reports still come out.
    try {
      const tree = parseFast(text) ?? parsePython((treeSitter ??= await getParser()), text, budget);
      out.push(analyzeTree(file, text, tree, job.settings, job.overrides, job.dagModel !== false));
    } catch (e) {
      if (e instanceof TreeSitterCrash) {
        discardParser();
        treeSitter = undefined;
      }
      out.push(unreadableAnalysis(file, { kind: 'not-analysed', reason: notAnalysedReason(e) }, job.overrides));
    }
  }
  return out;
}

function notAnalysedReason(e: unknown): string {
  if (e instanceof ParseBudgetExceeded || e instanceof TreeSitterCrash) return e.message;
  return `internal error: ${e instanceof Error ? e.message : String(e)}`;
}

async function lintInWorkers(job: WorkerJob, script: string, count: number): Promise<FileAnalysis[]> {
  const queue = [...job.files];
  const results: FileAnalysis[] = [];
  const runOne = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: { airflowGitopsLintWorker: true } });
      const next = () => {
        const files = queue.splice(0, BATCH);
        if (files.length === 0) {
          void worker.terminate();
          resolve();
          return;
        }
        worker.postMessage({ ...job, files });
      };
      worker.on('message', (batch: FileAnalysis[]) => {
        results.push(...batch);
        next();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0 && code !== 1) reject(new Error(`lint worker exited with code ${code}`));
      });
      next();
    });
  await Promise.all(Array.from({ length: count }, runOne));
  return results;
}

const quoteList = (items: string[]) => items.map((i) => `"${i}"`).join(', ');

/** Lints DAG files: per-file rules (in worker threads for large trees), then cross-file rules. */
export async function lintDags(options: LintDagsOptions): Promise<LintDagsResult> {
  const started = performance.now();
  const { config, root } = options;
  const ignore = config.ignore;
  const { files, missing, empty, otherExtension, notRegular, symlinkRepeats } = expandPaths(options.paths, root, ['.py'], ignore);
  const notPython = otherExtension.length ? `${quoteList(otherExtension)}: lint-dags reads only .py files` : '';
  if (notRegular.length) {
    // Opening a FIFO would block for ever and a device never ends: refused before any read.
    const what = notRegular.map((n) => `"${n.input}" is ${n.kind}`).join('; ');
    throw new UsageError(`${what}, not a regular file: lint-dags reads only regular .py files and directories.`);
  }
  if (!options.allowEmpty) {
    const problems = [
      ...missing.map((m) => `"${m}" does not exist`),
      ...empty.map((e) => `"${e}" holds no .py file${ignore.length ? " outside the config's ignore globs" : ''}`),
      ...(files.length === 0 && notPython ? [`nothing to lint, ${notPython}`] : []),
    ];
    if (problems.length) {
      throw new UsageError(`${problems.join('; ')}. Paths are relative to ${root}; --allow-empty (action input allow-empty) accepts paths without a DAG file.`);
    }
  }
  const overrides = config.rules;
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const workers = options.workers ?? (options.workerScript ? workerCount(files.length, cpus) : 0);
  // Worker threads share the process CPU clock the parse budget is measured on.
  const parseBudget = { ...options.parseBudget, threads: Math.max(1, workers) };
  const providers = resolveProviderVersions(config, root);
  const job: WorkerJob = { root, files, settings: settingsFrom(config, providers.versions), overrides, maxBytes: config.dags.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, parseBudget, dagModel: options.dagModel };
  const analyses = workers > 0 && options.workerScript ? await lintInWorkers(job, options.workerScript, workers) : await lintFiles(job);
  // One collator: the same order as localeCompare, without its per-call setup.
  const collator = new Intl.Collator();
  analyses.sort((a, b) => collator.compare(a.file, b.file));

  const findings: Finding[] = analyses.flatMap((a) => a.findings);
  const identities: DagIdentity[] = analyses.flatMap((a) => a.dags);
  for (const rule of dagRules) {
    if (!rule.checkProject) continue;
    const severity = effectiveSeverity(rule.meta, overrides);
    if (severity === 'off') continue;
    rule.checkProject({
      dags: identities,
      report: (file, range, message, fix) => findings.push(makeFinding(rule.meta, severity, message, file, range, fix)),
    });
  }
  const details: Array<[string, string]> = [];
  if (missing.length) details.push(['Paths not found', missing.join(', ')]);
  if (empty.length) details.push(['Paths without .py files', empty.join(', ')]);
  if (notPython) details.push(['Not linted', notPython]);
  if (providers.sources.length) details.push(['Provider versions from', providers.sources.join(', ')]);
  if (symlinkRepeats.length) details.push(['Symlinked folders walked once (a loop or a second link)', symlinkRepeats.join(', ')]);
  // analyses are sorted by file, so the model's keys come out in that order.
  const dags = Object.fromEntries(analyses.filter((a) => a.modelJson).map((a) => [a.file, new JsonText<DagSummary[]>(a.modelJson, DAG_MODEL_JSON_DEPTH)]));
  return {
    findings,
    rules: dagRules.map((r) => r.meta),
    run: { tool: 'lint-dags', version: VERSION, filesChecked: files.length, durationMs: performance.now() - started, details, dags },
    dags,
  };
}
