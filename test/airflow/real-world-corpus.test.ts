/**
 * scripts/corpus/real-world.mjs, run as users run it (a node subprocess) on a throwaway corpus
 * directory: a real git repository as the mirror and a real HTTP server on 127.0.0.1 standing in
 * for raw.githubusercontent.com. The committed manifest is checked for shape and licences too.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './harness.js';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'corpus', 'real-world.mjs');
const PERMISSIVE = ['Apache-2.0', 'MIT', 'MIT-0', 'BSD-2-Clause', 'BSD-3-Clause', 'Unlicense'];
const DAG_TEXT = 'from airflow.sdk import dag\n\n@dag(schedule=None)\ndef tiny():\n    pass\n\ntiny()\n';

function runScript(args: string[], corpusDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { env: { ...process.env, AIRFLOW_GITOPS_REAL_WORLD_DIR: corpusDir } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8' }).trim();
}

describe('scripts/corpus/real-world.mjs', () => {
  let work: string;
  let corpus: string;
  let mirrors: string;
  let commit: string;
  const sha = createHash('sha256').update(DAG_TEXT).digest('hex');

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'real-world-script-'));
    corpus = path.join(work, 'corpus');
    mirrors = path.join(work, 'mirrors');
    const repoDir = path.join(mirrors, 'acme+pipelines', 'repo');
    fs.mkdirSync(path.join(repoDir, 'dags'), { recursive: true });
    fs.writeFileSync(path.join(repoDir, 'dags', 'tiny.py'), DAG_TEXT);
    git(repoDir, ['init', '-q']);
    git(repoDir, ['add', '.']);
    git(repoDir, ['commit', '-qm', 'dag']);
    commit = git(repoDir, ['rev-parse', 'HEAD']);
    fs.mkdirSync(corpus);
    const entry = { file: 'acme__pipelines/dags__tiny.py', repo: 'acme/pipelines', commit, path: 'dags/tiny.py', license: 'MIT', licenseFile: 'LICENSE', sha256: sha };
    fs.writeFileSync(path.join(corpus, 'MANIFEST.json'), JSON.stringify({ files: [entry] }));
  });

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('says which file is missing, rebuilds it from a git mirror, then verifies', async () => {
    const missing = await runScript(['--verify'], corpus);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('acme__pipelines/dags__tiny.py: missing');

    const rebuilt = await runScript(['--from-mirrors', mirrors], corpus);
    expect(rebuilt.code).toBe(0);
    expect(fs.readFileSync(path.join(corpus, 'acme__pipelines', 'dags__tiny.py'), 'utf8')).toBe(DAG_TEXT);
    expect((await runScript(['--verify'], corpus)).code).toBe(0);

    fs.appendFileSync(path.join(corpus, 'acme__pipelines', 'dags__tiny.py'), '# edited\n');
    const tampered = await runScript(['--verify'], corpus);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('sha256 differs from the manifest');
  });

  it('downloads files at their recorded commit and refuses content whose sha256 differs', async () => {
    let body = DAG_TEXT;
    const requested: string[] = [];
    const server = http.createServer((req, res) => {
      requested.push(req.url ?? '');
      if (req.url === `/acme/pipelines/${commit}/dags/tiny.py`) res.writeHead(200).end(body);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      fs.rmSync(path.join(corpus, 'acme__pipelines'), { recursive: true, force: true });
      body = DAG_TEXT + 'print("not the recorded file")\n';
      const wrong = await runScript(['--download', base], corpus);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('differs from the manifest');
      expect(fs.existsSync(path.join(corpus, 'acme__pipelines', 'dags__tiny.py'))).toBe(false);

      body = DAG_TEXT;
      const right = await runScript(['--download', base], corpus);
      expect(right.code).toBe(0);
      expect(right.stdout).toContain('1 files downloaded, 0 problems');
      expect(requested).toContain(`/acme/pipelines/${commit}/dags/tiny.py`);
      expect((await runScript(['--verify'], corpus)).code).toBe(0);
    } finally {
      server.close();
    }
  });

  it('answers a bad command line with its usage and exit code 2', async () => {
    const result = await runScript(['--from-mirrors', path.join(work, 'nowhere')], corpus);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: real-world.mjs --from-mirrors MIRROR_DIR');
  });

  it('the committed manifest names a permissive licence, a commit and a sha256 for every file', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/airflow/corpus/real-world/MANIFEST.json'), 'utf8')) as {
      files: Array<{ file: string; repo: string; commit: string; license: string; sha256: string }>;
    };
    const repos = new Set(manifest.files.map((f) => f.repo));
    expect(manifest.files.length).toBeGreaterThanOrEqual(200);
    expect(repos.size).toBeGreaterThanOrEqual(40);
    for (const f of manifest.files) {
      expect(PERMISSIVE).toContain(f.license);
      expect(f.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(f.file.startsWith(`${f.repo.replace('/', '__')}/`)).toBe(true);
    }
    // NOTICE.md names every repository the files come from.
    const notice = fs.readFileSync(path.join(REPO_ROOT, 'test/airflow/corpus/real-world/NOTICE.md'), 'utf8');
    for (const repo of repos) expect(notice).toContain(`https://github.com/${repo}`);
  });
});
