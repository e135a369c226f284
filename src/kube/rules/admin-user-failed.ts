import type { RuleMeta } from '../../core/rule.js';

export const userCreationFailed: RuleMeta = {
  id: 'MIG013',
  name: 'admin-user-failed',
  severity: 'error',
  check: 'migrate-kind',
  summary: "`airflow users create` failed.",
  docs: {
    what: "Creates the admin user after the migration (FAB provider) and accepts `already exist in the db` as success on re-runs.",
    why: "Without an admin user nobody can log in to a FAB-secured UI.",
    example: "webserver:\n  defaultUser:\n    role: Admn\n",
    fix: "# use an existing role, e.g. Admin\n",
  },
  exampleLanguage: 'text',
};
