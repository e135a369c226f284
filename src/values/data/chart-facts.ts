import { pickByVersion } from '../version.js';

/**
 * What the official chart does, by chart version. Checked against the chart's values.yaml and
 * values.schema.json (1.15.0, 1.18.0, 1.19.0) and its templates in apache/airflow.
 */
export interface ChartFacts {
  since: string;
  /** createUserJob.enabled and createUserJob.defaultUser exist (added in 1.19.0). */
  createUserJobEnabledKey: boolean;
  /** webserver.defaultUser is deprecated in favour of createUserJob.defaultUser (1.19.0 schema). */
  webserverDefaultUserDeprecated: boolean;
  /**
   * `webserver.defaultUser.enabled: false` alone stops the create-user job. Not in 1.19.0: the job
   * also runs when createUserJob.enabled (default true) is true; fixed after 1.19.0 (apache/airflow#62143).
   */
  webserverDefaultUserEnabledStopsJob: boolean;
  /** The apiServer section exists (1.18.0+); apiServer.defaultUser is not allowed by its schema. */
  apiServerSection: boolean;
  /** jwtSecretName / apiSecretKeySecretName exist (1.18.0+). */
  airflow3Secrets: boolean;
  /**
   * templates/secrets/redis-secrets.yaml renders the `<release>-broker-url` Secret as a pre-install
   * hook whenever data.brokerUrlSecretName is unset, whatever the executor.
   */
  brokerUrlHookForAnyExecutor: boolean;
  /**
   * How the templates decide that the executor is a Celery one (templates/redis/*.yaml, the workers
   * Deployment): `exact`, the executor equals CeleryExecutor or CeleryKubernetesExecutor (1.15.0);
   * `substring`, it contains one of them (1.18.0, 1.19.0: a comma-separated list of executors). With
   * any other executor nothing of Redis renders but the redis-password Secret, whatever
   * redis.enabled says, and there are no Celery workers.
   */
  celeryExecutorMatch: 'exact' | 'substring';
  /**
   * Secret name key → the components whose pod template carries a `checksum/…` annotation of the
   * Secret the chart generates when the key is unset: a new random value restarts them on every sync.
   */
  checksumRestarts: Record<string, string[]>;
}

/**
 * The objects the chart renders as helm.sh/hook (chart 1.15.0–1.19.0 templates), by the suffix of
 * their name after `<release>`, and the values switch that stops each from being a hook. One table
 * for every tool that names the fix: VAL022 (values), migrate-kind's render refusal (MIG001).
 */
export const HOOK_OBJECT_SWITCHES: ReadonlyArray<{ nameSuffix: string; kind: 'Job' | 'Secret'; switch: string }> = [
  { nameSuffix: '-run-airflow-migrations', kind: 'Job', switch: 'migrateDatabaseJob.useHelmHooks: false (the chart has no migrateDBJob key)' },
  { nameSuffix: '-create-user', kind: 'Job', switch: 'createUserJob.useHelmHooks: false' },
  { nameSuffix: '-fernet-key', kind: 'Secret', switch: 'fernetKeySecretName (a Secret you create, key fernet-key)' },
  { nameSuffix: '-broker-url', kind: 'Secret', switch: 'data.brokerUrlSecretName' },
  { nameSuffix: '-redis-password', kind: 'Secret', switch: 'redis.enabled: false (no Celery) or redis.passwordSecretName' },
];

export const CHART_FACTS: ChartFacts[] = [
  {
    since: '1.0.0',
    createUserJobEnabledKey: false,
    webserverDefaultUserDeprecated: false,
    webserverDefaultUserEnabledStopsJob: true,
    apiServerSection: false,
    airflow3Secrets: false,
    brokerUrlHookForAnyExecutor: true,
    celeryExecutorMatch: 'exact',
    checksumRestarts: { webserverSecretKeySecretName: ['webserver', 'workers'] },
  },
  {
    since: '1.18.0',
    createUserJobEnabledKey: false,
    webserverDefaultUserDeprecated: false,
    webserverDefaultUserEnabledStopsJob: true,
    apiServerSection: true,
    airflow3Secrets: true,
    brokerUrlHookForAnyExecutor: true,
    celeryExecutorMatch: 'substring',
    checksumRestarts: { webserverSecretKeySecretName: ['webserver', 'workers'] },
  },
  {
    since: '1.19.0',
    createUserJobEnabledKey: true,
    webserverDefaultUserDeprecated: true,
    webserverDefaultUserEnabledStopsJob: false,
    apiServerSection: true,
    airflow3Secrets: true,
    brokerUrlHookForAnyExecutor: true,
    celeryExecutorMatch: 'substring',
    checksumRestarts: { jwtSecretName: ['scheduler', 'api-server'], webserverSecretKeySecretName: ['webserver', 'workers'] },
  },
];

const CELERY_EXECUTORS = ['CeleryExecutor', 'CeleryKubernetesExecutor'];

/** Whether the chart treats this executor value as a Celery one: it then renders Redis and the workers. */
export function isCeleryExecutorFor(facts: ChartFacts, executor: unknown): boolean {
  const value = String(executor ?? '');
  return facts.celeryExecutorMatch === 'exact' ? CELERY_EXECUTORS.includes(value) : CELERY_EXECUTORS.some((e) => value.includes(e));
}

export function chartFactsFor(chartVersion: string): ChartFacts {
  return pickByVersion(CHART_FACTS, chartVersion);
}
