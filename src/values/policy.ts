import { UsageError } from '../core/finding.js';
import { parseGoDuration } from './go-duration.js';
import { isPlainObject } from './load.js';

/** The `values:` section of .airflow-gitops.yml, validated. */
export interface ValuesPolicy {
  /** Executors the platform supports; `executor` must be one of them (or a comma list of them). */
  allowedExecutors: string[];
  /** Required scheduler.replicas. */
  schedulerReplicas: number;
  /** git-sync `period` must be at least this many seconds (a tight loop hammers the git server). */
  gitSyncMinPeriodSeconds: number;
  /** When true, dags.gitSync.enabled must be true. */
  requireGitSync: boolean;
  /** Default chart (directory, .tgz or version) when --chart / input `chart` is not given. */
  chart?: string;
  /** Chart repository for versions (default: the official one). */
  chartRepository?: string;
}

export const DEFAULT_POLICY: ValuesPolicy = {
  allowedExecutors: ['KubernetesExecutor'],
  schedulerReplicas: 1,
  gitSyncMinPeriodSeconds: 10,
  requireGitSync: false,
};

const KNOWN = ['allowed-executors', 'scheduler-replicas', 'git-sync-min-period', 'require-git-sync', 'chart', 'chart-repository'];

export function parseValuesPolicy(raw: unknown, file = '.airflow-gitops.yml'): ValuesPolicy {
  const policy: ValuesPolicy = { ...DEFAULT_POLICY, allowedExecutors: [...DEFAULT_POLICY.allowedExecutors] };
  if (raw === undefined || raw === null) return policy;
  const fail = (what: string): never => {
    throw new UsageError(`Config ${file}: ${what}`);
  };
  if (!isPlainObject(raw)) fail('values must be a mapping.');
  for (const [key, v] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case 'allowed-executors':
        if (!Array.isArray(v) || !v.length || v.some((x) => typeof x !== 'string' || !x.trim())) fail('values.allowed-executors must be a non-empty list of executor names.');
        policy.allowedExecutors = (v as string[]).map((x) => x.trim());
        break;
      case 'scheduler-replicas':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) fail('values.scheduler-replicas must be a positive integer.');
        policy.schedulerReplicas = v as number;
        break;
      case 'git-sync-min-period': {
        const seconds = typeof v === 'string' ? parseGoDuration(v) : undefined;
        if (seconds === undefined) fail(`values.git-sync-min-period must be a Go duration such as "30s" (got ${JSON.stringify(v)}).`);
        policy.gitSyncMinPeriodSeconds = seconds as number;
        break;
      }
      case 'require-git-sync':
        if (typeof v !== 'boolean') fail('values.require-git-sync must be true or false.');
        policy.requireGitSync = v as boolean;
        break;
      case 'chart':
        if (typeof v !== 'string' || !v.trim()) fail('values.chart must be a chart directory, .tgz or version string.');
        policy.chart = (v as string).trim();
        break;
      case 'chart-repository':
        if (typeof v !== 'string' || !/^https?:\/\//.test(v)) fail('values.chart-repository must be an http(s) URL.');
        policy.chartRepository = v as string;
        break;
      default:
        fail(`unknown key values.${key} (known: ${KNOWN.join(', ')}).`);
    }
  }
  return policy;
}
