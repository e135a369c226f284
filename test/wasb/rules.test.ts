import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as path from 'node:path';
import { startAzurite, type Emulator } from '../../src/wasb/emulator.js';
import { verifyWasbLogs } from '../../src/wasb/engine.js';
import { wasbRules } from '../../src/wasb/rules/index.js';
import { createContainer, jsonConnection } from './azurite.js';
import { USER_VALUES } from '../helpers/user-files.js';

const fixture = (name: string) => path.resolve(process.cwd(), 'test/wasb/fixtures', name);

let emu: Emulator;
beforeAll(async () => {
  emu = await startAzurite();
  for (const c of ['airflow-logs', 'task-logs', 'env-logs']) await createContainer(emu, c);
});
afterAll(async () => {
  await emu?.stop();
});

const run = (values: string, extra: Parameters<typeof verifyWasbLogs>[0] = {}) =>
  verifyWasbLogs({ emulatorInstance: emu, connection: emu.connectionString, valuesFiles: [values], timeoutMs: 20_000, ...extra });
const ids = (r: { findings: Array<{ ruleId: string }> }) => r.findings.map((f) => f.ruleId).sort();

describe('config rules, positive and negative', () => {
  it('WASB001: literal wasb:// prefix on 3.1, not on a plain prefix or a fixed version with a plain prefix', async () => {
    expect(ids(await run(USER_VALUES, { airflowVersion: '3.0.2' }))).toEqual(['WASB001']);
    expect(ids(await run(fixture('plain-prefix.yaml'), { airflowVersion: '3.1.3' }))).toEqual([]);
    const fixed = await run(USER_VALUES, { airflowVersion: '3.2.0' });
    expect(ids(fixed)).toEqual([]);
    expect(fixed.outputs!['blob-path'].startsWith('airflow-logs@warbleosstate.blob.core.windows.net/dag_id=')).toBe(true);
  });

  it('WASB002: a container or account in the URL that Airflow does not use', async () => {
    // A real (non-emulator) run: the connection points at devstoreaccount1, the URL at otheraccount/task-logs.
    const r = await verifyWasbLogs({ connection: emu.connectionString, valuesFiles: [fixture('other-container.yaml')], airflowVersion: '3.1.3', timeoutMs: 20_000 });
    expect(ids(r)).toEqual(['WASB001', 'WASB002']);
    const f = r.findings.find((x) => x.ruleId === 'WASB002')!;
    expect(f.message).toMatch(/names task-logs@otheraccount, but Airflow writes to container "airflow-logs" of account devstoreaccount1/);
    expect(f.range?.startLine).toBe(4);
    // The user's URL names the container and account the connection really uses: no finding.
    const same = await verifyWasbLogs({ connection: jsonConnection(emu, { host: emu.blobEndpoint.replace('devstoreaccount1', 'devstoreaccount1'), password: emu.accountKey }), valuesFiles: [fixture('plain-prefix.yaml')], timeoutMs: 20_000 });
    expect(ids(same)).toEqual([]);
  });

  it('WASB003: remote logging off', async () => {
    const r = await run(fixture('remote-logging-off.yaml'));
    expect(ids(r)).toEqual(['WASB003']);
    expect(r.findings[0].severity).toBe('error');
  });

  it('WASB004: a base folder that does not select the WASB handler', async () => {
    expect(ids(await run(fixture('https-base-folder.yaml')))).toEqual(['WASB004']);
  });

  it('WASB005: a boolean Airflow rejects, pointing at the line, without a round trip', async () => {
    const r = await run(fixture('bad-boolean.yaml'));
    expect(ids(r)).toEqual(['WASB005']);
    expect(r.findings[0].range?.startLine).toBe(3);
    expect(r.outputs).toEqual({});
  });

  it('reads env overrides and the chart airflowVersion', async () => {
    const r = await run(fixture('env-override.yaml'));
    expect(ids(r)).toEqual([]);
    expect(r.outputs!.container).toBe('env-logs');
    expect(r.outputs!['blob-path'].startsWith('from-env/dag_id=')).toBe(true);
    expect(r.run.details).toContainEqual(['Airflow', '3.2.0']);
  });

  it('WASB010: a connection Airflow misreads', async () => {
    // A base64 key with '+' written raw in the query: Airflow decodes '+' to a space and sends a wrong key.
    const keyWithPlus = Buffer.from([0xfb, 0xef, 0xbe, 0x01, 0x02]).toString('base64');
    expect(keyWithPlus).toContain('+');
    const raw = `wasb://${emu.accountName}@${encodeURIComponent(emu.blobEndpoint)}?shared_access_key=${keyWithPlus}`;
    const r = await run(fixture('plain-prefix.yaml'), { connection: raw });
    expect(ids(r)).toEqual(['WASB010', 'WASB101']);
    expect(r.findings.find((f) => f.ruleId === 'WASB010')!.message).toMatch(/'\+'.*space.*%2B/);
    // Percent-encoded, the real key arrives intact and the round trip passes.
    const encoded = `wasb://${emu.accountName}@${encodeURIComponent(emu.blobEndpoint)}?account_key=${encodeURIComponent(emu.accountKey)}`;
    expect(ids(await run(fixture('plain-prefix.yaml'), { connection: encoded }))).toEqual([]);
    // A SAS token without its leading '?' is appended as a path segment by WasbHook.
    const noQuestion = await run(fixture('plain-prefix.yaml'), { connection: jsonConnection(emu, { extra: { sas_token: 'sv=2024-11-04&sp=rcwl&sig=abc' } }) });
    expect(ids(noQuestion)).toContain('WASB010');
  });

  it('honours severity overrides from config', async () => {
    const r = await run(USER_VALUES, { airflowVersion: '3.1.3', severities: { 'wasb-scheme-in-blob-name': 'off' } });
    expect(ids(r)).toEqual([]);
  });

  it('every rule has docs in four parts and a unique id', () => {
    const idsSeen = new Set<string>();
    for (const rule of wasbRules) {
      expect(rule.check).toBe('verify-wasb-logs');
      expect(idsSeen.has(rule.id)).toBe(false);
      idsSeen.add(rule.id);
      for (const part of ['what', 'why', 'example', 'fix'] as const) expect(rule.docs[part].length).toBeGreaterThan(10);
    }
  });
});
