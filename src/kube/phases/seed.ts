import { waitForComponents } from './verify.js';
import type { PhaseDef } from './phase.js';

/** Upgrade gating: the old release must be healthy, and carries a DAG run into the upgrade when smoke-dag is set. */
export const seedPhase: PhaseDef = {
  id: 'seed',
  title: 'seed old release',
  share: 0.15,
  appliesTo: (o) => Boolean(o.from),
  async run(run, target) {
    await waitForComponents(run, target);
    const o = run.options;
    if (!o.smokeDag) return;
    const scheduler = ['-n', o.namespace, `deployment/${o.releaseName}-scheduler`, '-c', 'scheduler'];
    await run.exec(run.kubectlExec(scheduler, ['airflow', 'dags', 'unpause', o.smokeDag]));
    await run.exec(run.kubectlExec(scheduler, ['airflow', 'dags', 'trigger', o.smokeDag, '--run-id', 'airflow-gitops-seed'], { note: 'a DAG run the upgrade must carry over' }));
    run.report.notes.push(`Seeded DAG run airflow-gitops-seed of ${o.smokeDag} on Airflow ${target.airflowVersion}.`);
  },
};
