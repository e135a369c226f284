import type { RuleMeta } from '../core/rule.js';
import { redact } from '../core/secrets.js';
import {
  logContainerNotFound,
  logReadPrefixMismatch,
  roundTripTimeout,
  storageAuthenticationFailed,
  storagePermissionMissing,
  storageRequestFailed,
  storageUnreachable,
} from './rules/index.js';
import type { AuthMethod } from './credential.js';

export type Step = 'create' | 'read' | 'list' | 'append' | 'verify' | 'delete';

/** What each step needs, in SAS letters and words, and why Airflow needs it. */
export const STEP_PERMISSION: Record<Step, { letter: string; name: string; airflowUse: string }> = {
  create: { letter: 'c', name: 'create', airflowUse: 'workers upload a new task log (load_string)' },
  read: { letter: 'r', name: 'read', airflowUse: 'the API server reads the log; workers read it before appending' },
  list: { letter: 'l', name: 'list', airflowUse: 'the API server lists blobs under the log prefix to find attempts' },
  append: { letter: 'w', name: 'write', airflowUse: 'workers overwrite the log with old + new lines (read-modify-write)' },
  verify: { letter: 'r', name: 'read', airflowUse: 'the UI shows the appended log' },
  delete: { letter: 'd', name: 'delete', airflowUse: 'only this check, to remove its test log' },
};

export interface FailureContext {
  step: Step;
  container: string;
  accountName?: string;
  accountUrl: string;
  method: AuthMethod;
  sasPermissions?: string;
  timeoutMs: number;
  /** True when our own deadline fired. */
  timedOut: boolean;
}

export interface ClassifiedFailure {
  rule: RuleMeta;
  /** One sentence: what happened and why. */
  message: string;
  /** One sentence: what to do. */
  fix: string;
  /** Fatal failures stop the remaining steps (they would fail the same way). */
  fatal: boolean;
  /** The Azure error code or network error code, for the report. */
  code?: string;
}

interface ErrorLike {
  name?: string;
  code?: string;
  statusCode?: number;
  message?: string;
  cause?: unknown;
  details?: { errorCode?: string };
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EPIPE', 'REQUEST_SEND_ERROR', 'UND_ERR_SOCKET']);

function errorCode(e: ErrorLike): string | undefined {
  const fromDetails = e.details?.errorCode;
  if (fromDetails) return fromDetails;
  if (e.code) return e.code;
  const cause = e.cause as ErrorLike | undefined;
  return cause?.code;
}

const isSas = (m: AuthMethod) => m === 'sas_token';
const isRbac = (m: AuthMethod) => m === 'client_secret' || m === 'oidc' || m === 'default_credential';

function where(ctx: FailureContext): string {
  return `container "${ctx.container}" of account ${ctx.accountName ?? ctx.accountUrl}`;
}

/** Turns whatever the SDK threw into one finding with a cause and a fix. */
export function classifyStorageError(error: unknown, ctx: FailureContext): ClassifiedFailure {
  const e = (error ?? {}) as ErrorLike;
  const code = errorCode(e);
  const status = e.statusCode;
  const perm = STEP_PERMISSION[ctx.step];

  if (ctx.timedOut || e.name === 'AbortError') {
    return {
      rule: roundTripTimeout,
      message: `The ${ctx.step} step was still waiting for ${ctx.accountUrl} when the ${Math.round(ctx.timeoutMs / 1000)} s timeout ran out.`,
      fix: 'Check that the account URL is reachable from this runner (firewall, private endpoint, proxy) or raise the timeout input.',
      fatal: true,
      code: 'Timeout',
    };
  }

  if (code && NETWORK_CODES.has(code)) {
    const dns = code === 'ENOTFOUND' || code === 'EAI_AGAIN';
    return {
      rule: storageUnreachable,
      message: dns
        ? `The host of ${ctx.accountUrl} does not resolve (${code}) during the ${ctx.step} step.`
        : `The connection to ${ctx.accountUrl} failed with ${code} during the ${ctx.step} step.`,
      fix: dns
        ? "Check the account name in the connection's login or host (https://<account>.blob.core.windows.net) and the runner's DNS."
        : 'Check that the storage endpoint is running and reachable from this runner (firewall, private endpoint, emulator still up).',
      fatal: true,
      code,
    };
  }

  if (code === 'LogNotListed') {
    return {
      rule: logReadPrefixMismatch,
      message: `The log was written, but listing its prefix in ${where(ctx)} as the API server does did not return it, so the UI would not find it.`,
      fix: 'Make log_filename_template render a normalised path (no "//", "./" or leading "/"), or check for a proxy rewriting blob names.',
      fatal: false,
      code,
    };
  }

  if (code === 'ContainerNotFound') {
    return {
      rule: logContainerNotFound,
      message: `The log container "${ctx.container}" does not exist in account ${ctx.accountName ?? ctx.accountUrl}, and Airflow never creates it.`,
      fix: `Create it once (az storage container create --name ${ctx.container} --account-name ${ctx.accountName ?? '<account>'} --auth-mode login) or set [azure_remote_logging] remote_wasb_log_container to the existing container.`,
      fatal: true,
      code,
    };
  }

  if (code === 'AuthorizationPermissionMismatch' || code === 'AuthorizationResourceTypeMismatch' || (status === 403 && isSas(ctx.method) && ctx.sasPermissions !== undefined && !ctx.sasPermissions.includes(perm.letter))) {
    const resourceType = code === 'AuthorizationResourceTypeMismatch';
    return {
      rule: storagePermissionMissing,
      message: resourceType
        ? `The SAS token does not cover blob objects (srt lacks "o"), so the ${ctx.step} step on ${where(ctx)} was refused.`
        : `The credential lacks the ${perm.name} (${perm.letter}) permission on ${where(ctx)}, which Airflow needs because ${perm.airflowUse}.`,
      fix: isSas(ctx.method)
        ? resourceType
          ? 'Issue a new account SAS whose srt includes "co" and sp includes "rcwl" (add d for cleanup).'
          : `Issue a new SAS token whose sp includes "${perm.letter}" (Airflow needs r, c, w and l; add d for cleanup).`
        : isRbac(ctx.method)
          ? `Assign the identity the "Storage Blob Data Contributor" role on the storage account or the ${ctx.container} container.`
          : `Use a credential that may ${perm.name} blobs in ${ctx.container}.`,
      fatal: false,
      code: code ?? 'AuthorizationPermissionMismatch',
    };
  }

  if (code === 'AuthenticationFailed' || code === 'AuthorizationFailure' || code === 'InvalidAuthenticationInfo' || code === 'NoAuthenticationInformation' || status === 401 || e.name === 'AuthenticationError' || e.name === 'CredentialUnavailableError' || (status === 403 && !code)) {
    const token = e.name === 'AuthenticationError' || e.name === 'CredentialUnavailableError';
    const cause = token
      ? `No Azure AD token could be obtained for ${ctx.accountUrl} (${e.name})`
      : isSas(ctx.method)
        ? `Azure Storage rejected the SAS token for ${where(ctx)} (${code ?? status}): it is expired, not yet valid, restricted to other IPs, or its signature does not match`
        : isRbac(ctx.method)
          ? `Azure Storage refused the identity's token for ${where(ctx)} (${code ?? status}): network rules or a firewall block it, or it is for another tenant`
          : `Azure Storage rejected the credential for account ${ctx.accountName ?? ctx.accountUrl} (${code ?? status}): the account key is wrong or was rotated${code === 'AuthorizationFailure' ? ', or network rules or disabled shared-key access block it' : ''}`;
    return {
      rule: storageAuthenticationFailed,
      message: `${cause}.`,
      fix: token
        ? "Check the client id, tenant id and federated credential (or secret) of the identity, and that the workflow has id-token: write."
        : isSas(ctx.method)
          ? 'Issue a new SAS token (sp=rcwl, valid for the whole deployment) and update the Airflow connection secret.'
          : "Copy the current key from the storage account's Access keys page into the connection's password (or extra.account_key) and update the secret.",
      fatal: true,
      code: code ?? (token ? e.name : String(status)),
    };
  }

  return {
    rule: storageRequestFailed,
    message: `Azure Storage refused the ${ctx.step} step on ${where(ctx)} with ${code ?? status ?? e.name ?? 'an unknown error'}: ${redact(firstLine(e.message ?? ''))}`.replace(/:\s*$/, '.'),
    fix: 'Look up the error code in the Azure Storage error reference and fix the account or connection accordingly.',
    fatal: true,
    code: code ?? (status ? String(status) : undefined),
  };
}

function firstLine(s: string): string {
  const line = s.split('\n')[0].trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
