export const id = 424;
export const ids = [424];
export const modules = {

/***/ 4903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   a6: () => (/* binding */ hasPath),
/* harmony export */   fD: () => (/* binding */ helmTruthy),
/* harmony export */   zz: () => (/* binding */ isTruthy)
/* harmony export */ });
/* unused harmony export dotted */
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1619);

function getPath(root, path) {
    let cur = root;
    for (const seg of path) {
        if (Array.isArray(cur))
            cur = cur[Number(seg)];
        else if ((0,_load_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(cur))
            cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : undefined;
        else
            return undefined;
    }
    return cur;
}
function hasPath(root, path) {
    let cur = root;
    for (const seg of path) {
        if (!(0,_load_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(cur) || !Object.prototype.hasOwnProperty.call(cur, seg)) {
            if (Array.isArray(cur) && Number(seg) < cur.length) {
                cur = cur[Number(seg)];
                continue;
            }
            return false;
        }
        cur = cur[seg];
    }
    return true;
}
/** Helm and Airflow both read these as true; Airflow's config parser accepts the strings too. */
function isTruthy(v) {
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'number')
        return v !== 0;
    if (typeof v === 'string')
        return ['true', 't', '1', 'yes', 'y', 'on'].includes(v.trim().toLowerCase());
    return false;
}
/** A Helm template's truthiness (`{{ if .Values.x }}`): empty strings, 0, false, nil, empty maps/lists are false. */
function helmTruthy(v) {
    if (v === null || v === undefined || v === false || v === 0 || v === '')
        return false;
    if (Array.isArray(v))
        return v.length > 0;
    if ((0,_load_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(v))
        return Object.keys(v).length > 0;
    return true;
}
function dotted(path) {
    return path.join('.');
}
/** Renders a value for a message: strings quoted, the rest as YAML-ish JSON. */
function show(v) {
    if (v === undefined)
        return 'unset';
    if (typeof v === 'string')
        return JSON.stringify(v);
    return JSON.stringify(v);
}


/***/ }),

/***/ 4155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PB: () => (/* binding */ airflowFactsFor),
/* harmony export */   zk: () => (/* binding */ DEFAULT_WASB_LOG_CONTAINER)
/* harmony export */ });
/* unused harmony export AIRFLOW_FACTS */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8520);

const AIRFLOW_FACTS = [
    {
        since: '2.0.0',
        webserver: true,
        driftingSecrets: [{ key: 'webserverSecretKeySecretName', what: 'webserver secret key' }],
    },
    {
        since: '3.0.0',
        webserver: false,
        driftingSecrets: [
            { key: 'jwtSecretName', what: 'JWT signing secret' },
            { key: 'apiSecretKeySecretName', what: 'API secret key' },
        ],
    },
];
function airflowFactsFor(airflowVersion) {
    return (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .pickByVersion */ .Bh)(AIRFLOW_FACTS, airflowVersion);
}
/** Default of [azure_remote_logging] remote_wasb_log_container when unset. */
const DEFAULT_WASB_LOG_CONTAINER = 'airflow-logs';


/***/ }),

/***/ 4391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ chartFactsFor),
/* harmony export */   fx: () => (/* binding */ isCeleryExecutorFor),
/* harmony export */   nn: () => (/* binding */ HOOK_OBJECT_SWITCHES)
/* harmony export */ });
/* unused harmony export CHART_FACTS */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8520);

/**
 * The objects the chart renders as helm.sh/hook (chart 1.15.0–1.19.0 templates), by the suffix of
 * their name after `<release>`, and the values switch that stops each from being a hook. One table
 * for every tool that names the fix: VAL022 (values), migrate-kind's render refusal (MIG001).
 */
const HOOK_OBJECT_SWITCHES = [
    { nameSuffix: '-run-airflow-migrations', kind: 'Job', switch: 'migrateDatabaseJob.useHelmHooks: false (the chart has no migrateDBJob key)' },
    { nameSuffix: '-create-user', kind: 'Job', switch: 'createUserJob.useHelmHooks: false' },
    { nameSuffix: '-fernet-key', kind: 'Secret', switch: 'fernetKeySecretName (a Secret you create, key fernet-key)' },
    { nameSuffix: '-broker-url', kind: 'Secret', switch: 'data.brokerUrlSecretName' },
    { nameSuffix: '-redis-password', kind: 'Secret', switch: 'redis.enabled: false (no Celery) or redis.passwordSecretName' },
];
const CHART_FACTS = [
    {
        since: '1.0.0',
        createUserJobEnabledKey: false,
        webserverDefaultUserDeprecated: false,
        webserverDefaultUserEnabledStopsJob: true,
        apiServerSection: false,
        airflow3Secrets: false,
        brokerUrlHookForAnyExecutor: true,
        celeryExecutorMatch: 'exact',
        checksumRestarts: { webserverSecretKeySecretName: ['webserver', 'workers'] },
    },
    {
        since: '1.18.0',
        createUserJobEnabledKey: false,
        webserverDefaultUserDeprecated: false,
        webserverDefaultUserEnabledStopsJob: true,
        apiServerSection: true,
        airflow3Secrets: true,
        brokerUrlHookForAnyExecutor: true,
        celeryExecutorMatch: 'substring',
        checksumRestarts: { webserverSecretKeySecretName: ['webserver', 'workers'] },
    },
    {
        since: '1.19.0',
        createUserJobEnabledKey: true,
        webserverDefaultUserDeprecated: true,
        webserverDefaultUserEnabledStopsJob: false,
        apiServerSection: true,
        airflow3Secrets: true,
        brokerUrlHookForAnyExecutor: true,
        celeryExecutorMatch: 'substring',
        checksumRestarts: { jwtSecretName: ['scheduler', 'api-server'], webserverSecretKeySecretName: ['webserver', 'workers'] },
    },
];
const CELERY_EXECUTORS = ['CeleryExecutor', 'CeleryKubernetesExecutor'];
/** Whether the chart treats this executor value as a Celery one: it then renders Redis and the workers. */
function isCeleryExecutorFor(facts, executor) {
    const value = String(executor ?? '');
    return facts.celeryExecutorMatch === 'exact' ? CELERY_EXECUTORS.includes(value) : CELERY_EXECUTORS.some((e) => value.includes(e));
}
function chartFactsFor(chartVersion) {
    return (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .pickByVersion */ .Bh)(CHART_FACTS, chartVersion);
}


/***/ }),

/***/ 845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseGoDuration)
/* harmony export */ });
const UNIT_SECONDS = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, 'μs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
/**
 * Parses a Go duration (time.ParseDuration, which git-sync uses for --period): "60s", "1m30s",
 * "1.5h", "0". Returns seconds, or undefined when Go would reject it (e.g. "60" or "1d").
 */
function parseGoDuration(text) {
    let s = String(text).trim();
    if (s === '0' || s === '+0' || s === '-0')
        return 0;
    let sign = 1;
    if (s.startsWith('-') || s.startsWith('+')) {
        if (s[0] === '-')
            sign = -1;
        s = s.slice(1);
    }
    if (!s)
        return undefined;
    const re = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
    let total = 0;
    let pos = 0;
    while (pos < s.length) {
        re.lastIndex = pos;
        const m = re.exec(s);
        if (!m)
            return undefined;
        total += Number(m[1]) * UNIT_SECONDS[m[2]];
        pos = re.lastIndex;
    }
    return sign * total;
}


/***/ }),

/***/ 1200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ quotableValue)
/* harmony export */ });
/* unused harmony export isSecretLookingPath */
/**
 * Messages quote the user's values so a finding is understood without opening the file ("must be
 * integer (got "2")"), but a value under a key that looks like a credential is never quoted: such
 * keys hold passwords and tokens (data.metadataConnection.pass, fernetKey, a broker URL with its
 * password, an env entry), and a finding's text reaches stdout, the job summary, annotations and
 * SARIF uploaded to code scanning.
 *
 * The test is on key names rather than on the chart's known secret keys, so a misspelled or flat
 * dotted key (`data.metadataConnection.pass: …` as one key) and a section the chart adds later are
 * covered too; over-matching only costs a quote in a message.
 */
const SECRET_LOOKING_KEY = /pass|pwd|secret|token|key|connection|conn$|credential|auth|fernet|private|cert|dsn|url$|uri$|env/i;
/** True when any key on the path (flat dotted keys split at their dots) looks like it holds a credential. */
function isSecretLookingPath(keyPath) {
    return keyPath.some((segment) => segment.split('.').some((part) => SECRET_LOOKING_KEY.test(part)));
}
const MAX_QUOTED_LENGTH = 120;
/**
 * The value as a message may quote it (JSON), or undefined when it must not be quoted: under a
 * secret-looking key, or a mapping or list (whose members could be anything, secrets included).
 */
function quotableValue(keyPath, value) {
    if (value === undefined || (typeof value === 'object' && value !== null))
        return undefined;
    if (isSecretLookingPath(keyPath))
        return undefined;
    const json = JSON.stringify(value);
    return json.length > MAX_QUOTED_LENGTH ? `${json.slice(0, MAX_QUOTED_LENGTH)}…` : json;
}


/***/ }),

/***/ 6424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ valueRules),
  K: () => (/* binding */ valuesRules)
});

// EXTERNAL MODULE: ./src/values/load.js + 6 modules
var load = __webpack_require__(1619);
;// CONCATENATED MODULE: ./src/values/rules/api-server-default-user.js

const apiServerDefaultUser = {
    needsChart: 'values.schema.json',
    meta: {
        id: 'VAL032',
        name: 'api-server-default-user',
        severity: 'error',
        check: 'validate-values',
        summary: 'apiServer.defaultUser is not where the chart reads the default user.',
        docs: {
            what: 'Reports apiServer.defaultUser, a guess at where webserver.defaultUser moved to in Airflow 3.',
            why: "Chart 1.19's schema rejects it (helm install fails); chart 1.18's schema accepts it but no template reads it, so the create-user Job still follows webserver.defaultUser. The default user lives in createUserJob.defaultUser from chart 1.19 and in webserver.defaultUser before.",
            example: 'apiServer:\n  defaultUser:\n    enabled: false\n',
            fix: 'createUserJob:\n  enabled: false\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        const api = ctx.user.apiServer;
        if (!(0,load/* isPlainObject */.Qd)(api) || !Object.prototype.hasOwnProperty.call(api, 'defaultUser'))
            return;
        const where = ctx.chartFacts.createUserJobEnabledKey ? 'createUserJob.defaultUser (and createUserJob.enabled)' : 'webserver.defaultUser';
        // Chart 1.18's schema lists apiServer.defaultUser, but its create-user Job reads webserver.defaultUser.
        const apiSchema = ctx.chart.schema?.properties?.apiServer;
        const schemaAllows = Boolean(apiSchema?.properties && 'defaultUser' in apiSchema.properties);
        ctx.report(['apiServer', 'defaultUser'], {
            severity: schemaAllows ? 'warning' : undefined,
            message: schemaAllows
                ? `apiServer.defaultUser is accepted by the chart ${ctx.chart.version} schema but nothing reads it: the create-user Job takes its user and its on/off switch from ${where}.`
                : `apiServer.defaultUser is not a chart ${ctx.chart.version} key (the schema rejects it); the default user is configured in ${where}.`,
            fix: `Move it to ${where}.`,
        });
    },
};

// EXTERNAL MODULE: ./src/values/context.js
var context = __webpack_require__(4903);
;// CONCATENATED MODULE: ./src/values/chart-model.js


/** Whether the chart renders the create-user Job with these values (the condition changed in 1.19). */
function createUserJobRendered(ctx) {
    const wsdu = ctx.get(['webserver', 'defaultUser']);
    const wsduEnabled = (0,load/* isPlainObject */.Qd)(wsdu) && (0,context/* helmTruthy */.fD)(wsdu.enabled);
    if (!ctx.chartFacts.createUserJobEnabledKey)
        return wsduEnabled;
    const jobEnabled = (0,context/* helmTruthy */.fD)(ctx.get(['createUserJob', 'enabled']));
    if (ctx.chartFacts.webserverDefaultUserEnabledStopsJob)
        return (0,context/* helmTruthy */.fD)(wsdu) ? wsduEnabled : jobEnabled;
    // 1.19.0: either switch renders it, so webserver.defaultUser.enabled: false alone does not stop it.
    return jobEnabled || wsduEnabled;
}
function migrateJobRendered(ctx) {
    const enabled = ctx.get(['migrateDatabaseJob', 'enabled']);
    return enabled === undefined || (0,context/* helmTruthy */.fD)(enabled);
}
function executors(ctx) {
    return String(ctx.get(['executor']) ?? '')
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean);
}
function usesCelery(ctx) {
    return executors(ctx).some((e) => e.includes('CeleryExecutor') || e.includes('CeleryKubernetesExecutor'));
}
function isAirflow3(ctx) {
    return !ctx.airflowFacts.webserver;
}
/** Components that run Airflow and can wait for migrations in an init container. */
function migrationWaitingComponents(ctx) {
    const candidates = isAirflow3(ctx) ? ['scheduler', 'apiServer', 'triggerer', 'dagProcessor'] : ['scheduler', 'webserver', 'triggerer', 'dagProcessor'];
    if (usesCelery(ctx))
        candidates.push('workers');
    return candidates.filter((c) => {
        const section = ctx.get([c]);
        if (!(0,load/* isPlainObject */.Qd)(section))
            return false;
        // enabled: ~ (dagProcessor) means "decided by the Airflow version": standalone on Airflow 3.
        const enabled = section.enabled;
        const on = enabled === undefined || (enabled === null ? isAirflow3(ctx) : (0,context/* helmTruthy */.fD)(enabled));
        return on && (0,load/* isPlainObject */.Qd)(section.waitForMigrations) && (0,context/* helmTruthy */.fD)(section.waitForMigrations.enabled);
    });
}
/**
 * An airflow.cfg setting as the pods get it: an `env` entry AIRFLOW__SECTION__KEY overrides
 * config.<section>.<key> (Airflow reads environment variables first).
 */
function airflowSetting(ctx, section, key) {
    const envName = `AIRFLOW__${section.toUpperCase()}__${key.toUpperCase()}`;
    const env = ctx.get(['env']);
    if (Array.isArray(env)) {
        for (let i = env.length - 1; i >= 0; i--) {
            const item = env[i];
            if (!(0,load/* isPlainObject */.Qd)(item) || item.name !== envName)
                continue;
            const hasValue = Object.prototype.hasOwnProperty.call(item, 'value');
            return { value: hasValue ? item.value : undefined, path: ['env', String(i), hasValue ? 'value' : 'name'], set: ctx.isSet(['env', String(i)]), fromEnv: true };
        }
    }
    const path = ['config', section, key];
    return { value: ctx.get(path), path, set: ctx.isSet(path), fromEnv: false };
}

;// CONCATENATED MODULE: ./src/values/rules/apply-custom-env.js


const applyCustomEnv = {
    meta: {
        id: 'VAL021',
        name: 'apply-custom-env',
        severity: 'error',
        check: 'validate-values',
        summary: 'migrateDatabaseJob.applyCustomEnv or createUserJob.applyCustomEnv is true under GitOps.',
        docs: {
            what: 'Reports applyCustomEnv that is true (set or by default) on a rendered migrate-database or create-user Job.',
            why: "The chart's documentation says that when it is installed with Argo CD, Flux, Rancher or Terraform, createUserJob and migrateDatabaseJob MUST both have useHelmHooks: false and applyCustomEnv: false, or the application does not start because the migrations are not run. Custom env pulls the user's env, secrets and extraEnv into the Job, which then depend on resources and values outside the Job's own sync ordering.",
            example: 'createUserJob:\n  useHelmHooks: false\n',
            fix: 'createUserJob:\n  useHelmHooks: false\n  applyCustomEnv: false\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        for (const [key, rendered] of [
            ['migrateDatabaseJob', migrateJobRendered(ctx)],
            ['createUserJob', createUserJobRendered(ctx)],
        ]) {
            const path = [key, 'applyCustomEnv'];
            const value = ctx.get(path);
            if (!rendered || value === false || value === undefined)
                continue;
            ctx.report(path, {
                message: `${key}.applyCustomEnv ${ctx.isSet(path) ? `is ${(0,context/* show */.WU)(value)}` : `is unset, so the chart default ${(0,context/* show */.WU)(value)} applies`}; the chart's docs say Argo CD and Flux users must set it to false.`,
                fix: `Set applyCustomEnv: false under ${key}.`,
            });
        }
    },
};

// EXTERNAL MODULE: ./src/values/data/chart-facts.js
var chart_facts = __webpack_require__(4391);
;// CONCATENATED MODULE: ./src/values/rules/bundled-dependency.js


const DEPENDENCIES = [
    { key: 'postgresql', what: 'a bundled PostgreSQL StatefulSet (Bitnami subchart)', instead: 'point data.metadataSecretName at your external database', renders: () => true },
    {
        key: 'redis',
        what: 'a bundled Redis StatefulSet and its password Secret hook',
        instead: 'use KubernetesExecutor, or an external broker via data.brokerUrlSecretName',
        // The Redis templates render only for a Celery executor; otherwise just the password Secret (VAL022).
        renders: (ctx) => (0,chart_facts/* isCeleryExecutorFor */.fx)(ctx.chartFacts, ctx.get(['executor'])),
    },
];
const bundledDependency = {
    meta: {
        id: 'VAL024',
        name: 'bundled-dependency',
        severity: 'error',
        check: 'validate-values',
        summary: 'The bundled PostgreSQL or Redis is enabled.',
        docs: {
            what: 'Reports postgresql.enabled that is true, set or by default, and redis.enabled that is true while the executor is a Celery one (the only case the chart renders Redis for; both default to true).',
            why: 'The bundled database and broker are for trying the chart out: state lives in a pod volume managed by the release, with generated passwords, and is not what a production GitOps deployment should own.',
            example: 'executor: KubernetesExecutor\n',
            fix: 'executor: KubernetesExecutor\npostgresql:\n  enabled: false\nredis:\n  enabled: false\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        for (const dep of DEPENDENCIES) {
            const path = [dep.key, 'enabled'];
            const value = ctx.get(path);
            if (!(0,context/* helmTruthy */.fD)(value) || !dep.renders(ctx))
                continue;
            ctx.report(path, {
                message: `${dep.key}.enabled ${ctx.isSet(path) ? `is ${(0,context/* show */.WU)(value)}` : 'is unset and defaults to true'}: the chart deploys ${dep.what}.`,
                fix: `Set ${dep.key}.enabled: false and ${dep.instead}.`,
            });
        }
    },
};

// EXTERNAL MODULE: ./src/values/version.js
var version = __webpack_require__(8520);
;// CONCATENATED MODULE: ./src/values/data/chart-checks.js





const on = (v, ...path) => (0,context/* helmTruthy */.fD)(v.get(path));
const celery = (v) => (0,chart_facts/* isCeleryExecutorFor */.fx)(v.chartFacts, v.get(['executor']));
/** Whether `env` has an AIRFLOW__CELERY__BROKER_URL_CMD entry (1.18+ accepts it in place of data.brokerUrlSecretName). */
function brokerUrlCmdInEnv(v) {
    const env = v.get(['env']);
    return Array.isArray(env) && env.some((e) => (0,load/* isPlainObject */.Qd)(e) && e.name === 'AIRFLOW__CELERY__BROKER_URL_CMD');
}
const BROKER_CHECKS = (brokerUrlCmdCounts) => [
    {
        at: ['redis', 'passwordSecretName'],
        fails: (v) => celery(v) && on(v, 'redis', 'enabled') && on(v, 'redis', 'passwordSecretName') && !on(v, 'data', 'brokerUrlSecretName') && !(brokerUrlCmdCounts && brokerUrlCmdInEnv(v)),
        message: `redis.passwordSecretName is set for the chart's Redis but data.brokerUrlSecretName is not${brokerUrlCmdCounts ? ' (nor AIRFLOW__CELERY__BROKER_URL_CMD in env)' : ''}: the chart cannot build the broker URL with a password it does not know, and its check-values template fails.`,
        fix: `Set data.brokerUrlSecretName to a Secret holding the broker URL (key \`connection\`)${brokerUrlCmdCounts ? ', or add AIRFLOW__CELERY__BROKER_URL_CMD to env' : ''}.`,
    },
    {
        at: ['redis', 'password'],
        fails: (v) => celery(v) && on(v, 'redis', 'enabled') && on(v, 'redis', 'passwordSecretName') && on(v, 'redis', 'password'),
        message: 'redis.password and redis.passwordSecretName are both set: the chart refuses both, and its check-values template fails.',
        fix: 'Keep redis.passwordSecretName and remove redis.password.',
    },
    {
        at: ['redis', 'enabled'],
        fails: (v) => celery(v) && !on(v, 'redis', 'enabled') && !on(v, 'data', 'brokerUrlSecretName') && !on(v, 'data', 'brokerUrl'),
        message: "A Celery executor with redis.enabled false needs the URL of an external broker, but neither data.brokerUrlSecretName nor data.brokerUrl is set: the chart's check-values template fails.",
        fix: 'Set data.brokerUrlSecretName to a Secret holding the broker URL (key `connection`), or turn redis.enabled back on.',
    },
    {
        at: ['data', 'brokerUrl'],
        fails: (v) => celery(v) && on(v, 'data', 'brokerUrlSecretName') && on(v, 'data', 'brokerUrl'),
        message: "data.brokerUrl and data.brokerUrlSecretName are both set: the chart's check-values template refuses both.",
        fix: 'Keep data.brokerUrlSecretName and remove data.brokerUrl.',
    },
];
const SEARCH_CHECKS = (engine) => [
    {
        at: [engine, 'connection'],
        fails: (v) => on(v, engine, 'enabled') && on(v, engine, 'secretName') && on(v, engine, 'connection'),
        message: `${engine}.secretName and ${engine}.connection are both set: the chart's check-values template refuses both.`,
        fix: `Keep ${engine}.secretName and remove ${engine}.connection.`,
    },
    {
        at: [engine, 'enabled'],
        fails: (v) => on(v, engine, 'enabled') && !on(v, engine, 'secretName') && !on(v, engine, 'connection'),
        message: `${engine}.enabled is true but neither ${engine}.secretName nor ${engine}.connection is set: the chart's check-values template fails.`,
        fix: `Set ${engine}.secretName to a Secret holding the connection (key \`connection\`).`,
    },
];
/** templates/NOTES.txt: checks every chart version of the table has. */
const NOTES_CHECKS = [
    {
        at: ['postgresql', 'postgresqlUsername'],
        fails: (v) => on(v, 'postgresql', 'postgresqlUsername') || on(v, 'postgresql', 'postgresqlPassword'),
        message: "postgresql.postgresqlUsername / postgresql.postgresqlPassword belong to the old bundled PostgreSQL chart: the chart's NOTES.txt fails on them.",
        fix: "Set the 'postgres' user's password with postgresql.auth.postgresPassword (or postgresql.auth.username / password for another user).",
    },
    {
        at: ['config', 'core', 'executor'],
        // The default is the template `{{ .Values.executor }}`; only a literal that differs certainly fails.
        fails: (v) => {
            const cfg = v.get(['config', 'core', 'executor']);
            return typeof cfg === 'string' && !cfg.includes('{{') && cfg !== String(v.get(['executor']) ?? '');
        },
        message: 'config.core.executor differs from executor: the chart takes the executor from `executor` only, and its NOTES.txt fails.',
        fix: 'Set `executor` and remove config.core.executor.',
    },
];
const CHART_CHECKS = [
    { since: '1.0.0', checks: [...BROKER_CHECKS(false), ...SEARCH_CHECKS('elasticsearch'), ...NOTES_CHECKS] },
    {
        since: '1.18.0',
        checks: [
            ...BROKER_CHECKS(true),
            {
                at: ['opensearch', 'enabled'],
                fails: (v) => on(v, 'elasticsearch', 'enabled') && on(v, 'opensearch', 'enabled'),
                message: "elasticsearch.enabled and opensearch.enabled are both true: the chart's check-values template refuses both.",
                fix: 'Enable one of elasticsearch and opensearch.',
            },
            ...SEARCH_CHECKS('elasticsearch'),
            ...SEARCH_CHECKS('opensearch'),
            ...NOTES_CHECKS,
        ],
    },
];
function chartChecksFor(chartVersion) {
    return (0,version/* pickByVersion */.Bh)(CHART_CHECKS, chartVersion).checks;
}
const airflowVersionAtLeast3 = (v) => (0,version/* compareVersions */.Zy)(String(v.get(['airflowVersion']) ?? ''), '3.0.0') >= 0;
/**
 * An ingress's host names (`host: {{ tpl $hostname $ }}` in templates/*-ingress.yaml) when the ingress
 * renders: each entry of `hosts` (a string or its `name`), else the deprecated single `host`.
 */
function ingressHosts(component, renders) {
    return (v) => {
        if (!renders(v))
            return [];
        const hosts = v.get(['ingress', component, 'hosts']);
        if (Array.isArray(hosts) && hosts.length)
            return hosts.map((h, i) => ((0,load/* isPlainObject */.Qd)(h) ? ['ingress', component, 'hosts', String(i), 'name'] : ['ingress', component, 'hosts', String(i)]));
        return [['ingress', component, 'host']];
    };
}
const INGRESS_WEB = (gatedOnAirflow2) => ingressHosts('web', (v) => on(v, 'webserver', 'enabled') && (!gatedOnAirflow2 || !airflowVersionAtLeast3(v)) && (on(v, 'ingress', 'web', 'enabled') || on(v, 'ingress', 'enabled')));
const INGRESS_FLOWER = ingressHosts('flower', (v) => on(v, 'flower', 'enabled') && celery(v) && (on(v, 'ingress', 'flower', 'enabled') || on(v, 'ingress', 'enabled')));
const INGRESS_API_SERVER = (apiServerSwitch) => ingressHosts('apiServer', (v) => (!apiServerSwitch || on(v, 'apiServer', 'enabled')) && airflowVersionAtLeast3(v) && (on(v, 'ingress', 'apiServer', 'enabled') || on(v, 'ingress', 'enabled')));
/** templates/configmaps/configmap.yaml renders every airflow.cfg value with `tpl ($val | toString)`, unconditionally. */
const CONFIG_VALUES = (v) => {
    const config = v.get(['config']);
    if (!(0,load/* isPlainObject */.Qd)(config))
        return [];
    return Object.entries(config).flatMap(([section, settings]) => ((0,load/* isPlainObject */.Qd)(settings) ? Object.keys(settings).map((key) => ['config', section, key]) : []));
};
const CHART_TPL_VALUES = [
    { since: '1.0.0', values: [INGRESS_WEB(false), INGRESS_FLOWER, CONFIG_VALUES] },
    { since: '1.18.0', values: [INGRESS_WEB(true), INGRESS_FLOWER, INGRESS_API_SERVER(false), CONFIG_VALUES] },
    { since: '1.19.0', values: [INGRESS_WEB(true), INGRESS_FLOWER, INGRESS_API_SERVER(true), CONFIG_VALUES] },
];
function chartTplValuesFor(chartVersion) {
    return (0,version/* pickByVersion */.Bh)(CHART_TPL_VALUES, chartVersion).values;
}

;// CONCATENATED MODULE: ./src/values/rules/chart-check-fails.js

const chartCheckFails = {
    meta: {
        id: 'VAL013',
        name: 'chart-check-fails',
        severity: 'error',
        check: 'validate-values',
        summary: "The values break one of the chart's own consistency checks: helm template fails.",
        docs: {
            what: "Evaluates, without helm, the checks the chart makes in its templates (the `required`/`fail` calls of check-values.yaml and NOTES.txt of the given chart version): a Celery executor without a broker, a Redis password given twice, both a broker URL and its Secret, Elasticsearch/OpenSearch without a connection, the old bundled-PostgreSQL user keys, config.core.executor overriding executor.",
            why: 'The schema accepts these combinations, so helm lint passes, but helm template (and Argo CD) refuse to render anything: the sync fails with the chart\'s message.',
            example: 'executor: CeleryExecutor\nredis:\n  enabled: false\n',
            fix: 'executor: CeleryExecutor\nredis:\n  enabled: false\ndata:\n  brokerUrlSecretName: airflow-broker-url\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        const view = { get: (p) => ctx.get(p), chartFacts: ctx.chartFacts };
        for (const check of chartChecksFor(ctx.chart.version)) {
            if (!check.fails(view))
                continue;
            ctx.report(check.at, { message: `${check.message} (chart ${ctx.chart.version})`, fix: check.fix });
        }
    },
};

// EXTERNAL MODULE: ./src/core/secrets.js
var secrets = __webpack_require__(8640);
;// CONCATENATED MODULE: ./src/values/rules/committed-secret.js


/** Values that hold credentials; setting them in a values file commits them to git. */
const SECRET_PATHS = [
    { path: ['data', 'metadataConnection', 'pass'], what: 'the metadata database password', instead: 'data.metadataSecretName' },
    { path: ['data', 'resultBackendConnection', 'pass'], what: 'the result backend password', instead: 'data.resultBackendSecretName' },
    { path: ['data', 'brokerUrl'], what: 'the broker URL', instead: 'data.brokerUrlSecretName' },
    { path: ['fernetKey'], what: 'the fernet key', instead: 'fernetKeySecretName' },
    { path: ['webserverSecretKey'], what: 'the webserver secret key', instead: 'webserverSecretKeySecretName' },
    { path: ['apiSecretKey'], what: 'the API secret key', instead: 'apiSecretKeySecretName' },
    { path: ['jwtSecret'], what: 'the JWT secret', instead: 'jwtSecretName' },
    { path: ['redis', 'password'], what: 'the Redis password', instead: 'redis.passwordSecretName' },
];
/**
 * Every place the user's files set `keyPath`: nested, or through flat dotted keys
 * (`data.metadataConnection.pass: …` as one key). Helm ignores the flat forms, but git holds them
 * all the same.
 */
function settingsOf(node, keyPath, at = []) {
    if (keyPath.length === 0)
        return [{ at, value: node }];
    if (!(0,load/* isPlainObject */.Qd)(node))
        return [];
    const found = [];
    for (let n = 1; n <= keyPath.length; n++) {
        const key = keyPath.slice(0, n).join('.');
        if (Object.prototype.hasOwnProperty.call(node, key))
            found.push(...settingsOf(node[key], keyPath.slice(n), [...at, key]));
    }
    return found;
}
/** user:password@ in a URL. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/:@\s]*:([^@\s]+)@/i;
/**
 * Values files that a tool fills in before helm sees them hold a placeholder, not a secret: Terraform
 * interpolation (`${var.db_password}`), envsubst and shells (`${PASSWORD}`, `$PASSWORD`), Helmfile and
 * other Go-template layers (`{{ requiredEnv "DB_PASSWORD" }}`, `{{ .Values.pass }}`), the Argo CD
 * Vault plugin (`<path:secret/data/airflow#password>`, `<password>`) and Argo CD's build environment
 * (`$ARGOCD_APP_NAME`). A value made only of such placeholders (and separators) is not reported.
 */
const PLACEHOLDER = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{[\s\S]*?\}\}|<path:[^>]*>|<[A-Za-z_][\w.-]*>/g;
function isPlaceholderOnly(value) {
    if (!PLACEHOLDER.test(value))
        return false;
    PLACEHOLDER.lastIndex = 0;
    // What is left once the placeholders are gone may only join them (user:${pw}@host keeps `user:` and `@host`, not a secret).
    return value.replace(PLACEHOLDER, '').trim().length === 0;
}
const committedSecret = {
    meta: {
        id: 'VAL027',
        name: 'committed-secret',
        severity: 'error',
        check: 'validate-values',
        summary: 'A password or key is written in the values file, i.e. committed to git.',
        docs: {
            what: 'Reports passwords and keys set directly in the values (database passwords, broker URLs with credentials, fernet/API/JWT keys). The value itself is never printed. A value that is only a placeholder filled in before helm runs (Terraform `${var.x}`, envsubst `${X}`/`$X`, Helmfile `{{ requiredEnv "X" }}`, Argo CD Vault plugin `<path:…#key>`, `$ARGOCD_…`) is not a secret and is not reported.',
            why: 'Values files live in git; anything in them is readable by everyone with repository access and stays in history after it is removed.',
            example: 'data:\n  metadataConnection:\n    user: airflow\n    pass: hunter2\n',
            fix: 'data:\n  metadataSecretName: airflow-metadata\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        for (const s of SECRET_PATHS) {
            for (const { at, value } of settingsOf(ctx.user, s.path)) {
                // A numeric password (pass: 314159) is as committed as a quoted one.
                if ((typeof value !== 'string' && typeof value !== 'number') || value === '')
                    continue;
                let secret = String(value);
                if (s.path[1] === 'brokerUrl') {
                    const m = URL_PASSWORD.exec(secret);
                    if (!m)
                        continue;
                    secret = m[1];
                }
                if (isPlaceholderOnly(secret))
                    continue;
                (0,secrets/* registerSecret */.cl)(secret);
                ctx.report(at, {
                    message: `${at.join('.')} puts ${s.what} in the values file, so it is committed to git.`,
                    fix: `Remove it, rotate it, and reference a Secret through ${s.instead} instead.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/values/rules/deprecated-default-user.js


const deprecatedDefaultUser = {
    meta: {
        id: 'VAL031',
        name: 'deprecated-default-user',
        severity: 'warning',
        check: 'validate-values',
        summary: 'webserver.defaultUser is deprecated in chart 1.19 in favour of createUserJob.',
        docs: {
            what: 'Reports webserver.defaultUser on chart versions that moved it to createUserJob.defaultUser and createUserJob.enabled (1.19.0 and later).',
            why: 'On chart 1.19.0 `webserver.defaultUser.enabled: false` does not stop the create-user Job: createUserJob.enabled defaults to true and either switch renders it (fixed later by apache/airflow#62143). The Job then runs with the empty user fields of webserver.defaultUser.',
            example: 'webserver:\n  defaultUser:\n    enabled: false\n',
            fix: 'createUserJob:\n  enabled: false\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        if (!ctx.chartFacts.webserverDefaultUserDeprecated)
            return;
        const wsdu = ctx.user.webserver;
        if (!(0,load/* isPlainObject */.Qd)(wsdu) || !Object.prototype.hasOwnProperty.call(wsdu, 'defaultUser'))
            return;
        const du = wsdu.defaultUser;
        const disabling = (0,load/* isPlainObject */.Qd)(du) && Object.prototype.hasOwnProperty.call(du, 'enabled') && !(0,context/* helmTruthy */.fD)(du.enabled);
        const jobStillOn = (0,context/* helmTruthy */.fD)(ctx.get(['createUserJob', 'enabled']));
        let message = `webserver.defaultUser is deprecated in chart ${ctx.chart.version}; use createUserJob.defaultUser and createUserJob.enabled.`;
        if (disabling && jobStillOn && !ctx.chartFacts.webserverDefaultUserEnabledStopsJob) {
            message += ` Here it does not do what it says: webserver.defaultUser.enabled: false does not stop the create-user Job on chart ${ctx.chart.version}, because createUserJob.enabled ${ctx.isSet(['createUserJob', 'enabled']) ? 'is true' : 'defaults to true'}; the Job still renders, with the empty user fields of webserver.defaultUser.`;
        }
        ctx.report(['webserver', 'defaultUser'], {
            message,
            fix: disabling ? 'Remove webserver.defaultUser and set createUserJob.enabled: false.' : 'Move the user to createUserJob.defaultUser and remove webserver.defaultUser.',
        });
    },
};

;// CONCATENATED MODULE: ./src/values/rules/executor-not-allowed.js


const executorNotAllowed = {
    meta: {
        id: 'VAL025',
        name: 'executor-not-allowed',
        severity: 'error',
        check: 'validate-values',
        summary: "The executor is not in the policy's allow-list.",
        docs: {
            what: 'Reports an `executor` (or any executor of a comma-separated list) outside values.allowed-executors in .airflow-gitops.yml (default: KubernetesExecutor). The chart default is CeleryExecutor.',
            why: 'The platform is built for one executor model; CeleryExecutor, for one, needs Redis and worker StatefulSets the platform does not run.',
            example: '# executor unset: the chart default CeleryExecutor applies\npostgresql:\n  enabled: false\n',
            fix: 'executor: KubernetesExecutor\npostgresql:\n  enabled: false\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        const list = executors(ctx);
        const bad = list.filter((e) => !ctx.policy.allowedExecutors.includes(e));
        if (!bad.length && list.length)
            return;
        const value = ctx.get(['executor']);
        ctx.report(['executor'], {
            message: `executor ${ctx.isSet(['executor']) ? `is ${(0,context/* show */.WU)(value)}` : `is unset, so the chart default ${(0,context/* show */.WU)(value)} applies`}; the policy allows ${ctx.policy.allowedExecutors.join(', ')}.`,
            fix: `Set executor: ${ctx.policy.allowedExecutors[0]} (or change values.allowed-executors in .airflow-gitops.yml).`,
        });
    },
};

// EXTERNAL MODULE: ./src/values/quote-value.js
var quote_value = __webpack_require__(1200);
// EXTERNAL MODULE: ./src/values/rules/unknown-top-level-key.js
var unknown_top_level_key = __webpack_require__(5457);
;// CONCATENATED MODULE: ./src/values/rules/flat-dotted-key.js



const flatDottedKey = {
    meta: {
        id: 'VAL012',
        name: 'flat-dotted-key',
        severity: 'error',
        check: 'validate-values',
        summary: 'A dotted key such as `createUserJob.useHelmHooks` in a values file; Helm does not nest it.',
        docs: {
            what: 'Reports a key containing dots whose first part is a chart key, at the top level or inside a known section.',
            why: 'Dots nest only in `--set`; in a values file `createUserJob.useHelmHooks: false` is one literal key that the chart never reads, so the default (true) stays.',
            example: 'createUserJob.useHelmHooks: false\n',
            fix: 'createUserJob:\n  useHelmHooks: false\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        const visit = (user, defaults, known, at) => {
            for (const [key, value] of Object.entries(user)) {
                const parts = key.split('.');
                if (parts.length > 1 && parts.every(Boolean) && known.has(parts[0])) {
                    // The value is shown only when it is a plain, non-secret scalar (see quote-value.ts).
                    const nested = `${parts.join(': { ')}: ${(0,quote_value/* quotableValue */.T)([...at, key], value) ?? '…'}${' }'.repeat(parts.length - 1)}`;
                    ctx.report([...at, key], {
                        message: `${[...at, key].join('.')} is a single key with dots in it; Helm does not nest dotted keys from values files, so ${[...at, ...parts].join('.')} keeps its default.`,
                        fix: `Nest it as a mapping: ${nested}.`,
                    });
                    continue;
                }
                const d = defaults?.[key];
                if ((0,load/* isPlainObject */.Qd)(value) && (0,load/* isPlainObject */.Qd)(d) && at.length < 3)
                    visit(value, d, new Set(Object.keys(d)), [...at, key]);
            }
        };
        visit(ctx.user, ctx.chart.defaults, (0,unknown_top_level_key/* knownTopLevelKeys */.B)(ctx), []);
    },
};

// EXTERNAL MODULE: ./src/values/go-duration.js
var go_duration = __webpack_require__(845);
;// CONCATENATED MODULE: ./src/values/rules/git-sync-config.js


const GIT_SYNC = ['dags', 'gitSync'];
const gitSyncConfig = {
    meta: {
        id: 'VAL061',
        name: 'git-sync-config',
        severity: 'error',
        check: 'validate-values',
        summary: 'git-sync is enabled with a missing or invalid repo, branch, subPath or period.',
        docs: {
            what: 'With dags.gitSync.enabled, checks that repo is set (and is not the chart\'s example repository), a branch or rev is set, subPath is relative, `period` is a Go duration (such as "60s") not shorter than the policy minimum, and an SSH repo has sshKeySecret.',
            why: 'git-sync fails at pod start on a bad period ("60" is not a Go duration) and silently syncs the chart\'s example DAGs from apache/airflow when repo is left at the default.',
            example: 'dags:\n  gitSync:\n    enabled: true\n    period: 60\n',
            fix: 'dags:\n  gitSync:\n    enabled: true\n    repo: https://github.com/example/platform.git\n    branch: main\n    subPath: dags\n    period: 60s\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        const enabled = (0,context/* helmTruthy */.fD)(ctx.get([...GIT_SYNC, 'enabled']));
        if (!enabled) {
            if (ctx.policy.requireGitSync) {
                ctx.report([...GIT_SYNC, 'enabled'], { message: 'dags.gitSync.enabled is not true, but the policy requires DAGs from git-sync.', fix: 'Enable dags.gitSync and set its repo, branch and subPath.' });
            }
            return;
        }
        const get = (k) => ctx.get([...GIT_SYNC, k]);
        const defaults = ctx.chart.defaults.dags?.gitSync ?? {};
        const repo = get('repo');
        if (typeof repo !== 'string' || !repo.trim()) {
            ctx.report([...GIT_SYNC, 'repo'], { message: 'dags.gitSync.repo is empty; git-sync has nothing to clone.', fix: 'Set dags.gitSync.repo to your DAG repository URL.' });
        }
        else if (!ctx.isSet([...GIT_SYNC, 'repo']) && repo === defaults.repo) {
            ctx.report([...GIT_SYNC, 'repo'], { message: `dags.gitSync.repo is unset, so git-sync clones the chart's example repository ${repo}.`, fix: 'Set dags.gitSync.repo to your DAG repository URL.' });
        }
        else if (/^(git@|ssh:\/\/)/.test(repo) && !(0,context/* helmTruthy */.fD)(get('sshKeySecret'))) {
            ctx.report([...GIT_SYNC, 'repo'], { message: `dags.gitSync.repo ${(0,context/* show */.WU)(repo)} is an SSH URL but dags.gitSync.sshKeySecret is not set, so the clone cannot authenticate.`, fix: 'Set dags.gitSync.sshKeySecret (and knownHosts) or use an HTTPS URL.' });
        }
        const branch = get('branch');
        const rev = get('rev');
        if ((typeof branch !== 'string' || !branch.trim()) && (typeof rev !== 'string' || !rev.trim())) {
            ctx.report([...GIT_SYNC, 'branch'], { message: 'dags.gitSync.branch (and rev) are empty; git-sync does not know what to check out.', fix: 'Set dags.gitSync.branch, e.g. main.' });
        }
        else if (!ctx.isSet([...GIT_SYNC, 'branch']) && !ctx.isSet([...GIT_SYNC, 'rev']) && ctx.isSet([...GIT_SYNC, 'repo'])) {
            ctx.report([...GIT_SYNC, 'branch'], { message: `dags.gitSync.branch is unset, so the chart default ${(0,context/* show */.WU)(branch)} is checked out of your repository.`, fix: 'Set dags.gitSync.branch to the branch your DAGs live on.' });
        }
        const subPath = get('subPath');
        if (typeof subPath === 'string' && (subPath.startsWith('/') || subPath.split('/').includes('..'))) {
            ctx.report([...GIT_SYNC, 'subPath'], { message: `dags.gitSync.subPath ${(0,context/* show */.WU)(subPath)} must be a path inside the repository (no leading / or ..).`, fix: 'Use a relative path such as dags.' });
        }
        else if (!ctx.isSet([...GIT_SYNC, 'subPath']) && ctx.isSet([...GIT_SYNC, 'repo'])) {
            ctx.report([...GIT_SYNC, 'subPath'], { severity: 'warning', message: `dags.gitSync.subPath is unset, so the chart default ${(0,context/* show */.WU)(subPath)} is used inside your repository.`, fix: 'Set dags.gitSync.subPath to the DAG folder of your repository.' });
        }
        const period = get('period');
        if (period !== undefined && period !== null) {
            const seconds = typeof period === 'string' ? (0,go_duration/* parseGoDuration */.Q)(period) : undefined;
            if (seconds === undefined) {
                ctx.report([...GIT_SYNC, 'period'], { message: `dags.gitSync.period ${(0,context/* show */.WU)(period)} is not a Go duration; git-sync exits at start.`, fix: `Write it with a unit, e.g. "${typeof period === 'number' ? `${period}s` : '60s'}".` });
            }
            else if (seconds < ctx.policy.gitSyncMinPeriodSeconds) {
                ctx.report([...GIT_SYNC, 'period'], {
                    severity: 'warning',
                    message: `dags.gitSync.period ${(0,context/* show */.WU)(period)}${ctx.isSet([...GIT_SYNC, 'period']) ? '' : ' (chart default)'} is shorter than the policy minimum of ${ctx.policy.gitSyncMinPeriodSeconds}s; every pod polls the git server that often.`,
                    fix: `Set dags.gitSync.period to at least "${ctx.policy.gitSyncMinPeriodSeconds}s".`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/values/rules/helm-hook-job.js


const helmHookJob = {
    meta: {
        id: 'VAL020',
        name: 'helm-hook-job',
        severity: 'error',
        check: 'validate-values',
        summary: 'The migrate-database or create-user Job is rendered as a Helm hook.',
        docs: {
            what: 'Reports migrateDatabaseJob.useHelmHooks or createUserJob.useHelmHooks that is true, set or by default, while the Job is rendered.',
            why: 'Helm hooks run outside the release: Argo CD turns them into sync hooks that re-run (or block) on every sync, and Flux or plain `kubectl apply` of rendered manifests never runs them at all. The chart default is true.',
            example: 'migrateDatabaseJob:\n  enabled: true\n',
            fix: 'migrateDatabaseJob:\n  enabled: true\n  useHelmHooks: false\n  applyCustomEnv: false\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        const jobs = [
            { key: 'migrateDatabaseJob', rendered: migrateJobRendered(ctx), hook: 'post-install,post-upgrade' },
            { key: 'createUserJob', rendered: createUserJobRendered(ctx), hook: 'post-install,post-upgrade' },
        ];
        for (const job of jobs) {
            const path = [job.key, 'useHelmHooks'];
            const value = ctx.get(path);
            if (!job.rendered || value === false)
                continue;
            const source = ctx.isSet(path) ? `is ${(0,context/* show */.WU)(value)}` : `is unset, so the chart default ${(0,context/* show */.WU)(value)} applies`;
            ctx.report(path, {
                message: `${job.key}.useHelmHooks ${source}: the ${job.key} Job carries helm.sh/hook: ${job.hook}, which Argo CD runs as a sync hook on every sync and other GitOps tools never run.`,
                fix: `Set useHelmHooks: false under ${job.key}.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/values/rules/hook-secret.js



const hookSecret = {
    meta: {
        id: 'VAL022',
        name: 'hook-secret',
        severity: 'error',
        check: 'validate-values',
        summary: 'The chart renders a Secret as a pre-install Helm hook.',
        docs: {
            what: 'Reports values that make the chart render a Secret or ConfigMap with a helm.sh/hook annotation: no fernetKeySecretName, no data.brokerUrlSecretName, Redis on without redis.passwordSecretName, and extraSecrets/extraConfigMaps entries without useHelmHooks: false.',
            why: 'The chart keeps its random secrets stable with a "pre-install" hook hack. Under Argo CD a hook is re-created on every sync (a new random fernet key makes every stored connection unreadable); tools that skip hooks never create the Secret, and pods fail to start.',
            example: 'executor: KubernetesExecutor\n',
            fix: 'executor: KubernetesExecutor\nfernetKeySecretName: airflow-fernet-key\ndata:\n  metadataSecretName: airflow-metadata\n  brokerUrlSecretName: airflow-broker-url\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        if (!(0,context/* helmTruthy */.fD)(ctx.get(['fernetKeySecretName']))) {
            // A literal fernetKey keeps the value stable (the real render says so); the hook stays.
            const message = (0,context/* helmTruthy */.fD)(ctx.get(['fernetKey']))
                ? 'fernetKeySecretName is not set, so the chart renders <release>-fernet-key as a helm.sh/hook: pre-install Secret holding the literal fernetKey; Argo CD deletes and re-creates it on every sync, and tools that skip hooks never create it.'
                : 'fernetKeySecretName is not set, so the chart renders <release>-fernet-key as a helm.sh/hook: pre-install Secret with a random key; Argo CD re-creates it on every sync with a new key, and connections and variables encrypted with the old one become unreadable.';
            ctx.report(['fernetKeySecretName'], {
                message,
                fix: 'Create a Secret with a `fernet-key` entry outside the chart (e.g. sealed-secrets or external-secrets) and set fernetKeySecretName to its name.',
            });
        }
        if (!(0,context/* helmTruthy */.fD)(ctx.get(['data', 'brokerUrlSecretName'])) && (ctx.chartFacts.brokerUrlHookForAnyExecutor || usesCelery(ctx))) {
            ctx.report(['data', 'brokerUrlSecretName'], {
                message: `data.brokerUrlSecretName is not set, so chart ${ctx.chart.version} renders <release>-broker-url as a helm.sh/hook: pre-install Secret${usesCelery(ctx) ? '' : ' even though the executor does not use a Celery broker'}.`,
                fix: 'Set data.brokerUrlSecretName to a Secret you manage (with a `connection` key); with KubernetesExecutor it can hold a placeholder URL.',
            });
        }
        if ((0,context/* helmTruthy */.fD)(ctx.get(['redis', 'enabled'])) && !(0,context/* helmTruthy */.fD)(ctx.get(['redis', 'passwordSecretName']))) {
            ctx.report(['redis', 'passwordSecretName'], {
                message: `redis.enabled is true and redis.passwordSecretName is not set, so the chart renders <release>-redis-password as a helm.sh/hook: pre-install Secret ${(0,context/* helmTruthy */.fD)(ctx.get(['redis', 'password'])) ? 'holding the literal redis.password' : 'with a random password'}.`,
                fix: 'Turn Redis off (redis.enabled: false) or set redis.passwordSecretName to a Secret you manage.',
            });
        }
        for (const section of ['extraSecrets', 'extraConfigMaps']) {
            const entries = ctx.get([section]);
            if (!(0,load/* isPlainObject */.Qd)(entries))
                continue;
            for (const [name, entry] of Object.entries(entries)) {
                if (!(0,load/* isPlainObject */.Qd)(entry))
                    continue;
                // The templates add the hook when useHelmHooks is true or absent.
                if (Object.prototype.hasOwnProperty.call(entry, 'useHelmHooks') && !(0,context/* helmTruthy */.fD)(entry.useHelmHooks))
                    continue;
                const kind = section === 'extraSecrets' ? 'Secret' : 'ConfigMap';
                ctx.report([section, name], {
                    message: `${section} entry "${name}" has no useHelmHooks: false, so the chart renders this ${kind} as a helm.sh/hook: pre-install,pre-upgrade resource that Argo CD deletes and re-creates on every sync.`,
                    fix: `Add useHelmHooks: false to the "${name}" entry.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/values/rules/metadata-secret-missing.js

const metadataSecretMissing = {
    meta: {
        id: 'VAL026',
        name: 'metadata-secret-missing',
        severity: 'error',
        check: 'validate-values',
        summary: 'data.metadataSecretName is not set.',
        docs: {
            what: 'Reports values without data.metadataSecretName.',
            why: 'Without it the chart builds the metadata database URL from data.metadataConnection, whose defaults (user and password "postgres", the bundled host) are wrong for an external database, and any real password would have to be committed to git.',
            example: 'data:\n  metadataConnection:\n    host: postgresql.db\n    pass: s3cret\n',
            fix: 'data:\n  metadataSecretName: airflow-metadata   # a Secret with a `connection` key\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        if ((0,context/* helmTruthy */.fD)(ctx.get(['data', 'metadataSecretName'])))
            return;
        ctx.report(['data', 'metadataSecretName'], {
            message: 'data.metadataSecretName is not set, so the chart renders the metadata connection Secret from data.metadataConnection (default user/password postgres/postgres on the bundled database).',
            fix: 'Create a Secret with a `connection` key holding the database URL and set data.metadataSecretName to its name.',
        });
    },
};

;// CONCATENATED MODULE: ./src/values/rules/migrations-not-run.js

const migrationsNotRun = {
    meta: {
        id: 'VAL040',
        name: 'migrations-not-run',
        severity: 'error',
        check: 'validate-values',
        summary: 'The migration Job is disabled while components wait for migrations.',
        docs: {
            what: 'Reports migrateDatabaseJob.enabled: false while scheduler, API server, triggerer or DAG processor keep waitForMigrations.enabled (the default).',
            why: 'Each of those pods runs a wait-for-airflow-migrations init container; with no Job to migrate the database they wait forever, and the deployment never becomes healthy until someone runs `airflow db migrate` by hand.',
            example: 'migrateDatabaseJob:\n  enabled: false\n',
            fix: 'migrateDatabaseJob:\n  enabled: true\n  useHelmHooks: false\n  applyCustomEnv: false\n  jobAnnotations:\n    argocd.argoproj.io/hook: Sync\n    argocd.argoproj.io/hook-delete-policy: BeforeHookCreation\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        if (migrateJobRendered(ctx))
            return;
        const waiting = migrationWaitingComponents(ctx);
        if (!waiting.length)
            return;
        ctx.report(['migrateDatabaseJob', 'enabled'], {
            message: `migrateDatabaseJob.enabled is false but ${waiting.join(', ')} keep waitForMigrations enabled: their pods wait in the wait-for-airflow-migrations init container until someone migrates the database.`,
            fix: 'Enable the Job with useHelmHooks: false and jobAnnotations `argocd.argoproj.io/hook: Sync` plus `argocd.argoproj.io/hook-delete-policy: BeforeHookCreation` (Argo CD then re-runs it on every sync), or run `airflow db migrate` in a pipeline step before each sync.',
        });
    },
};

;// CONCATENATED MODULE: ./src/values/rules/random-secret-drift.js



/** The literal value next to each secret name: set, the secret is stable (but committed; see committed-secret). */
const LITERAL_FOR = {
    jwtSecretName: 'jwtSecret',
    apiSecretKeySecretName: 'apiSecretKey',
    webserverSecretKeySecretName: 'webserverSecretKey',
};
const randomSecretDrift = {
    meta: {
        id: 'VAL023',
        name: 'random-secret-drift',
        severity: 'error',
        check: 'validate-values',
        summary: 'A Secret the chart fills with a new random value on every render.',
        docs: {
            what: 'Reports jwtSecretName and apiSecretKeySecretName (Airflow 3) or webserverSecretKeySecretName (Airflow 2) left unset, so the chart generates the secret with randAlphaNum at render time.',
            why: 'Argo CD renders the chart on every refresh: a random value differs each time, so the application is permanently out of sync, and each sync rotates the key, logging users out and breaking tokens between components. Where a Deployment carries a `checksum/…` annotation of that Secret (chart 1.19.0: the scheduler and API server for the JWT secret; the webserver and Celery workers for the webserver secret key), each sync also restarts those pods.',
            example: 'apiServer:\n  replicas: 2\n',
            fix: 'jwtSecretName: airflow-jwt-secret\napiSecretKeySecretName: airflow-api-secret-key\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        for (const { key, what } of ctx.airflowFacts.driftingSecrets) {
            if (!Object.prototype.hasOwnProperty.call(ctx.chart.defaults, key))
                continue;
            // Both Airflow 3 Secrets belong to the API server: with it off the chart renders neither (the real helm, chart 1.19.0).
            if ((key === 'jwtSecretName' || key === 'apiSecretKeySecretName') && isAirflow3(ctx) && ctx.get(['apiServer', 'enabled']) === false)
                continue;
            if ((0,context/* helmTruthy */.fD)(ctx.get([key])) || (0,context/* helmTruthy */.fD)(ctx.get([LITERAL_FOR[key]])))
                continue;
            // The pods that carry a checksum of this Secret get a new pod template on every render too.
            const restarted = (ctx.chartFacts.checksumRestarts[key] ?? []).filter((c) => c !== 'workers' || (0,chart_facts/* isCeleryExecutorFor */.fx)(ctx.chartFacts, ctx.get(['executor'])));
            const restarts = restarted.length ? `, and its checksum annotation restarts the ${restarted.join(' and ')} pods on every sync` : '';
            ctx.report([key], {
                message: `${key} is not set, so the chart generates the ${what} randomly on every render (Airflow ${ctx.airflowVersion}); Argo CD shows the Secret out of sync forever and each sync rotates it${restarts}.`,
                fix: `Create the Secret outside the chart and set ${key} to its name.`,
            });
        }
    },
};

// EXTERNAL MODULE: ./src/core/versions.js
var versions = __webpack_require__(7372);
;// CONCATENATED MODULE: ./src/values/rules/remote-logging-config.js



function remoteLoggingOn(ctx) {
    // The chart default is a template (on only with elasticsearch/opensearch); only a user setting counts here.
    const setting = airflowSetting(ctx, 'logging', 'remote_logging');
    return setting.set && (0,context/* isTruthy */.zz)(setting.value);
}
/** Names a setting for a message: the env variable when it overrides config. */
function settingName(path, fromEnv, section, key) {
    return fromEnv ? `env ${`AIRFLOW__${section}__${key}`.toUpperCase()}` : path.join('.');
}
const remoteLoggingConfig = {
    meta: {
        id: 'VAL050',
        name: 'remote-logging-config',
        severity: 'error',
        check: 'validate-values',
        summary: 'Remote logging is on but not configured for Azure Blob Storage (WASB).',
        docs: {
            what: 'With config.logging.remote_logging true, requires remote_base_log_folder to start with `wasb` (which selects the WASB handler) and a remote_log_conn_id.',
            why: 'With KubernetesExecutor each task pod is deleted when it ends; without a working remote handler the task log is lost with the pod, and Airflow only says "could not read logs" afterwards.',
            example: 'config:\n  logging:\n    remote_logging: "True"\n    remote_base_log_folder: "airflow-logs"\n',
            fix: 'config:\n  logging:\n    remote_logging: "True"\n    remote_base_log_folder: "wasb-airflow-logs"\n    remote_log_conn_id: azure_blob_storage\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        if (!remoteLoggingOn(ctx))
            return;
        const folder = airflowSetting(ctx, 'logging', 'remote_base_log_folder');
        const folderName = settingName(folder.path, folder.fromEnv, 'logging', 'remote_base_log_folder');
        const folderValue = folder.value;
        if (folder.fromEnv && folderValue === undefined) {
            // From a Secret (valueFrom): nothing to check here.
        }
        else if (typeof folderValue !== 'string' || !folderValue.trim()) {
            ctx.report(folder.path, {
                message: 'config.logging.remote_logging is on but remote_base_log_folder is not set, so Airflow has no remote handler and task logs vanish with the task pods.',
                fix: `Set config.logging.remote_base_log_folder to a value starting with \`wasb\` (e.g. "${versions/* PLAIN_WASB_BASE_FOLDER */.qG}").`,
            });
        }
        else if (!folderValue.trim().startsWith('wasb')) {
            ctx.report(folder.path, {
                message: `${folderName} is ${(0,context/* show */.WU)(folderValue)}; Airflow picks the Azure Blob handler only for values starting with "wasb", so logs do not go to Blob Storage.`,
                fix: `Start the value with \`wasb\`, e.g. "${versions/* PLAIN_WASB_BASE_FOLDER */.qG}".`,
            });
        }
        const conn = airflowSetting(ctx, 'logging', 'remote_log_conn_id');
        if (!(conn.fromEnv && conn.value === undefined) && (typeof conn.value !== 'string' || !conn.value.trim())) {
            ctx.report(conn.path, {
                message: 'config.logging.remote_logging is on but remote_log_conn_id is not set; the WASB handler then uses wasb_default, which usually does not exist.',
                fix: 'Set config.logging.remote_log_conn_id to the Airflow connection that holds the storage account and its credential.',
            });
        }
    },
};

// EXTERNAL MODULE: ./src/values/rules/rendered-helm-hooks.js
var rendered_helm_hooks = __webpack_require__(9677);
;// CONCATENATED MODULE: ./src/values/rules/result-backend-without-celery.js


const resultBackendWithoutCelery = {
    meta: {
        id: 'VAL033',
        name: 'result-backend-without-celery',
        severity: 'note',
        check: 'validate-values',
        summary: 'A Celery result backend is configured but the executor does not use Celery.',
        docs: {
            what: 'Reports data.resultBackendSecretName or data.resultBackendConnection when no executor is Celery-based.',
            why: 'Only Celery reads the result backend; with KubernetesExecutor the setting is dead configuration that suggests a dependency that does not exist.',
            example: 'executor: KubernetesExecutor\ndata:\n  resultBackendSecretName: airflow-broker-url\n',
            fix: 'executor: KubernetesExecutor\ndata:\n  metadataSecretName: airflow-metadata\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        if (usesCelery(ctx))
            return;
        for (const key of ['resultBackendSecretName', 'resultBackendConnection']) {
            const path = ['data', key];
            if (!ctx.isSet(path) || !(0,context/* helmTruthy */.fD)(ctx.get(path)))
                continue;
            ctx.report(path, {
                message: `data.${key} is set but executor ${String(ctx.get(['executor']))} does not use Celery, so nothing reads the result backend.`,
                fix: `Remove data.${key}.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/values/rules/scheduler-replicas.js

const schedulerReplicas = {
    meta: {
        id: 'VAL060',
        name: 'scheduler-replicas',
        severity: 'warning',
        check: 'validate-values',
        summary: "scheduler.replicas differs from the policy's value.",
        docs: {
            what: 'Compares scheduler.replicas (set or default) with values.scheduler-replicas in .airflow-gitops.yml (default 1).',
            why: 'The platform sizes the metadata database and its connection limits for a fixed number of schedulers; more schedulers mean more connections and row locks, fewer mean no failover the platform counted on.',
            example: 'scheduler:\n  replicas: 2\n',
            fix: 'scheduler:\n  replicas: 1\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        const path = ['scheduler', 'replicas'];
        const value = ctx.get(path);
        if (value === ctx.policy.schedulerReplicas)
            return;
        ctx.report(path, {
            message: `scheduler.replicas ${ctx.isSet(path) ? `is ${(0,context/* show */.WU)(value)}` : `defaults to ${(0,context/* show */.WU)(value)}`}; the policy expects ${ctx.policy.schedulerReplicas}.`,
            fix: `Set scheduler.replicas: ${ctx.policy.schedulerReplicas} (or change values.scheduler-replicas in .airflow-gitops.yml).`,
        });
    },
};

// EXTERNAL MODULE: ./src/values/rules/schema-violation.js
var schema_violation = __webpack_require__(7999);
;// CONCATENATED MODULE: ./src/values/go-template.js
/**
 * Just enough of Go's text/template to tell that a string certainly fails when helm renders it with
 * `tpl`: an action left open, or an action that calls a function helm does not define (`{{number}}`).
 * Anything this does not understand is not a failure: the answer is "certainly fails" or nothing.
 */
/** text/template's built-in functions and keywords. */
const GO_BUILTINS = 'and call html index js len not or print printf println slice urlquery eq ge gt le lt ne'.split(' ');
const GO_KEYWORDS = 'if else end range with define template block break continue nil true false'.split(' ');
/** helm's own functions (pkg/engine/funcs.go, helm v3). */
const HELM_FUNCTIONS = 'toToml fromToml toYaml toYamlPretty fromYaml fromYamlArray toJson fromJson fromJsonArray include tpl required lookup'.split(' ');
/** Sprig v3's function names as helm registers them (TxtFuncMap without env and expandenv). */
const SPRIG_FUNCTIONS = ('abbrev abbrevboth add add1 add1f addf adler32sum ago all any append atoi b32dec b32enc b64dec b64enc base bcrypt biggest ' +
    'buildCustomCert camelcase cat ceil chunk clean coalesce compact concat contains date dateInZone dateModify date_in_zone ' +
    'date_modify decryptAES deepCopy deepEqual default derivePassword dict dig dir div divf duration durationRound empty ' +
    'encryptAES ext fail first float64 floor fromJson genCA genCAWithKey genPrivateKey genSelfSignedCert genSelfSignedCertWithKey ' +
    'genSignedCert genSignedCertWithKey get getHostByName has hasKey hasPrefix hasSuffix hello htmlDate htmlDateInZone htpasswd ' +
    'indent initial initials int int64 isAbs join kebabcase keys kindIs kindOf last list lower max maxf merge mergeOverwrite min ' +
    'minf mod mul mulf mustAppend mustChunk mustCompact mustDateModify mustDeepCopy mustFirst mustFromJson mustHas mustInitial ' +
    'mustLast mustMerge mustMergeOverwrite mustPrepend mustRegexFind mustRegexFindAll mustRegexMatch mustRegexReplaceAll ' +
    'mustRegexReplaceAllLiteral mustRegexSplit mustRest mustReverse mustSlice mustToDate mustToJson mustToPrettyJson ' +
    'mustToRawJson mustUniq mustWithout must_date_modify nindent nospace now omit osBase osClean osDir osExt osIsAbs pick pluck ' +
    'plural prepend quote randAlpha randAlphaNum randAscii randBytes randInt randNumeric regexFind regexFindAll regexMatch ' +
    'regexQuoteMeta regexReplaceAll regexReplaceAllLiteral regexSplit repeat replace rest reverse round semver semverCompare seq ' +
    'set sha1sum sha256sum sha512sum shuffle slice snakecase sortAlpha split splitList splitn squote sub subf substr swapcase ' +
    'ternary title toDate toDecimal toJson toPrettyJson toRawJson toString toStrings trim trimAll trimPrefix trimSuffix trimall ' +
    'trunc tuple typeIs typeIsLike typeOf uniq unixEpoch unset until untilStep untitle upper urlJoin urlParse uuidv4 values ' +
    'without wrap wrapWith').split(' ');
const KNOWN = new Set([...GO_BUILTINS, ...GO_KEYWORDS, ...HELM_FUNCTIONS, ...SPRIG_FUNCTIONS]);
/** Whether the string has a template action at all (what `tpl` would interpret). */
function hasTemplateAction(text) {
    return text.includes('{{');
}
/**
 * Why `tpl` certainly fails on this text, in helm's words; undefined when it may well render. Only
 * two forms count: an unclosed `{{`, and an action whose first word is a bare name that is no
 * function (Go refuses to parse a call of an undefined function).
 */
function certainTplFailure(text) {
    let from = 0;
    for (;;) {
        const open = text.indexOf('{{', from);
        if (open < 0)
            return undefined;
        const close = text.indexOf('}}', open + 2);
        if (close < 0)
            return `"{{" at offset ${open} is never closed (unclosed action)`;
        let body = text.slice(open + 2, close);
        from = close + 2;
        // Trim markers: `{{- ` and ` -}}` (a dash must be followed/preceded by a space to be one).
        body = body.replace(/^-\s/, ' ').replace(/\s-$/, ' ').trim();
        if (body.startsWith('/*'))
            continue;
        const first = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
        if (!first)
            continue;
        // `number.x` would be a field chain on a function result: still a call of `number`.
        if (!KNOWN.has(first))
            return `function "${first}" not defined`;
    }
}

;// CONCATENATED MODULE: ./src/values/rules/tpl-value-fails.js



function* strings(value, path) {
    if (typeof value === 'string')
        yield [path, value];
    else if (Array.isArray(value))
        for (const [i, v] of value.entries())
            yield* strings(v, [...path, String(i)]);
    else if ((0,load/* isPlainObject */.Qd)(value))
        for (const [k, v] of Object.entries(value))
            yield* strings(v, [...path, k]);
}
const tplValueFails = {
    meta: {
        id: 'VAL014',
        name: 'invalid-template-in-value',
        severity: 'error',
        check: 'validate-values',
        summary: 'A value holds a Go template action helm cannot render (`{{number}}`).',
        docs: {
            what: "Reports a string value with a `{{ … }}` action that certainly fails as a Go template: an unclosed `{{`, or a call of a function neither Go, Sprig nor helm defines. An error where the chart renders the value with `tpl` (every airflow.cfg value under `config`, the host names of a rendered ingress), a warning elsewhere (the chart passes many other values through `tpl` too; where it does not, the braces reach the pod as they are).",
            why: 'helm template fails with "function … not defined" and Argo CD renders nothing; usually a templating step (a CI substitution, Helmfile, Argo CD plugin) that was meant to replace the placeholder never ran, or Airflow\'s own Jinja (`{{ ti.dag_id }}` in a log template) was written where the chart reads Go templates.',
            example: 'ingress:\n  apiServer:\n    enabled: true\n    hosts:\n      - name: "pr{{number}}.airflow.example.com"\n',
            fix: 'ingress:\n  apiServer:\n    enabled: true\n    hosts:\n      - name: "pr-123.airflow.example.com"\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        const view = { get: (p) => ctx.get(p), chartFacts: ctx.chartFacts };
        // Paths the chart certainly renders with tpl under these values.
        const tplRendered = new Set(chartTplValuesFor(ctx.chart.version).flatMap((paths) => paths(view).map((p) => JSON.stringify(p))));
        for (const [path, text] of strings(ctx.user, [])) {
            const failure = certainTplFailure(text);
            if (!failure)
                continue;
            const certain = tplRendered.has(JSON.stringify(path));
            ctx.report(path, {
                severity: certain ? 'error' : 'warning',
                message: certain
                    ? `${path.join('.')} is rendered by the chart with tpl, and ${JSON.stringify(text)} is not a valid Go template (${failure}): helm template fails.`
                    : `${path.join('.')} holds ${JSON.stringify(text)}, not a valid Go template (${failure}): if the chart renders it with tpl, helm template fails; otherwise the braces reach the pods as they are.`,
                fix: 'Replace the placeholder with the real value (the templating step that should have done it did not run), or escape the braces as {{ "{{" }}.',
            });
        }
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
;// CONCATENATED MODULE: ./src/values/chart-reads.js
/**
 * Which value paths a chart's templates read, found by scanning them (not by evaluating them): every
 * `.Values.a.b.c` chain, `index .Values "a" "b"` with literal keys, and a dynamic key as a wildcard.
 * Reading a path counts as reading everything below it: `toYaml`, `range`, `with`, `tpl` and helper
 * arguments all hand a subtree on whole, and the scan does not follow them. Where the templates hand
 * the whole `.Values` to a helper, any field chain a template spells out may start at the root, so
 * those count too. The result over-approximates the reads: a path it calls unread is never read.
 */


const IDENT = '[A-Za-z_][A-Za-z0-9_]*';
const CHAIN_RE = new RegExp(`((?:\\.${IDENT})+)`, 'g');
/** `index .Values "a" "b"`, `get .Values "a"`, `dig`/`hasKey` alike: literal keys, then a dynamic one. */
const INDEX_RE = /(?:index|get|hasKey|dig)\s+\(?\s*\$?\.Values\s*\)?((?:\s+(?:"[^"]*"|\$?[A-Za-z_.][A-Za-z0-9_.]*))+)/g;
/** `get (get .Values .key) "serviceAccount"` (_helpers.yaml): field `serviceAccount` of a component chosen at run time. */
const DYNAMIC_COMPONENT_RE = /get\s+\(\s*get\s+\$?\.Values\s+[$.][A-Za-z0-9_.]*\s*\)\s+"([^"]+)"/g;
function templateFiles(dir) {
    const out = [];
    for (const entry of external_node_fs_.readdirSync(dir, { withFileTypes: true })) {
        const p = external_node_path_.join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...templateFiles(p));
        else
            out.push(p);
    }
    return out;
}
function chartReads(chartDir) {
    const templates = external_node_path_.join(chartDir, 'templates');
    if (!external_node_fs_.existsSync(templates))
        return undefined;
    const paths = [];
    const rootCandidates = [];
    let escapes = false;
    for (const file of templateFiles(templates)) {
        // Only template actions are code; the rest of the file is output text.
        const text = external_node_fs_.readFileSync(file, 'utf8');
        for (const action of text.matchAll(/\{\{([\s\S]*?)\}\}/g)) {
            const code = action[1].replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"/g, (s) => s.replace(/\./g, '\u0000'));
            for (const m of code.matchAll(CHAIN_RE)) {
                const segments = m[1].slice(1).split('.');
                const before = code.slice(0, m.index);
                // `.Values` with no field after it: the whole tree goes to a helper or a function (escapes), except as index's argument.
                const valuesAt = segments.indexOf('Values');
                if (valuesAt >= 0) {
                    const rest = segments.slice(valuesAt + 1);
                    if (rest.length)
                        paths.push(rest);
                    else if (!/index\s+\(?\s*$/.test(before))
                        escapes = true;
                }
                else {
                    rootCandidates.push(segments);
                }
            }
            // Restore the string literals for `index .Values "a" "b"`.
            const withStrings = action[1];
            const dynamicComponent = [...withStrings.matchAll(DYNAMIC_COMPONENT_RE)];
            for (const m of dynamicComponent)
                paths.push(['*', m[1]]);
            for (const m of dynamicComponent.length ? [] : withStrings.matchAll(INDEX_RE)) {
                const args = m[1].trim().split(/\s+/);
                const p = [];
                for (const a of args) {
                    if (a.startsWith('"'))
                        p.push(a.slice(1, -1));
                    else {
                        p.push('*');
                        break;
                    }
                }
                paths.push(p);
            }
        }
    }
    if (escapes)
        paths.push(...rootCandidates);
    return { paths };
}
const matches = (readSeg, seg) => readSeg === '*' || readSeg === seg;
/** Whether the templates read this path, an ancestor of it, or something below it. */
function isRead(reads, valuePath) {
    return reads.paths.some((r) => {
        const n = Math.min(r.length, valuePath.length);
        for (let i = 0; i < n; i++)
            if (!matches(r[i], valuePath[i]))
                return false;
        return true;
    });
}

;// CONCATENATED MODULE: ./src/values/rules/unread-value.js





/** Reads per chart directory: scanning ~100 templates takes tens of milliseconds, once per process. */
const readsCache = new Map();
/** Top-level keys whose values belong to the chart's subcharts (charts/, Chart.yaml dependencies) or to all of them (global). */
function subchartKeys(chartDir) {
    const keys = new Set(['global']);
    const charts = external_node_path_.join(chartDir, 'charts');
    if (external_node_fs_.existsSync(charts))
        for (const name of external_node_fs_.readdirSync(charts))
            keys.add(name.replace(/-\d[\w.+-]*\.tgz$/, '').replace(/\.tgz$/, ''));
    try {
        const meta = (0,dist/* parse */.qg)(external_node_fs_.readFileSync(external_node_path_.join(chartDir, 'Chart.yaml'), 'utf8'));
        for (const d of meta.dependencies ?? [])
            for (const n of [d.alias, d.name])
                if (n)
                    keys.add(n);
    }
    catch {
        // Chart.yaml was read when the chart was resolved; a dependency list that does not parse only means fewer exemptions.
    }
    return keys;
}
const unreadValue = {
    needsChart: "the chart's templates",
    meta: {
        id: 'VAL015',
        name: 'value-never-read',
        severity: 'warning',
        check: 'validate-values',
        summary: 'A key the chart templates never read: setting it changes nothing.',
        docs: {
            what: "Scans the chart's templates for the values they read (`.Values.a.b`, `index .Values \"a\"`, and whole subtrees handed to toYaml, range, with, tpl or a helper) and reports a key of the values files that is neither read nor under a read key. Keys of subcharts (postgresql) and `global` are left to the subcharts. Where the scan cannot follow a template, it counts the key as read, so a reported key is never read.",
            why: 'Sections that allow any key in the schema (ingress, …) accept a misplaced or invented setting without a word; helm renders exactly the same manifests as without it, and the setting the user meant never applies.',
            example: 'ingress:\n  apiVersion: networking.k8s.io/v1beta1\n  web:\n    enabled: true\n',
            fix: 'ingress:\n  web:\n    enabled: true\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        if (!ctx.chart.renderable)
            return;
        if (!readsCache.has(ctx.chart.dir))
            readsCache.set(ctx.chart.dir, chartReads(ctx.chart.dir));
        const reads = readsCache.get(ctx.chart.dir);
        if (!reads)
            return;
        const subcharts = subchartKeys(ctx.chart.dir);
        // Keys the schema already refuses (VAL010 reports them) are not repeated here.
        const refused = new Set((ctx.schemaErrors() ?? [])
            .filter((e) => e.keyword === 'additionalProperties')
            .map((e) => JSON.stringify([...e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')), String(e.params.additionalProperty)])));
        const known = new Set([...Object.keys(ctx.chart.defaults), ...(ctx.chart.topLevelKeys ?? [])]);
        const walk = (value, at) => {
            for (const [key, child] of Object.entries(value)) {
                const p = [...at, key];
                // Unknown top-level keys are VAL011's.
                if (!at.length && (!known.has(key) || subcharts.has(key)))
                    continue;
                if (refused.has(JSON.stringify(p)))
                    continue;
                if (!isRead(reads, p)) {
                    ctx.report(p, {
                        message: `${p.join('.')} is never read by the templates of chart ${ctx.chart.version}: helm renders the same manifests without it.`,
                        fix: 'Remove it, or move the setting to the key the chart reads (see the chart\'s values.yaml).',
                    });
                    continue;
                }
                if ((0,load/* isPlainObject */.Qd)(child))
                    walk(child, p);
            }
        };
        walk(ctx.user, []);
    },
};

// EXTERNAL MODULE: ./src/values/data/airflow-facts.js
var airflow_facts = __webpack_require__(4155);
// EXTERNAL MODULE: ./src/wasb/versions.js
var wasb_versions = __webpack_require__(3158);
;// CONCATENATED MODULE: ./src/values/rules/wasb-literal-prefix.js





// One table decides, for verify-wasb-logs and for this rule, what Airflow does with the base folder.
const FIXED_IN = wasb_versions/* BASE_FOLDER_HANDLING */.D_.find((r) => r.value === 'strip-wasb-scheme').since;
/** wasb://container@account.blob.core.windows.net/path — the form the provider docs show. */
const FULL_URL = /^wasbs?:\/\/([^@/]+)@([^./]+)\.[^/]*(\/.*)?$/;
const wasbLiteralPrefix = {
    meta: {
        id: 'VAL051',
        name: 'wasb-literal-prefix',
        severity: 'warning',
        check: 'validate-values',
        summary: 'A wasb:// URL in remote_base_log_folder is used literally as the blob-name prefix.',
        docs: {
            what: 'Explains where Airflow really writes task logs when remote_base_log_folder is a full `wasb://container@account…` URL, and prints the exact blob-name prefix.',
            why: 'Up to Airflow 3.1 the WASB handler does not parse the URL (apache/airflow#58946): the container comes from [azure_remote_logging] remote_wasb_log_container (default airflow-logs), the account from the connection, and the whole URL string becomes the start of every blob name. The fix (apache/airflow#61013, Airflow ' + FIXED_IN + ') strips only "wasb://": the prefix changes (to "container@account.host/"), so logs written before the upgrade disappear from the UI, and the URL still does not choose the container or account.',
            example: 'config:\n  logging:\n    remote_logging: "True"\n    remote_base_log_folder: "wasb://airflow-logs@myaccount.blob.core.windows.net/"\n    remote_log_conn_id: azure_blob_storage\n',
            fix: 'config:\n  logging:\n    remote_logging: "True"\n    remote_base_log_folder: "wasb-airflow-logs"\n    remote_log_conn_id: azure_blob_storage   # its login is the account\n  azure_remote_logging:\n    remote_wasb_log_container: airflow-logs\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        if (!remoteLoggingOn(ctx))
            return;
        const setting = airflowSetting(ctx, 'logging', 'remote_base_log_folder');
        const folderPath = setting.path;
        const folder = setting.value;
        if (typeof folder !== 'string')
            return;
        const m = FULL_URL.exec(folder.trim());
        if (!m)
            return;
        const [, urlContainer, urlAccount] = m;
        const containerSetting = airflowSetting(ctx, 'azure_remote_logging', 'remote_wasb_log_container').value;
        const container = typeof containerSetting === 'string' && containerSetting ? containerSetting : airflow_facts/* DEFAULT_WASB_LOG_CONTAINER */.zk;
        const conn = String(airflowSetting(ctx, 'logging', 'remote_log_conn_id').value ?? 'wasb_default');
        const base = folder.trim();
        const prefix = base.endsWith('/') ? base : `${base}/`;
        const containerNote = urlContainer === container ? `it matches the URL only because the URL names ${containerSetting ? 'that setting' : 'the default'}` : `the "${urlContainer}" in the URL is not used`;
        const containerPart = `container "${container}" (from [azure_remote_logging] remote_wasb_log_container${containerSetting ? '' : ', default'}; ${containerNote})`;
        const accountPart = `the storage account of connection "${conn}" (the "${urlAccount}" in the URL is not used)`;
        const version = (0,wasb_versions/* parseVersion */.ot)(ctx.airflowVersion);
        const handling = version ? (0,wasb_versions/* lookup */.$I)(wasb_versions/* BASE_FOLDER_HANDLING */.D_, version)?.value : undefined;
        const stripped = prefix.replace(/^wasb:\/\//, '');
        if (handling === 'literal') {
            ctx.report(folderPath, {
                message: `Airflow ${ctx.airflowVersion} uses this URL verbatim as the blob-name prefix "${prefix}" (apache/airflow#58946): task logs land in ${containerPart}, in ${accountPart}, as "${prefix}dag_id=<dag>/run_id=<run>/task_id=<task>/attempt=1.log". The fix (apache/airflow#61013, Airflow ${FIXED_IN}) strips "wasb://" and the prefix becomes "${stripped}", so logs written before the upgrade no longer show in the UI.`,
                fix: `${(0,versions/* wasbBaseFolderFix */.QX)(urlContainer)} Make sure connection "${conn}" points at account ${urlAccount}.`,
            });
        }
        else if (handling === 'strip-wasb-scheme' && stripped !== prefix) {
            ctx.report(folderPath, {
                message: `Airflow ${ctx.airflowVersion} strips "wasb://" and uses the rest as the blob-name prefix "${stripped}" (apache/airflow#61013): task logs land in ${containerPart}, in ${accountPart}, as "${stripped}dag_id=<dag>/run_id=<run>/task_id=<task>/attempt=1.log".`,
                fix: `${(0,versions/* wasbBaseFolderFix */.QX)(urlContainer)} Make sure connection "${conn}" points at account ${urlAccount}.`,
            });
        }
        else if (urlContainer !== container) {
            ctx.report(folderPath, {
                severity: 'note',
                message: `Task logs go to ${containerPart}, not to "${urlContainer}" as the URL suggests.`,
                fix: `Set config.azure_remote_logging.remote_wasb_log_container: ${urlContainer}.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/values/rules/webserver-ignored.js


/** webserver keys that still matter on Airflow 3 (defaultUser drives the create-user job; see deprecated-default-user). */
const STILL_READ = new Set(['defaultUser', 'enabled']);
const webserverIgnored = {
    needsChart: "the chart's apiServer defaults",
    meta: {
        id: 'VAL030',
        name: 'webserver-ignored-on-airflow-3',
        severity: 'warning',
        check: 'validate-values',
        summary: 'webserver.* settings have no effect on Airflow 3.',
        docs: {
            what: 'Reports keys under `webserver` when the Airflow version is 3 or later (other than defaultUser, which has its own rule).',
            why: 'Airflow 3 replaced the webserver with the API server; the chart renders apiServer instead and ignores webserver replicas, resources, probes and config, so the settings silently do nothing.',
            example: 'webserver:\n  replicas: 2\n  resources:\n    limits: {memory: 2Gi}\n',
            fix: 'apiServer:\n  replicas: 2\n  resources:\n    limits: {memory: 2Gi}\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        if (!isAirflow3(ctx))
            return;
        const webserver = ctx.user.webserver;
        if (!(0,load/* isPlainObject */.Qd)(webserver))
            return;
        for (const key of Object.keys(webserver)) {
            if (STILL_READ.has(key))
                continue;
            const apiHas = (0,load/* isPlainObject */.Qd)(ctx.chart.defaults.apiServer) && key in ctx.chart.defaults.apiServer;
            ctx.report(['webserver', key], {
                message: `webserver.${key} has no effect on Airflow ${ctx.airflowVersion}: Airflow 3 runs the API server instead of the webserver.`,
                fix: apiHas ? `Move it to apiServer.${key}.` : 'Remove it.',
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/values/rules/index.js

























/** Rules that look at the loaded values, in report order. */
const valueRules = [
    schema_violation/* schemaViolation */.H,
    unknown_top_level_key/* unknownTopLevelKey */.V,
    flatDottedKey,
    chartCheckFails,
    tplValueFails,
    unreadValue,
    helmHookJob,
    applyCustomEnv,
    hookSecret,
    randomSecretDrift,
    bundledDependency,
    executorNotAllowed,
    metadataSecretMissing,
    committedSecret,
    webserverIgnored,
    deprecatedDefaultUser,
    apiServerDefaultUser,
    resultBackendWithoutCelery,
    migrationsNotRun,
    remoteLoggingConfig,
    wasbLiteralPrefix,
    schedulerReplicas,
    gitSyncConfig,
];
/** Every validate-values rule (loader, values, rendered), for docs/rules.md and SARIF. */
const valuesRules = [...load/* loadRules */.A7, ...valueRules.map((r) => r.meta), ...rendered_helm_hooks/* renderedRules */.$6].sort((a, b) => a.id.localeCompare(b.id));


/***/ }),

/***/ 9677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ renderedRules),
/* harmony export */   Gc: () => (/* binding */ renderedHelmHooks),
/* harmony export */   ZN: () => (/* binding */ renderedDrift),
/* harmony export */   dX: () => (/* binding */ renderedPlainJob),
/* harmony export */   uh: () => (/* binding */ helmTemplateFailed)
/* harmony export */ });
/**
 * The rules below are reported by the engine from the real `helm template` output (render.ts,
 * argo.ts), not from the values. Argo CD facts: https://argo-cd.readthedocs.io/en/stable/user-guide/helm/
 */
const renderedHelmHooks = {
    id: 'VAL070',
    name: 'rendered-helm-hooks',
    severity: 'error',
    check: 'validate-values',
    summary: '`helm template` renders a resource Argo CD treats as a hook.',
    docs: {
        what: 'When helm is found and the chart has templates, renders the chart with your values and reports every resource annotated helm.sh/hook with the Argo CD hook it becomes (an argocd.argoproj.io/hook annotation on the same resource takes precedence in Argo CD) (pre-install/pre-upgrade: PreSync, post-install/post-upgrade: PostSync, pre-delete/post-delete: PreDelete/PostDelete; test and rollback hooks have no Argo CD equivalent and are ignored), its delete policy and the value to change. A hook a value rule (VAL020, VAL022) already reports is not reported twice: the render confirms that finding instead.',
        why: 'Hook resources are not part of the compared application state: Argo CD applies them in their phase on every sync (a BeforeHookCreation Secret is re-created with a new random value each time, a Job re-runs), and Flux or `helm template | kubectl apply` pipelines drop them. See https://argo-cd.readthedocs.io/en/stable/user-guide/helm/#helm-hooks.',
        example: 'migrateDatabaseJob:\n  useHelmHooks: true\n',
        fix: 'migrateDatabaseJob:\n  useHelmHooks: false\n',
    },
    exampleLanguage: 'yaml',
};
const helmTemplateFailed = {
    id: 'VAL071',
    name: 'helm-template-failed',
    severity: 'error',
    check: 'validate-values',
    summary: '`helm template` fails with these values.',
    docs: {
        what: 'Reports the error when `helm template` cannot render the chart with your values (schema errors, template failures such as a required value).',
        why: 'Argo CD renders the same way; a render error means the application cannot sync at all.',
        example: 'executor: NoSuchExecutor\n',
        fix: 'executor: KubernetesExecutor\n',
    },
    exampleLanguage: 'yaml',
};
const renderedDrift = {
    id: 'VAL072',
    name: 'rendered-drift',
    severity: 'error',
    check: 'validate-values',
    summary: 'Two `helm template` renders of the same values differ: Argo CD never settles.',
    docs: {
        what: 'Renders the chart twice with the same values (in parallel) and compares the documents. Names each resource and path that differs (random Secret data, `checksum/…` pod annotations) and each Deployment, StatefulSet or DaemonSet whose pod template changes, which Argo CD therefore restarts on every sync. A drift a value rule (VAL022, VAL023) already reports confirms that finding instead of being reported twice.',
        why: 'Argo CD renders the chart on every refresh and compares the result with the cluster: a value generated at render time (randAlphaNum) keeps the application OutOfSync forever, each sync writes a new value, and the pods that carry a checksum of it roll. See https://argo-cd.readthedocs.io/en/stable/user-guide/helm/#random-data.',
        example: 'executor: KubernetesExecutor\n',
        fix: 'executor: KubernetesExecutor\njwtSecretName: airflow-jwt-secret\napiSecretKeySecretName: airflow-api-secret-key\n',
    },
    exampleLanguage: 'yaml',
};
const renderedPlainJob = {
    id: 'VAL073',
    name: 'rendered-plain-job',
    severity: 'warning',
    check: 'validate-values',
    summary: 'A Job rendered as a plain resource: Argo CD cannot update it in place.',
    docs: {
        what: 'Reports each Job in the render that is neither a helm nor an Argo CD hook. An error when its pod template differs between two renders of the same values (every sync after the first fails); a warning otherwise (the first sync that changes it, e.g. a new image tag, fails).',
        why: "A Job's spec.template is immutable: Argo CD applies changes with `kubectl apply`, which the API server refuses, unless the Job is a sync hook (re-created each sync) or carries the Replace=true sync option. With ttlSecondsAfterFinished, Kubernetes also deletes the finished Job and Argo CD shows it missing until the next sync creates it again. See https://argo-cd.readthedocs.io/en/stable/user-guide/sync-options/#replace-resource-instead-of-applying-changes.",
        example: 'migrateDatabaseJob:\n  useHelmHooks: false\n',
        fix: 'migrateDatabaseJob:\n  useHelmHooks: false\n  jobAnnotations:\n    argocd.argoproj.io/hook: Sync\n',
    },
    exampleLanguage: 'yaml',
};
/** Every rule reported from the render, in the order the engine reports them. */
const renderedRules = [helmTemplateFailed, renderedHelmHooks, renderedDrift, renderedPlainJob];


/***/ }),

/***/ 7999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ schemaViolation)
/* harmony export */ });
/* harmony import */ var _quote_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1200);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9448);


/** Schema errors that a dedicated rule explains better (so they are not reported twice). */
const EXPLAINED_ELSEWHERE = [{ instancePath: '/apiServer', property: 'defaultUser' }];
function segments(instancePath) {
    return instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** The sub-schema at a JSON pointer such as #/properties/webserver (following local $refs on the way). */
function schemaAt(root, pointer) {
    let cur = root;
    for (const raw of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
        const seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
        if (!cur || typeof cur !== 'object')
            return undefined;
        cur = cur[seg];
    }
    for (let hops = 0; cur && typeof cur === 'object' && typeof cur.$ref === 'string' && hops < 10; hops++) {
        cur = schemaAt(root, cur.$ref);
    }
    return cur;
}
/** `quoted` is the offending value as it may be shown (see quotableValue), or undefined to show none. */
function describe(e, quoted) {
    const got = quoted === undefined ? '' : ` (got ${quoted})`;
    switch (e.keyword) {
        case 'type':
            return `must be ${String(e.params.type).replace(/,/g, ' or ')}${got}`;
        case 'enum':
            return `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}${got}`;
        case 'const':
            return `must be ${JSON.stringify(e.params.allowedValue)}${got}`;
        case 'format':
            return `must be a valid ${e.params.format}${got}`;
        default:
            return `${e.message ?? 'is invalid'}${got}`;
    }
}
const schemaViolation = {
    needsChart: 'values.schema.json',
    meta: {
        id: 'VAL010',
        name: 'schema-violation',
        severity: 'error',
        check: 'validate-values',
        summary: "A value does not match the chart's values.schema.json.",
        docs: {
            what: "Validates the merged values (chart defaults plus your files) against the chart version's values.schema.json, as `helm install` does, and points each error at the line that set the value.",
            why: 'Helm rejects the whole release on any schema error, but only at deploy time; in a GitOps flow that is after the merge, when Argo CD shows a failed sync.',
            example: 'scheduler:\n  replicas: "2"\nwebserver:\n  defaultUsr:\n    enabled: false\n',
            fix: 'scheduler:\n  replicas: 2\nwebserver:\n  defaultUser:\n    enabled: false\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        const errors = ctx.schemaErrors();
        if (!errors)
            return;
        // anyOf/oneOf report one error per branch; keep the summary and drop the branch noise.
        const branchParents = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
        const isBranchNoise = (e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && branchParents.some((p) => e.schemaPath.startsWith(p.schemaPath.replace(/\/(anyOf|oneOf)$/, '/$1/')));
        const seen = new Set();
        for (const e of errors) {
            if (isBranchNoise(e))
                continue;
            const at = segments(e.instancePath);
            if (e.keyword === 'additionalProperties') {
                const prop = String(e.params.additionalProperty);
                if (EXPLAINED_ELSEWHERE.some((x) => x.instancePath === e.instancePath && x.property === prop))
                    continue;
                const key = [...at, prop];
                const sig = `add:${key.join('.')}`;
                if (seen.has(sig))
                    continue;
                seen.add(sig);
                const parentSchemaKeys = Object.keys(schemaAt(ctx.chart.schema, e.schemaPath.replace(/\/additionalProperties$/, ''))?.properties ?? {});
                const suggestion = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .a)(prop, parentSchemaKeys);
                ctx.report(key, {
                    message: `${key.join('.')} is not a key the chart ${ctx.chart.version} allows under ${at.length ? at.join('.') : 'the top level'}${suggestion ? `; did you mean ${[...at, suggestion].join('.')}?` : '.'}`,
                    fix: suggestion ? `Rename it to ${suggestion}.` : `Remove it; see the chart's values.yaml for the keys under ${at.join('.') || 'the top level'}.`,
                });
                continue;
            }
            const anyOf = e.keyword === 'anyOf' || e.keyword === 'oneOf';
            const sig = `${e.instancePath}|${anyOf ? 'branch' : e.keyword}|${JSON.stringify(e.params)}`;
            if (seen.has(sig))
                continue;
            seen.add(sig);
            // Never a secret-looking value, nor a whole mapping (it could hold one): see quote-value.ts.
            const quoted = (0,_quote_value_js__WEBPACK_IMPORTED_MODULE_1__/* .quotableValue */ .T)(at, ctx.get(at));
            const where = at.length ? at.join('.') : 'The values';
            const message = anyOf
                ? `${where} matches none of the forms the chart ${ctx.chart.version} schema allows${quoted === undefined ? '' : ` (got ${quoted})`}.`
                : `${where} ${describe(e, quoted)}.`;
            ctx.report(at, { message, fix: "Use the type and values the chart's values.yaml documents for this key." });
        }
    },
};


/***/ }),

/***/ 5457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ knownTopLevelKeys),
/* harmony export */   V: () => (/* binding */ unknownTopLevelKey)
/* harmony export */ });
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9448);

/** Keys helm itself accepts at the top level of any chart's values. */
const HELM_RESERVED = new Set(['global']);
function knownTopLevelKeys(ctx) {
    const props = ctx.chart.schema?.properties ?? {};
    return new Set([...Object.keys(props), ...Object.keys(ctx.chart.defaults), ...(ctx.chart.topLevelKeys ?? []), ...HELM_RESERVED]);
}
const unknownTopLevelKey = {
    meta: {
        id: 'VAL011',
        name: 'unknown-top-level-key',
        severity: 'error',
        check: 'validate-values',
        summary: 'A top-level key the chart does not know; Helm ignores it silently.',
        docs: {
            what: "Reports a top-level key that is neither in the chart's values.yaml nor in its schema, with the closest known key.",
            why: "The chart's schema does not forbid unknown top-level keys, so `helm install` accepts a misspelled section and applies the defaults instead: `migrateDBJob.useHelmHooks: false` leaves the migration job a Helm hook.",
            example: 'migrateDBJob:\n  useHelmHooks: false\n',
            fix: 'migrateDatabaseJob:\n  useHelmHooks: false\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        const known = knownTopLevelKeys(ctx);
        for (const key of Object.keys(ctx.user)) {
            if (known.has(key))
                continue;
            // Dotted keys whose first part is known are flat-dotted-key's business.
            if (key.includes('.') && known.has(key.split('.')[0]))
                continue;
            const suggestion = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .a)(key, [...known].filter((k) => !HELM_RESERVED.has(k)));
            const consequence = suggestion
                ? ` Helm ignores it, so everything under ${suggestion} keeps the chart defaults${defaultsNote(ctx.chart.defaults[suggestion])}.`
                : ' Helm ignores it silently.';
            ctx.report([key], {
                message: `Unknown top-level key ${key}${suggestion ? `; did you mean ${suggestion}?` : ` for chart ${ctx.chart.version}.`}${consequence}`,
                fix: suggestion ? `Rename ${key} to ${suggestion}.` : 'Remove the key or move it under the section it belongs to.',
            });
        }
    },
};
function defaultsNote(defaults) {
    if (!defaults || typeof defaults !== 'object' || Array.isArray(defaults))
        return '';
    const d = defaults;
    const notable = ['useHelmHooks', 'applyCustomEnv', 'enabled'].filter((k) => d[k] === true);
    return notable.length ? ` (${notable.map((k) => `${k}: true`).join(', ')})` : '';
}


/***/ }),

/***/ 9448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ didYouMean)
});

// EXTERNAL MODULE: ./src/core/suggest.js
var suggest = __webpack_require__(815);
;// CONCATENATED MODULE: ./src/values/data/key-aliases.js
/**
 * Top-level keys people write that the chart does not know, and what they meant. Spelling distance
 * finds most typos; these are the ones too far apart for it (abbreviations, old chart names).
 */
const KNOWN_KEY_ALIASES = {
    migrateDBJob: 'migrateDatabaseJob',
    migrateDbJob: 'migrateDatabaseJob',
    migrateJob: 'migrateDatabaseJob',
    migrationJob: 'migrateDatabaseJob',
    dbMigrationJob: 'migrateDatabaseJob',
    createAdminJob: 'createUserJob',
    createUser: 'createUserJob',
    apiserver: 'apiServer',
    api: 'apiServer',
    worker: 'workers',
    dag: 'dags',
    log: 'logs',
    postgres: 'postgresql',
    fernetSecretName: 'fernetKeySecretName',
    jwtSecretKeySecretName: 'jwtSecretName',
};

;// CONCATENATED MODULE: ./src/values/suggest.js


/** The known values key a misspelled one most likely meant: a documented rename first, then the closest spelling. */
function didYouMean(key, known) {
    const candidates = [...known];
    const alias = KNOWN_KEY_ALIASES[key];
    if (alias && candidates.includes(alias))
        return alias;
    return (0,suggest/* closestMatch */.h)(key, candidates);
}


/***/ }),

/***/ 8520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ pickByVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/** Minimal semver handling for chart and Airflow versions (x.y.z with optional pre-release). */
function parseVersion(v) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(String(v).trim());
    if (!m)
        return undefined;
    return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}
function compareVersions(a, b) {
    const pa = parseVersion(a) ?? [0, 0, 0];
    const pb = parseVersion(b) ?? [0, 0, 0];
    for (let i = 0; i < 3; i++)
        if (pa[i] !== pb[i])
            return pa[i] - pb[i];
    return 0;
}
/** Picks the entry of a version-keyed table whose `since` is the newest not after `version`. */
function pickByVersion(table, version) {
    const sorted = [...table].sort((a, b) => compareVersions(a.since, b.since));
    let picked = sorted[0];
    for (const row of sorted)
        if (compareVersions(version, row.since) >= 0)
            picked = row;
    return picked;
}


/***/ })

};

//# sourceMappingURL=424.index.js.map