import {
  IMPORT_CHANGES,
  REMOVED_CONTEXT_KEYS,
  REMOVED_DAG_ARGUMENTS,
  REMOVED_OPERATOR_ARGUMENTS,
  REMOVED_TRIGGER_RULES,
  findImportChange,
  type ArgumentChange,
  type ImportChange,
} from '../../../src/dags/data/airflow3.js';
import { PROVIDER_REMOVALS, compareVersions, findProviderRemoval } from '../../../src/dags/data/providers.js';
import { DEFAULT_PROVIDER_VERSIONS } from '../../../src/core/versions.js';

const DOTTED_NAME = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/;
const STANDARD = 'apache-airflow-providers-standard';

function entry(path: string): ImportChange {
  const found = IMPORT_CHANGES.find((change) => change.path === path);
  if (!found) throw new Error(`IMPORT_CHANGES has no entry for ${path}`);
  return found;
}

function isUnder(name: string, prefix: string): boolean {
  return name === prefix || name.startsWith(prefix + '.');
}

describe('IMPORT_CHANGES invariants', () => {
  it('covers at least ruff AIR301/AIR302/AIR311/AIR312 in size', () => {
    const count = (kind: ImportChange['kind']) => IMPORT_CHANGES.filter((change) => change.kind === kind).length;
    expect(count('removed')).toBeGreaterThanOrEqual(60);
    expect(count('moved-to-provider')).toBeGreaterThanOrEqual(180);
    expect(count('deprecated')).toBeGreaterThanOrEqual(60);
  });

  it('has no duplicate paths', () => {
    const seen = new Set<string>();
    const duplicates = IMPORT_CHANGES.map((change) => change.path).filter((path) => (seen.has(path) ? true : (seen.add(path), false)));
    expect(duplicates).toEqual([]);
  });

  it('uses dotted airflow paths only', () => {
    const bad = IMPORT_CHANGES.filter((change) => !DOTTED_NAME.test(change.path) || !change.path.startsWith('airflow.'));
    expect(bad.map((change) => change.path)).toEqual([]);
  });

  it('gives every removed entry a replacement or a note', () => {
    const bare = IMPORT_CHANGES.filter((change) => change.kind === 'removed' && !change.replacement && !change.note);
    expect(bare.map((change) => change.path)).toEqual([]);
  });

  it('names a pip package for every provider move, and points into a provider (or the kubernetes client)', () => {
    for (const change of IMPORT_CHANGES.filter((c) => c.kind === 'moved-to-provider')) {
      expect(change.provider).toMatch(/^apache-airflow-providers-[a-z0-9]+(-[a-z0-9]+)*$/);
      if (change.replacement && DOTTED_NAME.test(change.replacement)) {
        expect(change.replacement).toMatch(/^(airflow\.providers\.|kubernetes\.client\.)/);
      }
    }
  });

  it('keeps kind consistent with the verified import result', () => {
    // Verification rewrote contradicting kinds: a removed name never imports, a deprecated one always does.
    expect(IMPORT_CHANGES.filter((c) => c.kind === 'removed' && !c.importFailsOn31).map((c) => c.path)).toEqual([]);
    expect(IMPORT_CHANGES.filter((c) => (c.kind === 'deprecated' || c.kind === 'suggested') && c.importFailsOn31).map((c) => c.path)).toEqual([]);
  });

  it('never claims a name imports from a module that does not', () => {
    const missingModules = IMPORT_CHANGES.filter((c) => c.matchPrefix && c.importFailsOn31);
    const contradictions = IMPORT_CHANGES.filter(
      (c) => !c.importFailsOn31 && missingModules.some((module) => module !== c && isUnder(c.path, module.path)),
    );
    expect(contradictions.map((c) => c.path)).toEqual([]);
  });

  it('writes prose replacements as prose and names as dotted names', () => {
    for (const change of IMPORT_CHANGES) {
      if (!change.replacement) continue;
      const prose = change.replacement.includes(' ');
      if (!prose) expect(change.replacement).toMatch(DOTTED_NAME);
    }
  });
});

describe('findImportChange', () => {
  it('prefers an exact entry over a module-wide one', () => {
    expect(entry('airflow.operators.dummy').matchPrefix).toBe(true);
    expect(findImportChange('airflow.operators.dummy.DummyOperator')).toBe(entry('airflow.operators.dummy.DummyOperator'));
    expect(findImportChange('airflow.operators.dummy')).toBe(entry('airflow.operators.dummy'));
  });

  it('picks the longest module-wide prefix', () => {
    expect(entry('airflow.kubernetes').matchPrefix).toBe(true);
    expect(entry('airflow.kubernetes.pod_generator').matchPrefix).toBe(true);
    expect(findImportChange('airflow.kubernetes.pod_generator.SomethingElse')?.path).toBe('airflow.kubernetes.pod_generator');
    expect(findImportChange('airflow.kubernetes.not_listed.Thing')?.path).toBe('airflow.kubernetes');
    expect(findImportChange('airflow.contrib.hooks.gcs_hook.GoogleCloudStorageHook')?.path).toBe('airflow.contrib');
  });

  it('matches whole dotted segments only', () => {
    expect(findImportChange('airflow.contribution')).toBeUndefined();
    expect(findImportChange('airflow.operators.dummy_thing')).toBeUndefined();
  });

  it('returns undefined for current names and for exact-only entries used as prefixes', () => {
    expect(findImportChange('airflow.sdk.DAG')).toBeUndefined();
    expect(findImportChange('airflow.providers.standard.operators.python.PythonOperator')).toBeUndefined();
    expect(findImportChange('airflow.utils.dates.datetime_to_nano')).toBeUndefined();
    // days_ago is an exact entry: a made-up member below it is not covered.
    expect(findImportChange('airflow.utils.dates.days_ago.something')).toBeUndefined();
  });

  it('returns the table entry itself for every exact path', () => {
    for (const change of IMPORT_CHANGES) expect(findImportChange(change.path)).toBe(change);
  });
});

describe('must-have entries (flags verified on Airflow 3.1.8)', () => {
  it('days_ago is removed with a timezone-aware pendulum replacement', () => {
    const change = entry('airflow.utils.dates.days_ago');
    expect(change).toMatchObject({ kind: 'removed', importFailsOn31: true });
    expect(change.replacement).toMatch(/pendulum\.datetime\(.*tz=/);
  });

  it.each(['airflow.operators.dummy.DummyOperator', 'airflow.operators.dummy_operator.DummyOperator'])(
    '%s moved to EmptyOperator in the standard provider and no longer imports',
    (path) => {
      expect(findImportChange(path)).toMatchObject({
        kind: 'moved-to-provider',
        replacement: 'airflow.providers.standard.operators.empty.EmptyOperator',
        provider: STANDARD,
        importFailsOn31: true,
      });
    },
  );

  it('whole removed modules match everything below them', () => {
    expect(findImportChange('airflow.contrib.operators.bigquery_operator.BigQueryOperator')).toMatchObject({ kind: 'removed', importFailsOn31: true });
    expect(findImportChange('airflow.operators.subdag')).toMatchObject({ kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true });
    expect(findImportChange('airflow.operators.subdag.SubDagOperator')).toMatchObject({ kind: 'removed', importFailsOn31: true });
    expect(findImportChange('airflow.operators.subdag_operator.SubDagOperator')).toMatchObject({ kind: 'removed', importFailsOn31: true });
  });

  it('metadata-DB helpers carry a Task SDK note', () => {
    expect(entry('airflow.utils.db.create_session')).toMatchObject({ kind: 'removed', importFailsOn31: true });
    for (const path of ['airflow.utils.db.create_session', 'airflow.utils.db.provide_session', 'airflow.utils.session.create_session', 'airflow.utils.session.provide_session']) {
      expect(entry(path).note).toMatch(/metadata-database/);
    }
    // Re-exported from airflow.utils.session, so the import itself still works on 3.1.
    expect(entry('airflow.utils.db.provide_session').importFailsOn31).toBe(false);
  });

  it('apply_defaults is removed with a note to delete it', () => {
    expect(entry('airflow.utils.decorators.apply_defaults')).toMatchObject({ kind: 'removed', importFailsOn31: true });
    expect(entry('airflow.utils.decorators.apply_defaults').note).toMatch(/delete the decorator/);
  });

  it('airflow.decorators is deprecated in favour of airflow.sdk but still imports', () => {
    for (const name of ['dag', 'task', 'task_group', 'setup', 'teardown']) {
      expect(findImportChange(`airflow.decorators.${name}`)).toMatchObject({ kind: 'deprecated', replacement: `airflow.sdk.${name}`, importFailsOn31: false });
    }
    expect(findImportChange('airflow.decorators.something_new')).toMatchObject({ path: 'airflow.decorators', kind: 'deprecated', replacement: 'airflow.sdk' });
  });

  // airflow.DAG and airflow.models.DAG import silently on 3.1.8 (no DeprecationWarning): only a suggestion.
  // Importing airflow.models.dag does warn.
  it.each([
    ['airflow.DAG', 'suggested'],
    ['airflow.models.DAG', 'suggested'],
    ['airflow.models.dag.DAG', 'deprecated'],
  ])('%s → airflow.sdk.DAG (%s, imports)', (path, kind) => {
    expect(entry(path)).toMatchObject({ kind, replacement: 'airflow.sdk.DAG', importFailsOn31: false });
  });

  it('datasets became assets', () => {
    expect(entry('airflow.datasets.Dataset')).toMatchObject({ kind: 'deprecated', replacement: 'airflow.sdk.Asset', importFailsOn31: false });
    expect(entry('airflow.datasets.DatasetAlias')).toMatchObject({ kind: 'deprecated', replacement: 'airflow.sdk.AssetAlias', importFailsOn31: false });
    expect(entry('airflow.Dataset')).toMatchObject({ replacement: 'airflow.sdk.Asset' });
  });

  it.each([
    ['airflow.operators.python.PythonOperator', 'airflow.providers.standard.operators.python.PythonOperator'],
    ['airflow.operators.python.BranchPythonOperator', 'airflow.providers.standard.operators.python.BranchPythonOperator'],
    ['airflow.operators.python.ShortCircuitOperator', 'airflow.providers.standard.operators.python.ShortCircuitOperator'],
    ['airflow.operators.bash.BashOperator', 'airflow.providers.standard.operators.bash.BashOperator'],
    ['airflow.operators.empty.EmptyOperator', 'airflow.providers.standard.operators.empty.EmptyOperator'],
    ['airflow.operators.trigger_dagrun.TriggerDagRunOperator', 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunOperator'],
    ['airflow.sensors.external_task.ExternalTaskSensor', 'airflow.providers.standard.sensors.external_task.ExternalTaskSensor'],
    ['airflow.sensors.time_delta.TimeDeltaSensor', 'airflow.providers.standard.sensors.time_delta.TimeDeltaSensor'],
    ['airflow.sensors.filesystem.FileSensor', 'airflow.providers.standard.sensors.filesystem.FileSensor'],
    ['airflow.sensors.bash.BashSensor', 'airflow.providers.standard.sensors.bash.BashSensor'],
    ['airflow.hooks.subprocess.SubprocessHook', 'airflow.providers.standard.hooks.subprocess.SubprocessHook'],
  ])('core %s is deprecated in favour of %s (3.1 shim imports)', (path, replacement) => {
    expect(entry(path)).toMatchObject({ kind: 'deprecated', replacement, provider: STANDARD, importFailsOn31: false });
  });

  it.each([
    ['airflow.operators.python_operator.PythonOperator', 'airflow.providers.standard.operators.python.PythonOperator'],
    ['airflow.operators.bash_operator.BashOperator', 'airflow.providers.standard.operators.bash.BashOperator'],
    ['airflow.sensors.external_task_sensor.ExternalTaskSensor', 'airflow.providers.standard.sensors.external_task.ExternalTaskSensor'],
  ])('Airflow 1.10-style %s no longer imports', (path, replacement) => {
    expect(entry(path)).toMatchObject({ kind: 'moved-to-provider', replacement, provider: STANDARD, importFailsOn31: true });
  });

  it('task SDK base classes and models', () => {
    expect(entry('airflow.models.baseoperator.BaseOperator')).toMatchObject({ kind: 'deprecated', replacement: 'airflow.sdk.BaseOperator', importFailsOn31: false });
    expect(entry('airflow.models.Variable')).toMatchObject({ kind: 'suggested', replacement: 'airflow.sdk.Variable', importFailsOn31: false });
    expect(entry('airflow.models.Connection')).toMatchObject({ kind: 'suggested', replacement: 'airflow.sdk.Connection', importFailsOn31: false });
    expect(entry('airflow.models.Param')).toMatchObject({ kind: 'suggested', replacement: 'airflow.sdk.Param', importFailsOn31: false });
    expect(entry('airflow.hooks.base.BaseHook')).toMatchObject({ kind: 'deprecated', replacement: 'airflow.sdk.BaseHook', importFailsOn31: false });
    expect(entry('airflow.hooks.base_hook.BaseHook')).toMatchObject({ kind: 'removed', replacement: 'airflow.sdk.BaseHook', importFailsOn31: true });
  });

  it.each([
    ['airflow.operators.http_operator.SimpleHttpOperator', 'apache-airflow-providers-http', 'airflow.providers.http.operators.http.HttpOperator'],
    ['airflow.hooks.postgres_hook.PostgresHook', 'apache-airflow-providers-postgres', 'airflow.providers.postgres.hooks.postgres.PostgresHook'],
    ['airflow.operators.email_operator.EmailOperator', 'apache-airflow-providers-smtp', 'airflow.providers.smtp.operators.smtp.EmailOperator'],
    ['airflow.operators.postgres_operator.PostgresOperator', 'apache-airflow-providers-common-sql', 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator'],
    ['airflow.hooks.S3_hook.S3Hook', 'apache-airflow-providers-amazon', 'airflow.providers.amazon.aws.hooks.s3.S3Hook'],
  ])('provider move %s → %s', (path, provider, replacement) => {
    expect(entry(path)).toMatchObject({ kind: 'moved-to-provider', provider, replacement, importFailsOn31: true });
  });

  it('old provider modules are covered as whole modules too', () => {
    expect(findImportChange('airflow.operators.http_operator')).toMatchObject({ matchPrefix: true, provider: 'apache-airflow-providers-http', importFailsOn31: true });
    expect(findImportChange('airflow.hooks.postgres_hook')).toMatchObject({ matchPrefix: true, provider: 'apache-airflow-providers-postgres' });
  });

  it('records which deprecated names still import with a warning on 3.1', () => {
    expect(entry('airflow.operators.python.get_current_context')).toMatchObject({ kind: 'deprecated', replacement: 'airflow.sdk.get_current_context', importFailsOn31: false });
    expect(entry('airflow.operators.python.PythonOperator').note).toMatch(/deprecation warning/);
  });
});

describe('argument tables', () => {
  const names = (list: ArgumentChange[]) => list.map((change) => change.name);

  it.each([
    ['REMOVED_DAG_ARGUMENTS', REMOVED_DAG_ARGUMENTS],
    ['REMOVED_OPERATOR_ARGUMENTS', REMOVED_OPERATOR_ARGUMENTS],
    ['REMOVED_CONTEXT_KEYS', REMOVED_CONTEXT_KEYS],
    ['REMOVED_TRIGGER_RULES', REMOVED_TRIGGER_RULES],
  ])('%s has unique names, each with a replacement or a note', (_label, list) => {
    expect(new Set(names(list)).size).toBe(list.length);
    for (const change of list) expect(Boolean(change.replacement) || Boolean(change.note)).toBe(true);
  });

  it('DAG arguments', () => {
    expect(names(REMOVED_DAG_ARGUMENTS)).toEqual(
      expect.arrayContaining(['schedule_interval', 'timetable', 'concurrency', 'fail_stop', 'default_view', 'orientation', 'sla_miss_callback']),
    );
    const byName = new Map(REMOVED_DAG_ARGUMENTS.map((change) => [change.name, change]));
    expect(byName.get('schedule_interval')?.replacement).toBe('schedule');
    expect(byName.get('concurrency')?.replacement).toBe('max_active_tasks');
    expect(byName.get('fail_stop')?.replacement).toBe('fail_fast');
  });

  it('operator arguments', () => {
    expect(names(REMOVED_OPERATOR_ARGUMENTS)).toEqual(expect.arrayContaining(['task_concurrency', 'provide_context', 'sla']));
    expect(REMOVED_OPERATOR_ARGUMENTS.find((change) => change.name === 'task_concurrency')?.replacement).toBe('max_active_tis_per_dag');
  });

  it('context keys', () => {
    expect(names(REMOVED_CONTEXT_KEYS)).toEqual(
      expect.arrayContaining([
        'execution_date', 'next_ds', 'next_ds_nodash', 'prev_ds', 'prev_ds_nodash', 'tomorrow_ds', 'yesterday_ds',
        'yesterday_ds_nodash', 'next_execution_date', 'prev_execution_date', 'prev_execution_date_success', 'conf',
      ]),
    );
    expect(REMOVED_CONTEXT_KEYS.find((change) => change.name === 'execution_date')?.replacement).toBe('logical_date');
    // Keys that remain in the Airflow 3.1 context must never be reported.
    for (const kept of ['ds', 'ds_nodash', 'logical_date', 'data_interval_start', 'data_interval_end', 'ti', 'params', 'dag_run']) {
      expect(names(REMOVED_CONTEXT_KEYS)).not.toContain(kept);
    }
  });

  it('trigger rules', () => {
    expect(REMOVED_TRIGGER_RULES).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'none_failed_or_skipped', replacement: 'none_failed_min_one_success' }),
        expect.objectContaining({ name: 'dummy', replacement: 'always' }),
      ]),
    );
  });
});

describe('PROVIDER_REMOVALS', () => {
  it('keys every entry by a provider package and an x.0.0 release (providers remove names only in majors)', () => {
    for (const removal of PROVIDER_REMOVALS) {
      expect(removal.path).toMatch(/^airflow\.providers\.[\w.]+$/);
      expect(removal.provider).toMatch(/^apache-airflow-providers-[a-z0-9-]+$/);
      expect(removal.removedIn).toMatch(/^\d+\.0\.0$/);
      if (removal.replacement) expect(removal.replacement).toMatch(DOTTED_NAME);
    }
  });

  it('has a default version for every provider it names, at or after the removal (the Airflow 3.1 image lacks them all)', () => {
    for (const removal of PROVIDER_REMOVALS) {
      const version = DEFAULT_PROVIDER_VERSIONS[removal.provider];
      expect(version).toBeDefined();
      expect(compareVersions(version, removal.removedIn)).toBeGreaterThanOrEqual(0);
    }
  });

  it('finds exact names and names below a removed module', () => {
    expect(findProviderRemoval('airflow.providers.postgres.operators.postgres.PostgresOperator')).toMatchObject({ path: 'airflow.providers.postgres.operators', removedIn: '6.0.0' });
    expect(findProviderRemoval('airflow.providers.http.operators.http.SimpleHttpOperator')).toMatchObject({ removedIn: '5.0.0', replacement: 'airflow.providers.http.operators.http.HttpOperator' });
    expect(findProviderRemoval('airflow.providers.http.operators.http.HttpOperator')).toBeUndefined();
    expect(findProviderRemoval('airflow.providers.postgres.hooks.postgres.PostgresHook')).toBeUndefined();
  });

  it('compares versions numerically', () => {
    expect(compareVersions('10.0.0', '9.4.1')).toBeGreaterThan(0);
    expect(compareVersions('6.0', '6.0.0')).toBe(0);
    expect(compareVersions('5.14.0', '6.0.0')).toBeLessThan(0);
  });
});
