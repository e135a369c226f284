#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { installSecretMasker } from '../core/secrets.js';
import { isLintWorker, lintWorkerScript, runLintWorker } from '../dags/worker.js';
import { runCli } from './main.js';
import { commands } from './registry.js';

// The bundle doubles as its own lint worker thread.
if (isLintWorker()) runLintWorker();
else {
  // On a runner, mask secrets in the log like the actions do; elsewhere skip loading @actions/core.
  if (process.env.GITHUB_ACTIONS === 'true') {
    const core = await import('@actions/core');
    installSecretMasker((value) => core.setSecret(value));
  }
  // A reader that stops early (`| head`) closes the pipe. Output nobody reads is dropped quietly
  // (no EPIPE stack trace) and the run still ends with its real exit code, so `set -o pipefail`
  // sees a failing gate fail.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  });
  process.exitCode = await runCli(process.argv.slice(2), commands, undefined, fileURLToPath(import.meta.url));
}
