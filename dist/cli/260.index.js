export const id = 260;
export const ids = [260];
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
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8542);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6268);





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
            this.log.info(`$ ${(0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCommand */ .f)(cmd)}`);
        const result = await this.runner.run(cmd);
        if (!opts.quiet) {
            const out = (result.stdout + (result.stderr ? `\n${result.stderr}` : '')).trim();
            if (out)
                this.log.info(indent(out.length > 4000 ? `${out.slice(0, 4000)}\n… (${out.length - 4000} more characters)` : out));
        }
        if (result.exitCode !== 0 && !opts.allowFailure && !cmd.mayFail) {
            const detail = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ');
            throw this.fail(_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .commandFailed */ .n6, `\`${(0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCommand */ .f)(cmd)}\` exited with ${result.exitCode}: ${detail}`);
        }
        return result;
    }
    async sleep(ms) {
        this.checkDeadline();
        const wait = Math.max(0, Math.min(ms, this.remainingMs()));
        await new Promise((r) => setTimeout(r, wait));
        this.checkDeadline();
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
                this.add(_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .phaseTimeout */ .Nh, `Phase "${title}" did not finish within its ${formatSeconds(timeoutMs)} timeout.`, 'Read the diagnostics for what it was waiting on, or raise timeout-minutes.');
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

/***/ 6260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatPlan: () => (/* binding */ formatPlan)
});

// EXTERNAL MODULE: ./src/core/secrets.js
var secrets = __webpack_require__(8640);
// EXTERNAL MODULE: ./src/kube/command.js
var command = __webpack_require__(8542);
// EXTERNAL MODULE: ./src/kube/context.js
var context = __webpack_require__(3204);
;// CONCATENATED MODULE: ./src/kube/phases/cleanup.js
/** The post step's command: delete the throwaway kind cluster (skipped with keep-cluster). */
function deleteClusterCommand(clusterName, kubeconfig) {
    return { tool: 'kind', args: ['delete', 'cluster', '--name', clusterName, '--kubeconfig', kubeconfig], note: 'post step: remove the throwaway cluster (unless keep-cluster)' };
}

;// CONCATENATED MODULE: ./src/kube/plan.js




/** The plan as text: every phase with its timeout and the exact commands, in order (from a dry run). */
function formatPlan(run, withStdin = true) {
    const out = [`# airflow-gitops migrate --plan — nothing below was executed`];
    run.phases.forEach((p, i) => {
        out.push('', `## ${i + 1}. ${p.title} (timeout ${(0,context/* formatSeconds */.Xo)(p.timeoutMs)})`);
        const seen = new Set();
        for (const { cmd } of run.executed.filter((e) => e.phaseIndex === i)) {
            const line = (0,command/* formatCommand */.f)(cmd);
            out.push(`$ ${line}`);
            if (cmd.note)
                out.push(`    # ${cmd.note}`);
            if (cmd.repeat)
                out.push(`    # repeated ${cmd.repeat}`);
            if (withStdin && cmd.stdin !== undefined && !seen.has(cmd.stdin)) {
                seen.add(cmd.stdin);
                out.push(...cmd.stdin.trimEnd().split('\n').map((l) => `    | ${l}`));
            }
        }
    });
    if (run.options.cluster === 'kind') {
        out.push('', `## post: cleanup${run.options.keepCluster ? ' (skipped: keep-cluster)' : ''}`, `$ ${(0,command/* formatCommand */.f)(deleteClusterCommand(run.options.clusterName, run.kubeconfig))}`);
    }
    out.push('', '## on failure: diagnostics', '$ kubectl get pods -n <ns> -o wide · kubectl get events -n <ns> --sort-by=.lastTimestamp · kubectl describe pod <failing pod> · kubectl logs <failing pod> -c <container> --tail=500');
    return (0,secrets/* redact */.E$)(out.join('\n')) + '\n';
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

//# sourceMappingURL=260.index.js.map