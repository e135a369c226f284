import { randomBytes } from 'node:crypto';
import type { StoragePipelineOptions } from '@azure/storage-blob';
import { VERSION, type CheckResult } from '../core/check.js';
import { UsageError, type Finding, type Range } from '../core/finding.js';
import { effectiveSeverity, makeFinding, type RuleMeta, type SeverityOverride } from '../core/rule.js';
import { registerCredential, registerSecret } from '../core/secrets.js';
import { loadValuesFiles } from '../values/load.js';
import { loggingConfigFromValues, type ValuesLoggingConfig } from './airflow-config.js';
import { extraField, parseConnectionInput, type AirflowConnection } from './connection.js';
import { AUTH_LABEL, resolveAuth, type OidcSettings, type ResolvedAuth } from './credential.js';
import { startAzurite, type Emulator } from './emulator.js';
import { STEP_PERMISSION, type Step } from './errors.js';
import { computeLogLocation, ConfigValueError, parseWasbUrl, type LogLocation, type WasbLoggingConfig } from './log-path.js';
import { findTaskLog, taskLogPrefix, type FindTaskLogResult } from './find-task-log.js';
import { buildTestLog, runRoundTrip, type RoundTripResult } from './round-trip.js';
import {
  baseFolderNamesContainerOrAccount,
  cleanupFailed,
  connectionMisread,
  invalidLoggingConfig,
  logContentMismatch,
  logReadPrefixMismatch,
  notAWasbBaseFolder,
  remoteLoggingDisabled,
  storagePermissionMissing,
  taskLogNotFound,
  wasbRules,
  wasbSchemeInBlobName,
} from './rules/index.js';
import { TemplateError } from './template.js';
import { DEFAULT_AIRFLOW_VERSION, PLAIN_WASB_BASE_FOLDER, wasbBaseFolderFix } from '../core/versions.js';

export const TOOL = 'verify-wasb-logs';

/** Explicit credentials, as an alternative to an Airflow connection. */
export interface ExplicitCredentials {
  accountName?: string;
  accountKey?: string;
  accountUrl?: string;
  sasToken?: string;
}

export interface VerifyWasbOptions {
  valuesFiles?: string[];
  cwd?: string;
  airflowVersion?: string;
  /** Airflow connection URI, JSON, `AIRFLOW_CONN_X=…` or an Azure connection string. */
  connection?: string;
  explicit?: ExplicitCredentials;
  oidc?: OidcSettings;
  /** Overrides [azure_remote_logging] remote_wasb_log_container. */
  container?: string;
  dagId?: string;
  taskId?: string;
  mapIndex?: number;
  tryNumber?: number;
  cleanup?: boolean;
  timeoutMs?: number;
  /** Start Azurite and verify against it. */
  emulator?: boolean;
  /** A running emulator to use instead of starting one (tests, benchmarks). */
  emulatorInstance?: Emulator;
  /** Environment for AIRFLOW_CONN_<ID> lookup (default process.env). */
  env?: NodeJS.ProcessEnv;
  severities?: Record<string, SeverityOverride>;
  log?: (line: string) => void;
  onStep?: (step: Step) => void | Promise<void>;
  /**
   * Instead of the round trip: find and read the log an Airflow task already wrote for this DAG run
   * (e.g. migrate-kind's smoke run); nothing is written or deleted. taskId narrows it to one task.
   */
  expectLog?: { runId: string; pollMs?: number };
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_DAG_ID = 'airflow_gitops_verify';
export const DEFAULT_TASK_ID = 'verify_wasb_logs';
/** Used when no values file is given: the plain-prefix form every Airflow version reads the same way. */
export const ASSUMED_BASE_FOLDER = PLAIN_WASB_BASE_FOLDER;

/** A run id no scheduler ever produces, so the probe can never touch a real task log. */
export function uniqueRunId(now: Date = new Date()): string {
  return `airflow_gitops_verify__${now.toISOString().replace(/[:.]/g, '-')}_${randomBytes(4).toString('hex')}`;
}

class FindingSink {
  readonly findings: Finding[] = [];
  constructor(private readonly severities: Record<string, SeverityOverride> | undefined) {}
  add(rule: RuleMeta, message: string, fix?: string, where?: { file: string; range: Range }): void {
    const severity = effectiveSeverity(rule, this.severities);
    if (severity === 'off') return;
    this.findings.push(makeFinding(rule, severity, message, where?.file, where?.range, fix));
  }
}

function connectionFromExplicit(explicit: ExplicitCredentials): AirflowConnection | undefined {
  const { accountName, accountKey, accountUrl, sasToken } = explicit;
  if (!accountName && !accountKey && !accountUrl && !sasToken) return undefined;
  registerCredential(accountKey);
  registerSecret(sasToken);
  registerCredential(sasToken ? /(?:^|[?&])sig=([^&]+)/.exec(sasToken)?.[1] : undefined);
  const conn: AirflowConnection = { connType: 'wasb', extra: {}, form: 'explicit', warnings: [] };
  if (accountName) conn.login = accountName;
  if (accountUrl) conn.host = accountUrl;
  if (accountKey) conn.password = accountKey;
  if (sasToken) conn.extra.sas_token = sasToken.startsWith('?') || sasToken.startsWith('https') ? sasToken : `?${sasToken}`;
  if (!accountName && !accountUrl) throw new UsageError('Explicit credentials need the account name or account URL as well as the key or SAS token.');
  return conn;
}

function connectionFromEmulator(emulator: Emulator): AirflowConnection {
  return { connType: 'wasb', host: emulator.blobEndpoint, login: emulator.accountName, password: emulator.accountKey, extra: {}, form: 'explicit', warnings: [] };
}

function envConnection(connId: string, env: NodeJS.ProcessEnv): string | undefined {
  const value = env[`AIRFLOW_CONN_${connId.toUpperCase()}`];
  return value && value.trim() ? value : undefined;
}

function permissionTable(result: RoundTripResult | undefined, auth: ResolvedAuth | undefined): string {
  const rows = ['| Permission | Step | Airflow needs it because | Result | Time |', '|---|---|---|---|---:|'];
  for (const step of ['create', 'append', 'read', 'list', 'verify', 'delete'] as Step[]) {
    const perm = STEP_PERMISSION[step];
    const s = result?.steps.find((x) => x.step === step);
    const status = !s ? '➖ not run' : s.status === 'ok' ? `✅ ${s.note ?? 'ok'}` : s.status === 'failed' ? `❌ ${s.failure?.code ?? 'failed'}` : `➖ skipped (${s.note ?? ''})`;
    rows.push(`| ${perm.name} (${perm.letter}) | ${step} | ${perm.airflowUse} | ${status} | ${s && s.status !== 'skipped' ? `${Math.round(s.ms)} ms` : ''} |`);
  }
  if (auth?.sasPermissions !== undefined) rows.push('', `SAS permissions (sp): \`${auth.sasPermissions}\``);
  return rows.join('\n');
}

/** The whole check: where Airflow writes, the connection as Airflow reads it, and the round trip. */
export async function verifyWasbLogs(options: VerifyWasbOptions): Promise<CheckResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const sink = new FindingSink(options.severities);
  const details: Array<[string, string]> = [];
  const cwd = options.cwd ?? process.cwd();
  const valuesFiles = options.valuesFiles ?? [];
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // One deadline for everything that waits: emulator start, container setup, the round trip.
  const deadline = performance.now() + timeoutMs;
  const remaining = () => Math.max(1, Math.round(deadline - performance.now()));
  let auth: ResolvedAuth | undefined;
  let result: RoundTripResult | undefined;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new UsageError('timeout must be a positive number of seconds.');

  // 1. The logging settings, from the values files (or an assumed plain prefix).
  let values: ValuesLoggingConfig = { config: { remoteLogging: 'True', remoteBaseLogFolder: ASSUMED_BASE_FOLDER }, sources: {} };
  let origin: (path: string[]) => { file: string; range: Range } | undefined = () => undefined;
  if (valuesFiles.length) {
    const loaded = loadValuesFiles(valuesFiles, cwd);
    sink.findings.push(...loaded.findings);
    values = loggingConfigFromValues(loaded.values);
    origin = loaded.origin;
  } else {
    details.push(['Values', `none given; assuming remote_base_log_folder = ${ASSUMED_BASE_FOLDER}`]);
  }
  const at = (field: keyof WasbLoggingConfig) => {
    const src = values.sources[field];
    return src ? origin(src.path) : undefined;
  };
  const config: WasbLoggingConfig = { ...values.config };
  if (options.container) config.remoteWasbLogContainer = options.container;
  const airflowVersion = options.airflowVersion?.trim() || values.airflowVersion || DEFAULT_AIRFLOW_VERSION;

  // 2. Where Airflow writes.
  const runId = options.expectLog?.runId ?? uniqueRunId();
  if (options.expectLog && (options.emulator || options.emulatorInstance)) {
    throw new UsageError('expect-log reads a log Airflow wrote to the release\'s storage; a fresh emulator cannot hold it. Pass the connection instead of --emulator.');
  }
  const ti = { dagId: options.dagId || DEFAULT_DAG_ID, taskId: options.taskId || DEFAULT_TASK_ID, runId, mapIndex: options.mapIndex ?? -1, tryNumber: options.tryNumber ?? 1 };
  let location: LogLocation;
  try {
    location = computeLogLocation(config, airflowVersion, ti, new Date().toISOString().replace('Z', '+00:00'));
  } catch (e) {
    if (!(e instanceof ConfigValueError || e instanceof TemplateError)) throw e;
    const field = e instanceof TemplateError ? 'logFilenameTemplate' : /boolean/.test(e.message) ? 'remoteLogging' : undefined;
    sink.add(invalidLoggingConfig, e.message, 'Set a value Airflow accepts; see the [logging] section of the Airflow configuration reference.', field ? at(field) : undefined);
    return finish();
  }
  const baseFolder = config.remoteBaseLogFolder ?? '';
  details.push(
    ['Airflow', airflowVersion],
    ['Container', location.container],
    // expect-log looks for every task of the run; the probe task's path would only mislead.
    ...(options.expectLog ? [] : [['Blob path', location.blobName] as [string, string]]),
    ['Base folder handling', `${location.handling} (${location.handlingSource})`],
  );

  if (valuesFiles.length) {
    if (!location.remoteLogging) {
      sink.add(remoteLoggingDisabled, `[logging] remote_logging is ${config.remoteLogging ?? 'not set (False)'}, so KubernetesExecutor task logs are lost when their pods are deleted.`, 'Set config.logging.remote_logging: "True" in the values.', at('remoteLogging') ?? at('remoteBaseLogFolder'));
    }
    if (!location.wasbHandler) {
      sink.add(
        notAWasbBaseFolder,
        baseFolder ? `remote_base_log_folder "${baseFolder}" does not start with "wasb", so Airflow does not use the Azure Blob handler.` : 'remote_base_log_folder is not set, so Airflow has no remote log handler.',
        `Set config.logging.remote_base_log_folder to a value starting with "wasb", such as "${PLAIN_WASB_BASE_FOLDER}".`,
        at('remoteBaseLogFolder'),
      );
    }
  }
  if (location.wasbHandler && location.remoteBase.includes('://')) {
    sink.add(
      wasbSchemeInBlobName,
      `Airflow ${airflowVersion} writes every task log in container "${location.container}" under the literal prefix "${location.remoteBase}", because it keeps the scheme text of remote_base_log_folder (apache/airflow#58946).`,
      wasbBaseFolderFix(location.container),
      at('remoteBaseLogFolder'),
    );
  }
  if (location.readPrefix !== location.blobName) {
    sink.add(logReadPrefixMismatch, `Workers upload the log as "${location.blobName}" but the API server lists "${location.readPrefix}", so the UI will not find it.`, 'Remove "//", "./" and leading "/" from log_filename_template.', at('logFilenameTemplate'));
  }

  // 3. The connection, as Airflow reads it.
  const env = options.env ?? process.env;
  let conn: AirflowConnection | undefined;
  let connSource: string;
  if (options.connection?.trim()) {
    conn = parseConnectionInput(options.connection);
    connSource = `given (${conn.form} form)`;
  } else if ((conn = connectionFromExplicit(options.explicit ?? {}))) {
    connSource = 'explicit account/key/SAS';
  } else if (options.emulator || options.emulatorInstance) {
    connSource = 'Azurite development account';
  } else {
    const fromEnv = envConnection(location.connId, env);
    if (!fromEnv) {
      throw new UsageError(`No connection given: pass --connection (input connection) with the Airflow connection "${location.connId}" as a URI or JSON, or set AIRFLOW_CONN_${location.connId.toUpperCase()}, or use --emulator.`);
    }
    conn = parseConnectionInput(fromEnv);
    connSource = `AIRFLOW_CONN_${location.connId.toUpperCase()} (${conn.form} form)`;
  }
  for (const w of conn?.warnings ?? []) sink.add(connectionMisread, w.message, 'Write the connection so that Airflow reads back exactly the stored secret (percent-encode reserved characters).');
  const sas = conn ? extraField(conn.extra, 'sas_token') : undefined;
  if (sas && !sas.startsWith('?') && !sas.startsWith('https')) {
    sink.add(connectionMisread, 'extra.sas_token does not start with "?" or "https", so WasbHook appends it to the account URL as a path segment and every request is unauthenticated.', 'Store the SAS token with its leading "?" (or as the full https:// SAS URL).');
  }

  // 4. The round trip.
  let emulator = options.emulatorInstance;
  let startedEmulator: Emulator | undefined;
  try {
    if (options.emulator && !emulator) {
      log('Starting Azurite (in-memory, 127.0.0.1, random port)…');
      emulator = startedEmulator = await startAzurite({ startTimeoutMs: remaining(), log: options.log });
      log(`Azurite listens on ${emulator.blobEndpoint}`);
    }
    if (!conn) conn = connectionFromEmulator(emulator!);
    const pipeline: StoragePipelineOptions = {
      retryOptions: { maxTries: 3, retryDelayInMs: 100, maxRetryDelayInMs: 1000, tryTimeoutInMs: timeoutMs },
      userAgentOptions: { userAgentPrefix: `airflow-gitops/${VERSION}` },
    };
    auth = resolveAuth(conn, pipeline, options.oidc);
    details.push(['Account', auth.accountName ?? '(unknown)'], ['Account URL', auth.accountUrl], ['Connection', connSource], ['Auth', AUTH_LABEL[auth.method]]);

    const urlParts = parseWasbUrl(baseFolder);
    if (urlParts && baseFolder.includes('@') && !startedEmulator && !options.emulatorInstance) {
      const wrongContainer = urlParts.container && urlParts.container !== location.container;
      const wrongAccount = urlParts.account && auth.accountName && urlParts.account.toLowerCase() !== auth.accountName.toLowerCase();
      if (wrongContainer || wrongAccount) {
        sink.add(
          baseFolderNamesContainerOrAccount,
          `remote_base_log_folder names ${urlParts.container ?? '?'}@${urlParts.account ?? '?'}, but Airflow writes to container "${location.container}" of account ${auth.accountName}; it never reads the container or account from this URL.`,
          'Set [azure_remote_logging] remote_wasb_log_container and the connection to the intended container and account, and keep remote_base_log_folder a plain prefix.',
          at('remoteBaseLogFolder'),
        );
      }
    }

    if (options.expectLog) {
      const prefix = taskLogPrefix(config, airflowVersion, ti.dagId, runId, options.taskId);
      details.push(['Mode', `expect-log: the log of DAG run ${runId} written by Airflow (nothing is written or deleted)`], ['Log prefix', prefix]);
      log(`Looking for the task log of ${ti.dagId} run ${runId} under ${location.container}/${prefix}`);
      const found = await findTaskLog(auth.client, {
        container: location.container,
        prefix,
        timeoutMs: remaining(),
        pollMs: options.expectLog.pollMs,
        failureContext: { accountName: auth.accountName, accountUrl: auth.accountUrl, method: auth.method, sasPermissions: auth.sasPermissions },
      });
      return expectLogResult(found);
    }
    if (emulator && (options.emulator || options.emulatorInstance) && !options.connection && !options.explicit?.accountKey) {
      // The emulator starts empty; create the container as the platform team would (Airflow never does).
      await auth.client.getContainerClient(location.container).createIfNotExists({ abortSignal: AbortSignal.timeout(remaining()) });
      details.push(['Emulator', `${emulator.blobEndpoint} (container "${location.container}" created for the check)`]);
    }

    log(`Round trip on ${location.container}/${location.blobName}`);
    result = await runRoundTrip(auth.client, {
      container: location.container,
      blobName: location.blobName,
      readPrefix: location.readPrefix,
      firstWrite: buildTestLog(location.recordFormat, runId, 'first upload'),
      appended: buildTestLog(location.recordFormat, runId, 'appended upload'),
      cleanup: options.cleanup ?? true,
      timeoutMs: remaining(),
      failureContext: { accountName: auth.accountName, accountUrl: auth.accountUrl, method: auth.method, sasPermissions: auth.sasPermissions },
      onStep: options.onStep,
    });
  } finally {
    if (startedEmulator) await startedEmulator.stop();
  }

  for (const s of result.steps) {
    if (s.status !== 'failed' || !s.failure) continue;
    if (s.step === 'delete' && s.failure.rule === storagePermissionMissing) {
      sink.add(cleanupFailed, `The test log ${location.blobName} could not be deleted (${s.failure.code}); Airflow itself does not need delete.`, 'Delete it by hand or grant delete (d); set cleanup: false to keep test logs on purpose.');
      continue;
    }
    sink.add(s.failure.rule, s.failure.message, s.failure.fix);
  }
  if (result.mismatch) {
    const m = result.mismatch;
    sink.add(logContentMismatch, `The log read back in the ${m.step} step differs from what was written (${m.actualBytes} bytes read, ${m.expectedBytes} written, first difference at byte ${m.firstDifference}).`, 'Look for a proxy or another writer changing blobs in the container.');
  }
  const roundTripMs = Math.round(result.totalMs);
  details.push(['Round trip', `${roundTripMs} ms`]);
  return finish({ 'blob-path': location.blobName, container: location.container, 'round-trip-ms': String(roundTripMs), account: auth?.accountName ?? '' });

  function expectLogResult(found: FindTaskLogResult): CheckResult {
    if (found.failure) sink.add(found.failure.rule, found.failure.message, found.failure.fix);
    const empty = found.found.filter((f) => f.bytes === 0);
    if (!found.failure && !found.found.length) {
      sink.add(
        taskLogNotFound,
        `No task log of DAG ${ti.dagId} run ${runId} under "${found.prefix}" in container "${location.container}" after ${Math.round(found.ms / 1000)} s${found.listed.length ? ` (the prefix holds only ${found.listed.slice(0, 5).join(', ')})` : ''}: the task ran, but its log never reached blob storage.`,
        `Check that connection "${location.connId}" exists in Airflow and points at this account, that remote_logging is True, and that the container exists; Airflow only logs upload failures in the worker pod, which is gone.`,
      );
    }
    for (const f of empty) sink.add(taskLogNotFound, `The task log ${f.name} exists but is empty.`, 'Read the worker pod\'s output for upload errors; an empty log means the task wrote nothing before the upload.');
    const first = found.found[0];
    details.push(['Task logs found', String(found.found.length)], ['Search', `${found.polls} listing(s) in ${Math.round(found.ms)} ms`]);
    const rows = ['| Task log | Bytes | Lines | First line |', '|---|---:|---:|---|', ...found.found.map((f) => `| \`${f.name}\` | ${f.bytes} | ${f.lines} | \`${f.firstLine.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`)];
    return {
      findings: sink.findings,
      rules: wasbRules,
      outputs: { 'blob-path': first?.name ?? '', container: location.container, 'round-trip-ms': String(Math.round(found.ms)), account: auth?.accountName ?? '', 'task-log-bytes': first ? String(first.bytes) : '' },
      run: { tool: TOOL, version: VERSION, filesChecked: valuesFiles.length, durationMs: performance.now() - started, details, sections: [{ title: 'Task log written by Airflow', markdown: found.found.length ? rows.join('\n') : `Nothing under \`${found.prefix}\`.` }] },
    };
  }

  function finish(outputs: Record<string, string> = {}): CheckResult {
    return {
      findings: sink.findings,
      rules: wasbRules,
      outputs,
      run: {
        tool: TOOL,
        version: VERSION,
        filesChecked: valuesFiles.length,
        durationMs: performance.now() - started,
        details,
        sections: result || auth ? [{ title: 'Permissions Airflow needs for task logs', markdown: permissionTable(result, auth) }] : [],
      },
    };
  }
}
