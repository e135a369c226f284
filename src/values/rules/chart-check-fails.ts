import type { ValuesRule } from '../context.js';
import { chartChecksFor } from '../data/chart-checks.js';

export const chartCheckFails: ValuesRule = {
  meta: {
    id: 'VAL013',
    name: 'chart-check-fails',
    severity: 'error',
    check: 'validate-values',
    summary: "The values break one of the chart's own consistency checks: helm template fails.",
    docs: {
      what: "Evaluates, without helm, the checks the chart makes in its templates (the `required`/`fail` calls of check-values.yaml and NOTES.txt of the given chart version): a Celery executor without a broker, a Redis password given twice, both a broker URL and its Secret, Elasticsearch/OpenSearch without a connection, the old bundled-PostgreSQL user keys, config.core.executor overriding executor.",
      why: 'The schema accepts these combinations, so helm lint passes, but helm template (and Argo CD) refuse to render anything: the sync fails with the chart\'s message.',
      example: 'executor: CeleryExecutor\nredis:\n  enabled: false\n',
      fix: 'executor: CeleryExecutor\nredis:\n  enabled: false\ndata:\n  brokerUrlSecretName: airflow-broker-url\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    const view = { get: (p: string[]) => ctx.get(p), chartFacts: ctx.chartFacts };
    for (const check of chartChecksFor(ctx.chart.version)) {
      if (!check.fails(view)) continue;
      ctx.report(check.at, { message: `${check.message} (chart ${ctx.chart.version})`, fix: check.fix });
    }
  },
};
