import type { RuleMeta } from '../../core/rule.js';

export const smokeRunFailed: RuleMeta = {
  id: 'MIG014',
  name: 'smoke-run-failed',
  severity: 'error',
  check: 'migrate-kind',
  summary: "The smoke DAG run did not succeed.",
  docs: {
    what: "Triggers the smoke DAG after the migration and waits for its run (a KubernetesExecutor pod) to succeed.",
    why: "A migrated database and Ready components still do not prove that tasks run.",
    example: "smoke-dag: missing_dag\n",
    fix: "smoke-dag: detect_and_retrain\n",
  },
  exampleLanguage: 'yaml',
};
