/**
 * Pure parsers for what Airflow, kubectl and helm print. Each takes the raw text and returns a small
 * typed result, so they can be tested against real output captured from a cluster.
 */

const ALEMBIC_REV = /^[0-9a-f]{8,32}$/;

/**
 * The alembic revision in the metadata DB, from the revision probe (`alembic_version=<rev>`), from
 * `psql -tA -c 'SELECT version_num FROM alembic_version'`, or from a migration log (last
 * "Running upgrade A -> B" target). null: the table does not exist yet (fresh database);
 * undefined: the text says nothing about it.
 */
export function parseAlembicRevision(output: string): string | null | undefined {
  const marker = [...output.matchAll(/^alembic_version=(\S*)\s*$/gm)].pop();
  if (marker) {
    const v = marker[1];
    return v === '' || v === 'none' || v === 'None' ? null : v;
  }
  if (/relation "alembic_version" does not exist|UndefinedTable/.test(output)) return null;
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 1 && ALEMBIC_REV.test(lines[0])) return lines[0];
  const upgrades = parseMigrationOutput(output).upgrades;
  if (upgrades.length) return upgrades[upgrades.length - 1].to;
  return undefined;
}

export interface MigrationSteps {
  upgrades: Array<{ from: string | null; to: string; message: string }>;
  /** `Database migrating done!` (Airflow 2.7+ and 3) was printed. */
  done: boolean;
  /** Nothing was applied: no "Running upgrade" step, or Airflow said so explicitly. */
  nothingToDo: boolean;
  /** The migration could not take Airflow's advisory lock (pg_advisory_lock with lock_timeout). */
  lockTimeout: boolean;
  /** The first error line (traceback tail), when the run failed. */
  error?: string;
}

/** Reads `airflow db migrate` output: alembic's "Running upgrade A -> B, message" steps and the outcome. */
export function parseMigrationOutput(output: string): MigrationSteps {
  const upgrades: MigrationSteps['upgrades'] = [];
  for (const m of output.matchAll(/Running upgrade (\S*?)\s*->\s*([0-9a-f]{8,})(?:,\s*(.*))?$/gm)) {
    upgrades.push({ from: m[1] ? m[1] : null, to: m[2], message: (m[3] ?? '').trim() });
  }
  const done = /Database migrating done!|DB migrations done/.test(output);
  const explicitNothing = /No migrations to apply; nothing to do\./.test(output);
  const lockTimeout = isLockTimeout(output);
  const errorLine = output
    .split(/\r?\n/)
    .reverse()
    .find((l) => /^(?:[\w.]+(?:Error|Exception)|sqlalchemy\.exc\.\w+|psycopg2\.\S+|ERROR\b|Error:)/.test(l.trim()));
  return {
    upgrades,
    done,
    nothingToDo: explicitNothing || (done && upgrades.length === 0),
    lockTimeout,
    error: errorLine?.trim(),
  };
}

/** PostgreSQL cancels pg_advisory_lock after Airflow's lock_timeout (1800 ms) when another migration holds it. */
export function isLockTimeout(output: string): boolean {
  return /canceling statement due to lock timeout|LockNotAvailable/.test(output);
}

export type CreateUserOutcome = 'created' | 'exists' | 'invalid-role' | 'failed';

/** `airflow users create` (FAB provider): created, already there (idempotent re-run), or failed. */
export function parseCreateUserOutput(output: string): CreateUserOutcome {
  if (/User "[^"]*" created with role "[^"]*"/.test(output)) return 'created';
  if (/\S+ already exist in the db/.test(output)) return 'exists';
  if (/is not a valid role\. Valid roles are/.test(output)) return 'invalid-role';
  return 'failed';
}

export type AddConnectionOutcome = 'added' | 'exists' | 'failed';

/** `airflow connections add`: added, or a connection with that conn_id already exists. */
export function parseAddConnectionOutput(output: string): AddConnectionOutcome {
  if (/Successfully added `conn_id`=/.test(output)) return 'added';
  if (/A connection with `conn_id`=\S+ already exists/.test(output)) return 'exists';
  return 'failed';
}

/** `airflow db check-migrations`: the DB matches the image's migrations, or it timed out waiting. */
export function parseCheckMigrations(output: string, exitCode: number): 'ok' | 'pending' | 'failed' {
  if (/There are still unapplied migrations after/.test(output)) return 'pending';
  return exitCode === 0 ? 'ok' : 'failed';
}

/** helm/kubectl refusing to patch a Job: spec.template is immutable once the Job exists. */
export function parseImmutableJobError(output: string): string | undefined {
  const m = output.match(/Job(?:\.batch)? "([^"]+)" is invalid: spec\.template: Invalid value: .*field is immutable/);
  return m?.[1];
}

export interface HookedResource {
  kind: string;
  name: string;
  hook: string;
}

/** Resources in `helm template` output that still carry helm.sh/hook (hooks-off is the point). */
export function findHelmHooks(renderedYaml: string): HookedResource[] {
  const found: HookedResource[] = [];
  for (const doc of renderedYaml.split(/^---\s*$/m)) {
    const hook = doc.match(/^\s+["']?helm\.sh\/hook["']?:\s*["']?([^"'\n]+)["']?\s*$/m);
    if (!hook) continue;
    const kind = doc.match(/^kind:\s*(\S+)/m)?.[1] ?? '?';
    const name = doc.match(/^metadata:\s*\n(?:\s+.*\n)*?\s+name:\s*["']?([^"'\s]+)/m)?.[1] ?? '?';
    found.push({ kind, name, hook: hook[1].trim() });
  }
  return found;
}

export interface PodProblem {
  pod: string;
  container: string;
  init: boolean;
  reason: string;
  message: string;
  restarts: number;
  ready: boolean;
  exitCode?: number;
}

interface ContainerStatusJson {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: { waiting?: { reason?: string; message?: string }; terminated?: { reason?: string; exitCode?: number; message?: string }; running?: object };
}

/** Containers that are not healthy in `kubectl get pods -o json`: waiting (image pull, crash loop), failed, or never Ready. */
export function podProblems(podListJson: string): PodProblem[] {
  let list: { items?: Array<{ metadata?: { name?: string }; status?: { phase?: string; initContainerStatuses?: ContainerStatusJson[]; containerStatuses?: ContainerStatusJson[] } }> };
  try {
    list = JSON.parse(podListJson);
  } catch {
    return [];
  }
  const out: PodProblem[] = [];
  for (const pod of list.items ?? []) {
    const name = pod.metadata?.name ?? '?';
    const phase = pod.status?.phase;
    const visit = (statuses: ContainerStatusJson[] | undefined, init: boolean) => {
      for (const c of statuses ?? []) {
        const w = c.state?.waiting;
        const t = c.state?.terminated;
        const failedExit = t && (t.exitCode ?? 0) !== 0;
        const stuck = !init && !c.ready && phase === 'Running' && !t;
        // PodInitializing only means "behind an init container"; the init container is the one to report.
        const blockedByInit = w?.reason === 'PodInitializing';
        if ((w && !blockedByInit) || failedExit || stuck) {
          out.push({
            pod: name,
            container: c.name,
            init,
            reason: w?.reason ?? t?.reason ?? 'NotReady',
            message: w?.message ?? t?.message ?? '',
            restarts: c.restartCount ?? 0,
            ready: c.ready ?? false,
            exitCode: t?.exitCode,
          });
        }
      }
    };
    visit(pod.status?.initContainerStatuses, true);
    visit(pod.status?.containerStatuses, false);
  }
  return out;
}

export const IMAGE_PULL_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);

export interface JobState {
  exists: boolean;
  active: number;
  succeeded: number;
  failed: number;
  complete: boolean;
  failedCondition?: string;
  startTime?: string;
  completionTime?: string;
  image?: string;
}

/** `kubectl get job NAME -o json` → whether it finished, and how. */
export function parseJobState(jobJson: string): JobState {
  const job = JSON.parse(jobJson) as {
    spec?: { template?: { spec?: { containers?: Array<{ image?: string }> } } };
    status?: { active?: number; succeeded?: number; failed?: number; startTime?: string; completionTime?: string; conditions?: Array<{ type: string; status: string; reason?: string; message?: string }> };
  };
  const s = job.status ?? {};
  const cond = (t: string) => (s.conditions ?? []).find((c) => c.type === t && c.status === 'True');
  const failed = cond('Failed');
  return {
    exists: true,
    active: s.active ?? 0,
    succeeded: s.succeeded ?? 0,
    failed: s.failed ?? 0,
    complete: Boolean(cond('Complete')),
    failedCondition: failed ? `${failed.reason ?? 'Failed'}: ${failed.message ?? ''}`.trim() : undefined,
    startTime: s.startTime,
    completionTime: s.completionTime ?? undefined,
    image: job.spec?.template?.spec?.containers?.[0]?.image,
  };
}

/** `kubectl get ... NAME` for a missing object. */
export function isNotFound(output: string): boolean {
  return /\(NotFound\)|not found/.test(output);
}
