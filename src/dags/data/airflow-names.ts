/**
 * Qualified names the DAG model recognises, across Airflow 2.x and 3.x import paths.
 * (Which of them are removed or deprecated on Airflow 3 is airflow3.ts's business.)
 */

export const DAG_CLASSES: ReadonlySet<string> = new Set([
  'airflow.DAG',
  'airflow.models.DAG',
  'airflow.models.dag.DAG',
  'airflow.sdk.DAG',
  'airflow.sdk.definitions.dag.DAG',
]);

export const DAG_DECORATORS: ReadonlySet<string> = new Set([
  'airflow.decorators.dag',
  'airflow.sdk.dag',
  'airflow.sdk.definitions.dag.dag',
  'airflow.models.dag.dag',
]);

/** Airflow 3's `@asset`: a DAG with one task, both named after the decorated function. */
export const ASSET_DECORATORS: ReadonlySet<string> = new Set(['airflow.sdk.asset', 'airflow.sdk.definitions.asset.decorators.asset']);

/** `@task`, and its flavours `@task.branch`, `@task.bash`, … (the attribute after these). */
export const TASK_DECORATORS: ReadonlySet<string> = new Set([
  'airflow.decorators.task',
  'airflow.sdk.task',
  // @setup / @teardown make a task named after the function, like @task (DagBag on 2.9.3, 3.1.8, 3.3.2).
  'airflow.decorators.setup',
  'airflow.decorators.teardown',
  'airflow.sdk.setup',
  'airflow.sdk.teardown',
]);

/** Flavours of @task whose return value names the task_ids to follow. */
export const BRANCH_TASK_FLAVOURS: ReadonlySet<string> = new Set(['branch', 'branch_virtualenv', 'branch_external_python']);

export const TASK_GROUP_CLASSES: ReadonlySet<string> = new Set([
  'airflow.utils.task_group.TaskGroup',
  'airflow.sdk.TaskGroup',
  'airflow.sdk.definitions.taskgroup.TaskGroup',
]);

export const TASK_GROUP_DECORATORS: ReadonlySet<string> = new Set([
  'airflow.decorators.task_group',
  'airflow.sdk.task_group',
]);

export const CHAIN_FUNCTIONS: ReadonlySet<string> = new Set([
  'airflow.models.baseoperator.chain',
  'airflow.sdk.chain',
  'airflow.sdk.bases.operator.chain',
  'airflow.utils.helpers.chain',
]);

/** Operators whose python_callable returns the task_id(s) to follow. */
export const BRANCH_OPERATOR_NAMES: ReadonlySet<string> = new Set([
  'BranchPythonOperator',
  'BranchPythonVirtualenvOperator',
  'BranchExternalPythonOperator',
]);

/** Calls that return "now": a start_date built from them moves on every parse. */
export const NOW_FUNCTIONS: ReadonlySet<string> = new Set([
  'datetime.datetime.now',
  'datetime.datetime.utcnow',
  'datetime.datetime.today',
  'datetime.date.today',
  'pendulum.now',
  'pendulum.today',
  'pendulum.yesterday',
  'pendulum.tomorrow',
  'airflow.utils.timezone.utcnow',
  'airflow.utils.timezone.datetime.now',
  'time.time',
]);

/** Constructors of a datetime that is naive unless given tzinfo=. */
export const NAIVE_DATETIME_CONSTRUCTORS: ReadonlySet<string> = new Set(['datetime.datetime']);

/** Parse-time calls that read Airflow Variables or Connections (a DB or secrets-backend round trip). */
export const VARIABLE_CONNECTION_CALLS: ReadonlySet<string> = new Set([
  'airflow.models.Variable.get',
  'airflow.models.variable.Variable.get',
  'airflow.sdk.Variable.get',
  'airflow.models.Connection.get',
  'airflow.models.Connection.get_connection_from_secrets',
  'airflow.models.connection.Connection.get_connection_from_secrets',
  'airflow.sdk.Connection.get',
  'airflow.hooks.base.BaseHook.get_connection',
  'airflow.sdk.BaseHook.get_connection',
  'airflow.hooks.base_hook.BaseHook.get_connection',
]);

/** Module prefixes whose calls do network or database I/O. */
export const NETWORK_CALL_PREFIXES: readonly string[] = [
  'requests.',
  'httpx.',
  'urllib.request.',
  'urllib3.',
  'http.client.',
  'socket.',
  'psycopg2.connect',
  'psycopg.connect',
  'pymysql.connect',
  'sqlalchemy.create_engine',
  'boto3.client',
  'boto3.resource',
  'redis.Redis',
  'pymongo.MongoClient',
  'kubernetes.config.load_incluster_config',
  'kubernetes.config.load_kube_config',
];

export const DEFAULT_HEAVY_IMPORTS: readonly string[] = [
  'kubernetes',
  'pandas',
  'numpy',
  'torch',
  'tensorflow',
  'sklearn',
  'transformers',
  'qdrant_client',
  'scipy',
  'matplotlib',
  'pyspark',
  'keras',
];

/** Metadata-database access that Airflow 3's task SDK no longer allows. */
export const METADATA_DB_CALLS: ReadonlySet<string> = new Set([
  'airflow.utils.session.create_session',
  'airflow.utils.session.provide_session',
  'airflow.utils.db.create_session',
  'airflow.utils.db.provide_session',
  'airflow.settings.Session',
  'airflow.settings.engine.connect',
]);

export const CRON_PRESETS: ReadonlySet<string> = new Set([
  '@once',
  '@continuous',
  '@hourly',
  '@daily',
  '@weekly',
  '@monthly',
  '@quarterly',
  '@yearly',
  '@annually',
  '@midnight',
]);
