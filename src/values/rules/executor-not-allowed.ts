import { show, type ValuesRule } from '../context.js';
import { executors } from '../chart-model.js';

export const executorNotAllowed: ValuesRule = {
  meta: {
    id: 'VAL025',
    name: 'executor-not-allowed',
    severity: 'error',
    check: 'validate-values',
    summary: "The executor is not in the policy's allow-list.",
    docs: {
      what: 'Reports an `executor` (or any executor of a comma-separated list) outside values.allowed-executors in .airflow-gitops.yml (default: KubernetesExecutor). The chart default is CeleryExecutor.',
      why: 'The platform is built for one executor model; CeleryExecutor, for one, needs Redis and worker StatefulSets the platform does not run.',
      example: '# executor unset: the chart default CeleryExecutor applies\npostgresql:\n  enabled: false\n',
      fix: 'executor: KubernetesExecutor\npostgresql:\n  enabled: false\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    const list = executors(ctx);
    const bad = list.filter((e) => !ctx.policy.allowedExecutors.includes(e));
    if (!bad.length && list.length) return;
    const value = ctx.get(['executor']);
    ctx.report(['executor'], {
      message: `executor ${ctx.isSet(['executor']) ? `is ${show(value)}` : `is unset, so the chart default ${show(value)} applies`}; the policy allows ${ctx.policy.allowedExecutors.join(', ')}.`,
      fix: `Set executor: ${ctx.policy.allowedExecutors[0]} (or change values.allowed-executors in .airflow-gitops.yml).`,
    });
  },
};
