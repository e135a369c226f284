import { renderLogFilename, type TaskInstanceRef } from './template.js';
import {
  BASE_FOLDER_HANDLING,
  DEFAULT_LOG_FILENAME_TEMPLATE,
  DEFAULT_WASB_CONN_ID,
  DEFAULT_WASB_CONTAINER,
  LOG_RECORD_FORMAT,
  lookup,
  TEMPLATE_CONTEXT,
  parseVersion,
  type BaseFolderHandling,
  type LogRecordFormat,
} from './versions.js';

/** The airflow.cfg settings that decide where a task log goes (strings as airflow.cfg holds them). */
export interface WasbLoggingConfig {
  remoteLogging?: string;
  remoteBaseLogFolder?: string;
  remoteLogConnId?: string;
  logFilenameTemplate?: string;
  remoteWasbLogContainer?: string;
}

export interface LogLocation {
  airflowVersion: string;
  /** `[logging] remote_logging` as Airflow's getboolean reads it. */
  remoteLogging: boolean;
  /** True when Airflow picks the WASB handler: remote_base_log_folder starts with "wasb". */
  wasbHandler: boolean;
  handling: BaseFolderHandling;
  handlingSource: string;
  container: string;
  connId: string;
  /** The prefix Airflow joins every relative log path to. */
  remoteBase: string;
  template: string;
  /** The rendered log_filename_template (the local path below base_log_folder). */
  relativePath: string;
  /** The blob name Airflow writes (upload joins the pathlib-normalised relative path). */
  blobName: string;
  /** The prefix the API server lists when the UI reads the log (the rendered template, unnormalised). */
  readPrefix: string;
  recordFormat: LogRecordFormat;
}

export class ConfigValueError extends Error {}

/** airflow.configuration getboolean: t/true/1 and f/false/0, case-insensitive, `#` starts a comment. */
export function airflowBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const v = value.split('#')[0].trim().toLowerCase();
  if (v === 't' || v === 'true' || v === '1') return true;
  if (v === 'f' || v === 'false' || v === '0') return false;
  throw new ConfigValueError(`"${value}" is not a boolean Airflow accepts (True/False, t/f, 1/0).`);
}

/** Python os.path.join for two POSIX parts: an absolute second part replaces the first. */
export function posixJoin(base: string, rel: string): string {
  if (rel.startsWith('/') || base === '') return rel;
  return base.endsWith('/') ? base + rel : `${base}/${rel}`;
}

/**
 * pathlib's view of the relative path (Path(full).relative_to(base_log_folder)): empty and "."
 * segments vanish. The upload uses this; the rendered template is the read prefix.
 */
function pathlibRelative(rendered: string): string {
  return rendered
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

export function baseFolderFor(handling: BaseFolderHandling, remoteBaseLogFolder: string): string {
  return handling === 'strip-wasb-scheme' && remoteBaseLogFolder.startsWith('wasb://')
    ? remoteBaseLogFolder.slice('wasb://'.length)
    : remoteBaseLogFolder;
}

/** Where Airflow `airflowVersion` writes the log of task instance `ti`, given its config. */
export function computeLogLocation(config: WasbLoggingConfig, airflowVersion: string, ti: TaskInstanceRef, ts: string): LogLocation {
  const version = parseVersion(airflowVersion);
  if (!version) throw new ConfigValueError(`"${airflowVersion}" is not an Airflow version (expected e.g. 3.1.3).`);
  const handlingRow = lookup(BASE_FOLDER_HANDLING, version);
  const templateRow = lookup(DEFAULT_LOG_FILENAME_TEMPLATE, version);
  const formatRow = lookup(LOG_RECORD_FORMAT, version);
  const contextRow = lookup(TEMPLATE_CONTEXT, version);
  if (!handlingRow || !templateRow || !formatRow || !contextRow) {
    throw new ConfigValueError(`Airflow ${airflowVersion} is older than any version this check knows (2.3.0 and later).`);
  }
  const remoteBaseLogFolder = config.remoteBaseLogFolder ?? '';
  const template = config.logFilenameTemplate?.trim() ? config.logFilenameTemplate : templateRow.value;
  const rendered = renderLogFilename(template, { ti, ts, formatKeys: contextRow.value.formatKeys, minimalJinjaContext: contextRow.value.minimalJinjaContext });
  const remoteBase = baseFolderFor(handlingRow.value, remoteBaseLogFolder);
  const relativePath = pathlibRelative(rendered);
  return {
    airflowVersion,
    remoteLogging: airflowBoolean(config.remoteLogging, false),
    wasbHandler: remoteBaseLogFolder.startsWith('wasb'),
    handling: handlingRow.value,
    handlingSource: handlingRow.source,
    container: config.remoteWasbLogContainer?.trim() || DEFAULT_WASB_CONTAINER,
    connId: config.remoteLogConnId?.trim() || DEFAULT_WASB_CONN_ID,
    remoteBase,
    template,
    relativePath,
    blobName: posixJoin(remoteBase, relativePath),
    readPrefix: posixJoin(remoteBase, rendered),
    recordFormat: formatRow.value,
  };
}

/** The parts of a `wasb://container@account.host/path` URL, which Airflow itself never parses. */
export interface WasbUrlParts {
  container?: string;
  account?: string;
  path: string;
}

export function parseWasbUrl(value: string): WasbUrlParts | undefined {
  const m = /^wasbs?:\/\/([^/]*)(\/.*)?$/.exec(value);
  if (!m) return undefined;
  const authority = m[1];
  const at = authority.lastIndexOf('@');
  const container = at >= 0 ? authority.slice(0, at) : authority || undefined;
  const host = at >= 0 ? authority.slice(at + 1) : '';
  const account = host ? host.split('.')[0] : undefined;
  return { container: container || undefined, account, path: (m[2] ?? '').replace(/^\/+/, '') };
}
