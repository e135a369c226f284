/**
 * lint-dags against Airflow's real DagBag, per Airflow version.
 *
 * Files: the lint-dags fixtures, the user's DAG, the repository's dags/, the held-in corpus
 * (test/airflow/corpus: hand-written styles and broken files, plus a deterministic sample of
 * scripts/bench/dag-corpus.mjs), and each venv's own example DAGs (read in place, never copied).
 *
 *  - Airflow 3 (3.1 and the newest): every file DagBag cannot import has an error-level finding
 *    from lint-dags (import errors ⊆ our errors).
 *  - Every Airflow version (2.9 too, where only the DAG model is compared): every DAG DagBag loads
 *    is in our model with its dag_id and task_ids, and with its edges unless we mark it dynamic.
 *
 * Known, reported gaps are listed in KNOWN_GAPS with a reason each; nothing else is skipped.
 * One DagBag subprocess per Airflow version covers every file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../../src/core/config.js';
import type { Finding } from '../../src/core/finding.js';
import type { DagSummary } from '../../src/dags/analyze.js';
import { lintDags } from '../../src/dags/engine.js';
import { formatJson } from '../../src/report/json.js';
import {
  AIRFLOW_TRACKS,
  airflowEnv,
  describeAirflow,
  ensureVenv,
  HARNESS_DIR,
  REPO_ROOT,
  runDagBag,
  tempAirflowHome,
  type AirflowTrack,
  type AirflowVenv,
  type DagBagDag,
  type DagBagReport,
} from './harness.js';
import { checkGeneratedSection } from '../helpers/doc-section.js';
import { USER_DAG } from '../helpers/user-files.js';

const MINUTE = 60_000;
const CORPUS_DIR = path.join(HARNESS_DIR, 'corpus');

/**
 * Why a DagBag result is known to differ from ours. Model gaps (reported to the lint-dags owner
 * with the minimal file in test/airflow/corpus/model-gaps/) and two environment differences.
 */
const GAP = {
  LABEL: 'model: Label("…") inside a >> chain drops the edge across it (model-gaps/label.py); which once drew a false DAG405',
  METHOD_ON_TASK: 'model: a method call on a task (.as_setup(), .as_teardown(setups=…), Operator.partial(…).expand(…)) evaluates to its arguments instead of the task, so edges are lost or reversed (model-gaps/method_on_task.py: a false dependency-cycle error); `with teardown(setup()):` blocks are not modelled either',
  CHAIN_SPLAT: 'model: chain(*tasks) treats the splatted list as one argument and links nothing (model-gaps/chain_splat.py)',
  ATTRIBUTE_DEPENDENCY: 'model: an operator argument such as other.task_id makes `other` upstream; only task objects/XComArgs do (model-gaps/attribute_dependency.py)',
  GROUP_TWICE: 'model: a @task_group called twice gets group ids name, name__1 in Airflow; the model suffixes the task ids instead (model-gaps/task_group_twice.py)',
  PREFIX_OFF_GROUP: 'model: `with TaskGroup(…, prefix_group_id=False) as g` does not bind g as a group, so g in a dependency links nothing (model-gaps/prefix_off_group.py)',
  MAPPED_GROUP: 'model: a mapped @task_group (group.expand(…)) creates no tasks in the model (model-gaps/mapped_group.py)',
  OVERRIDE_DYNAMIC_ID: 'model: task.override(task_id=f"…") names the task after the function instead of an unknown id (model-gaps/override_fstring.py); on 2.9 some of these examples also create tasks only if virtualenv is installed',
  ASSET: 'model: @asset (Airflow 3) creates a DAG and a task named after the function; the model does not know the decorator (model-gaps/asset.py)',
  CONDITIONAL: 'environment: the example creates these tasks only when virtualenv is installed (if not is_venv_installed()), which the test venv is not',
  THIRD_PARTY: 'environment: a third-party package (numpy, pandas, sklearn, a private module) is not installed in the test venv; no static check can know the image\'s packages',
  PLUGIN: 'environment: the example needs its plugin (a priority weight strategy) registered from the plugins folder',
} as const;

/**
 * Disagreements with DagBag that are known and reported, keyed `<file label>|<dag_id or "import">|<check>`
 * (check: import | dag | tasks | edges), on whichever Airflow versions show them. A gap listed here
 * that no longer happens on any version fails the test, so the list cannot go stale.
 */
const KNOWN_GAPS: Record<string, string> = {
  'examples:airflow/example_dags/example_custom_weight.py|import|import': GAP.PLUGIN,
  'examples:airflow/example_dags/example_dynamic_task_mapping.py|example_task_group_mapping|tasks': GAP.MAPPED_GROUP,
  'examples:airflow/example_dags/example_python_decorator.py|example_python_decorator|tasks': GAP.OVERRIDE_DYNAMIC_ID,
  'examples:airflow/example_dags/example_python_operator.py|example_python_operator|tasks': GAP.CONDITIONAL,
  'examples:airflow/example_dags/example_setup_teardown_taskflow.py|example_setup_teardown_taskflow|edges': GAP.METHOD_ON_TASK,
  'examples:airflow/example_dags/standard/example_branch_operator_decorator.py|example_branch_python_operator_decorator|tasks': GAP.OVERRIDE_DYNAMIC_ID,
  'examples:airflow/providers/standard/example_dags/example_branch_operator_decorator.py|example_branch_python_operator_decorator|tasks': GAP.OVERRIDE_DYNAMIC_ID,
  'test/airflow/corpus/generated/clickstream_features_publish_00005.py|import|import': GAP.THIRD_PARTY,
  'test/airflow/corpus/generated/crm_transactions_score_00032.py|import|import': GAP.THIRD_PARTY,
  'test/airflow/corpus/generated/finance_accounts_publish_00018.py|import|import': GAP.THIRD_PARTY,
  'test/airflow/corpus/generated/finance_shipments_dedupe_00023.py|import|import': GAP.THIRD_PARTY,
  'test/airflow/corpus/generated/inventory_leads_clean_00014.py|import|import': GAP.THIRD_PARTY,
  'test/airflow/corpus/generated/marketing_customers_train_00021.py|import|import': GAP.THIRD_PARTY,
  'test/airflow/corpus/handwritten/broken_missing_module.py|import|import': GAP.THIRD_PARTY,
  'test/airflow/corpus/model-gaps/mapped_group.py|mapped_group|tasks': GAP.MAPPED_GROUP,
};

/** The known reason for a disagreement key `<track>|<label>|<dag>|<check>`, if any. */
const knownGap = (key: string): string | undefined => KNOWN_GAPS[key.slice(key.indexOf('|') + 1)];

type Origin = 'fixture' | 'user' | 'repo-dags' | 'corpus' | 'examples';

interface Target {
  /** Stable, machine-independent name: repo-relative, `user:<name>` or `examples:<path in site-packages>`. */
  label: string;
  abs: string;
  origin: Origin;
}

interface Linted {
  findings: Finding[];
  dags: DagSummary[];
}

interface Figures {
  track: AirflowTrack;
  version: string;
  files: number;
  importErrors: number;
  importErrorsCaught: number;
  dags: number;
  dagsMatched: number;
  dagsWithParseTimeIds: number;
  tasksMatched: number;
  edgesCompared: number;
  edgesMatched: number;
  dynamicDags: number;
  /** Files DagBag imports cleanly but lint-dags reports an error on (stricter by design or wrong). */
  errorsOnCleanFiles: number;
  /** Rule name → files, for the errors on files DagBag imports cleanly. */
  cleanFileErrorRules: Record<string, number>;
  /** Those findings, except duplicate-dag-id (files linted together share ids: the standard examples ship twice in 3.1, the fixture copies the user DAG). */
  cleanFileErrors: string[];
  gaps: string[];
}

const pyFiles = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.py') && e.name !== '__init__.py')
        .map((e) => path.join(e.parentPath, e.name))
        .sort()
    : [];

/**
 * The generated part of the corpus is not committed: the generator is deterministic per file, so
 * it is written here (gitignored) with the seed the figures in docs/accuracy.md were measured with.
 */
const GENERATED = { dir: path.join(CORPUS_DIR, 'generated'), files: 40, seed: 20261124 };
async function writeGeneratedCorpus(): Promise<void> {
  const corpus = (await import(path.join(REPO_ROOT, 'scripts/bench/dag-corpus.mjs'))) as {
    generateFile(index: number, rng: unknown): { name: string; text: string };
    fileRng(seed: number, index: number): unknown;
  };
  fs.mkdirSync(GENERATED.dir, { recursive: true });
  for (let i = 0; i < GENERATED.files; i++) {
    const { name, text } = corpus.generateFile(i, corpus.fileRng(GENERATED.seed, i));
    fs.writeFileSync(path.join(GENERATED.dir, name), text);
  }
}

function repoTargets(): Target[] {
  const rel = (abs: string) => path.relative(REPO_ROOT, abs);
  return [
    ...pyFiles(path.join(REPO_ROOT, 'test/dags/fixtures')).map((abs) => ({ label: rel(abs), abs, origin: 'fixture' as const })),
    { label: 'user:detect_and_retrain.py', abs: USER_DAG, origin: 'user' as const },
    ...pyFiles(path.join(REPO_ROOT, 'dags')).map((abs) => ({ label: rel(abs), abs, origin: 'repo-dags' as const })),
    // real-world/ holds third-party files rebuilt only where mirrors exist: judged by its own test
    // (test/airflow/real-world.test.ts), so this table is the same on every machine.
    ...pyFiles(CORPUS_DIR)
      .filter((abs) => !rel(abs).startsWith('test/airflow/corpus/real-world/'))
      .map((abs) => ({ label: rel(abs), abs, origin: 'corpus' as const })),
  ];
}

/** The example DAGs shipped in a venv: airflow/example_dags and the standard provider's. */
function exampleTargets(venv: AirflowVenv): { sitePackages: string; targets: Target[] } {
  const lib = path.join(venv.dir, 'lib');
  const sitePackages = path.join(lib, fs.readdirSync(lib).find((d) => d.startsWith('python'))!, 'site-packages');
  const dirs = ['airflow/example_dags', 'airflow/providers/standard/example_dags'];
  // plugins/ and libs/ hold helpers the examples import, not DAGs.
  const targets = dirs
    .flatMap((d) => pyFiles(path.join(sitePackages, d)))
    .filter((abs) => !/\/(plugins|libs)\//.test(abs))
    .map((abs) => ({ label: `examples:${path.relative(sitePackages, abs)}`, abs, origin: 'examples' as const }));
  return { sitePackages, targets };
}

/** lintDags once per root (repository, the user's folder, a venv's site-packages). */
async function lintTargets(targets: Target[], rootOf: (t: Target) => string): Promise<Map<string, Linted>> {
  const byRoot = new Map<string, Target[]>();
  for (const t of targets) byRoot.set(rootOf(t), [...(byRoot.get(rootOf(t)) ?? []), t]);
  const out = new Map<string, Linted>();
  for (const [root, group] of byRoot) {
    const rels = group.map((t) => path.relative(root, t.abs).split(path.sep).join('/'));
    const result = await lintDags({ paths: rels, root, config: defaultConfig() });
    // The model compared is the one users get: the "dags" of `--format json` (SARIF carries the same).
    const printed = JSON.parse(formatJson(result.findings, result.run)) as { dags?: Record<string, DagSummary[]> };
    expect(printed.dags ?? {}).toEqual(JSON.parse(JSON.stringify(result.dags)));
    group.forEach((t, i) => {
      out.set(t.label, { findings: result.findings.filter((f) => f.file === rels[i]), dags: printed.dags?.[rels[i]] ?? [] });
    });
  }
  return out;
}

const edgeKey = ([a, b]: [string, string]) => `${a} -> ${b}`;
const sorted = (items: Iterable<string>) => [...new Set(items)].sort();

interface Comparison {
  figures: Figures;
  /** Labels of the files DagBag could not import. */
  importErrorFiles: Set<string>;
  /** Gap keys that happened, with a description. */
  happened: Map<string, string>;
}

function compare(track: AirflowTrack, report: DagBagReport, targets: Target[], linted: Map<string, Linted>, checkImports: boolean): Comparison {
  const happened = new Map<string, string>();
  const importErrorFiles = new Set<string>();
  const figures: Figures = {
    track,
    version: report.airflow_version,
    files: targets.length,
    importErrors: 0,
    importErrorsCaught: 0,
    dags: 0,
    dagsMatched: 0,
    dagsWithParseTimeIds: 0,
    tasksMatched: 0,
    edgesCompared: 0,
    edgesMatched: 0,
    dynamicDags: 0,
    errorsOnCleanFiles: 0,
    cleanFileErrorRules: {},
    cleanFileErrors: [],
    gaps: [],
  };
  const byPath = new Map(report.files.map((f) => [f.path, f]));
  for (const target of targets) {
    const seen = byPath.get(target.abs);
    if (!seen) throw new Error(`DagBag report has no entry for ${target.abs}`);
    if (seen.dagbag_error) throw new Error(`DagBag itself failed on ${target.label}: ${seen.dagbag_error}`);
    const ours = linted.get(target.label)!;
    const errors = ours.findings.filter((f) => f.severity === 'error');
    if (seen.import_errors.length) importErrorFiles.add(target.label);

    if (checkImports) {
      if (seen.import_errors.length) {
        figures.importErrors++;
        if (errors.length) figures.importErrorsCaught++;
        else happened.set(`${track}|${target.label}|import|import`, `DagBag: ${firstLine(seen.import_errors[0])}; lint-dags: no error`);
      } else if (errors.length) {
        figures.errorsOnCleanFiles++;
        for (const rule of new Set(errors.map((f) => f.ruleName))) figures.cleanFileErrorRules[rule] = (figures.cleanFileErrorRules[rule] ?? 0) + 1;
        for (const f of errors) if (f.ruleName !== 'duplicate-dag-id') figures.cleanFileErrors.push(`${target.label}:${f.range?.startLine ?? 0} ${f.ruleName}: ${f.message}`);
      }
    }

    for (const dag of seen.dags) {
      figures.dags++;
      const mine = ours.dags.find((d) => d.dagId === dag.dag_id);
      if (!mine) {
        // An id built at parse time (f-string in a factory) cannot be named statically; we must
        // at least know the file builds a DAG whose id we cannot name.
        if (ours.dags.some((d) => d.dagId === undefined)) {
          figures.dagsWithParseTimeIds++;
          continue;
        }
        happened.set(`${track}|${target.label}|${dag.dag_id}|dag`, `DagBag loads "${dag.dag_id}"; our model has ${JSON.stringify(ours.dags.map((d) => d.dagId))}`);
        continue;
      }
      figures.dagsMatched++;
      if (mine.dynamic) figures.dynamicDags++;
      compareTasks(track, target, dag, mine, figures, happened);
    }
  }
  return { figures, happened, importErrorFiles };
}

function compareTasks(track: AirflowTrack, target: Target, dag: DagBagDag, mine: DagSummary, figures: Figures, happened: Map<string, string>): void {
  const theirs = sorted(dag.task_ids);
  const ourKnown = sorted(mine.tasks.filter((t) => t !== '?'));
  // A dynamic DAG's ids or counts depend on values only the import knows: what we name must exist.
  const tasksOk = mine.dynamic ? ourKnown.every((t) => theirs.includes(t)) : JSON.stringify(sorted(mine.tasks)) === JSON.stringify(theirs);
  const key = `${track}|${target.label}|${dag.dag_id}`;
  if (tasksOk) figures.tasksMatched++;
  else happened.set(`${key}|tasks`, `DagBag tasks ${JSON.stringify(theirs)}; ours ${JSON.stringify(sorted(mine.tasks))}${mine.dynamic ? ' (dynamic)' : ''}`);
  if (mine.dynamic || !tasksOk) return;
  figures.edgesCompared++;
  const theirEdges = sorted(dag.edges.map(edgeKey));
  const ourEdges = sorted(mine.edges.map(edgeKey));
  if (JSON.stringify(theirEdges) === JSON.stringify(ourEdges)) figures.edgesMatched++;
  else {
    const missing = theirEdges.filter((e) => !ourEdges.includes(e));
    const extra = ourEdges.filter((e) => !theirEdges.includes(e));
    happened.set(`${key}|edges`, `edges missing from our model ${JSON.stringify(missing)}, extra in ours ${JSON.stringify(extra)}`);
  }
}

function firstLine(text: string): string {
  const lines = text.trim().split('\n');
  return (lines.reverse().find((l) => /Error|Exception/.test(l)) ?? lines[0]).trim().slice(0, 200);
}

function markdown(all: Figures[]): string {
  const kind = (key: string) => knownGap(key)?.split(':')[0] ?? 'unexplained';
  const count = (f: Figures, want: string, imports: boolean) => f.gaps.filter((k) => kind(k) === want && k.endsWith('|import') === imports).length;
  const rows = [
    '| Airflow | Files | Import errors | … of them lintable | Caught (error finding) | Errors on clean files | DAGs loaded | dag_id matched | ids built at parse time | task_ids matched | Edges compared | Edges matched | Dynamic (edges not compared) | Model gaps (DAGs) | Environment gaps | Unexplained |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const f of all) {
    const environment = count(f, 'environment', true) + count(f, 'environment', false);
    const imports = f.track === '2.9' ? ['n/a', 'n/a', 'n/a', 'n/a'] : [f.importErrors, f.importErrors - count(f, 'environment', true), f.importErrorsCaught, f.errorsOnCleanFiles];
    const unexplained = f.gaps.filter((k) => !knownGap(k)).length;
    rows.push(
      `| ${f.version} | ${f.files} | ${imports.join(' | ')} | ${f.dags} | ${f.dagsMatched} | ${f.dagsWithParseTimeIds} | ${f.tasksMatched} | ${f.edgesCompared} | ${f.edgesMatched} | ${f.dynamicDags} | ${count(f, 'model', false)} | ${environment} | ${unexplained} |`,
    );
  }
  return rows.join('\n');
}

/** What the test gives DagBag and lint-dags, counted from the targets themselves. */
function sourcesMarkdown(all: Figures[]): string {
  const repo = repoTargets();
  const count = (prefix: string) => repo.filter((t) => t.label.startsWith(prefix)).length;
  const broken = repo.filter((t) => t.label.startsWith('test/airflow/corpus/handwritten/') && path.basename(t.label).startsWith('broken_')).length;
  const rows: Array<[string, string | number]> = [
    ['lint-dags fixtures (`test/dags/fixtures/`)', count('test/dags/fixtures/')],
    ["The users' original `detect_and_retrain.py` (`examples/original/dags/`)", count('user:')],
    ["The repository's `dags/` (the users' DAG ported to Airflow 3)", count('dags/')],
    [`Held-in corpus, \`test/airflow/corpus/handwritten/\`: TaskFlow, TaskGroups, classic \`dag=dag\`, branches, \`chain()\`, dynamic mapping, setup/teardown, KubernetesPodOperator, and ${broken} files written to fail to import`, count('test/airflow/corpus/handwritten/')],
    [`Held-in corpus, \`test/airflow/corpus/generated/\`: files of \`scripts/bench/dag-corpus.mjs\` (seed ${GENERATED.seed}), written by the test (the generator is deterministic, so they are not committed)`, count('test/airflow/corpus/generated/')],
    ['Held-in corpus, `test/airflow/corpus/model-gaps/`: one minimal file for each known model gap below', count('test/airflow/corpus/model-gaps/')],
    ["Airflow's own example DAGs in each venv (`airflow/example_dags`, `airflow/providers/standard/example_dags`), read in place", all.map((f) => `${f.files - repo.length} (${f.version})`).join(', ')],
  ];
  return ['| Source | Files |', '|---|---:|', ...rows.map(([source, files]) => `| ${source} | ${files} |`)].join('\n');
}

describeAirflow('lint-dags vs the real DagBag', () => {
  const started = performance.now();
  const results = new Map<AirflowTrack, Comparison>();

  beforeAll(async () => {
    await writeGeneratedCorpus();
    const repo = repoTargets();
    for (const t of repo) if (!fs.existsSync(t.abs)) throw new Error(`missing DAG file ${t.abs}`);
    const repoLint = await lintTargets(repo, (t) => (t.origin === 'user' ? path.dirname(t.abs) : REPO_ROOT));
    // The DagBag subprocesses run two at a time (2 cores); each covers every file of its version.
    const runTrack = async (track: AirflowTrack) => {
      const venv = await ensureVenv(track);
      const examples = exampleTargets(venv);
      const targets = [...repo, ...examples.targets];
      const scratch = await tempAirflowHome('airflow-parity-');
      // No __pycache__ next to the corpus or inside the cached venvs.
      const env = airflowEnv(scratch.home, `sqlite:///${path.join(scratch.home, 'airflow.db')}`, { PYTHONDONTWRITEBYTECODE: '1' });
      const [report, exampleLint] = await Promise.all([
        runDagBag(venv, targets.map((t) => t.abs), { env, timeoutMs: 5 * MINUTE }).finally(() => scratch.remove()),
        lintTargets(examples.targets, () => examples.sitePackages),
      ]);
      const linted = new Map([...repoLint, ...exampleLint]);
      results.set(track, compare(track, report, targets, linted, track !== '2.9'));
    };
    await Promise.all([runTrack('3.1'), runTrack('latest')]);
    await runTrack('2.9');
    const figures = AIRFLOW_TRACKS.map((t) => results.get(t)!.figures);
    for (const f of figures) f.gaps = [...results.get(f.track)!.happened.keys()];
    const cleanErrors = figures.filter((f) => f.track !== '2.9').map((f) => `  ${f.version}: ${JSON.stringify(f.cleanFileErrorRules)}${f.cleanFileErrors.map((e) => `\n    ${e}`).join('')}`);
    const all = [...results.values()].flatMap((r) => [...r.happened]);
    const unknown = all.filter(([k]) => !knownGap(k)).map(([k, v]) => `  ${k}: ${v}`);
    process.stderr.write(
      `[airflow tier] dagbag-parity: ${((performance.now() - started) / 1000).toFixed(1)} s\n${markdown(figures)}\n` +
        `error findings on files DagBag imports cleanly, by rule:\n${cleanErrors.join('\n')}\n` +
        `${all.length - unknown.length} disagreements explained by KNOWN_GAPS; ${unknown.length ? `new ones:\n${unknown.join('\n')}` : 'no new ones'}\n`,
    );
  }, 10 * MINUTE);

  it.each(AIRFLOW_TRACKS.map((t) => [t]))('%s: covers the fixtures, the user DAG, dags/, the corpus and the shipped examples', (track) => {
    const { figures } = results.get(track)!;
    expect(figures.files).toBeGreaterThanOrEqual(80);
    expect(figures.dags).toBeGreaterThanOrEqual(55);
    if (track !== '2.9') expect(figures.importErrors).toBeGreaterThanOrEqual(8);
  });

  it.each(AIRFLOW_TRACKS.filter((t) => t !== '2.9').map((t) => [t]))('%s: DagBag rejects every corpus file written to fail, and accepts the other hand-written ones', (track) => {
    const handwritten = repoTargets().filter((t) => t.label.startsWith('test/airflow/corpus/handwritten/'));
    const rejected = handwritten.filter((t) => results.get(track)!.importErrorFiles.has(t.label)).map((t) => path.basename(t.label));
    expect(rejected).toEqual(handwritten.map((t) => path.basename(t.label)).filter((name) => name.startsWith('broken_')));
  });

  it.each(AIRFLOW_TRACKS.filter((t) => t !== '2.9').map((t) => [t]))('%s: every import error DagBag reports has an error finding on that file', (track) => {
    const missed = [...results.get(track)!.happened].filter(([k]) => k.endsWith('|import') && !knownGap(k));
    expect(missed).toEqual([]);
  });

  it.each(AIRFLOW_TRACKS.map((t) => [t]))('%s: every DAG DagBag loads has our dag_id, task_ids and (when static) edges', (track) => {
    const wrong = [...results.get(track)!.happened].filter(([k]) => !k.endsWith('|import') && !knownGap(k));
    expect(wrong).toEqual([]);
  });

  it('docs/accuracy.md shows exactly these figures', () => {
    const figures = AIRFLOW_TRACKS.map((t) => results.get(t)!.figures);
    const byRule = figures
      .filter((f) => f.track !== '2.9')
      .map((f) => {
        const rules = Object.entries(f.cleanFileErrorRules).sort(([a], [b]) => a.localeCompare(b));
        return `- ${f.version}: ${rules.length ? rules.map(([rule, files]) => `\`${rule}\` on ${files} file${files === 1 ? '' : 's'}`).join(', ') : 'none'}`;
      });
    const rendered = `${sourcesMarkdown(figures)}\n\n${markdown(figures)}\n\nError findings on files DagBag imports cleanly, by rule:\n\n${byRule.join('\n')}\n`;
    const { stale, hint } = checkGeneratedSection(path.join(REPO_ROOT, 'docs/accuracy.md'), 'dagbag-parity', rendered);
    if (stale) throw new Error(hint);
  });

  it('every known gap still happens (fixed ones must leave the list)', () => {
    const happened = new Set([...results.values()].flatMap((r) => [...r.happened.keys()].map((k) => k.slice(k.indexOf('|') + 1))));
    expect(Object.keys(KNOWN_GAPS).filter((k) => !happened.has(k))).toEqual([]);
  });
});
