import { formatCommand } from './command.js';
import type { MigrateRun, ReleaseTarget } from './context.js';
import { airflowJob, toYamlDocuments } from './manifests.js';
import { describePodWait, IMAGE_PULL_REASONS, isNotFound, parseJobState, podProblems, type JobState, type PodProblem } from './parsers.js';
import { commandFailed, imagePullFailed, secretMissing } from './rules/index.js';

export interface JobOutcome {
  succeeded: boolean;
  logs: string;
  /** From the Job's startTime to completionTime when both are known, else the time spent waiting. */
  seconds: number;
  state?: JobState;
}

export interface OneShotJob {
  name: string;
  component: string;
  args: string[];
  /** Mount the chart's airflow.cfg (every Job after the chart is installed). */
  configMap?: string;
  secretEnv?: Record<string, [string, string]>;
  note: string;
}

/** Runs an Airflow one-shot Job (delete leftovers → apply → wait → logs). */
export async function runAirflowJob(run: MigrateRun, target: ReleaseTarget, job: OneShotJob): Promise<JobOutcome> {
  const o = run.options;
  // A leftover Job with the same name cannot be patched (spec.template is immutable): remove it first.
  await run.exec(run.kubectl(['delete', 'job', job.name, '-n', o.namespace, '--ignore-not-found', '--wait=true'], { note: 'remove a leftover Job of a previous run' }));
  const manifest = airflowJob({
    name: job.name,
    namespace: o.namespace,
    release: o.releaseName,
    component: job.component,
    image: target.airflowImage,
    args: job.args,
    metadataSecret: run.secretNames.metadata,
    fernetKeySecret: run.secretNames.fernetKey,
    configMap: job.configMap,
    secretEnv: job.secretEnv,
    activeDeadlineSeconds: run.remainingSeconds(),
  });
  await run.exec(run.kubectl(['apply', '-f', '-'], { stdin: toYamlDocuments([manifest]), note: job.note }));
  return waitForJob(run, job.name);
}

/**
 * Failed runs of one container, restarted in place, after which a Job counts as failed. The chart's
 * migration Job has restartPolicy OnFailure and Kubernetes' default backoffLimit of 6: on a real
 * cluster a migration that cannot succeed (a wrong database password) restarts in CrashLoopBackOff for
 * about ten minutes before the Job is marked Failed. Three failures in a row rule out a one-off (a
 * pod that started before kube-proxy wrote its rules); one more wait would only burn the budget.
 */
export const CRASH_LOOP_FAILURES = 3;

/** Polls a Job until it completes or fails; stops early on image pull errors and on a crash-looping container. */
export async function waitForJob(run: MigrateRun, name: string): Promise<JobOutcome> {
  const o = run.options;
  const started = Date.now();
  let state: JobState | undefined;
  let pullErrors = 0;
  let configErrors = 0;
  let crashLoop: PodProblem | undefined;
  for (;;) {
    const getJob = run.kubectl(['get', 'job', name, '-n', o.namespace, '-o', 'json'], { repeat: 'until the Job is Complete or Failed' });
    const r = await run.exec(getJob, { quiet: true, allowFailure: true });
    if (run.dryRun) {
      await run.exec(run.kubectl(['get', 'pods', '-n', o.namespace, '-l', `job-name=${name}`, '-o', 'json'], { repeat: 'while waiting: stop early on image pull errors' }), { quiet: true });
      break;
    }
    if (r.exitCode !== 0) {
      throw run.fail(commandFailed, isNotFound(r.stderr) ? `Job ${name} does not exist in namespace ${o.namespace}.` : `Cannot read Job ${name}: ${r.stderr.trim()}`);
    }
    state = run.parsed(() => parseJobState(r.stdout, formatCommand(getJob)));
    if (state.complete || state.failedCondition) break;
    const pods = await run.exec(run.kubectl(['get', 'pods', '-n', o.namespace, '-l', `job-name=${name}`, '-o', 'json']), { quiet: true, allowFailure: true });
    const problems = podProblems(pods.stdout);
    // Named in MIG006 if the phase runs out of time here.
    const podWait = describePodWait(pods.stdout);
    run.waitingFor = `Job ${name}${podWait ? `: ${podWait}` : state.active ? ' (its pod is running)' : ' to start a pod'}`;
    const pulls = problems.filter((p) => IMAGE_PULL_REASONS.has(p.reason));
    if (pulls.length) {
      pullErrors++;
      if (pulls.some((p) => p.reason !== 'ErrImagePull') || pullErrors >= 3) throw imagePullFailure(run, pulls);
    }
    // A Secret (or key) the pod reads is missing: the kubelet retries forever, so stop after a few polls.
    const config = problems.find((p) => p.reason === 'CreateContainerConfigError');
    configErrors = config ? configErrors + 1 : 0;
    if (config && configErrors >= 3) {
      throw run.fail(secretMissing, `Pod ${config.pod} of Job ${name} cannot start: ${config.message || 'CreateContainerConfigError'}.`, 'Create the Secret (and key) the release reads, or fix its name in the values.');
    }
    // restartCount counts the failed runs before the current one; the container now waits to run again.
    crashLoop = problems.find((p) => !p.init && p.reason === 'CrashLoopBackOff' && p.restarts >= CRASH_LOOP_FAILURES - 1);
    if (crashLoop) {
      state = { ...state, failedCondition: `CrashLoopBackOff: container ${crashLoop.container} failed ${crashLoop.restarts + 1} times` };
      break;
    }
    await run.sleep(o.pollMs);
  }
  // A crash-looping container is waiting to run again; its last failed run is the one with the log.
  const logsArgs = crashLoop ? ['logs', crashLoop.pod, '-c', crashLoop.container, '--previous'] : ['logs', `job/${name}`];
  const logs = await run.exec(run.kubectl([...logsArgs, '-n', o.namespace], { note: 'the Job output (parsed, then shown redacted)' }), { allowFailure: true });
  const seconds =
    state?.startTime && state.completionTime
      ? (Date.parse(state.completionTime) - Date.parse(state.startTime)) / 1000
      : (Date.now() - started) / 1000;
  return { succeeded: run.dryRun || Boolean(state?.complete), logs: logs.stdout + logs.stderr, seconds, state };
}

export function imagePullFailure(run: MigrateRun, problems: PodProblem[]) {
  const p = problems[0];
  return run.fail(
    imagePullFailed,
    `Pod ${p.pod} cannot pull the image of container ${p.container} (${p.reason})${p.message ? `: ${p.message}` : ''}.`,
    run.options.cluster === 'kind' && !run.options.loadImage
      ? 'Check the image tag; for an image built earlier in the job set load-image: true so it is loaded into kind.'
      : 'Check the image tag and the registry credentials (imagePullSecrets).',
  );
}

/** The chart's airflow.cfg config map (labels tier=airflow, component=config), for the one-shot Jobs. */
export async function findConfigMap(run: MigrateRun): Promise<string | undefined> {
  const o = run.options;
  const r = await run.exec(
    run.kubectl(['get', 'configmaps', '-n', o.namespace, '-l', `tier=airflow,component=config,release=${o.releaseName}`, '-o', 'name'], { note: "find the chart's airflow.cfg config map" }),
    { allowFailure: true },
  );
  if (run.dryRun) return `${o.releaseName}-config`;
  const first = r.stdout.split('\n').map((l) => l.trim()).find(Boolean);
  return first ? first.replace(/^configmap\//, '') : undefined;
}
