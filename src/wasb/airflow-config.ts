import { airflowVersionFromValues } from '../core/versions.js';
import type { WasbLoggingConfig } from './log-path.js';

/** Where one airflow.cfg setting lives in the chart values: config.<section>.<key> or an env entry. */
export interface SettingSource {
  /** Key path in the merged values, for the loader's origin(). */
  path: string[];
}

export interface ValuesLoggingConfig {
  config: WasbLoggingConfig;
  sources: Partial<Record<keyof WasbLoggingConfig, SettingSource>>;
  /** The Airflow version the values pin (airflowVersion, else a version-like defaultAirflowTag), when set. */
  airflowVersion?: string;
}

const SETTINGS: Array<[keyof WasbLoggingConfig, string, string]> = [
  ['remoteLogging', 'logging', 'remote_logging'],
  ['remoteBaseLogFolder', 'logging', 'remote_base_log_folder'],
  ['remoteLogConnId', 'logging', 'remote_log_conn_id'],
  ['logFilenameTemplate', 'logging', 'log_filename_template'],
  ['remoteWasbLogContainer', 'azure_remote_logging', 'remote_wasb_log_container'],
];

/** How Helm writes a YAML scalar into airflow.cfg: booleans as true/false, numbers as digits. */
function cfgText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/**
 * Reads the WASB logging settings from merged chart values: `config.<section>.<key>` (the chart
 * renders it into airflow.cfg), overridden by `env: [{name: AIRFLOW__SECTION__KEY}]` entries, as
 * Airflow prefers environment variables over airflow.cfg.
 */
export function loggingConfigFromValues(values: Record<string, unknown>): ValuesLoggingConfig {
  const out: ValuesLoggingConfig = { config: {}, sources: {} };
  const config = obj(values.config);
  for (const [field, section, key] of SETTINGS) {
    const v = cfgText(obj(config?.[section])?.[key]);
    if (v !== undefined) {
      out.config[field] = v;
      out.sources[field] = { path: ['config', section, key] };
    }
  }
  const env = Array.isArray(values.env) ? values.env : [];
  env.forEach((entry, i) => {
    const e = obj(entry);
    const name = typeof e?.name === 'string' ? e.name : undefined;
    const value = cfgText(e?.value);
    if (!name || value === undefined) return;
    for (const [field, section, key] of SETTINGS) {
      if (name.toUpperCase() === `AIRFLOW__${section.toUpperCase()}__${key.toUpperCase()}`) {
        out.config[field] = value;
        out.sources[field] = { path: ['env', String(i), 'value'] };
      }
    }
  });
  const version = airflowVersionFromValues(values);
  if (version) out.airflowVersion = version;
  return out;
}
