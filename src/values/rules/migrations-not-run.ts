import type { ValuesRule } from '../context.js';
import { migrateJobRendered, migrationWaitingComponents } from '../chart-model.js';

export const migrationsNotRun: ValuesRule = {
  meta: {
    id: 'VAL040',
    name: 'migrations-not-run',
    severity: 'error',
    check: 'validate-values',
    summary: 'The migration Job is disabled while components wait for migrations.',
    docs: {
      what: 'Reports migrateDatabaseJob.enabled: false while scheduler, API server, triggerer or DAG processor keep waitForMigrations.enabled (the default).',
      why: 'Each of those pods runs a wait-for-airflow-migrations init container; with no Job to migrate the database they wait forever, and the deployment never becomes healthy until someone runs `airflow db migrate` by hand.',
      example: 'migrateDatabaseJob:\n  enabled: false\n',
      fix: 'migrateDatabaseJob:\n  enabled: true\n  useHelmHooks: false\n  applyCustomEnv: false\n  jobAnnotations:\n    argocd.argoproj.io/hook: Sync\n    argocd.argoproj.io/hook-delete-policy: BeforeHookCreation\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    if (migrateJobRendered(ctx)) return;
    const waiting = migrationWaitingComponents(ctx);
    if (!waiting.length) return;
    ctx.report(['migrateDatabaseJob', 'enabled'], {
      message: `migrateDatabaseJob.enabled is false but ${waiting.join(', ')} keep waitForMigrations enabled: their pods wait in the wait-for-airflow-migrations init container until someone migrates the database.`,
      fix: 'Enable the Job with useHelmHooks: false and jobAnnotations `argocd.argoproj.io/hook: Sync` plus `argocd.argoproj.io/hook-delete-policy: BeforeHookCreation` (Argo CD then re-runs it on every sync), or run `airflow db migrate` in a pipeline step before each sync.',
    });
  },
};
