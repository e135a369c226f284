import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lintFiles, type WorkerJob } from './engine.js';

/** True inside a lint worker thread started by lintDags (the bundle runs itself as the worker). */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as { airflowGitopsLintWorker?: boolean } | null)?.airflowGitopsLintWorker === true;
}

/**
 * The script worker threads run: dist/lint-worker/index.js beside the running bundle when it
 * exists, else the running bundle itself (which answers isLintWorker()).
 */
export function lintWorkerScript(runningBundle: string): string {
  const small = path.resolve(path.dirname(runningBundle), '../lint-worker/index.js');
  return fs.existsSync(small) ? small : runningBundle;
}

export function runLintWorker(): void {
  parentPort!.on('message', (job: WorkerJob) => {
    lintFiles(job).then(
      (results) => parentPort!.postMessage(results),
      (e) => {
        throw e;
      },
    );
  });
}
