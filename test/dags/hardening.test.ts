import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig } from '../../src/core/config.js';
import { lintDags } from '../../src/dags/engine.js';
import { getParser, ParseBudgetExceeded, parsePython, parserBuilds, wasmFaultInjection } from '../../src/dags/parser.js';

function repo(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-dags-hard-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

/** A file the fast parser leaves to tree-sitter (a syntax error) and long enough for progress callbacks. */
const BROKEN_BIG = (marker: string) => `# ${marker}\nx = [\n` + 'foo(1, 2),\n'.repeat(4000) + 'def (:\n';

// The audit's classes of pathological input, generated: tree-sitter's error recovery over an
// unclosed import list before a long list, and over a long run of `$` (not a Python token).
const unclosedImportBeforeLongList = (n: number) => 'from a import (\n    B,\nx = [' + '1,'.repeat(n) + ']\n';
const dollarRun = (n: number) => 'a $'.repeat(n) + '\n';

describe('one file never loses the run', () => {
  afterEach(() => {
    delete wasmFaultInjection.trapDuringParse;
  });

  it('fault injection: a real wasm trap inside the parse of one file becomes a DAG002 warning on it; the instance is rebuilt and later files still parse', async () => {
    const root = repo({
      'dags/a_before.py': 'print(nope)\n',
      'dags/b_crash.py': BROKEN_BIG('crash here'),
      'dags/c_after_broken.py': BROKEN_BIG('parsed after the trap'),
      'dags/d_after.py': 'print(also_nope)\n',
    });
    await getParser();
    const before = parserBuilds();
    wasmFaultInjection.trapDuringParse = (text) => text.startsWith('# crash here');
    const result = await lintDags({ paths: ['dags'], root, config: defaultConfig() });
    const byFile = (f: string) => result.findings.filter((x) => x.file === f).map((x) => `${x.ruleId} ${x.severity}`);
    expect(byFile('dags/b_crash.py')).toEqual(['DAG002 warning']);
    expect(result.findings.find((x) => x.file === 'dags/b_crash.py')!.message).toMatch(/^Could not be analysed: the Python parser \(tree-sitter\) crashed: memory access out of bounds/);
    // The file after the trap went through a rebuilt tree-sitter: its syntax error is found.
    expect(byFile('dags/c_after_broken.py')).toContain('DAG001 error');
    expect(byFile('dags/a_before.py')).toEqual(['DAG301 error']);
    expect(byFile('dags/d_after.py')).toEqual(['DAG301 error']);
    expect(parserBuilds()).toBe(before + 1);
    expect(result.run.filesChecked).toBe(4);
  });

  it('a parse over its budget is cancelled and reported, and the parser keeps working', async () => {
    const parser = await getParser();
    expect(() => parsePython(parser, BROKEN_BIG('tiny budget'), { floorMs: 0, msPerKb: 0 })).toThrow(ParseBudgetExceeded);
    expect(parsePython(parser, 'x = (\n').errors.length).toBeGreaterThan(0);
    const root = repo({ 'dags/slow.py': unclosedImportBeforeLongList(2000), 'dags/ok.py': 'print(nope)\n' });
    const result = await lintDags({ paths: ['dags'], root, config: defaultConfig(), parseBudget: { floorMs: 0, msPerKb: 0 } });
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}`).sort()).toEqual(['DAG002 warning dags/slow.py', 'DAG301 error dags/ok.py']);
    expect(result.findings.find((f) => f.file === 'dags/slow.py')!.message).toMatch(/^Could not be analysed: parsing took more than 0 s of CPU time\. No other rule checked this file\.$/);
  });

  it('pathological syntax errors end within the default budget with a finding, not a stalled job', async () => {
    // Unbounded, tree-sitter needs minutes for these on a busy runner; the default budget cuts in
    // at 10 s of CPU each, so the bound asserted here is deliberately loose.
    const root = repo({ 'dags/dollars.py': dollarRun(40_000), 'dags/imports.py': unclosedImportBeforeLongList(40_000), 'dags/ok.py': 'x = 1\n' });
    const started = Date.now();
    const result = await lintDags({ paths: ['dags'], root, config: defaultConfig() });
    expect(Date.now() - started).toBeLessThan(240_000);
    for (const file of ['dags/dollars.py', 'dags/imports.py']) {
      const ids = result.findings.filter((f) => f.file === file).map((f) => f.ruleId);
      // Either the parse finished (syntax errors) or the budget stopped it (DAG002): never nothing.
      expect(ids.some((id) => id === 'DAG001' || id === 'DAG002')).toBe(true);
    }
    expect(result.findings.filter((f) => f.file === 'dags/ok.py')).toEqual([]);
  }, 300_000);

  it('a UTF-16 coding line is refused like Python does, before the decoded noise reaches the parser', async () => {
    const root = repo({ 'dags/u16.py': '# -*- coding: utf-16 -*-\n' + 'x = [' + '"value", '.repeat(20_000) + ']\n', 'dags/u32.py': '# coding: UTF_32\nx = 1\n' });
    const result = await lintDags({ paths: ['dags'], root, config: defaultConfig() });
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}: ${f.message}`)).toEqual([
      'DAG002 error dags/u16.py: The coding line declares utf-16, which Python cannot read source files in: importing it fails.',
      'DAG002 error dags/u32.py: The coding line declares utf-32, which Python cannot read source files in: importing it fails.',
    ]);
  });
});
