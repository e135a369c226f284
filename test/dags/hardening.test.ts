import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { defaultConfig, parseConfig } from '../../src/core/config.js';
import { globToRegExp, splitPathList } from '../../src/core/files.js';
import { UsageError } from '../../src/core/finding.js';
import { lintDags, lintFiles, settingsFrom } from '../../src/dags/engine.js';
import { getParser, ParseBudgetExceeded, parsePython, parserBuilds, wasmFaultInjection, wasmInstances } from '../../src/dags/parser.js';
import { tempRepo } from '../helpers/temp-repo.js';

const repo = (files: Record<string, string | Buffer>) => tempRepo(files, 'lint-dags-hard-');

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

  it('fault injection: a real wasm trap inside the parse of one file becomes a DAG002 warning on it; the parser is rebuilt and later files still parse', async () => {
    const root = repo({
      'dags/a_before.py': 'print(nope)\n',
      'dags/b_crash.py': BROKEN_BIG('crash here'),
      'dags/c_after_broken.py': BROKEN_BIG('parsed after the trap'),
      'dags/d_after.py': 'print(also_nope)\n',
    });
    await getParser();
    const before = parserBuilds();
    const instancesBefore = wasmInstances();
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
    // A new wasm instance (new memory), not only a new parser in the trapped one.
    expect(wasmInstances()).toBe(instancesBefore + 1);
    expect(result.run.filesChecked).toBe(4);
  });

  it('a generated input that really traps tree-sitter 0.25 costs only its own file; the files after it still parse', async () => {
    // The audit's crash class, generated: an indented comment, an unclosed dict and string, then
    // ~700 `if` lines indented one space deeper each. Error recovery reads out of bounds (as of
    // web-tree-sitter 0.25.10; if an upgrade fixes that, expect DAG001 here instead).
    const trap = '  # c\nD = {\n    "k\n' + Array.from({ length: 699 }, (_, i) => ' '.repeat(i + 1) + 'if x:').join('\n');
    const root = repo({ 'dags/a_broken.py': 'x = (\n', 'dags/m_trap.py': trap, 'dags/z_broken.py': 'y = [\n', 'dags/z_ok.py': 'print(nope)\n' });
    const builds = parserBuilds();
    const instances = wasmInstances();
    const result = await lintDags({ paths: ['dags'], root, config: defaultConfig() });
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}`)).toEqual([
      'DAG001 error dags/a_broken.py',
      'DAG002 warning dags/m_trap.py',
      'DAG001 error dags/z_broken.py',
      'DAG301 error dags/z_ok.py',
    ]);
    expect(result.findings[1].message).toMatch(/^Could not be analysed: the Python parser \(tree-sitter\) crashed: memory access out of bounds/);
    expect(parserBuilds()).toBeGreaterThan(builds);
    expect(wasmInstances()).toBeGreaterThan(instances);
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

describe('coding lines CPython accepts', () => {
  it('normalises cookies like CPython: "utf-8-" (from `-*-coding:utf-8-*-`), UTF_8, utf-8-unix, iso_latin_1-x', async () => {
    // Each of these compiles under CPython 3.11/3.12 (checked with compile() on the same bytes).
    const body = Buffer.from('x = "café"\nprint(x)\n', 'utf8');
    const root = repo({
      'dags/emacs_style.py': Buffer.concat([Buffer.from('# -*-coding:utf-8-*-\n'), body]),
      'dags/underscore.py': Buffer.concat([Buffer.from('# coding: UTF_8\n'), body]),
      'dags/suffixed.py': Buffer.concat([Buffer.from('# coding: utf-8-unix\n'), body]),
      'dags/latin.py': Buffer.concat([Buffer.from('# vim: set fileencoding=iso_latin_1-x :\n'), Buffer.from('x = "caf\xe9"\nprint(x)\n', 'latin1')]),
    });
    const result = await lintDags({ paths: ['dags'], root, config: defaultConfig() });
    expect(result.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual([]);
  });
});

describe('file discovery', () => {
  const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

  it('a FIFO or a device named as a path is a usage error, never opened; in a folder it is skipped', async () => {
    const root = repo({ 'dags/ok.py': 'x = 1\n' });
    mkfifo(path.join(root, 'dags/pipe.py'));
    fs.symlinkSync('/dev/zero', path.join(root, 'dags/zero.py'));
    await expect(lintDags({ paths: ['dags/pipe.py'], root, config: defaultConfig() })).rejects.toThrow(/^"dags\/pipe\.py" is a named pipe \(FIFO\), not a regular file/);
    await expect(lintDags({ paths: ['dags/zero.py'], root, config: defaultConfig() })).rejects.toThrow(/^"dags\/zero\.py" is a character device, not a regular file/);
    await expect(lintDags({ paths: ['/dev/zero'], root, config: defaultConfig() })).rejects.toThrow(UsageError);
    // A walked folder takes regular files only (after following links), so the pipe never blocks.
    const result = await lintDags({ paths: ['dags'], root, config: defaultConfig() });
    expect(result.run.filesChecked).toBe(1);
    expect(result.findings).toEqual([]);
  });

  it('a file that turns into a FIFO after discovery is refused at open, without blocking', async () => {
    const root = repo({});
    fs.mkdirSync(path.join(root, 'dags'));
    mkfifo(path.join(root, 'dags/pipe.py'));
    const [analysis] = await lintFiles({ root, files: ['dags/pipe.py'], settings: settingsFrom(defaultConfig()), overrides: {}, maxBytes: 1 << 20 });
    expect(analysis.findings.map((f) => `${f.ruleId} ${f.severity}: ${f.message}`)).toEqual(['DAG002 error: Cannot read the file (a named pipe (FIFO), not a regular file).']);
  });

  it('follows symlinked files and folders like Airflow, each real folder once, loops included', async () => {
    const store = repo({ 'real/etl.py': 'print(nope)\n', 'real/sub/more.py': 'print(also_nope)\n' });
    const root = repo({});
    fs.mkdirSync(path.join(root, 'dags'));
    fs.symlinkSync(path.join(store, 'real/etl.py'), path.join(root, 'dags/etl.py'));
    fs.symlinkSync(path.join(store, 'real/sub'), path.join(root, 'dags/linked'));
    fs.symlinkSync(path.join(root, 'dags'), path.join(root, 'dags/loop'));
    fs.symlinkSync(path.join(root, 'nowhere.py'), path.join(root, 'dags/dangling.py'));
    const result = await lintDags({ paths: ['dags'], root, config: defaultConfig() });
    expect(result.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(['DAG301 dags/etl.py', 'DAG301 dags/linked/more.py']);
    expect(result.run.filesChecked).toBe(2);
    expect(result.run.details).toContainEqual(['Symlinked folders walked once (a loop or a second link)', 'dags/loop']);
    // A folder holding only links to DAG files is not an empty pass.
    const onlyLinks = repo({});
    fs.mkdirSync(path.join(onlyLinks, 'dags'));
    fs.symlinkSync(path.join(store, 'real/etl.py'), path.join(onlyLinks, 'dags/a.py'));
    expect((await lintDags({ paths: ['dags'], root: onlyLinks, config: defaultConfig() })).run.filesChecked).toBe(1);
  });

  it('an existing path is taken literally before any glob meaning; malformed globs are usage errors', async () => {
    const root = repo({ 'dags/[x].py': 'print(nope)\n', 'dags/x.py': 'x = 1\n', 'dags/{a.py': 'x = 1\n' });
    const literal = await lintDags({ paths: ['dags/[x].py'], root, config: defaultConfig() });
    expect(literal.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(['DAG301 dags/[x].py']);
    expect((await lintDags({ paths: ['dags/{a.py'], root, config: defaultConfig() })).run.filesChecked).toBe(1);
    // Not an existing path: the glob meaning, [x] matching x.py.
    const glob = await lintDags({ paths: ['dags/[xy].py'], root, config: defaultConfig() });
    expect(glob.run.filesChecked).toBe(1);
    await expect(lintDags({ paths: ['dags/[z-a].py'], root, config: defaultConfig() })).rejects.toThrow(/^Invalid glob "dags\/\[z-a\]\.py": the range "z-a" runs backwards/);
    await expect(lintDags({ paths: ['dags/{b.py'], root, config: defaultConfig() })).rejects.toThrow(/^Invalid glob "dags\/\{b\.py": "\{" is never closed/);
    await expect(lintDags({ paths: ['dags/[ab.py'], root, config: defaultConfig() })).rejects.toThrow(/^Invalid glob "dags\/\[ab\.py": "\[" at position 6 is never closed/);
    const badIgnore = parseConfig('ignore: ["dags/[z-a]/**"]\n', 'cfg');
    await expect(lintDags({ paths: ['dags'], root, config: badIgnore })).rejects.toThrow(UsageError);
  });

  it('globs: classes, negation, ranges, braces and ** match like fnmatch, special characters stay literal', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['dags/[a-c]*.py', ['dags/a.py', 'dags/cab.py'], ['dags/d.py', 'dags/A.py']],
      ['dags/[!a]*.py', ['dags/b.py'], ['dags/a.py', 'dags/x/b.py']],
      ['dags/[]x].py', ['dags/].py', 'dags/x.py'], ['dags/y.py']],
      ['dags/[.^$].py', ['dags/..py', 'dags/^.py', 'dags/$.py'], ['dags/a.py']],
      ['**/{etl,report}_*.py', ['etl_1.py', 'dags/x/report_a.py'], ['dags/other_1.py']],
      ['dags/a+(b).py', ['dags/a+(b).py'], ['dags/aab.py']],
      ['dags/[/]x.py', [], ['dags//x.py']],
    ];
    for (const [glob, yes, no] of cases) {
      const re = globToRegExp(glob);
      for (const p of yes) expect([glob, p, re.test(p)]).toEqual([glob, p, true]);
      for (const p of no) expect([glob, p, re.test(p)]).toEqual([glob, p, false]);
    }
  });

  it('the action paths input: one per line, or space-separated on one line unless the line names an existing path', () => {
    const existing = new Set(['my dags']);
    const exists = (p: string) => existing.has(p);
    expect(splitPathList('dags\nmy dags/etl.py\r\n  plugins/x.py  \n\n', exists)).toEqual(['dags', 'my dags/etl.py', 'plugins/x.py']);
    expect(splitPathList('dags plugins/*.py', exists)).toEqual(['dags', 'plugins/*.py']);
    expect(splitPathList('  my dags ', exists)).toEqual(['my dags']);
    expect(splitPathList('dags', exists)).toEqual(['dags']);
    expect(splitPathList('   ', exists)).toEqual([]);
  });
});

