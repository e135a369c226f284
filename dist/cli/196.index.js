export const id = 196;
export const ids = [196];
export const modules = {

/***/ 1619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gr: () => (/* binding */ HELM_YAML_OPTIONS),
  Qd: () => (/* binding */ isPlainObject),
  A7: () => (/* binding */ loadRules),
  E2: () => (/* binding */ loadValuesFiles),
  eC: () => (/* binding */ ownValue),
  iP: () => (/* binding */ setOwnValue)
});

// UNUSED EXPORTS: MAX_ALIAS_COUNT, MAX_DEPTH, MAX_VALUES_FILE_BYTES, mergeValues

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
/** The YAML parser and toJS recurse per nesting level; thousands of levels exhaust the stack. */
const isStackOverflow = (e) => e instanceof RangeError || /Maximum call stack size exceeded/.test(String(e?.message));
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
/** The value a mapping holds under `key` itself: never one inherited from Object.prototype (`__proto__`, `constructor`). */
function ownValue(map, key) {
    return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}
/**
 * Sets `key` as an ordinary own property. A plain `map[key] = v` with the key `__proto__` would
 * replace the object's prototype instead, silently dropping the key from the values; a values file
 * may hold any key, and an unknown one must be reported, not lost.
 */
function setOwnValue(map, key, value) {
    Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
}
/** helm's mergeMaps for -f files: maps merge recursively, anything else (lists, scalars, null) replaces. */
function mergeValues(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        const b = ownValue(out, k);
        setOwnValue(out, k, isPlainObject(b) && isPlainObject(v) ? mergeValues(b, v) : v);
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
    const tooDeep = (range = WHOLE_LINE_ONE) => report(invalidYaml, `Values file ${rel} nests deeper than ${MAX_DEPTH} levels; that is not a Helm values file.`, range, 'Flatten the structure; Helm values are a few levels deep.');
    let doc;
    try {
        // prettyErrors off: its per-error excerpt runs a regex over the whole "line" (quadratic on a long line of
        // lone CRs, which YAML does not count as line breaks); findings carry their own positions from e.pos.
        doc = (0,dist/* parseDocument */.Tp)(text, { ...HELM_YAML_OPTIONS, lineCounter, uniqueKeys: true, prettyErrors: false });
    }
    catch (e) {
        if (!isStackOverflow(e))
            throw e;
        tooDeep();
        return undefined;
    }
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
            if (isStackOverflow(e)) {
                // The parser's recursion gave out: far past MAX_DEPTH, and not a syntax error of the user's.
                tooDeep(rangeOf(a, b));
            }
            else if (e.code === 'DUPLICATE_KEY') {
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
    // A `<<` whose value is not a mapping: go-yaml refuses the file ("map merge requires map or
    // sequence of maps"); the yaml package throws a message that mentions aliases, so it is told apart
    // here rather than mistaken for an alias bomb below.
    const badMerge = findBadMergeKey(contents);
    if (badMerge) {
        report(invalidYaml, `Values file ${rel} has a \`<<\` merge key whose value is ${badMerge.got}; a merge key needs a mapping, an alias of one (*anchor), or a list of those.`, rangeOf(badMerge.range[0], badMerge.range[1]), 'Give `<<` an alias of a mapping (<<: *defaults), or use an ordinary key name.');
        return undefined;
    }
    let js;
    try {
        js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        if (isStackOverflow(e)) {
            tooDeep();
        }
        else if (/^Merge sources/.test(e.message)) {
            // `<<: *anchor` where the anchor is not a mapping (the direct cases are found above, with their line).
            report(invalidYaml, `Values file ${rel} has a \`<<\` merge key whose alias does not point at a mapping; a merge key needs a mapping, an alias of one, or a list of those.`, WHOLE_LINE_ONE, 'Give `<<` an alias of a mapping (<<: *defaults).');
        }
        else if (/alias/i.test(e.message)) {
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
    let deeperThanMax = false;
    const walk = (node, at) => {
        if (at.length > MAX_DEPTH) {
            deeperThanMax = true;
            return;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                const keyNode = pair.key;
                if (isMergeKey(keyNode))
                    continue;
                const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : String(keyNode);
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
    if (deeperThanMax) {
        tooDeep();
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
/** With `merge: true` the yaml package parses a plain `<<` key to a Scalar holding a Symbol. */
function isMergeKey(key) {
    return (0,dist/* isScalar */.jn)(key) && (typeof key.value === 'symbol' || (key.value === '<<' && key.type === 'PLAIN'));
}
/** A merge key (`<<`, plain) whose value is not a mapping, an alias of one, or a list of those; iterative, so depth cannot overflow it. */
function findBadMergeKey(root) {
    const mergeable = (n) => (0,dist/* isMap */.jh)(n) || ((0,dist/* isAlias */.Vj)(n) && n.source !== undefined);
    const stack = [root];
    while (stack.length) {
        const n = stack.pop();
        if ((0,dist/* isMap */.jh)(n)) {
            for (const pair of n.items) {
                const key = pair.key;
                if (isMergeKey(key)) {
                    const v = pair.value;
                    const ok = mergeable(v) || ((0,dist/* isSeq */.oP)(v) && v.items.every(mergeable));
                    if (!ok) {
                        const got = v === null || ((0,dist/* isScalar */.jn)(v) && v.value === null) ? 'empty' : (0,dist/* isSeq */.oP)(v) ? 'a list holding something other than mappings' : (0,dist/* isScalar */.jn)(v) ? 'a scalar' : 'not a mapping';
                        const r = v?.range ?? key.range;
                        return { range: r ? [r[0], r[1]] : [0, 0], got };
                    }
                }
                stack.push(pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(n))
            for (const i of n.items)
                stack.push(i);
    }
    return undefined;
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

//# sourceMappingURL=196.index.js.map