import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mainJobCommand } from '../../src/cli/main-job.js';
import { runCliCaptured } from './run-cli.js';

/**
 * `npm start` as a newcomer runs it on a fresh clone without network: an empty chart cache and a
 * chart repository nobody listens on (port 9, discard). Every check must still show the users' bugs.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const UNREACHABLE_REPOSITORY = 'http://127.0.0.1:9';

describe('npm start (main job) offline with an empty cache', () => {
  const saved = { cache: process.env.AIRFLOW_GITOPS_CACHE_DIR, repo: process.env.AIRFLOW_GITOPS_CHART_REPOSITORY, chart: process.env.AIRFLOW_GITOPS_CHART };
  let tmp: string;
  let config: string;
  let run: { code: number; out: string; err: string };

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'main-job-'));
    process.env.AIRFLOW_GITOPS_CACHE_DIR = path.join(tmp, 'cache');
    process.env.AIRFLOW_GITOPS_CHART_REPOSITORY = UNREACHABLE_REPOSITORY;
    delete process.env.AIRFLOW_GITOPS_CHART;
    // The repository is also set through the config, so the test holds whichever default the CLI uses.
    config = path.join(tmp, '.airflow-gitops.yml');
    fs.writeFileSync(config, `values:\n  chart-repository: ${UNREACHABLE_REPOSITORY}\n`);
    run = await runCliCaptured(['main', '--config', config, '--plan-file', path.join(tmp, 'plans.txt')], [mainJobCommand], repoRoot);
  }, 180_000);

  afterAll(() => {
    for (const [k, v] of [['AIRFLOW_GITOPS_CACHE_DIR', saved.cache], ['AIRFLOW_GITOPS_CHART_REPOSITORY', saved.repo], ['AIRFLOW_GITOPS_CHART', saved.chart]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** The text report of one check on one file set, as printed between the step headers. */
  const section = (check: string, files: string): string => {
    const start = run.out.indexOf(`\n${check} on ${files}\n`);
    expect(start).toBeGreaterThanOrEqual(0);
    const end = run.out.indexOf('\n\n', start + 1);
    return run.out.slice(start, end < 0 ? undefined : end);
  };

  it('exits 0, shows no skipped check and keeps the plan YAML out of stdout', () => {
    expect(run.err).not.toMatch(/skipped: /);
    expect(run.code).toBe(0);
    expect(run.out).not.toContain('# airflow-gitops migrate --plan');
    expect(fs.readFileSync(path.join(tmp, 'plans.txt'), 'utf8')).toContain('# airflow-gitops migrate --plan — nothing below was executed');
    // The chart could not be downloaded, so validate-values says once which rules wait for it.
    expect(run.err).toContain(`Cannot download the chart index from ${UNREACHABLE_REPOSITORY}/index.yaml`);
    expect(section('validate-values', 'examples/original/platform/airflow/values.yaml')).toMatch(/^Needs the chart: VAL010 schema-violation .*VAL070 rendered-helm-hooks/m);
  });

  it("prints the users' bugs as findings from every check", () => {
    const dag = section('lint-dags', 'examples/original/dags/detect_and_retrain.py');
    expect(dag).toMatch(/detect_and_retrain\.py:\d+:\d+: DAG101 \[error\] .*days_ago/);
    const values = section('validate-values', 'examples/original/platform/airflow/values.yaml');
    expect(values).toMatch(/values\.yaml:\d+:\d+: VAL011 \[error\] Unknown top-level key migrateDBJob; did you mean migrateDatabaseJob\?/);
    expect(values).toMatch(/VAL020 \[error\] migrateDatabaseJob\.useHelmHooks is unset, so the chart default true applies/);
    expect(values).toMatch(/VAL051 \[warning\] Airflow 3\.1\.7 uses this URL verbatim/);
    expect(section('verify-wasb-logs', 'examples/original/platform/airflow/values.yaml')).toMatch(/WASB\d+ \[\w+\] Airflow 3\.1\.7 writes every task log .* under the literal prefix "wasb:\/\/airflow-logs@/);
    const plan = section('migrate-kind --plan', 'examples/original/platform/airflow/values.yaml');
    expect(plan).toMatch(/VAL020 \[error\] migrateDatabaseJob\.useHelmHooks/);
  });

  it('ends with the verdict table: every check on both file sets, errors in the originals only', () => {
    const lines = run.out.trimEnd().split('\n');
    const header = lines.findIndex((l) => /^check\s+files\s+errors\s+warnings\s+time$/.test(l));
    expect(header).toBeGreaterThan(0);
    const rows = lines.slice(header + 2).map((l) => l.split(/\s{2,}/));
    expect(rows.map(([check, files]) => `${check} ${files}`)).toEqual([
      'lint-dags examples/original/dags/detect_and_retrain.py',
      'lint-dags dags',
      'validate-values examples/original/platform/airflow/values.yaml',
      'validate-values examples/platform/airflow/values.yaml',
      'verify-wasb-logs examples/original/platform/airflow/values.yaml',
      'verify-wasb-logs examples/platform/airflow/values.yaml',
      'migrate-kind --plan examples/original/platform/airflow/values.yaml',
      'migrate-kind --plan examples/platform/airflow/values.yaml',
    ]);
    for (const [check, files, errors, warnings, time] of rows) {
      expect(time).toMatch(/^\d+\.\d s$/);
      expect(warnings).toMatch(/^\d+$/);
      // verify-wasb-logs reports the literal wasb:// prefix as a warning; every other check errs on the originals.
      if (files.startsWith('examples/original/')) expect(Number(errors) + (check === 'verify-wasb-logs' ? Number(warnings) : 0)).toBeGreaterThan(0);
      else expect(`${check} ${files}: ${errors}`).toBe(`${check} ${files}: 0`);
    }
  });
});
