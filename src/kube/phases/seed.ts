import { triggerAndUnpause, waitForComponents } from './verify.js';
import type { PhaseDef } from './phase.js';

/** The DAG run the seed phase creates on the old release; the upgraded database must still hold it. */
export const SEED_RUN_ID = 'airflow-gitops-seed';

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
    await triggerAndUnpause(run, scheduler, o.smokeDag, SEED_RUN_ID, 'a DAG run the upgrade must carry over');
    run.report.notes.push(`Seeded DAG run ${SEED_RUN_ID} of ${o.smokeDag} on Airflow ${target.airflowVersion}.`);
  },
};
