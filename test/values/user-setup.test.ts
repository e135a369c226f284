import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateValues } from '../../src/values/engine.js';
import { byRule, chartDir, tempDir, userValuesFile } from './helpers.js';

const schemaCacheDir = tempDir('vv-schema-');
const cwd = path.dirname(userValuesFile);
const lines = fs.readFileSync(userValuesFile, 'utf8').split('\n');
const lineOf = (re: RegExp) => lines.findIndex((l) => re.test(l)) + 1;

async function check(version: string) {
  return validateValues({ files: ['values.yaml'], chart: chartDir(version), cwd, schemaCacheDir, render: 'off' });
}

describe("the user's platform/airflow/values.yaml", () => {
  it('chart 1.19.0: every GitOps bug at its line', async () => {
    const result = await check('1.19.0');
    const f = result.findings;
    expect(result.outputs).toEqual({ 'chart-version': '1.19.0', 'airflow-version': '3.1.7' });
    expect(f.every((x) => x.file === 'values.yaml')).toBe(true);

    // migrateDBJob is unknown, so the migrate job keeps its Helm hook.
    const migrateLine = lineOf(/^migrateDBJob:/);
    expect(migrateLine).toBe(15);
    const unknown = byRule(f, 'VAL011');
    expect(unknown.map((x) => x.range?.startLine)).toEqual([migrateLine]);
    expect(unknown[0].message).toMatch(/did you mean migrateDatabaseJob\?/);
    expect(byRule(f, 'VAL020').map((x) => [x.range?.startLine, x.message.split(' ')[0]])).toEqual([[migrateLine, 'migrateDatabaseJob.useHelmHooks']]);

    // Fernet key and broker-url Secrets are pre-install hooks.
    const hooks = byRule(f, 'VAL022');
    expect(hooks.map((x) => x.message.split(' ')[0])).toEqual(['fernetKeySecretName', 'data.brokerUrlSecretName']);
    expect(hooks[0].range?.startLine).toBe(1); // unset: no line of its own
    expect(hooks[1].range?.startLine).toBe(lineOf(/^data:/));

    // webserver.defaultUser drift.
    const drift = byRule(f, 'VAL031');
    expect(drift.map((x) => x.range?.startLine)).toEqual([lineOf(/^  defaultUser:/)]);
    expect(drift[0].range?.startLine).toBe(19);

    // The wasb:// prefix warning with the exact prefix.
    const wasb = byRule(f, 'VAL051');
    expect(wasb.map((x) => [x.range?.startLine, x.severity])).toEqual([[36, 'warning']]);
    expect(wasb[0].message).toContain('the blob-name prefix "wasb://airflow-logs@warbleosstate.blob.core.windows.net/"');
    expect(wasb[0].message).toContain('the prefix becomes "airflow-logs@warbleosstate.blob.core.windows.net/"');

    // And the rest: random Airflow 3 secrets, the unused result backend.
    expect(byRule(f, 'VAL023')).toHaveLength(2);
    expect(byRule(f, 'VAL033').map((x) => x.range?.startLine)).toEqual([lineOf(/resultBackendSecretName/)]);
    expect(byRule(f, 'VAL010')).toEqual([]);
  });

  it('chart 1.18.0 (Airflow 3.0.2): same hooks, no 1.19 deprecation', async () => {
    const f = (await check('1.18.0')).findings;
    expect(byRule(f, 'VAL011').map((x) => x.range?.startLine)).toEqual([15]);
    expect(byRule(f, 'VAL022')).toHaveLength(2);
    expect(byRule(f, 'VAL031')).toEqual([]);
    expect(byRule(f, 'VAL051').map((x) => x.range?.startLine)).toEqual([36]);
  });

  it('chart 1.15.0 (Airflow 2.9.3): the webserver secret key drifts instead', async () => {
    const result = await check('1.15.0');
    const f = result.findings;
    expect(result.outputs?.['airflow-version']).toBe('2.9.3');
    expect(byRule(f, 'VAL023').map((x) => x.message.split(' ')[0])).toEqual(['webserverSecretKeySecretName']);
    expect(byRule(f, 'VAL030')).toEqual([]);
    expect(byRule(f, 'VAL011').map((x) => x.range?.startLine)).toEqual([15]);
  });
});
