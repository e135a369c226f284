import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig, parseConfig } from '../../src/core/config.js';
import { lintDags, workerCount } from '../../src/dags/engine.js';
import { lastFallbackReason, parsePythonFast } from '../../src/dags/python-parser.js';
import { tempRepo } from '../helpers/temp-repo.js';

const repo = (files: Record<string, string | Buffer>) => tempRepo(files, 'lint-dags-');

const OK_DAG = (id: string) => `import pendulum\nfrom airflow.sdk import DAG\nwith DAG("${id}", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    pass\n`;

describe('lintDags engine', () => {
  it('reports a duplicate dag_id in both files', async () => {
    const root = repo({ 'dags/a.py': OK_DAG('report'), 'dags/b.py': '\n' + OK_DAG('report'), 'dags/c.py': OK_DAG('other') });
    const result = await lintDags({ paths: ['dags'], root, config: defaultConfig() });
    const dup = result.findings.filter((f) => f.ruleId === 'DAG402');
    expect(dup.map((f) => `${f.file}:${f.range?.startLine}`).sort()).toEqual(['dags/a.py:3', 'dags/b.py:4']);
    expect(dup[0].message).toMatch(/also defined in dags\/b\.py:4: Airflow loads only one of them/);
    expect(result.run.filesChecked).toBe(3);
  });

  it('keeps linting the other files when one has a syntax error', async () => {
    const root = repo({ 'dags/broken.py': 'def f(:\n', 'dags/ok.py': 'print(nope)\n' });
    const result = await lintDags({ paths: ['dags'], root, config: defaultConfig() });
    expect(result.findings.map((f) => `${f.ruleId} ${f.file}`).sort()).toEqual(['DAG001 dags/broken.py', 'DAG301 dags/ok.py']);
  });

  it('honours config: severities, off, ignore globs', async () => {
    const root = repo({ 'dags/a.py': 'print(nope)\nimport pandas\n', 'dags/legacy/old.py': 'print(x)\n' });
    const config = parseConfig('rules:\n  DAG301: warning\n  heavy-top-level-import: off\nignore: ["dags/legacy/**"]\n', 'cfg');
    const result = await lintDags({ paths: ['dags'], root, config });
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}`)).toEqual(['DAG301 warning dags/a.py']);
  });

  it('accepts globs and single files, and fails clearly on paths that match nothing', async () => {
    const root = repo({ 'dags/a.py': OK_DAG('a'), 'dags/sub/b.py': OK_DAG('b') });
    expect((await lintDags({ paths: ['dags/**/*.py'], root, config: defaultConfig() })).run.filesChecked).toBe(2);
    expect((await lintDags({ paths: ['dags/sub/b.py'], root, config: defaultConfig() })).run.filesChecked).toBe(1);
    await expect(lintDags({ paths: ['nope/'], root, config: defaultConfig() })).rejects.toThrow(/"nope\/" does not exist\. Paths are relative to /);
  });

  it('a path that yields no .py file is a usage error unless allowEmpty; the others are still linted with it', async () => {
    const root = repo({ 'dags/a.py': OK_DAG('a'), 'docs/readme.md': '# no DAGs\n', 'empty/.keep': '' });
    for (const paths of [['empty'], ['dags', 'empty'], ['dags', 'missing'], ['docs/*.md'], ['dags/**/*.txt']]) {
      await expect(lintDags({ paths, root, config: defaultConfig() })).rejects.toThrow(/(holds no \.py file|does not exist)\. .*--allow-empty/);
    }
    const allowed = await lintDags({ paths: ['dags', 'empty', 'missing'], root, config: defaultConfig(), allowEmpty: true });
    expect(allowed.run.filesChecked).toBe(1);
    expect(allowed.run.details).toEqual([
      ['Paths not found', 'missing'],
      ['Paths without .py files', 'empty'],
    ]);
    // Every file of a directory ignored by the config: the directory yields nothing, and says why.
    const ignoring = parseConfig('ignore: ["dags/**"]\n', 'cfg');
    await expect(lintDags({ paths: ['dags'], root, config: ignoring })).rejects.toThrow(/"dags" holds no \.py file outside the config's ignore globs/);
  });

  it('never parses a file that is not .py: named alone it is a usage error, beside DAG files a note', async () => {
    const root = repo({ 'dags/a.py': OK_DAG('a'), 'notes.txt': 'These are notes, not Python: 85 syntax errors if parsed.\n' });
    await expect(lintDags({ paths: ['notes.txt'], root, config: defaultConfig() })).rejects.toThrow(/nothing to lint, "notes\.txt": lint-dags reads only \.py files/);
    const mixed = await lintDags({ paths: ['notes.txt', 'dags'], root, config: defaultConfig() });
    expect(mixed.findings).toEqual([]);
    expect(mixed.run.filesChecked).toBe(1);
    expect(mixed.run.details).toEqual([['Not linted', '"notes.txt": lint-dags reads only .py files']]);
  });
});

describe('bad input never crashes', () => {
  it('binary, non-UTF-8, empty, 5 MB, 500-deep nesting: each a finding or clean, never a crash', async () => {
    const big = Array.from({ length: 90000 }, (_, i) => `value_${i} = ${i}  # padding padding padding padding padding\n`).join('');
    const root = repo({
      'dags/binary.py': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]),
      'dags/latin1.py': Buffer.from('x = "caf\xe9"\n', 'latin1'),
      'dags/latin1_declared.py': Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\n'), Buffer.from('x = "caf\xe9"\n', 'latin1')]),
      'dags/empty.py': '',
      'dags/big.py': big + 'print(undefined_at_the_end)\n',
      'dags/deep.py': 'x = ' + '['.repeat(500) + ']'.repeat(500) + '\n',
      'dags/deep_unary.py': 'x = ' + '-'.repeat(5000) + '1\n',
    });
    expect(Buffer.byteLength(fs.readFileSync(path.join(root, 'dags/big.py')))).toBeGreaterThan(5_000_000);
    const result = await lintDags({ paths: ['dags'], root, config: defaultConfig() });
    const byFile = (f: string) => result.findings.filter((x) => x.file === `dags/${f}`).map((x) => `${x.ruleId}:${x.range?.startLine}`);
    expect(byFile('binary.py')).toEqual(['DAG002:1']);
    expect(byFile('latin1.py')).toEqual(['DAG002:1']);
    expect(byFile('latin1_declared.py')).toEqual([]);
    expect(byFile('empty.py')).toEqual([]);
    expect(byFile('big.py')).toEqual(['DAG301:90001']);
    expect(byFile('deep.py')).toEqual(['DAG001:1']);
    expect(byFile('deep_unary.py')).toEqual(['DAG001:1']);
    expect(result.findings.find((x) => x.file === 'dags/binary.py')?.message).toMatch(/Binary file/);
  });

  it('skips files above the size limit with a warning', async () => {
    const root = repo({ 'dags/a.py': 'x = 1\n'.repeat(100) });
    const config = parseConfig('dags:\n  max-file-bytes: 100\n', 'cfg');
    const result = await lintDags({ paths: ['dags'], root, config });
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['DAG002 warning']);
    expect(result.findings[0].message).toMatch(/Skipped: 600 bytes is above the 100-byte limit/);
  });
});

describe('which parser and how many threads', () => {
  it('lints files the fast parser leaves to tree-sitter just the same', async () => {
    // A match statement and a Python 2 print are left to tree-sitter; the rules still run on them.
    const matchDag = 'from airflow.utils.dates import days_ago\nmatch days_ago(1):\n    case _:\n        pass\n';
    expect(parsePythonFast(matchDag)).toBeUndefined();
    expect(lastFallbackReason()).toMatch(/statement starting with match/);
    const root = repo({ 'dags/match.py': matchDag, 'dags/plain.py': 'from airflow.utils.dates import days_ago\n' });
    const result = await lintDags({ paths: ['dags'], root, config: defaultConfig() });
    const removed = result.findings.filter((f) => f.ruleId === 'DAG101').map((f) => `${f.file}:${f.range?.startLine}`);
    expect(removed.sort()).toEqual(['dags/match.py:1', 'dags/plain.py:1']);
  });

  it('keeps to the main thread on small trees and on fewer than 4 CPUs', () => {
    expect(workerCount(240, 8)).toBe(0);
    expect(workerCount(5999, 4)).toBe(0);
    expect(workerCount(6000, 4)).toBe(2);
    expect(workerCount(100_000, 2)).toBe(0);
    expect(workerCount(100_000, 64)).toBe(8);
  });
});
