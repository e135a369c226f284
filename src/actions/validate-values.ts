import * as core from '@actions/core';
import { loadConfig } from '../core/config.js';
import { UsageError } from '../core/finding.js';
import { validateValues } from '../values/engine.js';
import { parseRenderMode } from '../values/render.js';
import { toolCacheChartCache } from '../values/tool-cache.js';
import { logLine, readReportInputs, reportToGitHub, runAction } from './run-action.js';

async function main(): Promise<void> {
  const files = core.getMultilineInput('values-files').map((s) => s.trim()).filter(Boolean);
  if (!files.length) throw new UsageError('Input values-files is empty; list the values files in helm -f order, one per line.');
  const render = parseRenderMode(core.getInput('render'));
  const report = readReportInputs();
  const config = loadConfig(core.getInput('config') || undefined);
  const onRunner = Boolean(process.env.RUNNER_TOOL_CACHE);
  const result = await validateValues({
    files,
    chart: core.getInput('chart') || undefined,
    airflowVersion: core.getInput('airflow-version') || undefined,
    chartRepository: core.getInput('chart-repository') || undefined,
    render,
    cwd: process.cwd(),
    config,
    chartCache: onRunner ? toolCacheChartCache() : undefined,
    // No compiled validator code is cached on a runner: every job of a self-hosted runner shares the
    // tool cache as the same user, so a planted file could not be told from ours (see codeCacheTrust).
    schemaCacheDir: onRunner ? null : undefined,
    // The engine prefixes "notice: " for things the user should see (e.g. the rendered check was skipped).
    log: (line) => (line.startsWith('notice: ') ? core.notice(line.slice('notice: '.length)) : logLine(line)),
  });
  await reportToGitHub(result, report);
}

await runAction(main);
