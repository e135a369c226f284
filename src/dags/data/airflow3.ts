/**
 * What Airflow 3 removed, moved to provider packages, or deprecated: the data the lint-dags
 * airflow3-* rules consume. Facts only, no logic beyond the lookup helper at the end.
 *
 * Sources: ruff's airflow rules (AIR301 removal, AIR302 moved-to-provider, AIR311/AIR312 suggested
 * updates, AIR321 moved in 3.1; ruff 0.17.6 plus names an earlier AIR301 listed), the deprecation
 * shims Airflow 3.1 itself ships (`add_deprecated_classes` maps in airflow/{operators,sensors,hooks,
 * decorators,models,io,utils,…}/__init__.py) and Airflow's release notes.
 *
 * Verified 2026-11-24 against a real install of apache-airflow 3.1.8 (apache-airflow-core 3.1.8,
 * apache-airflow-task-sdk 1.1.8, apache-airflow-providers-standard 1.21.0; the default extras
 * common-sql 2.4.0, common-io 1.11.0, common-compat 1.23.0 and smtp 3.2.0 came with it) on Python 3.11:
 * every `path` was imported the way a DAG would (`from parent import name`, `import module` for
 * matchPrefix entries, attribute walk for class members such as TriggerRule.DUMMY) in a fresh
 * process, which set `importFailsOn31`. A 'deprecated' or 'removed' kind that contradicted the real
 * install was corrected (for example get_current_context still imports from airflow.operators.python,
 * with a warning). Replacements under airflow.sdk, airflow.providers.standard and core were imported
 * too; replacements in other providers (amazon, google, postgres, http, …) were not installed.
 * The argument tables were checked the same way: DAG(**{arg}) / EmptyOperator(**{arg}) on 3.1.8,
 * and the context keys against airflow.sdk.definitions.context.Context.
 *
 * Re-checked 2026-12 on the same install: each non-breaking name imported in a fresh forked process
 * under warnings.catch_warnings(record=True); the 13 that emit no DeprecationWarning became 'suggested'
 * (airflow.DAG, airflow.models.DAG/Variable/Param/Connection/BaseOperator, …). SlaMiss,
 * airflow.models.dataset and capitalised names directly under airflow.operators/hooks/sensors
 * (Airflow 1 package imports: dir() of those packages has none on 3.1.8) fail to import.
 * Provider removals keyed by provider version live in providers.ts.
 */

/**
 * 'removed': gone in Airflow 3. 'moved-to-provider': lives in a provider package now.
 * 'deprecated': still imports on 3.1 but emits a DeprecationWarning (verified: the import under
 * warnings.catch_warnings on 3.1.8), and has a new home.
 * 'suggested': still imports on 3.1 with no warning at all; the new home is only a suggestion
 * (ruff's AIR311 "suggested update"): `airflow.DAG`, `airflow.models.Variable`, `Param`, ….
 */
export type ChangeKind = 'removed' | 'moved-to-provider' | 'deprecated' | 'suggested';

export interface ImportChange {
  /** Fully-qualified name ('airflow.utils.dates.days_ago'), or a module ('airflow.contrib') when matchPrefix. */
  path: string;
  /** true: also matches every submodule/name below path (airflow.contrib.* ). */
  matchPrefix?: boolean;
  kind: ChangeKind;
  /** What to use instead: a fully-qualified name, or prose when there is no 1:1 replacement. */
  replacement?: string;
  /** For moved-to-provider: the pip package, e.g. 'apache-airflow-providers-standard'. */
  provider?: string;
  /**
   * Does `import`/`from … import` of this fail with ImportError on Airflow 3.1 (with the standard provider
   * installed)? Verified against a real install. For class members (TriggerRule.DUMMY) it means the
   * attribute lookup fails.
   */
  importFailsOn31: boolean;
  note?: string;
}

/** Sorted by kind (the 'suggested' entries stay among the 'deprecated' ones they were split from), then path. Exact names win over module-wide (matchPrefix) entries; see findImportChange. */
export const IMPORT_CHANGES: ImportChange[] = [
  // --- Removed in Airflow 3 (ruff AIR301 and Airflow release notes).
  { path: 'airflow.PY310', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
  { path: 'airflow.PY311', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
  { path: 'airflow.PY312', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
  { path: 'airflow.PY36', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
  { path: 'airflow.PY37', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
  { path: 'airflow.PY38', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
  { path: 'airflow.PY39', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
  { path: 'airflow.api.common.experimental', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'The experimental API package is gone: delete_dag, trigger_dag and mark_tasks live in airflow.api.common (internal API; prefer the REST API or the airflow.sdk client), the rest were removed.' },
  { path: 'airflow.api_connexion', matchPrefix: true, kind: 'removed', replacement: 'airflow.api_fastapi', importFailsOn31: true, note: 'The Connexion REST API was replaced by the FastAPI API server.' },
  { path: 'airflow.api_connexion.security', matchPrefix: true, kind: 'removed', replacement: 'airflow.api_fastapi.core_api.security', importFailsOn31: true },
  { path: 'airflow.api_connexion.security.requires_access', kind: 'removed', importFailsOn31: true, note: 'Use airflow.api_fastapi.core_api.security.requires_access_* instead.' },
  { path: 'airflow.api_connexion.security.requires_access_dataset', kind: 'removed', replacement: 'airflow.api_fastapi.core_api.security.requires_access_asset', importFailsOn31: true },
  { path: 'airflow.auth.managers.base_auth_manager', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
  { path: 'airflow.auth.managers.base_auth_manager.BaseAuthManager', kind: 'removed', replacement: 'airflow.api_fastapi.auth.managers.base_auth_manager.BaseAuthManager', importFailsOn31: true },
  { path: 'airflow.auth.managers.base_auth_manager.is_authorized_dataset', kind: 'removed', replacement: 'airflow.api_fastapi.auth.managers.base_auth_manager.BaseAuthManager.is_authorized_asset', importFailsOn31: true },
  { path: 'airflow.auth.managers.models.resource_details', matchPrefix: true, kind: 'removed', replacement: 'airflow.api_fastapi.auth.managers.models.resource_details', importFailsOn31: true },
  { path: 'airflow.auth.managers.models.resource_details.DatasetDetails', kind: 'removed', replacement: 'airflow.api_fastapi.auth.managers.models.resource_details.AssetDetails', importFailsOn31: true },
  { path: 'airflow.configuration.as_dict', kind: 'removed', replacement: 'airflow.configuration.conf.as_dict', importFailsOn31: true },
  { path: 'airflow.configuration.get', kind: 'removed', replacement: 'airflow.configuration.conf.get', importFailsOn31: true },
  { path: 'airflow.configuration.getboolean', kind: 'removed', replacement: 'airflow.configuration.conf.getboolean', importFailsOn31: true },
  { path: 'airflow.configuration.getfloat', kind: 'removed', replacement: 'airflow.configuration.conf.getfloat', importFailsOn31: true },
  { path: 'airflow.configuration.getint', kind: 'removed', replacement: 'airflow.configuration.conf.getint', importFailsOn31: true },
  { path: 'airflow.configuration.has_option', kind: 'removed', replacement: 'airflow.configuration.conf.has_option', importFailsOn31: true },
  { path: 'airflow.configuration.remove_option', kind: 'removed', replacement: 'airflow.configuration.conf.remove_option', importFailsOn31: true },
  { path: 'airflow.configuration.set', kind: 'removed', replacement: 'airflow.configuration.conf.set', importFailsOn31: true },
  { path: 'airflow.contrib', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'The whole airflow.contrib module has been removed.' },
  { path: 'airflow.datasets.DatasetAliasEvent', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.datasets.DatasetEvent', kind: 'removed', importFailsOn31: true, note: 'DatasetEvent has been made private in Airflow 3. Use dict[str, Any] for the time being. An AssetEvent type will be added to the apache-airflow-task-sdk in a future version.' },
  { path: 'airflow.datasets.manager', matchPrefix: true, kind: 'removed', replacement: 'airflow.assets.manager', importFailsOn31: true },
  { path: 'airflow.datasets.manager.DatasetManager', kind: 'removed', replacement: 'airflow.assets.manager.AssetManager', importFailsOn31: true },
  { path: 'airflow.datasets.manager.dataset_manager', kind: 'removed', replacement: 'airflow.assets.manager.asset_manager', importFailsOn31: true },
  { path: 'airflow.datasets.manager.resolve_dataset_manager', kind: 'removed', replacement: 'airflow.assets.manager.resolve_asset_manager', importFailsOn31: true },
  { path: 'airflow.hooks.base_hook', matchPrefix: true, kind: 'removed', replacement: 'airflow.hooks.base', importFailsOn31: true },
  { path: 'airflow.hooks.base_hook.BaseHook', kind: 'removed', replacement: 'airflow.sdk.BaseHook', importFailsOn31: true },
  { path: 'airflow.io.store', matchPrefix: true, kind: 'removed', replacement: 'airflow.sdk.io', importFailsOn31: true },
  { path: 'airflow.io.store.attach', kind: 'removed', replacement: 'airflow.sdk.io.attach', importFailsOn31: true },
  { path: 'airflow.lineage.hook.DatasetLineageInfo', kind: 'removed', replacement: 'airflow.lineage.hook.AssetLineageInfo', importFailsOn31: true },
  { path: 'airflow.listeners.spec.dataset', matchPrefix: true, kind: 'removed', replacement: 'airflow.listeners.spec.asset', importFailsOn31: true },
  { path: 'airflow.listeners.spec.dataset.on_dataset_changed', kind: 'removed', replacement: 'airflow.listeners.spec.asset.on_asset_changed', importFailsOn31: true },
  { path: 'airflow.listeners.spec.dataset.on_dataset_created', kind: 'removed', replacement: 'airflow.listeners.spec.asset.on_asset_created', importFailsOn31: true },
  { path: 'airflow.metrics.validators.AllowListValidator', kind: 'removed', replacement: 'airflow.metrics.validators.PatternAllowListValidator', importFailsOn31: true },
  { path: 'airflow.metrics.validators.BlockListValidator', kind: 'removed', replacement: 'airflow.metrics.validators.PatternBlockListValidator', importFailsOn31: true },
  { path: 'airflow.models.DagParam', kind: 'removed', replacement: 'airflow.sdk.definitions.param.DagParam', importFailsOn31: true },
  { path: 'airflow.models.SlaMiss', kind: 'removed', importFailsOn31: true, note: 'SLAs were removed in Airflow 3 (3.1: ImportError); Airflow 3.1 adds Deadline Alerts (DAG(deadline=…)).' },
  { path: 'airflow.models.dataset', matchPrefix: true, kind: 'removed', replacement: 'airflow.models.asset', importFailsOn31: true, note: 'The ORM module was renamed with Datasets → Assets (DatasetModel → AssetModel); DAG code should not need it (3.1: ModuleNotFoundError).' },
  { path: 'airflow.models.ParamsDict', kind: 'removed', replacement: 'airflow.sdk.ParamsDict', importFailsOn31: true },
  { path: 'airflow.models.param.DagParam', kind: 'removed', replacement: 'airflow.sdk.definitions.param.DagParam', importFailsOn31: true },
  { path: 'airflow.operators.postgres_operator', matchPrefix: true, kind: 'removed', replacement: 'airflow.providers.common.sql.operators.sql', importFailsOn31: true },
  { path: 'airflow.operators.postgres_operator.Mapping', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.operators.python.is_venv_installed', kind: 'removed', importFailsOn31: true, note: 'Test for virtualenv directly: shutil.which("virtualenv") or importlib.util.find_spec("virtualenv").' },
  { path: 'airflow.operators.subdag', matchPrefix: true, kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true, note: 'SubDAGs were removed in Airflow 3; group tasks with a TaskGroup.' },
  { path: 'airflow.operators.subdag.SubDagOperator', kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true, note: 'SubDAGs were removed in Airflow 3; group tasks with a TaskGroup.' },
  { path: 'airflow.operators.subdag_operator', matchPrefix: true, kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true, note: 'SubDAGs were removed in Airflow 3; group tasks with a TaskGroup.' },
  { path: 'airflow.operators.subdag_operator.SubDagOperator', kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true, note: 'SubDAGs were removed in Airflow 3; group tasks with a TaskGroup.' },
  { path: 'airflow.providers.amazon.aws.auth_manager.avp.entities.AvpEntities.DATASET', kind: 'removed', replacement: 'airflow.providers.amazon.aws.auth_manager.avp.entities.AvpEntities.ASSET', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.providers.amazon.aws.datasets.s3.convert_dataset_to_openlineage', kind: 'removed', replacement: 'airflow.providers.amazon.aws.assets.s3.convert_asset_to_openlineage', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.providers.amazon.aws.datasets.s3.create_dataset', kind: 'removed', replacement: 'airflow.providers.amazon.aws.assets.s3.create_asset', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.providers.amazon.aws.datasets.s3.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.amazon.aws.assets.s3.sanitize_uri', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.providers.common.io.datasets.file.convert_dataset_to_openlineage', kind: 'removed', replacement: 'airflow.providers.common.io.assets.file.convert_asset_to_openlineage', provider: 'apache-airflow-providers-common-io', importFailsOn31: true },
  { path: 'airflow.providers.common.io.datasets.file.create_dataset', kind: 'removed', replacement: 'airflow.providers.common.io.assets.file.create_asset', provider: 'apache-airflow-providers-common-io', importFailsOn31: true },
  { path: 'airflow.providers.common.io.datasets.file.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.common.io.assets.file.sanitize_uri', provider: 'apache-airflow-providers-common-io', importFailsOn31: true },
  { path: 'airflow.providers.google.datasets.bigquery.create_dataset', kind: 'removed', replacement: 'airflow.providers.google.assets.bigquery.create_asset', provider: 'apache-airflow-providers-google', importFailsOn31: true },
  { path: 'airflow.providers.google.datasets.gcs.convert_dataset_to_openlineage', kind: 'removed', replacement: 'airflow.providers.google.assets.gcs.convert_asset_to_openlineage', provider: 'apache-airflow-providers-google', importFailsOn31: true },
  { path: 'airflow.providers.google.datasets.gcs.create_dataset', kind: 'removed', replacement: 'airflow.providers.google.assets.gcs.create_asset', provider: 'apache-airflow-providers-google', importFailsOn31: true },
  { path: 'airflow.providers.google.datasets.gcs.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.google.assets.gcs.sanitize_uri', provider: 'apache-airflow-providers-google', importFailsOn31: true },
  { path: 'airflow.providers.mysql.datasets.mysql.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.mysql.assets.mysql.sanitize_uri', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
  { path: 'airflow.providers.openlineage.utils.utils.DatasetInfo', kind: 'removed', replacement: 'airflow.providers.openlineage.utils.utils.AssetInfo', provider: 'apache-airflow-providers-openlineage', importFailsOn31: true },
  { path: 'airflow.providers.openlineage.utils.utils.translate_airflow_dataset', kind: 'removed', replacement: 'airflow.providers.openlineage.utils.utils.translate_airflow_asset', provider: 'apache-airflow-providers-openlineage', importFailsOn31: true },
  { path: 'airflow.providers.postgres.datasets.postgres.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.postgres.assets.postgres.sanitize_uri', provider: 'apache-airflow-providers-postgres', importFailsOn31: true },
  { path: 'airflow.providers.trino.datasets.trino.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.trino.assets.trino.sanitize_uri', provider: 'apache-airflow-providers-trino', importFailsOn31: true },
  { path: 'airflow.secrets.local_filesystem.load_connections', kind: 'removed', replacement: 'airflow.secrets.local_filesystem.load_connections_dict', importFailsOn31: true },
  { path: 'airflow.security.permissions.RESOURCE_DATASET', kind: 'removed', replacement: 'airflow.security.permissions.RESOURCE_ASSET', importFailsOn31: true },
  { path: 'airflow.sensors.base_sensor_operator', matchPrefix: true, kind: 'removed', replacement: 'airflow.sdk.bases.sensor', importFailsOn31: true },
  { path: 'airflow.sensors.base_sensor_operator.BaseSensorOperator', kind: 'removed', replacement: 'airflow.sdk.BaseSensorOperator', importFailsOn31: true },
  { path: 'airflow.timetables.simple.DatasetTriggeredTimetable', kind: 'removed', replacement: 'airflow.timetables.simple.AssetTriggeredTimetable', importFailsOn31: true },
  { path: 'airflow.triggers.external_task.TaskStateTrigger', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.utils.dag_cycle_tester.test_cycle', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.utils.dates.date_range', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.utils.dates.days_ago', kind: 'removed', replacement: 'a fixed, timezone-aware date such as pendulum.datetime(2025, 1, 1, tz=\'UTC\'); for relative dates pendulum.today(\'UTC\').add(days=-N)', importFailsOn31: true, note: 'A moving start_date also breaks scheduling; use a constant.' },
  { path: 'airflow.utils.dates.infer_time_unit', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.utils.dates.parse_execution_date', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.utils.dates.round_time', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.utils.dates.scale_time_units', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.utils.db.create_session', kind: 'removed', importFailsOn31: true, note: 'Task code has no metadata-database access in Airflow 3; use the Task SDK (airflow.sdk) or the REST API.' },
  { path: 'airflow.utils.decorators.apply_defaults', kind: 'removed', importFailsOn31: true, note: 'Defaults are applied automatically since Airflow 2; delete the decorator.' },
  { path: 'airflow.utils.file.TemporaryDirectory', kind: 'removed', replacement: 'tempfile.TemporaryDirectory', importFailsOn31: true },
  { path: 'airflow.utils.file.mkdirs', kind: 'removed', importFailsOn31: true, note: 'Use pathlib.Path({path}).mkdir instead.' },
  { path: 'airflow.utils.helpers.chain', kind: 'removed', replacement: 'airflow.sdk.chain', importFailsOn31: true },
  { path: 'airflow.utils.helpers.cross_downstream', kind: 'removed', replacement: 'airflow.sdk.cross_downstream', importFailsOn31: true },
  { path: 'airflow.utils.log.secrets_masker', kind: 'removed', replacement: 'airflow.sdk.execution_time.secrets_masker', importFailsOn31: true },
  { path: 'airflow.utils.state.SHUTDOWN', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.utils.state.terminating_states', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.utils.trigger_rule.TriggerRule.DUMMY', kind: 'removed', replacement: 'airflow.task.trigger_rule.TriggerRule.ALWAYS', importFailsOn31: true },
  { path: 'airflow.utils.trigger_rule.TriggerRule.NONE_FAILED_OR_SKIPPED', kind: 'removed', replacement: 'airflow.task.trigger_rule.TriggerRule.NONE_FAILED_MIN_ONE_SUCCESS', importFailsOn31: true },
  { path: 'airflow.www', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'The Flask web server was replaced by the FastAPI API server in Airflow 3.' },
  { path: 'airflow.www.auth', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
  { path: 'airflow.www.auth.has_access', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.www.auth.has_access_dataset', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.www.utils', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
  { path: 'airflow.www.utils.get_sensitive_variables_fields', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  { path: 'airflow.www.utils.should_hide_value_for_key', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
  // --- Moved to a provider package (ruff AIR302; module-wide entries derived from the verified imports).
  { path: 'airflow.api.auth.backend.basic_auth', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.api.auth.backend.basic_auth.CLIENT_AUTH', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth.CLIENT_AUTH', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.api.auth.backend.basic_auth.auth_current_user', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth.auth_current_user', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.api.auth.backend.basic_auth.init_app', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth.init_app', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.api.auth.backend.basic_auth.requires_authentication', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth.requires_authentication', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.api.auth.backend.kerberos_auth', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.api.auth.backend.kerberos_auth.CLIENT_AUTH', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.CLIENT_AUTH', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.api.auth.backend.kerberos_auth.find_user', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.find_user', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.api.auth.backend.kerberos_auth.init_app', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.init_app', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.api.auth.backend.kerberos_auth.log', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.log', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.api.auth.backend.kerberos_auth.requires_authentication', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.requires_authentication', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.CLIENT_AUTH', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.CLIENT_AUTH', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.find_user', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.find_user', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.init_app', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.init_app', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.log', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.log', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.requires_authentication', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.requires_authentication', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.auth.managers.fab.fab_auth_manager', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.fab_auth_manager', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.auth.managers.fab.fab_auth_manager.FabAuthManager', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.auth.managers.fab.security_manager.override', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.auth.managers.fab.security_manager.override.FabAirflowSecurityManagerOverride', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override.FabAirflowSecurityManagerOverride', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.auth.managers.fab.security_manager.override.MAX_NUM_DATABASE_USER_SESSIONS', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override.MAX_NUM_DATABASE_USER_SESSIONS', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.config_templates.default_celery', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.default_celery', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
  { path: 'airflow.config_templates.default_celery.DEFAULT_CELERY_CONFIG', kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.default_celery.DEFAULT_CELERY_CONFIG', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
  { path: 'airflow.executors.celery_executor', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-celery', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
  { path: 'airflow.executors.celery_executor.CeleryExecutor', kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.celery_executor.CeleryExecutor', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
  { path: 'airflow.executors.celery_executor.app', kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.celery_executor_utils.app', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
  { path: 'airflow.executors.celery_kubernetes_executor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.celery_kubernetes_executor', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
  { path: 'airflow.executors.celery_kubernetes_executor.CeleryKubernetesExecutor', kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.celery_kubernetes_executor.CeleryKubernetesExecutor', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
  { path: 'airflow.executors.dask_executor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.daskexecutor.executors.dask_executor', provider: 'apache-airflow-providers-daskexecutor', importFailsOn31: true },
  { path: 'airflow.executors.dask_executor.DaskExecutor', kind: 'moved-to-provider', replacement: 'airflow.providers.daskexecutor.executors.dask_executor.DaskExecutor', provider: 'apache-airflow-providers-daskexecutor', importFailsOn31: true },
  { path: 'airflow.executors.kubernetes_executor_types', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.executors.kubernetes_executor_types', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.executors.kubernetes_executor_types.ALL_NAMESPACES', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.executors.kubernetes_executor_types.ALL_NAMESPACES', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.executors.kubernetes_executor_types.POD_EXECUTOR_DONE_KEY', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.executors.kubernetes_executor_types.POD_EXECUTOR_DONE_KEY', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.hooks.S3_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.hooks.s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.hooks.S3_hook.S3Hook', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.hooks.s3.S3Hook', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.hooks.S3_hook.provide_bucket_name', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.hooks.s3.provide_bucket_name', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.hooks.dbapi', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.hooks.dbapi.ConnectorProtocol', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql.ConnectorProtocol', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.hooks.dbapi.DbApiHook', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql.DbApiHook', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.hooks.dbapi_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.hooks.dbapi_hook.DbApiHook', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql.DbApiHook', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.hooks.docker_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.docker.hooks.docker', provider: 'apache-airflow-providers-docker', importFailsOn31: true },
  { path: 'airflow.hooks.docker_hook.DockerHook', kind: 'moved-to-provider', replacement: 'airflow.providers.docker.hooks.docker.DockerHook', provider: 'apache-airflow-providers-docker', importFailsOn31: true },
  { path: 'airflow.hooks.druid_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.hooks.druid', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
  { path: 'airflow.hooks.druid_hook.DruidDbApiHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.hooks.druid.DruidDbApiHook', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
  { path: 'airflow.hooks.druid_hook.DruidHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.hooks.druid.DruidHook', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
  { path: 'airflow.hooks.hive_hooks', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.hooks.hive_hooks.HIVE_QUEUE_PRIORITIES', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive.HIVE_QUEUE_PRIORITIES', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.hooks.hive_hooks.HiveCliHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive.HiveCliHook', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.hooks.hive_hooks.HiveMetastoreHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive.HiveMetastoreHook', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.hooks.hive_hooks.HiveServer2Hook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive.HiveServer2Hook', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.hooks.http_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.http.hooks.http', provider: 'apache-airflow-providers-http', importFailsOn31: true },
  { path: 'airflow.hooks.http_hook.HttpHook', kind: 'moved-to-provider', replacement: 'airflow.providers.http.hooks.http.HttpHook', provider: 'apache-airflow-providers-http', importFailsOn31: true },
  { path: 'airflow.hooks.jdbc_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.jdbc.hooks.jdbc', provider: 'apache-airflow-providers-jdbc', importFailsOn31: true },
  { path: 'airflow.hooks.jdbc_hook.JdbcHook', kind: 'moved-to-provider', replacement: 'airflow.providers.jdbc.hooks.jdbc.JdbcHook', provider: 'apache-airflow-providers-jdbc', importFailsOn31: true },
  { path: 'airflow.hooks.jdbc_hook.jaydebeapi', kind: 'moved-to-provider', replacement: 'airflow.providers.jdbc.hooks.jdbc.jaydebeapi', provider: 'apache-airflow-providers-jdbc', importFailsOn31: true },
  { path: 'airflow.hooks.mssql_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.microsoft.mssql.hooks.mssql', provider: 'apache-airflow-providers-microsoft-mssql', importFailsOn31: true },
  { path: 'airflow.hooks.mssql_hook.MsSqlHook', kind: 'moved-to-provider', replacement: 'airflow.providers.microsoft.mssql.hooks.mssql.MsSqlHook', provider: 'apache-airflow-providers-microsoft-mssql', importFailsOn31: true },
  { path: 'airflow.hooks.mysql_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.hooks.mysql', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
  { path: 'airflow.hooks.mysql_hook.MySqlHook', kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.hooks.mysql.MySqlHook', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
  { path: 'airflow.hooks.oracle_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.oracle.hooks.oracle', provider: 'apache-airflow-providers-oracle', importFailsOn31: true },
  { path: 'airflow.hooks.oracle_hook.OracleHook', kind: 'moved-to-provider', replacement: 'airflow.providers.oracle.hooks.oracle.OracleHook', provider: 'apache-airflow-providers-oracle', importFailsOn31: true },
  { path: 'airflow.hooks.pig_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.pig.hooks.pig', provider: 'apache-airflow-providers-apache-pig', importFailsOn31: true },
  { path: 'airflow.hooks.pig_hook.PigCliHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.pig.hooks.pig.PigCliHook', provider: 'apache-airflow-providers-apache-pig', importFailsOn31: true },
  { path: 'airflow.hooks.postgres_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.postgres.hooks.postgres', provider: 'apache-airflow-providers-postgres', importFailsOn31: true },
  { path: 'airflow.hooks.postgres_hook.PostgresHook', kind: 'moved-to-provider', replacement: 'airflow.providers.postgres.hooks.postgres.PostgresHook', provider: 'apache-airflow-providers-postgres', importFailsOn31: true },
  { path: 'airflow.hooks.presto_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.presto.hooks.presto', provider: 'apache-airflow-providers-presto', importFailsOn31: true },
  { path: 'airflow.hooks.presto_hook.PrestoHook', kind: 'moved-to-provider', replacement: 'airflow.providers.presto.hooks.presto.PrestoHook', provider: 'apache-airflow-providers-presto', importFailsOn31: true },
  { path: 'airflow.hooks.samba_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.samba.hooks.samba', provider: 'apache-airflow-providers-samba', importFailsOn31: true },
  { path: 'airflow.hooks.samba_hook.SambaHook', kind: 'moved-to-provider', replacement: 'airflow.providers.samba.hooks.samba.SambaHook', provider: 'apache-airflow-providers-samba', importFailsOn31: true },
  { path: 'airflow.hooks.slack_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.slack.hooks.slack', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
  { path: 'airflow.hooks.slack_hook.SlackHook', kind: 'moved-to-provider', replacement: 'airflow.providers.slack.hooks.slack.SlackHook', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
  { path: 'airflow.hooks.sqlite_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.sqlite.hooks.sqlite', provider: 'apache-airflow-providers-sqlite', importFailsOn31: true },
  { path: 'airflow.hooks.sqlite_hook.SqliteHook', kind: 'moved-to-provider', replacement: 'airflow.providers.sqlite.hooks.sqlite.SqliteHook', provider: 'apache-airflow-providers-sqlite', importFailsOn31: true },
  { path: 'airflow.hooks.subprocess.SubprocessResult', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.hooks.subprocess.SubprocessResult', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.hooks.subprocess.working_directory', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.hooks.subprocess.working_directory', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.hooks.webhdfs_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hdfs.hooks.webhdfs', provider: 'apache-airflow-providers-apache-hdfs', importFailsOn31: true },
  { path: 'airflow.hooks.webhdfs_hook.WebHDFSHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hdfs.hooks.webhdfs.WebHDFSHook', provider: 'apache-airflow-providers-apache-hdfs', importFailsOn31: true },
  { path: 'airflow.hooks.zendesk_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.zendesk.hooks.zendesk', provider: 'apache-airflow-providers-zendesk', importFailsOn31: true },
  { path: 'airflow.hooks.zendesk_hook.ZendeskHook', kind: 'moved-to-provider', replacement: 'airflow.providers.zendesk.hooks.zendesk.ZendeskHook', provider: 'apache-airflow-providers-zendesk', importFailsOn31: true },
  { path: 'airflow.kubernetes', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.k8s_model', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.k8s_model', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.k8s_model.K8SModel', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.k8s_model.K8SModel', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.k8s_model.append_to_pod', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.k8s_model.append_to_pod', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.kube_client', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.kube_client._disable_verify_ssl', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client._disable_verify_ssl', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.kube_client._enable_tcp_keepalive', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client._enable_tcp_keepalive', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.kube_client.get_kube_client', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client.get_kube_client', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.kubernetes_helper_functions', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.kubernetes_helper_functions.add_pod_suffix', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.add_unique_suffix', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.kubernetes_helper_functions.annotations_for_logging_task_metadata', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.annotations_for_logging_task_metadata', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.kubernetes_helper_functions.annotations_to_key', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.annotations_to_key', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.kubernetes_helper_functions.create_pod_id', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.create_unique_id', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.kubernetes_helper_functions.get_logs_task_metadata', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.get_logs_task_metadata', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.kubernetes_helper_functions.rand_str', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.rand_str', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod', matchPrefix: true, kind: 'moved-to-provider', replacement: 'kubernetes.client.models', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod.Port', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1ContainerPort', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod.Resources', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1ResourceRequirements', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
  { path: 'airflow.kubernetes.pod_generator.PodDefaults', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.xcom_sidecar.PodDefaults', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator.PodGenerator', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.PodGenerator', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator.PodGeneratorDeprecated', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.PodGenerator', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator.add_pod_suffix', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.add_unique_suffix', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator.datetime_to_label_safe_datestring', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.datetime_to_label_safe_datestring', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator.extend_object_field', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.extend_object_field', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator.label_safe_datestring_to_datetime', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.label_safe_datestring_to_datetime', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator.make_safe_label_value', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.make_safe_label_value', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator.merge_objects', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.merge_objects', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator.rand_str', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.rand_str', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator_deprecated', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
  { path: 'airflow.kubernetes.pod_generator_deprecated.PodDefaults', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.xcom_sidecar.PodDefaults', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator_deprecated.PodGenerator', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.PodGenerator', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_generator_deprecated.make_safe_label_value', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.make_safe_label_value', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_launcher', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_launcher.PodLauncher', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager.PodManager', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_launcher.PodStatus', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager.PodPhase', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_launcher_deprecated', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
  { path: 'airflow.kubernetes.pod_launcher_deprecated.PodDefaults', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.xcom_sidecar.PodDefaults', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_launcher_deprecated.PodLauncher', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager.PodManager', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_launcher_deprecated.PodStatus', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager.PodPhase', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_launcher_deprecated.get_kube_client', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client.get_kube_client', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_runtime_info_env', matchPrefix: true, kind: 'moved-to-provider', replacement: 'kubernetes.client.models', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.pod_runtime_info_env.PodRuntimeInfoEnv', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1EnvVar', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.secret', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
  { path: 'airflow.kubernetes.secret.K8SModel', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.k8s_model.K8SModel', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.secret.Secret', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.secret.Secret', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.volume', matchPrefix: true, kind: 'moved-to-provider', replacement: 'kubernetes.client.models', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.volume.Volume', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1Volume', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.volume_mount', matchPrefix: true, kind: 'moved-to-provider', replacement: 'kubernetes.client.models', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.kubernetes.volume_mount.VolumeMount', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1VolumeMount', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
  { path: 'airflow.macros.hive', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.macros.hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.macros.hive.closest_ds_partition', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.macros.hive.closest_ds_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.macros.hive.max_partition', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.macros.hive.max_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.bash_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.bash', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.bash_operator.BashOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.bash.BashOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.branch_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.branch', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.branch_operator.BaseBranchOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.branch.BaseBranchOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.check_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.check_operator.CheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.check_operator.IntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.check_operator.SQLCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.check_operator.SQLIntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.check_operator.SQLThresholdCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLThresholdCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.check_operator.SQLValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.check_operator.ThresholdCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLThresholdCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.check_operator.ValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.dagrun_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.trigger_dagrun', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.dagrun_operator.TriggerDagRunLink', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunLink', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.dagrun_operator.TriggerDagRunOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.datetime.target_times_as_dates', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.datetime.target_times_as_dates', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.docker_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.docker.operators.docker', provider: 'apache-airflow-providers-docker', importFailsOn31: true },
  { path: 'airflow.operators.docker_operator.DockerOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.docker.operators.docker.DockerOperator', provider: 'apache-airflow-providers-docker', importFailsOn31: true },
  { path: 'airflow.operators.druid_check_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.druid_check_operator.CheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.druid_check_operator.DruidCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.dummy', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.dummy.DummyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.dummy.EmptyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.dummy_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.dummy_operator.DummyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.dummy_operator.EmptyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.email.EmailOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.smtp.operators.smtp.EmailOperator', provider: 'apache-airflow-providers-smtp', importFailsOn31: false, note: '3.1 still ships a deprecation shim (needs apache-airflow-providers-smtp).' },
  { path: 'airflow.operators.email_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.smtp.operators.smtp', provider: 'apache-airflow-providers-smtp', importFailsOn31: true },
  { path: 'airflow.operators.email_operator.EmailOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.smtp.operators.smtp.EmailOperator', provider: 'apache-airflow-providers-smtp', importFailsOn31: true },
  { path: 'airflow.operators.gcs_to_s3', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.gcs_to_s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.gcs_to_s3.GCSToS3Operator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.gcs_to_s3.GCSToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.google_api_to_s3_transfer', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.google_api_to_s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.google_api_to_s3_transfer.GoogleApiToS3Operator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.google_api_to_s3.GoogleApiToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.google_api_to_s3_transfer.GoogleApiToS3Transfer', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.google_api_to_s3.GoogleApiToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.hive_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.operators.hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.hive_operator.HiveOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.operators.hive.HiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.hive_stats_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.operators.hive_stats', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.hive_stats_operator.HiveStatsCollectionOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.operators.hive_stats.HiveStatsCollectionOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.hive_to_druid', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.transfers.hive_to_druid', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
  { path: 'airflow.operators.hive_to_druid.HiveToDruidOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.transfers.hive_to_druid.HiveToDruidOperator', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
  { path: 'airflow.operators.hive_to_druid.HiveToDruidTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.transfers.hive_to_druid.HiveToDruidOperator', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
  { path: 'airflow.operators.hive_to_mysql', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_mysql', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.hive_to_mysql.HiveToMySqlOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_mysql.HiveToMySqlOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.hive_to_mysql.HiveToMySqlTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_mysql.HiveToMySqlOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.hive_to_samba_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_samba', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.hive_to_samba_operator.HiveToSambaOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_samba.HiveToSambaOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.http_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.http.operators.http', provider: 'apache-airflow-providers-http', importFailsOn31: true },
  { path: 'airflow.operators.http_operator.SimpleHttpOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.http.operators.http.HttpOperator', provider: 'apache-airflow-providers-http', importFailsOn31: true },
  { path: 'airflow.operators.jdbc_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.jdbc_operator.JdbcOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.latest_only_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.latest_only', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.latest_only_operator.LatestOnlyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.latest_only.LatestOnlyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.mssql_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.mssql_operator.MsSqlOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.mssql_to_hive', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mssql_to_hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.mssql_to_hive.MsSqlToHiveOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mssql_to_hive.MsSqlToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.mssql_to_hive.MsSqlToHiveTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mssql_to_hive.MsSqlToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.mysql_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.mysql_operator.MySqlOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.mysql_to_hive', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mysql_to_hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.mysql_to_hive.MySqlToHiveOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mysql_to_hive.MySqlToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.mysql_to_hive.MySqlToHiveTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mysql_to_hive.MySqlToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.oracle_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.oracle_operator.OracleOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.papermill_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.papermill.operators.papermill', provider: 'apache-airflow-providers-papermill', importFailsOn31: true },
  { path: 'airflow.operators.papermill_operator.PapermillOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.papermill.operators.papermill.PapermillOperator', provider: 'apache-airflow-providers-papermill', importFailsOn31: true },
  { path: 'airflow.operators.pig_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.pig.operators.pig', provider: 'apache-airflow-providers-apache-pig', importFailsOn31: true },
  { path: 'airflow.operators.pig_operator.PigOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.pig.operators.pig.PigOperator', provider: 'apache-airflow-providers-apache-pig', importFailsOn31: true },
  { path: 'airflow.operators.postgres_operator.PostgresOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.presto_check_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.presto_check_operator.CheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.presto_check_operator.IntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.presto_check_operator.PrestoCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.presto_check_operator.PrestoIntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.presto_check_operator.PrestoValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.presto_check_operator.ValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.presto_to_mysql', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.transfers.presto_to_mysql', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
  { path: 'airflow.operators.presto_to_mysql.PrestoToMySqlOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.transfers.presto_to_mysql.PrestoToMySqlOperator', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
  { path: 'airflow.operators.presto_to_mysql.PrestoToMySqlTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.transfers.presto_to_mysql.PrestoToMySqlOperator', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
  { path: 'airflow.operators.python_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.python_operator.BranchPythonOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python.BranchPythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.python_operator.PythonOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python.PythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.python_operator.PythonVirtualenvOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python.PythonVirtualenvOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.python_operator.ShortCircuitOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python.ShortCircuitOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.operators.redshift_to_s3_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.redshift_to_s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.redshift_to_s3_operator.RedshiftToS3Operator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.redshift_to_s3.RedshiftToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.redshift_to_s3_operator.RedshiftToS3Transfer', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.redshift_to_s3.RedshiftToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.s3_file_transform_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.operators.s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.s3_file_transform_operator.S3FileTransformOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.operators.s3.S3FileTransformOperator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.s3_to_hive_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.s3_to_hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.s3_to_hive_operator.S3ToHiveOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.s3_to_hive.S3ToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.s3_to_hive_operator.S3ToHiveTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.s3_to_hive.S3ToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.operators.s3_to_redshift_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.s3_to_redshift', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.s3_to_redshift_operator.S3ToRedshiftOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.s3_to_redshift.S3ToRedshiftOperator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.s3_to_redshift_operator.S3ToRedshiftTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.s3_to_redshift.S3ToRedshiftOperator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.operators.slack_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.slack.operators.slack', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
  { path: 'airflow.operators.slack_operator.SlackAPIOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.slack.operators.slack.SlackAPIOperator', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
  { path: 'airflow.operators.slack_operator.SlackAPIPostOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.slack.operators.slack.SlackAPIPostOperator', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
  { path: 'airflow.operators.sql', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.sql.BaseSQLOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.BaseSQLOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.sql.BranchSQLOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.BranchSQLOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.sql.SQLCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.sql.SQLColumnCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLColumnCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.sql.SQLIntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.sql.SQLTableCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLTableCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.sql.SQLThresholdCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLThresholdCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.sql.SQLValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.sql._convert_to_float_if_possible', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql._convert_to_float_if_possible', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.sql.parse_boolean', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.parse_boolean', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.sqlite_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.sqlite_operator.SqliteOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.operators.trigger_dagrun.TriggerDagRunLink', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunLink', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.sensors.date_time_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.date_time', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.sensors.date_time_sensor.DateTimeSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.date_time.DateTimeSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.sensors.external_task.ExternalTaskSensorLink', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task.ExternalDagLink', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.sensors.external_task_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.sensors.external_task_sensor.ExternalTaskMarker', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task.ExternalTaskMarker', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.sensors.external_task_sensor.ExternalTaskSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task.ExternalTaskSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.sensors.external_task_sensor.ExternalTaskSensorLink', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task.ExternalDagLink', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.sensors.hive_partition_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.hive_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.sensors.hive_partition_sensor.HivePartitionSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.hive_partition.HivePartitionSensor', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.sensors.http_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.http.sensors.http', provider: 'apache-airflow-providers-http', importFailsOn31: true },
  { path: 'airflow.sensors.http_sensor.HttpSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.http.sensors.http.HttpSensor', provider: 'apache-airflow-providers-http', importFailsOn31: true },
  { path: 'airflow.sensors.metastore_partition_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.metastore_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.sensors.metastore_partition_sensor.MetastorePartitionSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.metastore_partition.MetastorePartitionSensor', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.sensors.named_hive_partition_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.named_hive_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.sensors.named_hive_partition_sensor.NamedHivePartitionSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.named_hive_partition.NamedHivePartitionSensor', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
  { path: 'airflow.sensors.s3_key_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.sensors.s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.sensors.s3_key_sensor.S3KeySensor', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.sensors.s3.S3KeySensor', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
  { path: 'airflow.sensors.sql', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.sensors.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.sensors.sql.SqlSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.sensors.sql.SqlSensor', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.sensors.sql_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.sensors.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.sensors.sql_sensor.SqlSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.sensors.sql.SqlSensor', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
  { path: 'airflow.sensors.time_delta.WaitSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.time_delta.WaitSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.sensors.time_delta_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.time_delta', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.sensors.time_delta_sensor.TimeDeltaSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.time_delta.TimeDeltaSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.sensors.web_hdfs_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hdfs.sensors.web_hdfs', provider: 'apache-airflow-providers-apache-hdfs', importFailsOn31: true },
  { path: 'airflow.sensors.web_hdfs_sensor.WebHdfsSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hdfs.sensors.web_hdfs.WebHdfsSensor', provider: 'apache-airflow-providers-apache-hdfs', importFailsOn31: true },
  { path: 'airflow.utils.log.cloudwatch_task_handler.CloudwatchTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.log.cloudwatch_task_handler.CloudwatchTaskHandler', provider: 'apache-airflow-providers-amazon', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-amazon is installed.' },
  { path: 'airflow.utils.log.es_task_handler.ElasticsearchTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.elasticsearch.log.es_task_handler.ElasticsearchTaskHandler', provider: 'apache-airflow-providers-elasticsearch', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-elasticsearch is installed.' },
  { path: 'airflow.utils.log.gcs_task_handler.GCSTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.google.cloud.log.gcs_task_handler.GCSTaskHandler', provider: 'apache-airflow-providers-google', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-google is installed.' },
  { path: 'airflow.utils.log.s3_task_handler.S3TaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.log.s3_task_handler.S3TaskHandler', provider: 'apache-airflow-providers-amazon', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-amazon is installed.' },
  { path: 'airflow.utils.log.stackdriver_task_handler.StackdriverTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.google.cloud.log.stackdriver_task_handler.StackdriverTaskHandler', provider: 'apache-airflow-providers-google', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-google is installed.' },
  { path: 'airflow.utils.log.wasb_task_handler.WasbTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.microsoft.azure.log.wasb_task_handler.WasbTaskHandler', provider: 'apache-airflow-providers-microsoft-azure', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-microsoft-azure is installed.' },
  { path: 'airflow.utils.weekday', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.utils.weekday', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.utils.weekday.WeekDay', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.utils.weekday.WeekDay', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
  { path: 'airflow.www.security', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  { path: 'airflow.www.security.FabAirflowSecurityManagerOverride', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override.FabAirflowSecurityManagerOverride', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
  // --- Deprecated: still importable on 3.1, new home in airflow.sdk or a provider (ruff AIR311/AIR312/AIR321 and the shims Airflow 3.1 ships).
  { path: 'airflow.AirflowException', kind: 'deprecated', replacement: 'airflow.exceptions.AirflowException', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.DAG', kind: 'suggested', replacement: 'airflow.sdk.DAG', importFailsOn31: false },
  { path: 'airflow.Dataset', kind: 'deprecated', replacement: 'airflow.sdk.Asset', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.datasets', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk', importFailsOn31: false, note: 'Datasets are Assets in Airflow 3 (Dataset → Asset, DatasetAlias → AssetAlias).' },
  { path: 'airflow.datasets.Dataset', kind: 'deprecated', replacement: 'airflow.sdk.Asset', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.datasets.DatasetAlias', kind: 'deprecated', replacement: 'airflow.sdk.AssetAlias', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.datasets.DatasetAll', kind: 'deprecated', replacement: 'airflow.sdk.AssetAll', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.datasets.DatasetAny', kind: 'deprecated', replacement: 'airflow.sdk.AssetAny', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.datasets.expand_alias_to_datasets', kind: 'deprecated', replacement: 'airflow.models.asset.expand_alias_to_assets', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.datasets.metadata.Metadata', kind: 'deprecated', replacement: 'airflow.sdk.Metadata', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.decorators', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk', importFailsOn31: false, note: 'Import dag, task, task_group, setup and teardown from airflow.sdk.' },
  { path: 'airflow.decorators.base.DecoratedMappedOperator', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.DecoratedMappedOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.decorators.base.DecoratedOperator', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.DecoratedOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.decorators.base.TaskDecorator', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.TaskDecorator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.decorators.base.TaskDecoratorCollection', kind: 'deprecated', replacement: 'airflow.sdk.definitions.decorators.TaskDecoratorCollection', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.decorators.base.get_unique_task_id', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.get_unique_task_id', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.decorators.base.task_decorator_factory', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.task_decorator_factory', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.decorators.dag', kind: 'deprecated', replacement: 'airflow.sdk.dag', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.decorators.setup', kind: 'deprecated', replacement: 'airflow.sdk.setup', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.decorators.task', kind: 'deprecated', replacement: 'airflow.sdk.task', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.decorators.task_group', kind: 'deprecated', replacement: 'airflow.sdk.task_group', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.decorators.teardown', kind: 'deprecated', replacement: 'airflow.sdk.teardown', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.hooks.base.BaseHook', kind: 'deprecated', replacement: 'airflow.sdk.BaseHook', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.hooks.filesystem.FSHook', kind: 'deprecated', replacement: 'airflow.providers.standard.hooks.filesystem.FSHook', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.hooks.package_index.PackageIndexHook', kind: 'deprecated', replacement: 'airflow.providers.standard.hooks.package_index.PackageIndexHook', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.hooks.subprocess.SubprocessHook', kind: 'deprecated', replacement: 'airflow.providers.standard.hooks.subprocess.SubprocessHook', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.io.Properties', kind: 'deprecated', replacement: 'airflow.sdk.io.Properties', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.io._BUILTIN_SCHEME_TO_FS', kind: 'deprecated', replacement: 'airflow.sdk.io.fs._BUILTIN_SCHEME_TO_FS', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.io.attach', kind: 'deprecated', replacement: 'airflow.sdk.io.attach', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.io.get_fs', kind: 'deprecated', replacement: 'airflow.sdk.io.get_fs', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.io.has_fs', kind: 'deprecated', replacement: 'airflow.sdk.io.has_fs', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.io.path.ObjectStoragePath', kind: 'deprecated', replacement: 'airflow.sdk.ObjectStoragePath', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.io.storage.attach', kind: 'deprecated', replacement: 'airflow.sdk.io.attach', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.io.typedef.Properties', kind: 'deprecated', replacement: 'airflow.sdk.io.typedef.Properties', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.macros', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros', importFailsOn31: false },
  { path: 'airflow.macros.datetime_diff_for_humans', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros.datetime_diff_for_humans', importFailsOn31: false, note: 'airflow.sdk.execution_time.macros is Task SDK internals (3.1.8 has no public airflow.sdk alias); in templates use {{ macros.datetime_diff_for_humans(...) }}. Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.macros.ds_add', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros.ds_add', importFailsOn31: false, note: 'airflow.sdk.execution_time.macros is Task SDK internals (3.1.8 has no public airflow.sdk alias); in templates use {{ macros.ds_add(...) }}. Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.macros.ds_format', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros.ds_format', importFailsOn31: false, note: 'airflow.sdk.execution_time.macros is Task SDK internals (3.1.8 has no public airflow.sdk alias); in templates use {{ macros.ds_format(...) }}. Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.macros.ds_format_locale', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros.ds_format_locale', importFailsOn31: false, note: 'airflow.sdk.execution_time.macros is Task SDK internals (3.1.8 has no public airflow.sdk alias); in templates use {{ macros.ds_format_locale(...) }}. Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.BaseOperator', kind: 'suggested', replacement: 'airflow.sdk.BaseOperator', importFailsOn31: false },
  { path: 'airflow.models.Connection', kind: 'suggested', replacement: 'airflow.sdk.Connection', importFailsOn31: false },
  { path: 'airflow.models.DAG', kind: 'suggested', replacement: 'airflow.sdk.DAG', importFailsOn31: false },
  { path: 'airflow.models.Param', kind: 'suggested', replacement: 'airflow.sdk.Param', importFailsOn31: false },
  { path: 'airflow.models.Variable', kind: 'suggested', replacement: 'airflow.sdk.Variable', importFailsOn31: false },
  { path: 'airflow.models.abstractoperator.AbstractOperator', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.AbstractOperator', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.abstractoperator.DEFAULT_OWNER', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.DEFAULT_OWNER', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.abstractoperator.DEFAULT_QUEUE', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.DEFAULT_QUEUE', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.abstractoperator.DEFAULT_TASK_EXECUTION_TIMEOUT', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.DEFAULT_TASK_EXECUTION_TIMEOUT', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.abstractoperator.NotMapped', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.NotMapped', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.abstractoperator.TaskStateChangeCallback', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.TaskStateChangeCallback', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.baseoperator.BaseOperator', kind: 'deprecated', replacement: 'airflow.sdk.BaseOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.baseoperator.chain', kind: 'deprecated', replacement: 'airflow.sdk.chain', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.baseoperator.chain_linear', kind: 'deprecated', replacement: 'airflow.sdk.chain_linear', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.baseoperator.cross_downstream', kind: 'deprecated', replacement: 'airflow.sdk.cross_downstream', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.baseoperatorlink.BaseOperatorLink', kind: 'deprecated', replacement: 'airflow.sdk.BaseOperatorLink', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.connection.Connection', kind: 'suggested', replacement: 'airflow.sdk.Connection', importFailsOn31: false, note: 'The ORM model; DAG and task code should use the Task SDK class.' },
  { path: 'airflow.models.dag.DAG', kind: 'deprecated', replacement: 'airflow.sdk.DAG', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.operator.BaseOperator', kind: 'deprecated', replacement: 'airflow.sdk.BaseOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.param.Param', kind: 'deprecated', replacement: 'airflow.sdk.Param', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.param.ParamsDict', kind: 'deprecated', replacement: 'airflow.sdk.ParamsDict', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.models.variable.Variable', kind: 'suggested', replacement: 'airflow.sdk.Variable', importFailsOn31: false, note: 'The ORM model; DAG and task code should use the Task SDK class.' },
  { path: 'airflow.notifications.basenotifier.BaseNotifier', kind: 'deprecated', replacement: 'airflow.sdk.BaseNotifier', importFailsOn31: false, note: 'Still importable on 3.1 (deprecation warning).' },
  { path: 'airflow.operators.bash.BashOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.bash.BashOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.branch.BaseBranchOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.branch.BaseBranchOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.branch.BranchMixIn', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.branch.BranchMixIn', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.datetime.BranchDateTimeOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.datetime.BranchDateTimeOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.empty.EmptyOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.generic_transfer.GenericTransfer', kind: 'deprecated', replacement: 'airflow.providers.common.sql.operators.generic_transfer.GenericTransfer', provider: 'apache-airflow-providers-common-sql', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.latest_only.LatestOnlyOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.latest_only.LatestOnlyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.python.BranchExternalPythonOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.BranchExternalPythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.python.BranchPythonOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.BranchPythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.python.BranchPythonVirtualenvOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.BranchPythonVirtualenvOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.python.ExternalPythonOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.ExternalPythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.python.PythonOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.PythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.python.PythonVirtualenvOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.PythonVirtualenvOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.python.ShortCircuitOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.ShortCircuitOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.python.get_current_context', kind: 'deprecated', replacement: 'airflow.sdk.get_current_context', importFailsOn31: false, note: 'Still importable on 3.1 (deprecation warning).' },
  { path: 'airflow.operators.smooth.SmoothOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.smooth.SmoothOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.trigger_dagrun.TriggerDagRunOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.operators.weekday.BranchDayOfWeekOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.weekday.BranchDayOfWeekOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.secrets.cache.SecretCache', kind: 'deprecated', replacement: 'airflow.sdk.SecretCache', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.base.BaseSensorOperator', kind: 'deprecated', replacement: 'airflow.sdk.BaseSensorOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.base.PokeReturnValue', kind: 'deprecated', replacement: 'airflow.sdk.PokeReturnValue', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.base.poke_mode_only', kind: 'deprecated', replacement: 'airflow.sdk.bases.sensor.poke_mode_only', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.bash.BashSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.bash.BashSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.date_time.DateTimeSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.date_time.DateTimeSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.date_time.DateTimeSensorAsync', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.date_time.DateTimeSensorAsync', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.external_task.ExternalDagLink', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.external_task.ExternalDagLink', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.external_task.ExternalTaskMarker', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.external_task.ExternalTaskMarker', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.external_task.ExternalTaskSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.external_task.ExternalTaskSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.filesystem.FileSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.filesystem.FileSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.python.PythonSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.python.PythonSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.time_delta.TimeDeltaSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.time_delta.TimeDeltaSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.time_delta.TimeDeltaSensorAsync', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.time_delta.TimeDeltaSensorAsync', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.time_sensor.TimeSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.time.TimeSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.time_sensor.TimeSensorAsync', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.time.TimeSensorAsync', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.sensors.weekday.DayOfWeekSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.weekday.DayOfWeekSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.settings.Session', kind: 'suggested', importFailsOn31: false, note: 'Internal API: task code has no metadata-database access in Airflow 3; use the Task SDK or the REST API.' },
  { path: 'airflow.timetables.datasets.DatasetOrTimeSchedule', kind: 'suggested', replacement: 'airflow.timetables.assets.AssetOrTimeSchedule', importFailsOn31: false },
  { path: 'airflow.triggers.external_task.DagStateTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.external_task.DagStateTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.triggers.external_task.WorkflowTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.external_task.WorkflowTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.triggers.file.FileTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.file.FileTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.triggers.temporal.DateTimeTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.temporal.DateTimeTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.triggers.temporal.TimeDeltaTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.temporal.TimeDeltaTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.dag_parsing_context.get_parsing_context', kind: 'deprecated', replacement: 'airflow.sdk.get_parsing_context', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.db.provide_session', kind: 'suggested', importFailsOn31: false, note: 'Task code has no metadata-database access in Airflow 3; use the Task SDK (airflow.sdk) or the REST API. Still importable on 3.1.' },
  { path: 'airflow.utils.decorators.fixup_decorator_warning_stack', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.decorators.fixup_decorator_warning_stack', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.decorators.remove_task_decorator', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.decorators.remove_task_decorator', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.operator_resources', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk.definitions.operator_resources', importFailsOn31: false },
  { path: 'airflow.utils.session.create_session', kind: 'suggested', importFailsOn31: false, note: 'Internal API: importable on 3.1 but task code has no metadata-database access in Airflow 3 (the call fails at run time); use the Task SDK or the REST API.' },
  { path: 'airflow.utils.session.provide_session', kind: 'suggested', importFailsOn31: false, note: 'Internal API: importable on 3.1 but task code has no metadata-database access in Airflow 3 (the call fails at run time); use the Task SDK or the REST API.' },
  { path: 'airflow.utils.setup_teardown.BaseSetupTeardownContext', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.setup_teardown.BaseSetupTeardownContext', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.setup_teardown.SetupTeardownContext', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.setup_teardown.SetupTeardownContext', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.task_group.TaskGroup', kind: 'deprecated', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.timeout.timeout', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.timeout.timeout', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.timezone', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk.timezone', importFailsOn31: false },
  { path: 'airflow.utils.timezone.coerce_datetime', kind: 'deprecated', replacement: 'airflow.sdk.timezone.coerce_datetime', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.timezone.convert_to_utc', kind: 'deprecated', replacement: 'airflow.sdk.timezone.convert_to_utc', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.timezone.datetime', kind: 'deprecated', replacement: 'airflow.sdk.timezone.datetime', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.timezone.make_naive', kind: 'deprecated', replacement: 'airflow.sdk.timezone.make_naive', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.timezone.parse', kind: 'deprecated', replacement: 'airflow.sdk.timezone.parse', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.timezone.utc', kind: 'deprecated', replacement: 'airflow.sdk.timezone.utc', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.timezone.utcnow', kind: 'deprecated', replacement: 'airflow.sdk.timezone.utcnow', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.trigger_rule', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.task.trigger_rule', importFailsOn31: false },
  { path: 'airflow.utils.weight_rule.DB_SAFE_MAXIMUM', kind: 'deprecated', replacement: 'airflow.sdk.bases.operator.DB_SAFE_MAXIMUM', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.weight_rule.DB_SAFE_MINIMUM', kind: 'deprecated', replacement: 'airflow.sdk.bases.operator.DB_SAFE_MINIMUM', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.weight_rule.WeightRule', kind: 'deprecated', replacement: 'airflow.task.weight_rule.WeightRule', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.weight_rule.db_safe_priority', kind: 'deprecated', replacement: 'airflow.sdk.bases.operator.db_safe_priority', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
  { path: 'airflow.utils.xcom.XCOM_RETURN_KEY', kind: 'deprecated', replacement: 'airflow.models.xcom.XCOM_RETURN_KEY', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
];

/** A keyword argument or value Airflow 3 no longer accepts. `replacement` is a name, or prose when it contains a space. */
export interface ArgumentChange {
  name: string;
  /**
   * 3.1 still accepts the argument (with a DeprecationWarning) and ignores it, so the DAG loads:
   * reported by DAG203 as a warning, not by DAG102/DAG103 as an error. Verified on 3.1.8.
   */
  acceptedOn31?: boolean;
  replacement?: string;
  note?: string;
}

/**
 * DAG(...) / @dag(...) arguments. Checked on 3.1.8: all but sla_miss_callback raise TypeError, passed
 * directly or as DAG(**kwargs); as default_args keys all of them (and the operator ones) are ignored.
 */
export const REMOVED_DAG_ARGUMENTS: ArgumentChange[] = [
  { name: 'schedule_interval', replacement: 'schedule', note: 'DAG() raises TypeError on 3.1.' },
  { name: 'timetable', replacement: 'schedule', note: 'Pass the timetable object as schedule=. DAG() raises TypeError on 3.1.' },
  { name: 'concurrency', replacement: 'max_active_tasks', note: 'DAG() raises TypeError on 3.1.' },
  { name: 'fail_stop', replacement: 'fail_fast', note: 'DAG() raises TypeError on 3.1.' },
  { name: 'default_view', note: 'The UI view is a user setting in Airflow 3; delete the argument. DAG() raises TypeError on 3.1.' },
  { name: 'orientation', note: 'The graph orientation is a UI setting in Airflow 3; delete the argument. DAG() raises TypeError on 3.1.' },
  { name: 'full_filepath', note: 'Delete the argument; Airflow sets the file location itself. DAG() raises TypeError on 3.1.' },
  {
    name: 'sla_miss_callback',
    acceptedOn31: true,
    note: 'SLAs were removed in Airflow 3; Airflow 3.1 adds Deadline Alerts (deadline=). 3.1 still accepts the argument but never calls it.',
  },
];

/** BaseOperator / @task arguments (and operator-specific renames). */
export const REMOVED_OPERATOR_ARGUMENTS: ArgumentChange[] = [
  { name: 'task_concurrency', replacement: 'max_active_tis_per_dag', note: 'Operators raise TypeError on 3.1.' },
  { name: 'provide_context', note: 'The context is always passed to callables that accept **context; delete the argument. Operators raise TypeError on 3.1.' },
  { name: 'sla', acceptedOn31: true, note: 'SLAs were removed in Airflow 3; Airflow 3.1 adds Deadline Alerts on the DAG. 3.1 accepts the argument with a warning and ignores it.' },
  { name: 'execution_date', replacement: 'logical_date', note: 'TriggerDagRunOperator.' },
  { name: 'use_task_execution_day', replacement: 'use_task_logical_date', note: 'BranchDateTimeOperator, BranchDayOfWeekOperator, DayOfWeekSensor.' },
];

/**
 * Task context keys (context["…"], context.get("…"), TaskFlow parameters, Jinja "{{ … }}") that are gone
 * from airflow.sdk.definitions.context.Context on 3.1.8.
 */
export const REMOVED_CONTEXT_KEYS: ArgumentChange[] = [
  { name: 'execution_date', replacement: 'logical_date', note: 'logical_date is None for runs triggered without one; data_interval_start is always set for scheduled runs.' },
  { name: 'next_execution_date', replacement: 'data_interval_end' },
  { name: 'next_ds', replacement: 'Use {{ data_interval_end | ds }} instead.' },
  { name: 'next_ds_nodash', replacement: 'Use {{ data_interval_end | ds_nodash }} instead.' },
  { name: 'prev_execution_date', replacement: 'prev_data_interval_start_success', note: 'The previous successful run; for a fixed interval compute it from logical_date.' },
  { name: 'prev_ds', replacement: 'Use {{ prev_data_interval_start_success | ds }} (previous successful run) or {{ macros.ds_add(ds, -N) }} instead.' },
  { name: 'prev_ds_nodash', replacement: 'Use {{ prev_data_interval_start_success | ds_nodash }} (previous successful run) instead.' },
  { name: 'prev_execution_date_success', replacement: 'prev_data_interval_start_success' },
  { name: 'tomorrow_ds', replacement: 'Use {{ macros.ds_add(ds, 1) }} instead.' },
  { name: 'tomorrow_ds_nodash', replacement: 'Use {{ macros.ds_format(macros.ds_add(ds, 1), "%Y-%m-%d", "%Y%m%d") }} instead.' },
  { name: 'yesterday_ds', replacement: 'Use {{ macros.ds_add(ds, -1) }} instead.' },
  { name: 'yesterday_ds_nodash', replacement: 'Use {{ macros.ds_format(macros.ds_add(ds, -1), "%Y-%m-%d", "%Y%m%d") }} instead.' },
  { name: 'conf', replacement: 'Import it in the task: from airflow.configuration import conf.' },
  { name: 'triggering_dataset_events', replacement: 'triggering_asset_events' },
];

/** Any removed context key as a whole word: text without a match reads none of them (a cheap test before tokenizing templates). */
export const ANY_REMOVED_CONTEXT_KEY = new RegExp(`(?<!\\w)(?:${REMOVED_CONTEXT_KEYS.map((k) => k.name).join('|')})(?!\\w)`);

/** trigger_rule values (strings or TriggerRule members, compared lower-case) rejected with ValueError on 3.1.8. */
export const REMOVED_TRIGGER_RULES: ArgumentChange[] = [
  { name: 'none_failed_or_skipped', replacement: 'none_failed_min_one_success' },
  { name: 'dummy', replacement: 'always' },
];

const EXACT = new Map<string, ImportChange>(IMPORT_CHANGES.map((change) => [change.path, change]));
const BY_PREFIX = new Map<string, ImportChange>(IMPORT_CHANGES.filter((change) => change.matchPrefix).map((change) => [change.path, change]));

/** Top-level packages the table mentions (just `airflow`): any other name is answered without lookups. */
const ROOTS = new Set(IMPORT_CHANGES.map((change) => change.path.split('.')[0]));

const CHANGE_CACHE_LIMIT = 10_000;
const changeByName = new Map<string, ImportChange | null>();

/** Lookup helper: the most specific IMPORT_CHANGES entry for a fully-qualified name (exact match wins over prefix; longest prefix wins). */
export function findImportChange(qualifiedName: string): ImportChange | undefined {
  const dot = qualifiedName.indexOf('.');
  if (!ROOTS.has(dot === -1 ? qualifiedName : qualifiedName.slice(0, dot))) return undefined;
  // Every DAG file imports much the same airflow names: remember answers (a bounded cache of a pure function).
  const known = changeByName.get(qualifiedName);
  if (known !== undefined) return known ?? undefined;
  const change = lookupImportChange(qualifiedName);
  if (changeByName.size >= CHANGE_CACHE_LIMIT) changeByName.clear();
  changeByName.set(qualifiedName, change ?? null);
  return change;
}

function lookupImportChange(qualifiedName: string): ImportChange | undefined {
  const exact = EXACT.get(qualifiedName);
  if (exact) return exact;
  // Walk up the dotted path: the first module-wide entry found is the longest prefix.
  for (let end = qualifiedName.lastIndexOf('.'); end > 0; end = qualifiedName.lastIndexOf('.', end - 1)) {
    const change = BY_PREFIX.get(qualifiedName.slice(0, end));
    if (change) return change;
  }
  return packageLevelImport(qualifiedName);
}

/**
 * Airflow 1 let DAGs import classes from the package itself (`from airflow.operators import
 * BashOperator`, `from airflow.hooks import HttpHook`). On 3.1.8 these packages hold no class at all
 * (dir() of airflow.operators, airflow.hooks and airflow.sensors has no capitalised name; each such
 * import fails), so any capitalised name directly below them is an import error. The replacement is
 * taken from the table entry for the same class under its Airflow 2 module, when there is one.
 */
const PACKAGE_LEVEL = /^airflow\.(operators|hooks|sensors)\.([A-Z]\w*)$/;

function packageLevelImport(qualifiedName: string): ImportChange | undefined {
  const m = PACKAGE_LEVEL.exec(qualifiedName);
  if (!m) return undefined;
  const name = m[2];
  const known = IMPORT_CHANGES.find((c) => !c.matchPrefix && c.path.startsWith(`airflow.${m[1]}.`) && c.path.endsWith(`.${name}`) && c.replacement && DOTTED.test(c.replacement));
  return {
    path: qualifiedName,
    kind: 'removed',
    replacement: known?.replacement,
    provider: known?.provider,
    importFailsOn31: true,
    note: `Airflow 1 style package import: airflow.${m[1]} has no \`${name}\` in Airflow 3; import it from its module.`,
  };
}

const DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/;

/**
 * Methods and attributes Airflow 3 removed or renamed on objects of Airflow classes (the Dataset →
 * Asset renames and friends): calling them fails with AttributeError when the code runs, not when
 * the DAG file is imported. `classes` are qualified names, or a pattern for whole families.
 * Checked absent on 3.1.8 (hasattr): Asset.iter_datasets/iter_dataset_aliases, DAG.create_dagrun (sdk
 * and models), the secrets backends' get_conn_uri/get_connections, ProvidersManager.dataset_*,
 * HookLineageCollector.*_dataset; the rest as ruff's AIR301 lists them.
 */
export interface AttributeChange {
  classes: ReadonlySet<string> | RegExp;
  /** old attribute → its Airflow 3 name (undefined: removed without a direct replacement). */
  renames: Record<string, string | undefined>;
  note?: string;
}

const DATASET_CLASSES = new Set(
  ['airflow.Dataset', 'airflow.datasets.Dataset', 'airflow.datasets.DatasetAlias', 'airflow.datasets.DatasetAny', 'airflow.datasets.DatasetAll', 'airflow.sdk.Asset', 'airflow.sdk.AssetAlias', 'airflow.sdk.AssetAny', 'airflow.sdk.AssetAll'],
);

export const REMOVED_ATTRIBUTES: AttributeChange[] = [
  { classes: DATASET_CLASSES, renames: { iter_datasets: 'iter_assets', iter_dataset_aliases: 'iter_asset_aliases' } },
  {
    classes: new Set(['airflow.datasets.manager.DatasetManager', 'airflow.assets.manager.AssetManager']),
    renames: {
      register_dataset_change: 'register_asset_change',
      create_datasets: 'create_assets',
      notify_dataset_created: 'notify_asset_created',
      notify_dataset_changed: 'notify_asset_changed',
      notify_dataset_alias_created: 'notify_asset_alias_created',
    },
  },
  { classes: new Set(['airflow.lineage.hook.DatasetLineageInfo', 'airflow.lineage.hook.AssetLineageInfo']), renames: { dataset: 'asset' } },
  {
    classes: new Set(['airflow.lineage.hook.HookLineageCollector']),
    renames: { create_dataset: 'create_asset', add_input_dataset: 'add_input_asset', add_output_dataset: 'add_output_asset', collected_datasets: 'collected_assets' },
  },
  {
    classes: new Set(['airflow.DAG', 'airflow.models.DAG', 'airflow.models.dag.DAG', 'airflow.sdk.DAG']),
    renames: { create_dagrun: undefined },
    note: 'DAG authors no longer create runs directly in Airflow 3: trigger one through the REST API or TriggerDagRunOperator.',
  },
  { classes: new Set(['airflow.providers.amazon.aws.auth_manager.aws_auth_manager.AwsAuthManager']), renames: { is_authorized_dataset: 'is_authorized_asset' } },
  // Secrets backends: Airflow's own and the providers' (…secrets.vault.VaultBackend, …).
  { classes: /^airflow\.(?:secrets|providers\.[\w.]+\.secrets)\.[\w.]*Backend$/, renames: { get_conn_uri: 'get_conn_value', get_connections: 'get_connection' } },
  {
    classes: new Set(['airflow.providers_manager.ProvidersManager']),
    renames: {
      initialize_providers_dataset_uri_resources: 'initialize_providers_asset_uri_resources',
      dataset_factories: 'asset_factories',
      dataset_uri_handlers: 'asset_uri_handlers',
      dataset_to_openlineage_converters: 'asset_to_openlineage_converters',
    },
  },
];

/** AirflowPlugin class attributes Airflow 3 no longer reads (3.1.8's AirflowPlugin has none of them). */
export const REMOVED_PLUGIN_ATTRIBUTES: Record<string, string> = {
  operators: 'Import operators from their own module in the DAG file.',
  sensors: 'Import sensors from their own module in the DAG file.',
  hooks: 'Import hooks from their own module.',
  executors: 'Set the executor in the [core] executor configuration.',
};

/** Keyword arguments removed from specific Airflow calls (checked on 3.1.8), by callee pattern. */
export const REMOVED_CALL_ARGUMENTS: Array<{ callee: RegExp; name: string; replacement?: string; what: string }> = [
  { callee: /^airflow\.sdk\.Variable\.get$/, name: 'default_var', replacement: 'default', what: 'airflow.sdk.Variable.get()' },
  { callee: /^airflow\.(?:utils\.log|providers\.[\w.]+\.log)\.[\w.]*TaskHandler$/, name: 'filename_template', what: 'task log handlers (the [logging] log_filename_template setting replaces it)' },
];
