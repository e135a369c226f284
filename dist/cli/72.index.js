export const id = 72;
export const ids = [72];
export const modules = {

/***/ 5072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateValues: () => (/* binding */ validateValues)
});

// UNUSED EXPORTS: coalesceValues, resolveAirflowVersion, valuesRules

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/check.js
var check = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/core/config.js
var core_config = __webpack_require__(3131);
// EXTERNAL MODULE: ./src/core/files.js
var files = __webpack_require__(3710);
// EXTERNAL MODULE: ./src/core/finding.js
var finding = __webpack_require__(9976);
// EXTERNAL MODULE: ./src/core/rule.js
var rule = __webpack_require__(7147);
// EXTERNAL MODULE: ./src/core/cache-dir.js
var cache_dir = __webpack_require__(8265);
// EXTERNAL MODULE: ./src/core/versions.js
var versions = __webpack_require__(7372);
// EXTERNAL MODULE: ./src/values/chart.js + 1 modules
var values_chart = __webpack_require__(9781);
// EXTERNAL MODULE: ./src/values/context.js
var context = __webpack_require__(4903);
// EXTERNAL MODULE: ./src/values/data/airflow-facts.js
var airflow_facts = __webpack_require__(4155);
// EXTERNAL MODULE: ./src/values/data/chart-facts.js
var chart_facts = __webpack_require__(4391);
// EXTERNAL MODULE: ./src/values/load.js + 6 modules
var load = __webpack_require__(1619);
// EXTERNAL MODULE: ./src/values/go-duration.js
var go_duration = __webpack_require__(845);
;// CONCATENATED MODULE: ./src/values/policy.js



const DEFAULT_POLICY = {
    allowedExecutors: ['KubernetesExecutor'],
    schedulerReplicas: 1,
    gitSyncMinPeriodSeconds: 10,
    requireGitSync: false,
};
const KNOWN = ['allowed-executors', 'scheduler-replicas', 'git-sync-min-period', 'require-git-sync', 'chart', 'chart-repository'];
function parseValuesPolicy(raw, file = '.airflow-gitops.yml') {
    const policy = { ...DEFAULT_POLICY, allowedExecutors: [...DEFAULT_POLICY.allowedExecutors] };
    if (raw === undefined || raw === null)
        return policy;
    const fail = (what) => {
        throw new finding/* UsageError */.eb(`Config ${file}: ${what}`);
    };
    if (!(0,load/* isPlainObject */.Qd)(raw))
        fail('values must be a mapping.');
    for (const [key, v] of Object.entries(raw)) {
        switch (key) {
            case 'allowed-executors':
                if (!Array.isArray(v) || !v.length || v.some((x) => typeof x !== 'string' || !x.trim()))
                    fail('values.allowed-executors must be a non-empty list of executor names.');
                policy.allowedExecutors = v.map((x) => x.trim());
                break;
            case 'scheduler-replicas':
                if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
                    fail('values.scheduler-replicas must be a positive integer.');
                policy.schedulerReplicas = v;
                break;
            case 'git-sync-min-period': {
                const seconds = typeof v === 'string' ? (0,go_duration/* parseGoDuration */.Q)(v) : undefined;
                if (seconds === undefined)
                    fail(`values.git-sync-min-period must be a Go duration such as "30s" (got ${JSON.stringify(v)}).`);
                policy.gitSyncMinPeriodSeconds = seconds;
                break;
            }
            case 'require-git-sync':
                if (typeof v !== 'boolean')
                    fail('values.require-git-sync must be true or false.');
                policy.requireGitSync = v;
                break;
            case 'chart':
                if (typeof v !== 'string' || !v.trim())
                    fail('values.chart must be a chart directory, .tgz or version string.');
                policy.chart = v.trim();
                break;
            case 'chart-repository':
                if (typeof v !== 'string' || !/^https?:\/\//.test(v))
                    fail('values.chart-repository must be an http(s) URL.');
                policy.chartRepository = v;
                break;
            default:
                fail(`unknown key values.${key} (known: ${KNOWN.join(', ')}).`);
        }
    }
    return policy;
}

// EXTERNAL MODULE: ./src/values/render.js + 1 modules
var values_render = __webpack_require__(4150);
;// CONCATENATED MODULE: ./src/values/data/render-fixes.js
const FIX_BY_RESOURCE = [
    { kind: 'Secret', suffix: '-fernet-key', fix: { key: ['fernetKeySecretName'], set: 'set fernetKeySecretName to a Secret you manage (key fernet-key)' } },
    { kind: 'Secret', suffix: '-broker-url', fix: { key: ['data', 'brokerUrlSecretName'], set: 'set data.brokerUrlSecretName to a Secret you manage (key connection)' } },
    { kind: 'Secret', suffix: '-redis-password', fix: { key: ['redis', 'passwordSecretName'], set: 'set redis.passwordSecretName to a Secret you manage, or redis.enabled: false' } },
    { kind: 'Secret', suffix: '-jwt-secret', fix: { key: ['jwtSecretName'], set: 'set jwtSecretName to a Secret you manage (key jwt-secret)' } },
    { kind: 'Secret', suffix: '-api-secret-key', fix: { key: ['apiSecretKeySecretName'], set: 'set apiSecretKeySecretName to a Secret you manage (key api-secret-key)' } },
    { kind: 'Secret', suffix: '-webserver-secret-key', fix: { key: ['webserverSecretKeySecretName'], set: 'set webserverSecretKeySecretName to a Secret you manage (key webserver-secret-key)' } },
    { kind: 'Job', suffix: '-run-airflow-migrations', fix: { key: ['migrateDatabaseJob', 'useHelmHooks'], set: 'set migrateDatabaseJob.useHelmHooks: false' } },
    { kind: 'Job', suffix: '-create-user', fix: { key: ['createUserJob', 'useHelmHooks'], set: 'set createUserJob.useHelmHooks: false' } },
];
/** The values key under which a plain (non-hook) Job takes annotations: the chart's documented Argo CD set-up uses it. */
const JOB_ANNOTATIONS_KEY = {
    '-run-airflow-migrations': ['migrateDatabaseJob', 'jobAnnotations'],
    '-create-user': ['createUserJob', 'jobAnnotations'],
};
/** Templates whose resources are named by the user (the key of the map entry, after tpl). */
const USER_NAMED_TEMPLATES = {
    'templates/secrets/extra-secrets.yaml': 'extraSecrets',
    'templates/configmaps/extra-configmaps.yaml': 'extraConfigMaps',
};

;// CONCATENATED MODULE: ./src/values/argo.js
/**
 * What Argo CD does with the chart's rendered output, read from the real `helm template` output
 * (and a second render of the same values), never guessed from the values. Facts from Argo CD's
 * documentation: https://argo-cd.readthedocs.io/en/stable/user-guide/helm/#helm-hooks (how helm
 * hook annotations map to Argo CD hooks), .../helm/#random-data (randAlphaNum keeps an application
 * OutOfSync), .../sync-waves/ (hook phases and delete policies) and .../sync-options/ (Replace=true).
 */



/** helm.sh/hook values Argo CD maps onto its own hook phases; crd-install is handled as a normal CRD. */
const HELM_HOOK_TO_ARGO = {
    'pre-install': 'PreSync',
    'pre-upgrade': 'PreSync',
    'post-install': 'PostSync',
    'post-upgrade': 'PostSync',
    'pre-delete': 'PreDelete',
    'post-delete': 'PostDelete',
    'crd-install': null,
};
/** helm.sh/hook-delete-policy values, as Argo CD's hook delete policies. */
const HELM_DELETE_POLICY_TO_ARGO = {
    'before-hook-creation': 'BeforeHookCreation',
    'hook-succeeded': 'HookSucceeded',
    'hook-failed': 'HookFailed',
};
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);
function list(v) {
    return (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}
/** The values key behind a rendered resource, when the chart's naming says which. */
function fixFor(resource, user) {
    const known = FIX_BY_RESOURCE.find((f) => f.kind === resource.kind && resource.name.endsWith(f.suffix));
    if (known)
        return known.fix;
    const template = Object.keys(USER_NAMED_TEMPLATES).find((t) => resource.source?.endsWith(t));
    if (!template)
        return undefined;
    const section = USER_NAMED_TEMPLATES[template];
    const entries = (0,load/* isPlainObject */.Qd)(user[section]) ? Object.keys(user[section]) : [];
    // Entry names go through tpl (e.g. '{{ .Release.Name }}-extra'): match with any text for each template action.
    const entry = entries.find((k) => k === resource.name || new RegExp(`^${k.split(/\{\{.*?\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(resource.name));
    if (!entry)
        return { key: [section], set: `add useHelmHooks: false to the ${section} entry that renders ${resource.name}` };
    return { key: [section, entry, 'useHelmHooks'], set: `add useHelmHooks: false to the ${section} entry "${entry}"` };
}
/** For a resource that differs between renders: the key whose value is random (a user-named entry: the entry itself). */
function driftFixFor(resource, user) {
    const fix = fixFor(resource, user);
    if (!fix || fix.key[fix.key.length - 1] !== 'useHelmHooks' || fix.key.length !== 3)
        return fix;
    const [section, entry] = fix.key;
    return { key: [section, entry], set: `give the ${section} entry "${entry}" fixed values (no random template functions)` };
}
function hookOf(r, user) {
    const argoHook = r.annotations['argocd.argoproj.io/hook'];
    const helmHook = r.annotations['helm.sh/hook'];
    if (argoHook === undefined && helmHook === undefined)
        return undefined;
    let argoPhases;
    let unsupported = [];
    let deletePolicy;
    if (argoHook !== undefined) {
        // An Argo CD hook annotation wins: the helm ones are then ignored.
        argoPhases = list(argoHook);
        deletePolicy = list(r.annotations['argocd.argoproj.io/hook-delete-policy']);
    }
    else {
        const events = list(helmHook);
        if (events.length && events.every((e) => e === 'crd-install'))
            return undefined;
        argoPhases = [...new Set(events.map((e) => HELM_HOOK_TO_ARGO[e]).filter((p) => Boolean(p)))];
        unsupported = events.filter((e) => !(e in HELM_HOOK_TO_ARGO));
        deletePolicy = [...new Set(list(r.annotations['helm.sh/hook-delete-policy']).map((p) => HELM_DELETE_POLICY_TO_ARGO[p] ?? p))];
    }
    const syncWave = r.annotations['argocd.argoproj.io/sync-wave'] ?? r.annotations['helm.sh/hook-weight'];
    return { kind: r.kind, name: r.name, source: r.source, helmHook, argoPhases, unsupported, deletePolicy, syncWave, onSync: onSyncOf(r.kind, argoPhases, deletePolicy), fix: fixFor(r, user) };
}
function onSyncOf(kind, phases, deletePolicy) {
    if (!phases.length)
        return 'Argo CD has no equivalent for this helm hook and ignores it, so the resource is never applied';
    const when = phases.join(' and ');
    if (phases.every((p) => p === 'PreDelete' || p === 'PostDelete'))
        return `Argo CD applies it only when the application is deleted (${when})`;
    const runs = kind === 'Job' || kind === 'Pod' ? `runs it as a ${when} hook on every sync` : `applies it as a ${when} hook on every sync, outside the compared state`;
    const cleanup = [];
    if (deletePolicy.includes('BeforeHookCreation'))
        cleanup.push('deletes and re-creates it each time (BeforeHookCreation)');
    if (deletePolicy.includes('HookSucceeded'))
        cleanup.push('deletes it once it succeeds (HookSucceeded)');
    if (deletePolicy.includes('HookFailed'))
        cleanup.push('deletes it when it fails (HookFailed)');
    return `Argo CD ${runs}${cleanup.length ? ` and ${cleanup.join(', ')}` : ''}`;
}
/** The fix for a pod template that changes on every render: the value behind each `checksum/…` annotation that changed. */
function workloadFix(paths, byName) {
    for (const p of paths) {
        const m = /^spec\.template\.metadata\.annotations\.checksum\/(.+)$/.exec(p);
        if (!m)
            continue;
        if (m[1] === 'extra-secrets' || m[1] === 'extra-configmaps') {
            const section = m[1] === 'extra-secrets' ? 'extraSecrets' : 'extraConfigMaps';
            return { key: [section], set: `give the ${section} entries fixed values (no random template functions)` };
        }
        const known = FIX_BY_RESOURCE.find((f) => f.suffix === `-${m[1]}`);
        if (known)
            return known.fix;
        const drifting = [...byName.entries()].find(([name]) => name.endsWith(`-${m[1]}`));
        if (drifting?.[1])
            return drifting[1];
    }
    return undefined;
}
/**
 * The Argo CD view of one render (and, when given, a second render of the same values): the
 * resources Argo CD treats as hooks, those that differ from render to render, and the plain Jobs
 * a sync can only update by replacing them.
 */
function argoView(first, second, user) {
    const hooks = first.map((r) => hookOf(r, user)).filter((h) => Boolean(h));
    const hookNames = new Set(hooks.map((h) => `${h.kind}/${h.name}`));
    let drift;
    if (second) {
        const diffs = (0,values_render/* diffRenders */.T8)(first, second);
        const fixes = new Map(diffs.map((d) => [d.name, driftFixFor(d, user)]));
        drift = diffs.map((d) => {
            const restartsOnSync = WORKLOADS.has(d.kind) && d.paths.some((p) => p.startsWith('spec.template.'));
            const fix = restartsOnSync ? workloadFix(d.paths, fixes) : fixes.get(d.name);
            return { kind: d.kind, name: d.name, source: d.source, paths: d.paths, hook: hookNames.has(`${d.kind}/${d.name}`), restartsOnSync, fix };
        });
    }
    const syncRisks = [];
    for (const r of first) {
        if (r.kind !== 'Job' || hookNames.has(`Job/${r.name}`))
            continue;
        const suffix = Object.keys(JOB_ANNOTATIONS_KEY).find((s) => r.name.endsWith(s));
        const key = suffix ? JOB_ANNOTATIONS_KEY[suffix] : undefined;
        const ttl = /^\s*ttlSecondsAfterFinished:\s*(\d+)\s*$/m.exec(r.text)?.[1];
        syncRisks.push({
            kind: r.kind,
            name: r.name,
            source: r.source,
            risk: 'immutable-job',
            templateDrifts: Boolean(drift?.some((d) => d.kind === 'Job' && d.name === r.name && d.paths.some((p) => p.startsWith('spec.template')))),
            ttlSecondsAfterFinished: ttl === undefined ? undefined : Number(ttl),
            fix: key
                ? { key, set: `set ${key.join('.')}: {"argocd.argoproj.io/hook": Sync} (Argo CD then runs it on each sync and re-creates it), or {"argocd.argoproj.io/sync-options": Replace=true}` }
                : { key: [], set: 'annotate the Job with argocd.argoproj.io/hook: Sync, or argocd.argoproj.io/sync-options: Replace=true' },
        });
    }
    const keptOnDelete = first.filter((r) => r.annotations['helm.sh/resource-policy'] === 'keep').map((r) => ({ kind: r.kind, name: r.name }));
    return { hooks, drift, syncRisks, keptOnDelete };
}

// EXTERNAL MODULE: ./src/values/rules/rendered-helm-hooks.js
var rendered_helm_hooks = __webpack_require__(9677);
;// CONCATENATED MODULE: ./src/values/render-findings.js

/** Value rules whose claims a rendered hook / a rendered drift confirms. */
const HOOK_CLAIMS = new Set(['VAL020', 'VAL022']);
const DRIFT_CLAIMS = new Set(['VAL022', 'VAL023']);
function sameLine(a, b) {
    return a.file === b.file && a.range?.startLine === b.range?.startLine;
}
function locationOf(io, fix) {
    return fix?.key.length ? io.locate(fix.key) : io.fallback;
}
/**
 * How a value rule's message names the key it claims about: unset keys all fall back to line 1, so
 * the line alone does not tell jwtSecretName from fernetKeySecretName.
 */
function claimPrefix(key) {
    return key.length === 3 && key[2] === 'useHelmHooks' && (key[0] === 'extraSecrets' || key[0] === 'extraConfigMaps') ? `${key[0]} entry "${key[1]}"` : key.join('.');
}
function render_findings_confirm(io, claims, at, fix, evidence) {
    if (!fix?.key.length)
        return false;
    const prefix = claimPrefix(fix.key);
    const claimed = io.findings.filter((f) => claims.has(f.ruleId) && sameLine(f, at) && f.message.startsWith(prefix));
    for (const f of claimed)
        f.message = `${f.message} helm template confirms: ${evidence}`;
    return claimed.length > 0;
}
const named = (r) => `${r.kind} ${r.name}`;
function reportArgoView(view, io) {
    for (const h of view.hooks) {
        if (h.helmHook === undefined)
            continue; // only an argocd.argoproj.io/hook: the user's own Argo CD set-up
        const at = locationOf(io, h.fix);
        const evidence = `${named(h)} carries helm.sh/hook: ${h.helmHook}${h.deletePolicy.length ? ` (delete policy ${h.deletePolicy.join(', ')})` : ''}; ${h.onSync}.`;
        if (render_findings_confirm(io, HOOK_CLAIMS, at, h.fix, evidence))
            continue;
        io.push(rendered_helm_hooks/* renderedHelmHooks */.Gc, at, {
            message: `helm template renders ${named(h)} with helm.sh/hook: ${h.helmHook}${h.source ? ` (from ${h.source})` : ''}; ${h.onSync}.`,
            fix: h.fix ? `${capital(h.fix.set)}.` : 'Change the values that make the chart render it as a hook, then re-run.',
        });
    }
    // One finding per values key: a random Secret and the pods that restart because of it share one fix.
    const groups = new Map();
    for (const d of view.drift ?? []) {
        const id = d.fix ? d.fix.key.join('\u0000') : `${d.kind}/${d.name}`;
        const g = groups.get(id) ?? { fix: d.fix, drifts: [] };
        g.drifts.push(d);
        groups.set(id, g);
    }
    for (const { fix, drifts } of groups.values()) {
        const at = locationOf(io, fix);
        const changed = drifts.filter((d) => !d.restartsOnSync).map((d) => `${named(d)}${d.hook ? ' (a hook, re-created on each sync)' : ''} differs at ${d.paths.join(', ')}`);
        const restarted = drifts.filter((d) => d.restartsOnSync);
        const restarts = restarted.length
            ? `${restarted.map(named).join(', ')} ${restarted.length === 1 ? 'has' : 'have'} a pod template that differs at ${[...new Set(restarted.flatMap((d) => d.paths))].join(', ')}, so Argo CD restarts ${restarted.length === 1 ? 'its pods' : 'their pods'} on every sync`
            : '';
        const evidence = `rendered twice with the same values, ${[...changed, restarts].filter(Boolean).join('; ')}.`;
        if (render_findings_confirm(io, DRIFT_CLAIMS, at, fix, evidence))
            continue;
        io.push(rendered_helm_hooks/* renderedDrift */.ZN, at, {
            message: `Two helm template renders of the same values differ: ${[...changed, restarts].filter(Boolean).join('; ')}. Argo CD shows the application OutOfSync after every refresh.`,
            fix: fix ? `${capital(fix.set)}.` : `Set explicitly the value the chart generates at render time in ${drifts[0].source ?? 'that template'}.`,
        });
    }
    for (const r of view.syncRisks) {
        const ttl = r.ttlSecondsAfterFinished;
        const consequence = r.templateDrifts
            ? 'its pod template differs between two renders of the same values, so every sync while the Job exists fails with "field is immutable"'
            : 'a sync that changes its pod template (a new image, new env) while the Job exists fails with "field is immutable"';
        const afterTtl = ttl !== undefined ? `; with ttlSecondsAfterFinished: ${ttl}, Kubernetes deletes the finished Job and Argo CD shows it Missing (OutOfSync) until a sync creates and runs it again` : '';
        io.push(rendered_helm_hooks/* renderedPlainJob */.dX, r.fix.key.length ? io.locate(r.fix.key) : io.fallback, {
            message: `${named(r)} is a plain resource to Argo CD (no hook annotation): ${consequence}${afterTtl}.`,
            fix: `${capital(r.fix.set)}.`,
            severity: r.templateDrifts ? 'error' : undefined,
        });
    }
}
function capital(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** The `render` section of `--format json`: what helm rendered and what Argo CD makes of it. */
function renderSection(render, view, mode) {
    if (!render)
        return { mode, status: 'off' };
    if (render.kind !== 'rendered')
        return { mode, status: render.kind, ...(render.kind === 'skipped' ? { reason: render.reason } : {}) };
    const fix = (f) => (f ? { key: f.key.join('.'), set: f.set } : undefined);
    return {
        mode,
        status: 'rendered',
        renders: render.second ? 2 : 1,
        durationMs: render.ms,
        resources: render.resources.length,
        argo: view && {
            hooks: view.hooks.map((h) => ({ ...h, fix: fix(h.fix) })),
            drift: view.drift?.map((d) => ({ ...d, fix: fix(d.fix) })) ?? null,
            syncRisks: view.syncRisks.map((r) => ({ ...r, fix: fix(r.fix) })),
            keptOnDelete: view.keptOnDelete,
        },
    };
}

// EXTERNAL MODULE: ./src/values/rules/schema-violation.js
var schema_violation = __webpack_require__(7999);
// EXTERNAL MODULE: ./src/values/rules/index.js + 25 modules
var rules = __webpack_require__(6424);
// EXTERNAL MODULE: ./src/values/rules/unknown-top-level-key.js
var unknown_top_level_key = __webpack_require__(5457);
// EXTERNAL MODULE: ../../node_modules/re2js/build/index.js
var build = __webpack_require__(3980);
;// CONCATENATED MODULE: ./src/values/linear-regexp.js

/** The module name a cached (standalone) validator requires this engine by; see runtimeModules in schema.ts. */
const LINEAR_REGEXP_MODULE = 'airflow-gitops/linear-regexp';
class UnsupportedSchemaPatternError extends Error {
}
function compile(pattern, flags) {
    // ajv asks for "u" (unicodeRegExp); RE2 always matches by code point, so it needs no flag.
    if (flags.replace('u', '') !== '')
        throw new UnsupportedSchemaPatternError(`schema pattern ${JSON.stringify(pattern)} asks for regular-expression flags "${flags}", which JSON Schema does not have`);
    let re;
    try {
        re = build/* RE2JS */.L3.compile(pattern);
    }
    catch (first) {
        try {
            // ECMAScript spellings RE2 writes differently, such as (?<name>…) and escaped slashes.
            re = build/* RE2JS */.L3.compile(build/* RE2JS */.L3.translateRegExp(pattern));
        }
        catch {
            throw new UnsupportedSchemaPatternError(`schema pattern ${JSON.stringify(pattern)} uses syntax that Go's regexp (helm's validator) does not support: ${first.message.split('\n')[0]}`);
        }
    }
    return {
        // An unanchored search, as RegExp.prototype.test is for a pattern without the g flag.
        test: (input) => re.test(input),
        // ajv shares one compiled pattern per distinct toString(), so it must name the pattern as RegExp's does.
        toString: () => `/${pattern}/${flags}`,
    };
}
/** ajv's `code.regExp` option: the function plus the source text standalone code calls it by. */
const linearRegExp = Object.assign(compile, {
    code: `require(${JSON.stringify(LINEAR_REGEXP_MODULE)}).default`,
});

// EXTERNAL MODULE: ../../node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(5556);
;// CONCATENATED MODULE: ./src/values/schema.js


/** A $ref that does not point into the schema: ajv (and helm) refuse such a schema. */
class UnresolvableSchemaRefError extends UnsupportedSchemaPatternError {
}
/**
 * Keywords that make a schema do something (ajv's RULES.all for draft-07). Annotations such as
 * description, default, examples, definitions and x-* are not among them: a schema made only of
 * those accepts everything, and a $ref beside only those is followed alone.
 */
const RULE_KEYWORDS = new Set([
    '$ref', '$comment', 'id', 'type', 'nullable', 'const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf', 'if', 'then', 'else',
    'maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'maxLength', 'minLength', 'pattern', 'format',
    'maxItems', 'minItems', 'uniqueItems', 'additionalItems', 'items', 'contains',
    'maxProperties', 'minProperties', 'required', 'propertyNames', 'additionalProperties', 'dependencies', 'properties', 'patternProperties',
    'contentMediaType', 'contentEncoding', 'contentSchema',
]);
/** Keywords by the type of data they apply to, in the order ajv runs them (its vocabulary order). */
const ANY_KEYWORDS = ['$ref', 'const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf', 'if'];
const TYPED_GROUPS = [
    { type: 'number', keywords: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'format'] },
    { type: 'string', keywords: ['maxLength', 'minLength', 'pattern', 'format'] },
    { type: 'array', keywords: ['maxItems', 'minItems', 'uniqueItems', 'additionalItems', 'items', 'contains'] },
    { type: 'object', keywords: ['maxProperties', 'minProperties', 'required', 'propertyNames', 'additionalProperties', 'dependencies', 'properties', 'patternProperties'] },
];
const GROUP_OF_TYPE = new Map(TYPED_GROUPS.map((g) => [g.type, g]));
const LIMITS = { maximum: '<=', minimum: '>=', exclusiveMaximum: '<', exclusiveMinimum: '>' };
const REF_KEYWORDS = new Set(['$ref', '$recursiveRef', '$recursiveAnchor', '$dynamicRef', '$dynamicAnchor']);
/** The formats the product checks (ajv-formats' definitions); any other format is not checked, as in ajv without strict mode. */
const FORMATS = {
    int32: { type: 'number', test: formats/* fullFormats */.U9.int32.validate },
    int64: { type: 'number', test: formats/* fullFormats */.U9.int64.validate },
    'date-time': { type: 'string', test: formats/* fullFormats */.U9['date-time'].validate },
};
const isObj = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
const hasRules = (s) => Object.keys(s).some((k) => RULE_KEYWORDS.has(k));
const alwaysValid = (s) => s === true || (isObj(s) && !hasRules(s));
const escapePointer = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const fragment = (s) => (typeof s === 'number' ? String(s) : encodeURIComponent(escapePointer(s)));
/** Schema keys ajv iterates (it never treats __proto__ as a property name). */
const schemaKeys = (m) => (isObj(m) ? Object.keys(m).filter((k) => k !== '__proto__') : []);
/** ajv's hasRef: whether a $ref target refers further, which decides whether ajv inlines it (and so the schemaPath of its errors). */
function refersFurther(schema) {
    if (!schema || typeof schema !== 'object')
        return false;
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sub = schema[key];
        if (Array.isArray(sub) ? sub.some(refersFurther) : typeof sub === 'object' && refersFurther(sub))
            return true;
    }
    return false;
}
/** JSON type checks as ajv makes them (strictNumbers off: NaN and Infinity are numbers, Infinity an integer). */
function hasType(data, type) {
    switch (type) {
        case 'null':
            return data === null;
        case 'array':
            return Array.isArray(data);
        case 'object':
            return isObj(data);
        case 'integer':
            return typeof data === 'number' && !(data % 1) && !Number.isNaN(data);
        default:
            return typeof data === type;
    }
}
/** Deep equality as ajv's (fast-deep-equal): NaN equals NaN, key order does not matter. */
function equal(a, b) {
    if (a === b)
        return true;
    if (a && b && typeof a === 'object' && typeof b === 'object') {
        if (a.constructor !== b.constructor)
            return false;
        if (Array.isArray(a)) {
            const bb = b;
            return a.length === bb.length && a.every((x, i) => equal(x, bb[i]));
        }
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal(a[k], b[k]));
    }
    return a !== a && b !== b;
}
/** A string's length in code points, as JSON Schema counts it. */
function codePoints(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        n++;
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00)
            i++;
    }
    return n;
}
class Interpreter {
    root;
    patterns = new Map();
    refs = new Map();
    constructor(root) {
        this.root = root;
        this.prepare(root);
    }
    /**
     * What ajv checks when it compiles, without compiling: every pattern compiles on the linear-time
     * engine and every $ref resolves. A schema helm would refuse is refused here too, whatever values
     * reach it. One walk of the schema (a few ms), compiling only its patterns.
     */
    prepare(schema) {
        if (Array.isArray(schema))
            return schema.forEach((s) => this.prepare(s));
        if (!isObj(schema))
            return;
        if (typeof schema.pattern === 'string')
            this.pattern(schema.pattern);
        for (const p of schemaKeys(schema.patternProperties))
            this.pattern(p);
        if (typeof schema.$ref === 'string')
            this.ref(schema.$ref);
        for (const k of ['properties', 'patternProperties', 'definitions', 'dependencies']) {
            if (isObj(schema[k]))
                for (const sub of Object.values(schema[k]))
                    this.prepare(sub);
        }
        for (const k of ['additionalProperties', 'items', 'additionalItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'anyOf', 'oneOf', 'allOf']) {
            if (schema[k] !== undefined)
                this.prepare(schema[k]);
        }
    }
    pattern(p) {
        let re = this.patterns.get(p);
        if (!re)
            this.patterns.set(p, (re = linearRegExp(p, 'u')));
        return re;
    }
    /** The target of a local $ref, and the schemaPath its errors start from (ajv's, see refersFurther). */
    ref(ref) {
        let hit = this.refs.get(ref);
        if (hit)
            return hit;
        if (ref !== '#' && !ref.startsWith('#/'))
            throw new UnresolvableSchemaRefError(`schema $ref ${JSON.stringify(ref)} points outside values.schema.json, which cannot be resolved offline`);
        let cur = this.root;
        for (const raw of ref.slice(2).split('/').filter((s, i, all) => s !== '' || i < all.length - 1)) {
            const seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
            cur = isObj(cur) || Array.isArray(cur) ? cur[seg] : undefined;
            if (cur === undefined)
                throw new UnresolvableSchemaRefError(`schema $ref ${JSON.stringify(ref)} points at nothing in values.schema.json`);
        }
        if (!isObj(cur) && typeof cur !== 'boolean')
            throw new UnresolvableSchemaRefError(`schema $ref ${JSON.stringify(ref)} points at something that is not a schema`);
        // ajv inlines a target without further $refs (its errors keep the $ref as their path) and
        // compiles any other as a function of its own, whose errors' paths start again at "#".
        hit = { schema: cur, base: ref === '#' || refersFurther(cur) ? '#' : ref };
        this.refs.set(ref, hit);
        return hit;
    }
    /** Validates data against schema, appending errors; returns whether it is valid. */
    validate(schema, data, at, path, errors) {
        const before = errors.length;
        if (typeof schema === 'boolean') {
            if (!schema)
                errors.push({ instancePath: at, schemaPath: `${path}/false schema`, keyword: 'false schema', params: {}, message: 'boolean schema is false' });
            return schema;
        }
        if (!hasRules(schema))
            return true;
        if (typeof schema.$ref === 'string' && !Object.keys(schema).some((k) => k !== '$ref' && RULE_KEYWORDS.has(k))) {
            this.keyword('$ref', schema, data, at, path, errors);
            return errors.length === before;
        }
        const types = Array.isArray(schema.type) ? schema.type : schema.type !== undefined ? [schema.type] : [];
        if (schema.nullable === true && !types.includes('null'))
            types.push('null');
        const typeError = () => errors.push({ instancePath: at, schemaPath: `${path}/type`, keyword: 'type', params: { type: schema.type }, message: `must be ${String(schema.type)}` });
        // ajv checks the type up front, unless there is one type whose keywords it checks under that type.
        const singleTypeGroup = types.length === 1 ? GROUP_OF_TYPE.get(types[0]) : undefined;
        const typeInGroup = singleTypeGroup !== undefined && singleTypeGroup.keywords.some((k) => schema[k] !== undefined);
        if (types.length > 0 && !typeInGroup && !types.some((t) => hasType(data, t)))
            typeError();
        for (const k of ANY_KEYWORDS)
            if (schema[k] !== undefined)
                this.keyword(k, schema, data, at, path, errors);
        for (const group of TYPED_GROUPS) {
            if (!group.keywords.some((k) => schema[k] !== undefined))
                continue;
            if (hasType(data, group.type)) {
                for (const k of group.keywords)
                    if (schema[k] !== undefined)
                        this.keyword(k, schema, data, at, path, errors, group.type);
            }
            else if (typeInGroup && group === singleTypeGroup) {
                typeError();
            }
        }
        return errors.length === before;
    }
    keyword(k, schema, data, at, path, errors, groupType) {
        const value = schema[k];
        const fail = (params, message) => {
            errors.push({ instancePath: at, schemaPath: `${path}/${k}`, keyword: k, params, message });
        };
        const sub = (s, d, dataAt, schemaAt) => this.validate(s, d, dataAt, schemaAt, errors);
        switch (k) {
            case '$ref': {
                const target = this.ref(value);
                sub(target.schema, data, at, target.base);
                return;
            }
            case 'const':
                if (!equal(data, value))
                    fail({ allowedValue: value }, 'must be equal to constant');
                return;
            case 'enum':
                if (!value.some((v) => equal(data, v)))
                    fail({ allowedValues: value }, 'must be equal to one of the allowed values');
                return;
            case 'not': {
                if (alwaysValid(value))
                    return fail({}, 'must NOT be valid');
                const mark = errors.length;
                const ok = sub(value, data, at, `${path}/not`);
                errors.length = mark;
                if (ok)
                    fail({}, 'must NOT be valid');
                return;
            }
            case 'anyOf': {
                const branches = value;
                if (branches.some(alwaysValid))
                    return;
                const mark = errors.length;
                // ajv stops at the first branch that passes.
                const ok = branches.some((b, i) => sub(b, data, at, `${path}/anyOf/${i}`));
                if (ok)
                    errors.length = mark;
                else
                    fail({}, 'must match a schema in anyOf');
                return;
            }
            case 'oneOf': {
                const mark = errors.length;
                let valid = false;
                let passing = null;
                // As ajv: a second passing branch ends the search, so later branches add no errors.
                value.every((b, i) => {
                    const ok = alwaysValid(b) || sub(b, data, at, `${path}/oneOf/${i}`);
                    if (ok && valid) {
                        valid = false;
                        passing = [passing, i];
                        return false;
                    }
                    if (ok) {
                        valid = true;
                        passing = i;
                    }
                    return true;
                });
                if (valid)
                    errors.length = mark;
                else
                    fail({ passingSchemas: passing }, 'must match exactly one schema in oneOf');
                return;
            }
            case 'allOf':
                value.forEach((b, i) => {
                    if (!alwaysValid(b))
                        sub(b, data, at, `${path}/allOf/${i}`);
                });
                return;
            case 'if': {
                const hasThen = schema.then !== undefined && !alwaysValid(schema.then);
                const hasElse = schema.else !== undefined && !alwaysValid(schema.else);
                if ((!hasThen && !hasElse) || alwaysValid(value)) {
                    if (hasThen && !sub(schema.then, data, at, `${path}/then`))
                        errors.push({ instancePath: at, schemaPath: `${path}/if`, keyword: 'if', params: { failingKeyword: 'then' }, message: 'must match "then" schema' });
                    return;
                }
                const mark = errors.length;
                const ifOk = sub(value, data, at, `${path}/if`);
                errors.length = mark;
                const clause = ifOk ? 'then' : 'else';
                if ((ifOk ? hasThen : hasElse) && !sub(schema[clause], data, at, `${path}/${clause}`)) {
                    errors.push({ instancePath: at, schemaPath: `${path}/if`, keyword: 'if', params: { failingKeyword: clause }, message: `must match "${clause}" schema` });
                }
                return;
            }
            case 'maximum':
            case 'minimum':
            case 'exclusiveMaximum':
            case 'exclusiveMinimum': {
                const n = data;
                const limit = value;
                const ok = k === 'maximum' ? n <= limit : k === 'minimum' ? n >= limit : k === 'exclusiveMaximum' ? n < limit : n > limit;
                if (!ok)
                    fail({ comparison: LIMITS[k], limit }, `must be ${LIMITS[k]} ${limit}`);
                return;
            }
            case 'multipleOf': {
                const q = data / value;
                if (q !== parseInt(String(q)))
                    fail({ multipleOf: value }, `must be multiple of ${value}`);
                return;
            }
            case 'maxLength':
            case 'minLength': {
                const len = codePoints(data);
                if (k === 'maxLength' ? len > value : len < value)
                    fail({ limit: value }, `must NOT have ${k === 'maxLength' ? 'more' : 'fewer'} than ${value} characters`);
                return;
            }
            case 'pattern':
                if (!this.pattern(value).test(data))
                    fail({ pattern: value }, `must match pattern "${value}"`);
                return;
            case 'format': {
                const format = FORMATS[value];
                if (format && format.type === groupType && !format.test(data))
                    fail({ format: value }, `must match format "${value}"`);
                return;
            }
            case 'maxItems':
            case 'minItems': {
                const len = data.length;
                if (k === 'maxItems' ? len > value : len < value)
                    fail({ limit: value }, `must NOT have ${k === 'maxItems' ? 'more' : 'fewer'} than ${value} items`);
                return;
            }
            case 'uniqueItems':
                if (value === true)
                    this.uniqueItems(schema, data, fail);
                return;
            case 'items': {
                const items = data;
                if (Array.isArray(value)) {
                    value.forEach((s, i) => {
                        if (!alwaysValid(s) && items.length > i)
                            sub(s, items[i], `${at}/${i}`, `${path}/items/${i}`);
                    });
                }
                else if (!alwaysValid(value)) {
                    for (let i = 0; i < items.length; i++)
                        sub(value, items[i], `${at}/${i}`, `${path}/items`);
                }
                return;
            }
            case 'additionalItems': {
                if (!Array.isArray(schema.items))
                    return;
                const items = data;
                const len = schema.items.length;
                if (value === false) {
                    if (items.length > len)
                        fail({ limit: len }, `must NOT have more than ${len} items`);
                }
                else if (!alwaysValid(value)) {
                    for (let i = len; i < items.length; i++)
                        sub(value, items[i], `${at}/${i}`, `${path}/additionalItems`);
                }
                return;
            }
            case 'contains': {
                const items = data;
                if (alwaysValid(value)) {
                    if (items.length < 1)
                        fail({ minContains: 1 }, 'must contain at least 1 valid item(s)');
                    return;
                }
                const mark = errors.length;
                if (items.some((item, i) => sub(value, item, `${at}/${i}`, `${path}/contains`)))
                    errors.length = mark;
                else
                    fail({ minContains: 1 }, 'must contain at least 1 valid item(s)');
                return;
            }
            case 'maxProperties':
            case 'minProperties': {
                const n = Object.keys(data).length;
                if (k === 'maxProperties' ? n > value : n < value)
                    fail({ limit: value }, `must NOT have ${k === 'maxProperties' ? 'more' : 'fewer'} than ${value} properties`);
                return;
            }
            case 'required':
                for (const p of value) {
                    if (data[p] === undefined)
                        fail({ missingProperty: p }, `must have required property '${p}'`);
                }
                return;
            case 'propertyNames': {
                if (alwaysValid(value))
                    return;
                for (const key in data) {
                    const mark = errors.length;
                    if (!sub(value, key, at, `${path}/propertyNames`)) {
                        for (let i = mark; i < errors.length; i++)
                            errors[i].propertyName = key;
                        fail({ propertyName: key }, 'property name must be valid');
                    }
                }
                return;
            }
            case 'additionalProperties': {
                if (alwaysValid(value))
                    return;
                const props = isObj(schema.properties) ? schema.properties : undefined;
                const patterns = schemaKeys(schema.patternProperties).map((p) => this.pattern(p));
                for (const key in data) {
                    const defined = (props !== undefined && key !== '__proto__' && Object.prototype.hasOwnProperty.call(props, key)) || patterns.some((re) => re.test(key));
                    if (defined)
                        continue;
                    if (value === false)
                        fail({ additionalProperty: key }, 'must NOT have additional properties');
                    else
                        sub(value, data[key], `${at}/${escapePointer(key)}`, `${path}/additionalProperties`);
                }
                return;
            }
            case 'dependencies': {
                const deps = value;
                for (const p of schemaKeys(deps)) {
                    if (!Array.isArray(deps[p]) || data[p] === undefined)
                        continue;
                    const list = deps[p];
                    for (const missing of list) {
                        if (data[missing] !== undefined)
                            continue;
                        const noun = list.length === 1 ? 'property' : 'properties';
                        fail({ property: p, missingProperty: missing, depsCount: list.length, deps: list.join(', ') }, `must have ${noun} ${list.join(', ')} when property ${p} is present`);
                    }
                }
                for (const p of schemaKeys(deps)) {
                    if (Array.isArray(deps[p]) || alwaysValid(deps[p]) || data[p] === undefined)
                        continue;
                    sub(deps[p], data, at, `${path}/dependencies/${fragment(p)}`);
                }
                return;
            }
            case 'properties': {
                const props = value;
                for (const p of schemaKeys(props)) {
                    if (alwaysValid(props[p]))
                        continue;
                    const v = data[p];
                    if (v !== undefined)
                        sub(props[p], v, `${at}/${escapePointer(p)}`, `${path}/properties/${fragment(p)}`);
                }
                return;
            }
            case 'patternProperties': {
                const props = value;
                for (const p of schemaKeys(props)) {
                    if (alwaysValid(props[p]))
                        continue;
                    const re = this.pattern(p);
                    for (const key in data) {
                        if (re.test(key))
                            sub(props[p], data[key], `${at}/${escapePointer(key)}`, `${path}/patternProperties/${fragment(p)}`);
                    }
                }
                return;
            }
        }
    }
    /** The first duplicate pair ajv reports: scanning from the end, i is the later item, j the earlier. */
    uniqueItems(schema, items, fail) {
        const report = (i, j) => fail({ i, j }, `must NOT have duplicate items (items ## ${j} and ${i} are identical)`);
        const itemSchema = schema.items;
        const itemTypes = isObj(itemSchema) ? (Array.isArray(itemSchema.type) ? itemSchema.type : itemSchema.type !== undefined ? [itemSchema.type] : []) : [];
        if (itemSchema && isObj(itemSchema) && itemSchema.nullable === true && !itemTypes.includes('null'))
            itemTypes.push('null');
        if (itemTypes.length > 0 && !itemTypes.some((t) => t === 'object' || t === 'array')) {
            // ajv's scalar fast path: items of another type are skipped, the rest are keyed by value.
            const seen = new Map();
            for (let i = items.length; i--;) {
                let item = items[i];
                if (!itemTypes.some((t) => hasType(item, t)))
                    continue;
                if (itemTypes.length > 1 && typeof item === 'string')
                    item = `${item}_`;
                const key = String(item);
                // ajv keys a plain object by the item: "__proto__" never registers there.
                if (key === '__proto__')
                    continue;
                if (seen.has(key))
                    return report(i, seen.get(key));
                seen.set(key, i);
            }
            return;
        }
        for (let i = items.length; i--;) {
            for (let j = i; j--;)
                if (equal(items[i], items[j]))
                    return report(i, j);
        }
    }
}
const memory = new WeakMap();
/**
 * A validator for a chart schema, prepared once per process: the schema is checked for what helm
 * would refuse (patterns RE2 cannot run, unresolvable $refs) and then interpreted on each call.
 */
function compileSchema(schema) {
    const started = performance.now();
    let interpreter = memory.get(schema);
    const source = interpreter ? 'memory' : 'interpreted';
    if (!interpreter)
        memory.set(schema, (interpreter = new Interpreter(schema)));
    const prepared = interpreter;
    const validate = (data) => {
        const errors = [];
        const ok = prepared.validate(schema, data, '', '#', errors);
        validate.errors = ok ? null : errors;
        return ok;
    };
    return { validate, stats: { source, ms: Math.round(performance.now() - started) } };
}

// EXTERNAL MODULE: ./src/values/suggest.js + 1 modules
var suggest = __webpack_require__(9448);
// EXTERNAL MODULE: ./src/values/version.js
var version = __webpack_require__(8520);
;// CONCATENATED MODULE: ./src/values/engine.js


























/** `helm`'s coalesce: user values over chart defaults, maps merged, null deletes the default. */
function coalesceValues(defaults, user) {
    const out = { ...defaults };
    for (const [k, v] of Object.entries(user)) {
        if (v === null) {
            delete out[k];
            continue;
        }
        const d = (0,load/* ownValue */.eC)(out, k);
        (0,load/* setOwnValue */.iP)(out, k, (0,load/* isPlainObject */.Qd)(d) && (0,load/* isPlainObject */.Qd)(v) ? coalesceValues(d, v) : v);
    }
    return out;
}
/**
 * The explicit version, else what the values pin (airflowVersion, else a version-like
 * defaultAirflowTag), else the chart's default: the same answer every check gives (src/core/versions.ts).
 */
function resolveAirflowVersion(user, chart, explicit) {
    const pinned = (0,versions/* airflowVersionFromValues */.ru)(explicit?.trim() ? { airflowVersion: explicit } : user) ?? (0,versions/* airflowVersionFromValues */.ru)(chart.defaults);
    if (pinned)
        return pinned;
    if ((0,version/* parseVersion */.ot)(chart.appVersion) && /^v?\d+\.\d+/.test(chart.appVersion))
        return chart.appVersion.replace(/^v/, '');
    return (0,versions/* defaultAirflowVersionFor */.FA)(chart.version);
}
/**
 * The chart to check against. A version the repository cannot serve (offline, no cache) falls back
 * to the built-in chart facts when it knows that version: every rule that needs no chart file runs.
 */
async function chartOrFacts(spec, resolve, log) {
    try {
        return { chart: await resolve() };
    }
    catch (e) {
        const facts = e instanceof values_chart/* ChartUnreachableError */.TE ? (0,values_chart/* chartFromFacts */.EU)(spec) : undefined;
        if (!facts)
            throw e;
        log?.(`notice: ${e.message.replace(/\.$/, '')}; checking with the built-in facts of chart ${facts.version}.`);
        return { chart: facts, unreachable: e.message };
    }
}
async function validateValues(options) {
    const started = Date.now();
    const cwd = options.cwd ?? process.cwd();
    const config = options.config ?? (0,core_config/* defaultConfig */.sb)();
    const policy = parseValuesPolicy(config.sections.values, config.file ? external_node_path_.basename(config.file) : undefined);
    const chartSpec = options.chart?.trim() || policy.chart;
    if (!options.files.length)
        throw new finding/* UsageError */.eb('No values files given; pass one or more values files (helm -f order).');
    if (!chartSpec)
        throw new finding/* UsageError */.eb('No chart given: pass --chart (input `chart`) as a chart directory, a .tgz or a chart version such as 1.19.0, or set values.chart in .airflow-gitops.yml.');
    const loaded = (0,load/* loadValuesFiles */.E2)(options.files, cwd);
    const cacheDir = options.schemaCacheDir === null ? undefined : (options.schemaCacheDir ?? external_node_path_.join((0,cache_dir/* userCacheDir */.b)(), 'schemas'));
    const { chart } = await chartOrFacts(chartSpec, () => (0,values_chart/* resolveChart */.dM)(chartSpec, {
        cwd,
        defaultsCacheDir: cacheDir,
        repository: options.chartRepository || policy.chartRepository,
        cache: options.chartCache ?? (0,values_chart/* directoryChartCache */.Q_)(),
        log: options.log,
    }), options.log);
    const fromFacts = chart.from === 'facts';
    const selected = (id) => !options.onlyRules || options.onlyRules.includes(id);
    // Rules that read chart files the facts do not hold; listed in one line instead of run.
    const needChart = [];
    const user = loaded.values;
    const effective = coalesceValues(chart.defaults, user);
    const airflowVersion = resolveAirflowVersion(user, chart, options.airflowVersion);
    const relFiles = options.files.map((f) => external_node_path_.relative(cwd, external_node_path_.resolve(cwd, f)).split(external_node_path_.sep).join('/'));
    const findings = [];
    const severityOf = (meta, requested) => {
        const configured = (0,rule/* effectiveSeverity */.X)(meta, config.rules);
        if (configured === 'off')
            return 'off';
        const overridden = (config.rules[meta.id] ?? config.rules[meta.name]) !== undefined;
        return overridden ? configured : (requested ?? meta.severity);
    };
    const push = (meta, location, report) => {
        const severity = severityOf(meta, report.severity);
        if (severity === 'off')
            return;
        findings.push((0,rule/* makeFinding */.M)(meta, severity, report.message, location.file, location.range, report.fix));
    };
    for (const f of loaded.findings) {
        const meta = rules/* valuesRules */.K.find((r) => r.id === f.ruleId);
        if (meta)
            push(meta, { file: f.file, range: f.range }, { message: f.message, fix: f.fix });
    }
    let schemaStats;
    let render;
    let argo;
    // A file that did not load leaves the merged values incomplete; checking them would only add noise.
    const loadFailed = loaded.findings.some((f) => f.severity === 'error');
    if (!loadFailed) {
        // A misspelled top-level key (migrateDBJob) is where the user meant to set the real one.
        const known = (0,unknown_top_level_key/* knownTopLevelKeys */.B)({ chart });
        const misspelledAt = new Map();
        for (const key of Object.keys(user)) {
            if (known.has(key))
                continue;
            const target = (0,suggest/* didYouMean */.a)(key, known);
            if (target && !misspelledAt.has(target))
                misspelledAt.set(target, key);
        }
        const locate = (p) => {
            for (let n = p.length; n > 0; n--) {
                const o = loaded.origin(p.slice(0, n));
                if (o)
                    return o;
            }
            const alias = misspelledAt.get(p[0]);
            const o = alias ? loaded.origin([alias]) : undefined;
            if (o)
                return o;
            return { file: relFiles[0], range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } };
        };
        let schemaErrors = null;
        const chartFacts = (0,chart_facts/* chartFactsFor */.J4)(chart.version);
        const airflowFacts = (0,airflow_facts/* airflowFactsFor */.PB)(airflowVersion);
        for (const rule of rules/* valueRules */.N) {
            if (severityOf(rule.meta) === 'off' || !selected(rule.meta.id))
                continue;
            if (fromFacts && rule.needsChart) {
                needChart.push(`${rule.meta.id} ${rule.meta.name} (${rule.needsChart})`);
                continue;
            }
            const ctx = {
                user,
                effective,
                chart,
                chartFacts,
                airflowVersion,
                airflowFacts,
                policy,
                schemaErrors: () => {
                    if (schemaErrors !== null)
                        return schemaErrors;
                    if (!chart.schema)
                        return (schemaErrors = undefined);
                    let compiled;
                    try {
                        compiled = compileSchema(chart.schema);
                    }
                    catch (e) {
                        // A chart (e.g. a local directory) whose schema helm's Go validator would refuse as well.
                        if (!(e instanceof UnsupportedSchemaPatternError))
                            throw e;
                        push(rule.meta, { file: relFiles[0], range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } }, {
                            message: `The values cannot be checked against the chart ${chart.version} schema: its ${e.message}.`,
                            fix: "Fix the chart's values.schema.json; helm install fails on this schema too.",
                        });
                        return (schemaErrors = undefined);
                    }
                    const { validate, stats } = compiled;
                    schemaStats = stats;
                    return (schemaErrors = validate(effective) ? [] : [...(validate.errors ?? [])]);
                },
                isSet: (p) => (0,context/* hasPath */.a6)(user, p),
                get: (p) => (0,context/* getPath */.Yn)(effective, p),
                locate,
                report: (p, r) => push(rule.meta, locate(p), r),
                reportAt: (loc, r) => push(rule.meta, loc, r),
            };
            await rule.check(ctx);
        }
        // helm template fails on the same schema errors; rendering then only repeats them.
        const schemaFailed = findings.some((f) => f.ruleId === 'VAL010' && f.severity === 'error');
        const wanted = (meta) => selected(meta.id) && severityOf(meta) !== 'off';
        if (!rendered_helm_hooks/* renderedRules */.$6.some(wanted)) {
            render = undefined;
        }
        else if (fromFacts && options.render !== 'off') {
            needChart.push(`${rendered_helm_hooks/* renderedHelmHooks */.Gc.id} ${rendered_helm_hooks/* renderedHelmHooks */.Gc.name} (the templates, rendered by helm)`);
            render = { kind: 'skipped', reason: 'the chart could not be downloaded' };
        }
        else if (schemaFailed && options.render !== 'off') {
            render = { kind: 'skipped', reason: 'the values do not match the chart schema (fix VAL010 first)' };
        }
        else if (options.render !== 'off') {
            // The second render (run in parallel with the first) is only for the rules that compare two renders.
            const twice = wanted(rendered_helm_hooks/* renderedDrift */.ZN) || wanted(rendered_helm_hooks/* renderedPlainJob */.dX);
            render = await (0,values_render/* renderChart */.xt)({ helm: options.helmPath, chartDir: chart.dir, renderable: chart.renderable, valuesFiles: options.files, cwd, twice });
            const at = { file: relFiles[relFiles.length - 1], range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } };
            if (render.kind === 'failed') {
                push(rendered_helm_hooks/* helmTemplateFailed */.uh, at, { message: `helm template failed with these values: ${render.stderr.split('\n').slice(0, 5).join(' ')}`, fix: 'Fix the values helm complains about; Argo CD renders the same way.' });
            }
            else if (render.kind === 'rendered') {
                argo = argoView(render.resources, render.second, user);
                const only = (meta) => (wanted(meta) ? push : () => { });
                reportArgoView(argo, {
                    push: (meta, location, report) => only(meta)(meta, location, report),
                    locate,
                    findings,
                    fallback: at,
                });
            }
        }
        // `on` asks for the render: one that could not happen is an error, not a quiet skip (schema errors
        // excepted: helm would only repeat them).
        if (options.render === 'on' && render?.kind === 'skipped' && !schemaFailed) {
            throw new finding/* UsageError */.eb(`render: on, but the rendered check could not run: ${render.reason}. Put helm on PATH and give a chart with its templates, or use render: auto.`);
        }
    }
    const ignore = config.ignore.map(files/* globToRegExp */.tL);
    const kept = findings.filter((f) => !f.file || !ignore.some((r) => r.test(f.file)));
    const chartFrom = fromFacts ? 'built-in facts; the chart could not be downloaded' : chart.from;
    const details = [
        ['Chart', `${chart.name} ${chart.version} (${chartFrom}${chart.from === 'directory' || chart.from === 'archive' ? `: ${external_node_path_.relative(cwd, chart.dir) || '.'}` : ''})`],
        ['Airflow version', airflowVersion],
        ['Values files', relFiles.join(', ')],
    ];
    if (needChart.length) {
        // One line: which rules wait for the chart; every other rule ran.
        details.push(['Needs the chart', `${needChart.join(', ')}: run once with network access (the chart is then cached) or pass --chart DIR`]);
    }
    else {
        if (schemaStats)
            details.push(['Schema validator', `${schemaStats.source} (${schemaStats.ms} ms)`]);
        else if (!chart.schema && !fromFacts && selected(schema_violation/* schemaViolation */.H.meta.id))
            details.push(['Schema validator', 'chart has no values.schema.json']);
        if (rendered_helm_hooks/* renderedRules */.$6.some((m) => selected(m.id)))
            details.push(['Rendered check', renderDetail(render, loadFailed, options.render)]);
        if (render?.kind === 'skipped')
            options.log?.(`notice: rendered check skipped: ${render.reason}.`);
    }
    return {
        findings: kept,
        rules: rules/* valuesRules */.K,
        run: {
            tool: 'validate-values',
            version: check/* VERSION */.x,
            filesChecked: options.files.length,
            durationMs: Date.now() - started,
            details,
            data: { render: { valuesFiles: relFiles, ...(loadFailed ? { mode: options.render ?? 'auto', status: 'skipped', reason: 'a values file did not load' } : renderSection(render, argo, options.render ?? 'auto')) } },
        },
        outputs: { 'chart-version': chart.version, 'airflow-version': airflowVersion },
    };
}
function renderDetail(render, loadFailed, mode) {
    if (mode === 'off')
        return 'off';
    if (loadFailed)
        return 'skipped: a values file did not load';
    if (!render)
        return 'off (rule disabled)';
    if (render.kind === 'skipped')
        return `skipped: ${render.reason}`;
    if (render.kind === 'failed')
        return 'helm template failed';
    return `${render.resources.length} resources rendered${render.second ? ' (twice, compared)' : ''} in ${(render.ms / 1000).toFixed(1)} s, ${render.hooks.length} with helm.sh/hook`;
}


/***/ }),

/***/ 4150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T8: () => (/* binding */ diffRenders),
  parseRenderMode: () => (/* binding */ parseRenderMode),
  xt: () => (/* binding */ renderChart)
});

// UNUSED EXPORTS: findHooks, findOnPath, scanManifests

// EXTERNAL MODULE: ./src/core/finding.js
var finding = __webpack_require__(9976);
;// CONCATENATED MODULE: ./src/core/limit.js
/**
 * Runs at most `limit` tasks at a time; the rest wait in order. For child processes that are each
 * CPU-bound (helm template): more of them than the machine has cores only slows every one down.
 */
function concurrencyLimit(limit) {
    let active = 0;
    const waiting = [];
    return async (task) => {
        if (active >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await task();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
// EXTERNAL MODULE: ./src/values/load.js + 6 modules
var load = __webpack_require__(1619);
;// CONCATENATED MODULE: ./src/values/render.js








const RENDER_MODES = ['auto', 'on', 'off'];
/** Parses --render / input `render` (empty: auto). */
function parseRenderMode(raw) {
    const value = (raw ?? '').trim() || 'auto';
    if (!RENDER_MODES.includes(value))
        throw new finding/* UsageError */.eb(`render must be auto, on or off (got "${value}").`);
    return value;
}
/** Finds an executable on PATH without a shell. */
function findOnPath(name, envPath = process.env.PATH ?? '') {
    const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
    for (const dir of envPath.split(external_node_path_.delimiter).filter(Boolean)) {
        for (const ext of exts) {
            const candidate = external_node_path_.join(dir, name + ext);
            try {
                external_node_fs_.accessSync(candidate, external_node_fs_.constants.X_OK);
                if (external_node_fs_.statSync(candidate).isFile())
                    return candidate;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}
/**
 * How many helm processes run at once in this process, across every file set being validated: helm
 * template is CPU-bound (one core each), so more than the machine has only slows each one down.
 */
const HELM_SLOTS = Math.max(2, typeof external_node_os_.availableParallelism === 'function' ? external_node_os_.availableParallelism() : external_node_os_.cpus().length);
const withHelmSlot = concurrencyLimit(HELM_SLOTS);
function runHelm(helm, args, cwd, timeoutMs) {
    return withHelmSlot(() => new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(helm, args, { cwd, env: process.env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, out, errOut) => {
            const c = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
            resolve({ code: c, stdout: String(out ?? ''), stderr: String(errOut ?? (err ? err.message : '')) });
        });
    }));
}
/**
 * Runs `helm template` (argv only, no shell) once, or twice in parallel when `twice` is set (the
 * second render shows what the chart generates at random), and lists the rendered resources.
 */
async function renderChart(options) {
    const helm = options.helm ?? findOnPath('helm');
    if (!helm)
        return { kind: 'skipped', reason: 'helm is not on PATH' };
    if (!options.renderable)
        return { kind: 'skipped', reason: 'the chart source has no templates/ directory' };
    const args = ['template', options.releaseName ?? 'airflow', options.chartDir, '--namespace', options.namespace ?? 'airflow'];
    for (const f of options.valuesFiles)
        args.push('--values', external_node_path_.resolve(options.cwd, f));
    const started = performance.now();
    const timeout = options.timeoutMs ?? 120_000;
    const runs = await Promise.all((options.twice ? [0, 1] : [0]).map(() => runHelm(helm, args, options.cwd, timeout)));
    const failed = runs.find((r) => r.code !== 0);
    if (failed)
        return { kind: 'failed', stderr: failed.stderr.trim() || `helm exited with code ${failed.code}` };
    const resources = scanManifests(runs[0].stdout);
    return {
        kind: 'rendered',
        resources,
        hooks: hooksOf(resources),
        second: runs[1] ? scanManifests(runs[1].stdout) : undefined,
        ms: Math.round(performance.now() - started),
    };
}
function hooksOf(resources) {
    return resources.filter((r) => r.annotations['helm.sh/hook'] !== undefined).map((r) => ({ kind: r.kind, name: r.name, hook: r.annotations['helm.sh/hook'], source: r.source }));
}
/** Every resource with a helm.sh/hook annotation, and how many resources the output holds. */
function findHooks(manifests) {
    const resources = scanManifests(manifests);
    return { hooks: hooksOf(resources), resources: resources.length };
}
const DOCUMENT_START = /^---[ \t]*(?:#.*)?$/;
/** The top-level keys the Argo CD view reads; everything else (specs, data) is skipped unparsed. */
const HEADER_KEY = /^(kind|metadata)[ \t]*:/;
/**
 * Splits helm's output into documents and reads kind and metadata only. helm prints block-style
 * YAML whose top-level keys start in column 0, so a document's `kind:` and `metadata:` entries are
 * their line plus the indented lines below it; only those few lines go through the YAML parser.
 * (Parsing every document whole was a sixth of the rendered check's time.) A document whose header
 * cannot be read this way is parsed whole.
 */
function scanManifests(manifests) {
    const out = [];
    const lines = manifests.split(/\r?\n/);
    let start = 0;
    for (let i = 0; i <= lines.length; i++) {
        if (i < lines.length && !DOCUMENT_START.test(lines[i]))
            continue;
        if (i > start) {
            const resource = readDocument(lines.slice(start, i));
            if (resource)
                out.push(resource);
        }
        start = i + 1;
    }
    return out;
}
function readDocument(lines) {
    let source;
    const header = [];
    let inHeader = false;
    let content = false;
    for (const line of lines) {
        if (!content && !source) {
            const m = /^# Source: (.+)$/.exec(line);
            if (m)
                source = m[1].trim();
        }
        if (line === '' || /^[ \t]*#/.test(line)) {
            if (inHeader)
                header.push(line);
            continue;
        }
        content = true;
        if (/^[ \t]/.test(line)) {
            if (inHeader)
                header.push(line);
            continue;
        }
        inHeader = HEADER_KEY.test(line);
        if (inHeader)
            header.push(line);
    }
    if (!content)
        return undefined;
    const text = lines.join('\n');
    let head;
    try {
        head = (0,dist/* parse */.qg)(header.length ? header.join('\n') : text, { uniqueKeys: false, maxAliasCount: 100 });
        if (!(0,load/* isPlainObject */.Qd)(head) || head.kind === undefined)
            head = (0,dist/* parse */.qg)(text, { uniqueKeys: false, maxAliasCount: 100 });
    }
    catch {
        try {
            head = (0,dist/* parse */.qg)(text, { uniqueKeys: false, maxAliasCount: 100 });
        }
        catch {
            return undefined;
        }
    }
    if (!(0,load/* isPlainObject */.Qd)(head))
        return undefined;
    const meta = (0,load/* isPlainObject */.Qd)(head.metadata) ? head.metadata : {};
    const annotations = {};
    if ((0,load/* isPlainObject */.Qd)(meta.annotations))
        for (const [k, v] of Object.entries(meta.annotations))
            annotations[k] = v === null || v === undefined ? '' : String(v);
    return {
        kind: String(head.kind ?? '?'),
        name: String(meta.name ?? meta.generateName ?? '?'),
        namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
        source,
        annotations,
        text,
    };
}
/**
 * Compares two renders resource by resource. Documents are compared as text first (helm's output
 * is otherwise identical from run to run); only the few that differ are parsed in full to name the
 * paths that changed.
 */
function diffRenders(first, second) {
    const key = (r) => `${r.kind}/${r.namespace ?? ''}/${r.name}/${r.source ?? ''}`;
    const secondByKey = new Map();
    for (const r of second)
        secondByKey.set(key(r), [...(secondByKey.get(key(r)) ?? []), r]);
    const drifts = [];
    for (const r of first) {
        const other = secondByKey.get(key(r))?.shift();
        if (other?.text === r.text)
            continue;
        const paths = other ? differingPaths(parseWhole(r.text), parseWhole(other.text), []) : ['(absent from the second render)'];
        drifts.push({ kind: r.kind, name: r.name, source: r.source, paths: paths.length ? paths : ['(formatting only)'] });
    }
    return drifts;
}
function parseWhole(text) {
    try {
        return (0,dist/* parse */.qg)(text, { uniqueKeys: false, maxAliasCount: 100 });
    }
    catch {
        return text;
    }
}
function differingPaths(a, b, at) {
    if ((0,load/* isPlainObject */.Qd)(a) && (0,load/* isPlainObject */.Qd)(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
        return keys.flatMap((k) => differingPaths(a[k], b[k], [...at, k]));
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length)
        return a.flatMap((v, i) => differingPaths(v, b[i], [...at, String(i)]));
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [at.join('.') || '(document)'];
}


/***/ })

};

//# sourceMappingURL=72.index.js.map