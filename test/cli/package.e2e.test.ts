import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

interface PackResult {
  filename: string;
  files: Array<{ path: string; mode: number }>;
}

/**
 * What `npx airflow-gitops` gets: the tarball `npm pack` makes from this checkout (the committed
 * dist/), unpacked and run from an empty folder — no registry, no node_modules anywhere above it.
 */
describe('the npm package', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'npm-pack-'));
  let packed: PackResult;
  beforeAll(() => {
    const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    expect(pack.stderr).not.toMatch(/npm (error|ERR)/);
    expect(pack.status).toBe(0);
    packed = (JSON.parse(pack.stdout) as PackResult[])[0];
    const tar = spawnSync('tar', ['-xzf', path.join(tmp, packed.filename), '-C', tmp], { encoding: 'utf8' });
    expect(tar.status).toBe(0);
  });

  it('holds the CLI bundle, its lint worker and docs, and nothing of the sources, tests or action bundles', () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ['package.json', 'README.md', 'dist/cli/index.js', 'dist/cli/tree-sitter.wasm', 'dist/lint-worker/index.js', 'docs/rules.md']) expect(files).toContain(f);
    expect(files.filter((f) => /^(src|test|scripts|node_modules|actions)\/|^dist\/(lint-dags|validate-values|verify-wasb-logs|migrate-kind)\//.test(f))).toEqual([]);
    const bin = packed.files.find((f) => f.path === 'dist/cli/index.js')!;
    // npm makes bin targets executable on install; a clone (and pre-commit's node hooks) need the bit in git.
    expect((bin.mode & 0o111).toString(8)).toBe('111');
    const pkg = JSON.parse(fs.readFileSync(path.join(tmp, 'package/package.json'), 'utf8'));
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ 'airflow-gitops': 'dist/cli/index.js' });
    // dist/ is self-contained; a dependency would be downloaded (and its install scripts run) by every npx.
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('--help, lint-dags and a usage error work from an empty folder', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'empty-folder-'));
    fs.mkdirSync(path.join(work, 'dags'));
    fs.copyFileSync(path.join(repoRoot, 'examples/original/dags/detect_and_retrain.py'), path.join(work, 'dags/dag.py'));
    fs.mkdirSync(path.join(work, 'empty'));
    const bin = path.join(tmp, 'package/dist/cli/index.js');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', timeout: 60_000 });

    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: airflow-gitops <command> \[options\]$/m);
    const lintHelp = run('lint-dags', '--help');
    expect(lintHelp.status).toBe(0);
    expect(lintHelp.stdout).toMatch(/^ +--allow-empty +/m);

    const lint = run('lint-dags', 'dags');
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/lint-dags: 3 errors, 2 warnings, 0 notes in 1 file/);

    const empty = run('lint-dags', 'empty');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/^error: "empty" holds no \.py file\./);
  });
});
