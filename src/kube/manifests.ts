import { stringify } from 'yaml';
import { azuritePortMapping, DEFAULT_AZURITE_HOST_PORT } from './azurite.js';
import type { MigrateOptions } from './options.js';
import { POSTGRES_IMAGE, SHARED_DB_NAMESPACE, SHARED_DB_SERVICE } from './versions.js';

/** A Kubernetes object as plain data; tests validate every generated one against the API schemas. */
export type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> } } & Record<string, unknown>;

export function toYamlDocuments(objects: object[]): string {
  return objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');
}

/** kind's cluster config (kind.x-k8s.io/v1alpha4): one control-plane node on the pinned node image. */
export function kindConfig(options: Pick<MigrateOptions, 'clusterName' | 'kindNodeImage'> & Partial<Pick<MigrateOptions, 'azurite' | 'azuriteHostPort'>>): Record<string, unknown> {
  const node: Record<string, unknown> = { role: 'control-plane', image: options.kindNodeImage };
  // The in-cluster Azurite's NodePort on the runner's loopback, so verify-wasb-logs can read the task log.
  if (options.azurite) node.extraPortMappings = [azuritePortMapping(options.azuriteHostPort ?? DEFAULT_AZURITE_HOST_PORT)];
  return {
    kind: 'Cluster',
    apiVersion: 'kind.x-k8s.io/v1alpha4',
    name: options.clusterName,
    nodes: [node],
  };
}

export const SHARED_DB = {
  namespace: SHARED_DB_NAMESPACE,
  service: SHARED_DB_SERVICE,
  database: 'airflow',
  role: 'airflow',
  initSecret: 'postgresql-init',
  host: `${SHARED_DB_SERVICE}.${SHARED_DB_NAMESPACE}`,
  port: 5432,
};

function sqlLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * PostgreSQL from the official image as Service `postgresql` in warble-system, like the user's shared
 * database: role and database `airflow` created by an init script, and — since PostgreSQL 15 revoked
 * CREATE on schema public from PUBLIC — an explicit GRANT on schema public.
 */
export function sharedDatabaseManifests(superuserPassword: string, airflowPassword: string): K8sObject[] {
  const labels = { app: 'postgresql', 'app.kubernetes.io/managed-by': 'airflow-gitops' };
  const initSql = [
    `CREATE ROLE ${SHARED_DB.role} LOGIN PASSWORD ${sqlLiteral(airflowPassword)};`,
    `CREATE DATABASE ${SHARED_DB.database};`,
    `GRANT ALL PRIVILEGES ON DATABASE ${SHARED_DB.database} TO ${SHARED_DB.role};`,
    `\\connect ${SHARED_DB.database}`,
    `GRANT ALL ON SCHEMA public TO ${SHARED_DB.role};`,
    '',
  ].join('\n');
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: SHARED_DB.namespace } },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: SHARED_DB.initSecret, namespace: SHARED_DB.namespace, labels },
      type: 'Opaque',
      stringData: { POSTGRES_PASSWORD: superuserPassword, 'init.sql': initSql },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: SHARED_DB.service, namespace: SHARED_DB.namespace, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'postgresql' } },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                name: 'postgresql',
                image: POSTGRES_IMAGE,
                ports: [{ name: 'postgresql', containerPort: SHARED_DB.port }],
                env: [
                  { name: 'POSTGRES_PASSWORD', valueFrom: { secretKeyRef: { name: SHARED_DB.initSecret, key: 'POSTGRES_PASSWORD' } } },
                  { name: 'PGDATA', value: '/var/lib/postgresql/data/pgdata' },
                ],
                // The entrypoint runs init scripts on a socket-only server, so TCP readiness means init is done.
                readinessProbe: {
                  exec: { command: ['pg_isready', '-h', '127.0.0.1', '-U', 'postgres', '-d', SHARED_DB.database] },
                  periodSeconds: 2,
                  failureThreshold: 60,
                },
                resources: { requests: { cpu: '100m', memory: '256Mi' } },
                volumeMounts: [
                  { name: 'init', mountPath: '/docker-entrypoint-initdb.d', readOnly: true },
                  { name: 'data', mountPath: '/var/lib/postgresql/data' },
                ],
              },
            ],
            volumes: [
              { name: 'init', secret: { secretName: SHARED_DB.initSecret, items: [{ key: 'init.sql', path: 'init.sql' }] } },
              { name: 'data', emptyDir: {} },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: SHARED_DB.service, namespace: SHARED_DB.namespace, labels },
      spec: { selector: { app: 'postgresql' }, ports: [{ name: 'postgresql', port: SHARED_DB.port, targetPort: SHARED_DB.port }] },
    },
  ];
}

/** The metadata connection the chart reads from the metadata Secret's `connection` key. */
export function metadataConnection(airflowPassword: string): string {
  return `postgresql+psycopg2://${SHARED_DB.role}:${encodeURIComponent(airflowPassword)}@${SHARED_DB.host}:${SHARED_DB.port}/${SHARED_DB.database}`;
}

export interface SecretNames {
  metadata: string;
  fernetKey: string;
  jwt?: string;
  apiSecretKey?: string;
}

/** Secrets the values name, with the keys the chart reads (connection, fernet-key, jwt-secret, api-secret-key). */
export function airflowSecrets(namespace: string, names: SecretNames, data: { connection: string; fernetKey: string; jwt: string; apiSecretKey: string }): K8sObject[] {
  const labels = { 'app.kubernetes.io/managed-by': 'airflow-gitops' };
  const secret = (name: string, key: string, value: string): K8sObject => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace, labels },
    type: 'Opaque',
    stringData: { [key]: value },
  });
  const out: K8sObject[] = [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } }, secret(names.metadata, 'connection', data.connection)];
  out.push(secret(names.fernetKey, 'fernet-key', data.fernetKey));
  if (names.jwt) out.push(secret(names.jwt, 'jwt-secret', data.jwt));
  if (names.apiSecretKey) out.push(secret(names.apiSecretKey, 'api-secret-key', data.apiSecretKey));
  return out;
}

/** A Secret holding values a Job reads from env (admin password, connection URI), so they never appear in argv or `describe`. */
export function jobInputSecret(namespace: string, name: string, data: Record<string, string>): K8sObject {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace, labels: { 'app.kubernetes.io/managed-by': 'airflow-gitops' } }, type: 'Opaque', stringData: data };
}

export interface AirflowJobSpec {
  name: string;
  namespace: string;
  release: string;
  /** Chart component label; run-airflow-migrations for the migration so concurrency checks find it. */
  component: string;
  image: string;
  args: string[];
  metadataSecret: string;
  fernetKeySecret?: string;
  /** The chart's airflow.cfg config map; absent before the chart is installed (revision probe). */
  configMap?: string;
  /** env var → [secret, key], for values that must not appear in argv. */
  secretEnv?: Record<string, [string, string]>;
  activeDeadlineSeconds: number;
}

/**
 * A one-shot Airflow Job shaped like the chart's run-airflow-migrations Job: the release's image, its
 * airflow.cfg config map and AIRFLOW__DATABASE__SQL_ALCHEMY_CONN from the metadata Secret's
 * `connection` key. backoffLimit 0 and restartPolicy Never: it runs exactly once.
 */
export function airflowJob(spec: AirflowJobSpec): K8sObject {
  const labels = { tier: 'airflow', component: spec.component, release: spec.release, 'app.kubernetes.io/managed-by': 'airflow-gitops' };
  const env: object[] = [
    { name: 'PYTHONUNBUFFERED', value: '1' },
    { name: 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', valueFrom: { secretKeyRef: { name: spec.metadataSecret, key: 'connection' } } },
  ];
  if (spec.fernetKeySecret) env.push({ name: 'AIRFLOW__CORE__FERNET_KEY', valueFrom: { secretKeyRef: { name: spec.fernetKeySecret, key: 'fernet-key' } } });
  for (const [name, [secret, key]] of Object.entries(spec.secretEnv ?? {})) env.push({ name, valueFrom: { secretKeyRef: { name: secret, key } } });
  const container: Record<string, unknown> = {
    name: spec.component,
    image: spec.image,
    imagePullPolicy: 'IfNotPresent',
    args: spec.args,
    env,
    resources: { requests: { cpu: '100m', memory: '512Mi' } },
  };
  const podSpec: Record<string, unknown> = { restartPolicy: 'Never', containers: [container] };
  if (spec.configMap) {
    container.volumeMounts = [{ name: 'config', mountPath: '/opt/airflow/airflow.cfg', subPath: 'airflow.cfg', readOnly: true }];
    podSpec.volumes = [{ name: 'config', configMap: { name: spec.configMap } }];
  }
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: spec.name, namespace: spec.namespace, labels },
    spec: {
      backoffLimit: 0,
      activeDeadlineSeconds: spec.activeDeadlineSeconds,
      ttlSecondsAfterFinished: 3600,
      template: { metadata: { labels }, spec: podSpec },
    },
  };
}

/** Reads alembic_version with SQLAlchemy from the image (no airflow CLI prints the revision). */
export const REVISION_PROBE_ARGS = [
  'python',
  '-c',
  [
    'import os, sqlalchemy as sa',
    "e = sa.create_engine(os.environ['AIRFLOW__DATABASE__SQL_ALCHEMY_CONN'])",
    'with e.connect() as c:',
    "    has = sa.inspect(c).has_table('alembic_version')",
    "    rev = c.execute(sa.text('SELECT version_num FROM alembic_version')).scalar() if has else None",
    "print('alembic_version=' + (rev or 'none'))",
  ].join('\n'),
];

/** The CI overlay, applied after the user's values: small resources, the image under test, a bounded migrations wait. */
export function ciOverlay(params: {
  airflowImage: string;
  airflowVersion: string;
  migrationsWaitSeconds: number;
  metadataSecretName?: string;
  disableGitSync: boolean;
}): Record<string, unknown> {
  const at = params.airflowImage.indexOf('@');
  const colon = params.airflowImage.lastIndexOf(':');
  // repository@sha256:… pins by digest (the chart's images.airflow.digest wins over the tag).
  const image = at > 0
    ? { repository: params.airflowImage.slice(0, at), tag: params.airflowVersion, digest: params.airflowImage.slice(at + 1) }
    : { repository: params.airflowImage.slice(0, colon), tag: params.airflowImage.slice(colon + 1) };
  const small = { resources: { requests: { cpu: '50m', memory: '256Mi' } } };
  const overlay: Record<string, unknown> = {
    airflowVersion: params.airflowVersion,
    images: {
      airflow: image,
      migrationsWaitTimeout: params.migrationsWaitSeconds,
    },
    scheduler: small,
    apiServer: small,
    webserver: small,
    triggerer: small,
    dagProcessor: small,
  };
  if (params.metadataSecretName) overlay.data = { metadataSecretName: params.metadataSecretName };
  // The production DAG repository is not reachable from a throwaway cluster; git-sync would keep pods from Ready.
  if (params.disableGitSync) overlay.dags = { gitSync: { enabled: false } };
  return overlay;
}
