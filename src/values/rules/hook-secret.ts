import { helmTruthy, type ValuesRule } from '../context.js';
import { usesCelery } from '../chart-model.js';
import { isPlainObject } from '../load.js';

export const hookSecret: ValuesRule = {
  meta: {
    id: 'VAL022',
    name: 'hook-secret',
    severity: 'error',
    check: 'validate-values',
    summary: 'The chart renders a Secret as a pre-install Helm hook.',
    docs: {
      what: 'Reports values that make the chart render a Secret or ConfigMap with a helm.sh/hook annotation: no fernetKeySecretName, no data.brokerUrlSecretName, Redis on without redis.passwordSecretName, and extraSecrets/extraConfigMaps entries without useHelmHooks: false.',
      why: 'The chart keeps its random secrets stable with a "pre-install" hook hack. Under Argo CD a hook is re-created on every sync (a new random fernet key makes every stored connection unreadable); tools that skip hooks never create the Secret, and pods fail to start.',
      example: 'executor: KubernetesExecutor\n',
      fix: 'executor: KubernetesExecutor\nfernetKeySecretName: airflow-fernet-key\ndata:\n  metadataSecretName: airflow-metadata\n  brokerUrlSecretName: airflow-broker-url\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    if (!helmTruthy(ctx.get(['fernetKeySecretName']))) {
      // A literal fernetKey keeps the value stable (the real render says so); the hook stays.
      const message = helmTruthy(ctx.get(['fernetKey']))
        ? 'fernetKeySecretName is not set, so the chart renders <release>-fernet-key as a helm.sh/hook: pre-install Secret holding the literal fernetKey; Argo CD deletes and re-creates it on every sync, and tools that skip hooks never create it.'
        : 'fernetKeySecretName is not set, so the chart renders <release>-fernet-key as a helm.sh/hook: pre-install Secret with a random key; Argo CD re-creates it on every sync with a new key, and connections and variables encrypted with the old one become unreadable.';
      ctx.report(['fernetKeySecretName'], {
        message,
        fix: 'Create a Secret with a `fernet-key` entry outside the chart (e.g. sealed-secrets or external-secrets) and set fernetKeySecretName to its name.',
      });
    }
    if (!helmTruthy(ctx.get(['data', 'brokerUrlSecretName'])) && (ctx.chartFacts.brokerUrlHookForAnyExecutor || usesCelery(ctx))) {
      ctx.report(['data', 'brokerUrlSecretName'], {
        message: `data.brokerUrlSecretName is not set, so chart ${ctx.chart.version} renders <release>-broker-url as a helm.sh/hook: pre-install Secret${usesCelery(ctx) ? '' : ' even though the executor does not use a Celery broker'}.`,
        fix: 'Set data.brokerUrlSecretName to a Secret you manage (with a `connection` key); with KubernetesExecutor it can hold a placeholder URL.',
      });
    }
    if (helmTruthy(ctx.get(['redis', 'enabled'])) && !helmTruthy(ctx.get(['redis', 'passwordSecretName']))) {
      ctx.report(['redis', 'passwordSecretName'], {
        message: `redis.enabled is true and redis.passwordSecretName is not set, so the chart renders <release>-redis-password as a helm.sh/hook: pre-install Secret ${helmTruthy(ctx.get(['redis', 'password'])) ? 'holding the literal redis.password' : 'with a random password'}.`,
        fix: 'Turn Redis off (redis.enabled: false) or set redis.passwordSecretName to a Secret you manage.',
      });
    }
    for (const section of ['extraSecrets', 'extraConfigMaps'] as const) {
      const entries = ctx.get([section]);
      if (!isPlainObject(entries)) continue;
      for (const [name, entry] of Object.entries(entries)) {
        if (!isPlainObject(entry)) continue;
        // The templates add the hook when useHelmHooks is true or absent.
        if (Object.prototype.hasOwnProperty.call(entry, 'useHelmHooks') && !helmTruthy(entry.useHelmHooks)) continue;
        const kind = section === 'extraSecrets' ? 'Secret' : 'ConfigMap';
        ctx.report([section, name], {
          message: `${section} entry "${name}" has no useHelmHooks: false, so the chart renders this ${kind} as a helm.sh/hook: pre-install,pre-upgrade resource that Argo CD deletes and re-creates on every sync.`,
          fix: `Add useHelmHooks: false to the "${name}" entry.`,
        });
      }
    }
  },
};
