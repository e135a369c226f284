export const id = 479;
export const ids = [479];
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

/***/ 1619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gr: () => (/* binding */ HELM_YAML_OPTIONS),
  Qd: () => (/* binding */ isPlainObject),
  A7: () => (/* binding */ loadRules),
  E2: () => (/* binding */ loadValuesFiles)
});

// UNUSED EXPORTS: MAX_ALIAS_COUNT, MAX_VALUES_FILE_BYTES, mergeValues

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
// EXTERNAL MODULE: ./src/core/files.js
var core_files = __webpack_require__(3710);
// EXTERNAL MODULE: ./src/core/rule.js
var rule = __webpack_require__(7147);
;// CONCATENATED MODULE: ./src/values/rules/alias-limit.js
const aliasLimit = {
    id: 'VAL003',
    name: 'alias-limit',
    severity: 'error',
    check: 'validate-values',
    summary: 'YAML aliases expand beyond a safe size (an alias bomb).',
    docs: {
        what: 'Rejects a values file whose anchors and aliases expand into an excessive number of nodes.',
        why: 'Nested aliases ("billion laughs") expand exponentially and exhaust memory in every tool that reads the file, including Helm and Argo CD.',
        example: 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n# … and so on\n',
        fix: '# Write the values out; anchors are rarely needed in Helm values.\n',
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/values/rules/duplicate-key.js
const duplicateKey = {
    id: 'VAL002',
    name: 'duplicate-key',
    severity: 'error',
    check: 'validate-values',
    summary: 'A mapping sets the same key twice.',
    docs: {
        what: 'Reports a key that appears twice in the same mapping.',
        why: 'Depending on the Helm version the second key silently wins or the release fails; either way one of the two settings is not what runs.',
        example: 'executor: CeleryExecutor\nexecutor: KubernetesExecutor\n',
        fix: 'executor: KubernetesExecutor\n',
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/values/rules/empty-values-file.js
const emptyValuesFile = {
    id: 'VAL006',
    name: 'empty-values-file',
    severity: 'error',
    check: 'validate-values',
    summary: 'The values file sets nothing.',
    docs: {
        what: 'Reports a values file that is empty or holds only comments.',
        why: 'An empty file in the values list usually means the wrong path or a lost edit: every chart default (Helm hooks on, bundled PostgreSQL) then applies silently.',
        example: '# platform/airflow/values.yaml\n',
        fix: 'executor: KubernetesExecutor\npostgresql:\n  enabled: false\n',
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/values/rules/invalid-yaml.js
const invalidYaml = {
    id: 'VAL001',
    name: 'invalid-yaml',
    severity: 'error',
    check: 'validate-values',
    summary: 'The values file is not valid YAML.',
    docs: {
        what: 'Reports YAML syntax errors in a values file at the line where the parser stopped.',
        why: 'Helm refuses the whole release when one values file does not parse, so nothing else in the file can be checked or deployed.',
        example: 'scheduler:\n  replicas: [1\n',
        fix: 'scheduler:\n  replicas: 1\n',
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/values/rules/root-not-mapping.js
const rootNotMapping = {
    id: 'VAL004',
    name: 'root-not-mapping',
    severity: 'error',
    check: 'validate-values',
    summary: 'The top level of a values file must be a mapping.',
    docs: {
        what: 'Reports a values file whose top level is a list or a scalar, or that holds several YAML documents.',
        why: 'Helm only accepts a mapping of keys to values; anything else fails the release.',
        example: '- executor: KubernetesExecutor\n',
        fix: 'executor: KubernetesExecutor\n',
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/values/rules/unreadable-values-file.js
const unreadableValuesFile = {
    id: 'VAL005',
    name: 'unreadable-values-file',
    severity: 'error',
    check: 'validate-values',
    summary: 'The values file is missing, binary, not UTF-8 or too large.',
    docs: {
        what: 'Reports a values file that cannot be read as UTF-8 text of a sane size.',
        why: 'Helm reads values files as UTF-8 YAML; a binary, mis-encoded or huge file is almost always the wrong file in the list.',
        example: 'values-files: platform/airflow/values.yaml.gz\n',
        fix: 'values-files: platform/airflow/values.yaml\n',
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/values/load.js










/** The loader rules, for docs and SARIF. */
const loadRules = [invalidYaml, duplicateKey, aliasLimit, rootNotMapping, unreadableValuesFile, emptyValuesFile];
/** Values files are a few hundred KB at most (the chart's own is ~150 KB); anything bigger is the wrong file. */
const MAX_VALUES_FILE_BYTES = 2 * 1024 * 1024;
/** Aliases a values file may expand; legitimate files use a handful, a "billion laughs" needs thousands. */
const MAX_ALIAS_COUNT = 100;
/** Nesting deeper than this is not a values file; it also keeps the position walk off the stack limit. */
const MAX_DEPTH = 200;
/**
 * How helm (go-yaml v2 via sigs.k8s.io/yaml) reads values: YAML 1.1 booleans (yes/no/on/off), octal
 * and `<<` merge keys, but timestamps and base-60 numbers stay strings.
 */
const HELM_YAML_OPTIONS = {
    version: '1.1',
    merge: true,
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || (t.format !== 'TIME' && t.tag !== 'tag:yaml.org,2002:timestamp')),
};
const WHOLE_LINE_ONE = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
const pathKey = (p) => p.join('\u0000');
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** helm's mergeMaps for -f files: maps merge recursively, anything else (lists, scalars, null) replaces. */
function mergeValues(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        const b = out[k];
        out[k] = isPlainObject(b) && isPlainObject(v) ? mergeValues(b, v) : v;
    }
    return out;
}
/** Reads one or more values files the way helm does and remembers where every key came from. */
function loadValuesFiles(files, cwd = process.cwd()) {
    const findings = [];
    const parsed = [];
    for (const f of files) {
        const abs = external_node_path_.resolve(cwd, f);
        const rel = (0,core_files/* toPosix */.d7)(external_node_path_.relative(cwd, abs)) || external_node_path_.basename(abs);
        const one = loadOne(abs, rel, findings);
        if (one)
            parsed.push(one);
    }
    let values = {};
    for (const p of parsed)
        values = mergeValues(values, p.values);
    const origin = (keyPath) => {
        if (!hasPath(values, keyPath))
            return undefined;
        const key = pathKey(keyPath);
        for (let i = parsed.length - 1; i >= 0; i--) {
            const range = parsed[i].ranges.get(key);
            if (range)
                return { file: parsed[i].file, range };
        }
        return undefined;
    };
    return { values, findings, origin };
}
function hasPath(root, keyPath) {
    let cur = root;
    for (const seg of keyPath) {
        if (Array.isArray(cur)) {
            const i = Number(seg);
            if (!Number.isInteger(i) || i < 0 || i >= cur.length)
                return false;
            cur = cur[i];
        }
        else if (isPlainObject(cur)) {
            if (!Object.prototype.hasOwnProperty.call(cur, seg))
                return false;
            cur = cur[seg];
        }
        else
            return false;
    }
    return true;
}
function loadOne(abs, rel, findings) {
    const report = (meta, message, range = WHOLE_LINE_ONE, fix) => findings.push((0,rule/* makeFinding */.M)(meta, meta.severity, message, rel, range, fix));
    const read = (0,core_files/* readTextFile */.Gu)(abs, MAX_VALUES_FILE_BYTES);
    switch (read.kind) {
        case 'unreadable':
            report(unreadableValuesFile, `Values file ${rel} cannot be read (${read.reason}).`, undefined, 'Check the path in the values file list.');
            return undefined;
        case 'binary':
            report(unreadableValuesFile, `Values file ${rel} is binary (${read.bytes} bytes contain NUL bytes), not YAML.`, undefined, 'Pass the YAML values file, not an archive or image.');
            return undefined;
        case 'too-large':
            report(unreadableValuesFile, `Values file ${rel} is ${read.bytes} bytes, over the ${read.limit}-byte limit for values files.`, undefined, 'Pass the real values file; generated or concatenated files this large are not Helm values.');
            return undefined;
        case 'bad-encoding':
            report(unreadableValuesFile, `Values file ${rel} is not valid ${read.encoding === 'utf-8' ? 'UTF-8' : read.encoding} (first bad byte on line ${read.line}); Helm reads values as UTF-8.`, { startLine: read.line, startColumn: 1, endLine: read.line, endColumn: 1 }, 'Re-save the file as UTF-8.');
            return undefined;
    }
    const text = read.text;
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { ...HELM_YAML_OPTIONS, lineCounter, uniqueKeys: true, prettyErrors: true });
    const rangeOf = (start, end) => {
        const a = lineCounter.linePos(start);
        const b = lineCounter.linePos(Math.max(start, end));
        return { startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col };
    };
    if (doc.errors.length > 0) {
        // After the first syntax error the parser's further errors are mostly echoes of it; duplicate
        // keys are independent, so each is reported (within reason).
        const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
        const reported = [...(firstSyntax ? [firstSyntax] : []), ...doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').slice(0, 20)];
        for (const e of reported) {
            const [a, b] = e.pos;
            const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            if (e.code === 'DUPLICATE_KEY') {
                report(duplicateKey, `Duplicate key in ${rel}: ${first.replace(/^Map keys must be unique/, 'the same key is set twice in one mapping')}.`, rangeOf(a, b), 'Keep one of the two keys.');
            }
            else if (e.code === 'MULTIPLE_DOCS') {
                report(rootNotMapping, `Values file ${rel} holds several YAML documents; Helm reads only a single mapping.`, rangeOf(a, b), 'Remove the `---` separators and merge the documents into one mapping.');
            }
            else {
                report(invalidYaml, `YAML syntax error in ${rel}: ${first}.`, rangeOf(a, b), 'Fix the YAML syntax at this line (indentation, brackets, quotes).');
            }
        }
        return undefined;
    }
    const contents = doc.contents;
    if (contents === null || ((0,dist/* isScalar */.jn)(contents) && (contents.value === null || contents.value === undefined) && !contents.tag)) {
        report(emptyValuesFile, `Values file ${rel} is empty: it sets no values, so every chart default applies.`, undefined, 'Pass the intended values file, or remove it from the list.');
        return undefined;
    }
    if (!(0,dist/* isMap */.jh)(contents)) {
        const kind = (0,dist/* isSeq */.oP)(contents) ? 'a list' : 'a scalar';
        const r = contents.range ? rangeOf(contents.range[0], contents.range[1]) : WHOLE_LINE_ONE;
        report(rootNotMapping, `The top level of ${rel} is ${kind}; Helm values must be a mapping of keys.`, r, 'Make the top level a mapping, e.g. `executor: KubernetesExecutor`.');
        return undefined;
    }
    let js;
    try {
        js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        if (/alias/i.test(e.message)) {
            const firstAlias = findFirstAlias(contents);
            report(aliasLimit, `Values file ${rel} expands its YAML aliases beyond ${MAX_ALIAS_COUNT} nodes (an alias bomb); refusing to expand it.`, firstAlias ? rangeOf(firstAlias[0], firstAlias[1]) : WHOLE_LINE_ONE, 'Write the values out instead of nesting anchors and aliases.');
        }
        else {
            report(invalidYaml, `Values file ${rel} cannot be converted to values: ${e.message.split('\n')[0]}.`);
        }
        return undefined;
    }
    if (!isPlainObject(js)) {
        report(rootNotMapping, `The top level of ${rel} is not a mapping of keys.`);
        return undefined;
    }
    const ranges = new Map();
    let tooDeep = false;
    const walk = (node, at) => {
        if (at.length > MAX_DEPTH) {
            tooDeep = true;
            return;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                const keyNode = pair.key;
                const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : String(keyNode);
                if (key === '<<')
                    continue;
                const next = [...at, key];
                if (keyNode && keyNode.range)
                    ranges.set(pathKey(next), rangeOf(keyNode.range[0], keyNode.range[1]));
                walk(pair.value, next);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, i) => {
                const next = [...at, String(i)];
                const r = item?.range;
                if (r)
                    ranges.set(pathKey(next), rangeOf(r[0], r[1]));
                walk(item, next);
            });
        }
        // Aliases are not followed: their targets already have positions, and following them is what a bomb exploits.
        else if ((0,dist/* isAlias */.Vj)(node))
            return;
    };
    walk(contents, []);
    if (tooDeep) {
        report(invalidYaml, `Values file ${rel} nests deeper than ${MAX_DEPTH} levels; that is not a Helm values file.`);
        return undefined;
    }
    return { file: rel, values: js, ranges };
}
function findFirstAlias(root) {
    const stack = [root];
    while (stack.length) {
        const n = stack.pop();
        if ((0,dist/* isAlias */.Vj)(n) && n.range)
            return [n.range[0], n.range[1]];
        if ((0,dist/* isMap */.jh)(n))
            for (const p of [...n.items].reverse())
                stack.push(p.value);
        else if ((0,dist/* isSeq */.oP)(n))
            for (const i of [...n.items].reverse())
                stack.push(i);
    }
    return undefined;
}


/***/ }),

/***/ 2479:
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

;// CONCATENATED MODULE: ./src/values/rules/bundled-dependency.js

const DEPENDENCIES = [
    { key: 'postgresql', what: 'a bundled PostgreSQL StatefulSet (Bitnami subchart)', instead: 'point data.metadataSecretName at your external database' },
    { key: 'redis', what: 'a bundled Redis StatefulSet and its password Secret hook', instead: 'use KubernetesExecutor, or an external broker via data.brokerUrlSecretName' },
];
const bundledDependency = {
    meta: {
        id: 'VAL024',
        name: 'bundled-dependency',
        severity: 'error',
        check: 'validate-values',
        summary: 'The bundled PostgreSQL or Redis is enabled.',
        docs: {
            what: 'Reports postgresql.enabled or redis.enabled that is true, set or by default (both default to true).',
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
            if (!(0,context/* helmTruthy */.fD)(value))
                continue;
            ctx.report(path, {
                message: `${dep.key}.enabled ${ctx.isSet(path) ? `is ${(0,context/* show */.WU)(value)}` : 'is unset and defaults to true'}: the chart deploys ${dep.what}.`,
                fix: `Set ${dep.key}.enabled: false and ${dep.instead}.`,
            });
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
/** user:password@ in a URL. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/:@\s]*:([^@\s]+)@/i;
const committedSecret = {
    meta: {
        id: 'VAL027',
        name: 'committed-secret',
        severity: 'error',
        check: 'validate-values',
        summary: 'A password or key is written in the values file, i.e. committed to git.',
        docs: {
            what: 'Reports passwords and keys set directly in the values (database passwords, broker URLs with credentials, fernet/API/JWT keys). The value itself is never printed.',
            why: 'Values files live in git; anything in them is readable by everyone with repository access and stays in history after it is removed.',
            example: 'data:\n  metadataConnection:\n    user: airflow\n    pass: hunter2\n',
            fix: 'data:\n  metadataSecretName: airflow-metadata\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        for (const s of SECRET_PATHS) {
            if (!ctx.isSet(s.path))
                continue;
            const value = ctx.get(s.path);
            if (typeof value !== 'string' || !value)
                continue;
            let secret = value;
            if (s.path[1] === 'brokerUrl') {
                const m = URL_PASSWORD.exec(value);
                if (!m)
                    continue;
                secret = m[1];
            }
            (0,secrets/* registerSecret */.cl)(secret);
            ctx.report(s.path, {
                message: `${s.path.join('.')} puts ${s.what} in the values file, so it is committed to git.`,
                fix: `Remove it, rotate it, and reference a Secret through ${s.instead} instead.`,
            });
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
                    const nested = `${parts.join(': { ')}: ${JSON.stringify(value)}${' }'.repeat(parts.length - 1)}`;
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
            ctx.report(['fernetKeySecretName'], {
                message: 'fernetKeySecretName is not set, so the chart renders <release>-fernet-key as a helm.sh/hook: pre-install Secret with a random key; Argo CD re-creates it on every sync with a new key, and connections and variables encrypted with the old one become unreadable.',
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
                message: 'redis.enabled is true and redis.passwordSecretName is not set, so the chart renders <release>-redis-password as a helm.sh/hook: pre-install Secret with a random password.',
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
            why: 'Argo CD renders the chart on every refresh: a random value differs each time, so the application is permanently out of sync, and each sync rotates the key, logging users out and breaking tokens between components.',
            example: 'apiServer:\n  replicas: 2\n',
            fix: 'jwtSecretName: airflow-jwt-secret\napiSecretKeySecretName: airflow-api-secret-key\n',
        },
        exampleLanguage: 'yaml',
    },
    check(ctx) {
        for (const { key, what } of ctx.airflowFacts.driftingSecrets) {
            if (!Object.prototype.hasOwnProperty.call(ctx.chart.defaults, key))
                continue;
            if (key === 'jwtSecretName' && isAirflow3(ctx) && ctx.get(['apiServer', 'enabled']) === false)
                continue;
            if ((0,context/* helmTruthy */.fD)(ctx.get([key])) || (0,context/* helmTruthy */.fD)(ctx.get([LITERAL_FOR[key]])))
                continue;
            ctx.report([key], {
                message: `${key} is not set, so the chart generates the ${what} randomly on every render (Airflow ${ctx.airflowVersion}); Argo CD shows the Secret out of sync forever and each sync rotates it.`,
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
const valuesRules = [...load/* loadRules */.A7, ...valueRules.map((r) => r.meta), rendered_helm_hooks/* renderedHelmHooks */.G, rendered_helm_hooks/* helmTemplateFailed */.u].sort((a, b) => a.id.localeCompare(b.id));


/***/ }),

/***/ 9677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderedHelmHooks),
/* harmony export */   u: () => (/* binding */ helmTemplateFailed)
/* harmony export */ });
/** Reported by the engine from `helm template` output (see render.ts), not from values. */
const renderedHelmHooks = {
    id: 'VAL070',
    name: 'rendered-helm-hooks',
    severity: 'error',
    check: 'validate-values',
    summary: '`helm template` renders a resource with a helm.sh/hook annotation.',
    docs: {
        what: 'When helm is on PATH and the chart has templates, renders the chart with your values and reports every resource annotated helm.sh/hook: the definitive GitOps test, covering cases the value rules do not know.',
        why: 'Hook resources are not part of the release manifest: Argo CD maps them to its own hooks and re-runs them on every sync, Flux and `helm template | kubectl apply` pipelines drop them.',
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


/***/ }),

/***/ 7999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ schemaViolation)
/* harmony export */ });
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
function describe(e, value) {
    const got = value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
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
            const value = ctx.get(at);
            const where = at.length ? at.join('.') : 'The values';
            const message = anyOf
                ? `${where} matches none of the forms the chart ${ctx.chart.version} schema allows${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}.`
                : `${where} ${describe(e, typeof value === 'object' ? undefined : value)}.`;
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
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/* unused harmony export compareVersions */
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


/***/ }),

/***/ 3158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   D_: () => (/* binding */ BASE_FOLDER_HANDLING),
/* harmony export */   Nb: () => (/* binding */ TEMPLATE_CONTEXT),
/* harmony export */   SG: () => (/* binding */ DEFAULT_LOG_FILENAME_TEMPLATE),
/* harmony export */   k2: () => (/* binding */ DEFAULT_WASB_CONTAINER),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   tF: () => (/* binding */ DEFAULT_WASB_CONN_ID),
/* harmony export */   xR: () => (/* binding */ LOG_RECORD_FORMAT)
/* harmony export */ });
/* unused harmony export compareVersions */
/* harmony import */ var _core_versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7372);
/**
 * Facts about Airflow's WASB remote logging that change between versions, as data.
 * Each row applies from `since` (inclusive) until the next row's `since`.
 */
/**
 * Keyed by the Airflow core version: the base folder is handed to WasbRemoteLogIO by
 * airflow_local_settings.py in airflow-core, so the provider version does not change it.
 */
const BASE_FOLDER_HANDLING = [
    {
        since: '2.0.0',
        value: 'literal',
        source: 'airflow-core config_templates/airflow_local_settings.py passes remote_base_log_folder unchanged as remote_base (apache/airflow#58946)',
    },
    {
        // Backported to the 3.1 line: 3.1.7's wheel still passes the value unchanged, 3.1.8's strips it
        // (checked in the apache-airflow-core 3.1.6, 3.1.7, 3.1.8 and 3.2.0 wheels; 3.1.8 and 3.3.2 by a
        // real upload in test/airflow/wasb-real.test.ts).
        since: '3.1.8',
        value: 'strip-wasb-scheme',
        source: 'apache/airflow#61013 (closes #58946), released in apache-airflow-core 3.1.8: remote_base = remote_base_log_folder.removeprefix("wasb://")',
    },
];
/** Default `[logging] log_filename_template`; the blob name below the base folder is this, rendered. */
const DEFAULT_LOG_FILENAME_TEMPLATE = [
    {
        since: '2.3.0',
        value: 'dag_id={{ ti.dag_id }}/run_id={{ ti.run_id }}/task_id={{ ti.task_id }}/' +
            '{% if ti.map_index >= 0 %}map_index={{ ti.map_index }}/{% endif %}' +
            'attempt={{ try_number|default(ti.try_number) }}.log',
        source: 'airflow config.yml [logging] log_filename_template default (2.3+, unchanged in 2.9 and 3.x)',
    },
];
const TEMPLATE_CONTEXT = [
    {
        since: '2.3.0',
        value: { formatKeys: ['dag_id', 'task_id', 'run_id', 'data_interval_start', 'data_interval_end', 'execution_date', 'try_number'], minimalJinjaContext: false },
        source: 'airflow/utils/log/file_task_handler.py _render_filename (2.x): ti.get_template_context() for Jinja',
    },
    {
        since: '3.0.0',
        value: { formatKeys: ['dag_id', 'task_id', 'run_id', 'data_interval_start', 'data_interval_end', 'logical_date', 'try_number'], minimalJinjaContext: true },
        source: 'airflow-core utils/log/file_task_handler.py _render_filename (3.x): Jinja gets {"ti", "ts", "try_number"}; str.format gets logical_date, no execution_date',
    },
];
const LOG_RECORD_FORMAT = [
    { since: '2.0.0', value: 'text', source: 'Airflow 2 FileTaskHandler with the "airflow" logging.Formatter' },
    { since: '3.0.0', value: 'json-lines', source: 'Airflow 3 task SDK: structlog JSON lines {timestamp, level, event, logger}' },
];
/** `[azure_remote_logging] remote_wasb_log_container` fallback (provider config since 8.0.0). */
const DEFAULT_WASB_CONTAINER = 'airflow-logs';
/** WasbHook.default_conn_name, used when `[logging] remote_log_conn_id` is empty. */
const DEFAULT_WASB_CONN_ID = 'wasb_default';
/** The Airflow version assumed when none is given: the default chart's (one table for every check). */

/** Accepts 3, 3.1, 3.1.3, v3.1.3, 3.1.3rc1, 3.1.3-python3.12 (image tags). */
function parseVersion(text) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text.trim());
    if (!m)
        return undefined;
    return { major: Number(m[1]), minor: Number(m[2] ?? 0), patch: Number(m[3] ?? 0) };
}
function compareVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
/** The row in effect for `version`, or undefined when the version predates the table. */
function lookup(rows, version) {
    let found;
    for (const row of rows) {
        if (compareVersions(parseVersion(row.since), version) <= 0)
            found = row;
    }
    return found;
}


/***/ })

};

//# sourceMappingURL=479.index.js.map