#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { isLintWorker, lintWorkerScript, runLintWorker } from '../dags/worker.js';
import { runCli } from './main.js';
import { commands } from './registry.js';

// The bundle doubles as its own lint worker thread.
if (isLintWorker()) runLintWorker();
else process.exitCode = await runCli(process.argv.slice(2), commands, undefined, fileURLToPath(import.meta.url));
