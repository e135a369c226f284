import * as os from 'node:os';
import * as path from 'node:path';
import { UsageError } from '../core/finding.js';
import { DEFAULT_AZURITE_HOST_PORT } from './azurite.js';
import {
  CHART_AIRFLOW_VERSION,
  DEFAULT_AIRFLOW_REPOSITORY,
  DEFAULT_CHART_VERSION,
  DEFAULT_KIND_NODE_IMAGE,
  airflowVersionFromImage,
} from './versions.js';

export type ClusterMode = 'kind' | 'existing';

/** Everything the migration needs, parsed and validated once at the edge (action inputs or CLI flags). */
export interface MigrateOptions {
  valuesFiles: string[];
  chartVersion: string;
  /** repository:tag of the Airflow image the release runs. */
  airflowImage: string;
  airflowVersion: string;
  cluster: ClusterMode;
  clusterName: string;
  kindNodeImage: string;
  /** Existing mode: kube context (empty = current). */
  context: string;
  namespace: string;
  releaseName: string;
  /** Upgrade gating: install this first, migrate, then upgrade to the target. */
  from?: { chartVersion: string; airflowImage: string; airflowVersion: string; valuesFiles: string[] };
  adminUser: string;
  adminPassword: string;
  /** Airflow connection URI for remote logging (WASB); added after the migration when set. */
  wasbConnection: string;
  wasbConnectionId: string;
  timeoutMinutes: number;
  keepCluster: boolean;
  /** Load the Airflow image from the local Docker daemon into kind (images built earlier in the job). */
  loadImage: boolean;
  smokeDag: string;
  /** Deploy Azurite in the kind cluster and point the release's remote-logging connection at it. */
  azurite: boolean;
  /** Runner port kind maps to Azurite's NodePort (verify-wasb-logs reads the task log through it). */
  azuriteHostPort: number;
  workDir: string;
  diagnosticsDir: string;
  /** Interval between status polls; tests set it to milliseconds. */
  pollMs: number;
  cwd: string;
}

export interface RawMigrateInputs {
  valuesFiles?: string[];
  chartVersion?: string;
  airflowImage?: string;
  cluster?: string;
  clusterName?: string;
  kindNodeImage?: string;
  context?: string;
  namespace?: string;
  releaseName?: string;
  fromChartVersion?: string;
  fromAirflowVersion?: string;
  /** The old release's image when it is not apache/airflow:<from-airflow-version> (a custom build). */
  fromAirflowImage?: string;
  fromValues?: string[];
  adminUser?: string;
  adminPassword?: string;
  wasbConnection?: string;
  wasbConnectionId?: string;
  timeoutMinutes?: string;
  keepCluster?: boolean;
  loadImage?: boolean;
  smokeDag?: string;
  azurite?: boolean;
  azuriteHostPort?: string;
  workDir?: string;
  diagnosticsDir?: string;
  pollMs?: string;
  cwd?: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

function dnsLabel(value: string, what: string): string {
  if (!DNS_LABEL.test(value)) throw new UsageError(`${what} "${value}" is not a valid Kubernetes name (lowercase letters, digits and '-', at most 63 characters).`);
  return value;
}

/**
 * Every value that ends up in a command line (kubectl/helm flags, a Job's argv, `kubectl exec`) is
 * checked here, once: argv arrays already keep a shell out, these keep option injection out (a value
 * starting with '-' would be read as a flag by kubectl or the airflow CLI) and reject what the tool
 * would reject anyway, with one sentence instead of a tool error halfway through a run.
 */
function refuseOptionLike(value: string, what: string): void {
  if (value.startsWith('-')) throw new UsageError(`${what} "${value}" starts with '-', which the command would read as an option; pass a name.`);
}

/** Airflow's KEY_REGEX (airflow.utils.helpers.validate_key) for dag_id and conn_id, at most 250 characters. */
const AIRFLOW_KEY = /^[A-Za-z0-9_.-]{1,250}$/;

function airflowKey(value: string, what: string): string {
  refuseOptionLike(value, what);
  if (!AIRFLOW_KEY.test(value)) throw new UsageError(`${what} "${value}" is not a valid Airflow id (letters, digits, '_', '.' and '-', at most 250 characters).`);
  return value;
}

/**
 * The distribution reference grammar (registry[:port]/path[:tag][@sha256:digest]), bounded to 255
 * characters before matching so the pattern never sees a long input.
 */
const IMAGE_REFERENCE =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::\w[\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;

export function imageReference(value: string, what: string): string {
  refuseOptionLike(value, what);
  if (value.length > 255 || !IMAGE_REFERENCE.test(value)) {
    throw new UsageError(`${what} "${value}" is not an image reference like apache/airflow:3.1.7 or registry.example.com:5000/team/airflow:3.1.7@sha256:<digest>.`);
  }
  return value;
}

/** A kubeconfig context name: free-form in kubeconfig, but never an option and never a control character. */
function kubeContext(value: string): string {
  if (!value) return value;
  refuseOptionLike(value, 'context');
  // eslint-disable-next-line no-control-regex
  if (value.length > 253 || /[\u0000-\u001f\u007f]/.test(value)) throw new UsageError('context must be a kubeconfig context name (printable characters, at most 253).');
  return value;
}

function resolveImage(chartVersion: string, image: string | undefined, what: string): { image: string; version: string } {
  const img = (image ?? '').trim();
  if (img) {
    imageReference(img, what);
    const version = airflowVersionFromImage(img) ?? CHART_AIRFLOW_VERSION[chartVersion];
    if (!version) throw new UsageError(`Cannot tell the Airflow version of ${what} "${img}"; tag it with the version (e.g. apache/airflow:3.1.7).`);
    return { image: img, version };
  }
  const version = CHART_AIRFLOW_VERSION[chartVersion];
  if (!version) {
    throw new UsageError(`Chart ${chartVersion} is not in the known-versions table (${Object.keys(CHART_AIRFLOW_VERSION).join(', ')}); set airflow-image explicitly.`);
  }
  return { image: `${DEFAULT_AIRFLOW_REPOSITORY}:${version}`, version };
}

function versionFromAirflowVersion(v: string | undefined): string | undefined {
  const t = (v ?? '').trim();
  if (!t) return undefined;
  if (!/^\d+\.\d+\.\d+$/.test(t)) throw new UsageError(`from-airflow-version must look like 2.9.3 (got "${t}").`);
  return `${DEFAULT_AIRFLOW_REPOSITORY}:${t}`;
}

/**
 * The old release's image: from-airflow-image when given (a team's own build; from-airflow-version
 * then says its Airflow version when the tag does not), else apache/airflow:<from-airflow-version>,
 * else the from-chart's default.
 */
function fromImage(chartVersion: string, image: string | undefined, version: string | undefined): { image: string; version: string } {
  const img = (image ?? '').trim();
  const v = (version ?? '').trim();
  if (!img) return resolveImage(chartVersion, versionFromAirflowVersion(v), 'from-airflow-version');
  versionFromAirflowVersion(v);
  const resolved = resolveImage(chartVersion, img, 'from-airflow-image');
  return v ? { image: resolved.image, version: v } : resolved;
}

export function parseMigrateOptions(raw: RawMigrateInputs): MigrateOptions {
  const cwd = raw.cwd ?? process.cwd();
  const chartVersion = (raw.chartVersion ?? '').trim() || DEFAULT_CHART_VERSION;
  if (!/^\d+\.\d+\.\d+$/.test(chartVersion)) throw new UsageError(`chart-version must be a chart release like 1.19.0 (got "${chartVersion}").`);
  const cluster = ((raw.cluster ?? '').trim() || 'kind') as ClusterMode;
  if (cluster !== 'kind' && cluster !== 'existing') throw new UsageError(`cluster must be kind or existing (got "${raw.cluster}").`);
  const target = resolveImage(chartVersion, raw.airflowImage, 'airflow-image');
  const valuesFiles = (raw.valuesFiles ?? []).map((f) => f.trim()).filter(Boolean);
  let from: MigrateOptions['from'];
  const fromChart = (raw.fromChartVersion ?? '').trim();
  if (fromChart || (raw.fromAirflowVersion ?? '').trim() || (raw.fromAirflowImage ?? '').trim()) {
    if (cluster === 'existing') throw new UsageError('Upgrade gating (from-chart-version / from-airflow-version) needs a throwaway cluster: use cluster: kind.');
    const fc = fromChart || chartVersion;
    if (!/^\d+\.\d+\.\d+$/.test(fc)) throw new UsageError(`from-chart-version must be a chart release like 1.15.0 (got "${fc}").`);
    const old = fromImage(fc, raw.fromAirflowImage, raw.fromAirflowVersion);
    const fromValues = (raw.fromValues ?? []).map((f) => f.trim()).filter(Boolean);
    from = { chartVersion: fc, airflowImage: old.image, airflowVersion: old.version, valuesFiles: fromValues.length ? fromValues : valuesFiles };
  }
  const timeoutMinutes = Number((raw.timeoutMinutes ?? '').trim() || '30');
  if (!Number.isFinite(timeoutMinutes) || timeoutMinutes <= 0 || timeoutMinutes > 360) {
    throw new UsageError(`timeout-minutes must be a number between 0 and 360 (got "${raw.timeoutMinutes}").`);
  }
  const pollMs = Number((raw.pollMs ?? '').trim() || '2000');
  if (!Number.isFinite(pollMs) || pollMs < 0) throw new UsageError(`poll interval must be a non-negative number of milliseconds (got "${raw.pollMs}").`);
  const adminUser = (raw.adminUser ?? '').trim();
  if (adminUser) refuseOptionLike(adminUser, 'admin-user');
  if (adminUser && !/^[A-Za-z0-9_.@-]{1,64}$/.test(adminUser)) throw new UsageError(`admin-user "${adminUser}" may use letters, digits and _.@- only.`);
  if (adminUser && cluster === 'existing' && !raw.adminPassword) {
    // A generated password is fine for a throwaway cluster, useless for a real one (nobody could log in).
    throw new UsageError('admin-user on cluster: existing needs admin-password (from a secret); a generated one would be unknown to everyone.');
  }
  const smokeDag = (raw.smokeDag ?? '').trim();
  const azurite = raw.azurite ?? false;
  const azuriteHostPort = Number((raw.azuriteHostPort ?? '').trim() || String(DEFAULT_AZURITE_HOST_PORT));
  if (azurite) {
    if (cluster !== 'kind') throw new UsageError('azurite deploys an emulator into the throwaway cluster; it needs cluster: kind.');
    if ((raw.wasbConnection ?? '').trim()) throw new UsageError('azurite points the remote-logging connection at the in-cluster emulator; drop wasb-connection or drop azurite.');
    if (!Number.isInteger(azuriteHostPort) || azuriteHostPort < 1024 || azuriteHostPort > 65535) throw new UsageError(`azurite-host-port must be a port between 1024 and 65535 (got "${raw.azuriteHostPort}").`);
  }
  const workDir = raw.workDir?.trim() || path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'airflow-gitops-migrate');
  return {
    valuesFiles,
    chartVersion,
    airflowImage: target.image,
    airflowVersion: target.version,
    cluster,
    clusterName: dnsLabel((raw.clusterName ?? '').trim() || 'airflow-gitops', 'cluster name'),
    kindNodeImage: imageReference((raw.kindNodeImage ?? '').trim() || DEFAULT_KIND_NODE_IMAGE, 'kind-node-image'),
    context: kubeContext((raw.context ?? '').trim()),
    namespace: dnsLabel((raw.namespace ?? '').trim() || 'airflow', 'namespace'),
    releaseName: dnsLabel((raw.releaseName ?? '').trim() || 'airflow', 'release-name'),
    from,
    adminUser,
    adminPassword: raw.adminPassword ?? '',
    wasbConnection: (raw.wasbConnection ?? '').trim(),
    wasbConnectionId: airflowKey((raw.wasbConnectionId ?? '').trim() || 'azure_blob_storage', 'wasb-connection-id'),
    timeoutMinutes,
    keepCluster: raw.keepCluster ?? false,
    loadImage: raw.loadImage ?? false,
    smokeDag: smokeDag ? airflowKey(smokeDag, 'smoke-dag') : '',
    azurite,
    azuriteHostPort,
    workDir,
    diagnosticsDir: raw.diagnosticsDir?.trim() || path.join(workDir, 'diagnostics'),
    pollMs,
    cwd,
  };
}
