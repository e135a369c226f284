/**
 * Which value controls a resource the Airflow chart renders (1.15–1.19), so that a finding on the
 * rendered output points at the line to change. Resources are named `<fullname>-<suffix>`; the
 * suffixes are the chart's own and stable across these versions.
 */
export interface ResourceFix {
  /** The values key to set. */
  key: string[];
  /** What to set it to, as one instruction. */
  set: string;
}

export const FIX_BY_RESOURCE: Array<{ kind: string; suffix: string; fix: ResourceFix }> = [
  { kind: 'Secret', suffix: '-fernet-key', fix: { key: ['fernetKeySecretName'], set: 'set fernetKeySecretName to a Secret you manage (key fernet-key)' } },
  { kind: 'Secret', suffix: '-broker-url', fix: { key: ['data', 'brokerUrlSecretName'], set: 'set data.brokerUrlSecretName to a Secret you manage (key connection)' } },
  { kind: 'Secret', suffix: '-redis-password', fix: { key: ['redis', 'passwordSecretName'], set: 'set redis.passwordSecretName to a Secret you manage, or redis.enabled: false' } },
  { kind: 'Secret', suffix: '-jwt-secret', fix: { key: ['jwtSecretName'], set: 'set jwtSecretName to a Secret you manage (key jwt-secret)' } },
  { kind: 'Secret', suffix: '-api-secret-key', fix: { key: ['apiSecretKeySecretName'], set: 'set apiSecretKeySecretName to a Secret you manage (key api-secret-key)' } },
  { kind: 'Secret', suffix: '-webserver-secret-key', fix: { key: ['webserverSecretKeySecretName'], set: 'set webserverSecretKeySecretName to a Secret you manage (key webserver-secret-key)' } },
  { kind: 'Job', suffix: '-run-airflow-migrations', fix: { key: ['migrateDatabaseJob', 'useHelmHooks'], set: 'set migrateDatabaseJob.useHelmHooks: false' } },
  { kind: 'Job', suffix: '-create-user', fix: { key: ['createUserJob', 'useHelmHooks'], set: 'set createUserJob.useHelmHooks: false' } },
];

/** The values key under which a plain (non-hook) Job takes annotations: the chart's documented Argo CD set-up uses it. */
export const JOB_ANNOTATIONS_KEY: Record<string, string[]> = {
  '-run-airflow-migrations': ['migrateDatabaseJob', 'jobAnnotations'],
  '-create-user': ['createUserJob', 'jobAnnotations'],
};

/** Templates whose resources are named by the user (the key of the map entry, after tpl). */
export const USER_NAMED_TEMPLATES: Record<string, string> = {
  'templates/secrets/extra-secrets.yaml': 'extraSecrets',
  'templates/configmaps/extra-configmaps.yaml': 'extraConfigMaps',
};
