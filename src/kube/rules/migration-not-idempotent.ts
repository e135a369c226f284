import type { RuleMeta } from '../../core/rule.js';

export const migrationNotIdempotent: RuleMeta = {
  id: 'MIG007',
  name: 'migration-not-idempotent',
  severity: 'error',
  check: 'migrate-kind',
  summary: "A second `airflow db migrate` changed the schema again.",
  docs: {
    what: "Runs the migration a second time and expects nothing to do: the same alembic revision and no `Running upgrade` step.",
    why: "Migrations must be safe to re-run: GitOps tools re-apply the migration Job, and release pipelines retry.",
    example: "# second run printed: Running upgrade cc92b33c6709 -> ...\n",
    fix: "# The second run prints no upgrade steps and the revision stays the same.\n",
  },
  exampleLanguage: 'text',
};
