import * as fs from 'node:fs';
import * as path from 'node:path';
import { commands } from '../../src/cli/registry.js';
import { sarifErrors } from '../report/sarif-validate.js';
import { runCliCaptured } from './run-cli.js';
import { USER_DAG } from '../helpers/user-files.js';
import { execFileSync } from 'node:child_process';
import { wasmFaultInjection } from '../../src/dags/parser.js';
import { tempRepo } from '../helpers/temp-repo.js';

const cli = (args: string[], cwd: string) => runCliCaptured(args, commands, cwd);

const repo = (files: Record<string, string | Buffer>) => tempRepo(files, 'cli-');

describe('airflow-gitops lint-dags', () => {
  const userDag = fs.readFileSync(USER_DAG, 'utf8');

  it('exit 1 with ruff-style text on errors, and a valid SARIF file', async () => {
    const root = repo({ 'dags/detect_and_retrain.py': userDag });
    const r = await cli(['lint-dags', 'dags', '--sarif', 'out/lint.sarif'], root);
    expect(r.code).toBe(1);
    expect(r.out).toContain('dags/detect_and_retrain.py:3:1: DAG101 [error]');
    expect(r.out).toMatch(/lint-dags: 3 errors, 2 warnings, 0 notes in 1 file/);
    const sarif = JSON.parse(fs.readFileSync(path.join(root, 'out/lint.sarif'), 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(5);
    // Fixable findings carry SARIF 2.1.0 fixes (validated above against §3.55-3.57's required parts).
    const fixed = sarif.runs[0].results.filter((res: { fixes?: unknown[] }) => res.fixes?.length);
    expect(fixed.length).toBeGreaterThan(0);
    const change = fixed[0].fixes[0].artifactChanges[0];
    expect(change.artifactLocation.uri).toBe('dags/detect_and_retrain.py');
    expect(fixed[0].fixes[0].description.text.length).toBeGreaterThan(0);
    const lines = userDag.split('\n').length;
    for (const r of change.replacements) expect(r.deletedRegion.endLine).toBeLessThanOrEqual(lines);
  });

  it('--format json, --fail-on never → exit 0', async () => {
    const root = repo({ 'dags/a.py': 'print(nope)\n' });
    const r = await cli(['lint-dags', 'dags', '--format', 'json', '--fail-on', 'never'], root);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).findings[0].ruleId).toBe('DAG301');
  });

  it('--fail-on warning fails on warnings; clean code exits 0', async () => {
    const root = repo({ 'dags/a.py': 'import pandas\n', 'dags/b.py': 'x = 1\n' });
    expect((await cli(['lint-dags', 'dags/a.py', '--fail-on', 'warning'], root)).code).toBe(1);
    expect((await cli(['lint-dags', 'dags/a.py'], root)).code).toBe(0);
    expect((await cli(['lint-dags', 'dags/b.py'], root)).code).toBe(0);
  });

  it('reads .airflow-gitops.yml upward from the cwd, or --config', async () => {
    const root = repo({ 'dags/a.py': 'print(nope)\n', '.airflow-gitops.yml': 'rules:\n  DAG301: off\n', 'alt.yml': 'rules:\n  DAG301: note\n' });
    expect((await cli(['lint-dags', 'a.py'], path.join(root, 'dags'))).out).toMatch(/0 errors, 0 warnings, 0 notes/);
    expect((await cli(['lint-dags', 'dags', '--config', 'alt.yml'], root)).out).toMatch(/0 errors, 0 warnings, 1 note/);
  });

  it('exit 2 with one sentence on usage errors', async () => {
    const root = repo({ 'dags/a.py': 'x = 1\n', 'bad.yml': 'rules:\n  DAG301: loud\n' });
    const cases = [
      [['lint-dags'], /needs at least one file/],
      [['lint-dags', 'dags', '--format', 'xml'], /--format must be text or json/],
      [['lint-dags', 'dags', '--fail-on', 'always'], /fail-on must be error, warning or never/],
      [['lint-dags', 'dags', '--config', 'bad.yml'], /rules\.DAG301 must be error, warning, note or off/],
      [['lint-dags', 'dags', '--bogus'], /^error: unknown option --bogus for lint-dags\. See `airflow-gitops lint-dags --help`\.\n$/],
      [['lint-dags', 'dags', '--fial-on', 'warning'], /unknown option --fial-on for lint-dags; did you mean --fail-on\?/],
      [['lint-dags', 'dags', '--allow-emty'], /did you mean --allow-empty\?/],
      [['validate-values', 'v.yaml', '--rendr', 'off'], /unknown option --rendr for validate-values; did you mean --render\?/],
      [['lint-dags', 'dags', '--jobs', 'many'], /--jobs must be a whole number from 0 to 64, got "many"/],
      [['lint-dags', 'dags', '--jobs', '65'], /--jobs must be a whole number from 0 to 64/],
      [['nope'], /Unknown command "nope"/],
    ] as const;
    for (const [args, msg] of cases) {
      const r = await cli([...args], root);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(msg);
    }
  });
});

describe('airflow-gitops lint-dags on hostile file systems and inputs', () => {
  it('fault injection: a tree-sitter trap on one file still yields every other finding, the SARIF and the summary', async () => {
    const broken = '# trap here\nx = [\n' + 'f(1),\n'.repeat(3000) + 'def (:\n';
    const root = repo({ 'dags/a.py': 'print(nope)\n', 'dags/b.py': broken, 'dags/c.py': 'import pandas\n' });
    wasmFaultInjection.trapDuringParse = (text) => text.startsWith('# trap here');
    try {
      const r = await cli(['lint-dags', 'dags', '--sarif', 'out.sarif'], root);
      expect(r.code).toBe(1);
      expect(r.out).toContain('dags/a.py:1:7: DAG301 [error]');
      expect(r.out).toMatch(/dags\/b\.py:1:1: DAG002 \[warning\] Could not be analysed: the Python parser \(tree-sitter\) crashed/);
      expect(r.out).toContain('dags/c.py:1:1: DAG503 [warning]');
      expect(r.out).toMatch(/in 3 files/);
      const sarif = JSON.parse(fs.readFileSync(path.join(root, 'out.sarif'), 'utf8'));
      expect(sarifErrors(sarif)).toEqual([]);
      expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId).sort()).toEqual(['DAG002', 'DAG301', 'DAG503']);
    } finally {
      delete wasmFaultInjection.trapDuringParse;
    }
  });

  it('a FIFO or a bad glob is a one-line usage error (exit 2), a symlinked folder is linted', async () => {
    const root = repo({ 'real/a.py': 'print(nope)\n' });
    execFileSync('mkfifo', [path.join(root, 'pipe.py')]);
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'dags'));
    const fifo = await cli(['lint-dags', 'pipe.py'], root);
    expect([fifo.code, fifo.err]).toEqual([2, 'error: "pipe.py" is a named pipe (FIFO), not a regular file: lint-dags reads only regular .py files and directories.\n']);
    for (const glob of ['dags/[z-a].py', '{a.py']) {
      const r = await cli(['lint-dags', glob], root);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^error: Invalid glob "/);
      expect(r.err).not.toMatch(/internal error|Invalid regular expression/);
    }
    const linked = await cli(['lint-dags', 'dags'], path.join(root));
    expect(linked.code).toBe(1);
    expect(linked.out).toContain('dags/a.py:1:7: DAG301 [error]');
  });
});

