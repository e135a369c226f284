import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { loadConfig } from '../core/config.js';
import { splitPathList } from '../core/files.js';
import { UsageError } from '../core/finding.js';
import { registerSecret } from '../core/secrets.js';
import { lintDags } from '../dags/engine.js';
import { isLintWorker, lintWorkerScript, runLintWorker } from '../dags/worker.js';
import { pullRequestFiles } from './changed-files.js';
import { readReportInputs, reportToGitHub, runAction } from './run-action.js';

async function main(): Promise<void> {
  const paths = splitPathList(core.getInput('paths') || 'dags', (p) => fs.existsSync(path.resolve(p)));
  const annotate = core.getInput('annotate') || 'all';
  if (annotate !== 'all' && annotate !== 'changed') throw new UsageError(`annotate must be all or changed (got "${annotate}").`);
  const report = readReportInputs();
  const config = loadConfig(core.getInput('config') || undefined);
  const allowEmpty = core.getInput('allow-empty') === 'true';
  const result = await lintDags({ paths, root: process.cwd(), config, allowEmpty, workerScript: lintWorkerScript(fileURLToPath(import.meta.url)) });
  const token = core.getInput('github-token');
  registerSecret(token);
  const annotateFiles = annotate === 'changed' ? await pullRequestFiles(token) : undefined;
  await reportToGitHub(result, { ...report, annotateFiles });
}

if (isLintWorker()) runLintWorker();
else await runAction(main);
