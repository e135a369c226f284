import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { verifyWasbCommand } from '../../src/cli/verify-wasb.js';
import { startAzurite, type Emulator } from '../../src/wasb/emulator.js';
import { createContainer, jsonConnection } from './azurite.js';
import { runCliCaptured } from '../cli/run-cli.js';
import { USER_VALUES } from '../helpers/user-files.js';

const cli = (args: string[]) => runCliCaptured(['verify-wasb', ...args], [verifyWasbCommand]);

let emu: Emulator;
let tmp: string;
beforeAll(async () => {
  emu = await startAzurite();
  await createContainer(emu, 'airflow-logs');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-wasb-'));
});
afterAll(async () => {
  await emu?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('airflow-gitops verify-wasb', () => {
  it('--emulator runs the whole round trip on its own Azurite and exits 0', async () => {
    const r = await cli(['--emulator', '--values', USER_VALUES, '--airflow-version', '3.1.3']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Starting Azurite/);
    expect(r.out).toMatch(/WASB001 \[warning\]/);
    expect(r.out).toMatch(/Blob path: wasb:\/\/airflow-logs@warbleosstate\.blob\.core\.windows\.net\/dag_id=airflow_gitops_verify\/run_id=/);
    expect(r.out).toMatch(/Container: airflow-logs/);
    expect(r.out).toMatch(/Account: devstoreaccount1/);
  });

  it('--format json carries the details; --fail-on warning turns the warning into exit 1', async () => {
    const r = await cli(['--emulator', '--values', USER_VALUES, '--format', 'json', '--fail-on', 'warning']);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { findings: Array<{ ruleId: string }> };
    expect(parsed.findings.map((f) => f.ruleId)).toEqual(['WASB001']);
  });

  it('a missing container is exit 1 with one sentence on cause and fix', async () => {
    const r = await cli(['--connection', emu.connectionString, '--container', 'nope-not-here', '--timeout', '10']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/WASB103 \[error\] The log container "nope-not-here" does not exist in account devstoreaccount1, and Airflow never creates it\./);
    expect(r.out).toMatch(/fix: Create it once/);
  });

  it('bad invocations exit 2 with a clear sentence', async () => {
    expect((await cli(['--timeout', 'soon', '--emulator'])).err).toMatch(/timeout must be a number of seconds/);
    const both = await cli(['--emulator', '--connection', emu.connectionString]);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/--emulator brings its own account/);
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/No connection given: .*AIRFLOW_CONN_WASB_DEFAULT/);
    const garbage = await cli(['--connection', 'hello world']);
    expect(garbage.code).toBe(2);
  });

  it('reads the connection from AIRFLOW_CONN_<remote_log_conn_id>', async () => {
    const values = path.join(tmp, 'values.yaml');
    fs.writeFileSync(values, 'config:\n  logging:\n    remote_logging: "True"\n    remote_base_log_folder: wasb-logs\n    remote_log_conn_id: azure_blob_storage\n');
    process.env.AIRFLOW_CONN_AZURE_BLOB_STORAGE = jsonConnection(emu, { password: emu.accountKey });
    try {
      const r = await cli(['--values', values]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Connection: AIRFLOW_CONN_AZURE_BLOB_STORAGE \(json form\)/);
    } finally {
      delete process.env.AIRFLOW_CONN_AZURE_BLOB_STORAGE;
    }
  });

  it('reads defaults from the wasb section of .airflow-gitops.yml and rejects unknown keys', async () => {
    const good = path.join(tmp, 'good.yml');
    fs.writeFileSync(good, 'wasb:\n  container: nope-from-config\n  timeout: 15\n  dag-id: from_config\nrules:\n  log-container-not-found: warning\n');
    const r = await cli(['--config', good, '--connection', emu.connectionString]);
    // The configured container does not exist; the rule was downgraded to a warning, so exit 0.
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/WASB103 \[warning\] The log container "nope-from-config"/);
    const bad = path.join(tmp, 'bad.yml');
    fs.writeFileSync(bad, 'wasb:\n  contianer: typo\n');
    const b = await cli(['--config', bad, '--emulator']);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/unknown key wasb\.contianer/);
  });

  it('never prints a canary key: not in stdout, stderr or SARIF', async () => {
    const canary = Buffer.from('CANARY-do-not-print-7f3a9c1e-CANARY').toString('base64');
    const sarif = path.join(tmp, 'out.sarif');
    const forms = [
      jsonConnection(emu, { password: canary }),
      `wasb://${emu.accountName}:${encodeURIComponent(canary)}@${encodeURIComponent(emu.blobEndpoint)}`,
      `DefaultEndpointsProtocol=http;AccountName=${emu.accountName};AccountKey=${canary};BlobEndpoint=${emu.blobEndpoint};`,
    ];
    for (const connection of forms) {
      for (const format of ['text', 'json']) {
        const r = await cli(['--connection', connection, '--format', format, '--sarif', sarif]);
        expect(r.code).toBe(1);
        const sarifText = fs.readFileSync(sarif, 'utf8');
        expect(sarifText).toContain('WASB101');
        for (const text of [r.out, r.err, sarifText]) {
          expect(text).not.toContain(canary);
          expect(text).not.toContain(encodeURIComponent(canary));
          expect(text).not.toContain('CANARY-do-not-print');
        }
      }
    }
    // Explicit key flags too.
    const r = await cli(['--account-name', emu.accountName, '--account-url', emu.blobEndpoint, '--account-key', canary, '--sarif', sarif]);
    expect(r.code).toBe(1);
    for (const text of [r.out, r.err, fs.readFileSync(sarif, 'utf8')]) expect(text).not.toContain(canary);
  });
});
