export const id = 204;
export const ids = [204];
export const modules = {

/***/ 8542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ formatCommand)
/* harmony export */ });
/* unused harmony export shellQuote */
/** Quotes an argument for display only; commands are always executed as argv arrays. */
function shellQuote(arg) {
    if (arg === '')
        return "''";
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg))
        return arg;
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
function formatCommand(cmd) {
    return [cmd.tool, ...cmd.args].map(shellQuote).join(' ') + (cmd.stdin !== undefined ? ' <<< (stdin)' : '');
}


/***/ }),

/***/ 3204:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   tl: () => (/* binding */ MigrateRun)
/* harmony export */ });
/* unused harmony exports PhaseFailed, PhaseTimedOut */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7147);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8640);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8542);
/* harmony import */ var _parsers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5951);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6268);






/** A phase stopped with a finding already recorded; the run continues with diagnostics and cleanup. */
class PhaseFailed extends Error {
    constructor(message) {
        super(message);
        this.name = 'PhaseFailed';
    }
}
class PhaseTimedOut extends PhaseFailed {
}
/** The state of one run: options, tools, findings, phase records. Phases read and extend it. */
class MigrateRun {
    options;
    runner;
    log;
    secretNames;
    targets;
    generated;
    dryRun;
    findings = [];
    phases = [];
    /** Every command in order, with the phase that ran it (the plan is this list from a dry run). */
    executed = [];
    report = { revisions: [], notes: [], diagnosticsFiles: [] };
    /** Epoch ms when the running phase must stop; exec() and sleep() refuse to go past it. */
    deadline = Infinity;
    currentPhase = '';
    /** What the current phase is polling for, set by its wait loops; a timeout finding names it. */
    waitingFor;
    /** Set once a phase fails or times out: a straggler of that phase stops at its next exec()/sleep(). */
    stopped = false;
    constructor(options, runner, log, secretNames, targets, generated, 
    /** `--plan`: commands are recorded, not run; waits end after one poll. */
    dryRun = false) {
        this.options = options;
        this.runner = runner;
        this.log = log;
        this.secretNames = secretNames;
        this.targets = targets;
        this.generated = generated;
        this.dryRun = dryRun;
    }
    get kubeconfig() {
        return node_path__WEBPACK_IMPORTED_MODULE_0__.join(this.options.workDir, 'kubeconfig');
    }
    /** Flags every kubectl call carries: the throwaway cluster's kubeconfig, or the chosen context. */
    kubectlFlags() {
        if (this.options.cluster === 'kind')
            return ['--kubeconfig', this.kubeconfig];
        return this.options.context ? ['--context', this.options.context] : [];
    }
    helmFlags() {
        if (this.options.cluster === 'kind')
            return ['--kubeconfig', this.kubeconfig];
        return this.options.context ? ['--kube-context', this.options.context] : [];
    }
    kubectl(args, extra = {}) {
        return { tool: 'kubectl', args: [...args, ...this.kubectlFlags()], ...extra };
    }
    /** kubectl exec: flags go before `--`, the in-container argv after it. */
    kubectlExec(target, argv, extra = {}) {
        return { tool: 'kubectl', args: ['exec', ...target, ...this.kubectlFlags(), '--', ...argv], ...extra };
    }
    helm(args, extra = {}) {
        return { tool: 'helm', args: [...args, ...this.helmFlags()], ...extra };
    }
    remainingMs() {
        return this.deadline - Date.now();
    }
    /** Seconds left in the phase, for tool-level --timeout flags (at least 1). */
    remainingSeconds() {
        return Math.max(1, Math.floor(this.remainingMs() / 1000));
    }
    checkDeadline() {
        if (this.stopped || Date.now() >= this.deadline)
            throw new PhaseTimedOut(`phase ${this.currentPhase} timed out`);
    }
    async exec(cmd, opts = {}) {
        if (!opts.diagnostics)
            this.checkDeadline();
        this.executed.push({ phase: opts.diagnostics ? 'diagnostics' : this.currentPhase, phaseIndex: opts.diagnostics ? -1 : this.phases.length, cmd });
        if (!opts.quiet)
            this.log.info(`$ ${(0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCommand */ .f)(cmd)}`);
        const result = await this.runner.run(cmd);
        if (!opts.quiet) {
            const out = (result.stdout + (result.stderr ? `\n${result.stderr}` : '')).trim();
            if (out)
                this.log.info(indent(out.length > 4000 ? `${out.slice(0, 4000)}\n… (${out.length - 4000} more characters)` : out));
        }
        if (result.exitCode !== 0 && !opts.allowFailure && !cmd.mayFail) {
            const detail = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ');
            throw this.fail(_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .commandFailed */ .n6, `\`${(0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCommand */ .f)(cmd)}\` exited with ${result.exitCode}: ${detail}`);
        }
        return result;
    }
    async sleep(ms) {
        this.checkDeadline();
        const wait = Math.max(0, Math.min(ms, this.remainingMs()));
        await new Promise((r) => setTimeout(r, wait));
        this.checkDeadline();
    }
    /**
     * Runs a parser over a tool's output: output that is not what the command promises (empty, not JSON,
     * the wrong shape) stops the phase with a finding that names the command, not an internal error.
     */
    parsed(parse) {
        try {
            return parse();
        }
        catch (e) {
            if (!(e instanceof _parsers_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolOutputError */ ._G))
                throw e;
            throw this.fail(_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .commandFailed */ .n6, e.message, 'Run that command by hand on the same cluster and context: a proxy or plugin printing instead of kubectl, or a kubectl far from the server version, is the usual cause.');
        }
    }
    /** Records an error finding (a stopped phase always fails the run) and returns the PhaseFailed to throw. */
    fail(rule, message, fix) {
        this.add(rule, message, fix, 'error');
        return new PhaseFailed(message);
    }
    add(rule, message, fix, severity = rule.severity) {
        this.findings.push((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .makeFinding */ .M)(rule, severity, (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(message), undefined, undefined, fix));
    }
    /** Runs one phase in a collapsible group with its own timeout and records its duration. */
    async runPhase(id, title, timeoutMs, body) {
        this.currentPhase = id;
        this.waitingFor = undefined;
        this.deadline = Date.now() + timeoutMs;
        const started = Date.now();
        this.log.startGroup(`${title} (timeout ${formatSeconds(timeoutMs)})`);
        let status = 'ok';
        let timer;
        try {
            const timeout = new Promise((_, reject) => {
                timer = setTimeout(() => reject(new PhaseTimedOut(`phase ${id} timed out`)), timeoutMs + 50);
            });
            const work = body();
            // A timed-out body keeps running until its next exec()/sleep() throws; that late rejection is expected.
            work.catch(() => undefined);
            await Promise.race([work, timeout]);
        }
        catch (e) {
            if (e instanceof PhaseTimedOut) {
                status = 'timed out';
                const waiting = this.waitingFor ? ` It was still waiting for ${this.waitingFor}.` : '';
                this.add(_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .phaseTimeout */ .Nh, `Phase "${title}" did not finish within its ${formatSeconds(timeoutMs)} timeout.${waiting}`, timeoutFix(this.waitingFor));
            }
            else if (e instanceof PhaseFailed) {
                status = 'failed';
            }
            else {
                throw e;
            }
        }
        finally {
            clearTimeout(timer);
            if (status !== 'ok')
                this.stopped = true;
            const durationMs = Date.now() - started;
            this.phases.push({ id, title, timeoutMs, durationMs, status });
            this.log.info(`${status === 'ok' ? '✓' : '✗'} ${title}: ${status} in ${formatSeconds(durationMs, 1)}`);
            this.log.endGroup();
            this.deadline = Infinity;
        }
        return status === 'ok';
    }
}
/** Unschedulable is not slowness: more time will not help, capacity or requests will. */
function timeoutFix(waitingFor) {
    if (waitingFor && /unscheduled/.test(waitingFor))
        return 'No node can run the pod as it is: lower its resource requests (or nodeSelector/affinity/tolerations) in the values, or give the cluster a node that fits. More time will not help.';
    return 'Read the diagnostics for what it was waiting on, or raise timeout-minutes.';
}
function formatSeconds(ms, digits = 0) {
    return `${(ms / 1000).toFixed(digits)} s`;
}
function indent(text) {
    return text
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n');
}


/***/ }),

/***/ 5951:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ parseAddConnectionOutput),
/* harmony export */   CB: () => (/* binding */ describePodWait),
/* harmony export */   D2: () => (/* binding */ parseImmutableJobError),
/* harmony export */   E2: () => (/* binding */ IMAGE_PULL_REASONS),
/* harmony export */   I: () => (/* binding */ parseCreateUserOutput),
/* harmony export */   Mk: () => (/* binding */ findHelmHooks),
/* harmony export */   U3: () => (/* binding */ podProblems),
/* harmony export */   _G: () => (/* binding */ ToolOutputError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   e6: () => (/* binding */ parseJobState),
/* harmony export */   ef: () => (/* binding */ parseAlembicRevision),
/* harmony export */   fk: () => (/* binding */ parseItemList),
/* harmony export */   nr: () => (/* binding */ parseCheckMigrations),
/* harmony export */   zT: () => (/* binding */ parseMigrationOutput)
/* harmony export */ });
/* unused harmony exports concurrentCollision, isLockTimeout, parseToolJson */
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
function plain(output) {
    return output.replace(ANSI, '');
}
/**
 * The alembic revision in the metadata DB, from the revision probe (`alembic_version=<rev>`), from
 * `psql -tA -c 'SELECT version_num FROM alembic_version'`, or from a migration log (the last target
 * of the first chain of "Running upgrade A -> B" steps, or of the ORM stamp on a fresh database).
 * null: the table does not exist yet (fresh database); undefined: the text says nothing about it.
 */
function parseAlembicRevision(output) {
    const text = plain(output);
    const marker = [...text.matchAll(/^alembic_version=(\S*)\s*$/gm)].pop();
    if (marker) {
        const v = marker[1];
        return v === '' || v === 'none' || v === 'None' ? null : v;
    }
    if (/relation "alembic_version" does not exist|UndefinedTable/.test(text))
        return null;
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (lines.length === 1 && ALEMBIC_REV.test(lines[0]))
        return lines[0];
    const steps = parseMigrationOutput(text);
    // Airflow migrates its own schema first, then external DB managers (FAB: alembic_version_fab),
    // whose steps start a new chain; the core revision is the end of the first chain.
    const core = steps.chains[0];
    if (core?.length)
        return core[core.length - 1].to;
    if (steps.stamps.length)
        return steps.stamps[0];
    return undefined;
}
/** Reads `airflow db migrate` output: alembic's "Running upgrade A -> B, message" steps and the outcome. */
function parseMigrationOutput(output) {
    const text = plain(output);
    const upgrades = [];
    const chains = [];
    // The message ends before structlog's trailing ` [alembic.runtime.migration] loc=migration.py:611`.
    const step = new RegExp(`Running upgrade (\\S*?)\\s*->\\s*(${REV})\\b(?:,\\s*(.*?))?(?:\\s+\\[[\\w.]+\\](?:\\s+loc=\\S+)?)?\\s*$`, 'gm');
    for (const m of text.matchAll(step)) {
        const s = { from: m[1] ? m[1] : null, to: m[2], message: (m[3] ?? '').trim() };
        const chain = chains[chains.length - 1];
        if (chain && chain[chain.length - 1].to === s.from)
            chain.push(s);
        else
            chains.push([s]);
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
function concurrentCollision(output) {
    const text = plain(output);
    const catalog = /unique constraint "pg_(class_relname|type_typname)_nsp_index"/.exec(text);
    if (catalog && /UniqueViolation/.test(text)) {
        const name = /Key \((?:relname|typname), \w+\)=\(([^,)]+)/.exec(text)?.[1];
        return `${name ? `"${name}"` : `a ${catalog[1] === 'class_relname' ? 'relation' : 'type'}`} was created by both at the same moment (duplicate key in PostgreSQL's catalog pg_${catalog[1].split('_')[0]})`;
    }
    if (/unique constraint "slot_pool_pool_uq"/.test(text))
        return 'both inserted the default pool (duplicate key on slot_pool_pool_uq)';
    const stamp = /unique constraint "(alembic_version\w*?)_pkc"/.exec(text);
    if (stamp && /UniqueViolation/.test(text))
        return `both stamped ${stamp[1]} (duplicate key on ${stamp[1]}_pkc)`;
    const creating = ORM_CREATION.exec(text);
    if (!creating)
        return undefined;
    const after = text.slice(creating.index);
    const duplicate = /(Duplicate(?:Table|Object))\)?:?\s+(\w+) "([^"]+)" already exists/.exec(after);
    if (duplicate)
        return `${duplicate[2]} "${duplicate[3]}" was created by the other while this one created the schema from the ORM (${duplicate[1]})`;
    const row = /UniqueViolation\)?:?[^\n]*unique constraint "([^"]+)"/.exec(after);
    if (row)
        return `both inserted the same row while creating the schema from the ORM (duplicate key on ${row[1]})`;
    if (/DeadlockDetected|deadlock detected/.test(after))
        return 'both created the schema from the ORM and deadlocked (DeadlockDetected)';
    return undefined;
}
/** PostgreSQL cancels pg_advisory_lock after Airflow's lock_timeout (1800 ms) when another migration holds it. */
function isLockTimeout(output) {
    return /canceling statement due to lock timeout|LockNotAvailable/.test(output);
}
/**
 * `airflow users create` (FAB provider): created, already there (idempotent re-run), or failed.
 * The FAB provider on Airflow 2.9 says "already exist in the db"; on Airflow 3 "already exists in the db".
 */
function parseCreateUserOutput(output) {
    if (/User "[^"]*" created with role "[^"]*"/.test(output))
        return 'created';
    if (/\S+ already exists? in the db/.test(output))
        return 'exists';
    if (/is not a valid role\. Valid roles are/.test(output))
        return 'invalid-role';
    return 'failed';
}
/** `airflow connections add`: added, or a connection with that conn_id already exists. */
function parseAddConnectionOutput(output) {
    if (/Successfully added `conn_id`=/.test(output))
        return 'added';
    if (/A connection with `conn_id`=\S+ already exists/.test(output))
        return 'exists';
    return 'failed';
}
/** `airflow db check-migrations`: the DB matches the image's migrations, or it timed out waiting. */
function parseCheckMigrations(output, exitCode) {
    if (/There are still unapplied migrations after/.test(output))
        return 'pending';
    return exitCode === 0 ? 'ok' : 'failed';
}
/** helm/kubectl refusing to patch a Job: spec.template is immutable once the Job exists. */
function parseImmutableJobError(output) {
    const m = output.match(/Job(?:\.batch)? "([^"]+)" is invalid: spec\.template: Invalid value: .*field is immutable/);
    return m?.[1];
}
/** Resources in `helm template` output that still carry helm.sh/hook (hooks-off is the point). */
function findHelmHooks(renderedYaml) {
    const found = [];
    for (const doc of renderedYaml.split(/^---\s*$/m)) {
        const hook = doc.match(/^\s+["']?helm\.sh\/hook["']?:\s*["']?([^"'\n]+)["']?\s*$/m);
        if (!hook)
            continue;
        const kind = doc.match(/^kind:\s*(\S+)/m)?.[1] ?? '?';
        const name = doc.match(/^metadata:\s*\n(?:\s+.*\n)*?\s+name:\s*["']?([^"'\s]+)/m)?.[1] ?? '?';
        found.push({ kind, name, hook: hook[1].trim() });
    }
    return found;
}
/** A tool printed something other than what its command promises (empty, HTML from a proxy, a warning instead of JSON). */
class ToolOutputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ToolOutputError';
    }
}
/**
 * JSON printed by a tool (`kubectl … -o json`, `airflow … -o json`), parsed defensively: empty or
 * non-JSON output names the command and shows how the output starts, never "Unexpected end of JSON input".
 */
function parseToolJson(stdout, command) {
    const text = stdout.trim();
    if (!text)
        throw new ToolOutputError(`\`${command}\` printed nothing where JSON was expected.`);
    try {
        return JSON.parse(text);
    }
    catch {
        const start = text.split('\n')[0].slice(0, 80);
        throw new ToolOutputError(`\`${command}\` printed output that is not JSON (it starts with ${JSON.stringify(start)}).`);
    }
}
/** The `items` of a `kubectl get … -o json` list: an array of objects, or a ToolOutputError. */
function parseItemList(stdout, command) {
    const list = parseToolJson(stdout, command);
    if (!list || typeof list !== 'object' || !Array.isArray(list.items) || !list.items.every((i) => i && typeof i === 'object')) {
        throw new ToolOutputError(`\`${command}\` printed JSON that is not a list of objects (no "items" array).`);
    }
    return list.items;
}
/** Containers that are not healthy in `kubectl get pods -o json`: waiting (image pull, crash loop), failed, or never Ready. */
function podProblems(podListJson) {
    let list;
    try {
        list = JSON.parse(podListJson);
    }
    catch {
        return [];
    }
    const out = [];
    for (const pod of list.items ?? []) {
        const name = pod.metadata?.name ?? '?';
        const phase = pod.status?.phase;
        const visit = (statuses, init) => {
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
function describePodWait(podListJson) {
    let list;
    try {
        list = JSON.parse(podListJson);
    }
    catch {
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
    if (p)
        return `pod ${p.pod} container ${p.container}${p.init ? ' (init)' : ''} is ${p.reason}${p.message ? ` (${p.message.trim()})` : ''}${p.restarts ? `, ${p.restarts} restart(s)` : ''}`;
    const pending = (list.items ?? []).find((pod) => pod.status?.phase === 'Pending');
    return pending ? `pod ${pending.metadata?.name ?? '?'} is Pending` : undefined;
}
const IMAGE_PULL_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
/** `kubectl get job NAME -o json` → whether it finished, and how. */
function parseJobState(jobJson, command = 'kubectl get job -o json') {
    const parsed = parseToolJson(jobJson, command);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new ToolOutputError(`\`${command}\` printed JSON that is not a Job object.`);
    const job = parsed;
    const s = job.status ?? {};
    const cond = (t) => (s.conditions ?? []).find((c) => c.type === t && c.status === 'True');
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
function isNotFound(output) {
    return /\(NotFound\)|not found/.test(output);
}


/***/ }),

/***/ 6268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ne: () => (/* reexport */ adminUserSkipped),
  n6: () => (/* reexport */ commandFailed),
  u2: () => (/* reexport */ componentNotReady),
  KF: () => (/* reexport */ helmHooksRendered),
  i0: () => (/* reexport */ imagePullFailed),
  wc: () => (/* reexport */ immutableJob),
  jx: () => (/* binding */ migrateRules),
  Eg: () => (/* reexport */ migrationFailed),
  HQ: () => (/* reexport */ migrationLockTimeout),
  zw: () => (/* reexport */ migrationNotIdempotent),
  Nh: () => (/* reexport */ phaseTimeout),
  zy: () => (/* reexport */ secretMissing),
  u3: () => (/* reexport */ smokeRunFailed),
  S3: () => (/* reexport */ unappliedMigrations),
  GF: () => (/* reexport */ userCreationFailed)
});

;// CONCATENATED MODULE: ./src/kube/rules/helm-hooks-rendered.js
const helmHooksRendered = {
    id: 'MIG001',
    name: 'helm-hooks-rendered',
    severity: 'error',
    check: 'migrate-kind',
    summary: "The rendered chart still carries helm.sh/hook annotations.",
    docs: {
        what: "Renders the chart with the given values (`helm template`) and refuses to install when any resource still has a `helm.sh/hook` annotation.",
        why: "With hooks on, Argo CD runs the migration Job as a sync hook on every sync, and Helm-based installs block on it; the point of this setup is hooks off. A misspelt key (for example `migrateDBJob` instead of `migrateDatabaseJob`) silently leaves the chart default `useHelmHooks: true` in place.",
        example: "migrateDBJob:\n  useHelmHooks: false\n",
        fix: "migrateDatabaseJob:\n  useHelmHooks: false\ncreateUserJob:\n  useHelmHooks: false\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/kube/rules/migration-failed.js
const migrationFailed = {
    id: 'MIG002',
    name: 'migration-failed',
    severity: 'error',
    check: 'migrate-kind',
    summary: "`airflow db migrate` failed.",
    docs: {
        what: "Runs `airflow db migrate` once as a Kubernetes Job from the release's image, config map and metadata Secret, and reports the failure with the Job's log.",
        why: "Every Airflow pod waits in its wait-for-airflow-migrations init container until the schema matches the image; a failed migration leaves the whole deployment stuck.",
        example: "kubectl exec deploy/airflow-scheduler -- airflow db migrate\n",
        fix: "# Let the action run the migration Job; read the diagnostics for the traceback.\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/kube/rules/migration-lock-timeout.js
const migrationLockTimeout = {
    id: 'MIG003',
    name: 'migration-lock-timeout',
    severity: 'error',
    check: 'migrate-kind',
    summary: "Another migration ran against the same database at the same time.",
    docs: {
        what: "Detects a migration that ran into a concurrent one: `canceling statement due to lock timeout` (Airflow takes a PostgreSQL advisory lock with a 1.8 s lock_timeout), or a duplicate of something the other migration had just created — on a fresh database Airflow 3.1.8 creates the FAB tables and inserts the default pool after releasing that lock, and real concurrent runs against PostgreSQL failed with `DuplicateTable: relation \"ab_group_role\" already exists`, a duplicate key in the catalog (pg_class, pg_type), or on `slot_pool_pool_uq`.",
        why: "Two migrations at once mean something else (a hook Job, an Argo CD sync, a second pipeline) is migrating the same database; the result is order-dependent.",
        example: "# Argo CD sync runs the chart's migration Job while the pipeline runs another\n",
        fix: "# Run exactly one migration: wait for the chart's Job, or disable it and let the pipeline migrate.\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/kube/rules/image-pull-failed.js
const imagePullFailed = {
    id: 'MIG004',
    name: 'image-pull-failed',
    severity: 'error',
    check: 'migrate-kind',
    summary: "A container image could not be pulled.",
    docs: {
        what: "Reports pods whose containers wait in ErrImagePull or ImagePullBackOff instead of waiting for a timeout.",
        why: "The image tag does not exist, is private without pull secrets, or (in kind) was not loaded into the node.",
        example: "images:\n  airflow:\n    repository: apache/airflow\n    tag: 3.1.77\n",
        fix: "images:\n  airflow:\n    repository: apache/airflow\n    tag: 3.1.7\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/kube/rules/component-not-ready.js
const componentNotReady = {
    id: 'MIG005',
    name: 'component-not-ready',
    severity: 'error',
    check: 'migrate-kind',
    summary: "An Airflow component did not become Ready after the migration.",
    docs: {
        what: "Waits for the scheduler, api-server (webserver on Airflow 2), dag-processor and triggerer rollouts and reports the ones that never became Ready.",
        why: "A migrated database with components that cannot start (bad config, missing secret, failing probe) is not a working deployment.",
        example: "# scheduler pod stuck in Running, 0/1 Ready\n",
        fix: "# Read the pod's describe and logs in the diagnostics directory.\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/kube/rules/phase-timeout.js
const phaseTimeout = {
    id: 'MIG006',
    name: 'phase-timeout',
    severity: 'error',
    check: 'migrate-kind',
    summary: "A phase exceeded its timeout.",
    docs: {
        what: "Gives every phase (cluster, database, secrets, install, migrate, verify) its own timeout and stops with diagnostics when one is exceeded.",
        why: "A hung step otherwise burns the whole job timeout without saying where it hung.",
        example: "timeout-minutes: 1\n",
        fix: "timeout-minutes: 30\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/kube/rules/migration-not-idempotent.js
const migrationNotIdempotent = {
    id: 'MIG007',
    name: 'migration-not-idempotent',
    severity: 'error',
    check: 'migrate-kind',
    summary: "A second `airflow db migrate` changed the schema again.",
    docs: {
        what: "Runs the migration a second time and expects nothing to do: the same alembic revision and no `Running upgrade` step.",
        why: "Migrations must be safe to re-run: GitOps tools re-apply the migration Job, and release pipelines retry.",
        example: "# second run printed: Running upgrade cc92b33c6709 -> ...\n",
        fix: "# The second run prints no upgrade steps and the revision stays the same.\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/kube/rules/immutable-migration-job.js
const immutableJob = {
    id: 'MIG008',
    name: 'immutable-migration-job',
    severity: 'warning',
    check: 'migrate-kind',
    summary: "A completed migration Job would block the upgrade (spec.template is immutable).",
    docs: {
        what: "Finds a completed migration Job from an earlier release before `helm upgrade` and deletes it, because a Job's pod template cannot be patched.",
        why: "`helm upgrade` (and Argo CD) fail with `Job.batch \"...-run-airflow-migrations\" is invalid: spec.template: ... field is immutable` when the image changes and the old Job still exists.",
        example: "migrateDatabaseJob:\n  ttlSecondsAfterFinished: ~\n",
        fix: "migrateDatabaseJob:\n  ttlSecondsAfterFinished: 300\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/kube/rules/required-secret-missing.js
const secretMissing = {
    id: 'MIG009',
    name: 'required-secret-missing',
    severity: 'error',
    check: 'migrate-kind',
    summary: "A Secret the values name does not exist in the namespace.",
    docs: {
        what: "In cluster: existing mode, checks that the metadata, fernet-key, JWT and API secret-key Secrets named in the values exist before migrating.",
        why: "Pods and the migration Job fail with CreateContainerConfigError when a referenced Secret is missing.",
        example: "data:\n  metadataSecretName: airflow-postgres-secret   # never created\n",
        fix: "# Create the Secret (key `connection`) before the release, e.g. with External Secrets.\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/kube/rules/admin-user-skipped.js
const adminUserSkipped = {
    id: 'MIG010',
    name: 'admin-user-skipped',
    severity: 'note',
    check: 'migrate-kind',
    summary: "The admin user was not created because the auth manager is not FAB.",
    docs: {
        what: "Creates the admin user with `airflow users create` only when the auth manager is the FAB provider's; with SimpleAuthManager users come from configuration.",
        why: "`airflow users create` exists only in the FAB provider on Airflow 3.",
        example: "config:\n  core:\n    auth_manager: airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager\n",
        fix: "config:\n  core:\n    auth_manager: airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/kube/rules/command-failed.js
const commandFailed = {
    id: 'MIG011',
    name: 'command-failed',
    severity: 'error',
    check: 'migrate-kind',
    summary: "A kind, helm, kubectl or docker command failed.",
    docs: {
        what: "Reports a failing tool command with its exit code and (redacted) error output.",
        why: "The phase cannot continue without it.",
        example: "helm upgrade --install airflow airflow --repo https://airflow.apache.org --version 9.9.9\n",
        fix: "helm upgrade --install airflow airflow --repo https://airflow.apache.org --version 1.19.0\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/kube/rules/unapplied-migrations.js
const unappliedMigrations = {
    id: 'MIG012',
    name: 'unapplied-migrations',
    severity: 'error',
    check: 'migrate-kind',
    summary: "`airflow db check-migrations` still sees unapplied migrations.",
    docs: {
        what: "Runs `airflow db check-migrations` in the target image after the migration, the same check the chart's wait-for-airflow-migrations init container runs.",
        why: "If the check fails here, every Airflow pod would wait in its init container until images.migrationsWaitTimeout and then crash-loop.",
        example: "# migration Job ran an older image than the release\n",
        fix: "# Migrate with the release's own image (the action does).\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/kube/rules/admin-user-failed.js
const userCreationFailed = {
    id: 'MIG013',
    name: 'admin-user-failed',
    severity: 'error',
    check: 'migrate-kind',
    summary: "`airflow users create` failed.",
    docs: {
        what: "Creates the admin user after the migration (FAB provider) and accepts `already exist in the db` as success on re-runs.",
        why: "Without an admin user nobody can log in to a FAB-secured UI.",
        example: "webserver:\n  defaultUser:\n    role: Admn\n",
        fix: "# use an existing role, e.g. Admin\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/kube/rules/smoke-run-failed.js
const smokeRunFailed = {
    id: 'MIG014',
    name: 'smoke-run-failed',
    severity: 'error',
    check: 'migrate-kind',
    summary: "The smoke DAG run did not succeed.",
    docs: {
        what: "Triggers the smoke DAG after the migration and waits for its run (a KubernetesExecutor pod) to succeed.",
        why: "A migrated database and Ready components still do not prove that tasks run.",
        example: "smoke-dag: missing_dag\n",
        fix: "smoke-dag: detect_and_retrain\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/kube/rules/index.js















/** Every migrate-kind rule, for docs and SARIF. */
const migrateRules = [helmHooksRendered, migrationFailed, migrationLockTimeout, imagePullFailed, componentNotReady, phaseTimeout, migrationNotIdempotent, immutableJob, secretMissing, adminUserSkipped, commandFailed, unappliedMigrations, userCreationFailed, smokeRunFailed];


/***/ })

};

//# sourceMappingURL=204.index.js.map