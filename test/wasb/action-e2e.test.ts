import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startAzurite, type Emulator } from '../../src/wasb/emulator.js';
import { containerSas, createContainer, jsonConnection } from './azurite.js';
import { USER_VALUES } from '../helpers/user-files.js';

const ROOT = process.cwd();
const BUNDLE = path.join(ROOT, 'dist/verify-wasb-logs/index.js');

/** Rebuilds the bundle when it is missing or older than its sources, as CI would before using it. */
function ensureBundle(): void {
  const sourcesFile = path.join(ROOT, 'dist/verify-wasb-logs/sources.json');
  const fresh =
    fs.existsSync(BUNDLE) &&
    fs.existsSync(sourcesFile) &&
    Object.entries(JSON.parse(fs.readFileSync(sourcesFile, 'utf8')) as Record<string, string>).every(
      ([file, sha]) => fs.existsSync(path.join(ROOT, file)) && createHash('sha256').update(fs.readFileSync(path.join(ROOT, file))).digest('hex') === sha,
    );
  if (fresh) return;
  try {
    execFileSync(process.execPath, ['scripts/build.mjs', 'verify-wasb-logs'], { cwd: ROOT, stdio: 'pipe' });
  } catch (e) {
    const stderr = String((e as { stderr?: Buffer }).stderr ?? '');
    const reason = stderr.split('\n').find((l) => /^(Error|Module)/.test(l)) ?? 'see scripts/build.mjs output';
    throw new Error(`dist/verify-wasb-logs is stale and \`node scripts/build.mjs verify-wasb-logs\` failed: ${reason.slice(0, 300)}`);
  }
}

function parseOutputs(file: string): Record<string, string> {
  const text = fs.readFileSync(file, 'utf8');
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

/** Runs the bundle like the runner: INPUT_<NAME> with hyphens kept, GITHUB_OUTPUT/GITHUB_STEP_SUMMARY files. */
function runAction(inputs: Record<string, string>, dir: string) {
  const outputFile = path.join(dir, `output-${Math.random().toString(36).slice(2)}`);
  const summaryFile = path.join(dir, `summary-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: ROOT, RUNNER_TEMP: dir };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [BUNDLE], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs: parseOutputs(outputFile), summary: fs.readFileSync(summaryFile, 'utf8') };
}

let emu: Emulator;
let tmp: string;
beforeAll(async () => {
  ensureBundle();
  emu = await startAzurite();
  await createContainer(emu, 'airflow-logs');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wasb-e2e-'));
}, 120_000);
afterAll(async () => {
  await emu?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('dist/verify-wasb-logs/index.js as the runner runs it', () => {
  it('emulator: true runs the whole round trip and sets outputs and the permission table', () => {
    const r = runAction({ emulator: 'true', 'values-files': USER_VALUES, 'airflow-version': '3.1.3', timeout: '30', 'fail-on': 'error' }, tmp);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.outputs['blob-path']).toMatch(/^wasb:\/\/airflow-logs@warbleosstate\.blob\.core\.windows\.net\/dag_id=airflow_gitops_verify\/run_id=airflow_gitops_verify__[^/]+\/task_id=verify_wasb_logs\/attempt=1\.log$/);
    expect(r.outputs.container).toBe('airflow-logs');
    expect(Number(r.outputs['round-trip-ms'])).toBeGreaterThan(0);
    expect(r.outputs['warning-count']).toBe('1');
    expect(r.stdout).toMatch(/::warning title=WASB001 wasb-scheme-in-blob-name,file=.*values\.yaml,line=36/);
    expect(r.summary).toContain('### Permissions Airflow needs for task logs');
    for (const row of ['create (c)', 'write (w)', 'read (r)', 'list (l)', 'delete (d)']) expect(r.summary).toMatch(new RegExp(`\\| ${row.replace(/[()]/g, '\\$&')} \\|[^\\n]*✅`));
  });

  it('a connection input with SAS rcwl and a custom dag/task id', () => {
    const r = runAction({ connection: jsonConnection(emu, { extra: { sas_token: containerSas(emu, 'airflow-logs', 'rcwld') } }), 'dag-id': 'detect_and_retrain', 'task-id': 'submit_rayjob', timeout: '20' }, tmp);
    expect(r.status).toBe(0);
    expect(r.outputs['blob-path']).toMatch(/^wasb-airflow-logs\/dag_id=detect_and_retrain\/run_id=[^/]+\/task_id=submit_rayjob\/attempt=1\.log$/);
    expect(r.summary).toContain('SAS permissions (sp): `rcwdl`');
  });

  it('a wrong canary key fails with exit 1, one sentence, and the key nowhere but the mask command', () => {
    const canary = Buffer.from('CANARY-e2e-4b1d-never-print').toString('base64');
    const sarif = path.join(tmp, 'wasb.sarif');
    const r = runAction({ connection: jsonConnection(emu, { password: canary }), 'sarif-file': sarif, timeout: '20' }, tmp);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error title=WASB101 storage-authentication-failed::Azure Storage rejected the credential for account devstoreaccount1/);
    expect(r.stdout).toMatch(/::error::verify-wasb-logs: 1 error\(s\)/);
    const unmasked = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    for (const text of [unmasked.join('\n'), r.stderr, r.summary, JSON.stringify(r.outputs), fs.readFileSync(sarif, 'utf8')]) {
      expect(text).not.toContain(canary);
      expect(text).not.toContain(encodeURIComponent(canary));
    }
    expect(r.stdout).toContain(`::add-mask::`);
  });

  // Every credential form the action takes, each wrong, through every output the action writes.
  const CANARY = Buffer.from('CANARY-matrix-2c9e-never-print').toString('base64');
  it.each([
    ['an Airflow URI', () => ({ connection: `wasb://${emu.accountName}:${encodeURIComponent(CANARY)}@${encodeURIComponent(emu.blobEndpoint)}` })],
    ['an Airflow JSON connection', () => ({ connection: jsonConnection(emu, { password: CANARY }) })],
    ['a storage connection string', () => ({ connection: `DefaultEndpointsProtocol=http;AccountName=${emu.accountName};AccountKey=${CANARY};BlobEndpoint=${emu.blobEndpoint};` })],
    ['explicit account-key inputs', () => ({ 'account-name': emu.accountName, 'account-url': emu.blobEndpoint, 'account-key': CANARY })],
    ['a SAS token input', () => ({ 'account-name': emu.accountName, 'account-url': emu.blobEndpoint, 'sas-token': `?sv=2021-08-06&ss=b&srt=sco&sp=rcwl&se=2099-01-01T00:00:00Z&sig=${encodeURIComponent(CANARY)}` })],
  ])('a wrong key given as %s fails, and the key is in no output: log, annotations, summary, outputs, SARIF', (_label, credential) => {
    const sarif = path.join(tmp, `matrix-${Math.random().toString(36).slice(2)}.sarif`);
    const r = runAction({ ...credential(), 'sarif-file': sarif, timeout: '20' }, tmp);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error title=WASB1\d\d /); // the failure is an annotation…
    const unmasked = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    for (const text of [unmasked.join('\n'), r.stderr, r.summary, JSON.stringify(r.outputs), fs.readFileSync(sarif, 'utf8')]) {
      // …and neither the key nor any form or piece of it appears anywhere.
      for (const form of [CANARY, encodeURIComponent(CANARY), ...CANARY.split(/[/+=]/).filter((p) => p.length >= 8)]) expect(text).not.toContain(form);
    }
  });

  it.each([
    ['a URI whose unencoded key holds / # ? (the parser sees a port and a fragment)', (key: string) => `wasb://devstoreaccount1:${key}@127.0.0.1:10000`],
    ['a JSON connection that is not valid JSON around the key', (key: string) => `{"conn_type": "wasb", "login": "devstoreaccount1", "password": ${key}}`],
  ])('no fragment of the key reaches any output: %s', (_label, connection) => {
    const key = 'FRAGa1b2c3d4/FRAGe5f6g7h8#FRAGi9j0k1l2?FRAGm3n4o5p6';
    const sarif = path.join(tmp, 'fragments.sarif');
    const r = runAction({ connection: connection(key), 'sarif-file': sarif, timeout: '20' }, tmp);
    expect(r.status).not.toBe(0);
    const unmasked = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    const outputs = [unmasked.join('\n'), r.stderr, r.summary, JSON.stringify(r.outputs), fs.existsSync(sarif) ? fs.readFileSync(sarif, 'utf8') : ''];
    for (const fragment of key.split(/[/#?]/)) for (const text of outputs) expect(text).not.toContain(fragment);
  });

  it('emulator: true without azurite anywhere installs it on first use, and says how when npm cannot (fault: unreachable registry)', () => {
    // The bundle copied away from this repository's node_modules, as in a workflow that never ran npm ci,
    // with an empty user cache and npm pointed at a registry that refuses connections.
    const lone = fs.mkdtempSync(path.join(os.tmpdir(), 'wasb-lone-'));
    try {
      fs.cpSync(path.dirname(BUNDLE), lone, { recursive: true });
      const outputFile = path.join(lone, 'out');
      fs.writeFileSync(outputFile, '');
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: outputFile,
        GITHUB_WORKSPACE: lone,
        INPUT_EMULATOR: 'true',
        INPUT_TIMEOUT: '10',
        AIRFLOW_GITOPS_CACHE_DIR: path.join(lone, 'cache'),
        npm_config_registry: 'http://127.0.0.1:9/',
        npm_config_fetch_retries: '0',
      };
      delete env.AZURITE_BLOB_MAIN;
      const r = spawnSync(process.execPath, [path.join(lone, 'index.js')], { cwd: lone, encoding: 'utf8', env, timeout: 300_000 });
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/Azurite is not installed; installing azurite@[\d.]+ into .*cache/);
      expect(r.stdout).toMatch(/::error::Installing Azurite failed \(.*\); install it yourself with `npm install --prefix .* azurite@[\d.]+` and try --emulator again\./);
    } finally {
      fs.rmSync(lone, { recursive: true, force: true });
    }
  });

  it('bad inputs fail with one sentence and no stack', () => {
    const r = runAction({ timeout: 'forever', emulator: 'true' }, tmp);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::timeout must be a number of seconds between 1 and 3600 \(got "forever"\)\./);
    expect(r.stdout).not.toMatch(/at .*\.js:\d+/);
  });
});

