import type { RuleMeta } from '../../core/rule.js';

export const unappliedMigrations: RuleMeta = {
  id: 'MIG012',
  name: 'unapplied-migrations',
  severity: 'error',
  check: 'migrate-kind',
  summary: "`airflow db check-migrations` still sees unapplied migrations.",
  docs: {
    what: "Runs `airflow db check-migrations` in the target image after the migration, the same check the chart's wait-for-airflow-migrations init container runs.",
    why: "If the check fails here, every Airflow pod would wait in its init container until images.migrationsWaitTimeout and then crash-loop.",
    example: "# migration Job ran an older image than the release\n",
    fix: "# Migrate with the release's own image (the action does).\n",
  },
  exampleLanguage: 'text',
};
