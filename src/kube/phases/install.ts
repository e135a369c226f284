import type { MigrateRun, ReleaseTarget } from '../context.js';
import { formatCommand } from '../command.js';
import { parseImmutableJobError, parseItemList } from '../parsers.js';
import { commandFailed, immutableJob } from '../rules/index.js';
import { defaultChartRepository } from '../../values/chart.js';
import { CHART_NAME } from '../versions.js';
import { waitForJob } from '../jobs.js';
import type { PhaseDef } from './phase.js';

export const MIGRATION_COMPONENT = 'run-airflow-migrations';

/**
 * The chart comes from $AIRFLOW_GITOPS_CHART_REPOSITORY when set (a mirror, or a local repository on
 * machines without internet: our own real-cluster tests), else the official repository — the same
 * default validate-values uses, so both check the same chart.
 */
export function chartArgs(run: MigrateRun, target: ReleaseTarget): string[] {
  const o = run.options;
  const files = [...target.valuesFiles, target.overlayFile].flatMap((f) => ['-f', f]);
  return [o.releaseName, CHART_NAME, '--repo', defaultChartRepository(), '--version', target.chartVersion, '--namespace', o.namespace, ...files];
}

/**
 * helm upgrade --install with the user's values plus the CI overlay (both rendered and proven free of
 * helm.sh/hook by the render phase, before the cluster existed), after clearing a completed migration
 * Job whose immutable pod template would make the upgrade fail. No --wait: every pod waits for the
 * migration in its init container, so waiting here would wait for itself.
 */
export const installPhase: PhaseDef = {
  id: 'install',
  title: 'install',
  share: 0.15,
  appliesTo: (o) => o.cluster === 'kind',
  async run(run, target) {
    const o = run.options;
    const gitSync = (target.overlay.dags as { gitSync?: { enabled?: boolean } } | undefined)?.gitSync;
    if (gitSync?.enabled === false && target.label === 'target') run.report.notes.push('git-sync is disabled in the CI overlay: the production DAG repository is not reachable from the throwaway cluster.');
    await clearCompletedMigrationJobs(run);
    const install = await run.exec(
      run.helm(['upgrade', '--install', ...chartArgs(run, target), '--create-namespace', '--timeout', `${run.remainingSeconds()}s`], {
        note: target.label === 'from' ? 'the old release first (upgrade gating)' : 'the release under test; no --wait (pods wait for the migration)',
      }),
      { allowFailure: true },
    );
    if (install.exitCode !== 0) {
      const output = install.stderr + install.stdout;
      const job = parseImmutableJobError(output);
      if (job) {
        throw run.fail(immutableJob, `helm could not replace Job ${job}: its spec.template is immutable and the Job still exists.`, `kubectl delete job ${job} -n ${o.namespace}, or set migrateDatabaseJob.ttlSecondsAfterFinished so finished Jobs go away.`);
      }
      throw run.fail(commandFailed, `helm upgrade --install failed (exit ${install.exitCode}): ${output.trim().split('\n').slice(-3).join(' ')}`);
    }
  },
};

/** Waits for running migration Jobs (never two migrations at once) and deletes completed ones before an upgrade. */
export async function clearCompletedMigrationJobs(run: MigrateRun, deleteCompleted = true): Promise<void> {
  const o = run.options;
  const listJobs = run.kubectl(['get', 'jobs', '-n', o.namespace, '-l', `tier=airflow,component=${MIGRATION_COMPONENT},release=${o.releaseName}`, '-o', 'json'], { note: 'migration Jobs left by an earlier release' });
  const r = await run.exec(listJobs, { quiet: true, allowFailure: true });
  if (run.dryRun) {
    if (deleteCompleted) await run.exec(run.kubectl(['delete', 'job', `${o.releaseName}-${MIGRATION_COMPONENT}`, '-n', o.namespace, '--wait=true'], { note: 'only when a completed migration Job exists (after waiting for a running one)' }));
    return;
  }
  if (r.exitCode !== 0) return;
  const jobs = run.parsed(() => parseItemList<{ metadata: { name: string }; status?: { active?: number } }>(r.stdout, formatCommand(listJobs)));
  for (const job of jobs) {
    if ((job.status?.active ?? 0) > 0) {
      run.log.info(`Migration Job ${job.metadata.name} is still running; waiting for it (a second migration would fail on Airflow's advisory lock).`);
      await waitForJob(run, job.metadata.name);
    }
    // On a real cluster the Job belongs to the GitOps tool; only the throwaway cluster clears it.
    if (!deleteCompleted) continue;
    run.add(immutableJob, `Deleted completed migration Job ${job.metadata.name} before the upgrade: its spec.template is immutable, so helm (or Argo CD) could not update it to the new image.`, 'Set migrateDatabaseJob.ttlSecondsAfterFinished so finished migration Jobs are removed, or let Argo CD replace the Job (Replace=true sync option).', 'note');
    await run.exec(run.kubectl(['delete', 'job', job.metadata.name, '-n', o.namespace, '--wait=true']));
  }
}
