/**
 * The harness on real parts: locked venvs, a real PostgreSQL, `airflow db migrate`, real DagBag.
 * Cold run (no cached venvs) downloads three Airflow installs from PyPI; warm runs reuse them.
 */
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  AIRFLOW_TRACKS,
  CACHE_ENV,
  airflowEnv,
  describeAirflow,
  ensureVenv,
  isVenvBuilt,
  lockInfo,
  REPO_ROOT,
  runAirflow,
  runDagBag,
  sharedPostgres,
  stopSharedPostgres,
  tempAirflowHome,
  venvDir,
  type AirflowVenv,
  type Postgres,
} from './harness.js';
import { USER_DAG } from '../helpers/user-files.js';

const MINUTE = 60_000;

describeAirflow('real Airflow harness', () => {
  let tierStarted = 0;
  const timings: string[] = [];
  const venvs = new Map<string, AirflowVenv>();
  let postgres: Postgres;

  beforeAll(async () => {
    tierStarted = performance.now();
    // PostgreSQL starts while the venvs build. The venvs build one after another: building them
    // at once took as long in total on 2 cores (disk and CPU bound) and blurred each one's time.
    const pgStarted = performance.now();
    const pg = sharedPostgres().then((started) => (timings.push(`postgres start ${seconds(pgStarted)}`), started));
    pg.catch(() => undefined); // awaited below; do not let an early failure go unhandled meanwhile
    for (const track of AIRFLOW_TRACKS) {
      const venv = await ensureVenv(track);
      venvs.set(track, venv);
      timings.push(`venv ${track} ${venv.created ? 'created' : 'reused'} ${(venv.durationMs / 1000).toFixed(1)} s`);
    }
    postgres = await pg;
  }, 25 * MINUTE);

  afterAll(async () => {
    await stopSharedPostgres();
    process.stderr.write(`[airflow tier] harness: ${seconds(tierStarted)} total (${timings.join(', ')})\n`);
  }, MINUTE);

  it.each(AIRFLOW_TRACKS.map((track) => [track]))(
    'the %s venv runs the Airflow its lock file pins',
    async (track) => {
      const venv = venvs.get(track)!;

      const { home, remove } = await tempAirflowHome();
      try {
        const result = await runAirflow(venv, ['version'], airflowEnv(home, `sqlite:///${path.join(home, 'airflow.db')}`), 2 * MINUTE);
        expect(result.code).toBe(0);
        const printed = result.stdout.trim().split('\n').pop();
        expect(printed).toBe(lockInfo(track).airflowVersion);
      } finally {
        await remove();
      }
    },
    2 * MINUTE,
  );

  it('a cached venv is reused without reinstalling', async () => {
    const again = await ensureVenv('3.1');
    expect(again.created).toBe(false);
    expect(again.dir).toBe(venvs.get('3.1')?.dir);
    timings.push(`venv 3.1 cached reuse ${(again.durationMs / 1000).toFixed(3)} s`);
  });

  it('a venv directory without its completion marker is not taken as built', async () => {
    const built = venvs.get('3.1')!.dir;
    expect(isVenvBuilt(built)).toBe(true);
    // A half-made venv: the interpreter is there, the marker (written last) is not.
    const scratch = await fsp.mkdtemp(path.join(os.tmpdir(), 'venv-cache-'));
    const previous = process.env[CACHE_ENV];
    process.env[CACHE_ENV] = scratch;
    try {
      const halfMade = venvDir('3.1');
      expect(halfMade.startsWith(scratch)).toBe(true);
      await fsp.mkdir(path.join(halfMade, 'bin'), { recursive: true });
      await fsp.symlink(venvs.get('3.1')!.python, path.join(halfMade, 'bin', 'python'));
      expect(isVenvBuilt(halfMade)).toBe(false);
    } finally {
      if (previous === undefined) delete process.env[CACHE_ENV];
      else process.env[CACHE_ENV] = previous;
      await fsp.rm(scratch, { recursive: true, force: true });
    }
  });

  it('`airflow db migrate` on 3.1 builds the schema in the real PostgreSQL', async () => {
    const venv = await ensureVenv('3.1');
    const { home, remove } = await tempAirflowHome();
    try {
      const url = await postgres.createDatabase('harness_migrate_31');
      const started = performance.now();
      const result = await runAirflow(venv, ['db', 'migrate'], airflowEnv(home, url), 5 * MINUTE);
      timings.push(`db migrate 3.1 ${seconds(started)}`);
      if (result.code !== 0) throw new Error(`airflow db migrate exited ${result.code}:\n${result.stderr.slice(-4000)}`);

      const revisions = (await postgres.psql('SELECT version_num FROM alembic_version', 'harness_migrate_31')).split('\n').filter(Boolean);
      expect(revisions).toHaveLength(1);
      expect(revisions[0]).toMatch(/^[0-9a-f]{12}$/);
    } finally {
      await remove();
    }
  }, 10 * MINUTE);

  it("DagBag under 3.1 rejects the user's DAG for importing days_ago", async () => {
    const venv = await ensureVenv('3.1');
    const report = await runDagBag(venv, [USER_DAG]);
    expect(report.airflow_version).toBe(lockInfo('3.1').airflowVersion);
    const [file] = report.files;
    expect(file.path).toBe(USER_DAG);
    expect(file.dags).toEqual([]);
    expect(file.import_errors).toHaveLength(1);
    expect(file.import_errors[0]).toMatch(/cannot import name 'days_ago'/);
  }, 5 * MINUTE);

  it("DagBag under 2.9 loads the same DAG with its tasks and edges", async () => {
    const venv = await ensureVenv('2.9');
    const report = await runDagBag(venv, [USER_DAG]);
    const [file] = report.files;
    expect(file.import_errors).toEqual([]);
    expect(file.dags.map((dag) => dag.dag_id)).toEqual(['detect_and_retrain']);
    const [dag] = file.dags;
    expect(dag.task_ids).toEqual(['compute_drift', 'gate', 'skip', 'submit_rayjob']);
    expect(dag.edges).toEqual([
      ['compute_drift', 'gate'],
      ['gate', 'skip'],
      ['gate', 'submit_rayjob'],
    ]);
    expect(dag.schedule).toBe('0 6 * * *');
  }, 5 * MINUTE);
}, { postgres: true });

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
