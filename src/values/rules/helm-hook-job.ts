import { show, type ValuesRule } from '../context.js';
import { createUserJobRendered, migrateJobRendered } from '../chart-model.js';

export const helmHookJob: ValuesRule = {
  meta: {
    id: 'VAL020',
    name: 'helm-hook-job',
    severity: 'error',
    check: 'validate-values',
    summary: 'The migrate-database or create-user Job is rendered as a Helm hook.',
    docs: {
      what: 'Reports migrateDatabaseJob.useHelmHooks or createUserJob.useHelmHooks that is true, set or by default, while the Job is rendered.',
      why: 'Helm hooks run outside the release: Argo CD turns them into sync hooks that re-run (or block) on every sync, and Flux or plain `kubectl apply` of rendered manifests never runs them at all. The chart default is true.',
      example: 'migrateDatabaseJob:\n  enabled: true\n',
      fix: 'migrateDatabaseJob:\n  enabled: true\n  useHelmHooks: false\n  applyCustomEnv: false\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    const jobs: Array<{ key: string; rendered: boolean; hook: string }> = [
      { key: 'migrateDatabaseJob', rendered: migrateJobRendered(ctx), hook: 'post-install,post-upgrade' },
      { key: 'createUserJob', rendered: createUserJobRendered(ctx), hook: 'post-install,post-upgrade' },
    ];
    for (const job of jobs) {
      const path = [job.key, 'useHelmHooks'];
      const value = ctx.get(path);
      if (!job.rendered || value === false) continue;
      const source = ctx.isSet(path) ? `is ${show(value)}` : `is unset, so the chart default ${show(value)} applies`;
      ctx.report(path, {
        message: `${job.key}.useHelmHooks ${source}: the ${job.key} Job carries helm.sh/hook: ${job.hook}, which Argo CD runs as a sync hook on every sync and other GitOps tools never run.`,
        fix: `Set useHelmHooks: false under ${job.key}.`,
      });
    }
  },
};
