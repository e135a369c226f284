import type { RuleMeta } from '../../core/rule.js';

export const componentNotReady: RuleMeta = {
  id: 'MIG005',
  name: 'component-not-ready',
  severity: 'error',
  check: 'migrate-kind',
  summary: "An Airflow component did not become Ready after the migration.",
  docs: {
    what: "Waits for the scheduler, api-server (webserver on Airflow 2), dag-processor and triggerer rollouts and reports the ones that never became Ready.",
    why: "A migrated database with components that cannot start (bad config, missing secret, failing probe) is not a working deployment.",
    example: "# scheduler pod stuck in Running, 0/1 Ready\n",
    fix: "# Read the pod's describe and logs in the diagnostics directory.\n",
  },
  exampleLanguage: 'text',
};
