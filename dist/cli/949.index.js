export const id = 949;
export const ids = [949];
export const modules = {

/***/ 9949:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   allRules: () => (/* binding */ allRules)
/* harmony export */ });
/* harmony import */ var _dags_rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6955);
/* harmony import */ var _kube_rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6268);
/* harmony import */ var _values_rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6424);
/* harmony import */ var _wasb_rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4567);




/** Every rule of every check, in documentation order. */
function allRules() {
    return [..._dags_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .dagRules */ .e.map((r) => r.meta), ..._values_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .valuesRules */ .K, ..._wasb_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .wasbRules */ .TS, ..._kube_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .migrateRules */ .jx];
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


/***/ }),

/***/ 4567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pn: () => (/* reexport */ baseFolderNamesContainerOrAccount),
  _z: () => (/* reexport */ cleanupFailed),
  k9: () => (/* reexport */ connectionMisread),
  Fl: () => (/* reexport */ invalidLoggingConfig),
  zw: () => (/* reexport */ logContainerNotFound),
  sQ: () => (/* reexport */ logContentMismatch),
  bR: () => (/* reexport */ logReadPrefixMismatch),
  vT: () => (/* reexport */ notAWasbBaseFolder),
  Gk: () => (/* reexport */ remoteLoggingDisabled),
  n4: () => (/* reexport */ roundTripTimeout),
  $s: () => (/* reexport */ storageAuthenticationFailed),
  Zv: () => (/* reexport */ storagePermissionMissing),
  s4: () => (/* reexport */ storageRequestFailed),
  oR: () => (/* reexport */ storageUnreachable),
  Hb: () => (/* reexport */ taskLogNotFound),
  TS: () => (/* binding */ wasbRules),
  Cu: () => (/* reexport */ wasbSchemeInBlobName)
});

;// CONCATENATED MODULE: ./src/wasb/rules/wasb-scheme-in-blob-name.js
const wasbSchemeInBlobName = {
    id: 'WASB001',
    name: 'wasb-scheme-in-blob-name',
    severity: 'warning',
    check: 'verify-wasb-logs',
    summary: "Airflow before 3.1.8 keeps the literal wasb:// value of remote_base_log_folder as the blob-name prefix.",
    docs: {
        what: "Computes the blob name Airflow writes and reports when the `wasb://\u2026` text of `[logging] remote_base_log_folder` ends up inside it, as it does in Airflow 3.0 and 3.1.",
        why: "Airflow only uses the `wasb` prefix to pick the WASB handler; before the fix for apache/airflow#58946 it joins the whole value to every log path, so logs land under a `wasb:` folder and an unnamed folder in the container. Log lifecycle rules, dashboards and anything else that looks under the intended prefix find nothing, and an upgrade to a fixed Airflow moves new logs to a different prefix from old ones.",
        example: "config:\n  logging:\n    remote_logging: \"True\"\n    remote_base_log_folder: \"wasb://airflow-logs@myaccount.blob.core.windows.net/\"\n",
        fix: "config:\n  logging:\n    remote_logging: \"True\"\n    # Any value starting with \"wasb\" selects the handler; keep it a plain prefix.\n    remote_base_log_folder: \"wasb-airflow-logs\"\n  azure_remote_logging:\n    remote_wasb_log_container: airflow-logs\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/base-folder-names-container-or-account.js
const baseFolderNamesContainerOrAccount = {
    id: 'WASB002',
    name: 'base-folder-names-container-or-account',
    severity: 'warning',
    check: 'verify-wasb-logs',
    summary: "remote_base_log_folder names a container or account that Airflow does not use.",
    docs: {
        what: "Reports a `wasb://container@account\u2026` value of `[logging] remote_base_log_folder` whose container or account differs from where Airflow really writes: the container from `[azure_remote_logging] remote_wasb_log_container` (default `airflow-logs`) and the account of the connection.",
        why: "Airflow never parses the container or account out of `remote_base_log_folder`. Writing them there suggests the logs go somewhere they do not, so a wrong container or account goes unnoticed until someone needs a log.",
        example: "config:\n  logging:\n    remote_base_log_folder: \"wasb://task-logs@otheraccount.blob.core.windows.net/\"\n",
        fix: "config:\n  logging:\n    remote_base_log_folder: \"wasb-airflow-logs\"\n  azure_remote_logging:\n    remote_wasb_log_container: task-logs\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/remote-logging-disabled.js
const remoteLoggingDisabled = {
    id: 'WASB003',
    name: 'remote-logging-disabled',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "Remote logging is off, so task logs die with their KubernetesExecutor pods.",
    docs: {
        what: "Reports values files whose `[logging] remote_logging` is not true (or missing).",
        why: "With the KubernetesExecutor every task runs in a pod that is deleted when the task ends; without remote logging its log is gone with the pod.",
        example: "config:\n  logging:\n    remote_base_log_folder: \"wasb-airflow-logs\"\n",
        fix: "config:\n  logging:\n    remote_logging: \"True\"\n    remote_base_log_folder: \"wasb-airflow-logs\"\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/not-a-wasb-base-folder.js
const notAWasbBaseFolder = {
    id: 'WASB004',
    name: 'not-a-wasb-base-folder',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "remote_base_log_folder does not start with \"wasb\", so Airflow does not use the Azure Blob handler.",
    docs: {
        what: "Reports `[logging] remote_base_log_folder` values that do not start with `wasb` while WASB logging is being verified.",
        why: "Airflow picks the remote log handler from the prefix of `remote_base_log_folder`; an `https://\u2026blob.core.windows.net` or `az://` value selects no WASB handler and Airflow fails to configure logging or keeps logs local.",
        example: "config:\n  logging:\n    remote_logging: \"True\"\n    remote_base_log_folder: \"https://myaccount.blob.core.windows.net/airflow-logs\"\n",
        fix: "config:\n  logging:\n    remote_logging: \"True\"\n    remote_base_log_folder: \"wasb-airflow-logs\"\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/invalid-logging-config.js
const invalidLoggingConfig = {
    id: 'WASB005',
    name: 'invalid-logging-config',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "A logging setting has a value Airflow cannot use.",
    docs: {
        what: "Reports logging settings Airflow rejects or this check cannot evaluate: a `remote_logging` that is not a boolean Airflow accepts, a `log_filename_template` that cannot be rendered, an unknown Airflow version.",
        why: "Airflow fails to start, or writes logs somewhere nobody can predict.",
        example: "config:\n  logging:\n    remote_logging: \"yes\"\n",
        fix: "config:\n  logging:\n    remote_logging: \"True\"\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/log-read-prefix-mismatch.js
const logReadPrefixMismatch = {
    id: 'WASB006',
    name: 'log-read-prefix-mismatch',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "The UI lists a different prefix from the blob name Airflow writes.",
    docs: {
        what: "Compares the blob name the upload uses (the normalised local path) with the prefix the API server lists (the rendered `log_filename_template`).",
        why: "When they differ, for instance because the template has `//` or `./`, logs are uploaded but the UI never finds them.",
        example: "config:\n  logging:\n    log_filename_template: \"{{ ti.dag_id }}//{{ ti.task_id }}/{{ try_number }}.log\"\n",
        fix: "config:\n  logging:\n    log_filename_template: \"{{ ti.dag_id }}/{{ ti.task_id }}/{{ try_number }}.log\"\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/connection-misread.js
const connectionMisread = {
    id: 'WASB010',
    name: 'connection-misread',
    severity: 'warning',
    check: 'verify-wasb-logs',
    summary: "Airflow reads the connection differently from how it is written.",
    docs: {
        what: "Reports connection values that Airflow parses into something else: a `+` in the URI query (decoded as a space), an `extra` that is not JSON, a SAS token without its leading `?`, a connection type other than `wasb`.",
        why: "The key, token or option Airflow ends up with is not the one in the secret, so authentication fails only at run time, after the task has finished and its log is lost.",
        example: "AIRFLOW_CONN_WASB_DEFAULT='wasb://myaccount@?sas_token=sv=2024-11-04&sig=ab+cd'\n",
        fix: "AIRFLOW_CONN_WASB_DEFAULT='wasb://myaccount@?sas_token=%3Fsv%3D2024-11-04%26sig%3Dab%252Bcd'\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/wasb/rules/storage-authentication-failed.js
const storageAuthenticationFailed = {
    id: 'WASB101',
    name: 'storage-authentication-failed',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "Azure Storage rejected the credential (wrong key, expired or malformed SAS, bad service principal).",
    docs: {
        what: "Writes a test log with the connection's credential and reports when Azure answers 403 AuthenticationFailed / AuthorizationFailure or the identity platform refuses a token.",
        why: "Airflow only logs upload failures: tasks succeed while their logs silently vanish.",
        example: "{\"conn_type\": \"wasb\", \"login\": \"myaccount\", \"password\": \"<an old, rotated key>\"}\n",
        fix: "{\"conn_type\": \"wasb\", \"login\": \"myaccount\", \"password\": \"<the current key1 from Access keys>\"}\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/wasb/rules/storage-permission-missing.js
const storagePermissionMissing = {
    id: 'WASB102',
    name: 'storage-permission-missing',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "The credential lacks a permission Airflow needs for task logs (create, write, read or list).",
    docs: {
        what: "Runs each operation Airflow performs on task logs and names the permission whose operation Azure refused (403 AuthorizationPermissionMismatch, or a SAS whose `sp` lacks it).",
        why: "Workers need create and write to upload logs, read to append to an existing log, and the API server needs list and read to show them; a missing one loses or hides logs without failing any task.",
        example: "sas_token: \"?sv=2024-11-04&ss=b&srt=co&sp=cw&sig=\u2026\"   # no read, no list\n",
        fix: "sas_token: \"?sv=2024-11-04&ss=b&srt=co&sp=rcwl&sig=\u2026\"  # or the Storage Blob Data Contributor role\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/log-container-not-found.js
const logContainerNotFound = {
    id: 'WASB103',
    name: 'log-container-not-found',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "The log container does not exist; Airflow never creates it.",
    docs: {
        what: "Reports 404 ContainerNotFound for the container from `[azure_remote_logging] remote_wasb_log_container` (default `airflow-logs`).",
        why: "Airflow uploads with create_container=False, so every upload fails and every task log is lost.",
        example: "config:\n  azure_remote_logging:\n    remote_wasb_log_container: airflow-logs   # never created\n",
        fix: "az storage container create --account-name myaccount --name airflow-logs --auth-mode login\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/wasb/rules/storage-unreachable.js
const storageUnreachable = {
    id: 'WASB104',
    name: 'storage-unreachable',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "The storage endpoint cannot be reached (DNS failure, connection refused or reset).",
    docs: {
        what: "Reports network failures on the way to the account URL: unknown host, refused or reset connections.",
        why: "If the runner cannot reach the account, neither can the task pods behind the same network rules, and their logs never leave the pod.",
        example: "host: https://myaccount.blob.core.windows.nett\n",
        fix: "host: https://myaccount.blob.core.windows.net\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/round-trip-timeout.js
const roundTripTimeout = {
    id: 'WASB105',
    name: 'round-trip-timeout',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "The round trip did not finish within the timeout.",
    docs: {
        what: "Stops the round trip when the `timeout` input runs out and reports the step that was waiting.",
        why: "A storage endpoint that hangs stalls every task's log upload at the end of the task.",
        example: "timeout: 1\n",
        fix: "timeout: 60\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/log-content-mismatch.js
const logContentMismatch = {
    id: 'WASB106',
    name: 'log-content-mismatch',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "The log read back differs from the log written.",
    docs: {
        what: "Compares, byte for byte, what was written (and appended) with what is read back from the blob Airflow's UI reads.",
        why: "A proxy, an encoding problem or another writer is changing logs; what the UI shows is not what the task wrote.",
        example: "(written) {\"event\": \"done\"}\n(read)    {\"event\": \"d?ne\"}\n",
        fix: "(written) {\"event\": \"done\"}\n(read)    {\"event\": \"done\"}\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/wasb/rules/cleanup-failed.js
const cleanupFailed = {
    id: 'WASB107',
    name: 'cleanup-failed',
    severity: 'warning',
    check: 'verify-wasb-logs',
    summary: "The test log could not be deleted.",
    docs: {
        what: "Deletes the one blob the round trip wrote and warns when that fails (usually no delete permission, which Airflow itself does not need).",
        why: "A test log is left in the container under a unique run id; harmless, but clutter.",
        example: "sas_token: \"?sp=rcwl&\u2026\"   # no d: the probe log stays\n",
        fix: "sas_token: \"?sp=rcwld&\u2026\"  # or set cleanup: false to keep it on purpose\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/storage-request-failed.js
const storageRequestFailed = {
    id: 'WASB108',
    name: 'storage-request-failed',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "Azure Storage refused a request for another reason.",
    docs: {
        what: "Reports storage errors that are neither authentication, permission, missing container nor network failures, with Azure's error code.",
        why: "Whatever blocks this request blocks Airflow's log upload too.",
        example: "(any other Azure error code, e.g. AccountIsDisabled)\n",
        fix: "(fix the account as the error code says)\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/wasb/rules/task-log-not-found.js
const taskLogNotFound = {
    id: 'WASB109',
    name: 'task-log-not-found',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "A task that ran left no log where Airflow's UI reads it.",
    docs: {
        what: "With expect-log, looks for the log of an existing DAG run (e.g. migrate-kind's smoke run) under the prefix Airflow computes from the values, and reads it.",
        why: "Airflow swallows upload failures: the task succeeds, its pod is deleted, and the log is gone — the UI shows nothing, or a \"could not read\" message.",
        example: "config:\n  logging:\n    remote_log_conn_id: azure_blob_storage   # connection never created in the cluster\n",
        fix: "config:\n  logging:\n    remote_log_conn_id: azure_blob_storage   # and: airflow connections add azure_blob_storage --conn-uri …\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/index.js

















/** Every rule of verify-wasb-logs, for SARIF and docs/rules.md. */
const wasbRules = [wasbSchemeInBlobName, baseFolderNamesContainerOrAccount, remoteLoggingDisabled, notAWasbBaseFolder, invalidLoggingConfig, logReadPrefixMismatch, connectionMisread, storageAuthenticationFailed, storagePermissionMissing, logContainerNotFound, storageUnreachable, roundTripTimeout, logContentMismatch, cleanupFailed, storageRequestFailed, taskLogNotFound];


/***/ })

};

//# sourceMappingURL=949.index.js.map