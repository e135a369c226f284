import type { MigrateRun, ReleaseTarget } from '../context.js';
import { findConfigMap, imagePullFailure, runAirflowJob } from '../jobs.js';
import { formatCommand } from '../command.js';
import { IMAGE_PULL_REASONS, parseItemList, podProblems } from '../parsers.js';
import { commandFailed, componentNotReady, migrationNotIdempotent, smokeRunFailed } from '../rules/index.js';
import { LIST_RUNS_DAG_ARGS, airflowMajor } from '../versions.js';
import { MIGRATION_COMPONENT } from './install.js';
import { MIGRATE_ARGS, judgeMigration } from './migrate.js';
import { remoteLoggingTarget } from './remote-logs.js';
import type { PhaseDef } from './phase.js';

interface Workload {
  kind: string;
  name: string;
  component: string;
}

/**
 * A second migration must be a no-op (idempotency, reported); the scheduler, api-server (webserver on
 * Airflow 2), dag-processor and triggerer must become Ready; optionally a smoke DAG run must succeed.
 */
export const verifyPhase: PhaseDef = {
  id: 'verify',
  title: 'verify',
  share: 0.2,
  appliesTo: () => true,
  async run(run, target) {
    const o = run.options;
    const configMap = await findConfigMap(run);
    const name = `${o.releaseName}-gitops-migrate-again`;
    const again = await runAirflowJob(run, target, { name, component: MIGRATION_COMPONENT, args: MIGRATE_ARGS, configMap, note: 'a second migration must have nothing to do' });
    const steps = judgeMigration(run, name, again);
    if (!run.dryRun) {
      run.report.idempotent = steps.upgrades.length === 0;
      run.report.idempotencyDetail = steps.upgrades.length === 0
        ? `second \`airflow db migrate\` applied nothing (${again.seconds.toFixed(1)} s)`
        : `second \`airflow db migrate\` applied ${steps.upgrades.length} step(s): ${steps.upgrades.map((u) => `${u.from ?? '∅'}→${u.to}`).join(', ')}`;
      if (!run.report.idempotent) throw run.fail(migrationNotIdempotent, `The migration is not idempotent: ${run.report.idempotencyDetail}.`);
    }
    await waitForComponents(run, target);
    if (o.smokeDag) await smokeRun(run, target);
  },
};

export async function waitForComponents(run: MigrateRun, target: ReleaseTarget): Promise<void> {
  const o = run.options;
  const listWorkloads = run.kubectl(['get', 'deployments,statefulsets', '-n', o.namespace, '-l', `tier=airflow,release=${o.releaseName}`, '-o', 'json'], { note: 'the long-running Airflow components' });
  const list = await run.exec(listWorkloads, { quiet: true });
  let workloads: Workload[];
  if (run.dryRun) {
    // Planning only: the chart makes the triggerer a StatefulSet while triggerer.persistence is on (the default).
    const persistence = (target.values.triggerer as { persistence?: { enabled?: boolean } } | undefined)?.persistence?.enabled;
    workloads = target.components.map((c) => ({ kind: c === 'triggerer' && persistence !== false ? 'statefulset' : 'deployment', name: `${o.releaseName}-${c}`, component: c }));
  } else {
    const items = run.parsed(() => parseItemList<{ kind?: string; metadata?: { name?: string; labels?: Record<string, string> } }>(list.stdout, formatCommand(listWorkloads)));
    workloads = items.map((i) => ({ kind: (i.kind ?? '').toLowerCase(), name: i.metadata?.name ?? '', component: i.metadata?.labels?.component ?? '' }));
    const missing = target.components.filter((c) => !workloads.some((w) => w.component === c));
    if (missing.length) {
      throw run.fail(componentNotReady, `Airflow ${target.airflowVersion} needs ${target.components.join(', ')}, but the release has no ${missing.join(', ')}.`, missing.includes('api-server') ? 'Airflow 3 replaced the webserver with airflow-api-server; use chart 1.16+ for Airflow 3.' : undefined);
    }
  }
  for (const c of target.components) {
    const w = workloads.find((x) => x.component === c);
    if (!w) continue;
    run.waitingFor = `${w.kind}/${w.name} (${c}) to become Ready`;
    const r = await run.exec(run.kubectl(['rollout', 'status', `${w.kind}/${w.name}`, '-n', o.namespace, `--timeout=${run.remainingSeconds()}s`]), { allowFailure: true });
    if (r.exitCode !== 0) {
      const pods = await run.exec(run.kubectl(['get', 'pods', '-n', o.namespace, '-l', `component=${c},release=${o.releaseName}`, '-o', 'json']), { quiet: true, allowFailure: true });
      const problems = podProblems(pods.stdout);
      const pulls = problems.filter((p) => IMAGE_PULL_REASONS.has(p.reason));
      if (pulls.length) throw imagePullFailure(run, pulls);
      const p = problems[0];
      throw run.fail(
        componentNotReady,
        `${w.kind}/${w.name} (${c}) did not become Ready${p ? `: pod ${p.pod} container ${p.container}${p.init ? ' (init)' : ''} ${p.reason}${p.restarts ? `, ${p.restarts} restart(s)` : ''}` : ''}.`,
        p?.container === 'wait-for-airflow-migrations' ? 'The pod still waits for migrations: the schema does not match its image.' : 'Read its describe and logs in the diagnostics.',
      );
    }
  }
}

/** The smoke run's id (verify runs on the target release only); upgrade-gate looks for its task log. */
export const SMOKE_RUN_ID = 'airflow-gitops-smoke-target';

async function smokeRun(run: MigrateRun, target: ReleaseTarget): Promise<void> {
  const o = run.options;
  const scheduler = ['-n', o.namespace, `deployment/${o.releaseName}-scheduler`, '-c', 'scheduler'];
  const runId = `airflow-gitops-smoke-${target.label}`;
  await triggerAndUnpause(run, scheduler, o.smokeDag, runId);
  for (;;) {
    const dagArgs = (LIST_RUNS_DAG_ARGS[airflowMajor(target.airflowVersion)] ?? LIST_RUNS_DAG_ARGS['3'])(o.smokeDag);
    const r = await run.exec(run.kubectlExec(scheduler, ['airflow', 'dags', 'list-runs', ...dagArgs, '-o', 'json'], { repeat: 'until the run succeeds or fails' }), { quiet: true });
    if (run.dryRun) return;
    let state: string | undefined;
    try {
      state = (JSON.parse(r.stdout) as Array<{ run_id: string; state: string }>).find((x) => x.run_id === runId)?.state;
    } catch {
      state = undefined;
    }
    if (state === 'success') {
      run.report.notes.push(`Smoke DAG ${o.smokeDag} run ${runId} succeeded (${target.label}).`);
      return;
    }
    if (state === 'failed') {
      const cause = await smokeFailureCause(run, target, o.smokeDag);
      throw run.fail(smokeRunFailed, `Smoke DAG ${o.smokeDag} run ${runId} failed${cause ? `: ${cause.message}` : '.'}`, cause?.fix);
    }
    await run.sleep(o.pollMs);
  }
}

/**
 * Triggers a DAG run and unpauses the DAG, once the DAG processor has put the DAG in the database.
 * Right after the components are Ready the file may not be parsed yet. Then `airflow dags trigger`
 * fails with DagNotFound ("Dag id … not found in DagModel", Airflow 2.9 and 3.1 alike) and is retried
 * at the poll interval until the phase's time runs out. `airflow dags unpause` comes second on
 * purpose: for a DAG not in the database yet it prints "No paused DAGs were found" and exits 0,
 * leaving the DAG paused (the default for new DAGs) and its run queued forever.
 */
export async function triggerAndUnpause(run: MigrateRun, scheduler: string[], dagId: string, runId: string, note?: string): Promise<void> {
  for (;;) {
    const trigger = run.kubectlExec(scheduler, ['airflow', 'dags', 'trigger', dagId, '--run-id', runId], { note: note ?? 'retried while the DAG is not parsed yet' });
    const r = await run.exec(trigger, { allowFailure: true });
    if (r.exitCode === 0 || run.dryRun) break;
    const output = `${r.stderr}\n${r.stdout}`;
    if (!/DagNotFound|not found in DagModel|Dag id \S+ not found/.test(output)) {
      throw run.fail(commandFailed, `\`${formatCommand(trigger)}\` exited with ${r.exitCode}: ${output.trim().split('\n').slice(-3).join(' ')}`);
    }
    run.waitingFor = `DAG ${dagId} to be parsed by the DAG processor (airflow dags trigger: DagNotFound)`;
    await run.sleep(run.options.pollMs);
  }
  await run.exec(run.kubectlExec(scheduler, ['airflow', 'dags', 'unpause', dagId], { note: 'after the trigger: the run starts once the DAG is unpaused' }));
}

/**
 * Why the smoke run failed, from its failed KubernetesExecutor pod (kept: failed worker pods are not
 * deleted by default). Airflow 3's task supervisor fetches the remote-logging connection before the
 * task runs and, when it is not defined, fails with "RuntimeError: generator didn't yield" from
 * _remote_logging_conn: the task never ran (seen on the real kind cluster with 3.1.8). Otherwise the
 * pod's last exception line. Undefined when no failed pod or log can be read.
 */
async function smokeFailureCause(run: MigrateRun, target: ReleaseTarget, dagId: string): Promise<{ message: string; fix?: string } | undefined> {
  const o = run.options;
  const pods = await run.exec(run.kubectl(['get', 'pods', '-n', o.namespace, '-l', `dag_id=${dagId}`, '-o', 'json'], { note: "the smoke task's worker pod" }), { quiet: true, allowFailure: true });
  let failed: string | undefined;
  try {
    const items = (JSON.parse(pods.stdout) as { items?: Array<{ metadata?: { name?: string; creationTimestamp?: string }; status?: { phase?: string } }> }).items ?? [];
    failed = items
      .filter((p) => p.status?.phase === 'Failed')
      .sort((a, b) => (a.metadata?.creationTimestamp ?? '').localeCompare(b.metadata?.creationTimestamp ?? ''))
      .pop()?.metadata?.name;
  } catch {
    return undefined;
  }
  if (!failed) return undefined;
  const logs = await run.exec(run.kubectl(['logs', failed, '-n', o.namespace, '--tail=80'], { note: 'why the task failed' }), { quiet: true, allowFailure: true });
  const text = logs.stdout;
  if (/_remote_logging_conn/.test(text) && /generator didn't yield/.test(text)) {
    const { connId } = remoteLoggingTarget(target.values);
    return {
      message: `its task failed before it ran (pod ${failed}): the remote-logging connection ${connId} does not exist in the cluster, and Airflow 3 fetches it before every task`,
      fix: `Define connection ${connId} in the release (set wasb-connection, or azurite: true for a throwaway Azurite), or turn remote logging off for the smoke run.`,
    };
  }
  const last = text.split('\n').filter((l) => /^\w+(\.\w+)*(Error|Exception)\b.*:/.test(l.trim())).pop();
  return { message: `its task pod ${failed} failed${last ? ` with ${last.trim().slice(0, 300)}` : ''}` };
}
