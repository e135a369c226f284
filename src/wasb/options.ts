import { UsageError } from '../core/finding.js';
import { registerCredential, registerSecret } from '../core/secrets.js';
import type { VerifyWasbOptions } from './engine.js';

/** The `wasb:` section of .airflow-gitops.yml: defaults for the inputs, validated here. */
export interface WasbConfigSection {
  values?: string[];
  airflowVersion?: string;
  container?: string;
  dagId?: string;
  taskId?: string;
  timeoutSeconds?: number;
  cleanup?: boolean;
}

const KNOWN = ['values', 'airflow-version', 'container', 'dag-id', 'task-id', 'timeout', 'cleanup'];

export function parseWasbSection(raw: unknown, file = '.airflow-gitops.yml'): WasbConfigSection {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`Config ${file}: wasb must be a mapping.`);
  const out: WasbConfigSection = {};
  for (const [key, v] of Object.entries(raw as Record<string, unknown>)) {
    const str = () => {
      if (typeof v !== 'string' && typeof v !== 'number') throw new UsageError(`Config ${file}: wasb.${key} must be a string.`);
      return String(v);
    };
    switch (key) {
      case 'values':
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new UsageError(`Config ${file}: wasb.values must be a list of values files.`);
        out.values = v as string[];
        break;
      case 'airflow-version':
        out.airflowVersion = str();
        break;
      case 'container':
        out.container = str();
        break;
      case 'dag-id':
        out.dagId = str();
        break;
      case 'task-id':
        out.taskId = str();
        break;
      case 'timeout':
        out.timeoutSeconds = parseTimeoutSeconds(str());
        break;
      case 'cleanup':
        if (typeof v !== 'boolean') throw new UsageError(`Config ${file}: wasb.cleanup must be true or false.`);
        out.cleanup = v;
        break;
      default:
        throw new UsageError(`Config ${file}: unknown key wasb.${key} (known: ${KNOWN.join(', ')}).`);
    }
  }
  return out;
}

export function parseTimeoutSeconds(text: string): number {
  const t = text.trim().replace(/s$/, '');
  const n = Number(t);
  if (!t || !Number.isFinite(n) || n <= 0 || n > 3600) throw new UsageError(`timeout must be a number of seconds between 1 and 3600 (got "${text}").`);
  return n;
}

export function parseNonNegativeInt(name: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} must be an integer of at least ${min} (got "${text}").`);
  return n;
}

export function parseBooleanInput(name: string, text: string | undefined, fallback: boolean): boolean {
  const v = (text ?? '').trim().toLowerCase();
  if (!v) return fallback;
  if (v === 'true' || v === 'yes' || v === '1') return true;
  if (v === 'false' || v === 'no' || v === '0') return false;
  throw new UsageError(`${name} must be true or false (got "${text}").`);
}

/** Values files from a multi-line, comma- or space-separated input. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface RawWasbInputs {
  values: string[];
  airflowVersion?: string;
  connection?: string;
  container?: string;
  dagId?: string;
  taskId?: string;
  mapIndex?: string;
  tryNumber?: string;
  cleanup?: boolean;
  timeout?: string;
  emulator?: boolean;
  accountName?: string;
  accountKey?: string;
  accountUrl?: string;
  sasToken?: string;
  clientId?: string;
  tenantId?: string;
}

/** Inputs (CLI flags or action inputs) over the config section, into the engine's options. */
export function toEngineOptions(raw: RawWasbInputs, section: WasbConfigSection, cwd: string): VerifyWasbOptions {
  for (const secret of [raw.connection, raw.sasToken]) registerSecret(secret);
  registerCredential(raw.accountKey);
  const timeoutSeconds = raw.timeout?.trim() ? parseTimeoutSeconds(raw.timeout) : (section.timeoutSeconds ?? 60);
  if ((raw.clientId && !raw.tenantId) || (!raw.clientId && raw.tenantId)) {
    throw new UsageError('OIDC needs both the Azure client id and tenant id.');
  }
  const options: VerifyWasbOptions = {
    cwd,
    valuesFiles: raw.values.length ? raw.values : (section.values ?? []),
    airflowVersion: raw.airflowVersion?.trim() || section.airflowVersion,
    connection: raw.connection?.trim() || undefined,
    container: raw.container?.trim() || section.container,
    dagId: raw.dagId?.trim() || section.dagId,
    taskId: raw.taskId?.trim() || section.taskId,
    mapIndex: parseNonNegativeInt('map-index', raw.mapIndex, -1),
    tryNumber: parseNonNegativeInt('try-number', raw.tryNumber, 1),
    cleanup: raw.cleanup ?? section.cleanup ?? true,
    timeoutMs: timeoutSeconds * 1000,
    emulator: raw.emulator ?? false,
    explicit: { accountName: raw.accountName?.trim() || undefined, accountKey: raw.accountKey?.trim() || undefined, accountUrl: raw.accountUrl?.trim() || undefined, sasToken: raw.sasToken?.trim() || undefined },
  };
  if (raw.clientId && raw.tenantId) options.oidc = { clientId: raw.clientId.trim(), tenantId: raw.tenantId.trim() };
  if (options.emulator && (options.connection || options.explicit?.accountKey || options.explicit?.sasToken)) {
    throw new UsageError('--emulator brings its own account; drop --connection and the explicit credentials, or drop --emulator.');
  }
  return options;
}
