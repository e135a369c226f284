import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { registerSecret } from '../core/secrets.js';
import type { Tool } from '../kube/command.js';
import { runMigrate } from '../kube/engine.js';
import { actionsLogger } from '../kube/logger.js';
import { parseMigrateOptions } from '../kube/options.js';
import { deleteClusterCommand } from '../kube/phases/cleanup.js';
import { ExecRunner } from '../kube/runner.js';
import { ensureTools } from '../kube/tools.js';
import { readReportInputs, reportToGitHub, runAction } from './run-action.js';

/** Inputs → options → the engine → the shared reporters; the post step (same bundle) deletes the cluster. */
async function main(): Promise<void> {
  core.saveState('is-post', 'true');
  const adminPassword = core.getInput('admin-password');
  const wasbConnection = core.getInput('wasb-connection');
  registerSecret(adminPassword);
  registerSecret(wasbConnection);
  const list = (name: string) => core.getMultilineInput(name).flatMap((l) => l.split(',')).map((s) => s.trim()).filter(Boolean);
  const options = parseMigrateOptions({
    valuesFiles: list('values-files'),
    chartVersion: core.getInput('chart-version'),
    airflowImage: core.getInput('airflow-image'),
    cluster: core.getInput('cluster'),
    clusterName: core.getInput('cluster-name'),
    kindNodeImage: core.getInput('kind-node-image'),
    context: core.getInput('context'),
    namespace: core.getInput('namespace'),
    releaseName: core.getInput('release-name'),
    fromChartVersion: core.getInput('from-chart-version'),
    fromAirflowVersion: core.getInput('from-airflow-version'),
    fromAirflowImage: core.getInput('from-airflow-image'),
    fromValues: list('from-values'),
    adminUser: core.getInput('admin-user'),
    adminPassword,
    wasbConnection,
    wasbConnectionId: core.getInput('wasb-connection-id'),
    timeoutMinutes: core.getInput('timeout-minutes'),
    keepCluster: core.getInput('keep-cluster') === 'true',
    loadImage: core.getInput('load-image') === 'true',
    smokeDag: core.getInput('smoke-dag'),
    azurite: core.getInput('azurite') === 'true',
    azuriteHostPort: core.getInput('azurite-host-port'),
    diagnosticsDir: core.getInput('diagnostics-dir'),
    pollMs: process.env.AIRFLOW_GITOPS_POLL_MS,
  });
  const report = readReportInputs();
  const needed: Tool[] = options.cluster === 'kind' ? ['kind', 'kubectl', 'helm', ...(options.loadImage ? (['docker'] as Tool[]) : [])] : ['kubectl'];
  const tools = await ensureTools(needed, actionsLogger);
  if (options.cluster === 'kind') {
    // Saved before the cluster exists: a half-created cluster must be cleaned up too.
    core.saveState('kind-cluster', options.clusterName);
    core.saveState('kubeconfig', `${options.workDir}/kubeconfig`);
    core.saveState('kind-path', tools.kind ?? 'kind');
    core.saveState('keep-cluster', String(options.keepCluster));
  }
  const outcome = await runMigrate(options, new ExecRunner(tools), actionsLogger);
  await reportToGitHub(outcome.result, report);
}

async function post(): Promise<void> {
  const cluster = core.getState('kind-cluster');
  if (!cluster) {
    core.info('No kind cluster was created; nothing to clean up.');
    return;
  }
  if (core.getState('keep-cluster') === 'true') {
    core.info(`keep-cluster: leaving kind cluster ${cluster} in place.`);
    return;
  }
  const cmd = deleteClusterCommand(cluster, core.getState('kubeconfig'));
  core.info(`$ kind ${cmd.args.join(' ')}`);
  const code = await exec.exec(core.getState('kind-path') || 'kind', cmd.args, { ignoreReturnCode: true });
  if (code !== 0) core.warning(`kind delete cluster ${cluster} exited with ${code}; the runner is discarded anyway.`);
}

await runAction(core.getState('is-post') === 'true' ? post : main);
