import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface BenchModule {
  machineFacts(): { node: string; cpu: string; cores: number; platform: string; memoryGiB: number };
  readSections(text: string): Map<string, string>;
  renderDocument(sections: Map<string, string>, machine: ReturnType<BenchModule['machineFacts']>, date: string): string;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
let bench: BenchModule;

beforeAll(async () => {
  bench = (await import(path.join(repoRoot, 'scripts/bench.mjs'))) as BenchModule;
});

describe('docs/performance.md writer', () => {
  it('keeps every section through a write and a re-read, with machine facts and date', () => {
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
