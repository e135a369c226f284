import * as core from '@actions/core';
import { loadConfig } from '../core/config.js';
import { verifyWasbLogs } from '../wasb/engine.js';
import { parseBooleanInput, parseWasbSection, splitList, toEngineOptions } from '../wasb/options.js';
import { logLine, readReportInputs, reportToGitHub, runAction } from './run-action.js';

await runAction(async () => {
  // Secrets first, so nothing below can print them unmasked.
  for (const name of ['connection', 'account-key', 'sas-token']) {
    const value = core.getInput(name);
    if (value) core.setSecret(value);
  }
  const report = readReportInputs();
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const config = loadConfig(core.getInput('config') || undefined, cwd);
  const options = toEngineOptions(
    {
      values: splitList(core.getInput('values-files')),
      airflowVersion: core.getInput('airflow-version'),
      connection: core.getInput('connection'),
      container: core.getInput('container'),
      dagId: core.getInput('dag-id'),
      taskId: core.getInput('task-id'),
      cleanup: parseBooleanInput('cleanup', core.getInput('cleanup'), true),
      timeout: core.getInput('timeout'),
      emulator: parseBooleanInput('emulator', core.getInput('emulator'), false),
      accountName: core.getInput('account-name'),
      accountKey: core.getInput('account-key'),
      accountUrl: core.getInput('account-url'),
      sasToken: core.getInput('sas-token'),
      clientId: core.getInput('azure-client-id'),
      tenantId: core.getInput('azure-tenant-id'),
    },
    parseWasbSection(config.sections.wasb, config.file),
    cwd,
  );
  const expectRunId = core.getInput('expect-log-run-id').trim();
  const expectLog = expectRunId ? { runId: expectRunId, pollMs: Number(process.env.AIRFLOW_GITOPS_POLL_MS) || undefined } : undefined;
  const result = await verifyWasbLogs({ ...options, expectLog, severities: config.rules, log: logLine });
  await reportToGitHub(result, report);
});
