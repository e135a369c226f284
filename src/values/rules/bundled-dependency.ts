import { helmTruthy, show, type RuleContext, type ValuesRule } from '../context.js';
import { isCeleryExecutorFor } from '../data/chart-facts.js';

const DEPENDENCIES: Array<{ key: string; what: string; instead: string; renders: (ctx: RuleContext) => boolean }> = [
  { key: 'postgresql', what: 'a bundled PostgreSQL StatefulSet (Bitnami subchart)', instead: 'point data.metadataSecretName at your external database', renders: () => true },
  {
    key: 'redis',
    what: 'a bundled Redis StatefulSet and its password Secret hook',
    instead: 'use KubernetesExecutor, or an external broker via data.brokerUrlSecretName',
    // The Redis templates render only for a Celery executor; otherwise just the password Secret (VAL022).
    renders: (ctx) => isCeleryExecutorFor(ctx.chartFacts, ctx.get(['executor'])),
  },
];

export const bundledDependency: ValuesRule = {
  meta: {
    id: 'VAL024',
    name: 'bundled-dependency',
    severity: 'error',
    check: 'validate-values',
    summary: 'The bundled PostgreSQL or Redis is enabled.',
    docs: {
      what: 'Reports postgresql.enabled that is true, set or by default, and redis.enabled that is true while the executor is a Celery one (the only case the chart renders Redis for; both default to true).',
      why: 'The bundled database and broker are for trying the chart out: state lives in a pod volume managed by the release, with generated passwords, and is not what a production GitOps deployment should own.',
      example: 'executor: KubernetesExecutor\n',
      fix: 'executor: KubernetesExecutor\npostgresql:\n  enabled: false\nredis:\n  enabled: false\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    for (const dep of DEPENDENCIES) {
      const path = [dep.key, 'enabled'];
      const value = ctx.get(path);
      if (!helmTruthy(value) || !dep.renders(ctx)) continue;
      ctx.report(path, {
        message: `${dep.key}.enabled ${ctx.isSet(path) ? `is ${show(value)}` : 'is unset and defaults to true'}: the chart deploys ${dep.what}.`,
        fix: `Set ${dep.key}.enabled: false and ${dep.instead}.`,
      });
    }
  },
};
