import type { RuleMeta } from '../../core/rule.js';

/**
 * The rules below are reported by the engine from the real `helm template` output (render.ts,
 * argo.ts), not from the values. Argo CD facts: https://argo-cd.readthedocs.io/en/stable/user-guide/helm/
 */
export const renderedHelmHooks: RuleMeta = {
  id: 'VAL070',
  name: 'rendered-helm-hooks',
  severity: 'error',
  check: 'validate-values',
  summary: '`helm template` renders a resource Argo CD treats as a hook.',
  docs: {
    what: 'When helm is found and the chart has templates, renders the chart with your values and reports every resource annotated helm.sh/hook with the Argo CD hook it becomes (an argocd.argoproj.io/hook annotation on the same resource takes precedence in Argo CD) (pre-install/pre-upgrade: PreSync, post-install/post-upgrade: PostSync, pre-delete/post-delete: PreDelete/PostDelete; test and rollback hooks have no Argo CD equivalent and are ignored), its delete policy and the value to change. A hook a value rule (VAL020, VAL022) already reports is not reported twice: the render confirms that finding instead.',
    why: 'Hook resources are not part of the compared application state: Argo CD applies them in their phase on every sync (a BeforeHookCreation Secret is re-created with a new random value each time, a Job re-runs), and Flux or `helm template | kubectl apply` pipelines drop them. See https://argo-cd.readthedocs.io/en/stable/user-guide/helm/#helm-hooks.',
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

export const renderedDrift: RuleMeta = {
  id: 'VAL072',
  name: 'rendered-drift',
  severity: 'error',
  check: 'validate-values',
  summary: 'Two `helm template` renders of the same values differ: Argo CD never settles.',
  docs: {
    what: 'Renders the chart twice with the same values (in parallel) and compares the documents. Names each resource and path that differs (random Secret data, `checksum/…` pod annotations) and each Deployment, StatefulSet or DaemonSet whose pod template changes, which Argo CD therefore restarts on every sync. A drift a value rule (VAL022, VAL023) already reports confirms that finding instead of being reported twice.',
    why: 'Argo CD renders the chart on every refresh and compares the result with the cluster: a value generated at render time (randAlphaNum) keeps the application OutOfSync forever, each sync writes a new value, and the pods that carry a checksum of it roll. See https://argo-cd.readthedocs.io/en/stable/user-guide/helm/#random-data.',
    example: 'executor: KubernetesExecutor\n',
    fix: 'executor: KubernetesExecutor\njwtSecretName: airflow-jwt-secret\napiSecretKeySecretName: airflow-api-secret-key\n',
  },
  exampleLanguage: 'yaml',
};

export const renderedPlainJob: RuleMeta = {
  id: 'VAL073',
  name: 'rendered-plain-job',
  severity: 'warning',
  check: 'validate-values',
  summary: 'A Job rendered as a plain resource: Argo CD cannot update it in place.',
  docs: {
    what: 'Reports each Job in the render that is neither a helm nor an Argo CD hook. An error when its pod template differs between two renders of the same values (every sync after the first fails); a warning otherwise (the first sync that changes it, e.g. a new image tag, fails).',
    why: "A Job's spec.template is immutable: Argo CD applies changes with `kubectl apply`, which the API server refuses, unless the Job is a sync hook (re-created each sync) or carries the Replace=true sync option. With ttlSecondsAfterFinished, Kubernetes also deletes the finished Job and Argo CD shows it missing until the next sync creates it again. See https://argo-cd.readthedocs.io/en/stable/user-guide/sync-options/#replace-resource-instead-of-applying-changes.",
    example: 'migrateDatabaseJob:\n  useHelmHooks: false\n',
    fix: 'migrateDatabaseJob:\n  useHelmHooks: false\n  jobAnnotations:\n    argocd.argoproj.io/hook: Sync\n',
  },
  exampleLanguage: 'yaml',
};

/** Every rule reported from the render, in the order the engine reports them. */
export const renderedRules: RuleMeta[] = [helmTemplateFailed, renderedHelmHooks, renderedDrift, renderedPlainJob];
