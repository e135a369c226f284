import type { RuleMeta } from '../../core/rule.js';

export const adminUserSkipped: RuleMeta = {
  id: 'MIG010',
  name: 'admin-user-skipped',
  severity: 'note',
  check: 'migrate-kind',
  summary: "The admin user was not created because the auth manager is not FAB.",
  docs: {
    what: "Creates the admin user with `airflow users create` only when the auth manager is the FAB provider's; with SimpleAuthManager users come from configuration.",
    why: "`airflow users create` exists only in the FAB provider on Airflow 3.",
    example: "config:\n  core:\n    auth_manager: airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager\n",
    fix: "config:\n  core:\n    auth_manager: airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager\n",
  },
  exampleLanguage: 'yaml',
};
