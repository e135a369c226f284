import type { RuleMeta } from '../../core/rule.js';

export const helmHooksRendered: RuleMeta = {
  id: 'MIG001',
  name: 'helm-hooks-rendered',
  severity: 'error',
  check: 'migrate-kind',
  summary: "The rendered chart still carries helm.sh/hook annotations.",
  docs: {
    what: "Renders the chart with the given values (`helm template`) and refuses to install when any resource still has a `helm.sh/hook` annotation.",
    why: "With hooks on, Argo CD runs the migration Job as a sync hook on every sync, and Helm-based installs block on it; the point of this setup is hooks off. A misspelt key (for example `migrateDBJob` instead of `migrateDatabaseJob`) silently leaves the chart default `useHelmHooks: true` in place.",
    example: "migrateDBJob:\n  useHelmHooks: false\n",
    fix: "migrateDatabaseJob:\n  useHelmHooks: false\ncreateUserJob:\n  useHelmHooks: false\n",
  },
  exampleLanguage: 'yaml',
};
