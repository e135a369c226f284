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
  process.exitCode = await runCli(process.argv.slice(2), commands, undefined, fileURLToPath(import.meta.url));
}
