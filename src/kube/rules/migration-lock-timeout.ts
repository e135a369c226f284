import type { RuleMeta } from '../../core/rule.js';

export const migrationLockTimeout: RuleMeta = {
  id: 'MIG003',
  name: 'migration-lock-timeout',
  severity: 'error',
  check: 'migrate-kind',
  summary: "Another migration ran against the same database at the same time.",
  docs: {
    what: "Detects a migration that ran into a concurrent one: `canceling statement due to lock timeout` (Airflow takes a PostgreSQL advisory lock with a 1.8 s lock_timeout), or a duplicate of something the other migration had just created — on a fresh database Airflow 3.1.8 creates the FAB tables and inserts the default pool after releasing that lock, and real concurrent runs against PostgreSQL failed with `DuplicateTable: relation \"ab_group_role\" already exists`, a duplicate key in the catalog (pg_class, pg_type), or on `slot_pool_pool_uq`.",
    why: "Two migrations at once mean something else (a hook Job, an Argo CD sync, a second pipeline) is migrating the same database; the result is order-dependent.",
    example: "# Argo CD sync runs the chart's migration Job while the pipeline runs another\n",
    fix: "# Run exactly one migration: wait for the chart's Job, or disable it and let the pipeline migrate.\n",
  },
  exampleLanguage: 'text',
};
