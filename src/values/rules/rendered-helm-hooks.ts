import type { RuleMeta } from '../../core/rule.js';

/** Reported by the engine from `helm template` output (see render.ts), not from values. */
export const renderedHelmHooks: RuleMeta = {
  id: 'VAL070',
  name: 'rendered-helm-hooks',
  severity: 'error',
  check: 'validate-values',
  summary: '`helm template` renders a resource with a helm.sh/hook annotation.',
  docs: {
    what: 'When helm is on PATH and the chart has templates, renders the chart with your values and reports every resource annotated helm.sh/hook: the definitive GitOps test, covering cases the value rules do not know.',
    why: 'Hook resources are not part of the release manifest: Argo CD maps them to its own hooks and re-runs them on every sync, Flux and `helm template | kubectl apply` pipelines drop them.',
    example: 'migrateDatabaseJob:\n  useHelmHooks: true\n',
    fix: 'migrateDatabaseJob:\n  useHelmHooks: false\n',
  },
  exampleLanguage: 'yaml',
};

export const helmTemplateFailed: RuleMeta = {
  id: 'VAL071',
  name: 'helm-template-failed',
  severity: 'error',
  check: 'validate-values',
  summary: '`helm template` fails with these values.',
  docs: {
    what: 'Reports the error when `helm template` cannot render the chart with your values (schema errors, template failures such as a required value).',
    why: 'Argo CD renders the same way; a render error means the application cannot sync at all.',
    example: 'executor: NoSuchExecutor\n',
    fix: 'executor: KubernetesExecutor\n',
  },
  exampleLanguage: 'yaml',
};
