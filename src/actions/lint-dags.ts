import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { loadConfig } from '../core/config.js';
import { splitPathList } from '../core/files.js';
import { UsageError } from '../core/finding.js';
import { registerSecret } from '../core/secrets.js';
import { lintDags } from '../dags/engine.js';
import { fixDags } from '../dags/fix/run.js';
import * as github from '@actions/github';
import { parseFixMode, postFixSuggestions } from './fix-suggest.js';
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
  const fix = parseFixMode(core.getInput('fix'));
  const unsafe = core.getInput('unsafe-fixes') === 'true';
  const token = core.getInput('github-token');
  registerSecret(token);
  const lintOptions = { paths, root: process.cwd(), config, allowEmpty, workerScript: lintWorkerScript(fileURLToPath(import.meta.url)) };
  let result;
  if (fix === 'off') result = await lintDags(lintOptions);
  else {
    // suggest: compute only, post one review; commit: write the files for a later step to commit.
    const fixed = await fixDags({ ...lintOptions, unsafe, dryRun: fix === 'suggest' });
    result = fixed.result;
    core.setOutput('fixed-files', fixed.changes.map((c) => c.file).join('\n'));
    if (fix === 'commit') core.info(`fix: commit — fixed ${fixed.changes.length} file(s) in the workspace.`);
    else await suggest(token, fixed.changes);
  }
  const annotateFiles = annotate === 'changed' ? await pullRequestFiles(token) : undefined;
  await reportToGitHub(result, { ...report, annotateFiles });
}

async function suggest(token: string, changes: Parameters<typeof postFixSuggestions>[1]): Promise<void> {
  const pr = github.context.payload.pull_request;
  if (!pr) {
    core.warning('fix: suggest needs a pull_request event; no review posted.');
    return;
  }
  if (!token) throw new UsageError('fix: suggest needs github-token (with pull-requests: write).');
  const posted = await postFixSuggestions(
    { apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com', token, ...github.context.repo, number: pr.number as number, headSha: (pr.head as { sha?: string } | undefined)?.sha },
    changes,
  );
  core.info(posted.reviewed ? `fix: suggest — posted ${posted.comments.length} suggestion(s) in one review${posted.notPosted ? `, ${posted.notPosted} outside the diff` : ''}.` : 'fix: suggest — nothing to suggest on this pull request\'s diff.');
}

if (isLintWorker()) runLintWorker();
else await runAction(main);
