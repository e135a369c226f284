import * as path from 'node:path';
import type { ReleaseTarget, SecretNames } from './context.js';
import { ciOverlay } from './manifests.js';
import type { MigrateOptions } from './options.js';
import { AIRFLOW_COMPONENTS, CHART_DEFAULT_AUTH_MANAGER, FAB_AUTH_MANAGER, airflowMajor } from './versions.js';

function get(values: Record<string, unknown>, keys: string[]): unknown {
  let cur: unknown = values;
  for (const k of keys) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

function str(values: Record<string, unknown>, keys: string[]): string | undefined {
  const v = get(values, keys);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Secret names as the chart derives them (values first, else the chart's `<release>-…` defaults). */
export function secretNames(values: Record<string, unknown>, release: string): SecretNames {
  return {
    metadata: str(values, ['data', 'metadataSecretName']) ?? `${release}-gitops-metadata`,
    fernetKey: str(values, ['fernetKeySecretName']) ?? `${release}-fernet-key`,
    jwt: str(values, ['jwtSecretName']),
    apiSecretKey: str(values, ['apiSecretKeySecretName']),
    jobInputs: `${release}-gitops-job-inputs`,
  };
}

/** True when the values leave the chart to create the fernet key Secret itself. */
export function chartOwnsFernetSecret(values: Record<string, unknown>): boolean {
  return !str(values, ['fernetKeySecretName']);
}

export function authManagerOf(values: Record<string, unknown>, chartVersion: string): string {
  return str(values, ['config', 'core', 'auth_manager']) ?? CHART_DEFAULT_AUTH_MANAGER[chartVersion] ?? FAB_AUTH_MANAGER;
}

export function isFabAuthManager(authManager: string): boolean {
  return /fab_auth_manager|FabAuthManager/.test(authManager);
}

export function buildTarget(
  label: ReleaseTarget['label'],
  options: MigrateOptions,
  spec: { chartVersion: string; airflowImage: string; airflowVersion: string; valuesFiles: string[] },
  values: Record<string, unknown>,
): ReleaseTarget {
  const major = airflowMajor(spec.airflowVersion);
  const components = [...(AIRFLOW_COMPONENTS[major] ?? AIRFLOW_COMPONENTS['3'])];
  if (major === '2' && get(values, ['dagProcessor', 'enabled']) === true) components.push('dag-processor');
  const migrateJob = get(values, ['migrateDatabaseJob', 'enabled']);
  const overlay = ciOverlay({
    airflowImage: spec.airflowImage,
    airflowVersion: spec.airflowVersion,
    // The wait-for-airflow-migrations init container gives up after this; cover the whole migrate phase.
    migrationsWaitSeconds: Math.max(60, Math.round(options.timeoutMinutes * 60 * 0.5)),
    metadataSecretName: str(values, ['data', 'metadataSecretName']) ? undefined : `${options.releaseName}-gitops-metadata`,
    disableGitSync: options.cluster === 'kind' && get(values, ['dags', 'gitSync', 'enabled']) === true,
  });
  return {
    label,
    chartVersion: spec.chartVersion,
    airflowImage: spec.airflowImage,
    airflowVersion: spec.airflowVersion,
    valuesFiles: spec.valuesFiles.map((f) => path.resolve(options.cwd, f)),
    values,
    overlayFile: path.join(options.workDir, `ci-overlay-${label}.yaml`),
    overlay,
    authManager: authManagerOf(values, spec.chartVersion),
    chartMigrationJob: migrateJob !== false,
    components,
  };
}
