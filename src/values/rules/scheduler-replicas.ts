import { show, type ValuesRule } from '../context.js';

export const schedulerReplicas: ValuesRule = {
  meta: {
    id: 'VAL060',
    name: 'scheduler-replicas',
    severity: 'warning',
    check: 'validate-values',
    summary: "scheduler.replicas differs from the policy's value.",
    docs: {
      what: 'Compares scheduler.replicas (set or default) with values.scheduler-replicas in .airflow-gitops.yml (default 1).',
      why: 'The platform sizes the metadata database and its connection limits for a fixed number of schedulers; more schedulers mean more connections and row locks, fewer mean no failover the platform counted on.',
      example: 'scheduler:\n  replicas: 2\n',
      fix: 'scheduler:\n  replicas: 1\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    const path = ['scheduler', 'replicas'];
    const value = ctx.get(path);
    if (value === ctx.policy.schedulerReplicas) return;
    ctx.report(path, {
      message: `scheduler.replicas ${ctx.isSet(path) ? `is ${show(value)}` : `defaults to ${show(value)}`}; the policy expects ${ctx.policy.schedulerReplicas}.`,
      fix: `Set scheduler.replicas: ${ctx.policy.schedulerReplicas} (or change values.scheduler-replicas in .airflow-gitops.yml).`,
    });
  },
};
