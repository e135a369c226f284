/**
 * Facts that change by version, as data tables (never `if` chains in the phases).
 * Sources: each chart's Chart.yaml appVersion; Airflow's airflow/utils/db.py _REVISION_HEADS_MAP;
 * chart templates (component names, wait-for-migrations init container, secret keys).
 */

// One table for every check (src/core/versions.ts); re-exported for the kube modules.
export { CHART_AIRFLOW_VERSION, DEFAULT_CHART_VERSION } from '../core/versions.js';
export const CHART_NAME = 'airflow';
export const DEFAULT_AIRFLOW_REPOSITORY = 'apache/airflow';

/** Airflow version → alembic head of its metadata schema (airflow.utils.db._REVISION_HEADS_MAP). */
export const AIRFLOW_ALEMBIC_HEAD: Record<string, string> = {
  '2.9.2': '686269002441',
  '2.9.3': '686269002441',
  '2.10.0': '22ed7efa9da2',
  '2.10.3': '5f2621c13b39',
  '3.0.0': '29ce7909c52b',
  '3.0.2': '29ce7909c52b',
  '3.0.3': 'fe199e1abd77',
  '3.1.0': 'cc92b33c6709',
  '3.1.7': 'cc92b33c6709',
  // Verified against the real Airflow (test/airflow/migration-real.test.ts): _REVISION_HEADS_MAP and
  // alembic's ScriptDirectory heads of apache-airflow 3.1.8 and 3.3.2.
  '3.1.8': '509b94a1042d',
  '3.2.0': '1d6611b6ab7c',
  '3.3.0': 'd2f4e1b3c5a7',
  '3.3.2': 'd2f4e1b3c5a7',
};

const versionKey = (v: string) => v.split(/[.+-]/).slice(0, 3).map((n) => Number.parseInt(n, 10) || 0);
const compareVersions = (a: string, b: string) => {
  const [x, y] = [versionKey(a), versionKey(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

/**
 * Airflow's alembic head for a version: the table entry, or — between two entries with the same
 * head — that head (no migration was added in between). Past the newest entry of a line it is
 * unknown: a patch release can add migrations (3.1.8 did), and a guessed head would fail a good run.
 */
export function alembicHeadFor(version: string): string | undefined {
  if (AIRFLOW_ALEMBIC_HEAD[version]) return AIRFLOW_ALEMBIC_HEAD[version];
  const known = Object.keys(AIRFLOW_ALEMBIC_HEAD).sort(compareVersions);
  const below = known.filter((v) => compareVersions(v, version) < 0).pop();
  const above = known.find((v) => compareVersions(v, version) > 0);
  return below && above && AIRFLOW_ALEMBIC_HEAD[below] === AIRFLOW_ALEMBIC_HEAD[above] ? AIRFLOW_ALEMBIC_HEAD[below] : undefined;
}

/** The long-running components each Airflow major version must bring to Ready (chart `component` labels). */
export const AIRFLOW_COMPONENTS: Record<string, string[]> = {
  // Airflow 2: the webserver serves the UI; the standalone dag-processor is opt-in (dagProcessor.enabled).
  '2': ['scheduler', 'webserver', 'triggerer'],
  // Airflow 3: airflow-api-server replaced the webserver; the dag-processor is always separate.
  '3': ['scheduler', 'api-server', 'dag-processor', 'triggerer'],
};

export const FAB_AUTH_MANAGER = 'airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager';
export const SIMPLE_AUTH_MANAGER = 'airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager';

/**
 * The auth manager a chart configures when the values do not set config.core.auth_manager.
 * Charts 1.18+ set FAB in their default config; on Airflow 2 the FAB security manager is built in.
 */
export const CHART_DEFAULT_AUTH_MANAGER: Record<string, string> = {
  '1.15.0': FAB_AUTH_MANAGER,
  '1.18.0': FAB_AUTH_MANAGER,
  '1.19.0': FAB_AUTH_MANAGER,
};

/**
 * Pinned tools, installed with @actions/tool-cache when not on PATH. The sha256 of each linux/amd64
 * download is part of this table, not fetched: a checksum file served by the same host as the binary
 * proves nothing if that host (or a mirror) is compromised.
 */
export interface ToolPin {
  version: string;
  /** Download URL for linux/amd64 ({version} substituted). */
  url: string;
  /**
   * sha256 of that download as the project publishes it (kind: the release's kind-linux-amd64.sha256sum;
   * helm: the release notes / get.helm.sh .sha256sum; kubectl: dl.k8s.io's kubectl.sha256).
   */
  sha256: string;
  /** For archives: the path of the binary inside the extracted tree. */
  archivePath?: string;
}

export const TOOL_PINS: Record<'kind' | 'helm' | 'kubectl', ToolPin> = {
  kind: {
    version: 'v0.29.0',
    url: 'https://github.com/kubernetes-sigs/kind/releases/download/{version}/kind-linux-amd64',
    sha256: 'c72eda46430f065fb45c5f70e7c957cc9209402ef309294821978677c8fb3284',
  },
  helm: {
    version: 'v3.18.4',
    url: 'https://get.helm.sh/helm-{version}-linux-amd64.tar.gz',
    sha256: 'f8180838c23d7c7d797b208861fecb591d9ce1690d8704ed1e4cb8e2add966c1',
    archivePath: 'linux-amd64/helm',
  },
  kubectl: {
    version: 'v1.33.1',
    url: 'https://dl.k8s.io/release/{version}/bin/linux/amd64/kubectl',
    sha256: '5de4e9f2266738fd112b721265a0c1cd7f4e5208b670f811861f699474a100a3',
  },
};

/** kind v0.29.0's default node image tag (Kubernetes 1.33.1). */
export const DEFAULT_KIND_NODE_IMAGE = 'kindest/node:v1.33.1';
/** The shared database mirrors the user's production PostgreSQL (15+ needs an explicit GRANT on schema public). */
export const POSTGRES_IMAGE = 'postgres:16.4';
export const SHARED_DB_NAMESPACE = 'warble-system';
export const SHARED_DB_SERVICE = 'postgresql';

export function airflowMajor(version: string): string {
  return version.split('.')[0] ?? '3';
}

/** The version from an image reference like apache/airflow:3.1.7 or apache/airflow:3.1.7-python3.12. */
export function airflowVersionFromImage(image: string): string | undefined {
  const tag = image.includes('@') ? undefined : image.slice(image.lastIndexOf(':') + 1);
  const m = tag?.match(/^(\d+\.\d+\.\d+)/);
  return m ? m[1] : undefined;
}

/** `airflow dags list-runs` took the DAG id as -d on Airflow 2 and as a positional argument on Airflow 3. */
export const LIST_RUNS_DAG_ARGS: Record<string, (dagId: string) => string[]> = {
  '2': (dagId) => ['-d', dagId],
  '3': (dagId) => [dagId],
};
