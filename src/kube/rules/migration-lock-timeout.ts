import type { RuleMeta } from '../../core/rule.js';

export const migrationLockTimeout: RuleMeta = {
  id: 'MIG003',
  name: 'migration-lock-timeout',
  severity: 'error',
  check: 'migrate-kind',
  summary: "Another migration held Airflow's migration lock.",
  docs: {
    what: "Detects `canceling statement due to lock timeout` from the migration: Airflow takes a PostgreSQL advisory lock (pg_advisory_lock) with a 1.8 s lock_timeout, so a second concurrent migration fails fast.",
    why: "Two migrations at once mean something else (a hook Job, an Argo CD sync, a second pipeline) is migrating the same database; the result is order-dependent.",
    example: "# Argo CD sync runs the chart's migration Job while the pipeline runs another\n",
    fix: "# Run exactly one migration: wait for the chart's Job, or disable it and let the pipeline migrate.\n",
  },
  exampleLanguage: 'text',
};
