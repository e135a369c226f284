/**
 * lint-dags and ruff judged by Airflow's real DagBag on real user code: the DAG files of
 * test/airflow/corpus/real-world (public repositories under permissive licences, see NOTICE.md).
 *
 *  - Every file is imported by the DagBag of Airflow 3.1 and of the newest 3.x venv. Verdicts are
 *    cached in ~/.cache/airflow-gitops/real-world by (file sha256, venv lock hash, dagbag.py hash),
 *    so only new files or new venvs cost a DagBag run.
 *  - Each import error gets a cause class (Airflow core removal, provider removal, removed argument,
 *    syntax, DAG structure, undefined name; or environment: a package or repo-local module the venv
 *    does not have, which no static check can know and which is left out of recall).
 *  - lint-dags (in process) and ruff 0.17.4 (`--select AIR,F821 --preview`, the wasm build of the
 *    same version the project already depends on, so CI needs nothing else) lint the same files.
 *  - Asserted: no error-level lint-dags finding on a file the 3.1 DagBag loads, and every
 *    Airflow-caused import error caught with the right cause, except the entries of
 *    KNOWN_FALSE_ERRORS / KNOWN_MISSES (each with its reason; an entry that stops happening fails).
 *  - docs/accuracy.md, section real-world: per-rule precision and per-class recall, ours vs ruff.
 *
 * Without the corpus files (they are third-party code, rebuilt by scripts/corpus/real-world.mjs
 * --from-mirrors and never committed) the test says so and skips, unless
 * AIRFLOW_GITOPS_REQUIRE_REAL_WORLD=1.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { defaultConfig } from '../../src/core/config.js';
import type { Finding } from '../../src/core/finding.js';
import { lintDags } from '../../src/dags/engine.js';
import { checkGeneratedSection } from '../helpers/doc-section.js';
import {
  airflowEnv,
  DAGBAG_SCRIPT,
  describeAirflow,
  ensureVenv,
  HARNESS_DIR,
  lockInfo,
  REPO_ROOT,
  runOk,
  tempAirflowHome,
  type AirflowTrack,
  type AirflowVenv,
  type DagBagReport,
} from './harness.js';

const MINUTE = 60_000;
const CORPUS = path.join(HARNESS_DIR, 'corpus', 'real-world');
const TRACKS: readonly AirflowTrack[] = ['3.1', 'latest'];
const CHUNK = 40;
/** dagbag.py behind stand-ins for modules the venv lacks (see that file for why). */
const STUBBED_DAGBAG = path.join(HARNESS_DIR, 'dagbag_stubbed.py');

interface ManifestEntry {
  file: string;
  repo: string;
  commit: string;
  path: string;
  license: string;
  sha256: string;
}

/** What DagBag saw for one file: import error texts (empty when it loads) and the dag_ids. */
interface Verdict {
  errors: string[];
  dagIds: string[];
  bagError?: string;
}

type CauseClass = 'airflow-core' | 'provider' | 'removed-argument' | 'syntax' | 'dag-structure' | 'undefined-name' | 'environment' | 'other';
const AIRFLOW_CAUSED: readonly CauseClass[] = ['airflow-core', 'provider', 'removed-argument', 'syntax', 'dag-structure', 'undefined-name'];
const CLASS_LABEL: Record<CauseClass, string> = {
  'airflow-core': 'Airflow core name removed or moved',
  provider: 'provider name removed or moved',
  'removed-argument': 'removed DAG/operator argument',
  syntax: 'syntax error',
  'dag-structure': 'DAG structure (cycle, duplicate id, invalid schedule/params)',
  'undefined-name': 'undefined name',
  environment: 'environment: package or repo-local module not installed (excluded)',
  other: 'other runtime error at import (excluded)',
};

/** Which import-error classes a rule's finding claims: the finding is right when DagBag fails for one of them. */
function oursClaims(ruleId: string): readonly CauseClass[] {
  if (ruleId === 'DAG001') return ['syntax'];
  if (ruleId === 'DAG301') return ['undefined-name'];
  if (/^DAG1\d\d$/.test(ruleId)) return ['airflow-core', 'provider', 'removed-argument'];
  if (/^DAG4\d\d$/.test(ruleId)) return ['dag-structure'];
  return [];
}

/** ruff's wasm build in preview mode names its rules; the codes the CLI prints are these. */
const RUFF_CODE: Record<string, string> = {
  'airflow-variable-name-task-id-mismatch': 'AIR001',
  'airflow-dag-no-schedule-argument': 'AIR002',
  'airflow-variable-get-outside-task': 'AIR003',
  'airflow-xcom-pull-in-template-string': 'AIR201',
  'airflow-task-implicit-multiple-outputs': 'AIR202',
  'airflow3-removal': 'AIR301',
  'airflow3-moved-to-provider': 'AIR302',
  'airflow3-incompatible-function-signature': 'AIR303',
  'airflow3-dag-dynamic-value': 'AIR304',
  'airflow3-suggested-update': 'AIR311',
  'airflow3-suggested-to-move-to-provider': 'AIR312',
  'airflow31-moved': 'AIR321',
  'undefined-name': 'F821',
  'invalid-syntax': 'syntax-error',
};

/** What a ruff code claims when it fires. AIR311/AIR312/AIR321 are suggestions and AIR0xx/AIR2xx style checks: not errors. */
const RUFF_CLAIMS: Record<string, readonly CauseClass[]> = {
  AIR301: ['airflow-core', 'removed-argument'],
  AIR302: ['provider', 'airflow-core'],
  AIR303: ['removed-argument'],
  AIR304: ['dag-structure'],
  F821: ['undefined-name'],
  'syntax-error': ['syntax'],
};

/**
 * Error-level lint-dags findings on files the 3.1 DagBag loads, keyed `<corpus file>|<rule>`,
 * each with why it is known. Reported to the rule owners (issue 13); a key that no longer
 * happens fails the test so the list shrinks as rules are fixed.
 */
const KNOWN_FALSE_ERRORS: Record<string, string> = {};

/** Airflow-caused import errors (3.1 or newest) that lint-dags misses, keyed `<track>|<corpus file>|<class>`. */
const KNOWN_MISSES: Record<string, string> = {};

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

function readManifest(): ManifestEntry[] | undefined {
  const manifest = path.join(CORPUS, 'MANIFEST.json');
  const entries = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { files: ManifestEntry[] }).files;
  const complete = entries.every((e) => {
    const file = path.join(CORPUS, e.file);
    return fs.existsSync(file) && sha256(fs.readFileSync(file)) === e.sha256;
  });
  return complete ? entries : undefined;
}

// ---------------------------------------------------------------------------------------------
// DagBag verdicts, cached per (file sha256, venv lock, dagbag.py)

function verdictCachePath(track: AirflowTrack): string {
  const key = sha256(lockInfo(track).sha256 + sha256(fs.readFileSync(DAGBAG_SCRIPT)) + sha256(fs.readFileSync(STUBBED_DAGBAG))).slice(0, 16);
  return path.join(process.env.AIRFLOW_GITOPS_CACHE_DIR || path.join(os.homedir(), '.cache', 'airflow-gitops'), 'real-world', `${track}-${key}.json`);
}

async function runStubbedDagBag(venv: AirflowVenv, files: readonly string[], timeoutMs: number): Promise<DagBagReport> {
  const scratch = await tempAirflowHome('airflow-real-world-');
  try {
    const env = airflowEnv(scratch.home, `sqlite:///${path.join(scratch.home, 'airflow.db')}`);
    // The files are third-party code: they run from a scratch directory, never from the repository.
    const result = await runOk(venv.python, [STUBBED_DAGBAG, ...files], { env, cwd: scratch.home, timeoutMs });
    return JSON.parse(result.stdout) as DagBagReport;
  } finally {
    await scratch.remove();
  }
}

async function dagbagVerdicts(venv: AirflowVenv, entries: readonly ManifestEntry[]): Promise<{ verdicts: Map<string, Verdict>; judgedNow: number }> {
  const cacheFile = verdictCachePath(venv.track);
  const cached: Record<string, Verdict> = fs.existsSync(cacheFile) ? JSON.parse(fs.readFileSync(cacheFile, 'utf8')) : {};
  const todo = entries.filter((e) => !cached[e.sha256]);
  const record = (entry: ManifestEntry, file: { import_errors: string[]; dags: Array<{ dag_id: string }>; dagbag_error?: string }) => {
    cached[entry.sha256] = { errors: file.import_errors, dagIds: file.dags.map((d) => d.dag_id).sort(), ...(file.dagbag_error ? { bagError: file.dagbag_error } : {}) };
  };
  for (let start = 0; start < todo.length; start += CHUNK) {
    const chunk = todo.slice(start, start + CHUNK);
    try {
      const report = await runStubbedDagBag(venv, chunk.map((e) => path.join(CORPUS, e.file)), 10 * MINUTE);
      report.files.forEach((file, index) => record(chunk[index], file));
    } catch {
      // A file that ends the interpreter (sys.exit, os._exit) takes its chunk with it: one by one.
      for (const entry of chunk) {
        try {
          const report = await runStubbedDagBag(venv, [path.join(CORPUS, entry.file)], 2 * MINUTE);
          record(entry, report.files[0]);
        } catch (error) {
          cached[entry.sha256] = { errors: [`DagBag process failed: ${String((error as Error).message).split('\n').slice(-3).join(' ')}`], dagIds: [], bagError: 'process' };
        }
      }
    }
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(cached));
  }
  return { verdicts: new Map(entries.map((e) => [e.sha256, cached[e.sha256]])), judgedNow: todo.length };
}

// ---------------------------------------------------------------------------------------------
// Cause classes

/** Is the module inside a provider distribution installed in the venv (its package has get_provider_info.py)? */
function providerInstalled(sitePackages: string, moduleName: string): boolean {
  const parts = moduleName.split('.');
  for (let n = 3; n <= parts.length; n++) {
    if (fs.existsSync(path.join(sitePackages, ...parts.slice(0, n), 'get_provider_info.py'))) return true;
  }
  return false;
}

function classOfModule(sitePackages: string, moduleName: string): CauseClass {
  if (moduleName.startsWith('airflow.providers.')) return providerInstalled(sitePackages, moduleName) ? 'provider' : 'environment';
  if (moduleName.startsWith('airflow.')) return 'airflow-core';
  return 'environment';
}

function causeClass(message: string, sitePackages: string): CauseClass {
  // A stand-in for a missing module reached Airflow (a stub value in params, a stub base class).
  if (/_Stub\b|'stub'|nonexistent-stub/.test(message)) return 'environment';
  if (/\b(SyntaxError|IndentationError|TabError)\b/.test(message)) return 'syntax';
  const lastError = message.trim().split('\n').reverse().find((line) => /^\w+(\.\w+)*(Error|Exception|Found)\b/.test(line.trim())) ?? message;
  const missing = /No module named '([\w.]+)'/.exec(lastError);
  if (missing) return classOfModule(sitePackages, missing[1]);
  const cannot = /cannot import name '(\w+)' from '([\w.]+)'/.exec(lastError);
  if (cannot) return classOfModule(sitePackages, cannot[2]);
  const attribute = /module '([\w.]+)' has no attribute/.exec(lastError);
  if (attribute) return classOfModule(sitePackages, attribute[1]);
  if (/Invalid arguments were passed|unexpected keyword argument|got an unexpected keyword/.test(lastError)) return 'removed-argument';
  if (/Cycle|cycle detected|DuplicateTaskId|Duplicate|not allowed to define a Schedule|ParamValidationError|Invalid timetable|invalid cron|AirflowTimetableInvalid|task_id .* has already been added/i.test(lastError)) {
    return 'dag-structure';
  }
  if (/^NameError\b/.test(lastError.trim())) return 'undefined-name';
  // The deployment's Variables and Connections: set in its metadata database, not in the file.
  if (/VARIABLE_NOT_FOUND|CONNECTION_NOT_FOUND|Variable \S+ does not exist|conn_id `?\S+`? isn't defined/.test(lastError)) return 'environment';
  return 'other';
}

function sitePackagesOf(venv: AirflowVenv): string {
  const lib = path.join(venv.dir, 'lib');
  const python = fs.readdirSync(lib).find((name) => name.startsWith('python'));
  return path.join(lib, python!, 'site-packages');
}

// ---------------------------------------------------------------------------------------------
// The two linters

interface ToolFinding {
  rule: string;
  line: number;
  message: string;
  error: boolean;
}

async function lintOurs(entries: readonly ManifestEntry[]): Promise<Map<string, ToolFinding[]>> {
  const result = await lintDags({ paths: entries.map((e) => e.file), root: CORPUS, config: defaultConfig() });
  const byFile = new Map<string, ToolFinding[]>(entries.map((e) => [e.file, []]));
  for (const finding of result.findings as Finding[]) {
    const list = finding.file ? byFile.get(finding.file) : undefined;
    list?.push({ rule: finding.ruleId, line: finding.range?.startLine ?? 0, message: finding.message, error: finding.severity === 'error' });
  }
  return byFile;
}

function lintRuff(entries: readonly ManifestEntry[]): Map<string, ToolFinding[]> {
  const workspace = new Workspace({ lint: { select: ['AIR', 'F821'], preview: true } }, PositionEncoding.Utf16);
  const byFile = new Map<string, ToolFinding[]>();
  for (const entry of entries) {
    const diagnostics = workspace.check(fs.readFileSync(path.join(CORPUS, entry.file), 'utf8')) as Array<{ code?: string | null; message: string; start_location: { row: number } }>;
    byFile.set(
      entry.file,
      diagnostics.map((d) => {
        const rule = RUFF_CODE[d.code ?? 'invalid-syntax'] ?? d.code ?? 'syntax-error';
        return { rule, line: d.start_location.row, message: d.message, error: rule in RUFF_CLAIMS };
      }),
    );
  }
  return byFile;
}

// ---------------------------------------------------------------------------------------------
// Figures

interface FileJudgement {
  entry: ManifestEntry;
  /** Per track: how many DAGs the import built (0 for a factory module or a loop over missing data). */
  dags: Partial<Record<AirflowTrack, number>>;
  /** Per track: undefined when DagBag loads the file, else the cause class of its import error. */
  cause: Partial<Record<AirflowTrack, CauseClass>>;
  message: Partial<Record<AirflowTrack, string>>;
}

interface RuleFigures {
  findings: number;
  right: number;
  /** The file imports and builds its DAGs, so the claimed import failure does not happen. */
  wrong: number;
  /** The file fails first for another Airflow cause: DagBag cannot tell whether this one is right. */
  masked: number;
  /** The file imports but builds no DAG (a factory module, a loop over data the venv lacks). */
  notExecuted: number;
  /** The file fails first for an environment reason. */
  environment: number;
}

/**
 * Rules whose error is a failure when a task runs, not when the file is imported: DagBag cannot
 * judge them, so their findings are read by hand (the dump, AIRFLOW_GITOPS_REAL_WORLD_DUMP).
 */
const RUNTIME_RULES: Record<string, string> = {
  DAG104: 'a removed context key fails when the task reads it',
  DAG601: 'direct metadata-database access fails when the task runs on Airflow 3',
};

/** The 3.1 venv's site-packages, set when the tier starts. */
let sitePackages31 = '';

/**
 * A finding about a provider module the venv does not install (e.g. SimpleHttpOperator, gone from
 * the http provider in 5.0.0): the stubbed DagBag stands in for the whole provider, so an import
 * that fails on a real image loads here. DagBag cannot judge it: it counts as environment.
 */
function aboutMissingProvider(message: string): boolean {
  const module = /`(airflow\.providers\.[\w.]+)`/.exec(message)?.[1];
  return module !== undefined && sitePackages31 !== '' && !providerInstalled(sitePackages31, module);
}

function judgeFinding(file: FileJudgement, finding: ToolFinding, claims: (rule: string) => readonly CauseClass[]): keyof Omit<RuleFigures, 'findings'> {
  const rule = finding.rule;
  if (aboutMissingProvider(finding.message)) return 'environment';
  const cause = file.cause['3.1'];
  if (cause === undefined) return file.dags['3.1'] ? 'wrong' : 'notExecuted';
  if (claims(rule).includes(cause)) return 'right';
  return cause === 'environment' || cause === 'other' ? 'environment' : 'masked';
}

function precisionByRule(judged: readonly FileJudgement[], findings: Map<string, ToolFinding[]>, claims: (rule: string) => readonly CauseClass[]): Map<string, RuleFigures> {
  const figures = new Map<string, RuleFigures>();
  for (const file of judged) {
    for (const finding of findings.get(file.entry.file) ?? []) {
      if (!finding.error) continue;
      const f = figures.get(finding.rule) ?? { findings: 0, right: 0, wrong: 0, masked: 0, notExecuted: 0, environment: 0 };
      f.findings++;
      f[judgeFinding(file, finding, claims)]++;
      figures.set(finding.rule, f);
    }
  }
  return figures;
}

function caught(file: FileJudgement, track: AirflowTrack, findings: Map<string, ToolFinding[]>, claims: (rule: string) => readonly CauseClass[]): boolean {
  const cause = file.cause[track]!;
  return (findings.get(file.entry.file) ?? []).some((f) => f.error && claims(f.rule).includes(cause));
}

function pct(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})` : 'n/a';
}

function markdown(
  entries: readonly ManifestEntry[],
  judged: readonly FileJudgement[],
  versions: Record<string, string>,
  ours: Map<string, ToolFinding[]>,
  ruff: Map<string, ToolFinding[]>,
): string {
  const repos = new Set(entries.map((e) => e.repo));
  const licenses = new Map<string, number>();
  for (const e of entries) licenses.set(e.license, (licenses.get(e.license) ?? 0) + 1);
  const out: string[] = [];
  out.push(
    `Corpus: ${entries.length} files from ${repos.size} repositories (${[...licenses].sort().map(([l, n]) => `${l} ${n}`).join(', ')}).`,
    '',
    '| DagBag | Loads | Import errors | … Airflow-caused | … environment (excluded) | … other (excluded) |',
    '|---|---:|---:|---:|---:|---:|',
  );
  for (const track of TRACKS) {
    const failing = judged.filter((j) => j.cause[track] !== undefined);
    const airflowCaused = failing.filter((j) => AIRFLOW_CAUSED.includes(j.cause[track]!)).length;
    const environment = failing.filter((j) => j.cause[track] === 'environment').length;
    out.push(`| ${versions[track]} | ${judged.length - failing.length} | ${failing.length} | ${airflowCaused} | ${environment} | ${failing.length - airflowCaused - environment} |`);
  }
  out.push('', `Recall of Airflow-caused import errors (an error-level finding whose rule claims that cause):`, '', '| Cause | Airflow | Files | lint-dags | ruff 0.17.4 |', '|---|---|---:|---:|---:|');
  const ruffClaims = (rule: string) => RUFF_CLAIMS[rule] ?? [];
  for (const cls of AIRFLOW_CAUSED) {
    for (const track of TRACKS) {
      const files = judged.filter((j) => j.cause[track] === cls);
      if (!files.length) continue;
      const oursCaught = files.filter((j) => caught(j, track, ours, oursClaims)).length;
      const ruffCaught = files.filter((j) => caught(j, track, ruff, ruffClaims)).length;
      out.push(`| ${CLASS_LABEL[cls]} | ${versions[track]} | ${files.length} | ${pct(oursCaught, files.length)} | ${pct(ruffCaught, files.length)} |`);
    }
  }
  out.push(
    '',
    `Precision of error-level findings, judged by the ${versions['3.1']} DagBag. Right: the file fails to import for the cause the rule claims. Wrong: the file imports and builds its DAGs. Masked: it fails first for another Airflow cause. Not executed: it imports but builds no DAG (a factory module, a loop over data the venv lacks). Environment: it fails first for a missing package, module, Variable or Connection. Precision = right / (right + wrong); rules marked runtime fail when a task runs, which no import shows.`,
    '',
    '| Tool | Rule | Findings | Right | Wrong | Masked | Not executed | Environment | Precision |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const [tool, figures] of [
    ['lint-dags', precisionByRule(judged, ours, oursClaims)],
    ['ruff', precisionByRule(judged, ruff, ruffClaims)],
  ] as const) {
    for (const [rule, f] of [...figures].sort(([a], [b]) => a.localeCompare(b))) {
      const precision = tool === 'lint-dags' && RUNTIME_RULES[rule] ? `runtime: ${RUNTIME_RULES[rule]}` : pct(f.right, f.right + f.wrong);
      out.push(`| ${tool} | ${rule} | ${f.findings} | ${f.right} | ${f.wrong} | ${f.masked} | ${f.notExecuted} | ${f.environment} | ${precision} |`);
    }
  }
  const warnings = new Map<string, number>();
  for (const list of ours.values()) for (const f of list) if (!f.error) warnings.set(f.rule, (warnings.get(f.rule) ?? 0) + 1);
  out.push('', `lint-dags warnings and notes (not judged): ${[...warnings].sort().map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}.`);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

const entries = fs.existsSync(path.join(CORPUS, 'MANIFEST.json')) ? readManifest() : undefined;
const describeCorpus = entries || process.env.AIRFLOW_GITOPS_REQUIRE_REAL_WORLD === '1' ? describeAirflow : (title: string) =>
        // A skipped suite still needs a test in it, or jest fails the file ("must contain at least one test").
        describe.skip(`${title} (no corpus files: node scripts/corpus/real-world.mjs --from-mirrors DIR)`, () => {
          it('is measured where the corpus files are present', () => undefined);
        });

describeCorpus('real-world DAG files: lint-dags and ruff vs the real DagBag', () => {
  const judged: FileJudgement[] = [];
  const versions: Record<string, string> = {};
  let ours = new Map<string, ToolFinding[]>();
  let ruff = new Map<string, ToolFinding[]>();

  beforeAll(async () => {
    if (!entries) throw new Error('the real-world corpus is incomplete: node scripts/corpus/real-world.mjs --verify');
    for (const entry of entries) judged.push({ entry, dags: {}, cause: {}, message: {} });
    for (const track of TRACKS) {
      const venv = await ensureVenv(track);
      versions[track] = venv.lock.airflowVersion;
      const sitePackages = sitePackagesOf(venv);
      if (track === '3.1') sitePackages31 = sitePackages;
      const { verdicts } = await dagbagVerdicts(venv, entries);
      for (const file of judged) {
        const verdict = verdicts.get(file.entry.sha256)!;
        file.dags[track] = verdict.dagIds.length;
        if (!verdict.errors.length && !verdict.bagError) continue;
        const message = verdict.errors.join('\n') || verdict.bagError!;
        file.cause[track] = causeClass(message, sitePackages);
        file.message[track] = message;
      }
    }
    ours = await lintOurs(entries);
    ruff = lintRuff(entries);
  }, 60 * MINUTE);

  it('gives no error-level finding on a file the 3.1 DagBag loads with its DAGs, except the known, reported ones', () => {
    const happened = new Map<string, string>();
    for (const file of judged) {
      if (file.cause['3.1'] !== undefined || !file.dags['3.1']) continue;
      for (const f of ours.get(file.entry.file) ?? []) {
        if (f.error && !RUNTIME_RULES[f.rule] && !aboutMissingProvider(f.message)) happened.set(`${file.entry.file}|${f.rule}`, `line ${f.line}: ${f.message}`);
      }
    }
    const unexpected = [...happened].filter(([key]) => !(key in KNOWN_FALSE_ERRORS)).map(([key, why]) => `${key} ${why}`);
    const stale = Object.keys(KNOWN_FALSE_ERRORS).filter((key) => !happened.has(key));
    expect({ unexpected, stale }).toEqual({ unexpected: [], stale: [] });
  });

  it('catches every Airflow-caused import error with the right cause, except the known, reported misses', () => {
    const happened = new Map<string, string>();
    for (const track of TRACKS) {
      for (const file of judged) {
        const cls = file.cause[track];
        if (!cls || !AIRFLOW_CAUSED.includes(cls) || caught(file, track, ours, oursClaims)) continue;
        const last = file.message[track]!.trim().split('\n').pop()!.trim().slice(0, 200);
        happened.set(`${track}|${file.entry.file}|${cls}`, last);
      }
    }
    const unexpected = [...happened].filter(([key]) => !(key in KNOWN_MISSES)).map(([key, why]) => `${key} ${why}`);
    const stale = Object.keys(KNOWN_MISSES).filter((key) => !happened.has(key));
    expect({ unexpected, stale }).toEqual({ unexpected: [], stale: [] });
  });

  it('publishes the figures in docs/accuracy.md', () => {
    // The judgement behind every figure, for the rule owners: AIRFLOW_GITOPS_REAL_WORLD_DUMP=file.json.
    const dump = process.env.AIRFLOW_GITOPS_REAL_WORLD_DUMP;
    if (dump) {
      const lastLine = (text?: string) => text?.trim().split('\n').pop()!.trim().slice(0, 300);
      const rows = judged.map((j) => ({
        file: j.entry.file,
        repo: j.entry.repo,
        cause: j.cause,
        dags: j.dags,
        error: Object.fromEntries(TRACKS.map((t) => [t, lastLine(j.message[t])])),
        ours: ours.get(j.entry.file)?.filter((f) => f.error),
        oursOther: ours.get(j.entry.file)?.filter((f) => !f.error).map((f) => f.rule),
        ruff: ruff.get(j.entry.file)?.filter((f) => f.error),
      }));
      fs.writeFileSync(dump, JSON.stringify(rows, null, 1));
    }
    const rendered = markdown(entries!, judged, versions, ours, ruff);
    const { stale, hint } = checkGeneratedSection(path.join(REPO_ROOT, 'docs/accuracy.md'), 'real-world', rendered);
    if (stale) throw new Error(hint);
  });
});
