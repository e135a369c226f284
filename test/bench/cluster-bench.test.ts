/**
 * The real-cluster tier's timing summary (scripts/bench/cluster.bench.mjs): records written as files
 * into a temporary timings directory — by the tier's own Timings class and in the shapes
 * prepare.sh and older versions of the harness wrote — grouped into runs, judged against the targets
 * and rendered. No cluster is started.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface TimingRecord {
  tier: string;
  runId?: string;
  file?: string;
  run: string;
  started: string;
  totalSeconds: number;
  cores?: number;
  loadAverage?: number;
  importedFrom?: string;
  phases: { phase: string; seconds: number; built?: boolean }[];
}
interface Run { id: string; legacy: boolean; kind: string; started: string; tierSeconds: number; sideBySide: boolean; prepare?: TimingRecord; files: TimingRecord[] }
interface ClusterBench {
  TARGETS: { warmTierSeconds: number; coldTotalSeconds: number };
  LEGACY_GAP_SECONDS: number;
  readRecords(dirs: string[]): { records: TimingRecord[]; problems: string[] };
  groupRuns(records: TimingRecord[]): Run[];
  selectRun(runs: Run[], kind: string, currentFiles?: string[]): (Run & { current: boolean }) | undefined;
  fileLabeller(records: TimingRecord[], sources?: Map<string, string>): (r: TimingRecord) => string;
  testFileSources(root?: string): Map<string, string>;
  render(cold: Run | undefined, warm: Run | undefined, labelOf: (r: TimingRecord) => string): string;
  judge(value: number, limit: number, missing?: string): string;
  seconds(s: number | undefined): string;
  prepareRecordFromLog(text: string, options: { date?: string; runId?: string; kind?: string }): TimingRecord;
  run(): Promise<{ title?: string; markdown?: string; skipped?: string }>;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const benchScript = path.join(repoRoot, 'scripts/bench/cluster.bench.mjs');
let bench: ClusterBench;
let tmp: string;

beforeAll(async () => {
  bench = (await import(benchScript)) as ClusterBench;
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cluster-bench-test-'));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const at = (iso: string, plusSeconds: number) => new Date(Date.parse(iso) + plusSeconds * 1000).toISOString();

/** A tier record of one test file; `runPhase` names the action run it makes (e.g. "happy run"). */
function fileRecord(opts: { runId?: string; file?: string; started: string; seconds: number; runPhase: string; built?: boolean }): TimingRecord {
  return {
    tier: 'cluster',
    ...(opts.runId ? { runId: opts.runId } : {}),
    ...(opts.file ? { file: opts.file } : {}),
    run: opts.built ? 'cold' : 'warm',
    started: opts.started,
    totalSeconds: opts.seconds,
    cores: 2,
    loadAverage: 1.5,
    phases: [
      { phase: 'image kind node', seconds: 10 },
      { phase: opts.runPhase, seconds: opts.seconds - 10 },
    ],
  };
}

function prepareRecord(runId: string, started: string, seconds: number, built: boolean): TimingRecord {
  return {
    tier: 'cluster-prepare', runId, run: built ? 'cold' : 'warm', started, totalSeconds: seconds, cores: 2, loadAverage: 0.5,
    phases: [
      { phase: 'engine', seconds: 2, built: false },
      { phase: 'k8s-binaries', seconds: seconds - 5, built },
    ],
  };
}

function writeRecords(dir: string, records: TimingRecord[]) {
  mkdirSync(dir, { recursive: true });
  records.forEach((r, i) => writeFileSync(path.join(dir, `${i}.json`), JSON.stringify(r)));
}

describe('grouping records into runs', () => {
  it('groups by runId, takes the kind from the preparation, sums the tier and prefers complete runs over later partial ones', () => {
    const dir = path.join(tmp, 'by-run-id');
    const coldId = '2026-01-01T10:00:00.000Z';
    const warmId = '2026-01-02T10:00:00.000Z';
    const rerunId = '2026-01-03T10:00:00.000Z';
    writeRecords(dir, [
      prepareRecord(coldId, coldId, 700, true),
      fileRecord({ runId: coldId, file: 'test/cluster/a.cluster.test.ts', started: at(coldId, 800), seconds: 300, runPhase: 'a run' }),
      fileRecord({ runId: coldId, file: 'test/cluster/b.cluster.test.ts', started: at(coldId, 1200), seconds: 500, runPhase: 'b run' }),
      prepareRecord(warmId, warmId, 20, false),
      fileRecord({ runId: warmId, file: 'test/cluster/a.cluster.test.ts', started: at(warmId, 60), seconds: 250, runPhase: 'a run' }),
      fileRecord({ runId: warmId, file: 'test/cluster/b.cluster.test.ts', started: at(warmId, 400), seconds: 260, runPhase: 'b run' }),
      // A later re-run of one file alone: newest, but it does not stand for the tier.
      fileRecord({ runId: rerunId, file: 'test/cluster/a.cluster.test.ts', started: rerunId, seconds: 200, runPhase: 'a run' }),
      // A preparation with no test files after it is not a run of the tier.
      prepareRecord('2026-01-04T10:00:00.000Z', '2026-01-04T10:00:00.000Z', 5, false),
    ]);
    writeFileSync(path.join(dir, 'truncated.json'), '{"tier": "cluster", "phas');
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ tier: 'dags', rows: [] }));
    writeFileSync(path.join(dir, 'notes.txt'), 'not a record');

    const { records, problems } = bench.readRecords([dir, path.join(tmp, 'missing-dir')]);
    expect(records).toHaveLength(8);
    expect(problems.map((p) => path.basename(p.split(':')[0]))).toEqual(['other.json', 'truncated.json']);
    expect(problems.find((p) => p.includes('truncated.json'))).toMatch(/not JSON/);

    const runs = bench.groupRuns(records);
    expect(runs.map((r) => [r.id, r.kind, r.files.length, r.tierSeconds, r.prepare?.totalSeconds])).toEqual([
      [coldId, 'cold', 2, 800, 700],
      [warmId, 'warm', 2, 510, 20],
      [rerunId, 'warm', 1, 200, undefined],
    ]);
    expect(bench.selectRun(runs, 'cold')?.id).toBe(coldId);
    expect(bench.selectRun(runs, 'warm')?.id).toBe(warmId);
  });

  it('counts a run whose files ran side by side by its span, and prefers the run that recorded every current file over an older one with more files', () => {
    const dir = path.join(tmp, 'side-by-side');
    const sixFiles = '2026-05-01T10:00:00.000Z';
    const merged = '2026-05-02T10:00:00.000Z';
    const file = (name: string) => `test/cluster/${name}.cluster.test.ts`;
    writeRecords(dir, [
      // The older layout: three files, one at a time (a file since merged into "a" among them).
      fileRecord({ runId: sixFiles, file: file('a'), started: at(sixFiles, 0), seconds: 100, runPhase: 'a run' }),
      fileRecord({ runId: sixFiles, file: file('b'), started: at(sixFiles, 100), seconds: 100, runPhase: 'b run' }),
      fileRecord({ runId: sixFiles, file: file('merged-away'), started: at(sixFiles, 200), seconds: 100, runPhase: 'c run' }),
      // Now: two files, side by side — 300 s of files in a 200 s span.
      fileRecord({ runId: merged, file: file('a'), started: at(merged, 0), seconds: 200, runPhase: 'a run' }),
      fileRecord({ runId: merged, file: file('b'), started: at(merged, 20), seconds: 100, runPhase: 'b run' }),
    ]);
    const runs = bench.groupRuns(bench.readRecords([dir]).records);
    expect(runs.map((r) => [r.id, r.tierSeconds, r.sideBySide])).toEqual([
      [sixFiles, 300, false],
      [merged, 200, true],
    ]);
    const current = ['a.cluster.test.ts', 'b.cluster.test.ts'];
    expect([bench.selectRun(runs, 'warm', current)?.id, bench.selectRun(runs, 'warm', current)?.current]).toEqual([merged, true]);
    // The older run recorded a superset (a file since merged away): not the tier as it is now.
    const older = [...current, 'merged-away.cluster.test.ts'];
    expect(bench.selectRun(runs, 'warm', older)?.id).toBe(sixFiles);
    expect(bench.selectRun(runs.filter((r) => r.id === sixFiles), 'warm', current)?.current).toBe(false);
    // With a file no run recorded, the fallback (most files) is chosen and marked as not current.
    const unrecorded = [...current, 'new.cluster.test.ts'];
    expect([bench.selectRun(runs, 'warm', unrecorded)?.id, bench.selectRun(runs, 'warm', unrecorded)?.current]).toEqual([sixFiles, false]);
    expect(bench.render(undefined, bench.selectRun(runs, 'warm', unrecorded), bench.fileLabeller([]))).toMatch(/not the current set of test files/);
    expect(bench.render(undefined, bench.selectRun(runs, 'warm', current), bench.fileLabeller([]))).toMatch(/files side by side/);
  });

  it(`groups records without runId by start times: within ${90} s of the previous end and not the same file again`, () => {
    expect(bench.LEGACY_GAP_SECONDS).toBe(90);
    const dir = path.join(tmp, 'legacy');
    const t0 = '2026-02-01T08:00:00.000Z';
    writeRecords(dir, [
      fileRecord({ started: t0, seconds: 100, runPhase: 'happy run' }),
      // 60 s after the first ended: same run.
      fileRecord({ started: at(t0, 160), seconds: 100, runPhase: 'smoke run' }),
      // Right after, but the same file again: a new run.
      fileRecord({ started: at(t0, 261), seconds: 100, runPhase: 'smoke run' }),
      // 91 s after that one ended: a new run.
      fileRecord({ started: at(t0, 452), seconds: 50, runPhase: 'happy run', built: true }),
      // A preparation imported from a log names the first run by its first record's start.
      { ...prepareRecord(t0, at(t0, -600), 500, true), importedFrom: 'log' },
    ]);
    const runs = bench.groupRuns(bench.readRecords([dir]).records);
    expect(runs.map((r) => [r.id, r.legacy, r.kind, r.files.map((f) => f.phases[1].phase), r.prepare?.totalSeconds])).toEqual([
      [t0, true, 'cold', ['happy run', 'smoke run'], 500],
      [at(t0, 261), true, 'warm', ['smoke run'], undefined],
      [at(t0, 452), true, 'cold', ['happy run'], undefined],
    ]);
    // The run starts with its preparation.
    expect(runs[0].started).toBe(at(t0, -600));
  });
});

describe('naming test files', () => {
  it('uses the record\'s file, else a known file with the same phases, else the one source naming the phases', () => {
    const withFile = fileRecord({ runId: 'x', file: 'test/cluster/smoke-wasb.cluster.test.ts', started: '2026-03-01T00:00:00.000Z', seconds: 100, runPhase: 'smoke run' });
    const sameAsKnown = fileRecord({ started: '2026-02-01T00:00:00.000Z', seconds: 100, runPhase: 'smoke run' });
    const inSource = fileRecord({ started: '2026-02-01T00:00:00.000Z', seconds: 100, runPhase: 'budget run' });
    const nowhere = fileRecord({ started: '2026-02-01T00:00:00.000Z', seconds: 100, runPhase: 'vanished run' });
    const sources = new Map([['migrate-kind.budget.cluster.test.ts', "timings.time('budget run', () =>"], ['other.cluster.test.ts', "timings.time('budget: cluster'"]]);
    const label = bench.fileLabeller([withFile, sameAsKnown, inSource, nowhere], sources);
    expect([withFile, sameAsKnown, inSource, nowhere].map(label)).toEqual([
      'smoke-wasb.cluster.test.ts',
      'smoke-wasb.cluster.test.ts',
      'migrate-kind.budget.cluster.test.ts',
      '(file not recorded; phases: vanished run)',
    ]);
  });

  it('reads the tier\'s real test files, which name their own "… run" phases', () => {
    const sources = bench.testFileSources();
    expect(sources.size).toBeGreaterThan(0);
    const label = bench.fileLabeller([], sources);
    expect(label(fileRecord({ started: '2026-02-01T00:00:00.000Z', seconds: 100, runPhase: 'pull failure run' }))).toBe('migrate-kind.failures.cluster.test.ts');
  });
});

describe('judging and rendering', () => {
  it('says met, NOT met, or not judged when the preparation is missing', () => {
    expect(bench.TARGETS).toEqual({ warmTierSeconds: 600, coldTotalSeconds: 1800 });
    expect(bench.judge(599, 600)).toBe('**met** (9 min 59 s < 10 min)');
    expect(bench.judge(600, 600)).toBe('**NOT met** (10 min ≥ 10 min)');
    expect(bench.judge(1900, 1800, 'preparation')).toBe('**NOT met** (31 min 40 s ≥ 30 min, even without the preparation)');
    expect(bench.judge(900, 1800, 'preparation')).toBe('not judged: the preparation is not recorded (15 min without it)');
    expect(bench.seconds(119.6)).toBe('2 min');
    expect(bench.seconds(59.94)).toBe('59.9 s');
  });

  it('tabulates the cold and warm run: preparation steps, test files, tier, preparation + tier and the targets', () => {
    const dir = path.join(tmp, 'render');
    const coldId = '2026-04-01T10:00:00.000Z';
    const warmId = '2026-04-02T10:00:00.000Z';
    writeRecords(dir, [
      prepareRecord(coldId, coldId, 700, true),
      fileRecord({ runId: coldId, file: 'test/cluster/a.cluster.test.ts', started: at(coldId, 800), seconds: 300, runPhase: 'a run' }),
      fileRecord({ runId: coldId, file: 'test/cluster/b.cluster.test.ts', started: at(coldId, 1200), seconds: 500, runPhase: 'b run' }),
      fileRecord({ runId: warmId, file: 'test/cluster/a.cluster.test.ts', started: warmId, seconds: 400, runPhase: 'a run' }),
      fileRecord({ runId: warmId, file: 'test/cluster/b.cluster.test.ts', started: at(warmId, 400), seconds: 250, runPhase: 'b run' }),
    ]);
    const { records } = bench.readRecords([dir]);
    const runs = bench.groupRuns(records);
    const markdown = bench.render(bench.selectRun(runs, 'cold'), bench.selectRun(runs, 'warm'), bench.fileLabeller(records));
    const row = (first: string) => markdown.split('\n').find((l) => l.startsWith(`| ${first} |`));
    expect(row('preparation (`prepare.sh`, wall)')).toBe('| preparation (`prepare.sh`, wall) | 11 min 40 s | not recorded |');
    expect(row('tier (wall time of its test files)')).toBe('| tier (wall time of its test files) | 13 min 20 s | 10 min 50 s |');
    expect(row('preparation + tier')).toBe('| preparation + tier | 25 min | not recorded |');
    expect(row('target')).toBe('| target | cold, preparation + tier under 30 min: **met** (25 min < 30 min) | warm tier under 10 min: **NOT met** (10 min 50 s ≥ 10 min) |');
    expect(row('k8s-binaries')).toBe('| k8s-binaries | 11 min 35 s (built) | — |');
    expect(row('engine')).toBe('| engine | 2.0 s (cached) | — |');
    expect(row('a.cluster.test.ts')).toBe('| a.cluster.test.ts | 5 min | 6 min 40 s |');
    expect(row('b.cluster.test.ts')).toBe('| b.cluster.test.ts | 8 min 20 s | 4 min 10 s |');
    expect(row('**tier**')).toBe('| **tier** | **13 min 20 s** | **10 min 50 s** |');
    // Phases summed over the files of a run.
    expect(row('image kind node')).toBe('| image kind node | 20.0 s | 20.0 s |');
    expect(markdown).toContain(`- cold: ${coldId}, 2 test files, files one at a time, 2 cores, load average 1.5–1.5 at the ends of the files`);
  });

  it('with only a warm run, the cold column and target say so', () => {
    const warm = bench.groupRuns([fileRecord({ runId: 'w', file: 'test/cluster/a.cluster.test.ts', started: '2026-05-01T00:00:00.000Z', seconds: 120, runPhase: 'a run' })])[0];
    const markdown = bench.render(undefined, warm, bench.fileLabeller([]));
    expect(markdown).toContain('- cold: not recorded yet');
    expect(markdown).toContain('| target | cold, preparation + tier under 30 min: no cold run recorded | warm tier under 10 min: **met** (2 min < 10 min) |');
    expect(markdown).toContain('| (no preparation recorded) | — | — |');
  });
});

describe('records written by the tier itself (test/cluster/harness.ts Timings)', () => {
  it('writes one record per test file under the run id, which the bench reads back as one run', async () => {
    const cache = path.join(tmp, 'cluster-cache');
    const runId = '2026-06-01T12:00:00.000Z';
    process.env.AIRFLOW_GITOPS_CLUSTER_CACHE = cache;
    process.env.AIRFLOW_GITOPS_CLUSTER_RUN = runId;
    try {
      const { Timings } = await import('../cluster/harness.js');
      const timings = new Timings();
      await timings.time('probe run', async () => new Promise((resolve) => setTimeout(resolve, 20)));
      timings.built = true;
      const written = timings.write();
      expect(path.relative(cache, written)).toBe(path.join('timings', '2026-06-01T12-00-00-000Z--cluster-bench.json'));
      const record = JSON.parse(readFileSync(written, 'utf8')) as TimingRecord;
      expect(record).toMatchObject({ tier: 'cluster', runId, file: 'test/bench/cluster-bench.test.ts', run: 'cold', phases: [{ phase: 'probe run' }] });
      expect(record.phases[0].seconds).toBeGreaterThanOrEqual(0);

      writeFileSync(path.join(cache, 'timings', '2026-06-01T12-00-00-000Z--prepare.json'), JSON.stringify(prepareRecord(runId, runId, 30, false)));
      process.env.AIRFLOW_GITOPS_CLUSTER_TIMINGS = path.join(cache, 'timings');
      const result = await bench.run();
      expect(result.title).toBe('Real-cluster tier (kind)');
      expect(result.markdown).toContain(`- cold: ${runId}, 1 test files`);
      expect(result.markdown).toMatch(/\| cluster-bench\.test\.ts \| \d+\.\d s \| — \|/);
    } finally {
      delete process.env.AIRFLOW_GITOPS_CLUSTER_CACHE;
      delete process.env.AIRFLOW_GITOPS_CLUSTER_RUN;
      delete process.env.AIRFLOW_GITOPS_CLUSTER_TIMINGS;
    }
  });

  it('skips with the reason when no run is recorded', async () => {
    process.env.AIRFLOW_GITOPS_CLUSTER_TIMINGS = path.join(tmp, 'empty');
    try {
      expect((await bench.run()).skipped).toMatch(/^no recorded cluster tier runs in .*empty; run npm run test:cluster first$/);
    } finally {
      delete process.env.AIRFLOW_GITOPS_CLUSTER_TIMINGS;
    }
  });
});

describe('importing a prepare.sh log from before prepare.sh wrote records', () => {
  const log = [
    'added 768 packages in 20s',
    '[18:29:03] prepare: engine ...',
    '[18:29:12] prepare: engine done in 9 s',
    '[18:29:12] prepare: k8s-binaries ...',
    '[18:38:47] prepare: k8s-binaries done in 575 s',
    '[18:40:27] prepare: ready after 684 s',
  ].join('\n');

  it('turns the step lines into a record of the named run', () => {
    const record = bench.prepareRecordFromLog(log, { date: '2026-12-07', runId: 'r1', kind: 'cold' });
    expect(record).toEqual({
      tier: 'cluster-prepare', runId: 'r1', run: 'cold', started: new Date('2026-12-07T18:29:03').toISOString(), totalSeconds: 684, importedFrom: 'log',
      phases: [{ phase: 'engine', seconds: 9 }, { phase: 'k8s-binaries', seconds: 575 }],
    });
    expect(() => bench.prepareRecordFromLog(log, { date: '2026-12-07', runId: 'r1' })).toThrow(/--kind cold\|warm is required/);
    expect(() => bench.prepareRecordFromLog(log, { runId: 'r1', kind: 'cold' })).toThrow(/--date YYYY-MM-DD is required/);
    expect(() => bench.prepareRecordFromLog(log.replace(/.*ready after.*/, '[18:40:27] prepare: failed after 684 s'), { date: '2026-12-07', runId: 'r1', kind: 'cold' })).toThrow(/not a log of a prepare.sh that finished/);
  });

  it('writes it from the command line, and refuses bad arguments in one line with exit code 2', () => {
    const logFile = path.join(tmp, 'prepare.log');
    writeFileSync(logFile, log);
    const dir = path.join(tmp, 'imported');
    const out = execFileSync(process.execPath, [benchScript, '--import-prepare-log', logFile, '--date', '2026-12-07', '--run-id', '2026-12-07T18:46:36.521Z', '--kind', 'cold', '--dir', dir], { encoding: 'utf8' });
    expect(out.trim()).toBe(path.join(dir, '2026-12-07T18-46-36-521Z--prepare.json'));
    expect(readdirSync(dir)).toEqual(['2026-12-07T18-46-36-521Z--prepare.json']);
    const bad = spawnSync(process.execPath, [benchScript, '--import-prepare-log', logFile, '--date', '2026-12-07', '--run-id', 'r', '--kind', 'lukewarm', '--dir', dir], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('cluster bench: --kind cold|warm is required (the log does not say what was built)\n');
  });
});
