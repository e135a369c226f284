import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as path from 'node:path';
import { startAzurite, type Emulator } from '../../src/wasb/emulator.js';
import { verifyWasbLogs } from '../../src/wasb/engine.js';
import { adminClient, containerSas, createContainer, jsonConnection } from './azurite.js';
import { USER_VALUES } from '../helpers/user-files.js';

const ids = (r: { findings: Array<{ ruleId: string }> }) => r.findings.map((f) => f.ruleId).sort();

let emu: Emulator;
beforeAll(async () => {
  emu = await startAzurite();
  await createContainer(emu, 'airflow-logs');
});
afterAll(async () => {
  await emu?.stop();
});

describe('round trip against Azurite, per auth form', () => {
  const happy = async (connection: string, extra: Partial<Parameters<typeof verifyWasbLogs>[0]> = {}) => {
    const result = await verifyWasbLogs({ emulatorInstance: emu, connection, timeoutMs: 20_000, ...extra });
    const steps = result.run.sections![0].markdown;
    return { result, steps };
  };

  it('account key in the URI form (percent-encoded host and key)', async () => {
    const uri = `wasb://${emu.accountName}:${encodeURIComponent(emu.accountKey)}@${encodeURIComponent(emu.blobEndpoint)}`;
    const { result, steps } = await happy(uri);
    expect(result.findings).toEqual([]);
    expect(result.outputs!['blob-path']).toMatch(/^wasb-airflow-logs\/dag_id=airflow_gitops_verify\/run_id=airflow_gitops_verify__.+\/task_id=verify_wasb_logs\/attempt=1\.log$/);
    expect(result.outputs!.container).toBe('airflow-logs');
    expect(Number(result.outputs!['round-trip-ms'])).toBeGreaterThan(0);
    expect(steps).toMatch(/\| create \(c\) \| create \|.*✅/);
    expect(steps).toMatch(/\| list \(l\) \| list \|.*✅/);
    expect(steps).toMatch(/\| delete \(d\) \| delete \|.*✅/);
    expect(result.run.details).toContainEqual(['Auth', 'account key (password)']);
  });

  it('Azure connection string', async () => {
    const { result } = await happy(emu.connectionString);
    expect(result.findings).toEqual([]);
    expect(result.run.details).toContainEqual(['Auth', 'connection string (extra.connection_string)']);
  });

  it('JSON form with extra.account_key, keeping the blob when cleanup is off', async () => {
    const { result } = await happy(jsonConnection(emu, { extra: { account_key: emu.accountKey } }), { cleanup: false, dagId: 'detect_and_retrain', taskId: 'compute_drift', mapIndex: 3, tryNumber: 2 });
    expect(result.findings).toEqual([]);
    const blobPath = result.outputs!['blob-path'];
    expect(blobPath).toMatch(/\/task_id=compute_drift\/map_index=3\/attempt=2\.log$/);
    const text = (await adminClient(emu).getContainerClient('airflow-logs').getBlobClient(blobPath).downloadToBuffer()).toString('utf8');
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const record = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(record)).toEqual(expect.arrayContaining(['timestamp', 'level', 'event', 'logger']));
      expect(String(record.timestamp)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    }
    expect(lines[2]).toContain('appended upload');
  });

  it('SAS with rcwl: Airflow works, cleanup warns that delete is missing', async () => {
    const { result, steps } = await happy(jsonConnection(emu, { extra: { sas_token: containerSas(emu, 'airflow-logs', 'rcwl') } }));
    expect(ids(result)).toEqual(['WASB107']);
    expect(result.findings[0].severity).toBe('warning');
    expect(steps).toContain('SAS permissions (sp): `rcwl`');
    expect(result.run.details).toContainEqual(['Auth', 'SAS token (extra.sas_token)']);
  });

  it("writes under the literal wasb:// prefix with the user's values on Airflow 3.1", async () => {
    const { result } = await happy(emu.connectionString, { valuesFiles: [USER_VALUES], airflowVersion: '3.1.3', cleanup: false });
    expect(ids(result)).toEqual(['WASB001']);
    expect(result.findings[0].file).toMatch(/values\.yaml$/);
    expect(result.findings[0].range?.startLine).toBe(36);
    const blobPath = result.outputs!['blob-path'];
    expect(blobPath.startsWith('wasb://airflow-logs@warbleosstate.blob.core.windows.net/dag_id=')).toBe(true);
    const names: string[] = [];
    for await (const b of adminClient(emu).getContainerClient('airflow-logs').listBlobsFlat({ prefix: 'wasb:' })) names.push(b.name);
    expect(names).toContain(blobPath);
  });
});

describe('clear failures', () => {
  it('wrong key: authentication failed, nothing else attempted', async () => {
    const wrong = Buffer.from('not-the-azurite-key-at-all-0123456789').toString('base64');
    const result = await verifyWasbLogs({ emulatorInstance: emu, connection: jsonConnection(emu, { password: wrong }), timeoutMs: 20_000 });
    expect(ids(result)).toEqual(['WASB101']);
    expect(result.findings[0].message).toMatch(/rejected the credential .*devstoreaccount1/);
    expect(result.findings[0].fix).toMatch(/Access keys/);
  });

  it('SAS without read names the read permission', async () => {
    const result = await verifyWasbLogs({ emulatorInstance: emu, connection: jsonConnection(emu, { extra: { sas_token: containerSas(emu, 'airflow-logs', 'cwl') } }), timeoutMs: 20_000 });
    const missing = result.findings.filter((f) => f.ruleId === 'WASB102');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing[0].message).toMatch(/lacks the read \(r\) permission/);
    expect(missing[0].fix).toMatch(/sp includes "r"/);
    // Without read, Airflow's append overwrites the old log: write works, the appended log cannot be verified.
    const table = result.run.sections![0].markdown;
    expect(table).toMatch(/\| write \(w\) \| append \|[^\n]*✅[^\n]*Airflow would overwrite it/);
    expect(table).toMatch(/\| read \(r\) \| verify \|[^\n]*skipped \(needs read\)/);
  });

  it('SAS without list names the list permission', async () => {
    const result = await verifyWasbLogs({ emulatorInstance: emu, connection: jsonConnection(emu, { extra: { sas_token: containerSas(emu, 'airflow-logs', 'rcwd') } }), timeoutMs: 20_000 });
    expect(ids(result)).toEqual(['WASB102']);
    expect(result.findings[0].message).toMatch(/lacks the list \(l\) permission/);
  });

  it('missing container: Airflow never creates it', async () => {
    const result = await verifyWasbLogs({ emulatorInstance: emu, connection: emu.connectionString, container: 'never-created', timeoutMs: 20_000 });
    expect(ids(result)).toEqual(['WASB103']);
    expect(result.findings[0].message).toMatch(/"never-created" does not exist.*never creates it/);
    expect(await adminClient(emu).getContainerClient('never-created').exists()).toBe(false);
  });

  it('Azurite stopped mid-run: a network error well before the timeout', async () => {
    const own = await startAzurite();
    await createContainer(own, 'airflow-logs');
    const timeoutMs = 30_000;
    const t0 = Date.now();
    const result = await verifyWasbLogs({
      emulatorInstance: own,
      connection: own.connectionString,
      timeoutMs,
      onStep: async (step) => {
        if (step === 'create') await own.stop();
      },
    });
    const elapsed = Date.now() - t0;
    expect(ids(result)).toEqual(['WASB104']);
    expect(result.findings[0].message).toMatch(/ECONNREFUSED during the read step/);
    expect(elapsed).toBeLessThan(timeoutMs / 2);
    expect(result.run.sections![0].markdown).toMatch(/\| read \(r\) \| read \|.*❌ ECONNREFUSED/);
  });

  it('DNS failure names the host and the fix', async () => {
    // .invalid never resolves (RFC 2606), so this needs no network.
    const result = await verifyWasbLogs({ connection: JSON.stringify({ conn_type: 'wasb', host: 'https://nothere.invalid', login: 'nothere', password: emu.accountKey }), timeoutMs: 10_000 });
    expect(ids(result)).toEqual(['WASB104']);
    expect(result.findings[0].message).toMatch(/host of https:\/\/nothere\.invalid does not resolve \(ENOTFOUND\)/);
    expect(result.findings[0].fix).toMatch(/account name/);
  });

  it('a hanging endpoint is cut off at the timeout', async () => {
    const net = await import('node:net');
    // Accepts connections and never answers, like a black-holed private endpoint.
    const sockets: import('node:net').Socket[] = [];
    const server = net.createServer((s) => sockets.push(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as import('node:net').AddressInfo).port;
    try {
      const t0 = Date.now();
      const result = await verifyWasbLogs({ connection: jsonConnection(emu, { host: `http://127.0.0.1:${port}/devstoreaccount1`, password: emu.accountKey }), timeoutMs: 1500 });
      expect(ids(result)).toEqual(['WASB105']);
      expect(result.findings[0].message).toMatch(/create step .* 2 s timeout|create step .* timeout/);
      expect(Date.now() - t0).toBeLessThan(10_000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    }
  });
});
