import type { RuleMeta } from '../../core/rule.js';

export const migrationFailed: RuleMeta = {
  id: 'MIG002',
  name: 'migration-failed',
  severity: 'error',
  check: 'migrate-kind',
  summary: "`airflow db migrate` failed.",
  docs: {
    what: "Runs `airflow db migrate` once as a Kubernetes Job from the release's image, config map and metadata Secret, and reports the failure with the Job's log.",
    why: "Every Airflow pod waits in its wait-for-airflow-migrations init container until the schema matches the image; a failed migration leaves the whole deployment stuck.",
    example: "kubectl exec deploy/airflow-scheduler -- airflow db migrate\n",
    fix: "# Let the action run the migration Job; read the diagnostics for the traceback.\n",
  },
  exampleLanguage: 'text',
};
