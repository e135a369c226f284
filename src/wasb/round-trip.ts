import type { BlobServiceClient } from '@azure/storage-blob';
import { classifyStorageError, type ClassifiedFailure, type FailureContext, type Step } from './errors.js';
import type { LogRecordFormat } from './versions.js';

export interface StepResult {
  step: Step;
  status: 'ok' | 'failed' | 'skipped';
  ms: number;
  failure?: ClassifiedFailure;
  /** Why a step was skipped, or what a passing step saw. */
  note?: string;
}

export interface RoundTripOptions {
  container: string;
  blobName: string;
  /** The prefix the API server lists (usually the blob name itself). */
  readPrefix: string;
  firstWrite: string;
  appended: string;
  cleanup: boolean;
  timeoutMs: number;
  /** Context for classifying failures (account, auth method, SAS permissions). */
  failureContext: Omit<FailureContext, 'step' | 'timedOut' | 'timeoutMs' | 'container'>;
  /** Called after each step finishes; tests use it to break things mid-run. */
  onStep?: (step: Step) => void | Promise<void>;
}

export interface RoundTripResult {
  steps: StepResult[];
  totalMs: number;
  /** Set when content read back differs from content written. */
  mismatch?: { step: Step; expectedBytes: number; actualBytes: number; firstDifference: number };
  /** Names the list step returned for the read prefix. */
  listed: string[];
}

async function readAll(stream: NodeJS.ReadableStream | undefined): Promise<Buffer> {
  if (!stream) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function firstDifference(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

/**
 * Does to one blob what Airflow does to a task log: the worker's first upload, the API server's
 * read and prefix listing, the worker's read-modify-write append, a read of the result, and
 * (optionally) a delete of only that blob. Every call shares one deadline.
 */
export async function runRoundTrip(client: BlobServiceClient, options: RoundTripOptions): Promise<RoundTripResult> {
  const started = performance.now();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const abortSignal = controller.signal;
  const blob = client.getContainerClient(options.container).getBlockBlobClient(options.blobName);
  const steps: StepResult[] = [];
  const result: RoundTripResult = { steps, totalMs: 0, listed: [] };
  let stopAll = false;
  const failedSteps = new Set<Step>();

  const run = async (step: Step, needs: Step[], body: () => Promise<string | undefined>): Promise<void> => {
    const blocker = needs.find((n) => failedSteps.has(n));
    if (stopAll || blocker) {
      failedSteps.add(step);
      steps.push({ step, status: 'skipped', ms: 0, note: stopAll ? 'not run after an earlier failure' : `needs ${blocker}` });
      return;
    }
    const t0 = performance.now();
    try {
      const note = await body();
      steps.push({ step, status: 'ok', ms: performance.now() - t0, ...(note ? { note } : {}) });
    } catch (error) {
      const failure = classifyStorageError(error, { ...options.failureContext, step, container: options.container, timeoutMs: options.timeoutMs, timedOut });
      steps.push({ step, status: 'failed', ms: performance.now() - t0, failure });
      failedSteps.add(step);
      if (failure.fatal) stopAll = true;
    }
    if (options.onStep && !stopAll) await options.onStep(step);
  };

  const checkContent = (step: Step, expected: Buffer, actual: Buffer): string => {
    if (!expected.equals(actual)) {
      result.mismatch = { step, expectedBytes: expected.length, actualBytes: actual.length, firstDifference: firstDifference(expected, actual) };
      return `content differs at byte ${result.mismatch.firstDifference}`;
    }
    return `${actual.length} bytes identical`;
  };

  try {
    const first = Buffer.from(options.firstWrite, 'utf8');
    await run('create', [], async () => {
      // WasbHook.load_string(..., overwrite=True) after a failed existence check.
      await blob.upload(first, first.length, { abortSignal, blobHTTPHeaders: { blobContentType: 'application/octet-stream' } });
      return `${first.length} bytes`;
    });
    await run('read', ['create'], async () => checkContent('read', first, await readAll((await blob.download(0, undefined, { abortSignal })).readableStreamBody)));
    await run('list', ['create'], async () => {
      const container = client.getContainerClient(options.container);
      const names: string[] = [];
      for await (const item of container.listBlobsByHierarchy('/', { prefix: options.readPrefix, abortSignal })) {
        names.push(item.kind === 'prefix' ? `${item.name} (prefix)` : item.name);
      }
      result.listed = names;
      if (!names.includes(options.blobName)) {
        throw Object.assign(new Error(`listing prefix "${options.readPrefix}" did not return the log`), { code: 'LogNotListed' });
      }
      return `${names.length} blob(s) under the prefix`;
    });
    const combined = Buffer.from(`${options.firstWrite}\n${options.appended}`, 'utf8');
    await run('append', ['create'], async () => {
      // WasbRemoteLogIO.write(append=True): if the blob exists, read it and upload old + "\n" + new
      // (overwrite). Airflow swallows errors of the existence check and the read, so without read
      // permission it overwrites the old log with the new part alone.
      let old: Buffer | undefined;
      try {
        await blob.getProperties({ abortSignal });
        old = await readAll((await blob.download(0, undefined, { abortSignal })).readableStreamBody);
      } catch {
        old = undefined;
      }
      const next = old ? Buffer.concat([old, Buffer.from(`\n${options.appended}`, 'utf8')]) : Buffer.from(options.appended, 'utf8');
      await blob.upload(next, next.length, { abortSignal });
      return old ? `${next.length} bytes` : `${next.length} bytes; old log unreadable, so Airflow would overwrite it`;
    });
    await run('verify', ['append', 'read'], async () => checkContent('verify', combined, await readAll((await blob.download(0, undefined, { abortSignal })).readableStreamBody)));
    if (options.cleanup) {
      await run('delete', ['create'], async () => {
        await blob.delete({ abortSignal });
        return undefined;
      });
    } else {
      steps.push({ step: 'delete', status: 'skipped', ms: 0, note: 'cleanup: false' });
    }
  } finally {
    clearTimeout(timer);
    result.totalMs = performance.now() - started;
  }
  return result;
}

/** A test task log in the format Airflow `version` writes (JSON lines for 3.x, text for 2.x). */
export function buildTestLog(format: LogRecordFormat, runId: string, phase: string, now: Date = new Date()): string {
  const iso = now.toISOString();
  // Airflow 3 stamps records with microseconds: 2026-11-24T13:40:00.123000Z.
  const micro = iso.replace(/Z$/, '000Z');
  const messages = [
    `airflow-gitops verify-wasb-logs ${phase}: probe log for run ${runId}`,
    'Non-ASCII survives the round trip: ünïcødé ✓ 日本語',
  ];
  if (format === 'json-lines') {
    return messages
      .map((event, i) => JSON.stringify({ timestamp: micro, level: i === 0 ? 'info' : 'warning', event, logger: 'airflow.task', run_id: runId }))
      .join('\n');
  }
  const stamp = iso.replace(/Z$/, '+0000');
  return messages.map((m, i) => `[${stamp}] {verify_wasb_logs.py:1} ${i === 0 ? 'INFO' : 'WARNING'} - ${m}`).join('\n');
}
