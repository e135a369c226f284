import { helmTruthy, type ValuesRule } from '../context.js';
import { isAirflow3 } from '../chart-model.js';
import { isCeleryExecutorFor } from '../data/chart-facts.js';

/** The literal value next to each secret name: set, the secret is stable (but committed; see committed-secret). */
const LITERAL_FOR: Record<string, string> = {
  jwtSecretName: 'jwtSecret',
  apiSecretKeySecretName: 'apiSecretKey',
  webserverSecretKeySecretName: 'webserverSecretKey',
};

export const randomSecretDrift: ValuesRule = {
  meta: {
    id: 'VAL023',
    name: 'random-secret-drift',
    severity: 'error',
    check: 'validate-values',
    summary: 'A Secret the chart fills with a new random value on every render.',
    docs: {
      what: 'Reports jwtSecretName and apiSecretKeySecretName (Airflow 3) or webserverSecretKeySecretName (Airflow 2) left unset, so the chart generates the secret with randAlphaNum at render time.',
      why: 'Argo CD renders the chart on every refresh: a random value differs each time, so the application is permanently out of sync, and each sync rotates the key, logging users out and breaking tokens between components. Where a Deployment carries a `checksum/…` annotation of that Secret (chart 1.19.0: the scheduler and API server for the JWT secret; the webserver and Celery workers for the webserver secret key), each sync also restarts those pods.',
      example: 'apiServer:\n  replicas: 2\n',
      fix: 'jwtSecretName: airflow-jwt-secret\napiSecretKeySecretName: airflow-api-secret-key\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    for (const { key, what } of ctx.airflowFacts.driftingSecrets) {
      if (!Object.prototype.hasOwnProperty.call(ctx.chart.defaults, key)) continue;
      // Both Airflow 3 Secrets belong to the API server: with it off the chart renders neither (the real helm, chart 1.19.0).
      if ((key === 'jwtSecretName' || key === 'apiSecretKeySecretName') && isAirflow3(ctx) && ctx.get(['apiServer', 'enabled']) === false) continue;
      if (helmTruthy(ctx.get([key])) || helmTruthy(ctx.get([LITERAL_FOR[key]]))) continue;
      // The pods that carry a checksum of this Secret get a new pod template on every render too.
      const restarted = (ctx.chartFacts.checksumRestarts[key] ?? []).filter((c) => c !== 'workers' || isCeleryExecutorFor(ctx.chartFacts, ctx.get(['executor'])));
      const restarts = restarted.length ? `, and its checksum annotation restarts the ${restarted.join(' and ')} pods on every sync` : '';
      ctx.report([key], {
        message: `${key} is not set, so the chart generates the ${what} randomly on every render (Airflow ${ctx.airflowVersion}); Argo CD shows the Secret out of sync forever and each sync rotates it${restarts}.`,
        fix: `Create the Secret outside the chart and set ${key} to its name.`,
      });
    }
  },
};
