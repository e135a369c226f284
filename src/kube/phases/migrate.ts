import type { RuleMeta } from '../../core/rule.js';
import type { MigrateRun, ReleaseTarget } from '../context.js';
import { isFabAuthManager } from '../facts.js';
import { findConfigMap, runAirflowJob, waitForJob, type JobOutcome } from '../jobs.js';
import { REVISION_PROBE_ARGS } from '../manifests.js';
import { parseAddConnectionOutput, parseAlembicRevision, parseCheckMigrations, parseCreateUserOutput, parseMigrationOutput, type MigrationSteps } from '../parsers.js';
import { adminUserSkipped, commandFailed, migrationFailed, migrationLockTimeout, unappliedMigrations, userCreationFailed } from '../rules/index.js';
import { alembicHeadFor, SIMPLE_AUTH_MANAGER } from '../versions.js';
import { MIGRATION_COMPONENT, clearCompletedMigrationJobs } from './install.js';
import type { PhaseDef } from './phase.js';

/**
 * Job argv, never a shell: the image's entrypoint runs `airflow …` directly. Secrets come from env;
 * the kubelet substitutes `$(NAME)` in args from the container's env (no shell, no re-expansion of
 * the value), so a password or URI never appears in the Job spec.
 */
export const MIGRATE_ARGS = ['airflow', 'db', 'migrate'];

/** `airflow users create` for the admin user; `--flag=value` so even an odd value cannot become a flag. */
export function createUserArgs(user: string): string[] {
  return ['airflow', 'users', 'create', `--username=${user}`, '--password=$(ADMIN_PASSWORD)', '--firstname=Admin', '--lastname=User', '--role=Admin', `--email=${user}@example.invalid`];
}

/** `airflow connections add` for the remote-logging connection (the id is validated at the edge: never option-like). */
export function addConnectionArgs(connId: string): string[] {
  return ['airflow', 'connections', 'add', connId, '--conn-uri=$(CONN_URI)'];
}

/** Runs the revision probe Job: alembic_version straight from the metadata DB. */
export async function probeRevision(run: MigrateRun, target: ReleaseTarget, name: string, configMap?: string): Promise<string | null | undefined> {
  const out = await runAirflowJob(run, target, { name, component: 'airflow-gitops-probe', args: REVISION_PROBE_ARGS, configMap, note: 'read alembic_version from the metadata DB' });
  if (run.dryRun) return undefined;
  if (!out.succeeded) throw run.fail(commandFailed, `The revision probe Job ${name} failed: ${lastLines(out.logs)}`);
  return parseAlembicRevision(out.logs);
}

export function lastLines(text: string, n = 3): string {
  return text.trim().split('\n').slice(-n).join(' ').slice(0, 600);
}

/**
 * What one `airflow db migrate` did: applied or stamped something, found nothing to do, lost a race
 * against a concurrent migration (its lock timed out, or it collided with what the other created),
 * or failed for another reason.
 */
export type MigrationVerdict = 'migrated' | 'no-op' | 'lock-timeout' | 'concurrent-create' | 'failed';

export function migrationVerdict(steps: MigrationSteps, succeeded: boolean): MigrationVerdict {
  if (steps.lockTimeout) return 'lock-timeout';
  if (steps.concurrentCreate) return 'concurrent-create';
  if (!succeeded) return 'failed';
  return steps.nothingToDo ? 'no-op' : 'migrated';
}

/** The finding a migration Job's outcome calls for (with the verdict behind it), or none. */
export function migrationProblem(name: string, out: JobOutcome, steps = parseMigrationOutput(out.logs)): { verdict: MigrationVerdict; rule?: RuleMeta; message?: string; fix?: string } {
  const verdict = migrationVerdict(steps, out.succeeded);
  if (verdict === 'lock-timeout' || verdict === 'concurrent-create') {
    const how = verdict === 'lock-timeout' ? "Airflow's migration lock timed out while the other one held it" : steps.collision;
    return { verdict, rule: migrationLockTimeout, message: `Migration Job ${name} ran into another migration against the same database: ${how}.`, fix: 'Run exactly one migration: wait for the other Job, or disable the duplicate (hook Job, Argo CD sync, second pipeline).' };
  }
  if (verdict === 'failed') {
    return { verdict, rule: migrationFailed, message: `airflow db migrate failed in Job ${name}${out.state?.failedCondition ? ` (${out.state.failedCondition})` : ''}: ${steps.error ?? lastLines(out.logs)}`, fix: 'Read the Job log in the diagnostics; fix the database or the image, then re-run.' };
  }
  return { verdict };
}

/** Judges a migration Job's outcome; lock timeouts, races and failures become findings. */
export function judgeMigration(run: MigrateRun, name: string, out: JobOutcome): MigrationSteps {
  const steps = parseMigrationOutput(out.logs);
  if (run.dryRun) return steps;
  const problem = migrationProblem(name, out, steps);
  if (problem.rule) throw run.fail(problem.rule, problem.message!, problem.fix);
  return steps;
}

/**
 * `airflow db migrate` exactly once, as a Job from the release's image, config map and metadata
 * Secret: the chart's own run-airflow-migrations Job when the chart renders it (hooks off makes it a
 * plain resource), otherwise an equivalent Job — never while another migration runs. Then
 * check-migrations, the revision after, the admin user (FAB only) and the optional WASB connection.
 */
export const migratePhase: PhaseDef = {
  id: 'migrate',
  title: 'migrate',
  share: 0.25,
  appliesTo: () => true,
  async run(run, target) {
    const o = run.options;
    const r = o.releaseName;
    const previous = run.report.revisions[run.report.revisions.length - 1];
    const configMap = await findConfigMap(run);
    // kind: the database phase created an empty DB, or the old release's migration left `after`.
    let before: string | null | undefined = previous ? previous.after : null;

    let out: JobOutcome;
    const chartJob = `${r}-${MIGRATION_COMPONENT}`;
    let migrationJob = chartJob;
    if (o.cluster === 'kind' && target.chartMigrationJob) {
      run.log.info(`The chart renders ${chartJob} as a plain resource (hooks off); waiting for it — it is the one migration.`);
      out = await waitForJob(run, chartJob);
    } else {
      // Never two migrations at once: wait for any running one first, then read the revision it left.
      await clearCompletedMigrationJobs(run, o.cluster === 'kind');
      if (o.cluster === 'existing') before = await probeRevision(run, target, `${r}-gitops-revision-before`, configMap);
      migrationJob = `${r}-gitops-migrate`;
      out = await runAirflowJob(run, target, { name: migrationJob, component: MIGRATION_COMPONENT, args: MIGRATE_ARGS, configMap, note: 'airflow db migrate, exactly once' });
    }
    const steps = judgeMigration(run, migrationJob, out);

    const check = await runAirflowJob(run, target, {
      name: `${r}-gitops-check-migrations`,
      component: 'airflow-gitops-check',
      args: ['airflow', 'db', 'check-migrations', '--migration-wait-timeout=60'],
      configMap,
      note: 'the same check the wait-for-airflow-migrations init container runs, in the target image',
    });
    if (!run.dryRun && parseCheckMigrations(check.logs, check.succeeded ? 0 : 1) !== 'ok') {
      throw run.fail(unappliedMigrations, `airflow db check-migrations in ${target.airflowImage} did not pass after the migration: ${lastLines(check.logs)}`);
    }

    const after = await probeRevision(run, target, `${r}-gitops-revision-after`, configMap);
    const expected = alembicHeadFor(target.airflowVersion);
    if (!run.dryRun && expected && after !== expected) {
      throw run.fail(unappliedMigrations, `alembic_version is ${after ?? 'missing'} after the migration, but Airflow ${target.airflowVersion}'s head is ${expected}.`);
    }
    if (!run.dryRun) run.report.revisions.push({ label: target.label, before, after, seconds: out.seconds, airflowVersion: target.airflowVersion, chartVersion: target.chartVersion, steps: steps.upgrades.length });
    if (!run.dryRun) run.log.info(`alembic revision: ${before ?? '(empty database)'} → ${after ?? '?'} in ${out.seconds.toFixed(1)} s (${steps.upgrades.length} upgrade step(s))`);

    if (target.label === 'target' && o.adminUser) await createAdminUser(run, target, configMap);
    if (target.label === 'target' && o.wasbConnection) await addConnection(run, target, configMap);
  },
};

async function createAdminUser(run: MigrateRun, target: ReleaseTarget, configMap?: string): Promise<void> {
  const o = run.options;
  if (!isFabAuthManager(target.authManager)) {
    const simple = target.authManager === SIMPLE_AUTH_MANAGER || /SimpleAuthManager/.test(target.authManager);
    const msg = `Admin user "${o.adminUser}" not created: the auth manager is ${simple ? 'SimpleAuthManager' : target.authManager}, and \`airflow users create\` comes from the FAB provider.`;
    run.add(adminUserSkipped, msg, simple ? 'Define users in [core] simple_auth_manager_users, or switch to the FAB auth manager.' : undefined);
    run.log.notice(msg);
    return;
  }
  const out = await runAirflowJob(run, target, {
    name: `${o.releaseName}-gitops-create-user`,
    component: 'airflow-gitops-create-user',
    args: createUserArgs(o.adminUser),
    configMap,
    secretEnv: { ADMIN_PASSWORD: [run.secretNames.jobInputs, 'ADMIN_PASSWORD'] },
    note: 'the admin user (FAB provider), password from a Secret',
  });
  if (run.dryRun) return;
  const outcome = parseCreateUserOutput(out.logs);
  if (outcome === 'created' || outcome === 'exists') {
    run.report.notes.push(outcome === 'created' ? `Admin user ${o.adminUser} created.` : `Admin user ${o.adminUser} already existed (re-run).`);
    return;
  }
  throw run.fail(userCreationFailed, `airflow users create failed (${outcome}): ${lastLines(out.logs)}`);
}

async function addConnection(run: MigrateRun, target: ReleaseTarget, configMap?: string): Promise<void> {
  const o = run.options;
  const out = await runAirflowJob(run, target, {
    name: `${o.releaseName}-gitops-add-connection`,
    component: 'airflow-gitops-connection',
    args: addConnectionArgs(o.wasbConnectionId),
    configMap,
    secretEnv: { CONN_URI: [run.secretNames.jobInputs, 'CONN_URI'] },
    note: 'the remote-logging connection, URI from a Secret',
  });
  if (run.dryRun) return;
  const outcome = parseAddConnectionOutput(out.logs);
  if (outcome === 'failed') throw run.fail(commandFailed, `airflow connections add ${o.wasbConnectionId} failed: ${lastLines(out.logs)}`);
  run.report.notes.push(outcome === 'added' ? `Connection ${o.wasbConnectionId} added.` : `Connection ${o.wasbConnectionId} already existed; left unchanged.`);
}
