import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface BenchModule {
  machineFacts(): { node: string; cpu: string; cores: number; platform: string; memoryGiB: number };
  readSections(text: string): Map<string, string>;
  renderDocument(sections: Map<string, string>, machine: ReturnType<BenchModule['machineFacts']>, date: string): string;
}

interface Summary { median: number; min: number; max: number; q1: number; q3: number; n: number }
interface CaseResult {
  loadBefore: number;
  loadAfter: number;
  busy: boolean;
  contenders: { label: string; error?: string; facts?: unknown; cpu?: Summary; wall?: Summary; maxRssMB?: number }[];
}
interface MeasureModule {
  summarize(values: number[]): Summary;
  parseTimeOutput(text: string): { cpuSeconds: number; maxRssMB: number };
  timeCommand(argv: string[], options?: { env?: NodeJS.ProcessEnv; cwd?: string }): { code: number; cpuSeconds?: number; maxRssMB?: number; wallSeconds: number; stdout: string };
  interleaved(contenders: { label: string; argv: string[]; okCodes?: number[]; check?: (run: { stdout: string }) => unknown; prepare?: () => Record<string, string> }[], options: { rounds: number; warmUp?: boolean }): CaseResult;
  loadCell(result: Pick<CaseResult, 'loadBefore' | 'loadAfter' | 'busy'>): string;
  loadNote(results: Pick<CaseResult, 'busy'>[]): string;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
let bench: BenchModule;
let measure: MeasureModule;

beforeAll(async () => {
  bench = (await import(path.join(repoRoot, 'scripts/bench.mjs'))) as BenchModule;
  measure = (await import(path.join(repoRoot, 'scripts/bench/measure.mjs'))) as MeasureModule;
});

describe('docs/performance.md writer', () => {
  it('keeps every section through a write and a re-read, with machine facts, date and how to read the load', () => {
    const machine = bench.machineFacts();
    expect(machine.node).toBe(process.version);
    expect(machine.cores).toBeGreaterThan(0);
    const sections = new Map([
      ['wasb', '## WASB\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'],
      ['dags', '## DAGs\n\nfast\n'],
    ]);
    const doc = bench.renderDocument(sections, machine, '2026-01-02T03:04:05Z');
    expect(doc).toContain('Last run: 2026-01-02T03:04:05Z');
    expect(doc).toContain(machine.cpu);
    expect(doc).toMatch(/interleaved rounds/);
    expect(doc).toMatch(/load average before → after/);
    // Sections are sorted by name and wrapped in markers.
    expect(doc.indexOf('<!-- bench:dags -->')).toBeLessThan(doc.indexOf('<!-- bench:wasb -->'));
    const reread = bench.readSections(doc);
    expect(Object.fromEntries(reread)).toEqual(Object.fromEntries(sections));
    expect(bench.renderDocument(reread, machine, '2026-01-02T03:04:05Z')).toBe(doc);
  });

  it('replaces only the section that was re-run', () => {
    const machine = bench.machineFacts();
    const old = bench.renderDocument(new Map([['dags', 'old dags\n'], ['values', 'old values\n']]), machine, 'then');
    const sections = bench.readSections(old);
    sections.set('dags', 'new dags\n');
    const doc = bench.renderDocument(sections, machine, 'now');
    expect(doc).toContain('new dags');
    expect(doc).not.toContain('old dags');
    expect(doc).toContain('old values');
  });
});

describe('the committed docs/performance.md', () => {
  const docPath = path.join(repoRoot, 'docs/performance.md');
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';

  it('has the three measured benchmark sections, each with the load of every case, and the cluster tier\'s recorded runs', () => {
    const sections = bench.readSections(doc);
    expect([...sections.keys()].sort()).toEqual(['cluster', 'dags', 'values', 'wasb']);
    for (const [name, text] of [...sections].filter(([n]) => n !== 'cluster')) {
      // Every table row of a measured case ends with "before → after" (⚠ when busier than the cores).
      const rows = text.split('\n').filter((l) => /^\| .*\d+(\.\d+)? → \d+(\.\d+)?( ⚠)? \|$/.test(l));
      expect({ name, rows: rows.length > 0 }).toEqual({ name, rows: true });
      expect(text).toMatch(/Load = 1-minute load average before → after the case/);
      if (rows.some((r) => r.includes('⚠'))) expect(text).toMatch(/ran with load above the core count/);
    }
  });

  it('compares lint-dags with native ruff and ruff wasm within the same cases, start-up against bare node', () => {
    const dags = bench.readSections(doc).get('dags') ?? '';
    expect(dags).toMatch(/\| 1 file \| bare `node -e 0` \|/);
    expect(dags).toMatch(/\| ours ÷ ruff native \| ours ÷ ruff wasm \| ours − bare node \(CPU s\) \| Load \|/);
    for (const tool of ['airflow-gitops lint-dags', 'native, 1 thread', 'ruff wasm (node)']) expect(dags).toContain(tool);
    expect(dags).toMatch(/real DAG files/);
    expect(dags).toMatch(/Airflow example DAGs/);
    // Issue 13's speed line: this build against the build the issue was filed against, both formats.
    expect(dags).toMatch(/### This build against [0-9a-f]{7}/);
    expect(dags).toMatch(/- json: \*\*(met|not met)\*\* \(\d\.\d{3}×/);
    expect(dags).toMatch(/- text: \*\*(met|not met)\*\* \(\d\.\d{3}×/);
  });

  it('judges the cluster tier against both targets, met or NOT met, with the preparation and every test file', () => {
    const cluster = bench.readSections(doc).get('cluster') ?? '';
    expect(cluster).toMatch(/^\| target \| cold, preparation \+ tier under 30 min: (\*\*met\*\*|\*\*NOT met\*\*|not judged)[^|]* \| warm tier under 10 min: (\*\*met\*\*|\*\*NOT met\*\*|not judged)[^|]* \|$/m);
    for (const row of ['preparation (`prepare.sh`, wall)', 'tier (wall time of its test files)', 'preparation + tier', '**tier**']) expect(cluster).toContain(`| ${row} |`);
    expect(cluster).toMatch(/^\| [\w.-]+\.cluster\.test\.ts \|/m);
  });

  it('gives validate-values cold and warm with bare node in the same rounds', () => {
    const values = bench.readSections(doc).get('values') ?? '';
    for (const run of ['bare `node -e 0`', 'cold (empty cache dir)', 'warm (cache dir filled)']) expect(values).toContain(`| ${run} |`);
  });
});

describe('measurement helpers (scripts/bench/measure.mjs)', () => {
  it('summarizes median, range and quartiles', () => {
    expect(measure.summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, q1: 2, q3: 4, n: 3 });
    expect(measure.summarize([1, 2, 3, 4]).median).toBe(2.5);
    expect(() => measure.summarize([])).toThrow(/no values/);
  });

  it('reads GNU time figures and refuses anything else', () => {
    expect(measure.parseTimeOutput('Command exited with non-zero status 1\n0.25 0.05 20480\n')).toEqual({ userSeconds: 0.25, sysSeconds: 0.05, cpuSeconds: 0.3, maxRssMB: 20.97152 });
    expect(() => measure.parseTimeOutput('garbage')).toThrow(/unexpected/);
  });

  it('times a real child: CPU from its rusage, its max RSS, its exit code and stdout', () => {
    // Busy-loop for ~60 ms of CPU so the figure is clearly above zero whatever the load.
    const busy = measure.timeCommand([process.execPath, '-e', 'const t = process.cpuUsage(); while (process.cpuUsage(t).user < 60000); console.log("done")']);
    expect(busy.code).toBe(0);
    expect(busy.stdout.trim()).toBe('done');
    expect(busy.cpuSeconds).toBeGreaterThanOrEqual(0.06);
    expect(busy.wallSeconds).toBeGreaterThan(0);
    // node itself keeps well over 10 MB resident.
    expect(busy.maxRssMB).toBeGreaterThan(10);
    expect(measure.timeCommand([process.execPath, '-e', 'process.exit(3)']).code).toBe(3);
  });

  it('interleaves contenders, drops the warm-up, refuses wrong output, and records the load', () => {
    const order: string[] = [];
    const result = measure.interleaved([
      { label: 'a', argv: [process.execPath, '-e', 'console.log("a")'], prepare: () => (order.push('a'), {}) },
      { label: 'b', argv: [process.execPath, '-e', 'console.log("b")'], prepare: () => (order.push('b'), {}) },
      { label: 'wrong', argv: [process.execPath, '-e', 'console.log("x")'], check: (run) => { if (run.stdout.trim() !== 'y') throw new Error('printed x'); } },
      { label: 'failing', argv: [process.execPath, '-e', 'process.exit(2)'], okCodes: [0, 1] },
    ], { rounds: 2 });
    // Warm-up a b, then round 1 a b …, round 2 starts one later: b … a.
    expect(order).toEqual(['a', 'b', 'a', 'b', 'b', 'a']);
    const [a, b, wrong, failing] = result.contenders;
    expect(a.cpu?.n).toBe(2);
    expect(b.wall?.n).toBe(2);
    expect(wrong.error).toBe('printed x');
    expect(wrong.cpu).toBeUndefined();
    expect(failing.error).toMatch(/^exit code 2/);
    expect(result.loadBefore).toBeGreaterThanOrEqual(0);
    expect(measure.loadCell({ loadBefore: 1.24, loadAfter: 3, busy: true })).toBe('1.2 → 3.0 ⚠');
    expect(measure.loadNote([{ busy: false }])).not.toMatch(/⚠/);
    expect(measure.loadNote([{ busy: true }, { busy: false }])).toMatch(/1 of 2 case\(s\) ran with load above the core count/);
  });
});
