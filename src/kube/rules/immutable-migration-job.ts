import type { RuleMeta } from '../../core/rule.js';

export const immutableJob: RuleMeta = {
  id: 'MIG008',
  name: 'immutable-migration-job',
  severity: 'warning',
  check: 'migrate-kind',
  summary: "A completed migration Job would block the upgrade (spec.template is immutable).",
  docs: {
    what: "Finds a completed migration Job from an earlier release before `helm upgrade` and deletes it, because a Job's pod template cannot be patched.",
    why: "`helm upgrade` (and Argo CD) fail with `Job.batch \"...-run-airflow-migrations\" is invalid: spec.template: ... field is immutable` when the image changes and the old Job still exists.",
    example: "migrateDatabaseJob:\n  ttlSecondsAfterFinished: ~\n",
    fix: "migrateDatabaseJob:\n  ttlSecondsAfterFinished: 300\n",
  },
  exampleLanguage: 'yaml',
};
