import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { migrateCommand } from '../../src/cli/migrate.js';
import type { CheckResult } from '../../src/core/check.js';
import { DEFAULT_AIRFLOW_VERSION, PLAIN_WASB_BASE_FOLDER, wasbBaseFolderFix } from '../../src/core/versions.js';
import { directoryChartCache } from '../../src/values/chart.js';
import { validateValues } from '../../src/values/engine.js';
import { verifyWasbLogs } from '../../src/wasb/engine.js';
import { USER_VALUES } from '../helpers/user-files.js';
import { runCliCaptured } from './run-cli.js';

/**
 * The four tools read one table of version facts and fix texts (src/core/versions.ts): on the same
 * values file they reason about the same Airflow version and suggest the same wasb prefix. The chart
 * is never downloaded (an unreachable repository, an empty cache): the built-in chart facts answer.
 */
const UNREACHABLE_REPOSITORY = 'http://127.0.0.1:9';
let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-versions-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const offlineValidate = (file: string) =>
  validateValues({ files: [file], chart: '1.19.0', chartRepository: UNREACHABLE_REPOSITORY, chartCache: directoryChartCache(path.join(tmp, 'cache')), schemaCacheDir: null, render: 'off' });
const detail = (r: CheckResult, key: string) => r.run.details?.find(([k]) => k === key)?.[1];

describe('one Airflow version and one wasb fix for every check', () => {
  it("the users' values: validate-values, verify-wasb-logs and migrate --plan all say Airflow 3.1.7 and print the same prefix fix", async () => {
    expect(DEFAULT_AIRFLOW_VERSION).toBe('3.1.7');
    const values = await offlineValidate(USER_VALUES);
    const wasb = await verifyWasbLogs({ emulator: true, valuesFiles: [USER_VALUES], timeoutMs: 30_000 });
    const config = path.join(tmp, 'config.yml');
    fs.writeFileSync(config, `values:\n  chart-repository: ${UNREACHABLE_REPOSITORY}\n`);
    process.env.AIRFLOW_GITOPS_CACHE_DIR = path.join(tmp, 'empty-cache');
    const plan = await runCliCaptured(['migrate', '--plan', '--values', USER_VALUES, '--config', config, '--format', 'json'], [migrateCommand]).finally(() => delete process.env.AIRFLOW_GITOPS_CACHE_DIR);

    expect(values.outputs?.['airflow-version']).toBe('3.1.7');
    expect(detail(wasb, 'Airflow')).toBe('3.1.7');
    expect(plan.out).toContain('apache/airflow:3.1.7');

    const val051 = values.findings.find((f) => f.ruleId === 'VAL051');
    const wasb001 = wasb.findings.find((f) => f.ruleId === 'WASB001');
    expect(val051?.message).toMatch(/^Airflow 3\.1\.7 uses this URL verbatim/);
    expect(wasb001?.message).toMatch(/^Airflow 3\.1\.7 writes every task log/);
    // The same sentence, word for word: the URL names the default container, which both keep.
    expect(val051?.fix?.startsWith(wasbBaseFolderFix('airflow-logs'))).toBe(true);
    expect(wasb001?.fix).toBe(wasbBaseFolderFix('airflow-logs'));
    expect(wasbBaseFolderFix()).toContain(`remote_base_log_folder: "${PLAIN_WASB_BASE_FOLDER}"`);
  }, 90_000);

  it('a version pinned by defaultAirflowTag is the version validate-values and verify-wasb-logs both use', async () => {
    const file = path.join(tmp, 'pinned.yaml');
    fs.writeFileSync(file, fs.readFileSync(USER_VALUES, 'utf8') + '\ndefaultAirflowTag: "3.1.8"\n');
    const values = await offlineValidate(file);
    const wasb = await verifyWasbLogs({ emulator: true, valuesFiles: [file], timeoutMs: 30_000 });
    expect(values.outputs?.['airflow-version']).toBe('3.1.8');
    expect(detail(wasb, 'Airflow')).toBe('3.1.8');
    // 3.1.8 strips "wasb://": neither check reports the literal prefix any more.
    expect(values.findings.find((f) => f.ruleId === 'VAL051')?.message).toMatch(/^Airflow 3\.1\.8 strips "wasb:\/\/"/);
    expect(wasb.findings.filter((f) => f.ruleId === 'WASB001')).toEqual([]);
  }, 90_000);
});

describe('migrate --plan reports the values checks that decide the migration', () => {
  it("on the users' values: the migration Job left a hook by the misspelt migrateDBJob, and the hook Secrets, exit 1", async () => {
    const config = path.join(tmp, 'plan-config.yml');
    fs.writeFileSync(config, `values:\n  chart-repository: ${UNREACHABLE_REPOSITORY}\n`);
    process.env.AIRFLOW_GITOPS_CACHE_DIR = path.join(tmp, 'empty-cache');
    try {
      const r = await runCliCaptured(['migrate', '--plan', '--values', USER_VALUES, '--config', config], [migrateCommand]);
      expect(r.code).toBe(1);
      // The plan is still printed, then the findings.
      expect(r.out.indexOf('# airflow-gitops migrate --plan')).toBe(0);
      // The misspelt key shows as what it breaks: the migration Job left a hook, at the misspelt key's line.
      expect(r.out).toMatch(/values\.yaml:15:1: VAL020 \[error\] migrateDatabaseJob\.useHelmHooks is unset, so the chart default true applies/);
      expect(r.out).toMatch(/VAL022 \[error\] fernetKeySecretName is not set/);
      expect(r.out).toMatch(/^values checks: VAL020, .* against chart airflow 1\.19\.0 \(built-in facts; the chart could not be downloaded\)$/m);
      // Only the migration-deciding rules run here; the logging warning belongs to validate-values.
      expect(r.out).not.toContain('VAL051');

      const corrected = await runCliCaptured(['migrate', '--plan', '--values', 'examples/platform/airflow/values.yaml', '--config', config], [migrateCommand]);
      expect(corrected.code).toBe(0);
      expect(corrected.out).toMatch(/^migrate-kind: 0 errors, 0 warnings, 0 notes in 1 file/m);
    } finally {
      delete process.env.AIRFLOW_GITOPS_CACHE_DIR;
    }
  }, 90_000);
});

describe('validate-values without the chart', () => {
  it('falls back to the built-in facts only for a chart version they know, and says which rules need the chart', async () => {
    const r = await offlineValidate(USER_VALUES);
    expect(detail(r, 'Chart')).toBe('airflow 1.19.0 (built-in facts; the chart could not be downloaded)');
    expect(detail(r, 'Needs the chart')).toMatch(/^VAL010 schema-violation \(values\.schema\.json\), .*VAL032 api-server-default-user \(values\.schema\.json\): run once with network access/);
    const unknown = validateValues({ files: [USER_VALUES], chart: '1.20.0', chartRepository: UNREACHABLE_REPOSITORY, chartCache: directoryChartCache(path.join(tmp, 'cache')), schemaCacheDir: null });
    await expect(unknown).rejects.toThrow(/Cannot download the chart index from http:\/\/127\.0\.0\.1:9\/index\.yaml/);
  });
});

describe('the documented defaults', () => {
  it('name the Airflow version and chart every tool assumes', async () => {
    const { verifyWasbCommand } = await import('../../src/cli/verify-wasb.js');
    const { DEFAULT_CHART_VERSION } = await import('../../src/core/versions.js');
    const action = fs.readFileSync(path.join(process.cwd(), 'actions/verify-wasb-logs/action.yml'), 'utf8');
    for (const text of [verifyWasbCommand.options['airflow-version'].description, action]) {
      expect(text).toContain(`the Airflow version of chart ${DEFAULT_CHART_VERSION}, ${DEFAULT_AIRFLOW_VERSION}`);
    }
  });
});
