import { helmTruthy, type ValuesRule } from '../context.js';
import { usesCelery } from '../chart-model.js';

export const resultBackendWithoutCelery: ValuesRule = {
  meta: {
    id: 'VAL033',
    name: 'result-backend-without-celery',
    severity: 'note',
    check: 'validate-values',
    summary: 'A Celery result backend is configured but the executor does not use Celery.',
    docs: {
      what: 'Reports data.resultBackendSecretName or data.resultBackendConnection when no executor is Celery-based.',
      why: 'Only Celery reads the result backend; with KubernetesExecutor the setting is dead configuration that suggests a dependency that does not exist.',
      example: 'executor: KubernetesExecutor\ndata:\n  resultBackendSecretName: airflow-broker-url\n',
      fix: 'executor: KubernetesExecutor\ndata:\n  metadataSecretName: airflow-metadata\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    if (usesCelery(ctx)) return;
    for (const key of ['resultBackendSecretName', 'resultBackendConnection']) {
      const path = ['data', key];
      if (!ctx.isSet(path) || !helmTruthy(ctx.get(path))) continue;
      ctx.report(path, {
        message: `data.${key} is set but executor ${String(ctx.get(['executor']))} does not use Celery, so nothing reads the result backend.`,
        fix: `Remove data.${key}.`,
      });
    }
  },
};
