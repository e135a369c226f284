import {
  findHelmHooks,
  isLockTimeout,
  isNotFound,
  parseAddConnectionOutput,
  parseAlembicRevision,
  parseCheckMigrations,
  parseCreateUserOutput,
  parseImmutableJobError,
  parseJobState,
  parseMigrationOutput,
  podProblems,
  describePodWait,
} from '../../src/kube/parsers.js';

// Shapes of real output: Airflow 3.1 `airflow db migrate` on an upgrade (log format
// "[ts] {file.py:line} LEVEL - msg"), alembic's own format, psql -tA, kubectl/helm errors.
const UPGRADE_LOG = `DB: postgresql+psycopg2://airflow:***@postgresql.warble-system:5432/airflow
Performing upgrade to the metadata database postgresql+psycopg2://airflow:***@postgresql.warble-system:5432/airflow
[2026-01-01T00:00:03.000+0000] {db.py:1140} INFO - Migrating the Airflow database
[2026-01-01T00:00:03.000+0000] {migration.py:207} INFO - Context impl PostgresqlImpl.
[2026-01-01T00:00:03.000+0000] {migration.py:210} INFO - Will assume transactional DDL.
[2026-01-01T00:00:03.000+0000] {migration.py:618} INFO - Running upgrade 686269002441 -> 22ed7efa9da2, Add dag_priority_parsing_request table.
[2026-01-01T00:00:04.000+0000] {migration.py:618} INFO - Running upgrade 22ed7efa9da2 -> 5f2621c13b39, Rename dataset as asset.
Database migrating done!
`;
const ALEMBIC_STYLE = 'INFO  [alembic.runtime.migration] Running upgrade  -> e3a246e0dc1, current schema\nINFO  [alembic.runtime.migration] Running upgrade e3a246e0dc1 -> 1507a7289a2f, create is_encrypted\n';
const NOTHING = `DB: postgresql+psycopg2://airflow:***@postgresql.warble-system:5432/airflow
[2026-01-01T00:00:23.000+0000] {db.py:1140} INFO - Migrating the Airflow database
[2026-01-01T00:00:23.000+0000] {migration.py:207} INFO - Context impl PostgresqlImpl.
Database migrating done!
`;
const LOCK = `Traceback (most recent call last):
psycopg2.errors.LockNotAvailable: canceling statement due to lock timeout

The above exception was the direct cause of the following exception:
sqlalchemy.exc.OperationalError: (psycopg2.errors.LockNotAvailable) canceling statement due to lock timeout
[SQL: SELECT pg_advisory_lock(%(id)s)]`;

describe('parseMigrationOutput', () => {
  it('reads the upgrade steps and the outcome', () => {
    const m = parseMigrationOutput(UPGRADE_LOG);
    expect(m.upgrades).toEqual([
      { from: '686269002441', to: '22ed7efa9da2', message: 'Add dag_priority_parsing_request table.' },
      { from: '22ed7efa9da2', to: '5f2621c13b39', message: 'Rename dataset as asset.' },
    ]);
    expect(m).toMatchObject({ done: true, nothingToDo: false, lockTimeout: false });
  });

  it('reads alembic-format steps, including the base revision', () => {
    expect(parseMigrationOutput(ALEMBIC_STYLE).upgrades).toEqual([
      { from: null, to: 'e3a246e0dc1', message: 'current schema' },
      { from: 'e3a246e0dc1', to: '1507a7289a2f', message: 'create is_encrypted' },
    ]);
  });

  it('a second run with nothing to apply is "nothing to do"', () => {
    expect(parseMigrationOutput(NOTHING)).toMatchObject({ upgrades: [], done: true, nothingToDo: true });
    expect(parseMigrationOutput('No migrations to apply; nothing to do.\n').nothingToDo).toBe(true);
  });

  it("recognises Airflow's advisory-lock timeout and the error line", () => {
    const m = parseMigrationOutput(LOCK);
    expect(m.lockTimeout).toBe(true);
    expect(m.done).toBe(false);
    expect(m.error).toBe('sqlalchemy.exc.OperationalError: (psycopg2.errors.LockNotAvailable) canceling statement due to lock timeout');
    expect(isLockTimeout('ERROR:  canceling statement due to lock timeout')).toBe(true);
    expect(isLockTimeout(UPGRADE_LOG)).toBe(false);
  });
});

describe('parseAlembicRevision', () => {
  it('reads the probe marker, psql -tA output and migration logs', () => {
    expect(parseAlembicRevision('alembic_version=cc92b33c6709\n')).toBe('cc92b33c6709');
    expect(parseAlembicRevision('alembic_version=none\n')).toBeNull();
    expect(parseAlembicRevision('cc92b33c6709\n')).toBe('cc92b33c6709');
    expect(parseAlembicRevision('ERROR:  relation "alembic_version" does not exist\nLINE 1: SELECT version_num FROM alembic_version\n')).toBeNull();
    expect(parseAlembicRevision(UPGRADE_LOG)).toBe('5f2621c13b39');
    expect(parseAlembicRevision('Database migrating done!\n')).toBeUndefined();
  });
});

describe('users create / connections add / check-migrations', () => {
  it('classifies `airflow users create` output (FAB provider)', () => {
    expect(parseCreateUserOutput('User "admin" created with role "Admin"\n')).toBe('created');
    expect(parseCreateUserOutput('admin already exist in the db\n')).toBe('exists');
    expect(parseCreateUserOutput("Admn is not a valid role. Valid roles are: [<Role Admin>, <Role Public>]\n")).toBe('invalid-role');
    expect(parseCreateUserOutput('Traceback (most recent call last):\nSystemExit: Failed to create user\n')).toBe('failed');
  });

  it('classifies `airflow connections add` output', () => {
    expect(parseAddConnectionOutput('Successfully added `conn_id`=azure_blob_storage : wasb://***@\n')).toBe('added');
    expect(parseAddConnectionOutput('A connection with `conn_id`=azure_blob_storage already exists.\n')).toBe('exists');
    expect(parseAddConnectionOutput('error: invalid URI\n')).toBe('failed');
  });

  it('reads `airflow db check-migrations`', () => {
    expect(parseCheckMigrations('', 0)).toBe('ok');
    expect(parseCheckMigrations("TimeoutError: There are still unapplied migrations after 60 seconds. Migration Head(s) in DB: {'686269002441'} | Migration Head(s) in Source Code: {'cc92b33c6709'}", 1)).toBe('pending');
    expect(parseCheckMigrations('sqlalchemy.exc.OperationalError: could not connect', 1)).toBe('failed');
  });
});

describe('kubectl and helm output', () => {
  it('finds the Job name in an immutable-template error (helm and kubectl wording)', () => {
    const helm = 'Error: UPGRADE FAILED: cannot patch "airflow-run-airflow-migrations" with kind Job: Job.batch "airflow-run-airflow-migrations" is invalid: spec.template: Invalid value: core.PodTemplateSpec{ObjectMeta:v1.ObjectMeta{}}: field is immutable';
    expect(parseImmutableJobError(helm)).toBe('airflow-run-airflow-migrations');
    expect(parseImmutableJobError('The Job "x-migrate" is invalid: spec.template: Invalid value: core.PodTemplateSpec{}: field is immutable')).toBe('x-migrate');
    expect(parseImmutableJobError('Error: UPGRADE FAILED: timed out waiting for the condition')).toBeUndefined();
  });

  it('finds helm.sh/hook annotations in rendered manifests, and only those', () => {
    const rendered = `---
# Source: airflow/templates/jobs/migrate-database-job.yaml
apiVersion: batch/v1
kind: Job
metadata:
  name: airflow-run-airflow-migrations
  labels:
    tier: airflow
  annotations:
    "helm.sh/hook": post-install,post-upgrade
    "helm.sh/hook-weight": "1"
---
# Source: airflow/templates/configmaps/configmap.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: airflow-config
  annotations:
    checksum/airflow-config: abc
`;
    expect(findHelmHooks(rendered)).toEqual([{ kind: 'Job', name: 'airflow-run-airflow-migrations', hook: 'post-install,post-upgrade' }]);
    expect(findHelmHooks(rendered.replace(/\s+"helm\.sh\/hook.*$/gm, ''))).toEqual([]);
  });

  it('reads Job status conditions', () => {
    const done = parseJobState(JSON.stringify({ spec: { template: { spec: { containers: [{ image: 'apache/airflow:3.1.7' }] } } }, status: { startTime: '2026-01-01T00:00:01Z', completionTime: '2026-01-01T00:00:04Z', succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] } }));
    expect(done).toMatchObject({ complete: true, succeeded: 1, image: 'apache/airflow:3.1.7', failedCondition: undefined });
    const failed = parseJobState(JSON.stringify({ status: { failed: 1, conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }] } }));
    expect(failed).toMatchObject({ complete: false, failedCondition: 'BackoffLimitExceeded: Job has reached the specified backoff limit' });
    expect(parseJobState(JSON.stringify({ status: { active: 1 } }))).toMatchObject({ active: 1, complete: false });
  });

  it('lists unhealthy containers: image pulls, failed Job pods, waiting init containers, not Ready', () => {
    const list = {
      items: [
        { metadata: { name: 'job-a' }, status: { phase: 'Pending', containerStatuses: [{ name: 'run', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "apache/airflow:9.9.9"' } } }] } },
        { metadata: { name: 'job-b' }, status: { phase: 'Failed', containerStatuses: [{ name: 'run', ready: false, state: { terminated: { reason: 'Error', exitCode: 1 } } }] } },
        { metadata: { name: 'init-blocked' }, status: { phase: 'Pending', initContainerStatuses: [{ name: 'wait-for-airflow-migrations', ready: false, state: { running: {} } }], containerStatuses: [{ name: 'scheduler', ready: false, state: { waiting: { reason: 'PodInitializing' } } }] } },
        { metadata: { name: 'ok' }, status: { phase: 'Succeeded', containerStatuses: [{ name: 'run', ready: false, state: { terminated: { reason: 'Completed', exitCode: 0 } } }] } },
        { metadata: { name: 'sched' }, status: { phase: 'Running', initContainerStatuses: [{ name: 'wait-for-airflow-migrations', ready: true, state: { terminated: { exitCode: 0 } } }], containerStatuses: [{ name: 'scheduler', ready: false, restartCount: 3, state: { running: {} } }] } },
      ],
    };
    expect(podProblems(JSON.stringify(list)).map((p) => [p.pod, p.container, p.reason, p.restarts])).toEqual([
      ['job-a', 'run', 'ImagePullBackOff', 0],
      ['job-b', 'run', 'Error', 0],
      ['sched', 'scheduler', 'NotReady', 3],
    ]);
    expect(podProblems('not json')).toEqual([]);
  });

  it('recognises NotFound', () => {
    expect(isNotFound('Error from server (NotFound): secrets "airflow-postgres-secret" not found')).toBe(true);
    expect(isNotFound('error: You must be logged in to the server (Unauthorized)')).toBe(false);
  });
});

describe('alembicHeadFor', () => {
  it('uses the table, fills gaps only between entries with the same head, and never guesses past the newest', async () => {
    const { alembicHeadFor } = await import('../../src/kube/versions.js');
    expect(alembicHeadFor('3.1.8')).toBe('509b94a1042d');
    expect(alembicHeadFor('3.1.5')).toBe('cc92b33c6709'); // between 3.1.0 and 3.1.7, both cc92b33c6709
    expect(alembicHeadFor('3.1.9')).toBeUndefined(); // between 3.1.8 and 3.2.0, heads differ
    expect(alembicHeadFor('3.3.5')).toBeUndefined(); // past the newest entry
  });
});

describe('judgeMigration', () => {
  // Excerpt of the real loser of two concurrent `airflow db migrate` on Airflow 3.1.8 (test/airflow/migration-real.test.ts).
  const raceLoser = [
    'sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "pg_type_typname_nsp_index"',
    'DETAIL:  Key (relname, relnamespace)=(ab_permission_id_seq, 2200) already exists.',
  ].join('\n');
  const run = { dryRun: false, fail: (rule: { id: string }, message: string) => Object.assign(new Error(message), { ruleId: rule.id }) };

  it('reports a migration that lost a race against another one as a concurrency problem (MIG003), not a plain failure', async () => {
    const { judgeMigration } = await import('../../src/kube/phases/migrate.js');
    const outcome = { succeeded: false, logs: raceLoser, seconds: 1 };
    expect(() => judgeMigration(run as never, 'airflow-run-airflow-migrations', outcome as never)).toThrow(
      expect.objectContaining({ ruleId: 'MIG003', message: expect.stringContaining('ran into another migration') }),
    );
  });
});

describe('describePodWait', () => {
  // The shape kubectl get pods -o json gives for a pod the scheduler cannot place (as read back in the real-cluster budget test).
  const pod = (name: string, status: Record<string, unknown>) => ({ metadata: { name }, status });
  const list = (...items: unknown[]) => JSON.stringify({ apiVersion: 'v1', kind: 'List', items });
  const unschedulable = pod('airflow-run-airflow-migrations-x7k2p', {
    phase: 'Pending',
    conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.' }],
  });

  it('names an unscheduled pod and the scheduler\'s reason first', () => {
    expect(describePodWait(list(unschedulable))).toBe(
      'pod airflow-run-airflow-migrations-x7k2p is Pending, unscheduled (Unschedulable: 0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.)',
    );
  });

  it('else names the first waiting container and its reason', () => {
    const crashing = pod('m-1', { phase: 'Running', containerStatuses: [{ name: 'run-airflow-migrations', ready: false, restartCount: 1, state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 10s restarting failed container' } } }] });
    expect(describePodWait(list(crashing))).toBe('pod m-1 container run-airflow-migrations is CrashLoopBackOff (back-off 10s restarting failed container), 1 restart(s)');
  });

  it('says nothing when the pods are running fine or the list is unreadable', () => {
    expect(describePodWait(list(pod('ok', { phase: 'Running', containerStatuses: [{ name: 'c', ready: true, state: { running: {} } }] })))).toBeUndefined();
    expect(describePodWait('not json')).toBeUndefined();
    expect(describePodWait(list())).toBeUndefined();
  });
});
