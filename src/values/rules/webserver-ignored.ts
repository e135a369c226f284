import type { ValuesRule } from '../context.js';
import { isAirflow3 } from '../chart-model.js';
import { isPlainObject } from '../load.js';

/** webserver keys that still matter on Airflow 3 (defaultUser drives the create-user job; see deprecated-default-user). */
const STILL_READ = new Set(['defaultUser', 'enabled']);

export const webserverIgnored: ValuesRule = {
  needsChart: "the chart's apiServer defaults",
  meta: {
    id: 'VAL030',
    name: 'webserver-ignored-on-airflow-3',
    severity: 'warning',
    check: 'validate-values',
    summary: 'webserver.* settings have no effect on Airflow 3.',
    docs: {
      what: 'Reports keys under `webserver` when the Airflow version is 3 or later (other than defaultUser, which has its own rule).',
      why: 'Airflow 3 replaced the webserver with the API server; the chart renders apiServer instead and ignores webserver replicas, resources, probes and config, so the settings silently do nothing.',
      example: 'webserver:\n  replicas: 2\n  resources:\n    limits: {memory: 2Gi}\n',
      fix: 'apiServer:\n  replicas: 2\n  resources:\n    limits: {memory: 2Gi}\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    if (!isAirflow3(ctx)) return;
    const webserver = ctx.user.webserver;
    if (!isPlainObject(webserver)) return;
    for (const key of Object.keys(webserver)) {
      if (STILL_READ.has(key)) continue;
      const apiHas = isPlainObject(ctx.chart.defaults.apiServer) && key in ctx.chart.defaults.apiServer;
      ctx.report(['webserver', key], {
        message: `webserver.${key} has no effect on Airflow ${ctx.airflowVersion}: Airflow 3 runs the API server instead of the webserver.`,
        fix: apiHas ? `Move it to apiServer.${key}.` : 'Remove it.',
      });
    }
  },
};
