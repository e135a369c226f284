/**
 * Facts the lint-dags autofix needs beyond the airflow3.ts tables: which renames keep behaviour,
 * which replacements are not drop-in, and removed helpers that have a plain-Python equivalent.
 * Checked against apache-airflow 2.9.3 (the original behaviour) and 3.1.8 (where the new names live).
 */
import type { FixSafety } from '../../core/edits.js';

/** Old qualified name → a replacement that behaves the same under its new name (a safe rename). */
export const EQUIVALENT_RENAMES: ReadonlySet<string> = new Set([
  'airflow.operators.dummy.DummyOperator',
  'airflow.operators.dummy_operator.DummyOperator',
  'airflow.datasets.Dataset',
  'airflow.datasets.DatasetAlias',
  'airflow.datasets.DatasetAll',
  'airflow.datasets.DatasetAny',
  'airflow.timetables.datasets.DatasetOrTimeSchedule',
]);

/** Keyword arguments a renamed callable takes under a new name too (old qualified name → old → new keyword). */
export const KEYWORD_RENAMES: Record<string, Record<string, string>> = {
  'airflow.timetables.datasets.DatasetOrTimeSchedule': { datasets: 'assets' },
};

/**
 * Provider operators removed in favour of common-sql's SQLExecuteQueryOperator (postgres 6.0.0,
 * mysql 6.0.0, sqlite 4.0.0; checked against the 3.1.8 venv's common-sql): the class is renamed and
 * `<db>_conn_id` becomes `conn_id`; sql, autocommit, parameters and database keep their names. Unsafe
 * (a different class runs the SQL), and left alone when a call passes an argument the new operator
 * does not take (`NOT_TAKEN_BY_SQL_EXECUTE`).
 */
export const PROVIDER_OPERATOR_RENAMES: Record<string, { replacement: string; keywords: Record<string, string> }> = {
  'airflow.providers.postgres.operators.postgres.PostgresOperator': { replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', keywords: { postgres_conn_id: 'conn_id' } },
  'airflow.providers.mysql.operators.mysql.MySqlOperator': { replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', keywords: { mysql_conn_id: 'conn_id' } },
  'airflow.providers.sqlite.operators.sqlite.SqliteOperator': { replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', keywords: { sqlite_conn_id: 'conn_id' } },
};

/** Arguments of the old SQL operators SQLExecuteQueryOperator does not accept (postgres's runtime_parameters). */
export const NOT_TAKEN_BY_SQL_EXECUTE: readonly string[] = ['runtime_parameters'];

/** Replacements that are a different API, not a new spelling: no mechanical rewrite exists. */
export const NOT_DROP_IN: ReadonlySet<string> = new Set(['airflow.sdk.TaskGroup']);

/** Removed functions whose calls are rewritten in place; the import of the old name goes away. */
export interface CallRewrite {
  /** Modules the new expression needs imported (`import X`). */
  imports: string[];
  safety: FixSafety;
  /** The new expression for a call, or undefined when this call's arguments cannot be rewritten. */
  rewrite(args: { positional: string[]; keywords: string[] }, today: Date): string | undefined;
}

export const CALL_REWRITES: Record<string, CallRewrite> = {
  // days_ago(n) was midnight UTC n days before the parse; a fixed date is what Airflow 3 wants, and
  // the start date stops moving (unsafe: the schedule's first run changes).
  'airflow.utils.dates.days_ago': {
    imports: ['pendulum'],
    safety: 'unsafe',
    rewrite({ positional, keywords }, today) {
      if (positional.length !== 1 || keywords.length || !/^\d+$/.test(positional[0])) return undefined;
      const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - Number(positional[0]) * 86_400_000);
      return `pendulum.datetime(${day.getUTCFullYear()}, ${day.getUTCMonth() + 1}, ${day.getUTCDate()}, tz="UTC")`;
    },
  },
  // 2.9's is_venv_installed() was exactly this test; 3.x dropped the helper.
  'airflow.operators.python.is_venv_installed': {
    imports: ['shutil', 'importlib.util'],
    safety: 'safe',
    rewrite: ({ positional, keywords }) => (positional.length || keywords.length ? undefined : 'bool(shutil.which("virtualenv") or importlib.util.find_spec("virtualenv"))'),
  },
};

/** Removed arguments whose deletion changes what the DAG does (the rest were no-ops or are renamed). */
export const ARGUMENT_DROP_UNSAFE: ReadonlySet<string> = new Set(['sla', 'sla_miss_callback']);

/** Context keys whose replacement carries the same value for every run (others differ for some runs). */
export const SAME_VALUE_CONTEXT_KEYS: ReadonlySet<string> = new Set(['execution_date', 'triggering_dataset_events']);
