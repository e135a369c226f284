/**
 * Pure parsers for what Airflow, kubectl and helm print. Each takes the raw text and returns a small
 * typed result, so they can be tested against real output captured from a cluster.
 */

// Alembic revision ids are free-form: Airflow 3.2 ships `1b2c3d4e5f6g` (not hex), so match [0-9a-z].
const REV = '[0-9a-z]{8,32}';
const ALEMBIC_REV = new RegExp(`^${REV}$`);
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** Airflow 2.9 colours its log lines even when stdout is not a terminal. */
function plain(output: string): string {
  return output.replace(ANSI, '');
}

/**
 * The alembic revision in the metadata DB, from the revision probe (`alembic_version=<rev>`), from
 * `psql -tA -c 'SELECT version_num FROM alembic_version'`, or from a migration log (the last target
 * of the first chain of "Running upgrade A -> B" steps, or of the ORM stamp on a fresh database).
 * null: the table does not exist yet (fresh database); undefined: the text says nothing about it.
 */
export function parseAlembicRevision(output: string): string | null | undefined {
  const text = plain(output);
  const marker = [...text.matchAll(/^alembic_version=(\S*)\s*$/gm)].pop();
  if (marker) {
    const v = marker[1];
    return v === '' || v === 'none' || v === 'None' ? null : v;
  }
  if (/relation "alembic_version" does not exist|UndefinedTable/.test(text)) return null;
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 1 && ALEMBIC_REV.test(lines[0])) return lines[0];
  const steps = parseMigrationOutput(text);
  // Airflow migrates its own schema first, then external DB managers (FAB: alembic_version_fab),
  // whose steps start a new chain; the core revision is the end of the first chain.
  const core = steps.chains[0];
  if (core?.length) return core[core.length - 1].to;
  if (steps.stamps.length) return steps.stamps[0];
  return undefined;
}

export interface MigrationStep {
  from: string | null;
  to: string;
  message: string;
}

export interface MigrationSteps {
  upgrades: MigrationStep[];
  /**
   * The upgrades split where a step does not continue the previous one: the first chain is Airflow's
   * own schema (alembic_version), later ones external DB managers (FAB's alembic_version_fab).
   */
  chains: MigrationStep[][];
  /** `Running stamp_revision -> X`: a fresh database created from the ORM and stamped at head (core first, then FAB). */
  stamps: string[];
  /** `Database migrating done!` (Airflow 2.7 to 3.1) or `Database migration done!` (3.2+) was printed. */
  done: boolean;
  /** Nothing was applied: no upgrade step and no stamp, or Airflow said so explicitly. */
  nothingToDo: boolean;
  /** The migration could not take Airflow's advisory lock (pg_advisory_lock with lock_timeout). */
  lockTimeout: boolean;
  /**
   * Another migration created the same objects at the same moment (see concurrentCollision): on a
   * fresh database Airflow creates FAB's tables and the default pool after releasing its migration
   * lock, so a second concurrent `airflow db migrate` can fail on a duplicate instead of a lock timeout.
   */
  concurrentCreate: boolean;
  /** What collided, in words, when concurrentCreate is set. */
  collision?: string;
  /** The first error line (traceback tail), when the run failed. */
  error?: string;
}

/** Reads `airflow db migrate` output: alembic's "Running upgrade A -> B, message" steps and the outcome. */
export function parseMigrationOutput(output: string): MigrationSteps {
  const text = plain(output);
  const upgrades: MigrationStep[] = [];
  const chains: MigrationStep[][] = [];
  // The message ends before structlog's trailing ` [alembic.runtime.migration] loc=migration.py:611`.
  const step = new RegExp(`Running upgrade (\\S*?)\\s*->\\s*(${REV})\\b(?:,\\s*(.*?))?(?:\\s+\\[[\\w.]+\\](?:\\s+loc=\\S+)?)?\\s*$`, 'gm');
  for (const m of text.matchAll(step)) {
    const s: MigrationStep = { from: m[1] ? m[1] : null, to: m[2], message: (m[3] ?? '').trim() };
    const chain = chains[chains.length - 1];
    if (chain && chain[chain.length - 1].to === s.from) chain.push(s);
    else chains.push([s]);
    upgrades.push(s);
  }
  const stamps = [...text.matchAll(new RegExp(`Running stamp_revision\\s+\\S*\\s*->\\s*(${REV})\\b`, 'g'))].map((m) => m[1]);
  const done = /Database migrat(?:ing|ion) done!|DB migrations done/.test(text);
  const explicitNothing = /No migrations to apply; nothing to do\./.test(text);
  const lockTimeout = isLockTimeout(text);
  const collision = concurrentCollision(text);
  const errorLines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^(?:[\w.]+(?:Error|Exception|LockNotAvailable)|sqlalchemy\.exc\.\w+|psycopg2\.\S+|ERROR\b|Error:)/.test(l));
  // A lock timeout is followed by a secondary InFailedSqlTransaction from the lock's cleanup; report the cause.
  const errorLine = (lockTimeout ? errorLines.filter((l) => isLockTimeout(l)).pop() : undefined) ?? errorLines[errorLines.length - 1];
  return {
    upgrades,
    chains,
    stamps,
    done,
    nothingToDo: explicitNothing || (done && upgrades.length === 0 && stamps.length === 0),
    lockTimeout,
    concurrentCreate: collision !== undefined,
    collision,
    error: errorLine,
  };
}

/** Airflow 3 logs this before creating a fresh database (core, then each external DB manager such as FAB). */
const ORM_CREATION = /Creating (?:Airflow database|\w+) tables from the ORM/;

/**
 * A failure that only a second migration running at the same moment can cause, described in words;
 * undefined for any other output. Real runs of two concurrent `airflow db migrate` on one fresh
 * PostgreSQL database (Airflow 3.1.8) showed every one of these forms:
 * - a duplicate key in PostgreSQL's own catalog (pg_class, pg_type): two CREATEs of one name;
 * - DuplicateTable/DuplicateObject `relation "…" already exists` (or a deadlock) while creating the
 *   schema from the ORM: it checked the table was absent, then the other created it;
 * - a duplicate of a row Airflow inserts only when it is missing: the default pool, the alembic stamp
 *   (or any duplicate key once it was creating the schema from the ORM: no data exists to collide).
 * A duplicate in an upgrade step (a unique index over duplicated data) is none of these: it stays a
 * plain migration failure.
 */
export function concurrentCollision(output: string): string | undefined {
  const text = plain(output);
  const catalog = /unique constraint "pg_(class_relname|type_typname)_nsp_index"/.exec(text);
  if (catalog && /UniqueViolation/.test(text)) {
    const name = /Key \((?:relname|typname), \w+\)=\(([^,)]+)/.exec(text)?.[1];
    return `${name ? `"${name}"` : `a ${catalog[1] === 'class_relname' ? 'relation' : 'type'}`} was created by both at the same moment (duplicate key in PostgreSQL's catalog pg_${catalog[1].split('_')[0]})`;
  }
  if (/unique constraint "slot_pool_pool_uq"/.test(text)) return 'both inserted the default pool (duplicate key on slot_pool_pool_uq)';
  const stamp = /unique constraint "(alembic_version\w*?)_pkc"/.exec(text);
  if (stamp && /UniqueViolation/.test(text)) return `both stamped ${stamp[1]} (duplicate key on ${stamp[1]}_pkc)`;
  const creating = ORM_CREATION.exec(text);
  if (!creating) return undefined;
  const after = text.slice(creating.index);
  const duplicate = /(Duplicate(?:Table|Object))\)?:?\s+(\w+) "([^"]+)" already exists/.exec(after);
  if (duplicate) return `${duplicate[2]} "${duplicate[3]}" was created by the other while this one created the schema from the ORM (${duplicate[1]})`;
  const row = /UniqueViolation\)?:?[^\n]*unique constraint "([^"]+)"/.exec(after);
  if (row) return `both inserted the same row while creating the schema from the ORM (duplicate key on ${row[1]})`;
  if (/DeadlockDetected|deadlock detected/.test(after)) return 'both created the schema from the ORM and deadlocked (DeadlockDetected)';
  return undefined;
}

/** PostgreSQL cancels pg_advisory_lock after Airflow's lock_timeout (1800 ms) when another migration holds it. */
export function isLockTimeout(output: string): boolean {
  return /canceling statement due to lock timeout|LockNotAvailable/.test(output);
}

export type CreateUserOutcome = 'created' | 'exists' | 'invalid-role' | 'failed';

/**
 * `airflow users create` (FAB provider): created, already there (idempotent re-run), or failed.
 * The FAB provider on Airflow 2.9 says "already exist in the db"; on Airflow 3 "already exists in the db".
 */
export function parseCreateUserOutput(output: string): CreateUserOutcome {
  if (/User "[^"]*" created with role "[^"]*"/.test(output)) return 'created';
  if (/\S+ already exists? in the db/.test(output)) return 'exists';
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

/** A tool printed something other than what its command promises (empty, HTML from a proxy, a warning instead of JSON). */
export class ToolOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolOutputError';
  }
}

/**
 * JSON printed by a tool (`kubectl … -o json`, `airflow … -o json`), parsed defensively: empty or
 * non-JSON output names the command and shows how the output starts, never "Unexpected end of JSON input".
 */
export function parseToolJson(stdout: string, command: string): unknown {
  const text = stdout.trim();
  if (!text) throw new ToolOutputError(`\`${command}\` printed nothing where JSON was expected.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const start = text.split('\n')[0].slice(0, 80);
    throw new ToolOutputError(`\`${command}\` printed output that is not JSON (it starts with ${JSON.stringify(start)}).`);
  }
}

/** The `items` of a `kubectl get … -o json` list: an array of objects, or a ToolOutputError. */
export function parseItemList<T extends object>(stdout: string, command: string): T[] {
  const list = parseToolJson(stdout, command) as { items?: unknown } | null;
  if (!list || typeof list !== 'object' || !Array.isArray(list.items) || !list.items.every((i) => i && typeof i === 'object')) {
    throw new ToolOutputError(`\`${command}\` printed JSON that is not a list of objects (no "items" array).`);
  }
  return list.items as T[];
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

/**
 * What the pods of a list are waiting on, in a sentence for a timeout finding ("pod p is Pending,
 * unscheduled (Unschedulable: 0/1 nodes are available: 1 Insufficient cpu)"), or undefined when every
 * pod is running fine or the list cannot be read. Unscheduled pods come first: nothing else about them matters.
 */
export function describePodWait(podListJson: string): string | undefined {
  let list: { items?: Array<{ metadata?: { name?: string }; status?: { phase?: string; conditions?: Array<{ type?: string; status?: string; reason?: string; message?: string }> } }> };
  try {
    list = JSON.parse(podListJson);
  } catch {
    return undefined;
  }
  for (const pod of list.items ?? []) {
    const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
    if (pod.status?.phase === 'Pending' && scheduled?.status === 'False') {
      const why = [scheduled.reason, scheduled.message?.trim()].filter(Boolean).join(': ');
      return `pod ${pod.metadata?.name ?? '?'} is Pending, unscheduled${why ? ` (${why})` : ''}`;
    }
  }
  const p = podProblems(podListJson)[0];
  if (p) return `pod ${p.pod} container ${p.container}${p.init ? ' (init)' : ''} is ${p.reason}${p.message ? ` (${p.message.trim()})` : ''}${p.restarts ? `, ${p.restarts} restart(s)` : ''}`;
  const pending = (list.items ?? []).find((pod) => pod.status?.phase === 'Pending');
  return pending ? `pod ${pending.metadata?.name ?? '?'} is Pending` : undefined;
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
export function parseJobState(jobJson: string, command = 'kubectl get job -o json'): JobState {
  const parsed = parseToolJson(jobJson, command);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ToolOutputError(`\`${command}\` printed JSON that is not a Job object.`);
  const job = parsed as {
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
