import type { BlobServiceClient } from '@azure/storage-blob';
import { classifyStorageError, type ClassifiedFailure, type FailureContext } from './errors.js';
import { computeLogLocation, type WasbLoggingConfig } from './log-path.js';

/** A task log Airflow itself wrote (expect-log mode), as found in the container. */
export interface FoundTaskLog {
  name: string;
  bytes: number;
  /** Non-empty lines, and the first one (trimmed), for the report. */
  lines: number;
  firstLine: string;
}

export interface FindTaskLogResult {
  prefix: string;
  found: FoundTaskLog[];
  /** Every blob name the last listing returned under the prefix. */
  listed: string[];
  polls: number;
  ms: number;
  failure?: ClassifiedFailure;
}

const PLACEHOLDER_TASK = '__airflow_gitops_any_task__';

/**
 * The prefix under which Airflow `airflowVersion` writes the logs of one DAG run (of one task when
 * taskId is given): the blob name of a probe task instance, cut before its task_id segment.
 */
export function taskLogPrefix(config: WasbLoggingConfig, airflowVersion: string, dagId: string, runId: string, taskId?: string): string {
  const location = computeLogLocation(config, airflowVersion, { dagId, taskId: taskId || PLACEHOLDER_TASK, runId, mapIndex: -1, tryNumber: 1 }, new Date().toISOString().replace('Z', '+00:00'));
  if (taskId) {
    const cut = location.blobName.lastIndexOf(`task_id=${taskId}/`);
    return cut >= 0 ? location.blobName.slice(0, cut + `task_id=${taskId}/`.length) : location.blobName.slice(0, location.blobName.lastIndexOf('/') + 1);
  }
  const at = location.blobName.indexOf(PLACEHOLDER_TASK);
  if (at < 0) return location.remoteBase;
  // Back to the start of the segment that holds the task id ("task_id=" in the default template).
  const segmentStart = location.blobName.lastIndexOf('/', at) + 1;
  return location.blobName.slice(0, segmentStart);
}

async function readAll(stream: NodeJS.ReadableStream | undefined): Promise<Buffer> {
  if (!stream) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Finds and reads the logs an Airflow task already wrote under `prefix` (listing flat, as the
 * API server's reader does per attempt), polling until `timeoutMs` because KubernetesExecutor pods
 * upload their log when the task ends. Never writes or deletes anything.
 */
export async function findTaskLog(
  client: BlobServiceClient,
  options: { container: string; prefix: string; timeoutMs: number; pollMs?: number; failureContext: Omit<FailureContext, 'step' | 'timedOut' | 'timeoutMs' | 'container'> },
): Promise<FindTaskLogResult> {
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  const container = client.getContainerClient(options.container);
  const result: FindTaskLogResult = { prefix: options.prefix, found: [], listed: [], polls: 0, ms: 0 };
  const classify = (error: unknown, step: 'list' | 'read') =>
    classifyStorageError(error, { ...options.failureContext, step, container: options.container, timeoutMs: options.timeoutMs, timedOut: performance.now() >= deadline });
  for (;;) {
    result.polls++;
    const remaining = Math.max(1, Math.round(deadline - performance.now()));
    try {
      const names: string[] = [];
      for await (const item of container.listBlobsFlat({ prefix: options.prefix, abortSignal: AbortSignal.timeout(remaining) })) names.push(item.name);
      result.listed = names;
    } catch (error) {
      const failure = classify(error, 'list');
      // Our own deadline ending the last listing means "not found", which the caller reports.
      if (failure.code === 'Timeout') break;
      if (failure.fatal) {
        result.failure = failure;
        break;
      }
    }
    const logs = result.listed.filter((n) => n.endsWith('.log'));
    if (logs.length) {
      try {
        for (const name of logs.slice(0, 10)) {
          const body = (await readAll((await container.getBlobClient(name).download(0, undefined, { abortSignal: AbortSignal.timeout(remaining) })).readableStreamBody)).toString('utf8');
          const lines = body.split('\n').filter((l) => l.trim());
          result.found.push({ name, bytes: Buffer.byteLength(body), lines: lines.length, firstLine: (lines[0] ?? '').trim().slice(0, 200) });
        }
      } catch (error) {
        result.failure = classify(error, 'read');
      }
      break;
    }
    // Never hammer the account: at least 200 ms between listings.
    const pause = Math.max(200, options.pollMs ?? 2000);
    if (performance.now() + pause >= deadline) break;
    await new Promise((r) => setTimeout(r, pause));
  }
  result.ms = performance.now() - started;
  return result;
}
