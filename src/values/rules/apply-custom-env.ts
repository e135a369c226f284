import { show, type ValuesRule } from '../context.js';
import { createUserJobRendered, migrateJobRendered } from '../chart-model.js';

export const applyCustomEnv: ValuesRule = {
  meta: {
    id: 'VAL021',
    name: 'apply-custom-env',
    severity: 'error',
    check: 'validate-values',
    summary: 'migrateDatabaseJob.applyCustomEnv or createUserJob.applyCustomEnv is true under GitOps.',
    docs: {
      what: 'Reports applyCustomEnv that is true (set or by default) on a rendered migrate-database or create-user Job.',
      why: "The chart's documentation says that when it is installed with Argo CD, Flux, Rancher or Terraform, createUserJob and migrateDatabaseJob MUST both have useHelmHooks: false and applyCustomEnv: false, or the application does not start because the migrations are not run. Custom env pulls the user's env, secrets and extraEnv into the Job, which then depend on resources and values outside the Job's own sync ordering.",
      example: 'createUserJob:\n  useHelmHooks: false\n',
      fix: 'createUserJob:\n  useHelmHooks: false\n  applyCustomEnv: false\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    for (const [key, rendered] of [
      ['migrateDatabaseJob', migrateJobRendered(ctx)],
      ['createUserJob', createUserJobRendered(ctx)],
    ] as const) {
      const path = [key, 'applyCustomEnv'];
      const value = ctx.get(path);
      if (!rendered || value === false || value === undefined) continue;
      ctx.report(path, {
        message: `${key}.applyCustomEnv ${ctx.isSet(path) ? `is ${show(value)}` : `is unset, so the chart default ${show(value)} applies`}; the chart's docs say Argo CD and Flux users must set it to false.`,
        fix: `Set applyCustomEnv: false under ${key}.`,
      });
    }
  },
};
