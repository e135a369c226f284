export const id = 150;
export const ids = [150];
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

//# sourceMappingURL=150.index.js.map