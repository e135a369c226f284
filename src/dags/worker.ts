import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lintFiles, type WorkerJob } from './engine.js';

/** True inside a lint worker thread started by lintDags (the bundle runs itself as the worker). */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as { airflowGitopsLintWorker?: boolean } | null)?.airflowGitopsLintWorker === true;
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
