import type { K8sObject } from './manifests.js';
import { SHARED_DB_NAMESPACE } from './versions.js';

/**
 * Azurite inside the kind cluster, standing in for the storage account of the release's remote
 * logging: the smoke run's task pod uploads its log there through the release's own connection, and
 * verify-wasb-logs reads it back from the runner through a kind port mapping.
 */
export const AZURITE = {
  /** Same version as the npm azurite the tests run (one behaviour in and outside the cluster). */
  image: 'mcr.microsoft.com/azure-storage/azurite:3.35.0',
  namespace: SHARED_DB_NAMESPACE,
  service: 'azurite',
  port: 10000,
  /** Fixed NodePort; kind maps it to 127.0.0.1:<host port> on the runner (extraPortMappings). */
  nodePort: 30100,
  /** Azurite's documented development account (public, not a secret). */
  account: 'devstoreaccount1',
  key: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
} as const;

export const DEFAULT_AZURITE_HOST_PORT = 10000;

/** Path-style account URL as Airflow's pods reach it (cluster DNS). */
export function inClusterBlobEndpoint(): string {
  return `http://${AZURITE.service}.${AZURITE.namespace}.svc.cluster.local:${AZURITE.port}/${AZURITE.account}`;
}

/** Path-style account URL as the runner reaches it (the kind port mapping). */
export function hostBlobEndpoint(hostPort: number): string {
  return `http://127.0.0.1:${hostPort}/${AZURITE.account}`;
}

export function azuriteConnectionString(blobEndpoint: string): string {
  return `DefaultEndpointsProtocol=http;AccountName=${AZURITE.account};AccountKey=${AZURITE.key};BlobEndpoint=${blobEndpoint};`;
}

/**
 * The Airflow connection (URI form, for `airflow connections add --conn-uri`) that points WasbHook at
 * the in-cluster Azurite. connection_string wins in WasbHook's precedence; login, password and host
 * are there too so the URI has a netloc and reads sensibly in the UI.
 */
export function azuriteConnectionUri(): string {
  const host = `${AZURITE.service}.${AZURITE.namespace}.svc.cluster.local:${AZURITE.port}`;
  return `wasb://${AZURITE.account}:${encodeURIComponent(AZURITE.key)}@${host}?connection_string=${encodeURIComponent(azuriteConnectionString(inClusterBlobEndpoint()))}`;
}

/** kind extraPortMappings entry: the Azurite NodePort on the runner's loopback. */
export function azuritePortMapping(hostPort: number): Record<string, unknown> {
  return { containerPort: AZURITE.nodePort, hostPort, listenAddress: '127.0.0.1', protocol: 'TCP' };
}

/** Deployment and NodePort Service of Azurite's blob service (in-memory: the cluster is throwaway). */
export function azuriteManifests(): K8sObject[] {
  const labels = { app: 'azurite', 'app.kubernetes.io/managed-by': 'airflow-gitops' };
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: AZURITE.namespace } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: AZURITE.service, namespace: AZURITE.namespace, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'azurite' } },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                name: 'azurite',
                image: AZURITE.image,
                // --disableProductStyleUrl: pods reach Azurite as azurite.warble-system.svc.cluster.local, and
                // a dotted host name otherwise makes Azurite read its first label ("azurite") as the account,
                // so the task's upload to /devstoreaccount1/<container>/… fails with ResourceNotFound (seen
                // on a real kind cluster). The runner's 127.0.0.1 is path-style either way.
                command: ['azurite-blob', '--blobHost', '0.0.0.0', '--blobPort', String(AZURITE.port), '--inMemoryPersistence', '--skipApiVersionCheck', '--disableTelemetry', '--disableProductStyleUrl'],
                ports: [{ name: 'blob', containerPort: AZURITE.port }],
                readinessProbe: { tcpSocket: { port: AZURITE.port }, periodSeconds: 2, failureThreshold: 60 },
                resources: { requests: { cpu: '50m', memory: '128Mi' } },
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: AZURITE.service, namespace: AZURITE.namespace, labels },
      spec: { type: 'NodePort', selector: { app: 'azurite' }, ports: [{ name: 'blob', port: AZURITE.port, targetPort: AZURITE.port, nodePort: AZURITE.nodePort }] },
    },
  ];
}
