import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { allRules } from '../../src/cli/all-rules.js';
import { commands } from '../../src/cli/registry.js';
import { runCliCaptured } from './run-cli.js';
import { tempRepo } from '../helpers/temp-repo.js';

const cli = (args: string[], cwd: string) => runCliCaptured(args, commands, cwd);

const repo = (files: Record<string, string | Buffer>) => tempRepo(files, 'cli-options-');

describe('airflow-gitops <command> --help', () => {
  const common = ['format', 'sarif', 'config', 'fail-on', 'help'];
  it.each(commands.map((c) => [c.name, c] as const))('%s lists every option on a line of its own, with a description', async (_name, command) => {
    const r = await cli([command.name, '--help'], os.tmpdir());
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(command.summary);
    expect(r.out).toContain(`Usage: ${command.usage.split('\n')[0]}`);
    for (const [name, option] of Object.entries({ ...command.options })) {
      const line = lines.filter((l) => new RegExp(`^  (-\\w, |    )--${name}( |$)`).test(l));
      expect(line).toHaveLength(1);
      expect(line[0]).toContain(option.description);
    }
    for (const name of common) expect(lines.filter((l) => l.includes(`--${name}`) && /^  /.test(l))).toHaveLength(1);
  });

  it('-h works after other arguments, and the top-level help points to it', async () => {
    const r = await cli(['lint-dags', 'dags', '-h'], os.tmpdir());
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ {6}--allow-empty +Exit 0 when a path holds no \.py file/m);
    const top = await cli(['--help'], os.tmpdir());
    expect(top.out).toContain('Every option of a command: airflow-gitops <command> --help');
  });
});

describe('config validation', () => {
  const root = repo({ 'dags/a.py': 'x = 1\n' });
  const withConfig = (text: string) => {
    fs.writeFileSync(path.join(root, '.airflow-gitops.yml'), text);
    return cli(['lint-dags', 'dags'], root);
  };

  it('an unknown rule id or name is an error with the closest rule', async () => {
    const known = allRules()[0];
    const unknownId = await withConfig('rules:\n  DAG999: off\n');
    expect(unknownId.code).toBe(2);
    expect(unknownId.err).toMatch(/^error: Config .*\.airflow-gitops\.yml: rules\.DAG999 is not a rule id or name[.;]/);
    expect(unknownId.err).toContain('`airflow-gitops rules` lists them all.');
    const typo = await withConfig(`rules:\n  ${known.name.slice(0, -1)}x: off\n`);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain(`did you mean ${known.name}?`);
    // Ids and names of every check are accepted, not only lint-dags' own.
    const others = allRules().filter((r) => r.check !== 'lint-dags').slice(0, 2);
    const ok = await withConfig(`rules:\n${others.map((r, i) => `  ${i ? r.name : r.id}: warning`).join('\n')}\n`);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
  });

  it('an unknown top-level or dags key is an error with did-you-mean', async () => {
    const top = await withConfig('rule:\n  DAG301: off\n');
    expect(top.code).toBe(2);
    expect(top.err).toMatch(/unknown key rule; did you mean rules\? Known: rules, ignore, dags, values, wasb, migrate\./);
    const nested = await withConfig('dags:\n  required-tag: [team]\n');
    expect(nested.code).toBe(2);
    expect(nested.err).toMatch(/unknown key dags\.required-tag; did you mean dags\.required-tags\?/);
    const far = await withConfig('zzzzzz: 1\n');
    expect(far.err).toMatch(/unknown key zzzzzz\. Known: /);
  });
});

describe('lint-dags paths', () => {
  it('a directory without .py files: exit 2 with one sentence; --allow-empty: exit 0', async () => {
    const root = repo({ 'empty/README.md': 'no DAGs here\n' });
    const r = await cli(['lint-dags', 'empty'], root);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: "empty" holds no \.py file\. Paths are relative to .*; --allow-empty .* accepts paths without a DAG file\.\n$/);
    const allowed = await cli(['lint-dags', 'empty', '--allow-empty'], root);
    expect(allowed.code).toBe(0);
    expect(allowed.out).toContain('Paths without .py files: empty');
    expect(allowed.out).toMatch(/in 0 files/);
  });

  it('a .txt file gets a clear note instead of syntax errors', async () => {
    const prose = Array.from({ length: 85 }, (_, i) => `Line ${i}: this is prose, not Python (really).`).join('\n');
    const root = repo({ 'notes.txt': prose, 'dags/a.py': 'x = 1\n' });
    const alone = await cli(['lint-dags', 'notes.txt'], root);
    expect(alone.code).toBe(2);
    expect(alone.err).toMatch(/"notes\.txt": lint-dags reads only \.py files/);
    expect(alone.out).toBe('');
    const mixed = await cli(['lint-dags', 'notes.txt', 'dags', '--format', 'json'], root);
    expect(mixed.code).toBe(0);
    const json = JSON.parse(mixed.out);
    expect(json.findings).toEqual([]);
    expect(json.details['Not linted']).toBe('"notes.txt": lint-dags reads only .py files');
  });
});
