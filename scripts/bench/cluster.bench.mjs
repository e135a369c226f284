// Benchmark summary: the real-cluster tier's recorded runs. Nothing is run here. Records come from
// <cluster cache>/timings/ (or the directories listed in AIRFLOW_GITOPS_CLUSTER_TIMINGS, separated
// like PATH): scripts/cluster/prepare.sh writes one per preparation (tier "cluster-prepare") and
// every test file of test/cluster/ one per run (tier "cluster", test/cluster/harness.ts Timings).
// Records of one run share a runId; the newest cold and the newest warm run are tabulated against
// the targets. Without recorded runs it is skipped (with the reason), so the previous section is
// kept rather than blanked.
//   node scripts/bench/cluster.bench.mjs                    print the section
//   node scripts/bench/cluster.bench.mjs --import-prepare-log LOG --date YYYY-MM-DD --run-id ID --kind cold|warm [--dir DIR]
//     turns the "prepare: …" lines of a prepare.sh log from before prepare.sh wrote records into a
//     record of run ID (for a run recorded before run ids: the `started` of its first test file's
//     record). The log says nothing about what was built, so the kind is the importer's statement.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clusterCacheDir } from '../../test/cluster/engine.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Issue 15's targets on the 2-core machine: the warm tier, and a cold preparation plus tier. */
export const TARGETS = { warmTierSeconds: 10 * 60, coldTotalSeconds: 30 * 60 };
/** Records without a runId (written before run ids) join the run before them when they start within this many seconds of its end. */
export const LEGACY_GAP_SECONDS = 90;

export function timingsDirs(env = process.env) {
  const listed = (env.AIRFLOW_GITOPS_CLUSTER_TIMINGS ?? '').split(path.delimiter).filter(Boolean);
  return listed.length ? listed : [path.join(clusterCacheDir(env), 'timings')];
}

/** Every timing record in the directories; files that are not one are named in `problems`, never fatal. */
export function readRecords(dirs) {
  const records = [];
  const problems = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const file = path.join(dir, name);
      let record;
      try {
        record = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        problems.push(`${file}: not JSON (${error.message})`);
        continue;
      }
      const valid = record && ['cluster', 'cluster-prepare'].includes(record.tier) && Array.isArray(record.phases) && typeof record.started === 'string' && !Number.isNaN(Date.parse(record.started)) && Number.isFinite(record.totalSeconds);
      if (valid) records.push(record);
      else problems.push(`${file}: not a cluster timing record (tier, started, totalSeconds and phases expected)`);
    }
  }
  return { records, problems };
}

const startMs = (r) => Date.parse(r.started);
const endMs = (r) => startMs(r) + r.totalSeconds * 1000;
/** What identifies a test file in a record without `file`: its "… run" phases (the action runs it makes). */
const runPhases = (r) => [...new Set(r.phases.map((p) => p.phase).filter((p) => / run$/.test(p)))];
const legacyKey = (r) => runPhases(r).join(' + ') || r.phases.map((p) => p.phase).join(' + ');

/**
 * Groups records into runs. With a runId: by runId. Without (records from before run ids, one per
 * test file or merged per run): in start order, a record joins the run before it when it starts at
 * most LEGACY_GAP_SECONDS after that run's last record ended and is not the same test file again
 * (same "… run" phases); such a run's id is its first record's `started`, which a preparation record
 * may name as its runId to join it. Runs without test-file records (a preparation alone) are dropped.
 */
export function groupRuns(records) {
  const runs = new Map();
  const runOf = (id, legacy) => {
    if (!runs.has(id)) runs.set(id, { id, legacy, prepare: undefined, files: [] });
    return runs.get(id);
  };
  for (const r of records) if (r.tier === 'cluster' && r.runId) runOf(r.runId, false).files.push(r);
  let current;
  for (const r of records.filter((x) => x.tier === 'cluster' && !x.runId).sort((a, b) => startMs(a) - startMs(b))) {
    const lastEnd = current ? Math.max(...current.files.map(endMs)) : -Infinity;
    const sameFileAgain = current?.files.some((f) => legacyKey(f) === legacyKey(r));
    if (!current || startMs(r) - lastEnd > LEGACY_GAP_SECONDS * 1000 || sameFileAgain) current = runOf(r.started, true);
    current.files.push(r);
  }
  for (const p of records.filter((x) => x.tier === 'cluster-prepare' && x.runId)) {
    const run = runOf(p.runId, false);
    if (!run.prepare || startMs(p) > startMs(run.prepare)) run.prepare = p;
  }
  return [...runs.values()]
    .filter((run) => run.files.length > 0)
    .map((run) => {
      const files = [...run.files].sort((a, b) => startMs(a) - startMs(b));
      const built = run.prepare?.run === 'cold' || files.some((f) => f.run === 'cold');
      return {
        ...run,
        files,
        kind: built ? 'cold' : 'warm',
        started: new Date(Math.min(...files.map(startMs), ...(run.prepare ? [startMs(run.prepare)] : []))).toISOString(),
        // The tier's own cost. `npm run test:cluster` runs two files side by side, so the span from the
        // first start to the last end is the wall time; CI's `npm test` runs them one at a time with
        // other test files between them, whose time the sum leaves out. The smaller is the tier's.
        tierSeconds: round(Math.min(sumOf(files), spanOf(files))),
        sideBySide: spanOf(files) < sumOf(files),
      };
    });
}

const round = (s) => Math.round(s * 10) / 10;
const sumOf = (files) => files.reduce((sum, f) => sum + f.totalSeconds, 0);
const spanOf = (files) => (Math.max(...files.map(endMs)) - Math.min(...files.map(startMs))) / 1000;

/** True when the run recorded exactly these test files (basenames): each of them, and no file since merged away or renamed. */
export function coversFiles(run, currentFiles) {
  const recorded = new Set(run.files.map((f) => (f.file ? path.basename(f.file) : '')));
  return currentFiles.length > 0 && recorded.size === new Set(currentFiles).size && currentFiles.every((name) => recorded.has(name));
}

/**
 * Of one kind, the newest run that recorded exactly the tier's current test files (files get merged
 * and renamed, so an old run with more or other files is not the tier as it is now); without one, the newest among
 * those with the most test files (a later re-run of one file does not stand for the tier).
 */
export function selectRun(runs, kind, currentFiles = []) {
  const candidates = runs.filter((r) => r.kind === kind);
  const newest = (list) => [...list].sort((a, b) => a.started.localeCompare(b.started)).pop();
  const complete = candidates.filter((r) => coversFiles(r, currentFiles));
  if (complete.length) return { ...newest(complete), current: true };
  const most = Math.max(0, ...candidates.map((r) => r.files.length));
  const chosen = newest(candidates.filter((r) => r.files.length === most));
  // Without the current file list nothing can be said either way.
  return chosen && (currentFiles.length ? { ...chosen, current: false } : chosen);
}

/** The tier's test files and their source (`test/cluster/*.test.ts`), for naming records that do not name their file. */
export function testFileSources(root = repoRoot) {
  const dir = path.join(root, 'test/cluster');
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/**
 * A test file's name: its `file`; else the file of another record with the same "… run" phases; else
 * the one test file whose source names all those phases as string literals; else the phases themselves.
 */
export function fileLabeller(records, sources = new Map()) {
  const known = new Map(records.filter((r) => r.tier === 'cluster' && r.file).map((r) => [legacyKey(r), path.basename(r.file)]));
  const quoted = (text, phase) => ["'", '"', '`'].some((q) => text.includes(`${q}${phase}${q}`));
  return (r) => {
    if (r.file) return path.basename(r.file);
    if (known.has(legacyKey(r))) return known.get(legacyKey(r));
    const phases = runPhases(r);
    const naming = phases.length ? [...sources].filter(([, text]) => phases.every((p) => quoted(text, p))) : [];
    return naming.length === 1 ? naming[0][0] : `(file not recorded; phases: ${legacyKey(r)})`;
  };
}

export function seconds(s) {
  if (s === undefined) return '—';
  if (s < 60) return `${s.toFixed(1)} s`;
  const whole = Math.round(s);
  return whole % 60 ? `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s` : `${whole / 60} min`;
}

/** met / NOT met, or not judged when a part is missing and what is there is still under the limit. */
export function judge(value, limit, missing) {
  if (value >= limit) return `**NOT met** (${seconds(value)} ≥ ${seconds(limit)}${missing ? `, even without the ${missing}` : ''})`;
  if (missing) return `not judged: the ${missing} is not recorded (${seconds(value)} without it)`;
  return `**met** (${seconds(value)} < ${seconds(limit)})`;
}

function describeRun(run) {
  if (!run) return 'not recorded yet';
  const loads = run.files.map((f) => f.loadAverage).filter(Number.isFinite);
  const cores = run.files.find((f) => Number.isFinite(f.cores))?.cores;
  const load = loads.length ? `, load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} at the ends of the files` : '';
  const grouping = run.legacy ? ' (grouped by start times: recorded before run ids)' : '';
  const how = run.sideBySide ? ', files side by side' : ', files one at a time';
  const stale = run.current === false ? ' — **not the current set of test files** (no run of this kind recorded them all yet)' : '';
  return `${run.started}, ${run.files.length} test files${how}${grouping}${cores ? `, ${cores} cores` : ''}${load}${stale}`;
}

/** The section's markdown for the chosen cold and warm runs. */
export function render(cold, warm, labelOf) {
  const runs = [cold, warm];
  const cell = (run, value) => (run ? value(run) : '—');
  const prepareCell = (run) => cell(run, (r) => (r.prepare ? `${seconds(r.prepare.totalSeconds)}${r.prepare.importedFrom ? ' (from its log)' : ''}` : 'not recorded'));
  const total = (run) => cell(run, (r) => (r.prepare ? seconds(round(r.prepare.totalSeconds + r.tierSeconds)) : 'not recorded'));
  const coldTarget = cold ? judge(round((cold.prepare?.totalSeconds ?? 0) + cold.tierSeconds), TARGETS.coldTotalSeconds, cold.prepare ? undefined : 'preparation') : 'no cold run recorded';
  const warmTarget = warm ? judge(warm.tierSeconds, TARGETS.warmTierSeconds) : 'no warm run recorded';

  const stepNames = [];
  for (const run of runs) for (const p of run?.prepare?.phases ?? []) if (!stepNames.includes(p.phase)) stepNames.push(p.phase);
  const stepCell = (run, name) => {
    const step = run?.prepare?.phases.find((p) => p.phase === name);
    if (!step) return '—';
    return `${seconds(step.seconds)}${step.built === true ? ' (built)' : step.built === false ? ' (cached)' : ''}`;
  };

  const fileNames = [];
  for (const run of runs) for (const f of run?.files ?? []) if (!fileNames.includes(labelOf(f))) fileNames.push(labelOf(f));
  const fileCell = (run, name) => {
    const matching = run?.files.filter((f) => labelOf(f) === name) ?? [];
    return matching.length ? seconds(round(matching.reduce((sum, f) => sum + f.totalSeconds, 0))) : '—';
  };

  const phaseNames = [];
  for (const run of runs) for (const f of run?.files ?? []) for (const p of f.phases) if (!phaseNames.includes(p.phase)) phaseNames.push(p.phase);
  const phaseCell = (run, name) => {
    const matching = (run?.files ?? []).flatMap((f) => f.phases).filter((p) => p.phase === name);
    return matching.length ? seconds(round(matching.reduce((sum, p) => sum + p.seconds, 0))) : '—';
  };

  return [
    'Recorded runs, nothing is run by the bench: `scripts/cluster/prepare.sh` writes one record per preparation and every test file of `test/cluster/` one per run, into `<cluster cache>/timings/` (the bench reads the directories in `AIRFLOW_GITOPS_CLUSTER_TIMINGS` instead when set; `--import-prepare-log` turns an older `prepare.sh` log into a record).',
    '**cold** = the preparation or the tier built something (images, Kubernetes binaries, wheels); **warm** = everything came from the caches.',
    'Shown per kind: the newest run that recorded exactly the tier\'s current test files (else the newest with the most files, marked). Tier = the wall time from the first file\'s start to the last one\'s end when the files ran side by side (`npm run test:cluster` runs two at a time), else the sum of the files\' wall times (CI\'s `npm test` runs them one at a time with other test files between them, which are not counted).',
    `Records from before run ids carry no \`runId\`: they are grouped by start times (a record joins the run before it when it starts within ${LEGACY_GAP_SECONDS} s of that run's end and is not the same test file again).`,
    '',
    `- cold: ${describeRun(cold)}`,
    `- warm: ${describeRun(warm)}`,
    '',
    '| | cold | warm |',
    '|---|---|---|',
    `| preparation (\`prepare.sh\`, wall) | ${prepareCell(cold)} | ${prepareCell(warm)} |`,
    `| tier (wall time of its test files) | ${cell(cold, (r) => seconds(r.tierSeconds))} | ${cell(warm, (r) => seconds(r.tierSeconds))} |`,
    `| preparation + tier | ${total(cold)} | ${total(warm)} |`,
    `| target | cold, preparation + tier under ${TARGETS.coldTotalSeconds / 60} min: ${coldTarget} | warm tier under ${TARGETS.warmTierSeconds / 60} min: ${warmTarget} |`,
    '',
    'Preparation steps (the Kubernetes binaries and the wheels run beside the others, so the steps add up to more than the wall time):',
    '',
    '| step | cold | warm |',
    '|---|---|---|',
    ...(stepNames.length ? stepNames.map((name) => `| ${name} | ${stepCell(cold, name)} | ${stepCell(warm, name)} |`) : ['| (no preparation recorded) | — | — |']),
    '',
    'Test files (each prepares its own toolchain and kind cluster; side by side they add up to more than the tier):',
    '',
    '| test file | cold | warm |',
    '|---|---|---|',
    ...fileNames.map((name) => `| ${name} | ${fileCell(cold, name)} | ${fileCell(warm, name)} |`),
    `| **tier** | **${cell(cold, (r) => seconds(r.tierSeconds))}** | **${cell(warm, (r) => seconds(r.tierSeconds))}** |`,
    '',
    'Phases, summed over the test files. Phases prefixed `refused:`/`happy:`/… are the action\'s own phases inside the `… run` phase of the same name:',
    '',
    '| phase | cold | warm |',
    '|---|---|---|',
    ...phaseNames.map((name) => `| ${name} | ${phaseCell(cold, name)} | ${phaseCell(warm, name)} |`),
  ].join('\n');
}

export async function run() {
  const dirs = timingsDirs();
  const { records, problems } = readRecords(dirs);
  for (const problem of problems) console.error(`cluster bench: skipped ${problem}`);
  const runs = groupRuns(records);
  const sources = testFileSources();
  const cold = selectRun(runs, 'cold', [...sources.keys()]);
  const warm = selectRun(runs, 'warm', [...sources.keys()]);
  if (!cold && !warm) return { skipped: `no recorded cluster tier runs in ${dirs.join(', ')}; run npm run test:cluster first` };
  return { title: 'Real-cluster tier (kind)', markdown: render(cold, warm, fileLabeller(records, sources)) };
}

/** A cluster-prepare record from the "[HH:MM:SS] prepare: …" lines of a prepare.sh log (times in the local zone of `date`). */
export function prepareRecordFromLog(text, { date, runId, kind }) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) throw new Error('--date YYYY-MM-DD is required (the log has times of day only)');
  if (!runId) throw new Error('--run-id is required (the run the preparation belongs to)');
  if (kind !== 'cold' && kind !== 'warm') throw new Error('--kind cold|warm is required (the log does not say what was built)');
  const lines = [...text.matchAll(/^\[(\d{2}:\d{2}:\d{2})\] prepare: (.*)$/gm)];
  const ready = lines.find((m) => /^ready after \d+ s$/.test(m[2]));
  if (!lines.length || !ready) throw new Error('not a log of a prepare.sh that finished (no "prepare: ready after N s" line)');
  const phases = lines.flatMap((m) => {
    const done = /^(\S+) done in (\d+) s$/.exec(m[2]);
    return done ? [{ phase: done[1], seconds: Number(done[2]) }] : [];
  });
  return {
    tier: 'cluster-prepare',
    runId,
    run: kind,
    started: new Date(`${date}T${lines[0][1]}`).toISOString(),
    totalSeconds: Number(/\d+/.exec(ready[2])[0]),
    importedFrom: 'log',
    phases,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { 'import-prepare-log': { type: 'string' }, date: { type: 'string' }, 'run-id': { type: 'string' }, kind: { type: 'string' }, dir: { type: 'string' } } });
  if (values['import-prepare-log']) {
    try {
      const record = prepareRecordFromLog(readFileSync(values['import-prepare-log'], 'utf8'), { date: values.date, runId: values['run-id'], kind: values.kind });
      const dir = values.dir ?? timingsDirs()[0];
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${record.runId.replace(/[^\w-]/g, '-')}--prepare.json`);
      writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
      console.log(file);
    } catch (error) {
      console.error(`cluster bench: ${error.message}`);
      process.exitCode = 2;
    }
  } else {
    const result = await run();
    console.log(result.markdown ?? result.skipped);
  }
}
