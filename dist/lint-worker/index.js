import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/core/finding.js
/** The one findings model shared by every check, reporter, action and the CLI. */
const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
const PROJECT_URL = 'https://github.com/airflow-gitops/airflow-gitops-actions';
function docsUrlFor(ruleId, ruleName) {
    return `${PROJECT_URL}/blob/main/docs/rules.md#${ruleId.toLowerCase()}-${ruleName}`;
}
/**
 * Severity, then file (locale order), line, column and rule id. Each distinct file is compared with
 * the collator once, when ranking the files; the findings are then sorted by the ranks. (With
 * localeCompare in the comparator, sorting 27,000 findings spent ~0.2 s in ICU: each call builds a
 * collator.) `new Intl.Collator()` is what localeCompare uses without arguments, so the order is the same.
 */
function sortFindings(findings) {
    const collator = new Intl.Collator();
    const fileRank = new Map();
    for (const f of findings)
        fileRank.set(f.file ?? '', 0);
    const files = [...fileRank.keys()].sort(collator.compare);
    // Files the collator calls equal (canonically equivalent spellings) share a rank, as they compared equal before.
    let rank = 0;
    for (let i = 0; i < files.length; i++) {
        if (i > 0 && collator.compare(files[i - 1], files[i]) !== 0)
            rank++;
        fileRank.set(files[i], rank);
    }
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        fileRank.get(a.file ?? '') - fileRank.get(b.file ?? '') ||
        (a.range?.startLine ?? 0) - (b.range?.startLine ?? 0) ||
        (a.range?.startColumn ?? 0) - (b.range?.startColumn ?? 0) ||
        collator.compare(a.ruleId, b.ruleId));
}
function countBySeverity(findings) {
    const totals = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        totals[f.severity]++;
    return totals;
}
function parseFailOn(value) {
    const v = (value ?? '').trim() || 'error';
    if (v === 'error' || v === 'warning' || v === 'never')
        return v;
    throw new finding_UsageError(`fail-on must be error, warning or never (got "${v}").`);
}
function failsAt(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}
/** Bad invocation or configuration: exit code 2 with one sentence, no stack. */
class finding_UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** How deep a file's DAG model sits in the `--format json` document (`{ "dags": { "<file>": … } }`). */
const finding_DAG_MODEL_JSON_DEPTH = 2;

;// CONCATENATED MODULE: ./src/core/files.js




const files_DEFAULT_MAX_FILE_BYTES = (/* unused pure expression or super */ null && (10 * 1024 * 1024));
// PEP 263: a coding declaration on line 1 or 2 decides how Python decodes the source.
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
function readTextFile(file, maxBytes = files_DEFAULT_MAX_FILE_BYTES) {
    let stat;
    try {
        stat = fs.statSync(file);
    }
    catch (e) {
        return { kind: 'unreadable', reason: e.code ?? String(e) };
    }
    if (!stat.isFile())
        return { kind: 'unreadable', reason: 'not a regular file' };
    if (stat.size > maxBytes)
        return { kind: 'too-large', bytes: stat.size, limit: maxBytes };
    let buf;
    try {
        buf = fs.readFileSync(file);
    }
    catch (e) {
        return { kind: 'unreadable', reason: e.code ?? String(e) };
    }
    return decodeSource(buf);
}
/** Non-streaming decode() keeps no state, so one decoder per encoding serves every file. */
const decoders = new Map();
function decodeSource(buf) {
    const bytes = buf.length;
    if (buf.subarray(0, 8192).includes(0))
        return { kind: 'binary', bytes };
    let start = 0;
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
        start = 3;
    const encoding = declaredEncoding(buf) ?? 'utf-8';
    // The coding line itself is ASCII, so a UTF-16/32 declaration can never describe the file truly:
    // Python's import fails on it, and decoding it anyway turns the file into CJK noise that sends
    // the parser's error recovery into minutes of work.
    if (/^utf-?(16|32)/.test(encoding)) {
        return { kind: 'bad-encoding', bytes, line: 1, encoding, reason: `The coding line declares ${encoding}, which Python cannot read source files in: importing it fails.` };
    }
    let decoder = decoders.get(encoding);
    if (!decoder) {
        try {
            decoder = new external_node_util_namespaceObject.TextDecoder(encoding, { fatal: true });
        }
        catch {
            return { kind: 'bad-encoding', bytes, line: 1, encoding };
        }
        decoders.set(encoding, decoder);
    }
    try {
        return { kind: 'text', text: decoder.decode(buf.subarray(start)), bytes };
    }
    catch {
        return { kind: 'bad-encoding', bytes, line: firstBadUtf8Line(buf), encoding };
    }
}
/** Python codec names that WHATWG TextDecoder spells differently. */
const PYTHON_CODEC_ALIASES = {
    'latin-1': 'iso-8859-1',
    latin1: 'iso-8859-1',
    l1: 'iso-8859-1',
    'iso8859-1': 'iso-8859-1',
    utf8: 'utf-8',
    'utf-8-sig': 'utf-8',
    cp1252: 'windows-1252',
};
/**
 * CPython's tokenizer normalises a coding cookie before looking it up (get_normal_name): on its
 * first 12 characters, `_` becomes `-` and letters are lower-cased; "utf-8" and any "utf-8-…"
 * (e.g. the common `# -*-coding:utf-8-*-`, whose cookie reads "utf-8-") mean UTF-8, and "latin-1",
 * "iso-8859-1", "iso-latin-1" and their "…-" forms mean ISO-8859-1.
 */
function normalCodecName(cookie) {
    const head = cookie.slice(0, 12).toLowerCase().replace(/_/g, '-');
    if (head === 'utf-8' || head.startsWith('utf-8-'))
        return 'utf-8';
    if (['latin-1', 'iso-8859-1', 'iso-latin-1'].some((n) => head === n || head.startsWith(`${n}-`)))
        return 'iso-8859-1';
    const name = cookie.toLowerCase().replace(/_/g, '-');
    return PYTHON_CODEC_ALIASES[name] ?? name;
}
function declaredEncoding(buf) {
    const head = buf.subarray(0, 512).toString('latin1').split('\n', 2);
    for (const line of head) {
        const m = CODING_COOKIE.exec(line);
        if (m) {
            return normalCodecName(m[1]);
        }
        if (!/^[ \t\f]*(#|$)/.test(line))
            break;
    }
    return undefined;
}
function firstBadUtf8Line(buf) {
    const decoder = new external_node_util_namespaceObject.TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i <= buf.length; i++) {
        if (i === buf.length || buf[i] === 0x0a) {
            try {
                decoder.decode(buf.subarray(lineStart, i));
            }
            catch {
                return line;
            }
            line++;
            lineStart = i + 1;
        }
    }
    return line;
}
/**
 * Converts a glob (**, *, ?, {a,b}, [abc], [a-z], [!abc]) to a RegExp over forward-slash paths.
 * A malformed glob (an unclosed `{` or `[`, a reversed range) is a UsageError naming the glob,
 * never a RegExp syntax error from deep inside.
 */
function globToRegExp(glob) {
    const bad = (why) => {
        throw new UsageError(`Invalid glob "${glob}": ${why}. Escape nothing; name an existing file exactly to match it literally.`);
    };
    let re = '';
    let i = 0;
    let inBraces = 0;
    while (i < glob.length) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                const slashAfter = glob[i + 2] === '/';
                re += slashAfter ? '(?:.*/)?' : '.*';
                i += slashAfter ? 3 : 2;
                continue;
            }
            re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            inBraces++;
            re += '(?:';
        }
        else if (c === '}' && inBraces > 0) {
            inBraces--;
            re += ')';
        }
        else if (c === ',' && inBraces > 0)
            re += '|';
        else if (c === '[') {
            // A `]` right after `[` or `[!` is a member, as in fnmatch.
            let j = i + 1;
            const negated = glob[j] === '!';
            if (negated)
                j++;
            const close = glob.indexOf(']', glob[j] === ']' ? j + 1 : j);
            if (close < 0)
                bad(`"[" at position ${i + 1} is never closed with "]"`);
            re += bracketClass(glob.slice(j, close), negated, bad);
            i = close + 1;
            continue;
        }
        else
            re += escapeRegExpChar(c);
        i++;
    }
    if (inBraces > 0)
        bad('"{" is never closed with "}"');
    try {
        return new RegExp('^' + re + '$');
    }
    catch (e) {
        return bad(e.message);
    }
}
function escapeRegExpChar(c) {
    return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** The members of a glob `[...]` as a RegExp class, each member escaped; ranges checked for order. */
function bracketClass(members, negated, bad) {
    let out = '';
    for (let k = 0; k < members.length; k++) {
        const lo = members[k];
        if (members[k + 1] === '-' && k + 2 < members.length) {
            const hi = members[k + 2];
            if (lo > hi)
                bad(`the range "${lo}-${hi}" runs backwards`);
            out += `${escapeRegExpChar(lo)}-${escapeRegExpChar(hi)}`;
            k += 2;
        }
        else
            out += escapeRegExpChar(lo);
    }
    if (!out)
        bad('"[]" matches nothing');
    // A class never matches "/": a glob segment cannot cross directories.
    return negated ? `[^/${out}]` : `(?!/)[${out}]`;
}
function hasGlobMagic(p) {
    return /[*?{[]/.test(p);
}
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache']);
function toPosix(p) {
    return p.split(path.sep).join('/');
}
/** What a stat describes, in words, for anything but a regular file or a directory. */
function fileKind(stat) {
    if (stat.isFIFO())
        return 'a named pipe (FIFO)';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isDirectory())
        return 'a directory';
    return stat.isFile() ? 'a regular file' : 'not a regular file';
}
/**
 * Expands paths (files, directories, globs) into files with one of `extensions`, relative to `root`.
 * An input that exists as named is taken literally even if it contains glob characters (a file
 * called `[x].py`); only an input that does not exist is a glob. Directories are walked following
 * symlinks, as Airflow's DAG-folder scan does (os.walk(followlinks=True)), each real directory once;
 * only regular files are taken, so a FIFO or device in the tree is never opened. A file named
 * explicitly is taken only with a wanted extension; one matching an `ignore` glob is left out
 * silently (the config decided that).
 */
function files_expandPaths(inputs, root, extensions, ignore = []) {
    const ignoreRes = ignore.map(globToRegExp);
    const found = new Set();
    const out = { files: [], missing: [], empty: [], otherExtension: [], notRegular: [], symlinkRepeats: [] };
    const hasExtension = (rel) => extensions.some((e) => rel.endsWith(e));
    const ignored = (rel) => ignoreRes.some((r) => r.test(rel));
    const wanted = (rel) => hasExtension(rel) && !ignored(rel);
    const walk = (absDir, onFile) => {
        // Real paths of the directories walked from this input: the loop protection for followed links.
        const walked = new Set();
        const stack = [absDir];
        while (stack.length) {
            const dir = stack.pop();
            let real;
            try {
                real = fs.realpathSync(dir);
            }
            catch {
                continue;
            }
            if (walked.has(real)) {
                if (dir !== absDir)
                    out.symlinkRepeats.push(toPosix(path.relative(root, dir)));
                continue;
            }
            walked.add(real);
            let entries;
            try {
                entries = fs.readdirSync(dir, { withFileTypes: true });
            }
            catch {
                continue;
            }
            for (const e of entries) {
                const abs = path.join(dir, e.name);
                let isDir = e.isDirectory();
                let isFile = e.isFile();
                if (e.isSymbolicLink()) {
                    // Followed like Airflow does; a dangling link is skipped, as Airflow's isfile() check does.
                    try {
                        const target = fs.statSync(abs);
                        isDir = target.isDirectory();
                        isFile = target.isFile();
                    }
                    catch {
                        continue;
                    }
                }
                if (isDir) {
                    if (!SKIPPED_DIRS.has(e.name))
                        stack.push(abs);
                }
                else if (isFile)
                    onFile(toPosix(path.relative(root, abs)));
            }
        }
    };
    for (const input of inputs) {
        const abs = path.resolve(root, input);
        let stat;
        try {
            stat = fs.statSync(abs);
        }
        catch {
            stat = undefined;
        }
        if (!stat && hasGlobMagic(input)) {
            const re = globToRegExp(toPosix(path.normalize(input)).replace(/^\.\//, ''));
            let matchedAny = false;
            let matchedWanted = false;
            walk(path.resolve(root, staticPrefix(input)), (rel) => {
                if (!re.test(rel))
                    return;
                matchedAny = true;
                if (wanted(rel)) {
                    found.add(rel);
                    matchedWanted = true;
                }
            });
            if (!matchedAny)
                out.missing.push(input);
            else if (!matchedWanted)
                out.empty.push(input);
            continue;
        }
        if (!stat) {
            out.missing.push(input);
            continue;
        }
        if (stat.isDirectory()) {
            let any = false;
            walk(abs, (rel) => {
                if (wanted(rel)) {
                    found.add(rel);
                    any = true;
                }
            });
            if (!any)
                out.empty.push(input);
        }
        else if (!stat.isFile()) {
            out.notRegular.push({ input, kind: fileKind(stat) });
        }
        else {
            const rel = toPosix(path.relative(root, abs));
            if (!hasExtension(rel))
                out.otherExtension.push(input);
            else if (!ignored(rel))
                found.add(rel);
        }
    }
    out.files = [...found].sort();
    return out;
}
function staticPrefix(glob) {
    const parts = toPosix(glob).split('/');
    const out = [];
    for (const p of parts) {
        if (hasGlobMagic(p))
            break;
        out.push(p);
    }
    return out.join('/') || '.';
}
/**
 * Splits an action's path-list input. Newline-separated when it holds a newline (each line one
 * path, spaces kept); otherwise the whole value when it names an existing path (`my dags/`), else
 * space-separated, as the input always accepted.
 */
function splitPathList(value, exists) {
    if (/[\r\n]/.test(value))
        return value.split(/\r?\n|\r/).map((s) => s.trim()).filter(Boolean);
    const whole = value.trim();
    if (!whole)
        return [];
    if (/\s/.test(whole) && exists(whole))
        return [whole];
    return whole.split(/\s+/);
}

;// CONCATENATED MODULE: ./src/core/json-text.js
/**
 * A value carried as its JSON text: `JSON.stringify(value, null, 2)` as it reads `depth` levels deep
 * in a document (its lines after the first indented for that depth). lint-dags renders each file's
 * DAG model this way when the file is analysed: the model's objects die young instead of living
 * until the report (at 10,000 files they were hundreds of thousands of long-lived arrays), and
 * `--format json` writes the text as it is.
 *
 * Anything else that serialises it (JSON.stringify, SARIF) gets the value back through toJSON.
 */
class json_text_JsonText {
    text;
    depth;
    constructor(text, depth) {
        this.text = text;
        this.depth = depth;
    }
    toJSON() {
        return JSON.parse(this.text);
    }
    /** `value` rendered for `depth` levels of nesting; undefined when it has no JSON form (undefined, a function, a symbol). */
    static render(value, depth) {
        // Stringified inside `depth` one-key wrappers, the value comes out indented for its depth
        // natively; the wrappers' own lines are cut off (cheaper than re-indenting with a regex).
        if (value === undefined || typeof value === 'function' || typeof value === 'symbol')
            return undefined;
        let wrapped = value;
        for (let i = 0; i < depth; i++)
            wrapped = { k: wrapped };
        const text = JSON.stringify(wrapped, null, 2);
        const { head, tail } = wrapperLengths(depth);
        return new json_text_JsonText(text.slice(head, text.length - tail), depth);
    }
}
const wrappers = new Map();
/** How many characters the wrappers add before and after a value at `depth`. */
function wrapperLengths(depth) {
    let lengths = wrappers.get(depth);
    if (!lengths) {
        let probe = 0;
        for (let i = 0; i < depth; i++)
            probe = { k: probe };
        const text = JSON.stringify(probe, null, 2);
        const head = text.lastIndexOf('0');
        wrappers.set(depth, (lengths = { head, tail: text.length - head - 1 }));
    }
    return lengths;
}

;// CONCATENATED MODULE: ./src/core/rule.js

/** Turns a rule's report() calls into Findings, applying the configured severity. */
function rule_makeFinding(meta, severity, message, file, range, fix) {
    const finding = {
        ruleId: meta.id,
        ruleName: meta.name,
        severity,
        message,
        docsUrl: docsUrlFor(meta.id, meta.name),
    };
    if (file !== undefined)
        finding.file = file;
    if (range)
        finding.range = range;
    if (fix)
        finding.fix = fix;
    return finding;
}
/** Resolves a rule's effective severity from config overrides (by id or name). */
function rule_effectiveSeverity(meta, overrides) {
    if (!overrides)
        return meta.severity;
    return overrides[meta.id] ?? overrides[meta.name] ?? meta.severity;
}

;// CONCATENATED MODULE: ./src/dags/ast.js
function childByField(node, field) {
    for (const c of node.children)
        if (c.field === field)
            return c;
    return undefined;
}
/** Text helpers bound to one source string. */
class SourceText {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    /** Offsets where lines start; computed on first use (a file without findings never needs them). */
    get lineStarts() {
        if (!this.starts) {
            const starts = [0];
            const text = this.text;
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
            this.starts = starts;
        }
        return this.starts;
    }
    of(node) {
        return this.text.slice(node.start, node.end);
    }
    /**
     * Whether the node's text is `word`: what `of(node) === word` answers, without copying the text
     * out (rules ask this of every call and definition in every file).
     */
    is(node, word) {
        return !!node && node.end - node.start === word.length && this.text.startsWith(word, node.start);
    }
    /** 1-based line and column of a UTF-16 offset. */
    position(offset) {
        const starts = this.lineStarts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
    range(start, end) {
        const s = this.position(start);
        const e = this.position(Math.max(start, end));
        return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
    }
    lineText(line) {
        const starts = this.lineStarts;
        const start = starts[line - 1] ?? this.text.length;
        const next = starts[line];
        return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
    }
    get lineCount() {
        return this.lineStarts.length;
    }
}
/** The value of a plain string literal node (no f-string, no implicit concatenation of f-strings), else undefined. */
function stringValue(node, src) {
    if (node.type === 'concatenated_string') {
        let out = '';
        for (const c of node.children) {
            const v = stringValue(c, src);
            if (v === undefined)
                return undefined;
            out += v;
        }
        return out;
    }
    if (node.type !== 'string')
        return undefined;
    if (node.children.some((c) => c.type === 'interpolation'))
        return undefined;
    const raw = src.of(node);
    const m = /^([rRbBuU]{0,2})('''|"""|'|")/.exec(raw);
    if (!m)
        return undefined;
    const prefix = m[1].toLowerCase();
    if (prefix.includes('f'))
        return undefined;
    const q = m[2];
    const body = raw.slice(m[0].length, raw.length - q.length);
    if (prefix.includes('r'))
        return body;
    return body.replace(/\\(?:(\n)|([\\'"abfnrtv])|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/g, (_all, nl, ch, hex, uni) => {
        if (nl)
            return '';
        if (hex)
            return String.fromCharCode(parseInt(hex, 16));
        if (uni)
            return String.fromCharCode(parseInt(uni, 16));
        const map = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v' };
        return map[ch] ?? ch;
    });
}

;// CONCATENATED MODULE: ./src/dags/data/airflow-names.js
/**
 * Qualified names the DAG model recognises, across Airflow 2.x and 3.x import paths.
 * (Which of them are removed or deprecated on Airflow 3 is airflow3.ts's business.)
 */
const DAG_CLASSES = new Set([
    'airflow.DAG',
    'airflow.models.DAG',
    'airflow.models.dag.DAG',
    'airflow.sdk.DAG',
    'airflow.sdk.definitions.dag.DAG',
]);
const DAG_DECORATORS = new Set([
    'airflow.decorators.dag',
    'airflow.sdk.dag',
    'airflow.sdk.definitions.dag.dag',
    'airflow.models.dag.dag',
]);
/** Airflow 3's `@asset`: a DAG with one task, both named after the decorated function. */
const ASSET_DECORATORS = new Set(['airflow.sdk.asset', 'airflow.sdk.definitions.asset.decorators.asset']);
/** `@task`, and its flavours `@task.branch`, `@task.bash`, … (the attribute after these). */
const TASK_DECORATORS = new Set([
    'airflow.decorators.task',
    'airflow.sdk.task',
    // @setup / @teardown make a task named after the function, like @task (DagBag on 2.9.3, 3.1.8, 3.3.2).
    'airflow.decorators.setup',
    'airflow.decorators.teardown',
    'airflow.sdk.setup',
    'airflow.sdk.teardown',
]);
/** Flavours of @task whose return value names the task_ids to follow. */
const BRANCH_TASK_FLAVOURS = new Set(['branch', 'branch_virtualenv', 'branch_external_python']);
const TASK_GROUP_CLASSES = new Set([
    'airflow.utils.task_group.TaskGroup',
    'airflow.sdk.TaskGroup',
    'airflow.sdk.definitions.taskgroup.TaskGroup',
]);
const TASK_GROUP_DECORATORS = new Set([
    'airflow.decorators.task_group',
    'airflow.sdk.task_group',
]);
const CHAIN_FUNCTIONS = new Set([
    'airflow.models.baseoperator.chain',
    'airflow.sdk.chain',
    'airflow.sdk.bases.operator.chain',
    'airflow.utils.helpers.chain',
]);
/** Operators whose python_callable returns the task_id(s) to follow. */
const BRANCH_OPERATOR_NAMES = new Set([
    'BranchPythonOperator',
    'BranchPythonVirtualenvOperator',
    'BranchExternalPythonOperator',
]);
/** Calls that return "now": a start_date built from them moves on every parse. */
const NOW_FUNCTIONS = new Set([
    'datetime.datetime.now',
    'datetime.datetime.utcnow',
    'datetime.datetime.today',
    'datetime.date.today',
    'pendulum.now',
    'pendulum.today',
    'pendulum.yesterday',
    'pendulum.tomorrow',
    'airflow.utils.timezone.utcnow',
    'airflow.utils.timezone.datetime.now',
    'time.time',
]);
/** Constructors of a datetime that is naive unless given tzinfo=. */
const NAIVE_DATETIME_CONSTRUCTORS = new Set(['datetime.datetime']);
/** Parse-time calls that read Airflow Variables or Connections (a DB or secrets-backend round trip). */
const VARIABLE_CONNECTION_CALLS = new Set([
    'airflow.models.Variable.get',
    'airflow.models.variable.Variable.get',
    'airflow.sdk.Variable.get',
    'airflow.models.Connection.get',
    'airflow.models.Connection.get_connection_from_secrets',
    'airflow.models.connection.Connection.get_connection_from_secrets',
    'airflow.sdk.Connection.get',
    'airflow.hooks.base.BaseHook.get_connection',
    'airflow.sdk.BaseHook.get_connection',
    'airflow.hooks.base_hook.BaseHook.get_connection',
]);
/** Module prefixes whose calls do network or database I/O. */
const NETWORK_CALL_PREFIXES = [
    'requests.',
    'httpx.',
    'urllib.request.',
    'urllib3.',
    'http.client.',
    'socket.',
    'psycopg2.connect',
    'psycopg.connect',
    'pymysql.connect',
    'sqlalchemy.create_engine',
    'boto3.client',
    'boto3.resource',
    'redis.Redis',
    'pymongo.MongoClient',
    'kubernetes.config.load_incluster_config',
    'kubernetes.config.load_kube_config',
];
const airflow_names_DEFAULT_HEAVY_IMPORTS = (/* unused pure expression or super */ null && ([
    'kubernetes',
    'pandas',
    'numpy',
    'torch',
    'tensorflow',
    'sklearn',
    'transformers',
    'qdrant_client',
    'scipy',
    'matplotlib',
    'pyspark',
    'keras',
]));
/** Metadata-database access that Airflow 3's task SDK no longer allows. */
const METADATA_DB_CALLS = new Set([
    'airflow.utils.session.create_session',
    'airflow.utils.session.provide_session',
    'airflow.utils.db.create_session',
    'airflow.utils.db.provide_session',
    'airflow.settings.Session',
    'airflow.settings.engine.connect',
]);
const CRON_PRESETS = new Set([
    '@once',
    '@continuous',
    '@hourly',
    '@daily',
    '@weekly',
    '@monthly',
    '@quarterly',
    '@yearly',
    '@annually',
    '@midnight',
]);

;// CONCATENATED MODULE: ./src/dags/resolve.js

/**
 * Resolves expressions to the fully-qualified names they refer to through the file's imports:
 * `DAG` after `from airflow import DAG` → `airflow.DAG`; `dates.days_ago` after
 * `from airflow.utils import dates` → `airflow.utils.dates.days_ago`.
 */
class NameResolver {
    scopes;
    src;
    byScope = new Map();
    /**
     * First dotted segment of every import's local name (a chain whose head is not one of them is not
     * imported), bucketed by length and first character so most names are rejected without slicing
     * and hashing them.
     */
    importedHeads = new Map();
    /** Some import binds a dotted local (`import a.b.c`): only then can a dotted prefix of a chain match one. */
    hasDottedImports = false;
    /** qualify() results for chains with an imported head (null: not imported); several rules ask about the same calls. */
    qualified = new Map();
    constructor(scopes, src) {
        this.scopes = scopes;
        this.src = src;
        for (const imp of scopes.imports) {
            let map = this.byScope.get(imp.scope);
            if (!map)
                this.byScope.set(imp.scope, (map = new Map()));
            if (!map.has(imp.local) || imp.from)
                map.set(imp.local, imp);
            const dot = imp.local.indexOf('.');
            if (dot !== -1)
                this.hasDottedImports = true;
            const head = dot === -1 ? imp.local : imp.local.slice(0, dot);
            const key = headKey(head.length, head.charCodeAt(0));
            const bucket = this.importedHeads.get(key);
            if (!bucket)
                this.importedHeads.set(key, [head]);
            else if (!bucket.includes(head))
                bucket.push(head);
        }
    }
    /** The import head spelled by identifier `id` (its text), or undefined when no import binds that name. */
    importedHead(id) {
        const text = this.src.text;
        const bucket = this.importedHeads.get(headKey(id.end - id.start, text.charCodeAt(id.start)));
        if (bucket)
            for (const head of bucket)
                if (text.startsWith(head, id.start))
                    return head;
        return undefined;
    }
    /** The innermost scope containing `node` (walks up to the nearest scope-owning node). */
    scopeAt(node) {
        for (let n = node.parent; n; n = n.parent) {
            const s = this.scopes.scopeOf.get(n);
            if (s)
                return s;
        }
        return this.scopes.module;
    }
    lookupImport(name, scope) {
        for (let s = scope; s; s = s.parent) {
            const hit = this.byScope.get(s)?.get(name);
            if (hit)
                return hit;
        }
        return undefined;
    }
    /** Fully-qualified name for an identifier/attribute chain, or undefined when it is not imported. */
    qualify(node) {
        // Most chains start with a name no import binds (locals, builtins): find the head first and
        // stop there, before building the dotted parts and walking scopes.
        let base = node;
        while (base && base.type === 'attribute') {
            if (!childByField(base, 'attribute'))
                return undefined;
            base = childByField(base, 'object');
        }
        if (!base || base.type !== 'identifier')
            return undefined;
        const head = this.importedHead(base);
        if (head === undefined)
            return undefined;
        const cached = this.qualified.get(node);
        if (cached !== undefined)
            return cached ?? undefined;
        const q = this.resolveImported(node, base, head);
        this.qualified.set(node, q ?? null);
        return q;
    }
    resolveImported(node, base, head) {
        const parts = [];
        for (let n = node; n !== base; n = childByField(n, 'object'))
            parts.unshift(this.src.of(childByField(n, 'attribute')));
        const scope = this.scopeAt(node);
        // `import a.b.c` then `a.b.c.x`: prefer the longest imported dotted prefix.
        if (this.hasDottedImports) {
            for (let k = parts.length; k >= 1; k--) {
                const dotted = [head, ...parts.slice(0, k)].join('.');
                const imp = this.lookupImport(dotted, scope);
                if (imp && !imp.from && imp.local === dotted)
                    return [imp.qualified, ...parts.slice(k)].join('.');
            }
        }
        const imp = this.lookupImport(head, scope);
        if (!imp)
            return undefined;
        return parts.length ? `${imp.qualified}.${parts.join('.')}` : imp.qualified;
    }
    /** The qualified name of what a call calls (`f(...)`), or undefined. */
    callee(call) {
        const fn = childByField(call, 'function');
        return fn ? this.qualify(fn) : undefined;
    }
}
/** Bucket key for importedHeads: names of one length and first character share a bucket. */
function headKey(length, firstChar) {
    return length === 0 ? -1 : length * 65536 + firstChar;
}
/**
 * Several rules and the model read the same calls' arguments: computed once per call node (the
 * result is read-only). Files are linted one after another, so only the current file's are kept
 * (a Map is about twice as fast as a WeakMap here).
 */
let argumentsFile;
let argumentsByCall = new Map();
/** Drops the cached arguments (analyzeTree calls it when a file is done; see releaseFileCaches in analyze.ts). */
function forgetCallArguments() {
    argumentsFile = undefined;
    argumentsByCall = new Map();
}
/** Keyword arguments of a call by name, and its positional arguments. */
function callArguments(call, src) {
    if (src !== argumentsFile) {
        argumentsFile = src;
        argumentsByCall = new Map();
    }
    let out = argumentsByCall.get(call);
    if (!out)
        argumentsByCall.set(call, (out = collectArguments(call, src)));
    return out;
}
function collectArguments(call, src) {
    const keywords = new Map();
    const keywordNames = new Map();
    const positional = [];
    const args = childByField(call, 'arguments');
    if (!args || args.type !== 'argument_list')
        return { keywords, keywordNames, positional };
    for (const a of args.children) {
        if (a.type === 'keyword_argument') {
            const name = childByField(a, 'name');
            const value = childByField(a, 'value');
            if (name && value) {
                const key = src.of(name);
                keywords.set(key, value);
                keywordNames.set(key, name);
            }
        }
        else if (a.type !== 'dictionary_splat' && a.type !== 'list_splat' && a.type !== 'comment')
            positional.push(a);
    }
    return { keywords, keywordNames, positional };
}

;// CONCATENATED MODULE: ./src/dags/model.js



/** The downstream map of a task without edges (never written to: link() replaces it first). */
const NO_DOWNSTREAM = new Map();
const isGroup = (r) => 'group' in r;
/** Builtins whose result holds the tasks of their argument. */
const PASS_THROUGH_BUILTINS = new Set(['list', 'tuple', 'reversed', 'sorted']);
/** Builtins that never create a task, even when a DAG body calls them at statement level. */
const NON_TASK_BUILTINS = new Set(['print', 'len', 'str', 'int', 'float', 'bool', 'dict', 'set', 'range', 'enumerate', 'zip', 'isinstance', 'getattr', 'setattr', 'globals', 'locals', 'open', 'format', 'repr', 'min', 'max', 'sum', 'any', 'all']);
/** Modules whose functions never create a task (Airflow's own task-creating calls are followed above). */
const NON_TASK_MODULES = new Set(['airflow', 'logging', 'os', 'sys', 'json', 'datetime', 'pendulum', 'time', 're', 'math', 'random', 'uuid', 'pathlib', 'yaml', 'textwrap', 'warnings']);
/** Methods of an operator or XComArg that return the same task. */
const TASK_RETURNING_METHODS = new Set(['as_setup', 'as_teardown', 'expand', 'expand_kwargs', 'partial', 'override']);
const EDGE_LABELS = new Set(['airflow.utils.edgemodifier.Label', 'airflow.sdk.Label', 'airflow.sdk.definitions.edges.Label']);
/** The function or class body a definition lives in (undefined: module level). */
function enclosingScopeNode(def) {
    for (let n = def.parent; n; n = n.parent)
        if (n.type === 'function_definition' || n.type === 'class_definition')
            return n;
    return undefined;
}
/** The elements of a list/tuple literal (its punctuation left out). */
function sequenceElements(n) {
    return n.children.filter((c) => c.type !== '[' && c.type !== ']' && c.type !== '(' && c.type !== ')' && c.type !== ',');
}
/** Airflow's get_unique_task_id: a taken id gets `__N`, one past the highest suffix already used. */
function uniqueTaskId(id, taken) {
    if (!taken.has(id))
        return id;
    const core = id.replace(/__\d+$/, '');
    let highest = 0;
    for (const other of taken) {
        if (other.length > core.length + 2 && other.startsWith(core + '__')) {
            const suffix = other.slice(core.length + 2);
            if (/^\d+$/.test(suffix))
                highest = Math.max(highest, Number(suffix));
        }
    }
    return `${core}__${highest + 1}`;
}
/** Tasks of a group with no upstream (roots) or no downstream (leaves) inside the group. */
function groupEnds(tasks, which) {
    const inside = new Set(tasks);
    if (which === 'leaves')
        return tasks.filter((t) => ![...t.downstream.keys()].some((d) => inside.has(d)));
    return tasks.filter((t) => !tasks.some((o) => o !== t && o.downstream.has(t)));
}
/** The tasks a dependency end stands for: tasks as they are, groups by their roots or leaves. */
function taskEnds(refs, which) {
    const out = [];
    for (const r of refs) {
        if (isGroup(r))
            for (const t of groupEnds(r.group, which))
                out.push(t);
        else
            out.push(r);
    }
    return out;
}
/** The decorator call or name (`@dag`, `@dag(...)`) and what it resolves to. */
function decoratorTarget(dec, resolver) {
    const expr = dec.children[0];
    if (!expr)
        return { expr: dec };
    if (expr.type === 'call') {
        const fn = childByField(expr, 'function');
        return { qualified: fn ? resolver.qualify(fn) : undefined, call: expr, expr };
    }
    return { qualified: resolver.qualify(expr), expr };
}
function decoratorsOf(def) {
    const parent = def.parent;
    if (parent?.type !== 'decorated_definition')
        return [];
    return parent.children.filter((c) => c.type === 'decorator');
}
function isTaskDecorator(qualified) {
    if (!qualified)
        return undefined;
    for (const base of TASK_DECORATORS) {
        if (qualified === base)
            return {};
        if (qualified.startsWith(base + '.'))
            return { flavour: qualified.slice(base.length + 1) };
    }
    return undefined;
}
/**
 * Extracts DAGs, tasks and dependencies the way Airflow would build them when it imports the file:
 * `with DAG(...)`, `dag = DAG(...)` + `dag=dag`, `@dag` functions; tasks from operator calls with
 * task_id= and @task function calls (a second call gets `name__1`); dependencies from >>, <<,
 * lists, chain(), set_upstream/set_downstream and TaskFlow data passing.
 */
function buildDagModel(root, src, resolver, index) {
    const model = { dags: [], taskFunctions: new Map(), dagCalls: [], taskCalls: [] };
    const functionsByName = new Map();
    /** Every definition of each name, in source order (the same name may be defined in two TaskGroup blocks). */
    const definitionsByName = new Map();
    const taskFunctionByDef = new Map();
    /** The definition of `name` a call at `at` reaches: the last one before it in a scope enclosing it. */
    const visibleDefinition = (name, at) => {
        const all = definitionsByName.get(name);
        if (!all || all.length === 1)
            return all?.[0];
        let best;
        for (const def of all) {
            const scope = enclosingScopeNode(def);
            const inScope = !scope || (scope.start <= at.start && at.end <= scope.end);
            if (inScope && def.start < at.start)
                best = def;
        }
        return best ?? all[0];
    };
    const visibleTaskFunction = (name, at) => {
        const def = visibleDefinition(name, at);
        return (def && taskFunctionByDef.get(def)) ?? model.taskFunctions.get(name);
    };
    const taskGroupFunctions = new Map();
    const dagFunctions = [];
    // Pass 1: definitions (task functions, @dag functions, task groups, plain functions).
    const defs = index.get('function_definition') ?? [];
    for (const def of defs) {
        const nameNode = childByField(def, 'name');
        if (!nameNode)
            continue;
        const name = src.of(nameNode);
        if (!functionsByName.has(name))
            functionsByName.set(name, def);
        const sameName = definitionsByName.get(name);
        if (sameName)
            sameName.push(def);
        else
            definitionsByName.set(name, [def]);
        for (const dec of decoratorsOf(def)) {
            const target = decoratorTarget(dec, resolver);
            const task = isTaskDecorator(target.qualified);
            if (task) {
                const args = target.call ? callArguments(target.call, src) : undefined;
                const idNode = args?.keywords.get('task_id');
                const tf = {
                    def,
                    name,
                    taskId: idNode ? stringValue(idNode, src) : undefined,
                    flavour: task.flavour,
                    branch: task.flavour !== undefined && BRANCH_TASK_FLAVOURS.has(task.flavour.split('.')[0]),
                };
                model.taskFunctions.set(name, tf);
                taskFunctionByDef.set(def, tf);
                if (target.call)
                    model.taskCalls.push(target.call);
            }
            else if (target.qualified && DAG_DECORATORS.has(target.qualified)) {
                dagFunctions.push({ def, call: target.call });
                if (target.call)
                    model.dagCalls.push(target.call);
            }
            else if (target.qualified && TASK_GROUP_DECORATORS.has(target.qualified)) {
                taskGroupFunctions.set(name, def);
            }
            else if (target.qualified && ASSET_DECORATORS.has(target.qualified)) {
                // @asset: Airflow 3 builds a DAG and one task, both named after the function, at import.
                // The body runs inside that task, so it is not parse-time code (no `function` here).
                const call = target.call ?? dec;
                if (target.call)
                    model.dagCalls.push(target.call);
                const dag = { dagId: name, idNode: nameNode, kind: 'decorator', call: target.call, registered: true, tasks: [], dynamic: false, groupIds: new Set(), incomplete: false };
                dag.tasks.push({ taskId: name, node: nameNode, kind: 'taskflow', callee: name, branch: false, callable: def, call, downstream: NO_DOWNSTREAM });
                model.dags.push(dag);
            }
        }
    }
    const isDagCall = (call) => {
        const q = resolver.callee(call);
        return q !== undefined && DAG_CLASSES.has(q);
    };
    const dagIdFromCall = (call) => {
        if (!call)
            return {};
        const { keywords, positional } = callArguments(call, src);
        const node = keywords.get('dag_id') ?? positional[0];
        return node ? { id: stringValue(node, src), node } : {};
    };
    /** Walks one DAG's body statements and builds its tasks and edges. */
    // Per DAG, kept across buildDag calls: classic files build one DAG statement by statement.
    const taskIdsByDag = new Map();
    const buildDag = (dag, body, variables) => {
        let ids = taskIdsByDag.get(dag);
        if (!ids)
            taskIdsByDag.set(dag, (ids = new Set()));
        const taskIds = ids;
        const groupCounts = new Map();
        const groupPrefix = [];
        const newTask = (t, unique) => {
            let taskId;
            if (t.baseId !== undefined) {
                const full = groupPrefix.length ? `${groupPrefix.join('.')}.${t.baseId}` : t.baseId;
                // A @task call whose id is taken (by any task) gets Airflow's suffix: name__1, name__2 …
                taskId = unique ? uniqueTaskId(full, taskIds) : full;
                taskIds.add(taskId);
            }
            // Spelled out: object rest/spread was the model's hottest line.
            const task = { node: t.node, kind: t.kind, callee: t.callee, branch: t.branch, callable: t.callable, call: t.call, taskId, downstream: NO_DOWNSTREAM };
            dag.tasks.push(task);
            return task;
        };
        /** Adds the edges up → down, written at `at`. */
        const link = (up, down, at) => {
            if (up.length === 0 || down.length === 0)
                return;
            const ups = taskEnds(up, 'leaves');
            const downs = taskEnds(down, 'roots');
            for (const u of ups) {
                for (const d of downs) {
                    // `a >> a` is a real cycle (Airflow rejects it); a task meeting itself only through a
                    // group's roots and leaves is not an edge anyone wrote.
                    if (u === d && !(up.includes(u) && down.includes(d)))
                        continue;
                    if (u.downstream.has(d))
                        continue;
                    if (u.downstream === NO_DOWNSTREAM)
                        u.downstream = new Map();
                    u.downstream.set(d, at);
                }
            }
        };
        let loopDepth = 0;
        /** How many operator calls' arguments are being evaluated around the current expression. */
        let insideOperatorArgs = 0;
        /** Calls evalCall could not interpret. */
        const unfollowed = new Set();
        /** The value of the last `return` run (for @task_group bodies). */
        let returned;
        /** Concatenated results of evalExpr over `nodes` (a fresh array, like flatMap, without its callbacks). */
        const evalEach = (nodes, skipNames = false) => {
            const out = [];
            for (const c of nodes) {
                if (skipNames && c.field === 'name')
                    continue;
                for (const r of evalExpr(c))
                    out.push(r);
            }
            return out;
        };
        const evalExpr = (node) => {
            if (!node)
                return [];
            switch (node.type) {
                case 'identifier':
                    return variables.get(src.of(node)) ?? [];
                case 'parenthesized_expression':
                    return evalEach(node.children);
                case 'list':
                case 'tuple':
                case 'expression_list':
                case 'set':
                    return evalEach(node.children);
                case 'binary_operator': {
                    const op = childByField(node, 'operator');
                    const left = evalExpr(childByField(node, 'left'));
                    const right = evalExpr(childByField(node, 'right'));
                    const opText = op ? src.of(op) : '';
                    // `a >> Label("why") >> b`: the label only annotates the edge a → b.
                    if (isEdgeLabel(childByField(node, 'right')))
                        return left;
                    if (isEdgeLabel(childByField(node, 'left')))
                        return right;
                    if (opText === '>>' || opText === '<<') {
                        noteUnfollowed(childByField(node, 'left'));
                        noteUnfollowed(childByField(node, 'right'));
                    }
                    if (opText === '>>')
                        link(left, right, node);
                    else if (opText === '<<')
                        link(right, left, node);
                    else
                        return [...left, ...right];
                    return right;
                }
                case 'call':
                    return evalCall(node);
                case 'list_comprehension':
                case 'generator_expression':
                case 'set_comprehension':
                case 'dictionary_comprehension': {
                    loopDepth++;
                    const out = evalEach(node.children);
                    loopDepth--;
                    return out;
                }
                case 'for_in_clause':
                    return evalExpr(childByField(node, 'right'));
                case 'await':
                case 'keyword_argument':
                case 'list_splat':
                    return evalEach(node.children, true);
                case 'attribute': {
                    // `task_a.output` is an XComArg of the task (data passing); `task_a.task_id` is just a value.
                    const objTasks = evalExpr(childByField(node, 'object'));
                    const attr = childByField(node, 'attribute');
                    return attr && src.of(attr) === 'output' ? objTasks : [];
                }
                case 'subscript':
                    return evalExpr(childByField(node, 'value'));
                default:
                    return [];
            }
        };
        const isEdgeLabel = (n) => {
            if (n?.type !== 'call')
                return false;
            const q = resolver.callee(n);
            return q !== undefined && EDGE_LABELS.has(q);
        };
        const evalArgs = (call) => {
            const args = childByField(call, 'arguments');
            if (!args)
                return [];
            const out = [];
            for (const a of args.children)
                for (const r of evalExpr(a.type === 'keyword_argument' ? childByField(a, 'value') : a))
                    out.push(r);
            return out;
        };
        const evalCall = (call) => {
            const fn = childByField(call, 'function');
            if (!fn)
                return [];
            const qualified = resolver.qualify(fn);
            // chain(a, b, [c, d])
            if (qualified && CHAIN_FUNCTIONS.has(qualified)) {
                const args = childByField(call, 'arguments');
                // chain(*steps) spreads a list: each element is its own group.
                // Each argument's tasks, and per element for a list/tuple literal (each evaluated once).
                const argRefs = [];
                for (const a of args?.children ?? []) {
                    if (a.type === 'list_splat')
                        for (const r of evalExpr(a))
                            argRefs.push({ refs: [r] });
                    else if (a.type === 'list' || a.type === 'tuple') {
                        const elements = sequenceElements(a).map((e) => evalExpr(e));
                        argRefs.push({ refs: elements.flat(), elements });
                    }
                    else
                        argRefs.push({ refs: evalExpr(a) });
                }
                const groups = argRefs.map((a) => a.refs);
                for (let i = 0; i + 1 < argRefs.length; i++) {
                    const [xs, ys] = [argRefs[i].elements, argRefs[i + 1].elements];
                    // Two adjacent lists of the same length are linked pairwise (Airflow's chain rule).
                    if (xs && ys && xs.length > 1 && xs.length === ys.length)
                        xs.forEach((x, k) => link(x, ys[k], call));
                    else
                        link(groups[i], groups[i + 1], call);
                }
                noteUnfollowed(args);
                return groups[groups.length - 1] ?? [];
            }
            // a.set_downstream(b) / a.set_upstream(b)
            if (fn.type === 'attribute') {
                const method = childByField(fn, 'attribute');
                const m = method ? src.of(method) : '';
                if (m === 'set_downstream' || m === 'set_upstream') {
                    const self = evalExpr(childByField(fn, 'object'));
                    const other = evalArgs(call);
                    noteUnfollowed(childByField(call, 'arguments'));
                    if (m === 'set_downstream')
                        link(self, other, call);
                    else
                        link(other, self, call);
                    return [];
                }
            }
            // @task function called: name(...), name.override(...)(...), name.partial(...).expand(...)
            const tf = taskFunctionCalled(fn);
            if (tf) {
                const upstream = tf.chainArgs.flatMap((c) => evalArgs(c));
                const inputs = [...upstream, ...evalArgs(call)];
                noteUnfollowed(childByField(call, 'arguments'));
                if (loopDepth > 0 || tf.dynamicId)
                    dag.dynamic = true;
                model.taskCalls.push(call);
                const task = newTask({
                    baseId: tf.dynamicId ? undefined : (tf.overrideId ?? tf.fn.taskId ?? tf.fn.name),
                    node: call,
                    kind: 'taskflow',
                    callee: tf.fn.name,
                    branch: tf.fn.branch,
                    callable: tf.fn.def,
                    call,
                }, true);
                link(inputs, [task], call);
                return [task];
            }
            // @task_group function called: its tasks get the group prefix.
            if (fn.type === 'identifier' && taskGroupFunctions.has(src.of(fn))) {
                const def = taskGroupFunctions.get(src.of(fn));
                const inputs = evalArgs(call);
                // Calling a @task_group function again makes a new group: name, name__1, …
                const groupPath = [...groupPrefix, src.of(fn)].join('.');
                const n = groupCounts.get(groupPath) ?? 0;
                groupCounts.set(groupPath, n + 1);
                groupPrefix.push(n === 0 ? src.of(fn) : `${src.of(fn)}__${n}`);
                dag.groupIds.add(groupPrefix.join('.'));
                const before = dag.tasks.length;
                const body = childByField(def, 'body');
                const inner = new Map(variables);
                const outerReturn = returned;
                returned = undefined;
                if (body)
                    runBlock(body.children, inner);
                const value = returned;
                returned = outerReturn;
                groupPrefix.pop();
                const group = { group: dag.tasks.slice(before) };
                link(inputs, [group], call);
                // Airflow returns what the function returns when that is a task or XComArg, else the group.
                return value?.length ? value : [group];
            }
            // Operator: any call with task_id=.
            const { keywords } = callArguments(call, src);
            const idNode = keywords.get('task_id');
            const opName = qualified ?? src.of(fn);
            const shortName = opName.slice(opName.lastIndexOf('.') + 1);
            // Operators are classes; a lower-case callee is a function that may or may not build one.
            const kind = /^[A-Z]/.test(shortName) ? 'operator' : 'helper';
            // A function called with task_id= inside an operator's arguments computes a value for it
            // (e.g. an XCom-pull template), not a task.
            if (idNode && kind === 'helper' && insideOperatorArgs > 0) {
                evalArgs(call);
                return [];
            }
            if (idNode) {
                if (kind === 'operator')
                    insideOperatorArgs++;
                const inputs = evalArgs(call);
                if (kind === 'operator')
                    insideOperatorArgs--;
                if (loopDepth > 0)
                    dag.dynamic = true;
                const id = stringValue(idNode, src);
                if (id === undefined)
                    dag.dynamic = true;
                model.taskCalls.push(call);
                let callable;
                const pc = keywords.get('python_callable');
                if (pc?.type === 'identifier')
                    callable = visibleDefinition(src.of(pc), call);
                const task = newTask({ baseId: id, node: idNode, kind, callee: opName, branch: BRANCH_OPERATOR_NAMES.has(shortName), callable, call }, false);
                link(inputs, [task], call);
                return [task];
            }
            // A method on a task: as_setup()/as_teardown()/expand() return the task itself.
            if (fn.type === 'attribute') {
                const objTasks = evalExpr(childByField(fn, 'object'));
                const method = src.of(childByField(fn, 'attribute'));
                const { keywords } = callArguments(call, src);
                if (method === 'as_teardown')
                    link(evalExpr(keywords.get('setups')), objTasks, call);
                evalArgs(call);
                if (TASK_RETURNING_METHODS.has(method))
                    return objTasks;
                if (!objTasks.length)
                    unfollowed.add(call);
                return [];
            }
            // Builtins that hand their argument's tasks back: list(...), tuple(...), reversed(...).
            if (fn.type === 'identifier' && PASS_THROUGH_BUILTINS.has(src.of(fn)))
                return evalArgs(call);
            // Anything else: its arguments may still create tasks (e.g. print(a >> b)), but what it
            // returns is unknown (an imported @task returns a new task, not its argument).
            evalArgs(call);
            unfollowed.add(call);
            return [];
        };
        /** `node` (or an element of a list/tuple it is) is a call the model does not follow that may create tasks. */
        const noteUnfollowed = (node) => {
            if (!node || dag.incomplete)
                return;
            if (node.type === 'call') {
                if (unfollowed.has(node) && mayCreateTasks(node))
                    dag.incomplete = true;
                return;
            }
            if (['list', 'tuple', 'parenthesized_expression', 'expression_list', 'binary_operator', 'list_splat', 'argument_list', 'keyword_argument'].includes(node.type)) {
                for (const c of node.children)
                    noteUnfollowed(c);
            }
        };
        const mayCreateTasks = (call) => {
            const fn = childByField(call, 'function');
            if (!fn)
                return false;
            if (fn.type === 'identifier' && NON_TASK_BUILTINS.has(src.of(fn)))
                return false;
            const q = resolver.qualify(fn);
            if (q === undefined)
                return true;
            const head = q.slice(0, q.indexOf('.') === -1 ? q.length : q.indexOf('.'));
            return !NON_TASK_MODULES.has(head);
        };
        const taskFunctionCalled = (fn) => {
            if (fn.type === 'identifier') {
                const tf = visibleTaskFunction(src.of(fn), fn);
                return tf ? { fn: tf, chainArgs: [] } : undefined;
            }
            // name.override(task_id=…)(…) and name.partial(…).expand(…) / name.expand(…)
            if (fn.type === 'attribute') {
                const method = childByField(fn, 'attribute');
                const obj = childByField(fn, 'object');
                const m = method ? src.of(method) : '';
                if ((m === 'expand' || m === 'expand_kwargs' || m === 'partial') && obj) {
                    const inner = obj.type === 'call' ? childByField(obj, 'function') : obj;
                    if (!inner)
                        return undefined;
                    const base = obj.type === 'call' ? taskFunctionCalledAttr(inner) : taskFunctionCalled(inner);
                    if (base && obj.type === 'call')
                        base.chainArgs.push(obj);
                    return base;
                }
            }
            if (fn.type === 'call')
                return taskFunctionCalledAttr(childByField(fn, 'function'), fn);
            return undefined;
        };
        const taskFunctionCalledAttr = (fn, outerCall) => {
            if (!fn || fn.type !== 'attribute')
                return undefined;
            const method = childByField(fn, 'attribute');
            const obj = childByField(fn, 'object');
            if (!method || !obj || obj.type !== 'identifier')
                return undefined;
            const tf = visibleTaskFunction(src.of(obj), obj);
            if (!tf)
                return undefined;
            const m = src.of(method);
            if (m === 'override' && outerCall) {
                const idNode = callArguments(outerCall, src).keywords.get('task_id');
                const overrideId = idNode ? stringValue(idNode, src) : undefined;
                return { fn: tf, overrideId, dynamicId: idNode !== undefined && overrideId === undefined, chainArgs: [] };
            }
            if (m === 'partial')
                return { fn: tf, chainArgs: [] };
            return undefined;
        };
        const bindTargets = (left, value, vars) => {
            if (!left)
                return;
            if (left.type === 'identifier')
                vars.set(src.of(left), value);
            else if (left.type === 'pattern_list' || left.type === 'tuple_pattern' || left.type === 'list_pattern') {
                left.children.forEach((c, i) => bindTargets(c, value[i] ? [value[i]] : [], vars));
            }
        };
        const runBlock = (stmts, vars) => {
            let last = [];
            for (const stmt of stmts)
                last = runStatement(stmt, vars);
            return last;
        };
        const runStatement = (stmt, vars) => {
            switch (stmt.type) {
                case 'expression_statement': {
                    let last = [];
                    for (const c of stmt.children) {
                        if (c.type === 'assignment') {
                            let value = c;
                            const targets = [];
                            while (value?.type === 'assignment') {
                                const l = childByField(value, 'left');
                                if (l)
                                    targets.push(l);
                                value = childByField(value, 'right');
                            }
                            last = evalExpr(value);
                            noteUnfollowed(value);
                            for (const t of targets)
                                bindTargets(t, last, vars);
                        }
                        else if (c.type === 'augmented_assignment') {
                            last = evalExpr(childByField(c, 'right'));
                        }
                        else {
                            last = evalExpr(c);
                            noteUnfollowed(c);
                        }
                    }
                    return last;
                }
                case 'return_statement': {
                    const value = evalEach(stmt.children);
                    for (const c of stmt.children)
                        noteUnfollowed(c);
                    returned = value;
                    return value;
                }
                case 'with_statement': {
                    const clause = stmt.children.find((c) => c.type === 'with_clause');
                    let pushed = 0;
                    const groupAliases = [];
                    for (const item of clause?.children ?? []) {
                        const value = childByField(item, 'value');
                        const expr = value?.type === 'as_pattern' ? value.children[0] : value;
                        if (expr?.type !== 'call')
                            continue;
                        const q = resolver.callee(expr);
                        if (!q || !TASK_GROUP_CLASSES.has(q)) {
                            evalExpr(expr);
                            continue;
                        }
                        const { keywords, positional } = callArguments(expr, src);
                        const gid = keywords.get('group_id') ?? positional[0];
                        const prefixOff = keywords.get('prefix_group_id');
                        const id = gid ? stringValue(gid, src) : undefined;
                        if (id === undefined)
                            dag.dynamic = true;
                        else
                            dag.groupIds.add([...groupPrefix, id].join('.'));
                        if (id !== undefined && !(prefixOff && src.of(prefixOff) === 'False')) {
                            groupPrefix.push(id);
                            pushed++;
                        }
                        // `with TaskGroup(...) as tg:` then `tg >> x`: the group stands for its tasks.
                        const target = value?.type === 'as_pattern' ? value.children.find((c) => c.field === 'alias' || c.type === 'as_pattern_target') : undefined;
                        const alias = target?.children[0];
                        if (alias?.type === 'identifier')
                            groupAliases.push(src.of(alias));
                    }
                    const body = childByField(stmt, 'body');
                    const before = dag.tasks.length;
                    const out = body ? runBlock(body.children, vars) : [];
                    for (let i = 0; i < pushed; i++)
                        groupPrefix.pop();
                    for (const alias of groupAliases)
                        vars.set(alias, [{ group: dag.tasks.slice(before) }]);
                    return out;
                }
                case 'for_statement':
                case 'while_statement': {
                    loopDepth++;
                    const right = childByField(stmt, 'right') ?? childByField(stmt, 'condition');
                    evalExpr(right);
                    const body = childByField(stmt, 'body');
                    const before = dag.tasks.length;
                    if (body)
                        runBlock(body.children, vars);
                    if (dag.tasks.length > before)
                        dag.dynamic = true;
                    loopDepth--;
                    return [];
                }
                case 'if_statement':
                case 'try_statement': {
                    for (const c of stmt.children) {
                        if (c.type === 'block')
                            runBlock(c.children, vars);
                        else if (c.field === 'condition')
                            evalExpr(c);
                        else if (['elif_clause', 'else_clause', 'except_clause', 'finally_clause'].includes(c.type)) {
                            for (const cc of c.children)
                                if (cc.type === 'block')
                                    runBlock(cc.children, vars);
                        }
                    }
                    return [];
                }
                case 'decorated_definition':
                case 'function_definition':
                case 'class_definition':
                    return [];
                default:
                    return [];
            }
        };
        runBlock(body, variables);
    };
    // Pass 2: `with DAG(...)` and `x = DAG(...)` anywhere at module level (also inside if/try blocks).
    const moduleVars = new Map();
    const dagVariables = new Map();
    /**
     * `dynamic`: the block runs in a loop or a factory function, so the DAGs it builds (and their ids)
     * are only known when the file runs; vars/dagVars: the variables visible in the block.
     */
    const visitModuleBlock = (stmts, dynamic = false, vars = moduleVars, dagVars = dagVariables) => {
        for (const stmt of stmts) {
            if (stmt.type === 'with_statement') {
                const clause = stmt.children.find((c) => c.type === 'with_clause');
                for (const item of clause?.children ?? []) {
                    const value = childByField(item, 'value');
                    const call = value?.type === 'as_pattern' ? value.children[0] : value;
                    let dagCall;
                    let alias;
                    if (call?.type === 'call' && isDagCall(call))
                        dagCall = call;
                    if (call?.type === 'identifier' && dagVars.has(src.of(call))) {
                        // `dag = DAG(...)` then `with dag:`
                        const dag = dagVars.get(src.of(call));
                        const body = childByField(stmt, 'body');
                        if (body)
                            buildDag(dag, body.children, vars);
                        continue;
                    }
                    if (!dagCall)
                        continue;
                    if (value?.type === 'as_pattern') {
                        const target = value.children.find((c) => c.type === 'as_pattern_target');
                        if (target?.children[0]?.type === 'identifier')
                            alias = src.of(target.children[0]);
                    }
                    model.dagCalls.push(dagCall);
                    const { id, node } = dagIdFromCall(dagCall);
                    const dag = { dagId: id, idNode: node ?? dagCall, kind: 'with', call: dagCall, registered: true, tasks: [], dynamic, groupIds: new Set(), incomplete: false };
                    model.dags.push(dag);
                    if (alias)
                        dagVars.set(alias, dag);
                    const body = childByField(stmt, 'body');
                    if (body) {
                        // A with-block does not open a scope: its variables stay visible to later statements.
                        buildDag(dag, body.children, vars);
                    }
                }
            }
            else if (stmt.type === 'expression_statement') {
                const assign = stmt.children[0];
                if (assign?.type === 'assignment') {
                    const right = childByField(assign, 'right');
                    const left = childByField(assign, 'left');
                    if (right?.type === 'call' && isDagCall(right)) {
                        model.dagCalls.push(right);
                        const { id, node } = dagIdFromCall(right);
                        const dag = { dagId: id, idNode: node ?? right, kind: 'assign', call: right, registered: true, tasks: [], dynamic, groupIds: new Set(), incomplete: false };
                        model.dags.push(dag);
                        if (left?.type === 'identifier')
                            dagVars.set(src.of(left), dag);
                        continue;
                    }
                }
                // Module-level operators attached with dag=<var>.
                if (!dynamic)
                    collectDagKwargTasks(stmt);
            }
            else if (stmt.type === 'if_statement' || stmt.type === 'try_statement') {
                for (const c of stmt.children) {
                    if (c.type === 'block')
                        visitModuleBlock(c.children, dynamic, vars, dagVars);
                    else
                        for (const cc of c.children)
                            if (cc.type === 'block')
                                visitModuleBlock(cc.children, dynamic, vars, dagVars);
                }
            }
            else if (stmt.type === 'for_statement' || stmt.type === 'while_statement') {
                // DAGs built in a loop (often with f-string ids and globals()[...] = dag).
                for (const c of stmt.children) {
                    if (c.type === 'block')
                        visitModuleBlock(c.children, true, vars, dagVars);
                    else if (c.type === 'else_clause')
                        for (const cc of c.children)
                            if (cc.type === 'block')
                                visitModuleBlock(cc.children, dynamic, vars, dagVars);
                }
            }
        }
    };
    const pendingDagKwarg = [];
    const collectDagKwargTasks = (stmt) => pendingDagKwarg.push(stmt);
    visitModuleBlock(root.children);
    // Factory functions: `def make_dag(name): with DAG(f"…") as dag: …`, called once per DAG.
    for (const def of defs) {
        if (dagFunctions.some((d) => d.def === def) || model.taskFunctions.has(src.of(childByField(def, 'name'))))
            continue;
        const body = childByField(def, 'body');
        if (body)
            visitModuleBlock(body.children, true, new Map(), new Map());
    }
    // Classic style: module-level statements attach operators with dag=<var>, and dependency
    // statements (a >> b) belong to the DAG of the tasks they name.
    const ownerOf = new Map();
    for (const dag of model.dags)
        for (const t of dag.tasks)
            ownerOf.set(t, dag);
    // With no DAG variable and no module-level task variable, no statement can name a DAG (and
    // nothing below adds one), so the walks are skipped.
    for (const stmt of moduleVars.size || dagVariables.size ? pendingDagKwarg : []) {
        let target;
        const st = [stmt];
        while (st.length && !target) {
            const n = st.pop();
            if (n.type === 'keyword_argument') {
                const name = childByField(n, 'name');
                const value = childByField(n, 'value');
                if (name && value && src.of(name) === 'dag' && value.type === 'identifier')
                    target = dagVariables.get(src.of(value));
            }
            else if (n.type === 'identifier' && moduleVars.size) {
                const refs = moduleVars.get(src.of(n)) ?? [];
                const task = refs.find((r) => !isGroup(r));
                if (task)
                    target = ownerOf.get(task);
            }
            for (const c of n.children)
                st.push(c);
        }
        if (!target)
            continue;
        const before = target.tasks.length;
        buildDag(target, [stmt], moduleVars);
        for (const t of target.tasks.slice(before))
            ownerOf.set(t, target);
    }
    // Pass 3: @dag functions; calling one registers the DAG and runs its body.
    const calledNames = new Set();
    // Only @dag files need the called names (most files use `with DAG`).
    if (dagFunctions.length) {
        for (const call of index.get('call') ?? []) {
            const fn = childByField(call, 'function');
            if (fn?.type === 'identifier')
                calledNames.add(src.of(fn));
        }
    }
    for (const { def, call } of dagFunctions) {
        const nameNode = childByField(def, 'name');
        const name = src.of(nameNode);
        const fromDecorator = dagIdFromCall(call);
        const dag = {
            dagId: fromDecorator.id ?? (fromDecorator.node ? undefined : name),
            idNode: fromDecorator.node ?? nameNode,
            kind: 'decorator',
            call,
            function: def,
            registered: calledNames.has(name),
            tasks: [],
            dynamic: false,
            groupIds: new Set(),
            incomplete: false,
        };
        model.dags.push(dag);
        const body = childByField(def, 'body');
        if (body) {
            buildDag(dag, body.children, new Map(moduleVars));
        }
    }
    return model;
}
/** Every task-to-task edge of a DAG as [upstream, downstream]. */
function edgesOf(dag) {
    const out = [];
    for (const t of dag.tasks)
        for (const d of t.downstream.keys())
            out.push([t, d]);
    return out;
}

;// CONCATENATED MODULE: ./src/core/detach.js
/**
 * Copies of strings that share no memory with the text they were cut from.
 *
 * V8 represents a slice of a string (an id read from a DAG file, a message built around it) as a
 * pointer into the whole string, and a concatenation as a pair of pointers. A finding or a model
 * summary kept until the report is printed would then keep its entire file's text alive: at 10,000
 * files that doubled the heap and the time spent in garbage collection. Slicing a fresh concatenation
 * makes V8 flatten it into a new string first, so the result points into that copy only (lone
 * surrogates survive, which a UTF-8 round trip would replace). Measured at 10,000 files: the JSON
 * round trip used before and reading the string back as an (internalized) property key both cost
 * ~0.4 s, this ~0.08 s, for ~5 MB more peak memory (a slice header per kept string).
 * test/dags/detach.test.ts checks that the file text is really released.
 */
function detachString(text) {
    return text.length === 0 ? text : (' ' + text).slice(1);
}
/**
 * detachString for a finding, field by field: its message, fix and edit texts may hold pieces of the
 * file; rule metadata, the path and the numbers of its ranges never do. A new string field of
 * Finding that can hold file text must be added here; test/dags/detach.test.ts checks that a
 * finding built from slices releases the text.
 */
function detachFinding(f) {
    f.message = detachString(f.message);
    if (f.fix !== undefined)
        f.fix = detachString(f.fix);
    if (f.edits) {
        f.edits.description = detachString(f.edits.description);
        for (const e of f.edits.edits)
            e.newText = detachString(e.newText);
    }
    return f;
}

;// CONCATENATED MODULE: ./src/dags/data/airflow3.js
/**
 * What Airflow 3 removed, moved to provider packages, or deprecated: the data the lint-dags
 * airflow3-* rules consume. Facts only, no logic beyond the lookup helper at the end.
 *
 * Sources: ruff's airflow rules (AIR301 removal, AIR302 moved-to-provider, AIR311/AIR312 suggested
 * updates, AIR321 moved in 3.1; ruff 0.17.6 plus names an earlier AIR301 listed), the deprecation
 * shims Airflow 3.1 itself ships (`add_deprecated_classes` maps in airflow/{operators,sensors,hooks,
 * decorators,models,io,utils,…}/__init__.py) and Airflow's release notes.
 *
 * Verified 2026-11-24 against a real install of apache-airflow 3.1.8 (apache-airflow-core 3.1.8,
 * apache-airflow-task-sdk 1.1.8, apache-airflow-providers-standard 1.21.0; the default extras
 * common-sql 2.4.0, common-io 1.11.0, common-compat 1.23.0 and smtp 3.2.0 came with it) on Python 3.11:
 * every `path` was imported the way a DAG would (`from parent import name`, `import module` for
 * matchPrefix entries, attribute walk for class members such as TriggerRule.DUMMY) in a fresh
 * process, which set `importFailsOn31`. A 'deprecated' or 'removed' kind that contradicted the real
 * install was corrected (for example get_current_context still imports from airflow.operators.python,
 * with a warning). Replacements under airflow.sdk, airflow.providers.standard and core were imported
 * too; replacements in other providers (amazon, google, postgres, http, …) were not installed.
 * The argument tables were checked the same way: DAG(**{arg}) / EmptyOperator(**{arg}) on 3.1.8,
 * and the context keys against airflow.sdk.definitions.context.Context.
 *
 * Re-checked 2026-12 on the same install: each non-breaking name imported in a fresh forked process
 * under warnings.catch_warnings(record=True); the 13 that emit no DeprecationWarning became 'suggested'
 * (airflow.DAG, airflow.models.DAG/Variable/Param/Connection/BaseOperator, …). SlaMiss,
 * airflow.models.dataset and capitalised names directly under airflow.operators/hooks/sensors
 * (Airflow 1 package imports: dir() of those packages has none on 3.1.8) fail to import.
 * Provider removals keyed by provider version live in providers.ts.
 */
/** Sorted by kind (the 'suggested' entries stay among the 'deprecated' ones they were split from), then path. Exact names win over module-wide (matchPrefix) entries; see findImportChange. */
const IMPORT_CHANGES = [
    // --- Removed in Airflow 3 (ruff AIR301 and Airflow release notes).
    { path: 'airflow.PY310', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.PY311', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.PY312', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.PY36', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.PY37', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.PY38', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.PY39', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.api.common.experimental', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'The experimental API package is gone: delete_dag, trigger_dag and mark_tasks live in airflow.api.common (internal API; prefer the REST API or the airflow.sdk client), the rest were removed.' },
    { path: 'airflow.api_connexion', matchPrefix: true, kind: 'removed', replacement: 'airflow.api_fastapi', importFailsOn31: true, note: 'The Connexion REST API was replaced by the FastAPI API server.' },
    { path: 'airflow.api_connexion.security', matchPrefix: true, kind: 'removed', replacement: 'airflow.api_fastapi.core_api.security', importFailsOn31: true },
    { path: 'airflow.api_connexion.security.requires_access', kind: 'removed', importFailsOn31: true, note: 'Use airflow.api_fastapi.core_api.security.requires_access_* instead.' },
    { path: 'airflow.api_connexion.security.requires_access_dataset', kind: 'removed', replacement: 'airflow.api_fastapi.core_api.security.requires_access_asset', importFailsOn31: true },
    { path: 'airflow.auth.managers.base_auth_manager', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.auth.managers.base_auth_manager.BaseAuthManager', kind: 'removed', replacement: 'airflow.api_fastapi.auth.managers.base_auth_manager.BaseAuthManager', importFailsOn31: true },
    { path: 'airflow.auth.managers.base_auth_manager.is_authorized_dataset', kind: 'removed', replacement: 'airflow.api_fastapi.auth.managers.base_auth_manager.BaseAuthManager.is_authorized_asset', importFailsOn31: true },
    { path: 'airflow.auth.managers.models.resource_details', matchPrefix: true, kind: 'removed', replacement: 'airflow.api_fastapi.auth.managers.models.resource_details', importFailsOn31: true },
    { path: 'airflow.auth.managers.models.resource_details.DatasetDetails', kind: 'removed', replacement: 'airflow.api_fastapi.auth.managers.models.resource_details.AssetDetails', importFailsOn31: true },
    { path: 'airflow.configuration.as_dict', kind: 'removed', replacement: 'airflow.configuration.conf.as_dict', importFailsOn31: true },
    { path: 'airflow.configuration.get', kind: 'removed', replacement: 'airflow.configuration.conf.get', importFailsOn31: true },
    { path: 'airflow.configuration.getboolean', kind: 'removed', replacement: 'airflow.configuration.conf.getboolean', importFailsOn31: true },
    { path: 'airflow.configuration.getfloat', kind: 'removed', replacement: 'airflow.configuration.conf.getfloat', importFailsOn31: true },
    { path: 'airflow.configuration.getint', kind: 'removed', replacement: 'airflow.configuration.conf.getint', importFailsOn31: true },
    { path: 'airflow.configuration.has_option', kind: 'removed', replacement: 'airflow.configuration.conf.has_option', importFailsOn31: true },
    { path: 'airflow.configuration.remove_option', kind: 'removed', replacement: 'airflow.configuration.conf.remove_option', importFailsOn31: true },
    { path: 'airflow.configuration.set', kind: 'removed', replacement: 'airflow.configuration.conf.set', importFailsOn31: true },
    { path: 'airflow.contrib', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'The whole airflow.contrib module has been removed.' },
    { path: 'airflow.datasets.DatasetAliasEvent', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.datasets.DatasetEvent', kind: 'removed', importFailsOn31: true, note: 'DatasetEvent has been made private in Airflow 3. Use dict[str, Any] for the time being. An AssetEvent type will be added to the apache-airflow-task-sdk in a future version.' },
    { path: 'airflow.datasets.manager', matchPrefix: true, kind: 'removed', replacement: 'airflow.assets.manager', importFailsOn31: true },
    { path: 'airflow.datasets.manager.DatasetManager', kind: 'removed', replacement: 'airflow.assets.manager.AssetManager', importFailsOn31: true },
    { path: 'airflow.datasets.manager.dataset_manager', kind: 'removed', replacement: 'airflow.assets.manager.asset_manager', importFailsOn31: true },
    { path: 'airflow.datasets.manager.resolve_dataset_manager', kind: 'removed', replacement: 'airflow.assets.manager.resolve_asset_manager', importFailsOn31: true },
    { path: 'airflow.hooks.base_hook', matchPrefix: true, kind: 'removed', replacement: 'airflow.hooks.base', importFailsOn31: true },
    { path: 'airflow.hooks.base_hook.BaseHook', kind: 'removed', replacement: 'airflow.sdk.BaseHook', importFailsOn31: true },
    { path: 'airflow.io.store', matchPrefix: true, kind: 'removed', replacement: 'airflow.sdk.io', importFailsOn31: true },
    { path: 'airflow.io.store.attach', kind: 'removed', replacement: 'airflow.sdk.io.attach', importFailsOn31: true },
    { path: 'airflow.lineage.hook.DatasetLineageInfo', kind: 'removed', replacement: 'airflow.lineage.hook.AssetLineageInfo', importFailsOn31: true },
    { path: 'airflow.listeners.spec.dataset', matchPrefix: true, kind: 'removed', replacement: 'airflow.listeners.spec.asset', importFailsOn31: true },
    { path: 'airflow.listeners.spec.dataset.on_dataset_changed', kind: 'removed', replacement: 'airflow.listeners.spec.asset.on_asset_changed', importFailsOn31: true },
    { path: 'airflow.listeners.spec.dataset.on_dataset_created', kind: 'removed', replacement: 'airflow.listeners.spec.asset.on_asset_created', importFailsOn31: true },
    { path: 'airflow.metrics.validators.AllowListValidator', kind: 'removed', replacement: 'airflow.metrics.validators.PatternAllowListValidator', importFailsOn31: true },
    { path: 'airflow.metrics.validators.BlockListValidator', kind: 'removed', replacement: 'airflow.metrics.validators.PatternBlockListValidator', importFailsOn31: true },
    { path: 'airflow.models.DagParam', kind: 'removed', replacement: 'airflow.sdk.definitions.param.DagParam', importFailsOn31: true },
    { path: 'airflow.models.SlaMiss', kind: 'removed', importFailsOn31: true, note: 'SLAs were removed in Airflow 3 (3.1: ImportError); Airflow 3.1 adds Deadline Alerts (DAG(deadline=…)).' },
    { path: 'airflow.models.dataset', matchPrefix: true, kind: 'removed', replacement: 'airflow.models.asset', importFailsOn31: true, note: 'The ORM module was renamed with Datasets → Assets (DatasetModel → AssetModel); DAG code should not need it (3.1: ModuleNotFoundError).' },
    { path: 'airflow.models.ParamsDict', kind: 'removed', replacement: 'airflow.sdk.ParamsDict', importFailsOn31: true },
    { path: 'airflow.models.param.DagParam', kind: 'removed', replacement: 'airflow.sdk.definitions.param.DagParam', importFailsOn31: true },
    { path: 'airflow.operators.postgres_operator', matchPrefix: true, kind: 'removed', replacement: 'airflow.providers.common.sql.operators.sql', importFailsOn31: true },
    { path: 'airflow.operators.postgres_operator.Mapping', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.operators.python.is_venv_installed', kind: 'removed', importFailsOn31: true, note: 'Test for virtualenv directly: shutil.which("virtualenv") or importlib.util.find_spec("virtualenv").' },
    { path: 'airflow.operators.subdag', matchPrefix: true, kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true, note: 'SubDAGs were removed in Airflow 3; group tasks with a TaskGroup.' },
    { path: 'airflow.operators.subdag.SubDagOperator', kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true, note: 'SubDAGs were removed in Airflow 3; group tasks with a TaskGroup.' },
    { path: 'airflow.operators.subdag_operator', matchPrefix: true, kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true, note: 'SubDAGs were removed in Airflow 3; group tasks with a TaskGroup.' },
    { path: 'airflow.operators.subdag_operator.SubDagOperator', kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true, note: 'SubDAGs were removed in Airflow 3; group tasks with a TaskGroup.' },
    { path: 'airflow.providers.amazon.aws.auth_manager.avp.entities.AvpEntities.DATASET', kind: 'removed', replacement: 'airflow.providers.amazon.aws.auth_manager.avp.entities.AvpEntities.ASSET', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.providers.amazon.aws.datasets.s3.convert_dataset_to_openlineage', kind: 'removed', replacement: 'airflow.providers.amazon.aws.assets.s3.convert_asset_to_openlineage', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.providers.amazon.aws.datasets.s3.create_dataset', kind: 'removed', replacement: 'airflow.providers.amazon.aws.assets.s3.create_asset', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.providers.amazon.aws.datasets.s3.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.amazon.aws.assets.s3.sanitize_uri', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.providers.common.io.datasets.file.convert_dataset_to_openlineage', kind: 'removed', replacement: 'airflow.providers.common.io.assets.file.convert_asset_to_openlineage', provider: 'apache-airflow-providers-common-io', importFailsOn31: true },
    { path: 'airflow.providers.common.io.datasets.file.create_dataset', kind: 'removed', replacement: 'airflow.providers.common.io.assets.file.create_asset', provider: 'apache-airflow-providers-common-io', importFailsOn31: true },
    { path: 'airflow.providers.common.io.datasets.file.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.common.io.assets.file.sanitize_uri', provider: 'apache-airflow-providers-common-io', importFailsOn31: true },
    { path: 'airflow.providers.google.datasets.bigquery.create_dataset', kind: 'removed', replacement: 'airflow.providers.google.assets.bigquery.create_asset', provider: 'apache-airflow-providers-google', importFailsOn31: true },
    { path: 'airflow.providers.google.datasets.gcs.convert_dataset_to_openlineage', kind: 'removed', replacement: 'airflow.providers.google.assets.gcs.convert_asset_to_openlineage', provider: 'apache-airflow-providers-google', importFailsOn31: true },
    { path: 'airflow.providers.google.datasets.gcs.create_dataset', kind: 'removed', replacement: 'airflow.providers.google.assets.gcs.create_asset', provider: 'apache-airflow-providers-google', importFailsOn31: true },
    { path: 'airflow.providers.google.datasets.gcs.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.google.assets.gcs.sanitize_uri', provider: 'apache-airflow-providers-google', importFailsOn31: true },
    { path: 'airflow.providers.mysql.datasets.mysql.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.mysql.assets.mysql.sanitize_uri', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
    { path: 'airflow.providers.openlineage.utils.utils.DatasetInfo', kind: 'removed', replacement: 'airflow.providers.openlineage.utils.utils.AssetInfo', provider: 'apache-airflow-providers-openlineage', importFailsOn31: true },
    { path: 'airflow.providers.openlineage.utils.utils.translate_airflow_dataset', kind: 'removed', replacement: 'airflow.providers.openlineage.utils.utils.translate_airflow_asset', provider: 'apache-airflow-providers-openlineage', importFailsOn31: true },
    { path: 'airflow.providers.postgres.datasets.postgres.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.postgres.assets.postgres.sanitize_uri', provider: 'apache-airflow-providers-postgres', importFailsOn31: true },
    { path: 'airflow.providers.trino.datasets.trino.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.trino.assets.trino.sanitize_uri', provider: 'apache-airflow-providers-trino', importFailsOn31: true },
    { path: 'airflow.secrets.local_filesystem.load_connections', kind: 'removed', replacement: 'airflow.secrets.local_filesystem.load_connections_dict', importFailsOn31: true },
    { path: 'airflow.security.permissions.RESOURCE_DATASET', kind: 'removed', replacement: 'airflow.security.permissions.RESOURCE_ASSET', importFailsOn31: true },
    { path: 'airflow.sensors.base_sensor_operator', matchPrefix: true, kind: 'removed', replacement: 'airflow.sdk.bases.sensor', importFailsOn31: true },
    { path: 'airflow.sensors.base_sensor_operator.BaseSensorOperator', kind: 'removed', replacement: 'airflow.sdk.BaseSensorOperator', importFailsOn31: true },
    { path: 'airflow.timetables.simple.DatasetTriggeredTimetable', kind: 'removed', replacement: 'airflow.timetables.simple.AssetTriggeredTimetable', importFailsOn31: true },
    { path: 'airflow.triggers.external_task.TaskStateTrigger', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.dag_cycle_tester.test_cycle', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.dates.date_range', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.dates.days_ago', kind: 'removed', replacement: 'a fixed, timezone-aware date such as pendulum.datetime(2025, 1, 1, tz=\'UTC\'); for relative dates pendulum.today(\'UTC\').add(days=-N)', importFailsOn31: true, note: 'A moving start_date also breaks scheduling; use a constant.' },
    { path: 'airflow.utils.dates.infer_time_unit', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.dates.parse_execution_date', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.dates.round_time', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.dates.scale_time_units', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.db.create_session', kind: 'removed', importFailsOn31: true, note: 'Task code has no metadata-database access in Airflow 3; use the Task SDK (airflow.sdk) or the REST API.' },
    { path: 'airflow.utils.decorators.apply_defaults', kind: 'removed', importFailsOn31: true, note: 'Defaults are applied automatically since Airflow 2; delete the decorator.' },
    { path: 'airflow.utils.file.TemporaryDirectory', kind: 'removed', replacement: 'tempfile.TemporaryDirectory', importFailsOn31: true },
    { path: 'airflow.utils.file.mkdirs', kind: 'removed', importFailsOn31: true, note: 'Use pathlib.Path({path}).mkdir instead.' },
    { path: 'airflow.utils.helpers.chain', kind: 'removed', replacement: 'airflow.sdk.chain', importFailsOn31: true },
    { path: 'airflow.utils.helpers.cross_downstream', kind: 'removed', replacement: 'airflow.sdk.cross_downstream', importFailsOn31: true },
    { path: 'airflow.utils.log.secrets_masker', kind: 'removed', replacement: 'airflow.sdk.execution_time.secrets_masker', importFailsOn31: true },
    { path: 'airflow.utils.state.SHUTDOWN', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.state.terminating_states', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.trigger_rule.TriggerRule.DUMMY', kind: 'removed', replacement: 'airflow.task.trigger_rule.TriggerRule.ALWAYS', importFailsOn31: true },
    { path: 'airflow.utils.trigger_rule.TriggerRule.NONE_FAILED_OR_SKIPPED', kind: 'removed', replacement: 'airflow.task.trigger_rule.TriggerRule.NONE_FAILED_MIN_ONE_SUCCESS', importFailsOn31: true },
    { path: 'airflow.www', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'The Flask web server was replaced by the FastAPI API server in Airflow 3.' },
    { path: 'airflow.www.auth', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.www.auth.has_access', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.www.auth.has_access_dataset', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.www.utils', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.www.utils.get_sensitive_variables_fields', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.www.utils.should_hide_value_for_key', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    // --- Moved to a provider package (ruff AIR302; module-wide entries derived from the verified imports).
    { path: 'airflow.api.auth.backend.basic_auth', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.basic_auth.CLIENT_AUTH', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth.CLIENT_AUTH', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.basic_auth.auth_current_user', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth.auth_current_user', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.basic_auth.init_app', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth.init_app', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.basic_auth.requires_authentication', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth.requires_authentication', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.kerberos_auth', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.kerberos_auth.CLIENT_AUTH', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.CLIENT_AUTH', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.kerberos_auth.find_user', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.find_user', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.kerberos_auth.init_app', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.init_app', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.kerberos_auth.log', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.log', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.kerberos_auth.requires_authentication', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.requires_authentication', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.CLIENT_AUTH', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.CLIENT_AUTH', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.find_user', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.find_user', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.init_app', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.init_app', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.log', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.log', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.requires_authentication', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.requires_authentication', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.fab_auth_manager', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.fab_auth_manager', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.fab_auth_manager.FabAuthManager', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.security_manager.override', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.security_manager.override.FabAirflowSecurityManagerOverride', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override.FabAirflowSecurityManagerOverride', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.security_manager.override.MAX_NUM_DATABASE_USER_SESSIONS', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override.MAX_NUM_DATABASE_USER_SESSIONS', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.config_templates.default_celery', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.default_celery', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
    { path: 'airflow.config_templates.default_celery.DEFAULT_CELERY_CONFIG', kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.default_celery.DEFAULT_CELERY_CONFIG', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
    { path: 'airflow.executors.celery_executor', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-celery', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.executors.celery_executor.CeleryExecutor', kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.celery_executor.CeleryExecutor', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
    { path: 'airflow.executors.celery_executor.app', kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.celery_executor_utils.app', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
    { path: 'airflow.executors.celery_kubernetes_executor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.celery_kubernetes_executor', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
    { path: 'airflow.executors.celery_kubernetes_executor.CeleryKubernetesExecutor', kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.celery_kubernetes_executor.CeleryKubernetesExecutor', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
    { path: 'airflow.executors.dask_executor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.daskexecutor.executors.dask_executor', provider: 'apache-airflow-providers-daskexecutor', importFailsOn31: true },
    { path: 'airflow.executors.dask_executor.DaskExecutor', kind: 'moved-to-provider', replacement: 'airflow.providers.daskexecutor.executors.dask_executor.DaskExecutor', provider: 'apache-airflow-providers-daskexecutor', importFailsOn31: true },
    { path: 'airflow.executors.kubernetes_executor_types', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.executors.kubernetes_executor_types', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.executors.kubernetes_executor_types.ALL_NAMESPACES', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.executors.kubernetes_executor_types.ALL_NAMESPACES', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.executors.kubernetes_executor_types.POD_EXECUTOR_DONE_KEY', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.executors.kubernetes_executor_types.POD_EXECUTOR_DONE_KEY', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.hooks.S3_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.hooks.s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.hooks.S3_hook.S3Hook', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.hooks.s3.S3Hook', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.hooks.S3_hook.provide_bucket_name', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.hooks.s3.provide_bucket_name', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.hooks.dbapi', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.hooks.dbapi.ConnectorProtocol', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql.ConnectorProtocol', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.hooks.dbapi.DbApiHook', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql.DbApiHook', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.hooks.dbapi_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.hooks.dbapi_hook.DbApiHook', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql.DbApiHook', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.hooks.docker_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.docker.hooks.docker', provider: 'apache-airflow-providers-docker', importFailsOn31: true },
    { path: 'airflow.hooks.docker_hook.DockerHook', kind: 'moved-to-provider', replacement: 'airflow.providers.docker.hooks.docker.DockerHook', provider: 'apache-airflow-providers-docker', importFailsOn31: true },
    { path: 'airflow.hooks.druid_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.hooks.druid', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
    { path: 'airflow.hooks.druid_hook.DruidDbApiHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.hooks.druid.DruidDbApiHook', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
    { path: 'airflow.hooks.druid_hook.DruidHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.hooks.druid.DruidHook', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
    { path: 'airflow.hooks.hive_hooks', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.hooks.hive_hooks.HIVE_QUEUE_PRIORITIES', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive.HIVE_QUEUE_PRIORITIES', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.hooks.hive_hooks.HiveCliHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive.HiveCliHook', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.hooks.hive_hooks.HiveMetastoreHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive.HiveMetastoreHook', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.hooks.hive_hooks.HiveServer2Hook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive.HiveServer2Hook', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.hooks.http_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.http.hooks.http', provider: 'apache-airflow-providers-http', importFailsOn31: true },
    { path: 'airflow.hooks.http_hook.HttpHook', kind: 'moved-to-provider', replacement: 'airflow.providers.http.hooks.http.HttpHook', provider: 'apache-airflow-providers-http', importFailsOn31: true },
    { path: 'airflow.hooks.jdbc_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.jdbc.hooks.jdbc', provider: 'apache-airflow-providers-jdbc', importFailsOn31: true },
    { path: 'airflow.hooks.jdbc_hook.JdbcHook', kind: 'moved-to-provider', replacement: 'airflow.providers.jdbc.hooks.jdbc.JdbcHook', provider: 'apache-airflow-providers-jdbc', importFailsOn31: true },
    { path: 'airflow.hooks.jdbc_hook.jaydebeapi', kind: 'moved-to-provider', replacement: 'airflow.providers.jdbc.hooks.jdbc.jaydebeapi', provider: 'apache-airflow-providers-jdbc', importFailsOn31: true },
    { path: 'airflow.hooks.mssql_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.microsoft.mssql.hooks.mssql', provider: 'apache-airflow-providers-microsoft-mssql', importFailsOn31: true },
    { path: 'airflow.hooks.mssql_hook.MsSqlHook', kind: 'moved-to-provider', replacement: 'airflow.providers.microsoft.mssql.hooks.mssql.MsSqlHook', provider: 'apache-airflow-providers-microsoft-mssql', importFailsOn31: true },
    { path: 'airflow.hooks.mysql_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.hooks.mysql', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
    { path: 'airflow.hooks.mysql_hook.MySqlHook', kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.hooks.mysql.MySqlHook', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
    { path: 'airflow.hooks.oracle_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.oracle.hooks.oracle', provider: 'apache-airflow-providers-oracle', importFailsOn31: true },
    { path: 'airflow.hooks.oracle_hook.OracleHook', kind: 'moved-to-provider', replacement: 'airflow.providers.oracle.hooks.oracle.OracleHook', provider: 'apache-airflow-providers-oracle', importFailsOn31: true },
    { path: 'airflow.hooks.pig_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.pig.hooks.pig', provider: 'apache-airflow-providers-apache-pig', importFailsOn31: true },
    { path: 'airflow.hooks.pig_hook.PigCliHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.pig.hooks.pig.PigCliHook', provider: 'apache-airflow-providers-apache-pig', importFailsOn31: true },
    { path: 'airflow.hooks.postgres_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.postgres.hooks.postgres', provider: 'apache-airflow-providers-postgres', importFailsOn31: true },
    { path: 'airflow.hooks.postgres_hook.PostgresHook', kind: 'moved-to-provider', replacement: 'airflow.providers.postgres.hooks.postgres.PostgresHook', provider: 'apache-airflow-providers-postgres', importFailsOn31: true },
    { path: 'airflow.hooks.presto_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.presto.hooks.presto', provider: 'apache-airflow-providers-presto', importFailsOn31: true },
    { path: 'airflow.hooks.presto_hook.PrestoHook', kind: 'moved-to-provider', replacement: 'airflow.providers.presto.hooks.presto.PrestoHook', provider: 'apache-airflow-providers-presto', importFailsOn31: true },
    { path: 'airflow.hooks.samba_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.samba.hooks.samba', provider: 'apache-airflow-providers-samba', importFailsOn31: true },
    { path: 'airflow.hooks.samba_hook.SambaHook', kind: 'moved-to-provider', replacement: 'airflow.providers.samba.hooks.samba.SambaHook', provider: 'apache-airflow-providers-samba', importFailsOn31: true },
    { path: 'airflow.hooks.slack_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.slack.hooks.slack', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
    { path: 'airflow.hooks.slack_hook.SlackHook', kind: 'moved-to-provider', replacement: 'airflow.providers.slack.hooks.slack.SlackHook', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
    { path: 'airflow.hooks.sqlite_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.sqlite.hooks.sqlite', provider: 'apache-airflow-providers-sqlite', importFailsOn31: true },
    { path: 'airflow.hooks.sqlite_hook.SqliteHook', kind: 'moved-to-provider', replacement: 'airflow.providers.sqlite.hooks.sqlite.SqliteHook', provider: 'apache-airflow-providers-sqlite', importFailsOn31: true },
    { path: 'airflow.hooks.subprocess.SubprocessResult', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.hooks.subprocess.SubprocessResult', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.hooks.subprocess.working_directory', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.hooks.subprocess.working_directory', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.hooks.webhdfs_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hdfs.hooks.webhdfs', provider: 'apache-airflow-providers-apache-hdfs', importFailsOn31: true },
    { path: 'airflow.hooks.webhdfs_hook.WebHDFSHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hdfs.hooks.webhdfs.WebHDFSHook', provider: 'apache-airflow-providers-apache-hdfs', importFailsOn31: true },
    { path: 'airflow.hooks.zendesk_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.zendesk.hooks.zendesk', provider: 'apache-airflow-providers-zendesk', importFailsOn31: true },
    { path: 'airflow.hooks.zendesk_hook.ZendeskHook', kind: 'moved-to-provider', replacement: 'airflow.providers.zendesk.hooks.zendesk.ZendeskHook', provider: 'apache-airflow-providers-zendesk', importFailsOn31: true },
    { path: 'airflow.kubernetes', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.k8s_model', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.k8s_model', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.k8s_model.K8SModel', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.k8s_model.K8SModel', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.k8s_model.append_to_pod', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.k8s_model.append_to_pod', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kube_client', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kube_client._disable_verify_ssl', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client._disable_verify_ssl', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kube_client._enable_tcp_keepalive', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client._enable_tcp_keepalive', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kube_client.get_kube_client', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client.get_kube_client', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions.add_pod_suffix', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.add_unique_suffix', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions.annotations_for_logging_task_metadata', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.annotations_for_logging_task_metadata', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions.annotations_to_key', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.annotations_to_key', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions.create_pod_id', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.create_unique_id', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions.get_logs_task_metadata', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.get_logs_task_metadata', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions.rand_str', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.rand_str', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod', matchPrefix: true, kind: 'moved-to-provider', replacement: 'kubernetes.client.models', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod.Port', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1ContainerPort', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod.Resources', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1ResourceRequirements', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.kubernetes.pod_generator.PodDefaults', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.xcom_sidecar.PodDefaults', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.PodGenerator', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.PodGenerator', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.PodGeneratorDeprecated', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.PodGenerator', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.add_pod_suffix', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.add_unique_suffix', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.datetime_to_label_safe_datestring', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.datetime_to_label_safe_datestring', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.extend_object_field', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.extend_object_field', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.label_safe_datestring_to_datetime', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.label_safe_datestring_to_datetime', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.make_safe_label_value', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.make_safe_label_value', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.merge_objects', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.merge_objects', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.rand_str', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.rand_str', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator_deprecated', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.kubernetes.pod_generator_deprecated.PodDefaults', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.xcom_sidecar.PodDefaults', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator_deprecated.PodGenerator', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.PodGenerator', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator_deprecated.make_safe_label_value', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.make_safe_label_value', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher.PodLauncher', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager.PodManager', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher.PodStatus', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager.PodPhase', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher_deprecated', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.kubernetes.pod_launcher_deprecated.PodDefaults', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.xcom_sidecar.PodDefaults', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher_deprecated.PodLauncher', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager.PodManager', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher_deprecated.PodStatus', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager.PodPhase', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher_deprecated.get_kube_client', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client.get_kube_client', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_runtime_info_env', matchPrefix: true, kind: 'moved-to-provider', replacement: 'kubernetes.client.models', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_runtime_info_env.PodRuntimeInfoEnv', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1EnvVar', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.secret', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.kubernetes.secret.K8SModel', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.k8s_model.K8SModel', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.secret.Secret', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.secret.Secret', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.volume', matchPrefix: true, kind: 'moved-to-provider', replacement: 'kubernetes.client.models', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.volume.Volume', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1Volume', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.volume_mount', matchPrefix: true, kind: 'moved-to-provider', replacement: 'kubernetes.client.models', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.volume_mount.VolumeMount', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1VolumeMount', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.macros.hive', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.macros.hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.macros.hive.closest_ds_partition', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.macros.hive.closest_ds_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.macros.hive.max_partition', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.macros.hive.max_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.bash_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.bash', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.bash_operator.BashOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.bash.BashOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.branch_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.branch', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.branch_operator.BaseBranchOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.branch.BaseBranchOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.check_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.CheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.IntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.SQLCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.SQLIntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.SQLThresholdCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLThresholdCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.SQLValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.ThresholdCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLThresholdCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.ValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.dagrun_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.trigger_dagrun', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dagrun_operator.TriggerDagRunLink', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunLink', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dagrun_operator.TriggerDagRunOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.datetime.target_times_as_dates', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.datetime.target_times_as_dates', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.docker_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.docker.operators.docker', provider: 'apache-airflow-providers-docker', importFailsOn31: true },
    { path: 'airflow.operators.docker_operator.DockerOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.docker.operators.docker.DockerOperator', provider: 'apache-airflow-providers-docker', importFailsOn31: true },
    { path: 'airflow.operators.druid_check_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.druid_check_operator.CheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.druid_check_operator.DruidCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.dummy', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dummy.DummyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dummy.EmptyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dummy_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dummy_operator.DummyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dummy_operator.EmptyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.email.EmailOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.smtp.operators.smtp.EmailOperator', provider: 'apache-airflow-providers-smtp', importFailsOn31: false, note: '3.1 still ships a deprecation shim (needs apache-airflow-providers-smtp).' },
    { path: 'airflow.operators.email_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.smtp.operators.smtp', provider: 'apache-airflow-providers-smtp', importFailsOn31: true },
    { path: 'airflow.operators.email_operator.EmailOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.smtp.operators.smtp.EmailOperator', provider: 'apache-airflow-providers-smtp', importFailsOn31: true },
    { path: 'airflow.operators.gcs_to_s3', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.gcs_to_s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.gcs_to_s3.GCSToS3Operator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.gcs_to_s3.GCSToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.google_api_to_s3_transfer', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.google_api_to_s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.google_api_to_s3_transfer.GoogleApiToS3Operator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.google_api_to_s3.GoogleApiToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.google_api_to_s3_transfer.GoogleApiToS3Transfer', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.google_api_to_s3.GoogleApiToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.hive_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.operators.hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_operator.HiveOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.operators.hive.HiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_stats_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.operators.hive_stats', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_stats_operator.HiveStatsCollectionOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.operators.hive_stats.HiveStatsCollectionOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_druid', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.transfers.hive_to_druid', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_druid.HiveToDruidOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.transfers.hive_to_druid.HiveToDruidOperator', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_druid.HiveToDruidTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.transfers.hive_to_druid.HiveToDruidOperator', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_mysql', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_mysql', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_mysql.HiveToMySqlOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_mysql.HiveToMySqlOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_mysql.HiveToMySqlTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_mysql.HiveToMySqlOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_samba_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_samba', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_samba_operator.HiveToSambaOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_samba.HiveToSambaOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.http_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.http.operators.http', provider: 'apache-airflow-providers-http', importFailsOn31: true },
    { path: 'airflow.operators.http_operator.SimpleHttpOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.http.operators.http.HttpOperator', provider: 'apache-airflow-providers-http', importFailsOn31: true },
    { path: 'airflow.operators.jdbc_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.jdbc_operator.JdbcOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.latest_only_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.latest_only', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.latest_only_operator.LatestOnlyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.latest_only.LatestOnlyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.mssql_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.mssql_operator.MsSqlOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.mssql_to_hive', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mssql_to_hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.mssql_to_hive.MsSqlToHiveOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mssql_to_hive.MsSqlToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.mssql_to_hive.MsSqlToHiveTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mssql_to_hive.MsSqlToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.mysql_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.mysql_operator.MySqlOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.mysql_to_hive', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mysql_to_hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.mysql_to_hive.MySqlToHiveOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mysql_to_hive.MySqlToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.mysql_to_hive.MySqlToHiveTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mysql_to_hive.MySqlToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.oracle_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.oracle_operator.OracleOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.papermill_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.papermill.operators.papermill', provider: 'apache-airflow-providers-papermill', importFailsOn31: true },
    { path: 'airflow.operators.papermill_operator.PapermillOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.papermill.operators.papermill.PapermillOperator', provider: 'apache-airflow-providers-papermill', importFailsOn31: true },
    { path: 'airflow.operators.pig_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.pig.operators.pig', provider: 'apache-airflow-providers-apache-pig', importFailsOn31: true },
    { path: 'airflow.operators.pig_operator.PigOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.pig.operators.pig.PigOperator', provider: 'apache-airflow-providers-apache-pig', importFailsOn31: true },
    { path: 'airflow.operators.postgres_operator.PostgresOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator.CheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator.IntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator.PrestoCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator.PrestoIntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator.PrestoValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator.ValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_to_mysql', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.transfers.presto_to_mysql', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
    { path: 'airflow.operators.presto_to_mysql.PrestoToMySqlOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.transfers.presto_to_mysql.PrestoToMySqlOperator', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
    { path: 'airflow.operators.presto_to_mysql.PrestoToMySqlTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.transfers.presto_to_mysql.PrestoToMySqlOperator', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
    { path: 'airflow.operators.python_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.python_operator.BranchPythonOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python.BranchPythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.python_operator.PythonOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python.PythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.python_operator.PythonVirtualenvOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python.PythonVirtualenvOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.python_operator.ShortCircuitOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python.ShortCircuitOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.redshift_to_s3_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.redshift_to_s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.redshift_to_s3_operator.RedshiftToS3Operator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.redshift_to_s3.RedshiftToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.redshift_to_s3_operator.RedshiftToS3Transfer', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.redshift_to_s3.RedshiftToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.s3_file_transform_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.operators.s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.s3_file_transform_operator.S3FileTransformOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.operators.s3.S3FileTransformOperator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.s3_to_hive_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.s3_to_hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.s3_to_hive_operator.S3ToHiveOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.s3_to_hive.S3ToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.s3_to_hive_operator.S3ToHiveTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.s3_to_hive.S3ToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.s3_to_redshift_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.s3_to_redshift', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.s3_to_redshift_operator.S3ToRedshiftOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.s3_to_redshift.S3ToRedshiftOperator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.s3_to_redshift_operator.S3ToRedshiftTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.s3_to_redshift.S3ToRedshiftOperator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.slack_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.slack.operators.slack', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
    { path: 'airflow.operators.slack_operator.SlackAPIOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.slack.operators.slack.SlackAPIOperator', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
    { path: 'airflow.operators.slack_operator.SlackAPIPostOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.slack.operators.slack.SlackAPIPostOperator', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
    { path: 'airflow.operators.sql', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.BaseSQLOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.BaseSQLOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.BranchSQLOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.BranchSQLOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.SQLCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.SQLColumnCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLColumnCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.SQLIntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.SQLTableCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLTableCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.SQLThresholdCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLThresholdCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.SQLValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql._convert_to_float_if_possible', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql._convert_to_float_if_possible', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.parse_boolean', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.parse_boolean', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sqlite_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sqlite_operator.SqliteOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.trigger_dagrun.TriggerDagRunLink', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunLink', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.date_time_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.date_time', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.date_time_sensor.DateTimeSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.date_time.DateTimeSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.external_task.ExternalTaskSensorLink', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task.ExternalDagLink', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.external_task_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.external_task_sensor.ExternalTaskMarker', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task.ExternalTaskMarker', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.external_task_sensor.ExternalTaskSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task.ExternalTaskSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.external_task_sensor.ExternalTaskSensorLink', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task.ExternalDagLink', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.hive_partition_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.hive_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.sensors.hive_partition_sensor.HivePartitionSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.hive_partition.HivePartitionSensor', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.sensors.http_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.http.sensors.http', provider: 'apache-airflow-providers-http', importFailsOn31: true },
    { path: 'airflow.sensors.http_sensor.HttpSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.http.sensors.http.HttpSensor', provider: 'apache-airflow-providers-http', importFailsOn31: true },
    { path: 'airflow.sensors.metastore_partition_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.metastore_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.sensors.metastore_partition_sensor.MetastorePartitionSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.metastore_partition.MetastorePartitionSensor', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.sensors.named_hive_partition_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.named_hive_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.sensors.named_hive_partition_sensor.NamedHivePartitionSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.named_hive_partition.NamedHivePartitionSensor', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.sensors.s3_key_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.sensors.s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.sensors.s3_key_sensor.S3KeySensor', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.sensors.s3.S3KeySensor', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.sensors.sql', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.sensors.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.sensors.sql.SqlSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.sensors.sql.SqlSensor', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.sensors.sql_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.sensors.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.sensors.sql_sensor.SqlSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.sensors.sql.SqlSensor', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.sensors.time_delta.WaitSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.time_delta.WaitSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.time_delta_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.time_delta', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.time_delta_sensor.TimeDeltaSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.time_delta.TimeDeltaSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.web_hdfs_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hdfs.sensors.web_hdfs', provider: 'apache-airflow-providers-apache-hdfs', importFailsOn31: true },
    { path: 'airflow.sensors.web_hdfs_sensor.WebHdfsSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hdfs.sensors.web_hdfs.WebHdfsSensor', provider: 'apache-airflow-providers-apache-hdfs', importFailsOn31: true },
    { path: 'airflow.utils.log.cloudwatch_task_handler.CloudwatchTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.log.cloudwatch_task_handler.CloudwatchTaskHandler', provider: 'apache-airflow-providers-amazon', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-amazon is installed.' },
    { path: 'airflow.utils.log.es_task_handler.ElasticsearchTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.elasticsearch.log.es_task_handler.ElasticsearchTaskHandler', provider: 'apache-airflow-providers-elasticsearch', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-elasticsearch is installed.' },
    { path: 'airflow.utils.log.gcs_task_handler.GCSTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.google.cloud.log.gcs_task_handler.GCSTaskHandler', provider: 'apache-airflow-providers-google', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-google is installed.' },
    { path: 'airflow.utils.log.s3_task_handler.S3TaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.log.s3_task_handler.S3TaskHandler', provider: 'apache-airflow-providers-amazon', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-amazon is installed.' },
    { path: 'airflow.utils.log.stackdriver_task_handler.StackdriverTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.google.cloud.log.stackdriver_task_handler.StackdriverTaskHandler', provider: 'apache-airflow-providers-google', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-google is installed.' },
    { path: 'airflow.utils.log.wasb_task_handler.WasbTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.microsoft.azure.log.wasb_task_handler.WasbTaskHandler', provider: 'apache-airflow-providers-microsoft-azure', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-microsoft-azure is installed.' },
    { path: 'airflow.utils.weekday', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.utils.weekday', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.utils.weekday.WeekDay', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.utils.weekday.WeekDay', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.www.security', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.www.security.FabAirflowSecurityManagerOverride', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override.FabAirflowSecurityManagerOverride', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    // --- Deprecated: still importable on 3.1, new home in airflow.sdk or a provider (ruff AIR311/AIR312/AIR321 and the shims Airflow 3.1 ships).
    { path: 'airflow.AirflowException', kind: 'deprecated', replacement: 'airflow.exceptions.AirflowException', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.DAG', kind: 'suggested', replacement: 'airflow.sdk.DAG', importFailsOn31: false },
    { path: 'airflow.Dataset', kind: 'deprecated', replacement: 'airflow.sdk.Asset', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.datasets', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk', importFailsOn31: false, note: 'Datasets are Assets in Airflow 3 (Dataset → Asset, DatasetAlias → AssetAlias).' },
    { path: 'airflow.datasets.Dataset', kind: 'deprecated', replacement: 'airflow.sdk.Asset', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.datasets.DatasetAlias', kind: 'deprecated', replacement: 'airflow.sdk.AssetAlias', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.datasets.DatasetAll', kind: 'deprecated', replacement: 'airflow.sdk.AssetAll', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.datasets.DatasetAny', kind: 'deprecated', replacement: 'airflow.sdk.AssetAny', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.datasets.expand_alias_to_datasets', kind: 'deprecated', replacement: 'airflow.models.asset.expand_alias_to_assets', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.datasets.metadata.Metadata', kind: 'deprecated', replacement: 'airflow.sdk.Metadata', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk', importFailsOn31: false, note: 'Import dag, task, task_group, setup and teardown from airflow.sdk.' },
    { path: 'airflow.decorators.base.DecoratedMappedOperator', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.DecoratedMappedOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.base.DecoratedOperator', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.DecoratedOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.base.TaskDecorator', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.TaskDecorator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.base.TaskDecoratorCollection', kind: 'deprecated', replacement: 'airflow.sdk.definitions.decorators.TaskDecoratorCollection', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.base.get_unique_task_id', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.get_unique_task_id', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.base.task_decorator_factory', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.task_decorator_factory', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.dag', kind: 'deprecated', replacement: 'airflow.sdk.dag', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.setup', kind: 'deprecated', replacement: 'airflow.sdk.setup', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.task', kind: 'deprecated', replacement: 'airflow.sdk.task', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.task_group', kind: 'deprecated', replacement: 'airflow.sdk.task_group', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.teardown', kind: 'deprecated', replacement: 'airflow.sdk.teardown', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.hooks.base.BaseHook', kind: 'deprecated', replacement: 'airflow.sdk.BaseHook', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.hooks.filesystem.FSHook', kind: 'deprecated', replacement: 'airflow.providers.standard.hooks.filesystem.FSHook', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.hooks.package_index.PackageIndexHook', kind: 'deprecated', replacement: 'airflow.providers.standard.hooks.package_index.PackageIndexHook', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.hooks.subprocess.SubprocessHook', kind: 'deprecated', replacement: 'airflow.providers.standard.hooks.subprocess.SubprocessHook', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.Properties', kind: 'deprecated', replacement: 'airflow.sdk.io.Properties', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io._BUILTIN_SCHEME_TO_FS', kind: 'deprecated', replacement: 'airflow.sdk.io.fs._BUILTIN_SCHEME_TO_FS', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.attach', kind: 'deprecated', replacement: 'airflow.sdk.io.attach', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.get_fs', kind: 'deprecated', replacement: 'airflow.sdk.io.get_fs', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.has_fs', kind: 'deprecated', replacement: 'airflow.sdk.io.has_fs', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.path.ObjectStoragePath', kind: 'deprecated', replacement: 'airflow.sdk.ObjectStoragePath', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.storage.attach', kind: 'deprecated', replacement: 'airflow.sdk.io.attach', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.typedef.Properties', kind: 'deprecated', replacement: 'airflow.sdk.io.typedef.Properties', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.macros', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros', importFailsOn31: false },
    { path: 'airflow.macros.datetime_diff_for_humans', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros.datetime_diff_for_humans', importFailsOn31: false, note: 'airflow.sdk.execution_time.macros is Task SDK internals (3.1.8 has no public airflow.sdk alias); in templates use {{ macros.datetime_diff_for_humans(...) }}. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.macros.ds_add', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros.ds_add', importFailsOn31: false, note: 'airflow.sdk.execution_time.macros is Task SDK internals (3.1.8 has no public airflow.sdk alias); in templates use {{ macros.ds_add(...) }}. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.macros.ds_format', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros.ds_format', importFailsOn31: false, note: 'airflow.sdk.execution_time.macros is Task SDK internals (3.1.8 has no public airflow.sdk alias); in templates use {{ macros.ds_format(...) }}. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.macros.ds_format_locale', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros.ds_format_locale', importFailsOn31: false, note: 'airflow.sdk.execution_time.macros is Task SDK internals (3.1.8 has no public airflow.sdk alias); in templates use {{ macros.ds_format_locale(...) }}. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.BaseOperator', kind: 'suggested', replacement: 'airflow.sdk.BaseOperator', importFailsOn31: false },
    { path: 'airflow.models.Connection', kind: 'suggested', replacement: 'airflow.sdk.Connection', importFailsOn31: false },
    { path: 'airflow.models.DAG', kind: 'suggested', replacement: 'airflow.sdk.DAG', importFailsOn31: false },
    { path: 'airflow.models.Param', kind: 'suggested', replacement: 'airflow.sdk.Param', importFailsOn31: false },
    { path: 'airflow.models.Variable', kind: 'suggested', replacement: 'airflow.sdk.Variable', importFailsOn31: false },
    { path: 'airflow.models.abstractoperator.AbstractOperator', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.AbstractOperator', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.abstractoperator.DEFAULT_OWNER', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.DEFAULT_OWNER', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.abstractoperator.DEFAULT_QUEUE', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.DEFAULT_QUEUE', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.abstractoperator.DEFAULT_TASK_EXECUTION_TIMEOUT', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.DEFAULT_TASK_EXECUTION_TIMEOUT', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.abstractoperator.NotMapped', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.NotMapped', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.abstractoperator.TaskStateChangeCallback', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.TaskStateChangeCallback', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.baseoperator.BaseOperator', kind: 'deprecated', replacement: 'airflow.sdk.BaseOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.baseoperator.chain', kind: 'deprecated', replacement: 'airflow.sdk.chain', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.baseoperator.chain_linear', kind: 'deprecated', replacement: 'airflow.sdk.chain_linear', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.baseoperator.cross_downstream', kind: 'deprecated', replacement: 'airflow.sdk.cross_downstream', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.baseoperatorlink.BaseOperatorLink', kind: 'deprecated', replacement: 'airflow.sdk.BaseOperatorLink', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.connection.Connection', kind: 'suggested', replacement: 'airflow.sdk.Connection', importFailsOn31: false, note: 'The ORM model; DAG and task code should use the Task SDK class.' },
    { path: 'airflow.models.dag.DAG', kind: 'deprecated', replacement: 'airflow.sdk.DAG', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.operator.BaseOperator', kind: 'deprecated', replacement: 'airflow.sdk.BaseOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.param.Param', kind: 'deprecated', replacement: 'airflow.sdk.Param', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.param.ParamsDict', kind: 'deprecated', replacement: 'airflow.sdk.ParamsDict', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.variable.Variable', kind: 'suggested', replacement: 'airflow.sdk.Variable', importFailsOn31: false, note: 'The ORM model; DAG and task code should use the Task SDK class.' },
    { path: 'airflow.notifications.basenotifier.BaseNotifier', kind: 'deprecated', replacement: 'airflow.sdk.BaseNotifier', importFailsOn31: false, note: 'Still importable on 3.1 (deprecation warning).' },
    { path: 'airflow.operators.bash.BashOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.bash.BashOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.branch.BaseBranchOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.branch.BaseBranchOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.branch.BranchMixIn', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.branch.BranchMixIn', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.datetime.BranchDateTimeOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.datetime.BranchDateTimeOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.empty.EmptyOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.generic_transfer.GenericTransfer', kind: 'deprecated', replacement: 'airflow.providers.common.sql.operators.generic_transfer.GenericTransfer', provider: 'apache-airflow-providers-common-sql', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.latest_only.LatestOnlyOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.latest_only.LatestOnlyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.BranchExternalPythonOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.BranchExternalPythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.BranchPythonOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.BranchPythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.BranchPythonVirtualenvOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.BranchPythonVirtualenvOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.ExternalPythonOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.ExternalPythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.PythonOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.PythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.PythonVirtualenvOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.PythonVirtualenvOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.ShortCircuitOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.ShortCircuitOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.get_current_context', kind: 'deprecated', replacement: 'airflow.sdk.get_current_context', importFailsOn31: false, note: 'Still importable on 3.1 (deprecation warning).' },
    { path: 'airflow.operators.smooth.SmoothOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.smooth.SmoothOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.trigger_dagrun.TriggerDagRunOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.weekday.BranchDayOfWeekOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.weekday.BranchDayOfWeekOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.secrets.cache.SecretCache', kind: 'deprecated', replacement: 'airflow.sdk.SecretCache', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.base.BaseSensorOperator', kind: 'deprecated', replacement: 'airflow.sdk.BaseSensorOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.base.PokeReturnValue', kind: 'deprecated', replacement: 'airflow.sdk.PokeReturnValue', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.base.poke_mode_only', kind: 'deprecated', replacement: 'airflow.sdk.bases.sensor.poke_mode_only', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.bash.BashSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.bash.BashSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.date_time.DateTimeSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.date_time.DateTimeSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.date_time.DateTimeSensorAsync', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.date_time.DateTimeSensorAsync', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.external_task.ExternalDagLink', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.external_task.ExternalDagLink', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.external_task.ExternalTaskMarker', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.external_task.ExternalTaskMarker', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.external_task.ExternalTaskSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.external_task.ExternalTaskSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.filesystem.FileSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.filesystem.FileSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.python.PythonSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.python.PythonSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.time_delta.TimeDeltaSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.time_delta.TimeDeltaSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.time_delta.TimeDeltaSensorAsync', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.time_delta.TimeDeltaSensorAsync', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.time_sensor.TimeSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.time.TimeSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.time_sensor.TimeSensorAsync', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.time.TimeSensorAsync', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.weekday.DayOfWeekSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.weekday.DayOfWeekSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.settings.Session', kind: 'suggested', importFailsOn31: false, note: 'Internal API: task code has no metadata-database access in Airflow 3; use the Task SDK or the REST API.' },
    { path: 'airflow.timetables.datasets.DatasetOrTimeSchedule', kind: 'suggested', replacement: 'airflow.timetables.assets.AssetOrTimeSchedule', importFailsOn31: false },
    { path: 'airflow.triggers.external_task.DagStateTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.external_task.DagStateTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.triggers.external_task.WorkflowTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.external_task.WorkflowTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.triggers.file.FileTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.file.FileTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.triggers.temporal.DateTimeTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.temporal.DateTimeTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.triggers.temporal.TimeDeltaTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.temporal.TimeDeltaTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.dag_parsing_context.get_parsing_context', kind: 'deprecated', replacement: 'airflow.sdk.get_parsing_context', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.db.provide_session', kind: 'suggested', importFailsOn31: false, note: 'Task code has no metadata-database access in Airflow 3; use the Task SDK (airflow.sdk) or the REST API. Still importable on 3.1.' },
    { path: 'airflow.utils.decorators.fixup_decorator_warning_stack', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.decorators.fixup_decorator_warning_stack', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.decorators.remove_task_decorator', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.decorators.remove_task_decorator', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.operator_resources', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk.definitions.operator_resources', importFailsOn31: false },
    { path: 'airflow.utils.session.create_session', kind: 'suggested', importFailsOn31: false, note: 'Internal API: importable on 3.1 but task code has no metadata-database access in Airflow 3 (the call fails at run time); use the Task SDK or the REST API.' },
    { path: 'airflow.utils.session.provide_session', kind: 'suggested', importFailsOn31: false, note: 'Internal API: importable on 3.1 but task code has no metadata-database access in Airflow 3 (the call fails at run time); use the Task SDK or the REST API.' },
    { path: 'airflow.utils.setup_teardown.BaseSetupTeardownContext', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.setup_teardown.BaseSetupTeardownContext', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.setup_teardown.SetupTeardownContext', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.setup_teardown.SetupTeardownContext', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.task_group.TaskGroup', kind: 'deprecated', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timeout.timeout', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.timeout.timeout', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk.timezone', importFailsOn31: false },
    { path: 'airflow.utils.timezone.coerce_datetime', kind: 'deprecated', replacement: 'airflow.sdk.timezone.coerce_datetime', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone.convert_to_utc', kind: 'deprecated', replacement: 'airflow.sdk.timezone.convert_to_utc', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone.datetime', kind: 'deprecated', replacement: 'airflow.sdk.timezone.datetime', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone.make_naive', kind: 'deprecated', replacement: 'airflow.sdk.timezone.make_naive', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone.parse', kind: 'deprecated', replacement: 'airflow.sdk.timezone.parse', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone.utc', kind: 'deprecated', replacement: 'airflow.sdk.timezone.utc', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone.utcnow', kind: 'deprecated', replacement: 'airflow.sdk.timezone.utcnow', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.trigger_rule', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.task.trigger_rule', importFailsOn31: false },
    { path: 'airflow.utils.weight_rule.DB_SAFE_MAXIMUM', kind: 'deprecated', replacement: 'airflow.sdk.bases.operator.DB_SAFE_MAXIMUM', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.weight_rule.DB_SAFE_MINIMUM', kind: 'deprecated', replacement: 'airflow.sdk.bases.operator.DB_SAFE_MINIMUM', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.weight_rule.WeightRule', kind: 'deprecated', replacement: 'airflow.task.weight_rule.WeightRule', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.weight_rule.db_safe_priority', kind: 'deprecated', replacement: 'airflow.sdk.bases.operator.db_safe_priority', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.xcom.XCOM_RETURN_KEY', kind: 'deprecated', replacement: 'airflow.models.xcom.XCOM_RETURN_KEY', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
];
/**
 * DAG(...) / @dag(...) arguments. Checked on 3.1.8: all but sla_miss_callback raise TypeError, passed
 * directly or as DAG(**kwargs); as default_args keys all of them (and the operator ones) are ignored.
 */
const REMOVED_DAG_ARGUMENTS = [
    { name: 'schedule_interval', replacement: 'schedule', note: 'DAG() raises TypeError on 3.1.' },
    { name: 'timetable', replacement: 'schedule', note: 'Pass the timetable object as schedule=. DAG() raises TypeError on 3.1.' },
    { name: 'concurrency', replacement: 'max_active_tasks', note: 'DAG() raises TypeError on 3.1.' },
    { name: 'fail_stop', replacement: 'fail_fast', note: 'DAG() raises TypeError on 3.1.' },
    { name: 'default_view', note: 'The UI view is a user setting in Airflow 3; delete the argument. DAG() raises TypeError on 3.1.' },
    { name: 'orientation', note: 'The graph orientation is a UI setting in Airflow 3; delete the argument. DAG() raises TypeError on 3.1.' },
    { name: 'full_filepath', note: 'Delete the argument; Airflow sets the file location itself. DAG() raises TypeError on 3.1.' },
    {
        name: 'sla_miss_callback',
        acceptedOn31: true,
        note: 'SLAs were removed in Airflow 3; Airflow 3.1 adds Deadline Alerts (deadline=). 3.1 still accepts the argument but never calls it.',
    },
];
/** BaseOperator / @task arguments (and operator-specific renames). */
const REMOVED_OPERATOR_ARGUMENTS = [
    { name: 'task_concurrency', replacement: 'max_active_tis_per_dag', note: 'Operators raise TypeError on 3.1.' },
    { name: 'provide_context', note: 'The context is always passed to callables that accept **context; delete the argument. Operators raise TypeError on 3.1.' },
    { name: 'sla', acceptedOn31: true, note: 'SLAs were removed in Airflow 3; Airflow 3.1 adds Deadline Alerts on the DAG. 3.1 accepts the argument with a warning and ignores it.' },
    { name: 'execution_date', replacement: 'logical_date', note: 'TriggerDagRunOperator.' },
    { name: 'use_task_execution_day', replacement: 'use_task_logical_date', note: 'BranchDateTimeOperator, BranchDayOfWeekOperator, DayOfWeekSensor.' },
];
/**
 * Task context keys (context["…"], context.get("…"), TaskFlow parameters, Jinja "{{ … }}") that are gone
 * from airflow.sdk.definitions.context.Context on 3.1.8.
 */
const REMOVED_CONTEXT_KEYS = [
    { name: 'execution_date', replacement: 'logical_date', note: 'logical_date is None for runs triggered without one; data_interval_start is always set for scheduled runs.' },
    { name: 'next_execution_date', replacement: 'data_interval_end' },
    { name: 'next_ds', replacement: 'Use {{ data_interval_end | ds }} instead.' },
    { name: 'next_ds_nodash', replacement: 'Use {{ data_interval_end | ds_nodash }} instead.' },
    { name: 'prev_execution_date', replacement: 'prev_data_interval_start_success', note: 'The previous successful run; for a fixed interval compute it from logical_date.' },
    { name: 'prev_ds', replacement: 'Use {{ prev_data_interval_start_success | ds }} (previous successful run) or {{ macros.ds_add(ds, -N) }} instead.' },
    { name: 'prev_ds_nodash', replacement: 'Use {{ prev_data_interval_start_success | ds_nodash }} (previous successful run) instead.' },
    { name: 'prev_execution_date_success', replacement: 'prev_data_interval_start_success' },
    { name: 'tomorrow_ds', replacement: 'Use {{ macros.ds_add(ds, 1) }} instead.' },
    { name: 'tomorrow_ds_nodash', replacement: 'Use {{ macros.ds_format(macros.ds_add(ds, 1), "%Y-%m-%d", "%Y%m%d") }} instead.' },
    { name: 'yesterday_ds', replacement: 'Use {{ macros.ds_add(ds, -1) }} instead.' },
    { name: 'yesterday_ds_nodash', replacement: 'Use {{ macros.ds_format(macros.ds_add(ds, -1), "%Y-%m-%d", "%Y%m%d") }} instead.' },
    { name: 'conf', replacement: 'Import it in the task: from airflow.configuration import conf.' },
    { name: 'triggering_dataset_events', replacement: 'triggering_asset_events' },
];
/** Any removed context key as a whole word: text without a match reads none of them (a cheap test before tokenizing templates). */
const ANY_REMOVED_CONTEXT_KEY = new RegExp(`(?<!\\w)(?:${REMOVED_CONTEXT_KEYS.map((k) => k.name).join('|')})(?!\\w)`);
/** trigger_rule values (strings or TriggerRule members, compared lower-case) rejected with ValueError on 3.1.8. */
const REMOVED_TRIGGER_RULES = [
    { name: 'none_failed_or_skipped', replacement: 'none_failed_min_one_success' },
    { name: 'dummy', replacement: 'always' },
];
const EXACT = new Map(IMPORT_CHANGES.map((change) => [change.path, change]));
const BY_PREFIX = new Map(IMPORT_CHANGES.filter((change) => change.matchPrefix).map((change) => [change.path, change]));
/** Top-level packages the table mentions (just `airflow`): any other name is answered without lookups. */
const ROOTS = new Set(IMPORT_CHANGES.map((change) => change.path.split('.')[0]));
const CHANGE_CACHE_LIMIT = 10_000;
const changeByName = new Map();
/** Lookup helper: the most specific IMPORT_CHANGES entry for a fully-qualified name (exact match wins over prefix; longest prefix wins). */
function findImportChange(qualifiedName) {
    const dot = qualifiedName.indexOf('.');
    if (!ROOTS.has(dot === -1 ? qualifiedName : qualifiedName.slice(0, dot)))
        return undefined;
    // Every DAG file imports much the same airflow names: remember answers (a bounded cache of a pure function).
    const known = changeByName.get(qualifiedName);
    if (known !== undefined)
        return known ?? undefined;
    const change = lookupImportChange(qualifiedName);
    if (changeByName.size >= CHANGE_CACHE_LIMIT)
        changeByName.clear();
    changeByName.set(qualifiedName, change ?? null);
    return change;
}
function lookupImportChange(qualifiedName) {
    const exact = EXACT.get(qualifiedName);
    if (exact)
        return exact;
    // Walk up the dotted path: the first module-wide entry found is the longest prefix.
    for (let end = qualifiedName.lastIndexOf('.'); end > 0; end = qualifiedName.lastIndexOf('.', end - 1)) {
        const change = BY_PREFIX.get(qualifiedName.slice(0, end));
        if (change)
            return change;
    }
    return packageLevelImport(qualifiedName);
}
/**
 * Airflow 1 let DAGs import classes from the package itself (`from airflow.operators import
 * BashOperator`, `from airflow.hooks import HttpHook`). On 3.1.8 these packages hold no class at all
 * (dir() of airflow.operators, airflow.hooks and airflow.sensors has no capitalised name; each such
 * import fails), so any capitalised name directly below them is an import error. The replacement is
 * taken from the table entry for the same class under its Airflow 2 module, when there is one.
 */
const PACKAGE_LEVEL = /^airflow\.(operators|hooks|sensors)\.([A-Z]\w*)$/;
function packageLevelImport(qualifiedName) {
    const m = PACKAGE_LEVEL.exec(qualifiedName);
    if (!m)
        return undefined;
    const name = m[2];
    const known = IMPORT_CHANGES.find((c) => !c.matchPrefix && c.path.startsWith(`airflow.${m[1]}.`) && c.path.endsWith(`.${name}`) && c.replacement && DOTTED.test(c.replacement));
    return {
        path: qualifiedName,
        kind: 'removed',
        replacement: known?.replacement,
        provider: known?.provider,
        importFailsOn31: true,
        note: `Airflow 1 style package import: airflow.${m[1]} has no \`${name}\` in Airflow 3; import it from its module.`,
    };
}
const DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/;
const DATASET_CLASSES = new Set(['airflow.Dataset', 'airflow.datasets.Dataset', 'airflow.datasets.DatasetAlias', 'airflow.datasets.DatasetAny', 'airflow.datasets.DatasetAll', 'airflow.sdk.Asset', 'airflow.sdk.AssetAlias', 'airflow.sdk.AssetAny', 'airflow.sdk.AssetAll']);
const REMOVED_ATTRIBUTES = [
    { classes: DATASET_CLASSES, renames: { iter_datasets: 'iter_assets', iter_dataset_aliases: 'iter_asset_aliases' } },
    {
        classes: new Set(['airflow.datasets.manager.DatasetManager', 'airflow.assets.manager.AssetManager']),
        renames: {
            register_dataset_change: 'register_asset_change',
            create_datasets: 'create_assets',
            notify_dataset_created: 'notify_asset_created',
            notify_dataset_changed: 'notify_asset_changed',
            notify_dataset_alias_created: 'notify_asset_alias_created',
        },
    },
    { classes: new Set(['airflow.lineage.hook.DatasetLineageInfo', 'airflow.lineage.hook.AssetLineageInfo']), renames: { dataset: 'asset' } },
    {
        classes: new Set(['airflow.lineage.hook.HookLineageCollector']),
        renames: { create_dataset: 'create_asset', add_input_dataset: 'add_input_asset', add_output_dataset: 'add_output_asset', collected_datasets: 'collected_assets' },
    },
    {
        classes: new Set(['airflow.DAG', 'airflow.models.DAG', 'airflow.models.dag.DAG', 'airflow.sdk.DAG']),
        renames: { create_dagrun: undefined },
        note: 'DAG authors no longer create runs directly in Airflow 3: trigger one through the REST API or TriggerDagRunOperator.',
    },
    { classes: new Set(['airflow.providers.amazon.aws.auth_manager.aws_auth_manager.AwsAuthManager']), renames: { is_authorized_dataset: 'is_authorized_asset' } },
    // Secrets backends: Airflow's own and the providers' (…secrets.vault.VaultBackend, …).
    { classes: /^airflow\.(?:secrets|providers\.[\w.]+\.secrets)\.[\w.]*Backend$/, renames: { get_conn_uri: 'get_conn_value', get_connections: 'get_connection' } },
    {
        classes: new Set(['airflow.providers_manager.ProvidersManager']),
        renames: {
            initialize_providers_dataset_uri_resources: 'initialize_providers_asset_uri_resources',
            dataset_factories: 'asset_factories',
            dataset_uri_handlers: 'asset_uri_handlers',
            dataset_to_openlineage_converters: 'asset_to_openlineage_converters',
        },
    },
];
/** AirflowPlugin class attributes Airflow 3 no longer reads (3.1.8's AirflowPlugin has none of them). */
const REMOVED_PLUGIN_ATTRIBUTES = {
    operators: 'Import operators from their own module in the DAG file.',
    sensors: 'Import sensors from their own module in the DAG file.',
    hooks: 'Import hooks from their own module.',
    executors: 'Set the executor in the [core] executor configuration.',
};
/** Keyword arguments removed from specific Airflow calls (checked on 3.1.8), by callee pattern. */
const REMOVED_CALL_ARGUMENTS = [
    { callee: /^airflow\.sdk\.Variable\.get$/, name: 'default_var', replacement: 'default', what: 'airflow.sdk.Variable.get()' },
    { callee: /^airflow\.(?:utils\.log|providers\.[\w.]+\.log)\.[\w.]*TaskHandler$/, name: 'filename_template', what: 'task log handlers (the [logging] log_filename_template setting replaces it)' },
];

;// CONCATENATED MODULE: ./src/dags/data/airflow3-fixes.js
/** Old qualified name → a replacement that behaves the same under its new name (a safe rename). */
const EQUIVALENT_RENAMES = new Set([
    'airflow.operators.dummy.DummyOperator',
    'airflow.operators.dummy_operator.DummyOperator',
    'airflow.datasets.Dataset',
    'airflow.datasets.DatasetAlias',
    'airflow.datasets.DatasetAll',
    'airflow.datasets.DatasetAny',
    'airflow.timetables.datasets.DatasetOrTimeSchedule',
]);
/** Keyword arguments a renamed callable takes under a new name too (old qualified name → old → new keyword). */
const KEYWORD_RENAMES = {
    'airflow.timetables.datasets.DatasetOrTimeSchedule': { datasets: 'assets' },
};
/**
 * Provider operators removed in favour of common-sql's SQLExecuteQueryOperator (postgres 6.0.0,
 * mysql 6.0.0, sqlite 4.0.0; checked against the 3.1.8 venv's common-sql): the class is renamed and
 * `<db>_conn_id` becomes `conn_id`; sql, autocommit, parameters and database keep their names. Unsafe
 * (a different class runs the SQL), and left alone when a call passes an argument the new operator
 * does not take (`NOT_TAKEN_BY_SQL_EXECUTE`).
 */
const PROVIDER_OPERATOR_RENAMES = {
    'airflow.providers.postgres.operators.postgres.PostgresOperator': { replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', keywords: { postgres_conn_id: 'conn_id' } },
    'airflow.providers.mysql.operators.mysql.MySqlOperator': { replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', keywords: { mysql_conn_id: 'conn_id' } },
    'airflow.providers.sqlite.operators.sqlite.SqliteOperator': { replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', keywords: { sqlite_conn_id: 'conn_id' } },
};
/** Arguments of the old SQL operators SQLExecuteQueryOperator does not accept (postgres's runtime_parameters). */
const NOT_TAKEN_BY_SQL_EXECUTE = ['runtime_parameters'];
/** Replacements that are a different API, not a new spelling: no mechanical rewrite exists. */
const NOT_DROP_IN = new Set(['airflow.sdk.TaskGroup']);
const CALL_REWRITES = {
    // days_ago(n) was midnight UTC n days before the parse; a fixed date is what Airflow 3 wants, and
    // the start date stops moving (unsafe: the schedule's first run changes).
    'airflow.utils.dates.days_ago': {
        imports: ['pendulum'],
        safety: 'unsafe',
        rewrite({ positional, keywords }, today) {
            if (positional.length !== 1 || keywords.length || !/^\d+$/.test(positional[0]))
                return undefined;
            const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - Number(positional[0]) * 86_400_000);
            return `pendulum.datetime(${day.getUTCFullYear()}, ${day.getUTCMonth() + 1}, ${day.getUTCDate()}, tz="UTC")`;
        },
    },
    // 2.9's is_venv_installed() was exactly this test; 3.x dropped the helper.
    'airflow.operators.python.is_venv_installed': {
        imports: ['shutil', 'importlib.util'],
        safety: 'safe',
        rewrite: ({ positional, keywords }) => (positional.length || keywords.length ? undefined : 'bool(shutil.which("virtualenv") or importlib.util.find_spec("virtualenv"))'),
    },
};
/** Removed arguments whose deletion changes what the DAG does (the rest were no-ops or are renamed). */
const ARGUMENT_DROP_UNSAFE = new Set(['sla', 'sla_miss_callback']);
/** Context keys whose replacement carries the same value for every run (others differ for some runs). */
const SAME_VALUE_CONTEXT_KEYS = new Set(['execution_date', 'triggering_dataset_events']);

;// CONCATENATED MODULE: ./src/dags/fix/derive.js




const FIXABLE_RULE = /^DAG[12]\d\d$/;
const IDENTIFIER = /^[A-Za-z_]\w*$/;
const QUALIFIED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/;
/**
 * Gives each DAG1xx/DAG2xx finding that has a mechanical rewrite its edits. Fixes are derived from
 * the rule id and the finding's range plus the version tables, so the rules only report.
 */
function attachEdits(findings, source) {
    if (!findings.some((f) => FIXABLE_RULE.test(f.ruleId) && f.range))
        return;
    const plans = new Map();
    const planner = new FixPlanner(source, (ruleIds, start, end, fix) => {
        const r = source.src.range(start, end);
        for (const id of ruleIds)
            plans.set(`${id}:${r.startLine}:${r.startColumn}:${r.endLine}:${r.endColumn}`, fix);
    });
    planner.planAll(new Set(findings.map((f) => f.ruleId)));
    for (const f of findings) {
        const r = f.range;
        if (!r)
            continue;
        const plan = plans.get(`${f.ruleId}:${r.startLine}:${r.startColumn}:${r.endLine}:${r.endColumn}`);
        if (plan)
            f.edits = toEditSet(plan, source.src);
    }
}
function toEditSet(plan, src) {
    return { safety: plan.safety, description: plan.description, edits: plan.edits.map((e) => ({ range: src.range(e.start, e.end), newText: e.newText })) };
}
class FixPlanner {
    s;
    emit;
    text;
    eol;
    constructor(s, emit) {
        this.s = s;
        this.emit = emit;
        this.text = s.src.text;
        this.eol = this.text.includes('\r\n') ? '\r\n' : '\n';
    }
    planAll(ruleIds) {
        if (ruleIds.has('DAG101') || ruleIds.has('DAG201') || ruleIds.has('DAG202')) {
            this.planImportStatements();
            this.planAttributeChains();
            this.planModuleImports();
        }
        if (ruleIds.has('DAG102'))
            this.planArguments(this.s.model.dagCalls, REMOVED_DAG_ARGUMENTS, 'DAG102');
        if (ruleIds.has('DAG103'))
            this.planArguments(this.s.model.taskCalls, REMOVED_OPERATOR_ARGUMENTS, 'DAG103');
        if (ruleIds.has('DAG104')) {
            this.planContextKeys();
            this.planTaskParameters();
        }
        if (ruleIds.has('DAG105'))
            this.planTriggerRules();
    }
    // ---------------------------------------------------------------------------------------------
    // Imports (DAG101 removed, DAG201 deprecated, DAG202 suggested update): one fix per `from … import …` statement.
    planImportStatements() {
        const byStatement = new Map();
        for (const imp of this.s.scopes.imports) {
            if (!imp.from)
                continue;
            let list = byStatement.get(imp.statement);
            if (!list)
                byStatement.set(imp.statement, (list = []));
            list.push(imp);
        }
        for (const [statement, bindings] of byStatement) {
            if (!bindings.some((b) => this.importChange(b.qualified)))
                continue;
            const fix = this.planImportStatement(statement, bindings);
            if (fix)
                this.emit(['DAG101', 'DAG201', 'DAG202'], statement.start, statement.end, fix);
        }
    }
    /**
     * The table entry an import's fix follows: Airflow's own moves, or a removed provider SQL operator
     * (the DAG101 finding for it comes from the provider table; only the rename lives here). A file
     * passing an argument SQLExecuteQueryOperator does not take gets no fix for it.
     */
    importChange(qualified) {
        const change = findImportChange(qualified);
        if (change)
            return change;
        const rename = PROVIDER_OPERATOR_RENAMES[qualified];
        if (!rename || NOT_TAKEN_BY_SQL_EXECUTE.some((arg) => this.text.includes(arg)))
            return undefined;
        return { path: qualified, kind: 'removed', replacement: rename.replacement, importFailsOn31: true };
    }
    planImportStatement(statement, bindings) {
        const moduleNode = childByField(statement, 'module_name');
        if (!moduleNode || moduleNode.type !== 'dotted_name' || this.text.slice(statement.start, statement.end).includes('#'))
            return undefined;
        const module = this.text.slice(moduleNode.start, moduleNode.end).replace(/\s+/g, '');
        let safety = 'safe';
        const edits = [];
        const kept = [];
        const neededImports = new Set();
        const described = [];
        for (const b of bindings) {
            const name = this.text.slice(b.nameNode.start, b.nameNode.end);
            const alias = b.local !== name ? b.local : undefined;
            const change = this.importChange(b.qualified);
            if (!change) {
                kept.push({ binding: b, target: { module, name, alias } });
                continue;
            }
            const rewrite = CALL_REWRITES[b.qualified];
            if (rewrite) {
                const callEdits = this.rewriteCalls(b, rewrite);
                if (!callEdits)
                    return undefined;
                edits.push(...callEdits);
                if (callEdits.length)
                    for (const m of rewrite.imports)
                        neededImports.add(m);
                if (rewrite.safety === 'unsafe')
                    safety = 'unsafe';
                described.push(`rewrite ${name}() calls`);
                continue;
            }
            const target = importTarget(b.qualified, change.path, change.matchPrefix === true, change.replacement, name);
            if (!target)
                return undefined;
            if (target.name !== name) {
                if (!EQUIVALENT_RENAMES.has(b.qualified))
                    safety = 'unsafe';
                if (alias)
                    target.alias = alias;
                else {
                    // Rename the uses, unless the new name already means something else in the file.
                    const renamed = this.renameUses(b, target.name, `${target.module}.${target.name}`);
                    if (renamed === undefined)
                        target.alias = name;
                    else
                        edits.push(...renamed);
                }
                edits.push(...this.renameKeywords(b, KEYWORD_RENAMES[b.qualified] ?? PROVIDER_OPERATOR_RENAMES[b.qualified]?.keywords));
            }
            else if (alias)
                target.alias = alias;
            described.push(`${name} from ${target.module}`);
            kept.push({ binding: b, target });
        }
        for (const m of neededImports) {
            if (!this.moduleImportAvailable(m))
                return undefined;
        }
        const importsToAdd = [...neededImports].filter((m) => !this.hasModuleImport(m));
        // Group what stays by module, in the order of first appearance; drop repeats.
        const groups = new Map();
        for (const { target } of kept) {
            const item = target.alias && target.alias !== target.name ? `${target.name} as ${target.alias}` : target.name;
            const list = groups.get(target.module) ?? [];
            if (!list.includes(item))
                list.push(item);
            groups.set(target.module, list);
        }
        const atModuleLevel = statement.parent?.type === 'module';
        const lineStart = this.text.lastIndexOf('\n', statement.start - 1) + 1;
        const indent = this.text.slice(lineStart, statement.start);
        const lines = importsToAdd.map((m) => `import ${m}`);
        for (const [target, items] of groups) {
            const merge = atModuleLevel && target !== module ? this.mergeTarget(target, statement) : undefined;
            if (merge) {
                const already = new Set(merge.items);
                const fresh = items.filter((i) => !already.has(i));
                if (fresh.length)
                    edits.push({ start: merge.insertAt, end: merge.insertAt, newText: `, ${fresh.join(', ')}` });
                continue;
            }
            lines.push(formatFromImport(target, items, indent, this.eol));
        }
        if (lines.length === 0) {
            // Everything moved into other statements: the statement goes, with its line when it has one to itself.
            if (!atModuleLevel)
                lines.push('pass');
            else {
                const del = this.wholeLines(statement.start, statement.end);
                edits.push({ start: del.start, end: del.end, newText: '' });
                return { safety, description: `Import ${described.join(', ')}.`, edits };
            }
        }
        const replacement = lines.join(this.eol + indent);
        if (replacement !== this.text.slice(statement.start, statement.end))
            edits.push({ start: statement.start, end: statement.end, newText: replacement });
        if (edits.length === 0)
            return undefined;
        return { safety, description: `Import ${described.join(', ')}.`, edits };
    }
    /** Edits for every call of a removed function, or undefined when one use is not a rewritable call. */
    rewriteCalls(b, rewrite) {
        const uses = this.usesOf(b);
        if (!uses)
            return undefined;
        const edits = [];
        for (const use of uses) {
            const call = use.parent;
            if (call?.type !== 'call' || childByField(call, 'function') !== use)
                return undefined;
            const expr = this.rewriteCall(call, rewrite);
            if (!expr)
                return undefined;
            edits.push({ start: call.start, end: call.end, newText: expr });
        }
        return edits;
    }
    rewriteCall(call, rewrite) {
        const args = childByField(call, 'arguments');
        if (!args || args.type !== 'argument_list')
            return undefined;
        const positional = [];
        const keywords = [];
        for (const a of args.children) {
            if (a.type === 'comment')
                return undefined;
            if (a.type === 'keyword_argument')
                keywords.push(this.text.slice(a.start, a.end));
            else if (a.type === 'list_splat' || a.type === 'dictionary_splat')
                return undefined;
            else
                positional.push(this.text.slice(a.start, a.end));
        }
        return rewrite.rewrite({ positional, keywords }, this.s.today ?? new Date());
    }
    /**
     * Every read of an imported name, when all of them surely mean this import: the name is bound
     * once in its scope and nowhere else in the file (no shadowing to reason about).
     */
    usesOf(b) {
        for (const scope of this.s.scopes.scopes) {
            const at = scope.bindings.get(b.local);
            if (!at)
                continue;
            if (scope !== b.scope || at.length !== 1)
                return undefined;
        }
        if (this.s.scopes.hasStarImport)
            return undefined;
        return this.usesNamed(b.local)?.map((u) => u.node) ?? [];
    }
    /** The file's reads of a name, in file order; built on first need (a file has hundreds of reads, asked about per import). */
    usesByName;
    usesNamed(name) {
        if (!this.usesByName) {
            this.usesByName = new Map();
            for (const u of this.s.scopes.uses) {
                const list = this.usesByName.get(u.name);
                if (list)
                    list.push(u);
                else
                    this.usesByName.set(u.name, [u]);
            }
        }
        return this.usesByName.get(name);
    }
    /** Edits renaming every use of an import, or undefined when the new name is taken by something else. */
    renameUses(b, newName, newQualified) {
        const uses = this.usesOf(b);
        if (!uses)
            return undefined;
        for (const scope of this.s.scopes.scopes) {
            if (!scope.bindings.has(newName))
                continue;
            // Taken, unless by an import of the very same object.
            const same = this.s.scopes.imports.some((i) => i.scope === scope && i.local === newName && i.qualified === newQualified);
            if (!same)
                return undefined;
        }
        if (this.usesNamed(newName) && !this.s.scopes.imports.some((i) => i.local === newName))
            return undefined;
        return uses.map((u) => ({ start: u.start, end: u.end, newText: newName }));
    }
    /** Keyword renames in the calls of a renamed callable (DatasetOrTimeSchedule(datasets=…) → AssetOrTimeSchedule(assets=…)). */
    renameKeywords(b, renames) {
        if (!renames)
            return [];
        const edits = [];
        for (const use of this.usesOf(b) ?? []) {
            const call = use.parent;
            if (call?.type !== 'call' || childByField(call, 'function') !== use)
                continue;
            for (const [name, node] of callArguments(call, this.s.src).keywordNames) {
                const to = renames[name];
                if (to)
                    edits.push({ start: node.start, end: node.end, newText: to });
            }
        }
        return edits;
    }
    /** A module-level `from <module> import …` statement (other than `except`) to add names to. */
    mergeTarget(module, except) {
        for (const stmt of this.s.tree.root.children) {
            if (stmt === except || stmt.type !== 'import_from_statement')
                continue;
            const m = childByField(stmt, 'module_name');
            if (!m || m.type !== 'dotted_name' || this.text.slice(m.start, m.end).replace(/\s+/g, '') !== module)
                continue;
            const names = stmt.children.filter((c) => c.field === 'name');
            if (names.length === 0 || this.text.slice(stmt.start, stmt.end).includes('#'))
                continue;
            // Names only added before a use can see them: the statement must come before the one it replaces.
            if (stmt.start > except.start)
                continue;
            const items = names.map((n) => this.text.slice(n.start, n.end).replace(/\s+/g, ' '));
            return { insertAt: names[names.length - 1].end, items };
        }
        return undefined;
    }
    /** `import m` can be added (or is there): the head name is free or bound by an import of it. */
    moduleImportAvailable(module) {
        const head = module.split('.')[0];
        const holders = this.s.scopes.imports.filter((i) => i.local === head);
        if (holders.length)
            return holders.every((i) => !i.from && i.qualified === head);
        return !this.s.scopes.module.bindings.has(head) && !this.s.scopes.scopes.some((sc) => sc.bindings.has(head));
    }
    hasModuleImport(module) {
        return this.s.scopes.imports.some((i) => !i.from && i.local === module && i.scope === this.s.scopes.module);
    }
    /** [start, end) covering the statement's whole lines when nothing else shares them. */
    wholeLines(start, end) {
        const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
        let lineEnd = this.text.indexOf('\n', end);
        if (lineEnd === -1)
            lineEnd = this.text.length;
        const before = this.text.slice(lineStart, start);
        const after = this.text.slice(end, lineEnd).replace(/\r$/, '');
        if (before.trim() === '' && after.trim() === '')
            return { start: lineStart, end: Math.min(lineEnd + 1, this.text.length) };
        return { start, end };
    }
    /** `dates.days_ago(1)` through `from airflow.utils import dates`: the call is rewritten in place. */
    planAttributeChains() {
        const calls = this.s.tree.index.get('call') ?? [];
        for (const call of calls) {
            const fn = childByField(call, 'function');
            if (fn?.type !== 'attribute')
                continue;
            const qualified = this.s.resolver.qualify(fn);
            const rewrite = qualified ? CALL_REWRITES[qualified] : undefined;
            if (!rewrite)
                continue;
            const expr = this.rewriteCall(call, rewrite);
            if (!expr || !rewrite.imports.every((m) => this.moduleImportAvailable(m)))
                continue;
            const edits = [{ start: call.start, end: call.end, newText: expr }];
            const missing = rewrite.imports.filter((m) => !this.hasModuleImport(m));
            if (missing.length) {
                const anchor = this.firstImportStatement();
                if (!anchor)
                    continue;
                const at = this.text.lastIndexOf('\n', anchor.start - 1) + 1;
                edits.push({ start: at, end: at, newText: missing.map((m) => `import ${m}${this.eol}`).join('') });
            }
            this.emit(['DAG101', 'DAG201', 'DAG202'], fn.start, fn.end, { safety: rewrite.safety, description: `Rewrite ${this.text.slice(fn.start, fn.end)}().`, edits });
        }
    }
    // ---------------------------------------------------------------------------------------------
    // Whole-module imports: `import airflow.operators.bash_operator` (uses spelled
    // `airflow.operators.bash_operator.BashOperator`), `import … as bo` (uses `bo.BashOperator`), and
    // chains through a clean import (`from airflow import operators` … `operators.bash_operator.X`).
    planModuleImports() {
        const failingPlain = new Map();
        for (const imp of this.s.scopes.imports) {
            if (imp.from || !this.importChange(imp.qualified))
                continue;
            if (imp.local === imp.qualified && imp.local.includes('.'))
                failingPlain.set(imp.qualified, imp);
            else if (imp.local !== imp.qualified)
                this.planAliasedModuleImport(imp);
        }
        const chains = this.moduleChains();
        if (!chains)
            return;
        // Chains through a failing `import D` are fixed with that statement (it is replaced by the new imports).
        const underFailing = (c) => [...failingPlain.keys()].find((d) => c.qualified === d || c.qualified.startsWith(`${d}.`));
        for (const c of chains) {
            if (underFailing(c) || !c.rewrite)
                continue;
            const edits = [{ start: c.node.start, end: c.node.end, newText: c.rewrite.newText }];
            if (!this.moduleImportAvailable(c.rewrite.importModule))
                continue;
            if (!this.hasModuleImport(c.rewrite.importModule)) {
                const anchor = this.firstImportStatement();
                if (!anchor)
                    continue;
                const at = this.text.lastIndexOf('\n', anchor.start - 1) + 1;
                edits.push({ start: at, end: at, newText: `import ${c.rewrite.importModule}${this.eol}` });
            }
            this.emit(['DAG101', 'DAG201', 'DAG202'], c.top.start, c.top.end, { safety: c.rewrite.safety, description: `Use ${c.rewrite.newText}.`, edits });
        }
        for (const [dotted, imp] of failingPlain) {
            const mine = chains.filter((c) => underFailing(c) === dotted);
            this.planPlainModuleImport(imp, mine);
        }
    }
    /**
     * `import D` where D moved: every chain through it is rewritten to the new path, and the statement
     * imports the new modules instead (it keeps binding the package name for the file's other chains).
     */
    planPlainModuleImport(imp, chains) {
        const statement = imp.statement;
        const names = statement.children.filter((c) => c.type === 'dotted_name' || c.type === 'aliased_import');
        if (names.length !== 1 || this.text.slice(statement.start, statement.end).includes('#'))
            return;
        if (chains.some((c) => !c.rewrite))
            return;
        const head = imp.qualified.split('.')[0];
        const modules = [];
        for (const c of chains)
            if (!modules.includes(c.rewrite.importModule))
                modules.push(c.rewrite.importModule);
        if (modules.length === 0) {
            // Imported for its side effects or to bind the package: import the module where it lives now.
            const change = this.importChange(imp.qualified);
            if (!change?.matchPrefix || change.path !== imp.qualified || !isModulePath(change.replacement))
                return;
            modules.push(change.replacement);
        }
        if (modules.some((m) => m.split('.')[0] !== head))
            return;
        const fresh = modules.filter((m) => !this.s.scopes.imports.some((i) => !i.from && i.local === m && i.statement !== statement && i.scope === imp.scope));
        const lineStart = this.text.lastIndexOf('\n', statement.start - 1) + 1;
        const indent = this.text.slice(lineStart, statement.start);
        const edits = chains.map((c) => ({ start: c.node.start, end: c.node.end, newText: c.rewrite.newText }));
        // The package name stays bound for other chains of the file even when every module is imported elsewhere.
        const lines = fresh.length ? fresh.map((m) => `import ${m}`) : [`import ${head}`];
        edits.push({ start: statement.start, end: statement.end, newText: lines.join(this.eol + indent) });
        const fix = { safety: chains.some((c) => c.rewrite.safety === 'unsafe') ? 'unsafe' : 'safe', description: `Import ${modules.join(', ')} instead of ${imp.qualified}.`, edits };
        this.emit(['DAG101', 'DAG201', 'DAG202'], statement.start, statement.end, fix);
        for (const c of chains)
            this.emit(['DAG101', 'DAG201', 'DAG202'], c.top.start, c.top.end, fix);
    }
    /**
     * `import D as A` where the module D moved as a whole: the statement names the new module and the
     * alias keeps every use working, as long as each `A.name` is still that module's name (a name with
     * its own entry elsewhere, or a use of A that is not `A.name`, leaves the file alone).
     */
    planAliasedModuleImport(imp) {
        const change = this.importChange(imp.qualified);
        const statement = imp.statement;
        if (!change?.matchPrefix || change.path !== imp.qualified || !isModulePath(change.replacement))
            return;
        if (statement.children.filter((c) => c.type === 'dotted_name' || c.type === 'aliased_import').length !== 1)
            return;
        const uses = this.usesOf(imp);
        if (!uses)
            return;
        for (const use of uses) {
            const attr = use.parent;
            if (attr?.type !== 'attribute' || childByField(attr, 'object') !== use)
                return;
            const name = childByField(attr, 'attribute');
            if (!name)
                return;
            const attrName = this.text.slice(name.start, name.end);
            const q = `${imp.qualified}.${attrName}`;
            if (CALL_REWRITES[q])
                return;
            // The name's own entry, if it has one, must lead to the same name in the new module.
            const own = this.importChange(q);
            if (own && own !== change) {
                const target = importTarget(q, own.path, own.matchPrefix === true, own.replacement, attrName);
                if (!target || target.module !== change.replacement || target.name !== attrName)
                    return;
            }
        }
        this.emit(['DAG101', 'DAG201', 'DAG202'], statement.start, statement.end, {
            safety: 'safe',
            description: `Import ${change.replacement} as ${imp.local}.`,
            edits: [{ start: imp.nameNode.start, end: imp.nameNode.end, newText: change.replacement }],
        });
    }
    /**
     * Attribute chains on a module-level import whose name moved, each with its rewrite to the new
     * dotted path (undefined when there is no importable drop-in). Undefined when the file rebinds an
     * imported head name somewhere, so a chain might not mean the import.
     */
    moduleChains() {
        const out = [];
        const moduleImports = new Map();
        for (const i of this.s.scopes.imports)
            if (i.scope === this.s.scopes.module && !i.local.includes('.'))
                moduleImports.set(i.local, (moduleImports.get(i.local) ?? 0) + 1);
        for (const use of this.s.scopes.uses) {
            const parent = use.node.parent;
            if (parent?.type !== 'attribute' || childByField(parent, 'object') !== use.node || !moduleImports.has(use.name))
                continue;
            const levels = [];
            for (let n = parent; n?.type === 'attribute' && (n === parent || childByField(n, 'object') === levels[levels.length - 1]); n = n.parent)
                levels.push(n);
            const top = levels[levels.length - 1];
            const found = this.chainRewrite(levels);
            if (!found)
                continue;
            // Every binding of the head must be one of its module-level imports.
            if (this.s.scopes.module.bindings.get(use.name)?.length !== moduleImports.get(use.name) || this.s.scopes.scopes.some((sc) => sc !== this.s.scopes.module && sc.bindings.has(use.name)))
                return undefined;
            if (found === 'elsewhere')
                continue;
            out.push({ top, ...found });
        }
        return out;
    }
    chainRewrite(levels) {
        for (let k = 0; k < levels.length; k++) {
            const node = levels[k];
            const q = this.s.resolver.qualify(node);
            if (!q)
                return undefined;
            if (CALL_REWRITES[q])
                return 'elsewhere';
            const change = this.importChange(q);
            if (!change)
                continue;
            if (change.path !== q)
                return { node, qualified: q };
            const text = this.text.slice(node.start, node.end);
            if (text.includes('#') || text.includes('\n'))
                return { node, qualified: q };
            if (change.matchPrefix) {
                // A moved module: a name below it with an entry of its own is rewritten to that entry's target.
                const next = levels[k + 1];
                const qn = next ? this.s.resolver.qualify(next) : undefined;
                const own = qn ? findImportChange(qn) : undefined;
                if (qn && own && own.path === qn)
                    continue;
                if (qn && CALL_REWRITES[qn])
                    return 'elsewhere';
                if (!isModulePath(change.replacement))
                    return { node, qualified: q };
                return { node, qualified: q, rewrite: { newText: change.replacement, importModule: change.replacement, safety: 'safe' } };
            }
            const name = q.slice(q.lastIndexOf('.') + 1);
            const target = importTarget(q, change.path, false, change.replacement, name);
            if (!target)
                return { node, qualified: q };
            const safety = target.name === name || EQUIVALENT_RENAMES.has(q) ? 'safe' : 'unsafe';
            return { node, qualified: q, rewrite: { newText: `${target.module}.${target.name}`, importModule: target.module, safety } };
        }
        return undefined;
    }
    firstImportStatement() {
        return this.s.tree.root.children.find((c) => c.type === 'import_statement' || c.type === 'import_from_statement');
    }
    // ---------------------------------------------------------------------------------------------
    // Arguments (DAG102, DAG103): rename to the new keyword, or delete.
    planArguments(calls, table, ruleId) {
        const byName = new Map(table.map((a) => [a.name, a]));
        for (const call of calls) {
            const { keywordNames } = callArguments(call, this.s.src);
            for (const [name, nameNode] of keywordNames) {
                const change = byName.get(name);
                if (!change)
                    continue;
                const kw = nameNode.parent;
                if (!kw || kw.type !== 'keyword_argument')
                    continue;
                let fix;
                if (change.replacement && IDENTIFIER.test(change.replacement)) {
                    if (keywordNames.has(change.replacement))
                        continue;
                    fix = { safety: 'safe', description: `Rename ${name}= to ${change.replacement}=.`, edits: [{ start: nameNode.start, end: nameNode.end, newText: change.replacement }] };
                }
                else if (!change.replacement) {
                    const del = this.deleteArgument(kw);
                    if (del)
                        fix = { safety: ARGUMENT_DROP_UNSAFE.has(name) ? 'unsafe' : 'safe', description: `Remove ${name}=.`, edits: [del] };
                }
                if (fix)
                    this.emit([ruleId], nameNode.start, nameNode.end, fix);
            }
        }
    }
    /** Deletes one argument with its comma; its whole line when it sat alone on it. */
    deleteArgument(arg) {
        const t = this.text;
        let after = arg.end;
        while (after < t.length && (t[after] === ' ' || t[after] === '\t'))
            after++;
        if (t[after] === ',') {
            after++;
            while (after < t.length && (t[after] === ' ' || t[after] === '\t'))
                after++;
            const lineStart = t.lastIndexOf('\n', arg.start - 1) + 1;
            if (t.slice(lineStart, arg.start).trim() === '' && (t[after] === '\n' || t.startsWith('\r\n', after))) {
                return { start: lineStart, end: after + (t[after] === '\n' ? 1 : 2), newText: '' };
            }
            return { start: arg.start, end: after, newText: '' };
        }
        // The last argument: take the comma before it.
        let before = arg.start - 1;
        while (before >= 0 && /\s/.test(t[before]))
            before--;
        if (t[before] === ',') {
            const between = t.slice(before, arg.start);
            if (between.includes('#'))
                return undefined;
            return { start: before, end: arg.end, newText: '' };
        }
        if (t[before] === '(')
            return { start: arg.start, end: arg.end, newText: '' };
        return undefined;
    }
    // ---------------------------------------------------------------------------------------------
    // Context keys (DAG104) and trigger rules (DAG105): the key or value is replaced in place.
    planContextKeys() {
        const keys = new Map(REMOVED_CONTEXT_KEYS.map((k) => [k.name, k]));
        const safetyOf = (name) => (SAME_VALUE_CONTEXT_KEYS.has(name) ? 'safe' : 'unsafe');
        // context["execution_date"], context.get("execution_date")
        const replaceKey = (node) => {
            const key = stringValue(node, this.s.src);
            const change = key !== undefined ? keys.get(key) : undefined;
            if (!change?.replacement || !IDENTIFIER.test(change.replacement))
                return;
            const raw = this.text.slice(node.start, node.end);
            const at = raw.indexOf(key);
            if (at === -1 || raw.indexOf(key, at + 1) !== -1)
                return;
            const start = node.start + at;
            this.emit(['DAG104'], node.start, node.end, { safety: safetyOf(key), description: `Read ${change.replacement} instead of ${key}.`, edits: [{ start, end: start + key.length, newText: change.replacement }] });
        };
        for (const n of this.s.tree.index.get('subscript') ?? []) {
            const key = childByField(n, 'subscript');
            if (key && (key.type === 'string' || key.type === 'concatenated_string'))
                replaceKey(key);
        }
        for (const n of this.s.tree.index.get('call') ?? []) {
            const fn = childByField(n, 'function');
            if (fn?.type !== 'attribute')
                continue;
            const first = childByField(n, 'arguments')?.children[0];
            if (first && first.type === 'string')
                replaceKey(first);
        }
        // "{{ execution_date }}" in templates: the finding covers the name itself.
        if (!this.text.includes('{{') && !this.text.includes('{%'))
            return;
        for (const n of this.s.tree.index.get('string') ?? []) {
            const raw = this.text.slice(n.start, n.end);
            // Only a string naming a removed key as a whole word can get an edit: the others are not tokenized.
            if (!ANY_REMOVED_CONTEXT_KEY.test(raw))
                continue;
            for (const m of raw.matchAll(/\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}/g)) {
                const inner = m[1] ?? m[2] ?? '';
                const innerStart = n.start + m.index + 2;
                const code = inner.replace(/'[^']*'|"[^"]*"/g, (s) => ' '.repeat(s.length));
                for (const w of code.matchAll(/[A-Za-z_]\w*/g)) {
                    const change = keys.get(w[0]);
                    if (!change?.replacement)
                        continue;
                    let j = w.index - 1;
                    while (j >= 0 && /\s/.test(code[j]))
                        j--;
                    if (code[j] === '.')
                        continue;
                    const expr = templateReplacement(change.replacement);
                    if (!expr)
                        continue;
                    const rest = code.slice(w.index + w[0].length).trimStart();
                    const bare = IDENTIFIER.test(expr) || rest === '' || rest.startsWith('|');
                    const start = innerStart + w.index;
                    this.emit(['DAG104'], start, start + w[0].length, { safety: safetyOf(w[0]), description: `Use ${expr} instead of ${w[0]} in the template.`, edits: [{ start, end: start + w[0].length, newText: bare ? expr : `(${expr})` }] });
                }
            }
        }
    }
    /**
     * Parameters of @task functions and python_callables named after a removed context key
     * (`def load(execution_date, **context)`). Airflow 3.1 no longer passes them: a @task without a
     * default fails to import (TypeError: missing a required argument), a python_callable fails when
     * the task runs, and one with a default silently gets it. The parameter and every use of it in
     * the body are renamed to the key with the same meaning, when the table names one.
     */
    planTaskParameters() {
        const keys = new Map(REMOVED_CONTEXT_KEYS.map((k) => [k.name, k]));
        const defs = new Set([...this.s.model.taskFunctions.values()].map((t) => t.def));
        for (const dag of this.s.model.dags)
            for (const t of dag.tasks)
                if (t.callable)
                    defs.add(t.callable);
        for (const def of defs) {
            const params = childByField(def, 'parameters');
            const body = childByField(def, 'body');
            const scope = this.s.scopes.scopeOf.get(def);
            if (!params || !body || !scope)
                continue;
            for (const p of params.children) {
                const id = p.type === 'identifier' ? p : p.type === 'default_parameter' || p.type === 'typed_default_parameter' ? childByField(p, 'name') : p.type === 'typed_parameter' ? p.children.find((c) => c.type === 'identifier') : undefined;
                if (id?.type !== 'identifier')
                    continue;
                const name = this.text.slice(id.start, id.end);
                const change = keys.get(name);
                if (!change?.replacement || !IDENTIFIER.test(change.replacement))
                    continue;
                const renames = this.parameterRename(def, scope, body, name, change.replacement);
                if (!renames)
                    continue;
                const hasDefault = p.type !== 'identifier' && p.type !== 'typed_parameter';
                // With a default, 3.1 runs the task with the default: the fix changes what it does there.
                const safety = SAME_VALUE_CONTEXT_KEYS.has(name) && !hasDefault ? 'safe' : 'unsafe';
                this.emit(['DAG104'], id.start, id.end, {
                    safety,
                    description: `Rename parameter ${name} to ${change.replacement}.`,
                    edits: [{ start: id.start, end: id.end, newText: change.replacement }, ...renames],
                });
            }
        }
    }
    /**
     * Edits renaming a parameter's uses in the function body, or undefined when that is not surely
     * the same thing: a nested scope or import binds either name, the new name is already read or
     * bound in the function, or the file passes the old name by keyword (`f(execution_date=…)`,
     * op_kwargs={"execution_date": …}) outside the function, which the rename would break.
     */
    parameterRename(def, scope, body, from, to) {
        if (scope.bindings.has(to) || scope.globals.has(from) || scope.nonlocals.has(from))
            return undefined;
        for (const sc of this.s.scopes.scopes) {
            if (sc === scope || sc.node.start < def.start || sc.node.end > def.end)
                continue;
            if (sc.bindings.has(from) || sc.bindings.has(to) || sc.nonlocals.has(from) || sc.globals.has(from))
                return undefined;
        }
        if (this.s.scopes.imports.some((i) => i.scope === scope && i.local === from))
            return undefined;
        const edits = [];
        const stack = [body];
        while (stack.length) {
            const n = stack.pop();
            for (const c of n.children)
                stack.push(c);
            if (n.type !== 'identifier')
                continue;
            const text = this.text.slice(n.start, n.end);
            if (text !== from && text !== to)
                continue;
            // `obj.execution_date` and `call(execution_date=…)` name something else.
            const parent = n.parent;
            if (parent?.type === 'attribute' && n.field === 'attribute')
                continue;
            if (parent?.type === 'keyword_argument' && n.field === 'name')
                continue;
            if (text === to)
                return undefined;
            edits.push({ start: n.start, end: n.end, newText: to });
        }
        for (const list of this.s.tree.index.get('argument_list') ?? []) {
            if (list.start >= def.start && list.end <= def.end)
                continue;
            for (const n of list.children) {
                const kw = n.type === 'keyword_argument' ? childByField(n, 'name') : undefined;
                if (kw && this.text.slice(kw.start, kw.end) === from)
                    return undefined;
            }
        }
        for (const n of this.s.tree.index.get('string') ?? []) {
            if (n.start >= def.start && n.end <= def.end)
                continue;
            if (stringValue(n, this.s.src) === from)
                return undefined;
        }
        return edits;
    }
    planTriggerRules() {
        const rules = new Map(REMOVED_TRIGGER_RULES.map((r) => [r.name, r]));
        for (const call of this.s.model.taskCalls) {
            const value = callArguments(call, this.s.src).keywords.get('trigger_rule');
            if (!value)
                continue;
            const str = stringValue(value, this.s.src);
            if (str !== undefined) {
                const change = rules.get(str);
                const raw = this.text.slice(value.start, value.end);
                if (!change?.replacement || value.type !== 'string' || !raw.includes(str))
                    continue;
                const at = value.start + raw.indexOf(str);
                this.emit(['DAG105'], value.start, value.end, { safety: 'safe', description: `Use trigger rule ${change.replacement}.`, edits: [{ start: at, end: at + str.length, newText: change.replacement }] });
            }
            else if (value.type === 'attribute') {
                const attr = childByField(value, 'attribute');
                const change = rules.get(this.text.slice(attr.start, attr.end).toLowerCase());
                if (!change?.replacement)
                    continue;
                this.emit(['DAG105'], value.start, value.end, { safety: 'safe', description: `Use TriggerRule.${change.replacement.toUpperCase()}.`, edits: [{ start: attr.start, end: attr.end, newText: change.replacement.toUpperCase() }] });
            }
        }
    }
}
/** The Jinja expression a context-key replacement names: an identifier, or `Use {{ expr }} instead.` */
function templateReplacement(replacement) {
    if (IDENTIFIER.test(replacement))
        return replacement;
    const m = /^Use \{\{ ([^{}]+?) \}\} instead\.$/.exec(replacement);
    return m ? m[1] : undefined;
}
/**
 * Where an imported name lives now: the table's replacement for this exact name, or its module's
 * new home for a module-wide entry. Undefined when there is no importable drop-in.
 */
function importTarget(qualified, path, matchPrefix, replacement, name) {
    if (!replacement || !QUALIFIED.test(replacement) || NOT_DROP_IN.has(replacement))
        return undefined;
    const parts = replacement.split('.');
    if (path === qualified) {
        // A class member (…BaseAuthManager.is_authorized_asset) cannot be imported.
        if (/^[A-Z]/.test(parts[parts.length - 2]))
            return undefined;
        return { module: parts.slice(0, -1).join('.'), name: parts[parts.length - 1] };
    }
    // Module-wide entry: the module moved and keeps its names (only when the replacement is a module).
    if (matchPrefix && qualified === `${path}.${name}` && /^[a-z_][a-z0-9_]*$/.test(parts[parts.length - 1]))
        return { module: replacement, name };
    return undefined;
}
/** A dotted module path (`airflow.providers.standard.operators.bash`), not a class or function. */
function isModulePath(path) {
    return path !== undefined && QUALIFIED.test(path) && /^[a-z_][a-z0-9_]*$/.test(path.slice(path.lastIndexOf('.') + 1));
}
/** `from m import a, b`, wrapped in parentheses when longer than 100 characters. */
function formatFromImport(module, items, indent, eol) {
    const line = `from ${module} import ${items.join(', ')}`;
    if (indent.length + line.length <= 100)
        return line;
    return `from ${module} import (${eol}${items.map((i) => `${indent}    ${i},`).join(eol)}${eol}${indent})`;
}

;// CONCATENATED MODULE: ./src/dags/noqa.js
const NOQA = /#\s*noqa(?::\s*([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*))?/i;
/** Drops findings suppressed by `# noqa` (all rules) or `# noqa: DAG301,undefined-name` on their first line. */
function applyNoqa(findings, src) {
    const cache = new Map();
    const codesOn = (line) => {
        if (!cache.has(line)) {
            const m = NOQA.exec(src.lineText(line));
            cache.set(line, !m ? null : m[1] ? new Set(m[1].split(',').map((s) => s.trim().toUpperCase())) : 'all');
        }
        return cache.get(line);
    };
    return findings.filter((f) => {
        if (!f.range)
            return true;
        const codes = codesOn(f.range.startLine);
        if (codes === null)
            return true;
        if (codes === 'all')
            return false;
        return !codes.has(f.ruleId.toUpperCase()) && !codes.has(f.ruleName.toUpperCase());
    });
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/dags/parse-tree.js
const BRACKETED = new Set([
    'parenthesized_expression', 'argument_list', 'list', 'tuple', 'dictionary', 'set', 'subscript',
    'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression', 'parameters',
    'tuple_pattern', 'list_pattern',
]);
/** Node types rules look up directly. */
const INDEXED = new Set([
    'call', 'string', 'subscript', 'function_definition', 'decorator', 'return_statement', 'yield', 'await',
    'break_statement', 'continue_statement', 'nonlocal_statement', 'print_statement', 'exec_statement',
    'parameters', 'lambda_parameters', 'argument_list', 'lambda', 'class_definition',
    'named_expression', 'for_statement', 'with_statement', 'assignment', 'attribute',
]);

;// CONCATENATED MODULE: ./src/dags/python-parser.js

/**
 * A hand-written recursive-descent parser for the Python that DAG files are made of, producing the
 * very tree the tree-sitter copy produces (same node types, fields and UTF-16 offsets, including
 * tree-sitter's quirks: its operator precedences, `type`/`generic_type` annotations, comments that
 * extend a block before a dedent). It parses about five times faster than tree-sitter's wasm build,
 * which was half of lint-dags' CPU time.
 *
 * It is deliberately strict: on anything it does not fully handle (a syntax error, match statements,
 * PEP 695 type parameters, Python 2 print, unusual whitespace, non-ASCII names, …) it gives up and
 * the caller parses the file with tree-sitter, which stays the reference for error recovery and
 * error positions. test/dags/python-parser.test.ts holds it to tree-sitter's output on thousands of
 * real files and mutated ones.
 */
function parsePythonFast(text) {
    try {
        return parsePythonStrict(text);
    }
    catch (e) {
        // A bug here must cost speed, never a lint run: tree-sitter takes the file.
        fallbackReason = `internal error: ${e instanceof Error ? e.message : String(e)}`;
        fallbackText = text;
        return undefined;
    }
}
/** parsePythonFast, but a bug (anything other than giving up) throws — for tests. */
function parsePythonStrict(text) {
    try {
        const root = new FastParser(text).parseModule();
        fallbackReason = undefined;
        fallbackText = undefined;
        return finishTree(root);
    }
    catch (e) {
        if (!(e instanceof Unsupported))
            throw e;
        fallbackReason = e.message;
        fallbackText = text;
        return undefined;
    }
}
let fallbackReason;
let fallbackText;
/** Why the last parsePythonFast call gave up (for diagnostics and the parity harness). */
function lastFallbackReason() {
    return fallbackReason;
}
/**
 * Reasons to give up that are constructs Python 3.12 accepts and this parser merely does not
 * build (or tree-sitter reads in a way it does not mirror). Every other reason is a syntax error
 * CPython reports too: measured on the 3.1 venv's site-packages against compile()
 * (scripts/syntax-sweep.mjs).
 */
const VALID_CONSTRUCTS = [
    'statement starting with', 'cannot assign to', ' before as', 'parenthesized with items', 'a line ending in a comma',
    'a line inside brackets indented left', 'starred element', 'starred subscript', 'parenthesized starred', 'type parameters', 'unusual whitespace', 'non-ASCII character',
    'deep nesting', 'nested too deeply', 'a lone starred target', 'yield in a collection', 'backslash before a brace',
    'escaped brace in a format spec', 'line continuation at the start',
    'internal error', 'a := in an interpolation', 'expected end of statement, found "*"', 'expected an expression, found "*"', 'expected ], found ":"',
];
/**
 * Whether the last parsePythonFast call on this very text gave up on a construct it does not
 * handle ('construct': tree-sitter's errors on the file are then unconfirmed), on a syntax error
 * ('syntax'), or did not give up (undefined).
 */
function fallbackKindFor(text) {
    if (fallbackText !== text || fallbackReason === undefined)
        return undefined;
    return isValidConstruct(fallbackReason) ? 'construct' : 'syntax';
}
function isValidConstruct(reason) {
    return VALID_CONSTRUCTS.some((c) => reason.includes(c));
}
/**
 * Python's verdict on a file as far as this parser can tell, without building tree-sitter's tree:
 * 'valid', 'syntax' (an error CPython reports too, with the reason), or 'unknown' (a construct it
 * does not parse at all, such as `match`). Used only when tree-sitter finds errors in a file the
 * strict parse gave up on, to decide whether those errors are confirmed.
 */
function judgePython(text) {
    try {
        new FastParser(text, true).parseModule();
        return { verdict: 'valid' };
    }
    catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        if (!(e instanceof Unsupported))
            return { verdict: 'unknown', reason: `internal error: ${reason}` };
        return { verdict: isValidConstruct(reason) ? 'unknown' : 'syntax', reason: e.what, at: e.at };
    }
}
class Unsupported extends Error {
    what;
    at;
    constructor(what, at) {
        super(`${what} at offset ${at}`);
        this.what = what;
        this.at = at;
    }
}
function unsupported(what, at) {
    throw new Unsupported(what, at);
}
// Token kinds.
const NAME = 1;
const NUMBER = 2;
const STRING = 3;
const OP = 4;
const NEWLINE = 5;
const INDENT = 6;
const DEDENT = 7;
const EOF = 8;
const KEYWORDS = new Set([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
    'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
/** tree-sitter-python's precedences (not CPython's: `^` binds tighter than `&` there). */
const BINARY_PRECEDENCE = {
    '|': 14, '&': 15, '^': 16, '<<': 17, '>>': 17, '+': 18, '-': 18, '*': 19, '@': 19, '/': 19, '%': 19, '//': 19, '**': 21,
};
const PREC_COMPARE = 13;
const PREC_UNARY = 20;
const COMPARISON = new Set(['<', '<=', '==', '!=', '>=', '>', '<>', 'in', 'not', 'is']);
const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '@=', '//=', '%=', '**=', '>>=', '<<=', '&=', '^=', '|=']);
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
/** Nodes that tree-sitter builds from a single token, so its cursor never enters them. */
// (pass/break/continue are not: tree-sitter wraps their keyword in a node of its own.)
const LEAF_TYPES = new Set([
    'identifier', 'integer', 'float', 'true', 'false', 'none', 'ellipsis', 'wildcard_import', 'keyword_separator', 'positional_separator', 'type_conversion',
    ...Object.keys(BINARY_PRECEDENCE), '~', 'and', 'or', '<', '<=', '==', '!=', '>=', '>', '<>', 'in', 'is', ...AUGMENTED,
]);
const PLAIN_TARGETS = new Set(['identifier', 'attribute', 'subscript', 'tuple', 'list', 'parenthesized_expression']);
const LOOSE_EXPRESSIONS = new Set(['conditional_expression', 'boolean_operator', 'not_operator', 'comparison_operator', 'lambda', 'named_expression', 'binary_operator', 'unary_operator', 'await']);
/** Words the parser compares NAME tokens with: keywords and the soft keywords it checks for. */
const WORDS = [...KEYWORDS, 'match', 'type', 'print', 'exec', '__future__'];
/** Candidate words by length and first character, so a name is matched without slicing it. */
const WORDS_BY_SHAPE = new Map();
for (const w of WORDS) {
    const key = w.length * 256 + w.charCodeAt(0);
    const list = WORDS_BY_SHAPE.get(key);
    if (list)
        list.push(w);
    else
        WORDS_BY_SHAPE.set(key, [w]);
}
/** The keyword or soft keyword at text[start, start+length), or '' for any other name. */
function wordAt(text, start, length) {
    if (length > 10)
        return '';
    const candidates = WORDS_BY_SHAPE.get(length * 256 + text.charCodeAt(start));
    if (candidates)
        for (const w of candidates)
            if (text.startsWith(w, start))
                return w;
    return '';
}
const UNUSUAL_WHITESPACE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x85\u2028\u2029\ufeff\u2060\u200b]|\r(?!\n)/;
const ID_START = /^[\p{ID_Start}_]$/u;
const ID_CONTINUE = /^\p{ID_Continue}$/u;
function isNameStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isNameChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function node(type, start, end, children) {
    const n = { type, field: null, start, end, children, parent: null };
    for (let i = 0; i < children.length; i++)
        children[i].parent = n;
    return n;
}
/** Shared by every leaf (a third of all nodes): one array fewer to allocate and collect per token. */
const NO_CHILDREN = Object.freeze([]);
function leaf(type, start, end) {
    return { type, field: null, start, end, children: NO_CHILDREN, parent: null };
}
function withField(n, field) {
    n.field = field;
    return n;
}
class FastParser {
    lenient;
    text;
    len;
    pos = 0;
    /** Open brackets (and f-string interpolations): newlines and indentation mean nothing inside. */
    depth = 0;
    indents = [0];
    /** CPython's view of the same blocks: columns with tabs to multiples of 8, and with tabs as 1. */
    pyColumns = [0];
    pyAltColumns = [0];
    /** A tab has appeared in some line's indentation; until then the tab check has nothing to find. */
    tabIndented = false;
    atLineStart = true;
    /** End of the last token or same-line comment on the current logical line (where NEWLINE sits). */
    lineEnd = 0;
    /** Where each pending DEDENT sits (they differ when a comment extends an outer block). */
    pendingDedents = [];
    pendingDedentCount = 0;
    pendingDedentsRead = 0;
    pendingIndent = false;
    /** Comment lines before the next code line: indent and end of each (reused buffers). */
    commentIndents = [];
    commentEnds = [];
    // The current token.
    k = 0;
    s = 0;
    e = 0;
    v = '';
    /** The current NAME token is a reserved word. */
    reserved = false;
    /** String tokens: prefix flags and quote layout, for f-string parsing. */
    strFormat = false;
    strRaw = false;
    strQuote = 0;
    strTriple = false;
    strPrefixLen = 0;
    /** Recursion guard: deep nesting is left to tree-sitter (which has its own stack). */
    nesting = 0;
    /** Quote characters of the f-strings being parsed (a nested same quote is left to tree-sitter). */
    fstringQuotes = [];
    /**
     * `lenient`: judging validity only, not building tree-sitter's tree, so the places where it
     * gives up only because tree-sitter reads valid Python differently are passed over.
     */
    constructor(text, lenient = false) {
        this.lenient = lenient;
        this.text = text;
        this.len = text.length;
        // tree-sitter treats these as whitespace with its own indentation rules; not worth mirroring.
        const odd = UNUSUAL_WHITESPACE.exec(text);
        if (odd)
            unsupported('unusual whitespace, control character or lone carriage return', odd.index);
    }
    // ---------------------------------------------------------------- lexer
    next() {
        if (this.pendingDedentsRead < this.pendingDedentCount) {
            this.k = DEDENT;
            this.s = this.e = this.pendingDedents[this.pendingDedentsRead++];
            return;
        }
        if (this.pendingIndent) {
            this.pendingIndent = false;
            this.k = INDENT;
            this.s = this.e = this.pos;
            return;
        }
        if (this.atLineStart && this.depth === 0) {
            this.atLineStart = false;
            this.lineStart();
            if (this.pendingDedentsRead < this.pendingDedentCount || this.pendingIndent)
                return this.next();
        }
        this.scanToken();
    }
    /**
     * At the start of a logical line: skip blank and comment lines, then decide INDENT / DEDENT the
     * way tree-sitter-python's scanner does — a comment indented at least as deep as the current block
     * belongs to that block (and extends it) even when the next code line dedents.
     */
    lineStart() {
        const text = this.text;
        let blockEnd = this.lineEnd;
        let comments = 0;
        const dedents = this.pendingDedents;
        let dedentCount = 0;
        this.pendingDedentsRead = 0;
        let p = this.pos;
        let indent = 0;
        for (;;) {
            indent = 0;
            let q = p;
            let tab = false;
            for (; q < this.len; q++) {
                const c = text.charCodeAt(q);
                if (c === 32)
                    indent++;
                else if (c === 9) {
                    indent += 8;
                    tab = true;
                }
                else
                    break;
            }
            if (q >= this.len) {
                indent = 0;
                p = q;
                break;
            }
            const c = text.charCodeAt(q);
            if (c === 10 || (c === 13 && text.charCodeAt(q + 1) === 10)) {
                p = text.indexOf('\n', q) + 1;
                continue;
            }
            if (c === 35) {
                let end = text.indexOf('\n', q);
                if (end === -1)
                    end = this.len;
                this.commentIndents[comments] = indent;
                this.commentEnds[comments++] = end;
                p = end === this.len ? end : end + 1;
                continue;
            }
            if (c === 92)
                unsupported('line continuation at the start of a line', q);
            if (tab && !this.tabIndented) {
                // Without tabs both column counts equal the space count, so the blocks so far are exactly
                // the indentation stack: the tab check starts from it (most files never get here).
                this.tabIndented = true;
                this.pyColumns = [...this.indents];
                this.pyAltColumns = [...this.indents];
            }
            if (this.tabIndented)
                this.checkTabConsistency(p, q);
            p = q;
            break;
        }
        const atEof = p >= this.len;
        const target = atEof ? 0 : indent;
        const stack = this.indents;
        for (let i = 0; i < comments; i++) {
            while (target < stack[stack.length - 1] && this.commentIndents[i] < stack[stack.length - 1]) {
                stack.pop();
                dedents[dedentCount++] = blockEnd;
            }
            blockEnd = this.commentEnds[i];
        }
        while (target < stack[stack.length - 1]) {
            stack.pop();
            dedents[dedentCount++] = blockEnd;
        }
        this.pendingDedentCount = dedentCount;
        if (target > stack[stack.length - 1]) {
            if (dedentCount > 0)
                unsupported('unindent does not match any outer indentation level', p);
            stack.push(target);
            this.pendingIndent = true;
        }
        this.pos = p;
    }
    /**
     * CPython's TabError: the indentation text[from, to) must order the blocks the same way whether
     * a tab counts to the next multiple of 8 or as one column (tree-sitter does not check this).
     */
    checkTabConsistency(from, to) {
        let col = 0;
        let alt = 0;
        for (let i = from; i < to; i++) {
            if (this.text.charCodeAt(i) === 9)
                col = (Math.floor(col / 8) + 1) * 8;
            else
                col++;
            alt++;
        }
        const cols = this.pyColumns;
        const alts = this.pyAltColumns;
        let top = cols.length - 1;
        if (col > cols[top]) {
            if (alt <= alts[top])
                unsupported('inconsistent use of tabs and spaces in indentation', from);
            cols.push(col);
            alts.push(alt);
            return;
        }
        while (top > 0 && col < cols[top]) {
            cols.pop();
            alts.pop();
            top--;
        }
        // A column matching no outer block is reported by lineStart; only the tab check is made here.
        if (col === cols[top] && alt !== alts[top])
            unsupported('inconsistent use of tabs and spaces in indentation', from);
    }
    scanToken() {
        const text = this.text;
        let p = this.pos;
        // Indentation of a continuation line inside brackets, while it is being skipped (-1: not at one).
        let continuationIndent = -1;
        for (;;) {
            if (p >= this.len) {
                this.pos = p;
                if (this.depth > 0)
                    unsupported('unexpected end of file inside brackets', p);
                if (this.k === NAME || this.k === NUMBER || this.k === STRING || this.k === OP) {
                    // The last line has no newline: end it, then let lineStart close the open blocks.
                    this.k = NEWLINE;
                    this.s = this.e = this.lineEnd;
                    this.atLineStart = true;
                    return;
                }
                this.k = EOF;
                this.s = this.e = p;
                return;
            }
            const c = text.charCodeAt(p);
            if (c === 32 || c === 9) {
                if (continuationIndent >= 0)
                    continuationIndent += c === 9 ? 8 : 1;
                p++;
                continue;
            }
            if (c === 10 || c === 13) {
                p += c === 13 ? 2 : 1;
                if (this.depth > 0) {
                    continuationIndent = 0;
                    continue;
                }
                this.pos = p;
                // tree-sitter reads `a,` NEWLINE `b = 1` as one assignment `a, b = 1`; leave such lines to it.
                if (this.k === OP && this.v === ',' && !this.lenient)
                    unsupported('a line ending in a comma', p);
                this.k = NEWLINE;
                this.s = this.e = this.lineEnd;
                this.atLineStart = true;
                return;
            }
            if (c === 35) {
                let end = text.indexOf('\n', p);
                if (end === -1)
                    end = this.len;
                if (this.depth === 0)
                    this.lineEnd = end;
                p = end;
                continue;
            }
            if (c === 92) {
                continuationIndent = -1;
                if (text.charCodeAt(p + 1) === 10)
                    p += 2;
                else if (text.charCodeAt(p + 1) === 13 && text.charCodeAt(p + 2) === 10)
                    p += 3;
                else
                    unsupported('stray backslash', p);
                continue;
            }
            break;
        }
        // tree-sitter's scanner closes the block (a syntax error) when such a line sits left of the
        // block and no closing bracket could come next; rare, so all of them are left to it.
        if (continuationIndent >= 0 && continuationIndent < this.indents[this.indents.length - 1] && !this.lenient) {
            unsupported('a line inside brackets indented left of its block', p);
        }
        const start = p;
        const c = text.charCodeAt(p);
        this.s = start;
        if (isNameStart(c) || (c > 127 && ID_START.test(String.fromCodePoint(text.codePointAt(p))))) {
            p = this.scanName(p);
            const q = text.charCodeAt(p);
            if (q === 34 || q === 39) {
                const prefix = text.slice(start, p).toLowerCase();
                if (!STRING_PREFIXES.has(prefix))
                    unsupported(`string prefix ${prefix}`, start);
                this.scanString(start, p);
                return;
            }
            this.k = NAME;
            // Only keywords and soft keywords are ever compared, so other names are not sliced out.
            this.v = wordAt(text, start, p - start);
            this.reserved = this.v !== '' && KEYWORDS.has(this.v);
            this.finish(p);
            return;
        }
        if (c === 34 || c === 39) {
            this.scanString(start, start);
            return;
        }
        if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(p + 1)))) {
            this.scanNumber(start);
            return;
        }
        if (c > 127)
            unsupported('non-ASCII character outside a string', p);
        this.k = OP;
        this.v = this.scanOperator(p);
        if (this.v === '')
            unsupported(`unexpected character ${JSON.stringify(text[p])}`, p);
        const v = this.v;
        if (v === '(' || v === '[' || v === '{')
            this.depth++;
        else if (v === ')' || v === ']' || v === '}') {
            if (this.depth === 0)
                unsupported('unbalanced bracket', p);
            this.depth--;
        }
        this.finish(p + v.length);
    }
    /** The end of the name starting at `p` (non-ASCII letters by Unicode's identifier classes). */
    scanName(p) {
        const text = this.text;
        for (;;) {
            if (p >= this.len)
                return p;
            const c = text.charCodeAt(p);
            if (c < 128) {
                if (!isNameChar(c))
                    return p;
                p++;
                continue;
            }
            const cp = text.codePointAt(p);
            if (!ID_CONTINUE.test(String.fromCodePoint(cp)))
                return p;
            p += cp > 0xffff ? 2 : 1;
        }
    }
    finish(end) {
        this.e = end;
        this.pos = end;
        this.lineEnd = end;
    }
    scanOperator(p) {
        const t = this.text;
        const c = t.charCodeAt(p);
        const d = t.charCodeAt(p + 1);
        const e = t.charCodeAt(p + 2);
        switch (c) {
            case 40: return '(';
            case 41: return ')';
            case 91: return '[';
            case 93: return ']';
            case 123: return '{';
            case 125: return '}';
            case 44: return ',';
            case 59: return ';';
            case 126: return '~';
            case 58: return d === 61 ? ':=' : ':';
            case 46: return d === 46 && e === 46 ? '...' : '.';
            case 61: return d === 61 ? '==' : '=';
            case 33: return d === 61 ? '!=' : '!';
            case 43: return d === 61 ? '+=' : '+';
            case 45: return d === 61 ? '-=' : d === 62 ? '->' : '-';
            case 37: return d === 61 ? '%=' : '%';
            case 38: return d === 61 ? '&=' : '&';
            case 124: return d === 61 ? '|=' : '|';
            case 94: return d === 61 ? '^=' : '^';
            case 64: return d === 61 ? '@=' : '@';
            case 42: return d === 42 ? (e === 61 ? '**=' : '**') : d === 61 ? '*=' : '*';
            case 47: return d === 47 ? (e === 61 ? '//=' : '//') : d === 61 ? '/=' : '/';
            case 60: return d === 60 ? (e === 61 ? '<<=' : '<<') : d === 61 ? '<=' : d === 62 ? '<>' : '<';
            case 62: return d === 62 ? (e === 61 ? '>>=' : '>>') : d === 61 ? '>=' : '>';
            default: return '';
        }
    }
    /** Numbers, with tree-sitter's token boundaries (it also takes Python 2's `1L`). */
    scanNumber(start) {
        const t = this.text;
        let p = start;
        let isFloat = false;
        const c0 = t.charCodeAt(p);
        const c1 = t.charCodeAt(p + 1) | 32;
        if (c0 === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
            p += 2;
            const ok = c1 === 120 ? (c) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102) : c1 === 111 ? (c) => c >= 48 && c <= 55 : (c) => c === 48 || c === 49;
            let digits = 0;
            for (;;) {
                const c = t.charCodeAt(p);
                if (c === 95 && ok(t.charCodeAt(p + 1)))
                    p++;
                else if (ok(c)) {
                    p++;
                    digits++;
                }
                else
                    break;
            }
            if (digits === 0)
                unsupported('malformed number', start);
            if ((t.charCodeAt(p) | 32) === 108)
                p++;
        }
        else {
            const digits = () => {
                const from = p;
                while (isDigit(t.charCodeAt(p)) || (t.charCodeAt(p) === 95 && p > from))
                    p++;
                return p > from;
            };
            const hadInt = digits();
            if (t.charCodeAt(p) === 46 && !(t.charCodeAt(p + 1) === 46 && t.charCodeAt(p + 2) === 46)) {
                isFloat = true;
                p++;
                const hadFrac = digits();
                if (!hadInt && !hadFrac)
                    unsupported('malformed number', start);
            }
            if ((t.charCodeAt(p) | 32) === 101) {
                let q = p + 1;
                if (t.charCodeAt(q) === 43 || t.charCodeAt(q) === 45)
                    q++;
                if (isDigit(t.charCodeAt(q))) {
                    isFloat = true;
                    p = q;
                    digits();
                }
            }
            const suffix = t.charCodeAt(p) | 32;
            if (suffix === 106)
                p++;
            else if (suffix === 108 && !isFloat)
                p++;
        }
        if (isNameChar(t.charCodeAt(p)) || t.charCodeAt(p) > 127)
            unsupported('number followed by a name', p);
        this.k = NUMBER;
        this.v = isFloat ? 'float' : 'integer';
        this.finish(p);
    }
    /** A string literal; f-strings are only delimited here (their insides are parsed by parseString). */
    scanString(start, quoteAt) {
        const t = this.text;
        const prefix = t.slice(start, quoteAt).toLowerCase();
        const quote = t.charCodeAt(quoteAt);
        const triple = t.charCodeAt(quoteAt + 1) === quote && t.charCodeAt(quoteAt + 2) === quote;
        const raw = prefix.includes('r');
        this.strFormat = prefix.includes('f');
        this.strRaw = raw;
        this.strQuote = quote;
        this.strTriple = triple;
        this.strPrefixLen = quoteAt - start;
        if (this.strFormat) {
            // PEP 701 (Python 3.12): replacement fields may hold any expression, including strings in
            // the same quote, comments and line breaks, so the end of an f-string is found field by field.
            this.k = STRING;
            this.finish(this.skipFStringBody(start, quoteAt + (triple ? 3 : 1), quote, triple, raw, 0));
            return;
        }
        let p = quoteAt + (triple ? 3 : 1);
        for (;;) {
            if (p >= this.len)
                unsupported('unterminated string', start);
            const c = t.charCodeAt(p);
            if (c === 92) {
                p += 2;
                if (t.charCodeAt(p - 1) === 13 && t.charCodeAt(p) === 10)
                    p++;
                continue;
            }
            if (c === quote) {
                if (!triple) {
                    p++;
                    break;
                }
                if (t.charCodeAt(p + 1) === quote && t.charCodeAt(p + 2) === quote) {
                    p += 3;
                    break;
                }
            }
            else if ((c === 10 || c === 13) && !triple)
                unsupported('newline in a single-quoted string', p);
            p++;
        }
        this.k = STRING;
        this.finish(p);
    }
    /**
     * The offset after the closing quote of an f-string whose literal text starts at `p`: literal
     * text, `{{`/`}}`, and replacement fields skipped with skipReplacementField.
     */
    skipFStringBody(start, p, quote, triple, raw, nesting) {
        const t = this.text;
        if (nesting > 20)
            unsupported('f-strings nested too deeply', start);
        for (;;) {
            if (p >= this.len)
                unsupported('unterminated string', start);
            const c = t.charCodeAt(p);
            if (c === 92) {
                // A backslash keeps the next character (a quote, a line break) from ending anything, but
                // not a brace: `rf"\{x}"` still has a field. `\N{…}` (not raw) is one escape.
                const d = t.charCodeAt(p + 1);
                if (!raw && d === 78 && t.charCodeAt(p + 2) === 123) {
                    const close = t.indexOf('}', p);
                    if (close === -1)
                        unsupported('unterminated \\N{…}', p);
                    p = close + 1;
                    continue;
                }
                p += d === 123 || d === 125 ? 1 : 2;
                if (t.charCodeAt(p - 1) === 13 && t.charCodeAt(p) === 10)
                    p++;
                continue;
            }
            if (c === quote) {
                if (!triple)
                    return p + 1;
                if (t.charCodeAt(p + 1) === quote && t.charCodeAt(p + 2) === quote)
                    return p + 3;
            }
            else if ((c === 10 || c === 13) && !triple) {
                unsupported('newline in a single-quoted string', p);
            }
            else if (c === 123) {
                if (t.charCodeAt(p + 1) === 123) {
                    p += 2;
                    continue;
                }
                p = this.skipReplacementField(start, p + 1, quote, triple, raw, nesting);
                continue;
            }
            p++;
        }
    }
    /**
     * From just after a field's `{` to just after its `}`: brackets counted, nested strings (any
     * quote, f-strings recursively) and comments skipped, a format spec after a top-level `:` read
     * as literal text with fields of its own.
     */
    skipReplacementField(start, p, quote, triple, raw, nesting) {
        const t = this.text;
        let brackets = 0;
        for (;;) {
            if (p >= this.len)
                unsupported('unterminated string', start);
            const c = t.charCodeAt(p);
            if (c === 34 || c === 39) {
                p = this.skipNestedString(start, p, p, nesting);
                continue;
            }
            if (isNameStart(c)) {
                const nameStart = p;
                while (isNameChar(t.charCodeAt(p)))
                    p++;
                const q = t.charCodeAt(p);
                if ((q === 34 || q === 39) && p - nameStart <= 2 && STRING_PREFIXES.has(t.slice(nameStart, p).toLowerCase()))
                    p = this.skipNestedString(start, nameStart, p, nesting);
                continue;
            }
            if (c === 35) {
                // A comment runs to the end of the line (3.12); it cannot hide the closing quote.
                while (p < this.len && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13)
                    p++;
                continue;
            }
            if (c === 92) {
                p += 2;
                continue;
            }
            if (c === 40 || c === 91 || c === 123)
                brackets++;
            else if (c === 41 || c === 93)
                brackets--;
            else if (c === 125) {
                if (brackets === 0)
                    return p + 1;
                brackets--;
            }
            else if (c === 58 && brackets === 0) {
                return this.skipFormatSpec(start, p + 1, quote, triple, raw, nesting);
            }
            else if (c === quote && !triple) {
                unsupported('unterminated interpolation', p);
            }
            p++;
        }
    }
    /** A format spec: literal text up to the field's closing `}`, with nested `{…}` fields. */
    skipFormatSpec(start, p, quote, triple, raw, nesting) {
        const t = this.text;
        for (;;) {
            if (p >= this.len)
                unsupported('unterminated string', start);
            const c = t.charCodeAt(p);
            if (c === 125)
                return p + 1;
            if (c === 123) {
                p = this.skipReplacementField(start, p + 1, quote, triple, raw, nesting);
                continue;
            }
            if (c === 92) {
                p += 2;
                continue;
            }
            if ((c === 10 || c === 13) && !triple)
                unsupported('newline in a format spec', p);
            if (c === quote && (!triple || (t.charCodeAt(p + 1) === quote && t.charCodeAt(p + 2) === quote)))
                unsupported('unterminated format spec', p);
            p++;
        }
    }
    /** A string inside a replacement field, prefix at `prefixAt`, quote at `quoteAt`; returns its end. */
    skipNestedString(start, prefixAt, quoteAt, nesting) {
        const t = this.text;
        const prefix = t.slice(prefixAt, quoteAt).toLowerCase();
        const quote = t.charCodeAt(quoteAt);
        const triple = t.charCodeAt(quoteAt + 1) === quote && t.charCodeAt(quoteAt + 2) === quote;
        let p = quoteAt + (triple ? 3 : 1);
        if (prefix.includes('f'))
            return this.skipFStringBody(start, p, quote, triple, prefix.includes('r'), nesting + 1);
        for (;;) {
            if (p >= this.len)
                unsupported('unterminated string', start);
            const c = t.charCodeAt(p);
            if (c === 92)
                p += 2;
            else if (c === quote && (!triple || (t.charCodeAt(p + 1) === quote && t.charCodeAt(p + 2) === quote)))
                return p + (triple ? 3 : 1);
            else if ((c === 10 || c === 13) && !triple)
                unsupported('newline in a single-quoted string', p);
            else
                p++;
        }
    }
    /** Positions the lexer at `p` inside an f-string (the literal part is scanned by hand). */
    seek(p) {
        this.pos = p;
    }
    // ---------------------------------------------------------------- helpers
    /** The first character after the current token, spaces skipped (a peek without lexing). */
    nextCharAfterToken() {
        const t = this.text;
        let p = this.e;
        for (;;) {
            const c = t.charCodeAt(p);
            if (c === 32 || c === 9)
                p++;
            else if (c === 92 && t.charCodeAt(p + 1) === 10)
                p += 2;
            else if (c === 92 && t.charCodeAt(p + 1) === 13 && t.charCodeAt(p + 2) === 10)
                p += 3;
            else
                return c;
        }
    }
    /** The current token kind, read through a call so TypeScript does not narrow it across next(). */
    kind() {
        return this.k;
    }
    isOp(v) {
        return this.k === OP && this.v === v;
    }
    isKw(v) {
        return this.k === NAME && this.v === v;
    }
    expectOp(v) {
        if (this.k !== OP || this.v !== v)
            this.fail(`expected ${v}`);
        const end = this.e;
        this.next();
        return end;
    }
    expectKw(v) {
        if (this.k !== NAME || this.v !== v)
            this.fail(`expected ${v}`);
        const end = this.e;
        this.next();
        return end;
    }
    fail(what) {
        const found = this.k === NEWLINE ? 'newline' : this.k === INDENT ? 'indent' : this.k === DEDENT ? 'dedent' : this.k === EOF ? 'end of file' : this.text.slice(this.s, this.e);
        unsupported(`${what}, found ${JSON.stringify(found)}`, this.s);
    }
    enter() {
        if (++this.nesting > 150)
            unsupported('deep nesting', this.s);
    }
    leave() {
        this.nesting--;
    }
    identifier() {
        if (this.k !== NAME || this.reserved)
            this.fail('expected a name');
        const n = leaf('identifier', this.s, this.e);
        this.next();
        return n;
    }
    // ---------------------------------------------------------------- module and statements
    parseModule() {
        const text = this.text;
        let first = 0;
        while (first < this.len) {
            const c = text.charCodeAt(first);
            if (c !== 32 && c !== 9 && c !== 10 && c !== 13)
                break;
            first++;
        }
        this.next();
        const body = [];
        while (this.k !== EOF) {
            if (this.k === INDENT)
                this.fail('unexpected indent');
            if (this.k === DEDENT || this.k === NEWLINE)
                this.fail('unexpected token');
            this.statement(body);
        }
        return node('module', first, this.len, body);
    }
    /** One line of simple statements or one compound statement, appended to `out`. */
    statement(out) {
        if (this.k === NAME) {
            switch (this.v) {
                case 'if':
                    out.push(this.ifStatement());
                    return;
                case 'for':
                    out.push(this.forStatement(this.s));
                    return;
                case 'while':
                    out.push(this.whileStatement());
                    return;
                case 'try':
                    out.push(this.tryStatement());
                    return;
                case 'with':
                    out.push(this.withStatement(this.s));
                    return;
                case 'def':
                    out.push(this.functionDefinition(this.s));
                    return;
                case 'class':
                    out.push(this.classDefinition(this.s));
                    return;
                case 'async': {
                    const start = this.s;
                    this.next();
                    if (this.isKw('def'))
                        out.push(this.functionDefinition(start));
                    else if (this.isKw('for'))
                        out.push(this.forStatement(start));
                    else if (this.isKw('with'))
                        out.push(this.withStatement(start));
                    else
                        this.fail('expected def, for or with after async');
                    return;
                }
                case 'match':
                case 'type':
                case 'print':
                case 'exec': {
                    // Soft keywords and Python 2 statements: tree-sitter may read these as statements.
                    const t = this.text;
                    let p = this.e;
                    while (t.charCodeAt(p) === 32)
                        p++;
                    const c = t.charCodeAt(p);
                    const d = t.charCodeAt(p + 1);
                    // Plain uses: assignment, attribute, annotation (`type: str`), print(…). tree-sitter reads
                    // `type(x).y = 1` as a type alias and `match (x):` may be a match statement: left to it.
                    const plain = (c === 61 && d !== 61) || c === 46 || (c === 58 && d !== 61) || (c === 40 && (this.v === 'print' || this.v === 'exec'));
                    if (!plain)
                        unsupported(`statement starting with ${this.v}`, this.s);
                    break;
                }
            }
        }
        else if (this.isOp('@')) {
            out.push(this.decoratedDefinition());
            return;
        }
        this.simpleStatements(out);
    }
    /** simple_stmt (';' simple_stmt)* [';'] NEWLINE; returns the NEWLINE position. */
    simpleStatements(out) {
        for (;;) {
            out.push(this.simpleStatement());
            if (this.isOp(';')) {
                this.next();
                if (this.k === NEWLINE)
                    break;
                continue;
            }
            break;
        }
        if (this.k !== NEWLINE)
            this.fail('expected end of statement');
        const at = this.s;
        this.next();
        return at;
    }
    simpleStatement() {
        const start = this.s;
        if (this.k === NAME) {
            switch (this.v) {
                case 'pass':
                case 'break':
                case 'continue': {
                    const n = leaf(`${this.v}_statement`, start, this.e);
                    this.next();
                    return n;
                }
                case 'return': {
                    this.next();
                    const value = this.atStatementEnd() ? [] : [this.starredValue()];
                    return node('return_statement', start, value.length ? value[0].end : start + 6, value);
                }
                case 'del': {
                    this.next();
                    const target = this.expressions();
                    return node('delete_statement', start, target.end, [target]);
                }
                case 'raise': {
                    this.next();
                    const children = [];
                    let end = start + 5;
                    if (!this.atStatementEnd() && !this.isKw('from')) {
                        const value = this.expressions();
                        children.push(value);
                        end = value.end;
                    }
                    if (this.isKw('from')) {
                        this.next();
                        const cause = withField(this.expression(), 'cause');
                        children.push(cause);
                        end = cause.end;
                    }
                    return node('raise_statement', start, end, children);
                }
                case 'global':
                case 'nonlocal': {
                    const type = `${this.v}_statement`;
                    this.next();
                    const names = [this.identifier()];
                    while (this.isOp(',')) {
                        this.next();
                        names.push(this.identifier());
                    }
                    return node(type, start, names[names.length - 1].end, names);
                }
                case 'assert': {
                    this.next();
                    const parts = [this.expression()];
                    while (this.isOp(',')) {
                        this.next();
                        parts.push(this.expression());
                    }
                    return node('assert_statement', start, parts[parts.length - 1].end, parts);
                }
                case 'import': return this.importStatement();
                case 'from': return this.importFrom();
            }
        }
        return this.expressionStatement();
    }
    atStatementEnd() {
        return this.k === NEWLINE || this.isOp(';') || this.k === EOF;
    }
    dottedName() {
        const parts = [this.identifier()];
        while (this.isOp('.')) {
            this.next();
            parts.push(this.identifier());
        }
        return node('dotted_name', parts[0].start, parts[parts.length - 1].end, parts);
    }
    importList(out) {
        let end = 0;
        for (;;) {
            const name = this.dottedName();
            let item = name;
            if (this.isKw('as')) {
                this.next();
                const alias = withField(this.identifier(), 'alias');
                item = node('aliased_import', name.start, alias.end, [withField(name, 'name'), alias]);
            }
            out.push(withField(item, 'name'));
            end = item.end;
            if (!this.isOp(','))
                break;
            end = this.e;
            this.next();
            if (this.k !== NAME)
                break;
        }
        return end;
    }
    importStatement() {
        const start = this.s;
        this.next();
        const names = [];
        const end = this.importList(names);
        if (this.text.charCodeAt(end - 1) === 44)
            this.fail('trailing comma in import');
        return node('import_statement', start, end, names);
    }
    importFrom() {
        const start = this.s;
        this.next();
        const children = [];
        let future = false;
        if (this.isOp('.') || this.isOp('...')) {
            const prefixStart = this.s;
            let prefixEnd = this.e;
            while (this.isOp('.') || this.isOp('...')) {
                prefixEnd = this.e;
                this.next();
            }
            const relative = [leaf('import_prefix', prefixStart, prefixEnd)];
            if (this.k === NAME && this.v !== 'import')
                relative.push(this.dottedName());
            children.push(withField(node('relative_import', prefixStart, relative[relative.length - 1].end, relative), 'module_name'));
        }
        else {
            if (this.isKw('__future__'))
                future = true;
            const module = this.dottedName();
            if (future && module.children.length > 1)
                future = false;
            if (!future)
                children.push(withField(module, 'module_name'));
        }
        this.expectKw('import');
        let end;
        if (this.isOp('*')) {
            if (future)
                this.fail('from __future__ import *');
            children.push(leaf('wildcard_import', this.s, this.e));
            end = this.e;
            this.next();
        }
        else if (this.isOp('(')) {
            this.next();
            this.importList(children);
            end = this.expectOp(')');
        }
        else {
            end = this.importList(children);
            if (this.text.charCodeAt(end - 1) === 44)
                this.fail('trailing comma in import');
        }
        return node(future ? 'future_import_statement' : 'import_from_statement', start, end, children);
    }
    expressionStatement() {
        const start = this.s;
        if (this.isKw('yield')) {
            const y = this.yieldExpression();
            if (this.isOp('=') || (this.k === OP && AUGMENTED.has(this.v)))
                this.fail('assignment to yield');
            return node('expression_statement', start, y.end, [y]);
        }
        const items = [];
        const end = this.starExpressions(items, true);
        if (this.isOp('=')) {
            const assignment = this.assignmentFrom(items, end);
            return node('expression_statement', start, assignment.end, [assignment]);
        }
        if (this.isOp(':')) {
            if (items.length !== 1 || end !== items[0].end)
                this.fail('annotation of several targets');
            const left = withField(this.singleTarget(items[0]), 'left');
            this.next();
            const type = withField(this.type(), 'type');
            const children = [left, type];
            let assignEnd = type.end;
            if (this.isOp('=')) {
                this.next();
                const right = withField(this.rightHandSide(), 'right');
                children.push(right);
                assignEnd = right.end;
            }
            const assignment = node('assignment', left.start, assignEnd, children);
            return node('expression_statement', start, assignment.end, [assignment]);
        }
        if (this.k === OP && AUGMENTED.has(this.v)) {
            if (items.length !== 1 || end !== items[0].end)
                this.fail('augmented assignment to several targets');
            const left = withField(this.singleTarget(items[0]), 'left');
            const op = withField(leaf(this.v, this.s, this.e), 'operator');
            this.next();
            const right = withField(this.isKw('yield') ? this.yieldExpression() : this.expressions(), 'right');
            const aug = node('augmented_assignment', left.start, right.end, [left, op, right]);
            return node('expression_statement', start, aug.end, [aug]);
        }
        for (const item of items)
            if (item.type === 'list_splat')
                this.fail('starred expression statement');
        return node('expression_statement', start, end, items);
    }
    /** `targets = value` (chains nest: a = b = c → assignment(a, assignment(b, c))). */
    assignmentFrom(items, end) {
        const left = withField(this.patternOf(items, end), 'left');
        this.expectOp('=');
        let right;
        if (this.isKw('yield'))
            right = this.yieldExpression();
        else {
            const next = [];
            const nextEnd = this.starExpressions(next, true);
            if (this.isOp('='))
                right = this.assignmentFrom(next, nextEnd);
            else
                right = this.valueList(next, nextEnd);
        }
        withField(right, 'right');
        return node('assignment', left.start, right.end, [left, right]);
    }
    /** `a, *b` (a starred item needs a comma: `x = *a` is an error). */
    valueList(items, end) {
        if (items.length === 1 && end === items[0].end) {
            if (items[0].type === 'list_splat')
                this.fail('starred assignment value');
            return items[0];
        }
        return node('expression_list', items[0].start, end, items);
    }
    /** The value of `return`: an expression list that may hold starred items. */
    starredValue() {
        const items = [];
        const end = this.starExpressions(items, true);
        return this.valueList(items, end);
    }
    rightHandSide() {
        if (this.isKw('yield'))
            return this.yieldExpression();
        return this.expressions();
    }
    /** Targets of an assignment or for loop: one pattern, or a pattern_list for a comma list. */
    patternOf(items, end) {
        if (items.length === 1 && end === items[0].end)
            return this.singleTarget(items[0]);
        return node('pattern_list', items[0].start, end, items.map((i) => this.toPattern(i)));
    }
    /** A lone starred target is a Python error that tree-sitter reads as `(*a)[k]`: left to it. */
    singleTarget(n) {
        if (n.type === 'list_splat')
            unsupported(this.lenient ? 'starred assignment target outside a list or tuple' : 'a lone starred target', n.start);
        return this.toPattern(n);
    }
    toPattern(n) {
        switch (n.type) {
            case 'identifier':
            case 'attribute':
            case 'subscript':
                return n;
            case 'tuple':
            case 'list': {
                if (n.children.length === 0 && n.type === 'list')
                    this.fail('empty list target');
                const children = n.children.map((c) => this.toPattern(c));
                return node(n.type === 'tuple' ? 'tuple_pattern' : 'list_pattern', n.start, n.end, children);
            }
            case 'parenthesized_expression': {
                // tree-sitter reads a parenthesized target `(a) = 1` as a one-element tuple_pattern.
                const inner = n.children[0];
                if (n.children.length === 1 && PLAIN_TARGETS.has(inner.type))
                    return node('tuple_pattern', n.start, n.end, [this.toPattern(inner)]);
                break;
            }
            case 'list_splat': {
                const inner = n.children[0];
                if (inner.type !== 'identifier' && inner.type !== 'attribute' && inner.type !== 'subscript')
                    this.fail('starred target');
                return node('list_splat_pattern', n.start, n.end, [inner]);
            }
            default:
                // `(a) = 1` and `(a, b) = t` are valid Python that tree-sitter reads its own way.
                if (this.lenient && n.type === 'parenthesized_expression')
                    return n;
                unsupported(this.lenient ? `invalid assignment target (${n.type})` : `cannot assign to ${n.type}`, n.start);
        }
        // A parenthesized target holding something else (`(yield) = 1`, `(*a) = b`).
        if (this.lenient)
            return n;
        unsupported(`cannot assign to ${n.type}`, n.start);
    }
    // ---------------------------------------------------------------- compound statements
    /** The body after ':' — an indented block or simple statements on the same line. */
    suite() {
        this.enter();
        const block = this.suiteBody();
        this.leave();
        return block;
    }
    suiteBody() {
        if (this.k === NEWLINE) {
            this.next();
            if (this.kind() !== INDENT)
                this.fail('expected an indented block');
            this.next();
            const body = [];
            while (this.kind() !== DEDENT) {
                if (this.kind() === EOF || this.kind() === INDENT)
                    this.fail('unexpected indentation');
                this.statement(body);
            }
            const end = this.s;
            this.next();
            return node('block', body[0].start, end, body);
        }
        const body = [];
        const end = this.simpleStatements(body);
        return node('block', body[0].start, end, body);
    }
    ifStatement() {
        const start = this.s;
        this.next();
        const children = [withField(this.expression(), 'condition')];
        this.expectOp(':');
        let body = withField(this.suite(), 'consequence');
        children.push(body);
        let end = body.end;
        while (this.isKw('elif')) {
            const s = this.s;
            this.next();
            const condition = withField(this.expression(), 'condition');
            this.expectOp(':');
            body = withField(this.suite(), 'consequence');
            children.push(withField(node('elif_clause', s, body.end, [condition, body]), 'alternative'));
            end = body.end;
        }
        if (this.isKw('else')) {
            const clause = withField(this.elseClause(), 'alternative');
            children.push(clause);
            end = clause.end;
        }
        return node('if_statement', start, end, children);
    }
    elseClause() {
        const s = this.s;
        this.next();
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        return node('else_clause', s, body.end, [body]);
    }
    forStatement(start) {
        this.expectKw('for');
        const left = withField(this.targets(), 'left');
        this.expectKw('in');
        const right = withField(this.expressions(), 'right');
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        const children = [left, right, body];
        let end = body.end;
        if (this.isKw('else')) {
            const clause = withField(this.elseClause(), 'alternative');
            children.push(clause);
            end = clause.end;
        }
        return node('for_statement', start, end, children);
    }
    /** for-loop and comprehension targets: stop before `in`. */
    targets() {
        const items = [];
        let end = 0;
        for (;;) {
            if (this.isOp('*')) {
                const s = this.s;
                this.next();
                const inner = this.binary(PREC_COMPARE + 1);
                items.push(node('list_splat', s, inner.end, [inner]));
            }
            else
                items.push(this.binary(PREC_COMPARE + 1));
            end = items[items.length - 1].end;
            if (!this.isOp(','))
                break;
            end = this.e;
            this.next();
            if (this.isKw('in'))
                break;
        }
        return this.patternOf(items, end);
    }
    whileStatement() {
        const start = this.s;
        this.next();
        const condition = withField(this.expression(), 'condition');
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        const children = [condition, body];
        let end = body.end;
        if (this.isKw('else')) {
            const clause = withField(this.elseClause(), 'alternative');
            children.push(clause);
            end = clause.end;
        }
        return node('while_statement', start, end, children);
    }
    tryStatement() {
        const start = this.s;
        this.next();
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        const children = [body];
        let end = body.end;
        let handlers = 0;
        while (this.isKw('except')) {
            const s = this.s;
            this.next();
            if (this.isOp('*'))
                this.next();
            const parts = [];
            if (!this.isOp(':')) {
                const value = this.expression();
                if (this.isKw('as')) {
                    this.checkAsSubject(value);
                    this.next();
                    const target = this.expression();
                    const alias = withField(node('as_pattern_target', target.start, target.end, [target]), 'alias');
                    parts.push(withField(node('as_pattern', value.start, alias.end, [value, alias]), 'value'));
                }
                else
                    parts.push(withField(value, 'value'));
                if (this.isOp(','))
                    this.fail('Python 2 except clause');
            }
            this.expectOp(':');
            const block = this.suite();
            parts.push(block);
            children.push(node('except_clause', s, block.end, parts));
            end = block.end;
            handlers++;
        }
        if (this.isKw('else')) {
            if (!handlers)
                this.fail('else without except');
            const clause = this.elseClause();
            children.push(clause);
            end = clause.end;
        }
        if (this.isKw('finally')) {
            const s = this.s;
            this.next();
            this.expectOp(':');
            const block = this.suite();
            children.push(node('finally_clause', s, block.end, [block]));
            end = block.end;
            handlers++;
        }
        if (!handlers)
            this.fail('try without except or finally');
        return node('try_statement', start, end, children);
    }
    withStatement(start) {
        this.expectKw('with');
        if (this.isOp('('))
            unsupported('parenthesized with items', this.s);
        const items = [];
        for (;;) {
            const value = this.expression();
            let item = value;
            if (this.isKw('as')) {
                this.checkAsSubject(value);
                this.next();
                const target = this.expression();
                const alias = withField(node('as_pattern_target', target.start, target.end, [target]), 'alias');
                item = node('as_pattern', value.start, alias.end, [value, alias]);
            }
            items.push(node('with_item', item.start, item.end, [withField(item, 'value')]));
            if (!this.isOp(','))
                break;
            this.next();
        }
        const clause = node('with_clause', items[0].start, items[items.length - 1].end, items);
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        return node('with_statement', start, body.end, [clause, body]);
    }
    /** tree-sitter binds `as` tighter than these (`a if c else b as f` → the `as` is inside the else). */
    checkAsSubject(value) {
        // `await f() as g` reads the same in both (the await is the subject).
        if (LOOSE_EXPRESSIONS.has(value.type) && value.type !== 'await' && !this.lenient)
            unsupported(`${value.type} before as`, value.start);
    }
    functionDefinition(start) {
        this.expectKw('def');
        const name = withField(this.identifier(), 'name');
        if (this.isOp('['))
            unsupported('type parameters', this.s);
        const paramsStart = this.s;
        this.expectOp('(');
        const params = [];
        this.parameterList(params, false);
        const paramsEnd = this.expectOp(')');
        const children = [name, withField(node('parameters', paramsStart, paramsEnd, params), 'parameters')];
        if (this.isOp('->')) {
            this.next();
            children.push(withField(this.type(), 'return_type'));
        }
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        children.push(body);
        return node('function_definition', start, body.end, children);
    }
    /** Parameters up to ')' (def) or ':' (lambda). */
    parameterList(out, lambda) {
        const closer = lambda ? ':' : ')';
        while (!this.isOp(closer)) {
            const s = this.s;
            let param;
            if (this.isOp('*') || this.isOp('**')) {
                const double = this.v === '**';
                const e = this.e;
                this.next();
                if (!double && (this.isOp(',') || this.isOp(closer)))
                    param = leaf('keyword_separator', s, e);
                else {
                    const id = this.identifier();
                    param = node(double ? 'dictionary_splat_pattern' : 'list_splat_pattern', s, id.end, [id]);
                    if (!lambda && this.isOp(':')) {
                        this.next();
                        const type = withField(this.type(), 'type');
                        param = node('typed_parameter', s, type.end, [param, type]);
                    }
                }
            }
            else if (this.isOp('/')) {
                param = leaf('positional_separator', s, this.e);
                this.next();
            }
            else if (this.isOp('(')) {
                unsupported('tuple parameter', s);
            }
            else {
                const id = this.identifier();
                param = id;
                if (!lambda && this.isOp(':')) {
                    this.next();
                    const type = withField(this.type(), 'type');
                    if (this.isOp('=')) {
                        this.next();
                        const value = withField(this.expression(), 'value');
                        param = node('typed_default_parameter', s, value.end, [withField(id, 'name'), type, value]);
                    }
                    else
                        param = node('typed_parameter', s, type.end, [id, type]);
                }
                else if (this.isOp('=')) {
                    this.next();
                    const value = withField(this.expression(), 'value');
                    param = node('default_parameter', s, value.end, [withField(id, 'name'), value]);
                }
            }
            out.push(param);
            if (!this.isOp(','))
                break;
            this.next();
        }
        if (!this.isOp(closer))
            this.fail(`expected ${closer}`);
    }
    classDefinition(start) {
        this.expectKw('class');
        const name = withField(this.identifier(), 'name');
        if (this.isOp('['))
            unsupported('type parameters', this.s);
        const children = [name];
        if (this.isOp('('))
            children.push(withField(this.argumentList(), 'superclasses'));
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        children.push(body);
        return node('class_definition', start, body.end, children);
    }
    decoratedDefinition() {
        const start = this.s;
        const children = [];
        while (this.isOp('@')) {
            const s = this.s;
            this.next();
            const expr = this.expression();
            if (this.k !== NEWLINE)
                this.fail('expected newline after decorator');
            const end = this.s;
            this.next();
            children.push(node('decorator', s, end, [expr]));
        }
        let def;
        if (this.isKw('def'))
            def = this.functionDefinition(this.s);
        else if (this.isKw('class'))
            def = this.classDefinition(this.s);
        else if (this.isKw('async')) {
            const s = this.s;
            this.next();
            def = this.functionDefinition(s);
        }
        else
            this.fail('expected def or class after decorators');
        children.push(withField(def, 'definition'));
        return node('decorated_definition', start, def.end, children);
    }
    // ---------------------------------------------------------------- types
    /**
     * An annotation. tree-sitter reads `Name[...]` as generic_type (and `generic | …` as union_type,
     * left-associative while the right operands are generic too); everything else is an expression.
     */
    type() {
        const start = this.s;
        if (this.isOp('*') || this.isOp('**')) {
            this.next();
            const id = this.identifier();
            return node('type', start, id.end, [node('splat_type', start, id.end, [id])]);
        }
        if (!this.startsGeneric()) {
            const e = this.expression();
            return node('type', e.start, e.end, [e]);
        }
        let left = this.genericType();
        while (this.isOp('|')) {
            this.next();
            let right;
            if (this.startsGeneric())
                right = this.genericType();
            else {
                const e = this.expression();
                right = node('type', e.start, e.end, [e]);
            }
            left = node('type', start, right.end, [node('union_type', start, right.end, [left, right])]);
            if (right.children[0].type !== 'generic_type')
                break;
        }
        if (!(this.isOp(',') || this.isOp(')') || this.isOp(']') || this.isOp('=') || this.isOp(':') || this.kind() === NEWLINE))
            this.fail('unexpected token after a generic type');
        return left;
    }
    startsGeneric() {
        return this.k === NAME && !this.reserved && this.nextCharAfterToken() === 91;
    }
    /** `Name[type, …]` wrapped in its `type` node. */
    genericType() {
        const start = this.s;
        const id = leaf('identifier', this.s, this.e);
        this.next();
        const paramStart = this.s;
        this.expectOp('[');
        const params = [];
        this.enter();
        for (;;) {
            params.push(this.type());
            if (!this.isOp(','))
                break;
            this.next();
            if (this.isOp(']'))
                break;
        }
        this.leave();
        const paramEnd = this.expectOp(']');
        return node('type', start, paramEnd, [node('generic_type', start, paramEnd, [id, node('type_parameter', paramStart, paramEnd, params)])]);
    }
    // ---------------------------------------------------------------- expressions
    /** expression or expression_list (a, b). */
    expressions() {
        const first = this.expression();
        if (!this.isOp(','))
            return first;
        const items = [first];
        let end = this.e;
        this.next();
        while (this.startsExpression()) {
            items.push(this.expression());
            end = items[items.length - 1].end;
            if (!this.isOp(','))
                break;
            end = this.e;
            this.next();
        }
        return node('expression_list', first.start, end, items);
    }
    /** Comma-separated expressions that may be starred; returns where the list ends (after a trailing comma). */
    starExpressions(out, allowStar) {
        let end = 0;
        for (;;) {
            if (allowStar && this.isOp('*')) {
                const s = this.s;
                this.next();
                const inner = this.binary(PREC_COMPARE + 1);
                out.push(node('list_splat', s, inner.end, [inner]));
            }
            else
                out.push(this.expression());
            end = out[out.length - 1].end;
            if (!this.isOp(','))
                return end;
            end = this.e;
            this.next();
            if (!this.startsExpression() && !this.isOp('*'))
                return end;
        }
    }
    startsExpression() {
        switch (this.k) {
            case NAME: return !this.reserved || this.v === 'not' || this.v === 'lambda' || this.v === 'await' || this.v === 'None' || this.v === 'True' || this.v === 'False';
            case NUMBER:
            case STRING: return true;
            case OP: return this.v === '(' || this.v === '[' || this.v === '{' || this.v === '-' || this.v === '+' || this.v === '~' || this.v === '...';
            default: return false;
        }
    }
    /** tree-sitter's `expression`: lambda, conditional, boolean, not, comparison, walrus. */
    expression() {
        // No try/finally for leave(): any failure abandons the whole parse.
        this.enter();
        let result;
        if (this.isKw('lambda'))
            result = this.lambda();
        else {
            const start = this.s;
            result = this.orTest();
            if (this.isOp(':=')) {
                if (result.type !== 'identifier')
                    this.fail('walrus target');
                this.next();
                const value = withField(this.expression(), 'value');
                result = node('named_expression', start, value.end, [withField(result, 'name'), value]);
            }
            else if (this.isKw('if')) {
                this.next();
                const condition = this.orTest();
                this.expectKw('else');
                const otherwise = this.expression();
                result = node('conditional_expression', start, otherwise.end, [result, condition, otherwise]);
            }
        }
        this.leave();
        return result;
    }
    lambda() {
        const start = this.s;
        this.next();
        const children = [];
        if (!this.isOp(':')) {
            const params = [];
            const s = this.s;
            this.parameterList(params, true);
            children.push(withField(node('lambda_parameters', s, params[params.length - 1].end, params), 'parameters'));
        }
        this.expectOp(':');
        const body = withField(this.expression(), 'body');
        children.push(body);
        return node('lambda', start, body.end, children);
    }
    orTest() {
        let left = this.andTest();
        while (this.isKw('or')) {
            const op = withField(leaf('or', this.s, this.e), 'operator');
            this.next();
            const right = withField(this.andTest(), 'right');
            left = node('boolean_operator', left.start, right.end, [withField(left, 'left'), op, right]);
        }
        return left;
    }
    andTest() {
        let left = this.notTest();
        while (this.isKw('and')) {
            const op = withField(leaf('and', this.s, this.e), 'operator');
            this.next();
            const right = withField(this.notTest(), 'right');
            left = node('boolean_operator', left.start, right.end, [withField(left, 'left'), op, right]);
        }
        return left;
    }
    notTest() {
        if (this.isKw('not')) {
            const start = this.s;
            this.next();
            this.enter();
            const argument = withField(this.notTest(), 'argument');
            this.leave();
            return node('not_operator', start, argument.end, [argument]);
        }
        return this.comparison();
    }
    comparison() {
        const first = this.binary(PREC_COMPARE + 1);
        if (!this.isComparisonOperator())
            return first;
        const children = [first];
        while (this.isComparisonOperator()) {
            const s = this.s;
            let type = this.v;
            if (this.v === 'not') {
                this.next();
                if (!this.isKw('in'))
                    this.fail('expected in after not');
                type = 'not in';
            }
            else if (this.v === 'is') {
                const t = this.text;
                let p = this.e;
                while (t.charCodeAt(p) === 32)
                    p++;
                if (t.startsWith('not', p) && !isNameChar(t.charCodeAt(p + 3))) {
                    this.next();
                    type = 'is not';
                }
            }
            const op = withField(leaf(type, s, this.e), 'operators');
            this.next();
            children.push(op, this.binary(PREC_COMPARE + 1));
        }
        return node('comparison_operator', first.start, children[children.length - 1].end, children);
    }
    isComparisonOperator() {
        if (this.k === OP)
            return COMPARISON.has(this.v);
        return this.k === NAME && (this.v === 'in' || this.v === 'is' || this.v === 'not');
    }
    /** Binary operators by precedence climbing (left-associative except `**`). */
    binary(minPrec) {
        let left = this.unary();
        for (;;) {
            if (this.k !== OP)
                return left;
            const prec = BINARY_PRECEDENCE[this.v];
            if (prec === undefined || prec < minPrec)
                return left;
            const op = withField(leaf(this.v, this.s, this.e), 'operator');
            this.next();
            this.enter();
            const right = withField(this.binary(op.type === '**' ? prec : prec + 1), 'right');
            this.leave();
            left = node('binary_operator', left.start, right.end, [withField(left, 'left'), op, right]);
        }
    }
    unary() {
        if (this.k === OP && (this.v === '-' || this.v === '+' || this.v === '~')) {
            const start = this.s;
            const op = withField(leaf(this.v, this.s, this.e), 'operator');
            this.next();
            this.enter();
            const argument = withField(this.binary(PREC_UNARY), 'argument');
            this.leave();
            return node('unary_operator', start, argument.end, [op, argument]);
        }
        if (this.isKw('await')) {
            const start = this.s;
            this.next();
            this.enter();
            const argument = this.binary(PREC_UNARY);
            this.leave();
            return node('await', start, argument.end, [argument]);
        }
        return this.postfix(this.atom());
    }
    /** Calls, attributes and subscripts. */
    postfix(n) {
        for (;;) {
            if (this.k !== OP)
                return n;
            if (this.v === '.') {
                this.next();
                const attribute = withField(this.identifier(), 'attribute');
                n = node('attribute', n.start, attribute.end, [withField(n, 'object'), attribute]);
            }
            else if (this.v === '(') {
                const args = withField(this.argumentList(), 'arguments');
                n = node('call', n.start, args.end, [withField(n, 'function'), args]);
            }
            else if (this.v === '[') {
                this.next();
                this.enter();
                const children = [withField(n, 'value')];
                for (;;) {
                    children.push(withField(this.subscriptItem(), 'subscript'));
                    if (!this.isOp(','))
                        break;
                    this.next();
                    if (this.isOp(']'))
                        break;
                }
                this.leave();
                const end = this.expectOp(']');
                n = node('subscript', n.start, end, children);
            }
            else
                return n;
        }
    }
    subscriptItem() {
        const start = this.s;
        const parts = [];
        if (!this.isOp(':')) {
            if (this.isOp('*'))
                unsupported('starred subscript', this.s);
            const first = this.expression();
            if (!this.isOp(':'))
                return first;
            parts.push(first);
        }
        let end = this.expectOp(':');
        if (!this.isOp(':') && !this.isOp(',') && !this.isOp(']')) {
            parts.push(this.expression());
            end = parts[parts.length - 1].end;
        }
        if (this.isOp(':')) {
            end = this.e;
            this.next();
            if (!this.isOp(',') && !this.isOp(']')) {
                parts.push(this.expression());
                end = parts[parts.length - 1].end;
            }
        }
        return node('slice', start, end, parts);
    }
    /** `( … )` after a callee: an argument_list, or a generator_expression for f(x for x in y). */
    argumentList() {
        const start = this.s;
        this.expectOp('(');
        this.enter();
        const args = [];
        while (!this.isOp(')')) {
            const s = this.s;
            if (this.isOp('*') || this.isOp('**')) {
                const double = this.v === '**';
                this.next();
                const value = this.expression();
                args.push(node(double ? 'dictionary_splat' : 'list_splat', s, value.end, [value]));
            }
            else {
                const value = this.expression();
                if (this.isOp('=') && value.type === 'identifier') {
                    this.next();
                    const v = withField(this.expression(), 'value');
                    args.push(node('keyword_argument', s, v.end, [withField(value, 'name'), v]));
                }
                else if (this.isKw('for') || this.isKw('async')) {
                    if (args.length)
                        this.fail('generator argument must be alone');
                    const clauses = [withField(value, 'body')];
                    this.comprehensionClauses(clauses);
                    this.leave();
                    const end = this.expectOp(')');
                    return node('generator_expression', start, end, clauses);
                }
                else
                    args.push(value);
            }
            if (!this.isOp(','))
                break;
            this.next();
        }
        this.leave();
        const end = this.expectOp(')');
        return node('argument_list', start, end, args);
    }
    comprehensionClauses(out) {
        while (this.isKw('for') || this.isKw('async') || this.isKw('if')) {
            const s = this.s;
            if (this.isKw('if')) {
                this.next();
                const condition = this.orTest();
                if (this.isOp(':='))
                    this.fail('walrus in a comprehension condition');
                out.push(node('if_clause', s, condition.end, [condition]));
                continue;
            }
            if (this.isKw('async'))
                this.next();
            this.expectKw('for');
            const left = withField(this.targets(), 'left');
            this.expectKw('in');
            const right = withField(this.orTest(), 'right');
            if (this.isOp(','))
                this.fail('unparenthesized tuple in a comprehension');
            out.push(node('for_in_clause', s, right.end, [left, right]));
        }
    }
    yieldExpression() {
        const start = this.s;
        let end = this.e;
        this.next();
        if (this.isKw('from')) {
            this.next();
            const value = this.expression();
            return node('yield', start, value.end, [value]);
        }
        if (!this.startsExpression())
            return node('yield', start, end, []);
        const value = this.expressions();
        end = value.end;
        return node('yield', start, end, [value]);
    }
    atom() {
        const s = this.s;
        const e = this.e;
        switch (this.k) {
            case NAME: {
                const v = this.v;
                if (v === 'True' || v === 'False' || v === 'None') {
                    this.next();
                    return leaf(v === 'True' ? 'true' : v === 'False' ? 'false' : 'none', s, e);
                }
                return this.identifier();
            }
            case NUMBER: {
                const type = this.v;
                this.next();
                return leaf(type, s, e);
            }
            case STRING: {
                const first = this.string();
                if (this.k !== STRING)
                    return first;
                const parts = [first];
                while (this.k === STRING)
                    parts.push(this.string());
                return node('concatenated_string', s, parts[parts.length - 1].end, parts);
            }
            case OP:
                switch (this.v) {
                    case '(': return this.parenthesized();
                    case '[': return this.listDisplay();
                    case '{': return this.braceDisplay();
                    case '...':
                        this.next();
                        return leaf('ellipsis', s, e);
                }
        }
        this.fail('expected an expression');
    }
    parenthesized() {
        const start = this.s;
        this.next();
        this.enter();
        try {
            if (this.isOp(')')) {
                const end = this.e;
                this.next();
                return leaf('tuple', start, end);
            }
            if (this.isKw('yield')) {
                const y = this.yieldExpression();
                const end = this.expectOp(')');
                return node('parenthesized_expression', start, end, [y]);
            }
            const first = this.isOp('*') ? this.collectionElement(true) : this.expression();
            if (first.type === 'list_splat' && this.isOp(')'))
                unsupported('parenthesized starred expression', start);
            if (first.type !== 'list_splat' && (this.isKw('for') || this.isKw('async'))) {
                const clauses = [withField(first, 'body')];
                this.comprehensionClauses(clauses);
                const end = this.expectOp(')');
                return node('generator_expression', start, end, clauses);
            }
            if (this.isOp(')') && first.type !== 'list_splat') {
                const end = this.e;
                this.next();
                return node('parenthesized_expression', start, end, [first]);
            }
            const items = [first];
            this.collectionTail(items, true);
            const end = this.expectOp(')');
            return node('tuple', start, end, items);
        }
        finally {
            this.leave();
        }
    }
    /** After the first element of a tuple/list/set: `, elem`* `,`? (elements may be starred). */
    collectionTail(items, inTuple) {
        while (this.isOp(',')) {
            this.next();
            if (this.isOp(')') || this.isOp(']') || this.isOp('}'))
                return;
            items.push(this.collectionElement(inTuple));
        }
    }
    collectionElement(inTuple, alone = false) {
        if (this.isOp('*')) {
            const s = this.s;
            this.next();
            const inner = this.binary(PREC_COMPARE + 1);
            if (alone && !inTuple && inner.type !== 'identifier' && (this.isOp(']') || this.isOp('}')))
                return this.splatAtRoot(s, inner);
            return node('list_splat', s, inner.end, [inner]);
        }
        if (this.isKw('yield'))
            unsupported('yield in a collection', this.s);
        return this.expression();
    }
    /**
     * tree-sitter reads a lone `[*a.b]` or `{*f(x)}` as the attribute or call applied to `*a` itself:
     * rebuild the chain with the list_splat at its root.
     */
    splatAtRoot(start, chain) {
        let n = chain;
        while (n.type === 'attribute' || n.type === 'call' || n.type === 'subscript') {
            n.start = start;
            const root = n.children[0];
            if (root.type === 'identifier') {
                const splat = node('list_splat', start, root.end, [root]);
                splat.field = root.field;
                root.field = null;
                splat.parent = n;
                n.children[0] = splat;
                return chain;
            }
            n = root;
        }
        unsupported('starred element in a list or set', start);
    }
    listDisplay() {
        const start = this.s;
        this.next();
        this.enter();
        try {
            if (this.isOp(']')) {
                const end = this.e;
                this.next();
                return leaf('list', start, end);
            }
            const first = this.collectionElement(false, true);
            if (first.type !== 'list_splat' && (this.isKw('for') || this.isKw('async'))) {
                const clauses = [withField(first, 'body')];
                this.comprehensionClauses(clauses);
                const end = this.expectOp(']');
                return node('list_comprehension', start, end, clauses);
            }
            const items = [first];
            this.collectionTail(items, false);
            const end = this.expectOp(']');
            return node('list', start, end, items);
        }
        finally {
            this.leave();
        }
    }
    braceDisplay() {
        const start = this.s;
        this.next();
        this.enter();
        try {
            if (this.isOp('}')) {
                const end = this.e;
                this.next();
                return leaf('dictionary', start, end);
            }
            if (this.isOp('**'))
                return this.dictionaryRest(start, []);
            const first = this.collectionElement(false, true);
            if (this.isOp(':') && first.type !== 'list_splat') {
                this.next();
                const value = withField(this.expression(), 'value');
                const pair = node('pair', first.start, value.end, [withField(first, 'key'), value]);
                if (this.isKw('for') || this.isKw('async')) {
                    const clauses = [withField(pair, 'body')];
                    this.comprehensionClauses(clauses);
                    const end = this.expectOp('}');
                    return node('dictionary_comprehension', start, end, clauses);
                }
                if (this.isOp(','))
                    this.next();
                else if (!this.isOp('}'))
                    this.fail('expected , or }');
                return this.dictionaryRest(start, [pair]);
            }
            if (first.type !== 'list_splat' && (this.isKw('for') || this.isKw('async'))) {
                const clauses = [withField(first, 'body')];
                this.comprehensionClauses(clauses);
                const end = this.expectOp('}');
                return node('set_comprehension', start, end, clauses);
            }
            const items = [first];
            this.collectionTail(items, false);
            const end = this.expectOp('}');
            return node('set', start, end, items);
        }
        finally {
            this.leave();
        }
    }
    dictionaryRest(start, items) {
        while (!this.isOp('}')) {
            if (this.isOp('**')) {
                const s = this.s;
                this.next();
                const value = this.binary(PREC_COMPARE + 1);
                items.push(node('dictionary_splat', s, value.end, [value]));
            }
            else {
                const key = withField(this.expression(), 'key');
                this.expectOp(':');
                const value = withField(this.expression(), 'value');
                items.push(node('pair', key.start, value.end, [key, value]));
            }
            if (!this.isOp(','))
                break;
            this.next();
        }
        const end = this.expectOp('}');
        return node('dictionary', start, end, items);
    }
    // ---------------------------------------------------------------- strings
    /** One string token; f-strings get their interpolations parsed. */
    string() {
        const start = this.s;
        const end = this.e;
        if (!this.strFormat) {
            this.next();
            return leaf('string', start, end);
        }
        const quote = this.strQuote;
        const triple = this.strTriple;
        const raw = this.strRaw;
        const bodyStart = start + this.strPrefixLen + (triple ? 3 : 1);
        const bodyEnd = end - (triple ? 3 : 1);
        const children = [];
        const savedDepth = this.depth;
        this.fstringQuotes.push(quote);
        this.scanFStringLiteral(bodyStart, bodyEnd, raw, triple, children, false);
        this.fstringQuotes.pop();
        this.depth = savedDepth;
        // Back to just after the string, as if it had been one token (the interpolations moved the lexer).
        this.seek(end);
        this.lineEnd = end;
        this.next();
        return children.length ? node('string', start, end, children) : leaf('string', start, end);
    }
    /**
     * Walks the literal text of an f-string (or of a format spec when `inSpec`), parsing each `{…}`.
     * Returns where it stopped: `end`, or the `}` closing a format spec.
     */
    scanFStringLiteral(from, end, raw, triple, out, inSpec) {
        const t = this.text;
        let p = from;
        while (p < end) {
            const c = t.charCodeAt(p);
            if (c === 92 && !raw) {
                const d = t.charCodeAt(p + 1);
                if (d === 123 || d === 125)
                    unsupported('backslash before a brace in an f-string', p);
                if (d === 78 && t.charCodeAt(p + 2) === 123) {
                    const close = t.indexOf('}', p);
                    if (close === -1 || close >= end)
                        unsupported('unterminated \\N{…}', p);
                    p = close + 1;
                    continue;
                }
                p += 2;
                continue;
            }
            if (c === 92 && raw) {
                p += t.charCodeAt(p + 1) === this.fstringQuotes[this.fstringQuotes.length - 1] || t.charCodeAt(p + 1) === 92 ? 2 : 1;
                continue;
            }
            if (c === 123) {
                if (t.charCodeAt(p + 1) === 123) {
                    if (inSpec)
                        unsupported('escaped brace in a format spec', p);
                    p += 2;
                    continue;
                }
                p = this.interpolation(p, end, raw, triple, out, inSpec ? 'format_expression' : 'interpolation');
                continue;
            }
            if (c === 125) {
                if (inSpec)
                    return p;
                if (t.charCodeAt(p + 1) === 125) {
                    p += 2;
                    continue;
                }
                unsupported('single } in an f-string', p);
            }
            if (inSpec && (c === 10 || c === 13))
                unsupported('newline in a format spec', p);
            p++;
        }
        if (inSpec)
            unsupported('unterminated format spec', p);
        return p;
    }
    /** `{ expression [=] [!c] [:spec] }` starting at the `{` at `open`; returns the offset after `}`. */
    interpolation(open, limit, raw, triple, out, type) {
        const t = this.text;
        this.enter();
        this.seek(open + 1);
        this.depth = 1;
        this.next();
        const children = [];
        let expr;
        try {
            if (this.isKw('yield'))
                expr = this.yieldExpression();
            else {
                const items = [];
                const listEnd = this.starExpressions(items, false);
                expr = items.length === 1 && listEnd === items[0].end ? items[0] : node('expression_list', items[0].start, listEnd, items);
            }
        }
        catch (e) {
            // `{x:=^10}` is x with the format spec "=^10" in Python, a walrus for the expression parser:
            // not a syntax error this parser can vouch for.
            if (e instanceof Unsupported && t.slice(open, Math.min(limit, e.at + 2)).includes(':='))
                unsupported('a := in an interpolation', open);
            throw e;
        }
        children.push(withField(expr, 'expression'));
        if (this.isOp('='))
            this.next();
        if (this.isOp('!')) {
            const s = this.s;
            const c = t.charCodeAt(this.e);
            if (c !== 114 && c !== 115 && c !== 97)
                unsupported('conversion', s);
            children.push(withField(leaf('type_conversion', s, this.e + 1), 'type_conversion'));
            this.seek(this.e + 1);
            this.next();
        }
        let close;
        // After a conversion, `:=` is the spec's colon followed by "=" (`{x!r:=^10}`).
        if (this.isOp(':') || this.isOp(':=')) {
            const specStart = this.s;
            const specChildren = [];
            this.depth = 0;
            const specEnd = this.scanFStringLiteral(specStart + 1, limit, raw, triple, specChildren, true);
            children.push(withField(node('format_specifier', specStart, specEnd, specChildren), 'format_specifier'));
            close = specEnd;
        }
        else {
            if (!this.isOp('}'))
                this.fail('expected } in an f-string');
            close = this.s;
        }
        if (close >= limit)
            unsupported('unterminated interpolation', close);
        out.push(node(type, open, close + 1, children));
        this.leave();
        return close + 1;
    }
}
/**
 * Parent pointers are set as nodes are built; the index, in source order, and the nesting figures
 * the tree-sitter copy computes while walking are gathered in one walk here.
 */
const INDEXED_FLAG = 1;
const LEAF_FLAG = 2;
const BRACKET_FLAG = 4;
const BLOCK_FLAG = 8;
/** One lookup per node in finishTree instead of four. */
const TYPE_FLAGS = new Map();
for (const type of INDEXED)
    TYPE_FLAGS.set(type, (TYPE_FLAGS.get(type) ?? 0) | INDEXED_FLAG);
for (const type of LEAF_TYPES)
    TYPE_FLAGS.set(type, (TYPE_FLAGS.get(type) ?? 0) | LEAF_FLAG);
for (const type of BRACKETED)
    TYPE_FLAGS.set(type, (TYPE_FLAGS.get(type) ?? 0) | BRACKET_FLAG);
TYPE_FLAGS.set('block', BLOCK_FLAG);
/**
 * Parent pointers are set as nodes are built; the index, in source order, and the nesting figures
 * the tree-sitter copy computes while walking are gathered in one walk here.
 */
function finishTree(root) {
    const index = new Map();
    for (const type of INDEXED)
        index.set(type, []);
    const out = { root, errors: [], index, maxBracketDepth: 0, maxBracketOffset: 0, maxBlockDepth: 0, maxBlockOffset: 0, maxDepth: 0, maxDepthOffset: 0 };
    // Explicit stacks (no recursion): node, its depth, and the bracket and block depth of its parent.
    const nodes = [];
    const depths = [];
    const brackets = [];
    const blocks = [];
    let top = 0;
    for (let i = root.children.length - 1; i >= 0; i--) {
        nodes[top] = root.children[i];
        depths[top] = 1;
        brackets[top] = 0;
        blocks[top++] = 0;
    }
    while (top > 0) {
        top--;
        const n = nodes[top];
        const depth = depths[top];
        let bracket = brackets[top];
        let block = blocks[top];
        const flags = TYPE_FLAGS.get(n.type) ?? 0;
        if (flags & INDEXED_FLAG)
            index.get(n.type).push(n);
        const children = n.children;
        if (children.length === 0 && flags & LEAF_FLAG)
            continue;
        if (flags & BRACKET_FLAG)
            bracket++;
        if (flags & BLOCK_FLAG)
            block++;
        if (bracket > out.maxBracketDepth) {
            out.maxBracketDepth = bracket;
            out.maxBracketOffset = n.start;
        }
        if (block > out.maxBlockDepth) {
            out.maxBlockDepth = block;
            out.maxBlockOffset = n.start;
        }
        if (depth + 1 > out.maxDepth) {
            out.maxDepth = depth + 1;
            out.maxDepthOffset = n.start;
        }
        for (let i = children.length - 1; i >= 0; i--) {
            nodes[top] = children[i];
            depths[top] = depth + 1;
            brackets[top] = bracket;
            blocks[top++] = block;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/dags/parser.js







const WASM_FILES = { runtime: 'tree-sitter.wasm', python: 'tree-sitter-python.wasm', bindings: 'tree-sitter.cjs' };
/**
 * The wasm files sit beside the ncc bundle (dist/<name>/) and in node_modules during tests;
 * look in both so the same code runs bundled and from source.
 */
function locateWasm(file) {
    const here = external_node_path_namespaceObject.dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    const pkg = file === WASM_FILES.python ? 'tree-sitter-python' : 'web-tree-sitter';
    const candidates = [external_node_path_namespaceObject.join(here, file)];
    for (let dir = here;; dir = external_node_path_namespaceObject.dirname(dir)) {
        candidates.push(external_node_path_namespaceObject.join(dir, 'node_modules', pkg, file));
        if (external_node_path_namespaceObject.dirname(dir) === dir)
            break;
    }
    const found = candidates.find((c) => external_node_fs_namespaceObject.existsSync(c));
    if (!found)
        throw new Error(`${file} not found (looked in ${candidates.slice(0, 3).join(', ')}); rebuild dist with npm run build.`);
    return found;
}
const RAW_CURSOR_FUNCTIONS = [
    '_ts_init', '_ts_tree_cursor_goto_first_child_wasm', '_ts_tree_cursor_goto_next_sibling_wasm', '_ts_tree_cursor_goto_parent_wasm',
    '_ts_tree_cursor_current_node_type_id_wasm', '_ts_tree_cursor_current_field_id_wasm', '_ts_tree_cursor_current_node_is_missing_wasm',
    '_ts_tree_cursor_start_index_wasm', '_ts_tree_cursor_end_index_wasm', '_ts_tree_cursor_delete_wasm',
];
let wasmModule;
let transferBuffer = 0;
let parserPromise;
let builds = 0;
let bindings;
let instances = 0;
/** How many wasm instances this process has created (a new one after each trap). */
function wasmInstances() {
    return instances;
}
/**
 * A new copy of web-tree-sitter, evaluated from its CommonJS build (shipped beside the bundle like the
 * wasm files, or in node_modules): each copy creates its own Emscripten module, i.e. its own wasm
 * instance and memory. web-tree-sitter 0.25 keeps one instance per copy in a private variable, so
 * after a trap has left that memory corrupt, a new copy is the only way to a clean instance.
 */
function freshBindings() {
    const file = locateWasm(WASM_FILES.bindings);
    const mod = { exports: {} };
    // The file is part of this tool's own install (dist/ or node_modules), as trusted as this code.
    new Function('module', 'exports', 'require', '__dirname', '__filename', external_node_fs_namespaceObject.readFileSync(file, 'utf8'))(mod, mod.exports, (0,external_node_module_namespaceObject.createRequire)(file), external_node_path_namespaceObject.dirname(file), file);
    return mod.exports;
}
/** Loads the wasm runtime of the current bindings copy (a new copy after discardParser). */
async function loadRuntime() {
    if (wasmModule && bindings)
        return bindings;
    const fresh = freshBindings();
    const runtime = locateWasm(WASM_FILES.runtime);
    const moduleOptions = { locateFile: () => runtime };
    await fresh.Parser.init(moduleOptions);
    const missing = RAW_CURSOR_FUNCTIONS.filter((f) => typeof moduleOptions[f] !== 'function');
    if (missing.length)
        throw new Error(`web-tree-sitter no longer exposes ${missing.join(', ')}; the pinned version is required.`);
    wasmModule = moduleOptions;
    transferBuffer = wasmModule._ts_init();
    bindings = fresh;
    instances++;
    return fresh;
}
function getParser() {
    parserPromise ??= (async () => {
        const { Language, Parser } = await loadRuntime();
        const language = await Language.load(external_node_fs_namespaceObject.readFileSync(locateWasm(WASM_FILES.python)));
        const parser = new Parser();
        parser.setLanguage(language);
        if (builds > 0) {
            // Rebuilt after a trap: prove the parser works before trusting it with more files. If it
            // does not, this promise stays rejected and every later file gets a "not analysed" finding.
            const probe = parser.parse('x = 1\n');
            const ok = probe !== null && !probe.rootNode.hasError && probe.rootNode.childCount === 1;
            probe?.delete();
            if (!ok)
                throw new Error('tree-sitter no longer parses after an earlier crash in this run');
        }
        builds++;
        return parser;
    })();
    return parserPromise;
}
/** How many parsers getParser has built (a trap makes the next call build a new one). */
function parserBuilds() {
    return builds;
}
/**
 * Drops the parser and its wasm instance after a trap: the instance's memory may be corrupt
 * mid-parse (in the audit the next parse with it returned a NULL tree), so the next getParser()
 * evaluates a new copy of web-tree-sitter with a new instance, and proves it with a probe parse.
 */
function discardParser() {
    parserPromise = undefined;
    wasmModule = undefined;
    bindings = undefined;
}
/**
 * tree-sitter failed inside its wasm (a trap such as `memory access out of bounds` in error
 * recovery, or a wasm stack overflow). The parser that failed must not be used again.
 */
class TreeSitterCrash extends Error {
    cause;
    constructor(cause) {
        super(`the Python parser (tree-sitter) crashed: ${cause instanceof Error ? cause.message : String(cause)}`);
        this.cause = cause;
    }
}
/**
 * Fault-injection seam for tests only: when `trapDuringParse` returns true for a text, the parse of
 * that text is made to trap for real (an out-of-bounds read in the same wasm instance, from inside
 * the parse), the way tree-sitter's error recovery traps on some inputs. Nothing in the product sets it.
 */
const wasmFaultInjection = {};
function triggerWasmTrap() {
    // Reading a node type from a tree pointer far past the end of linear memory traps.
    wasmModule._ts_tree_cursor_current_node_type_id_wasm(0x7ffffff0);
    throw new Error('fault injection: the wasm read did not trap');
}
/** The file took longer to parse than its budget (tree-sitter's error recovery can go quadratic). */
class ParseBudgetExceeded extends Error {
    budgetMs;
    constructor(budgetMs) {
        super(`parsing took more than ${Math.round(budgetMs / 1000)} s of CPU time`);
        this.budgetMs = budgetMs;
    }
}
const DEFAULT_PARSE_BUDGET = { floorMs: 10_000, msPerKb: 30 };
const WALL_CLOCK_FACTOR = 10;
/** How many progress callbacks pass between two looks at the clock. */
const CLOCK_EVERY_CALLS = 32;
function budgetMsFor(text, budget) {
    return Math.max(budget.floorMs, (text.length / 1024) * budget.msPerKb);
}
function cpuMs() {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
}
/** CPUs the process may run on: its CPU clock advances at most this much faster than the wall clock. */
const CPU_COUNT = Math.max(1, external_node_os_namespaceObject.cpus().length, typeof external_node_os_namespaceObject.availableParallelism === 'function' ? external_node_os_namespaceObject.availableParallelism() : 1);

/** Named node types whose insides no rule reads: their children are not copied. */
const OPAQUE = new Set(['string_content', 'string_start', 'string_end', 'escape_sequence', 'comment', 'line_continuation']);
/**
 * The hand-written parser's tree, or undefined when it gives up (then tree-sitter parses the file).
 * AIRFLOW_GITOPS_PARSER=tree-sitter turns it off, to compare or to rule it out when debugging.
 */
function parser_parseFast(text) {
    return process.env.AIRFLOW_GITOPS_PARSER === 'tree-sitter' ? undefined : parsePythonFast(text);
}
/**
 * Parses Python source with tree-sitter and copies the tree into plain objects in one cursor walk.
 * Throws ParseBudgetExceeded when the parse runs past its budget (cancelled through tree-sitter's
 * progress callback), and TreeSitterCrash when tree-sitter's wasm fails.
 */
function parser_parsePython(parser, text, budget = DEFAULT_PARSE_BUDGET) {
    const budgetMs = budgetMsFor(text, budget);
    const threads = Math.max(1, budget.threads ?? 1);
    const cpuStart = cpuMs();
    const wallStart = performance.now();
    // The CPU clock is a getrusage() system call (1-2% of a 10,000-file lint when read every 32
    // callbacks); the wall clock is not. The process cannot have spent `budgetMs * threads` of CPU
    // before `budgetMs * threads / CPU_COUNT` of wall time has passed, so until then it is not read.
    const cpuClockFromMs = Math.min((budgetMs * threads) / CPU_COUNT, budgetMs * WALL_CLOCK_FACTOR);
    const inject = wasmFaultInjection.trapDuringParse?.(text) ?? false;
    let overBudget = false;
    let calls = 0;
    const progressCallback = () => {
        if (inject)
            triggerWasmTrap();
        // tree-sitter calls back very often; reading a clock each time cost a tenth of a slow parse.
        if (++calls % CLOCK_EVERY_CALLS !== 0)
            return false;
        const wallMs = performance.now() - wallStart;
        if (wallMs < cpuClockFromMs)
            return false;
        overBudget = (cpuMs() - cpuStart) / threads > budgetMs || wallMs > budgetMs * WALL_CLOCK_FACTOR;
        return overBudget;
    };
    let tree;
    try {
        tree = parser.parse(text, null, { progressCallback });
    }
    catch (e) {
        throw new TreeSitterCrash(e);
    }
    if (!tree) {
        if (overBudget)
            throw new ParseBudgetExceeded(budgetMs);
        throw new TreeSitterCrash(new Error('no tree returned'));
    }
    try {
        const copy = copyTree(tree);
        // tree-sitter's errors count as Python's only when our own parser agrees the file is invalid:
        // it gave up on a syntax error, or, having given up on a construct it does not mirror, its
        // lenient reading still finds one. Otherwise they may be tree-sitter gaps (DAG001 warns).
        const kind = fallbackKindFor(text);
        if (kind !== undefined) {
            const own = judgePython(text);
            if (copy.errors.length && own.verdict !== 'syntax')
                copy.errorsUnconfirmed = true;
            // The other way round: tree-sitter's error recovery accepts some invalid files (an
            // unexpected indent, `async = 1`); our parser's error then stands on its own.
            if (!copy.errors.length && own.verdict === 'syntax')
                copy.ownSyntaxError = { offset: own.at ?? 0, message: own.reason ?? 'invalid syntax' };
        }
        return copy;
    }
    catch (e) {
        throw new TreeSitterCrash(e);
    }
    finally {
        // After a trap in the copy, freeing may trap too; the crash above is the error to report.
        try {
            tree.delete();
        }
        catch {
            discardParser();
        }
    }
}
const tablesByLanguage = new WeakMap();
function tablesFor(tree) {
    const lang = tree.language;
    let t = tablesByLanguage.get(lang);
    if (!t) {
        const types = [];
        const named = [];
        for (let id = 0; id < lang.nodeTypeCount; id++) {
            types.push(lang.nodeTypeForId(id) ?? 'ERROR');
            named.push(lang.nodeTypeIsNamed(id));
        }
        const fields = [null];
        for (let id = 1; id <= lang.fieldCount; id++)
            fields.push(lang.fieldNameForId(id));
        t = { types, named, fields };
        tablesByLanguage.set(lang, t);
    }
    return t;
}
/** A cursor over `tree` whose state lives in the wasm transfer buffer (see TreeSitterModule). */
function rawCursor(tree) {
    const m = wasmModule;
    const js = tree.walk();
    const base = transferBuffer >> 2;
    for (let i = 0; i < 4; i++)
        m.HEAP32[base + i] = js[i];
    return { m, t: tree[0] };
}
/** MISSING nodes (often anonymous, like a `)`), collected in a second walk only when the tree has errors. */
function collectMissing(tree, types) {
    const missing = [];
    const { m, t } = rawCursor(tree);
    for (;;) {
        if (m._ts_tree_cursor_current_node_is_missing_wasm(t)) {
            const at = m._ts_tree_cursor_start_index_wasm(t);
            missing.push({ type: types[m._ts_tree_cursor_current_node_type_id_wasm(t)] ?? '?', field: null, start: at, end: at, children: [], parent: null, missing: true });
        }
        if (m._ts_tree_cursor_goto_first_child_wasm(t))
            continue;
        while (!m._ts_tree_cursor_goto_next_sibling_wasm(t)) {
            if (!m._ts_tree_cursor_goto_parent_wasm(t)) {
                m._ts_tree_cursor_delete_wasm(t);
                return missing;
            }
        }
    }
}
function copyTree(tree) {
    const { types, named: namedById, fields } = tablesFor(tree);
    const { m, t } = rawCursor(tree);
    const errors = [];
    const index = new Map();
    for (const type of INDEXED)
        index.set(type, []);
    const root = {
        type: types[m._ts_tree_cursor_current_node_type_id_wasm(t)] ?? 'module',
        field: null,
        start: m._ts_tree_cursor_start_index_wasm(t),
        end: m._ts_tree_cursor_end_index_wasm(t),
        children: [],
        parent: null,
    };
    const out = { root, errors, index, maxBracketDepth: 0, maxBracketOffset: 0, maxBlockDepth: 0, maxBlockOffset: 0, maxDepth: 0, maxDepthOffset: 0 };
    // Parallel stacks: the copied node for each cursor depth, its bracket and block depth.
    const stack = [root];
    const bracketDepth = [0];
    const blockDepth = [0];
    const finish = () => {
        m._ts_tree_cursor_delete_wasm(t);
        if (tree.rootNode.hasError) {
            out.errors.push(...collectMissing(tree, types));
            out.errors.sort((a, b) => a.start - b.start);
        }
        return out;
    };
    if (!m._ts_tree_cursor_goto_first_child_wasm(t))
        return finish();
    for (;;) {
        const parent = stack[stack.length - 1];
        const typeId = m._ts_tree_cursor_current_node_type_id_wasm(t);
        const type = types[typeId] ?? 'ERROR';
        const fieldId = m._ts_tree_cursor_current_field_id_wasm(t);
        const field = fieldId ? fields[fieldId] : null;
        let node;
        if ((namedById[typeId] && !OPAQUE.has(type)) || field !== null || type === 'ERROR') {
            node = { type, field, start: m._ts_tree_cursor_start_index_wasm(t), end: m._ts_tree_cursor_end_index_wasm(t), children: [], parent };
            if (type === 'ERROR')
                errors.push(node);
            parent.children.push(node);
            index.get(type)?.push(node);
        }
        if (node && m._ts_tree_cursor_goto_first_child_wasm(t)) {
            const brackets = bracketDepth[bracketDepth.length - 1] + (BRACKETED.has(type) ? 1 : 0);
            const blocks = blockDepth[blockDepth.length - 1] + (type === 'block' ? 1 : 0);
            if (brackets > out.maxBracketDepth) {
                out.maxBracketDepth = brackets;
                out.maxBracketOffset = node.start;
            }
            if (blocks > out.maxBlockDepth) {
                out.maxBlockDepth = blocks;
                out.maxBlockOffset = node.start;
            }
            stack.push(node);
            bracketDepth.push(brackets);
            blockDepth.push(blocks);
            if (stack.length > out.maxDepth) {
                out.maxDepth = stack.length;
                out.maxDepthOffset = node.start;
            }
            continue;
        }
        while (!m._ts_tree_cursor_goto_next_sibling_wasm(t)) {
            if (!m._ts_tree_cursor_goto_parent_wasm(t) || stack.length === 1)
                return finish();
            stack.pop();
            bracketDepth.pop();
            blockDepth.pop();
        }
    }
}

;// CONCATENATED MODULE: ./src/dags/context.js
/** Declares a lint-dags rule; `check` is always lint-dags and examples are Python. */
function defineRule(meta, impl) {
    // analyzeFile applies `# noqa` to per-file findings only; project-wide ones (checkProject) and the
    // engine's own DAG002 never pass through it.
    return { meta: { ...meta, check: 'lint-dags', exampleLanguage: 'python', noqa: impl.checkFile !== undefined }, ...impl };
}

;// CONCATENATED MODULE: ./src/dags/compat.js

/**
 * Whether `read` (a `context.get("…")` call) is one side of an `or` chain such as
 * `context.get("logical_date") or context.get("execution_date")`: code written to run on both
 * Airflow 2 and 3. On Airflow 3 `.get()` of a removed key returns None and the `or` takes the
 * other side, so the read is harmless (ruff stays quiet on such fallbacks too).
 */
function isOrFallback(read, src) {
    let n = read;
    // Through parentheses and `await` up to the boolean operator the read is an operand of.
    while (n.parent && (n.parent.type === 'parenthesized_expression' || n.parent.type === 'await'))
        n = n.parent;
    const parent = n.parent;
    if (parent?.type !== 'boolean_operator')
        return false;
    const op = childByField(parent, 'operator');
    return op !== undefined && src.of(op) === 'or';
}

;// CONCATENATED MODULE: ./src/dags/rules/airflow3-arguments.js






const byName = (list) => new Map(list.map((a) => [a.name, a]));
const DAG_ARGS = byName(REMOVED_DAG_ARGUMENTS);
const OPERATOR_ARGS = byName(REMOVED_OPERATOR_ARGUMENTS);
const CONTEXT_KEYS = byName(REMOVED_CONTEXT_KEYS);
const TRIGGER_RULES = byName(REMOVED_TRIGGER_RULES);
function replacementText(change) {
    if (!change.replacement)
        return change.note;
    return change.replacement.includes(' ') ? change.replacement : `Use \`${change.replacement}\` instead.`;
}
/**
 * The keys of a module-level dict literal a call unpacks (`dag_kwargs = {...}` … `DAG(**dag_kwargs)`):
 * key → the key's string node. Only when the name is bound once, at module level, to a dict literal,
 * and every other use of it is another `**` unpacking (no `.pop()`, `del`, item assignment that could
 * change the keys before the call).
 */
function splattedKeys(ctx, call) {
    const args = childByField(call, 'arguments');
    if (!args)
        return [];
    const out = [];
    for (const splat of args.children) {
        if (splat.type !== 'dictionary_splat')
            continue;
        const id = splat.children[0];
        if (id?.type !== 'identifier')
            continue;
        const dict = moduleDictLiteral(ctx, ctx.src.of(id));
        if (!dict)
            continue;
        for (const pair of dict.children) {
            if (pair.type !== 'pair')
                continue;
            const keyNode = childByField(pair, 'key');
            const key = keyNode ? stringValue(keyNode, ctx.src) : undefined;
            if (keyNode && key !== undefined)
                out.push([key, keyNode]);
        }
    }
    return out;
}
function moduleDictLiteral(ctx, name) {
    if (ctx.scopes.module.bindings.get(name)?.length !== 1)
        return undefined;
    for (const use of ctx.scopes.uses) {
        if (use.name !== name)
            continue;
        if (use.node.parent?.type !== 'dictionary_splat')
            return undefined;
        // A function or class that binds the same name reads its own, not the module's.
        for (let scope = use.scope; scope && scope !== ctx.scopes.module; scope = scope.parent)
            if (scope.bindings.has(name))
                return undefined;
    }
    for (const stmt of ctx.tree.root.children) {
        const assignment = stmt.type === 'expression_statement' ? stmt.children[0] : undefined;
        if (assignment?.type !== 'assignment')
            continue;
        const left = childByField(assignment, 'left');
        const right = childByField(assignment, 'right');
        if (left?.type === 'identifier' && ctx.src.of(left) === name)
            return right?.type === 'dictionary' ? right : undefined;
    }
    return undefined;
}
/**
 * `from airflow import dag` as Airflow 2 users wrote it: the import fails on Airflow 3, but the
 * arguments of `@dag(...)` are still worth naming so one pass fixes the whole decorator.
 */
const LEGACY_DAG_DECORATORS = new Set(['airflow.dag']);
/** An Airflow operator or sensor class by its qualified name (`…operators.bash.BashOperator`). */
const OPERATOR_CLASS = /^airflow\.(?:.+\.)?[A-Z]\w*(?:Operator|Sensor)$/;
/**
 * The calls of the file being linted (files are linted one after another). Not a module-level
 * WeakMap keyed by the file: its entries survive young-generation GCs (only a full GC drops them),
 * and the call nodes in each value hold the file's whole tree, so every file's tree was promoted to
 * the old generation: a 10,000-file run did 18 full GCs instead of 2 and peaked ~160 MB higher.
 */
let callsFile;
let callsOfFile = { dag: [], operator: [] };
/** Drops the cached calls (analyzeTree calls it when a file is done; see releaseFileCaches in analyze.ts). */
function forgetArgumentCalls() {
    callsFile = undefined;
    callsOfFile = { dag: [], operator: [] };
}
/**
 * Calls whose keyword arguments the DAG and operator tables apply to: the DAG model's (DAGs and tasks
 * it places in a DAG), and every other call of a DAG class, @dag decorator or Airflow operator class
 * anywhere in the file: bare `DAG(...)` expressions, operators built at module level or in a
 * never-called @dag function are just as broken on Airflow 3.
 */
function argumentCalls(ctx) {
    if (callsFile === ctx.scopes)
        return callsOfFile;
    const dag = new Set(ctx.model.dagCalls);
    const operator = new Set(ctx.model.taskCalls);
    for (const call of ctx.tree.index.get('call') ?? []) {
        if (dag.has(call) || operator.has(call))
            continue;
        const q = ctx.resolver.callee(call);
        if (!q)
            continue;
        if (DAG_CLASSES.has(q) || DAG_DECORATORS.has(q) || LEGACY_DAG_DECORATORS.has(q))
            dag.add(call);
        else if (OPERATOR_CLASS.test(q))
            operator.add(call);
    }
    callsFile = ctx.scopes;
    callsOfFile = { dag: [...dag], operator: [...operator] };
    return callsOfFile;
}
function reportRemovedKeywords(ctx, calls, table, what, acceptedOn31) {
    for (const call of calls) {
        for (const [name, nameNode] of callArguments(call, ctx.src).keywordNames) {
            const change = table.get(name);
            if (change && !!change.acceptedOn31 === acceptedOn31)
                ctx.report(nameNode, message(name, change, what, acceptedOn31), replacementText(change));
        }
        for (const [name, keyNode] of splattedKeys(ctx, call)) {
            const change = table.get(name);
            if (change && !!change.acceptedOn31 === acceptedOn31)
                ctx.report(keyNode, message(name, change, what, acceptedOn31, true), replacementText(change));
        }
    }
}
function message(name, change, what, acceptedOn31, unpacked = false) {
    const via = unpacked ? ` (a key of the dict unpacked into the ${what} call with **)` : '';
    if (acceptedOn31)
        return `\`${name}\`${via} is ignored by Airflow 3: 3.1 accepts the ${what} argument with a deprecation warning and never uses it.${change.note ? ' ' + change.note : ''}`;
    return `\`${name}\`${via} is no longer a ${what} argument in Airflow 3.${change.note && change.replacement ? ' ' + change.note : ''}`;
}
const removedDagArgument = defineRule({
    id: 'DAG102',
    name: 'airflow3-removed-dag-argument',
    severity: 'error',
    summary: 'Passes a DAG argument that Airflow 3 removed.',
    docs: {
        limits: 'It reads keyword arguments written at DAG(...)/@dag(...) calls and the keys of a module-level dict literal unpacked with `**` (bound once and used only in `**` unpackings). Arguments from a dict built in a function, changed after it is built, returned by a call, or passed through `default_args`, and DAG subclasses or factories from other modules, are not seen: it stays quiet.',
        what: `Reports DAG(...) and @dag(...) arguments removed in Airflow 3: ${REMOVED_DAG_ARGUMENTS.filter((a) => !a.acceptedOn31).map((a) => a.name).join(', ')}, on every DAG(...) call and @dag decorator in the file (in \`with\` blocks, assigned, bare expressions, never-called @dag functions), passed directly or as keys of a module-level dict literal unpacked into the call (\`DAG(**dag_kwargs)\`). Keys of default_args are not reported: Airflow 3.1 ignores unknown default_args keys. Cannot see dicts built at run time or changed before the call.`,
        why: 'The DAG constructor raises TypeError on unknown arguments, so the file fails to import on Airflow 3.',
        example: 'from airflow.sdk import DAG\n\nwith DAG("etl", schedule_interval="@daily", concurrency=4):\n    ...',
        fix: 'from airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily", max_active_tasks=4):\n    ...',
    },
}, { checkFile: (ctx) => reportRemovedKeywords(ctx, argumentCalls(ctx).dag, DAG_ARGS, 'DAG', false) });
const removedOperatorArgument = defineRule({
    id: 'DAG103',
    name: 'airflow3-removed-operator-argument',
    severity: 'error',
    summary: 'Passes an operator/@task argument that Airflow 3 removed.',
    docs: {
        limits: 'It reads keyword arguments written at operator calls the DAG model places in a DAG and at calls of Airflow operator/sensor classes resolved through this file\'s imports, plus keys of a module-level dict literal unpacked with `**`. Arguments passed through `default_args`, `**kwargs` built at run time, `functools.partial`, or helper functions that build the operator are not seen: it stays quiet.',
        what: `Reports operator and @task arguments removed in Airflow 3: ${REMOVED_OPERATOR_ARGUMENTS.filter((a) => !a.acceptedOn31).map((a) => a.name).join(', ')}, on tasks the DAG model places and on every other call of an Airflow operator or sensor class (module level, @dag functions), passed directly or through a module-level dict unpacked with **.`,
        why: 'BaseOperator rejects unknown arguments, so the DAG fails to import on Airflow 3.',
        example: 'from airflow.providers.standard.operators.python import PythonOperator\nfrom airflow.sdk import DAG\n\ndef load(): ...\n\nwith DAG("etl", schedule="@daily"):\n    PythonOperator(task_id="load", python_callable=load, provide_context=True, task_concurrency=2)',
        fix: 'from airflow.providers.standard.operators.python import PythonOperator\nfrom airflow.sdk import DAG\n\ndef load(): ...\n\nwith DAG("etl", schedule="@daily"):\n    PythonOperator(task_id="load", python_callable=load, max_active_tis_per_dag=2)',
    },
}, { checkFile: (ctx) => reportRemovedKeywords(ctx, argumentCalls(ctx).operator, OPERATOR_ARGS, 'operator', false) });
const ignoredArgument = defineRule({
    id: 'DAG203',
    name: 'airflow3-ignored-argument',
    severity: 'warning',
    summary: 'Passes an argument Airflow 3 accepts but ignores (sla, sla_miss_callback).',
    docs: {
        limits: 'It reads keyword arguments written at DAG and operator calls and the keys of a module-level dict literal unpacked with `**`. Arguments passed through `default_args`, a dict built in a function or changed after it is built, or `**kwargs` from a call are not seen: it stays quiet.',
        what: `Reports DAG and operator arguments Airflow 3.1 still accepts, with a deprecation warning, but never acts on: ${[...REMOVED_DAG_ARGUMENTS, ...REMOVED_OPERATOR_ARGUMENTS].filter((a) => a.acceptedOn31).map((a) => a.name).join(', ')} (SLAs were removed in Airflow 3), passed directly or through a module-level dict unpacked with **.`,
        why: 'The DAG loads, but the SLA callback is never called and the SLA never checked: an alerting path that silently stopped working.',
        example: 'from datetime import timedelta\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily", sla_miss_callback=page_oncall):\n    ...',
        fix: 'from datetime import timedelta\nfrom airflow.sdk import DAG\nfrom airflow.sdk.definitions.deadline import AsyncCallback, DeadlineAlert, DeadlineReference\n\nwith DAG(\n    "etl",\n    schedule="@daily",\n    deadline=DeadlineAlert(reference=DeadlineReference.DAGRUN_QUEUED_AT, interval=timedelta(hours=2), callback=AsyncCallback(page_oncall)),\n):\n    ...',
    },
}, {
    checkFile(ctx) {
        reportRemovedKeywords(ctx, argumentCalls(ctx).dag, DAG_ARGS, 'DAG', true);
        reportRemovedKeywords(ctx, argumentCalls(ctx).operator, OPERATOR_ARGS, 'operator', true);
    },
});
const CONTEXT_NAMES = new Set(['context', 'ctx', 'kwargs', 'kw', 'kwds']);
const WHITESPACE = /\s/;
const TEMPLATE_BLOCK = /\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}/g;
/** Offsets of every `{{` and `{%` in the text, ascending: a string holds a template only if one falls inside it. */
function templateOpenings(text) {
    const out = [];
    for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) {
        const next = text.charCodeAt(i + 1);
        if (next === 0x7b /* { */ || next === 0x25 /* % */)
            out.push(i);
    }
    return out;
}
/** Whether some opening p has start <= p <= end - 2 (the two characters lie inside [start, end)). */
function opensTemplateWithin(openings, start, end) {
    let lo = 0;
    let hi = openings.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (openings[mid] < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < openings.length && openings[lo] <= end - 2;
}
/** Names a Jinja expression reads at its root (not attributes): `execution_date` in `{{ execution_date.year }}`. */
function templateRootNames(template) {
    const out = [];
    for (const m of template.matchAll(TEMPLATE_BLOCK)) {
        const inner = m[1] ?? m[2] ?? '';
        const base = m.index + 2;
        // Drop string literals inside the template so 'execution_date' in quotes is not read as a name.
        const code = inner.replace(/'[^']*'|"[^"]*"/g, (s) => ' '.repeat(s.length));
        for (const w of code.matchAll(/[A-Za-z_]\w*/g)) {
            // An attribute when the last non-space character before it is a dot (scanned back, not sliced).
            let j = w.index - 1;
            while (j >= 0 && WHITESPACE.test(code[j]))
                j--;
            if (code[j] === '.')
                continue;
            out.push({ name: w[0], index: base + w.index });
        }
    }
    return out;
}
/**
 * Names that hold the task context: the usual parameter names, and variables assigned from
 * get_current_context() (`c = get_current_context()` … `c["execution_date"]`).
 */
function contextVariables(ctx) {
    // Callers only read the set: the shared one serves files that never call get_current_context.
    if (!ctx.src.text.includes('get_current_context'))
        return CONTEXT_NAMES;
    const names = new Set(CONTEXT_NAMES);
    for (const a of ctx.tree.index.get('assignment') ?? []) {
        const left = childByField(a, 'left');
        const right = childByField(a, 'right');
        if (left?.type !== 'identifier' || right?.type !== 'call')
            continue;
        const q = ctx.resolver.callee(right);
        if (q && q.startsWith('airflow.') && q.endsWith('.get_current_context'))
            names.add(ctx.src.of(left));
    }
    return names;
}
/** `context["key"]` or `context.get("key")` on a context variable: the key, else undefined. */
function contextKeyRead(ctx, node, contextNames) {
    if (!node)
        return undefined;
    let obj;
    let key;
    if (node.type === 'subscript') {
        obj = childByField(node, 'value');
        key = childByField(node, 'subscript');
    }
    else if (node.type === 'call') {
        const fn = childByField(node, 'function');
        if (fn?.type !== 'attribute' || !ctx.src.is(childByField(fn, 'attribute'), 'get'))
            return undefined;
        obj = childByField(fn, 'object');
        key = childByField(node, 'arguments')?.children[0];
    }
    if (obj?.type !== 'identifier' || !contextNames.has(ctx.src.of(obj)) || !key)
        return undefined;
    return stringValue(key, ctx.src);
}
/** One regex pass rather than two includes() calls (each a full scan of the text when neither is there). */
const CONTEXT_OBJECT_NAMES = /external_trigger|inlet_events/;
/**
 * Removed uses of objects taken from the context: `dag_run.external_trigger` (gone from DagRun in
 * Airflow 3: AttributeError) and `inlet_events["<uri>"]` (Airflow 3 keys inlet events by Asset
 * objects; a string key raises TypeError), read directly or through a variable assigned once from the
 * context.
 */
function reportContextObjects(ctx, contextNames) {
    // Most files use neither: skip the tree walk.
    if (!CONTEXT_OBJECT_NAMES.test(ctx.src.text))
        return;
    /** scope start + name → the context key the variable holds (null: assigned from different things). */
    const heldKey = new Map();
    const variable = (id) => `${ctx.resolver.scopeAt(id).node.start}:${ctx.src.of(id)}`;
    for (const a of ctx.tree.index.get('assignment') ?? []) {
        const left = childByField(a, 'left');
        if (left?.type !== 'identifier')
            continue;
        const name = variable(left);
        const key = contextKeyRead(ctx, childByField(a, 'right'), contextNames);
        // A name assigned twice from different things is not followed.
        heldKey.set(name, heldKey.has(name) && heldKey.get(name) !== key ? null : (key ?? null));
    }
    const keyOf = (node) => (node?.type === 'identifier' ? (heldKey.get(variable(node)) ?? undefined) : contextKeyRead(ctx, node, contextNames));
    for (const n of ctx.tree.index.get('attribute') ?? []) {
        const attr = childByField(n, 'attribute');
        if (!attr || !ctx.src.is(attr, 'external_trigger') || keyOf(childByField(n, 'object')) !== 'dag_run')
            continue;
        ctx.report(attr, '`dag_run.external_trigger` was removed in Airflow 3 (AttributeError when the task runs).', 'Use `dag_run.run_type == DagRunType.MANUAL` (from airflow.utils.types import DagRunType).');
    }
    const stringKeyOnInletEvents = (obj, key) => {
        if (!key || keyOf(obj) !== 'inlet_events' || stringValue(key, ctx.src) === undefined)
            return;
        ctx.report(key, 'Airflow 3 looks `inlet_events` up by Asset (or AssetAlias) object; a string key raises TypeError when the task runs.', 'Use `inlet_events[Asset("…")]` with the Asset the task declares in inlets.');
    };
    for (const n of ctx.tree.index.get('subscript') ?? [])
        stringKeyOnInletEvents(childByField(n, 'value'), childByField(n, 'subscript'));
    for (const n of ctx.tree.index.get('call') ?? []) {
        const fn = childByField(n, 'function');
        if (fn?.type !== 'attribute' || !ctx.src.is(childByField(fn, 'attribute'), 'get'))
            continue;
        stringKeyOnInletEvents(childByField(fn, 'object'), childByField(n, 'arguments')?.children[0]);
    }
}
/** `def execute(self, …)` in a class deriving from an Airflow class (BaseOperator, a provider operator). */
function isOperatorExecute(ctx, def) {
    const name = childByField(def, 'name');
    if (!name || !ctx.src.is(name, 'execute'))
        return false;
    const cls = def.parent?.parent;
    if (cls?.type !== 'class_definition')
        return false;
    const bases = childByField(cls, 'superclasses');
    return !!bases?.children.some((b) => (b.type === 'identifier' || b.type === 'attribute') && ctx.resolver.qualify(b)?.startsWith('airflow.'));
}
const removedContextKey = defineRule({
    id: 'DAG104',
    name: 'airflow3-removed-context-key',
    severity: 'error',
    summary: 'Reads a task-context key that Airflow 3 removed (execution_date, next_ds, …).',
    docs: {
        limits: 'It reads Jinja `{{ }}`/`{% %}` blocks in string literals, `["key"]` and `.get("key")` on variables named context, ctx, kwargs, kw or kwds or assigned from get_current_context(), and parameters of @task functions, python_callable functions and `execute` of Airflow operator subclasses. Keys built at run time (`context[key]`), the context under another name, and templates in files the operator loads (`.sql`, `.sh`) are not seen; a `.get()` that is an operand of `or` (a compatibility fallback) is not reported. The fix renames a task parameter (and its uses in the function) only to a key with the same meaning (execution_date → logical_date, safe without a default; prev_execution_date, next_execution_date: unsafe); keys without one (next_ds, yesterday_ds, …) keep their finding without a fix, and none is offered when the file passes the parameter by keyword or in op_kwargs, or a nested scope binds the old or new name. A caller in another module passing it by keyword is not seen.',
        what: `Reports removed context keys (${REMOVED_CONTEXT_KEYS.slice(0, 8).map((k) => k.name).join(', ')}, …) read as context["…"] / context.get("…") (also on a variable assigned from get_current_context()), as TaskFlow parameters or parameters of an operator's execute(), and in Jinja templates such as "{{ execution_date }}"; and removed uses of context objects: \`dag_run.external_trigger\`, and \`inlet_events["<uri>"]\` with a string key (Airflow 3 keys inlet events by Asset). Cannot see a context passed to helper functions under other names.`,
        why: 'On Airflow 3 the key is simply missing: templates render to an error and tasks fail with KeyError or a missing-argument TypeError at run time, long after the deploy looked fine.',
        example: 'BashOperator(task_id="export", bash_command="export.sh {{ execution_date | ds }}")\n\n@task\ndef report(**context):\n    day = context["next_ds"]',
        fix: 'BashOperator(task_id="export", bash_command="export.sh {{ logical_date | ds }}")\n\n@task\ndef report(**context):\n    day = context["data_interval_end"].to_date_string()',
    },
}, {
    checkFile(ctx) {
        const taskDefs = new Set([...ctx.model.taskFunctions.values()].map((t) => t.def));
        for (const dag of ctx.model.dags)
            for (const t of dag.tasks)
                if (t.callable)
                    taskDefs.add(t.callable);
        const idx = (t) => ctx.tree.index.get(t) ?? [];
        // The index holds each type's nodes; reports go out strings first, then subscripts, calls, functions.
        // Most strings hold no template: check the file's template openings rather than slice each string.
        const openings = templateOpenings(ctx.src.text);
        for (const n of openings.length ? idx('string') : []) {
            if (!opensTemplateWithin(openings, n.start, n.end))
                continue;
            const value = ctx.src.of(n);
            // A template naming no removed key as a whole word has nothing to report: not tokenized.
            if (!ANY_REMOVED_CONTEXT_KEY.test(value))
                continue;
            for (const { name, index } of templateRootNames(value)) {
                const change = CONTEXT_KEYS.get(name);
                if (change)
                    ctx.report({ start: n.start + index, end: n.start + index + name.length }, `Template reads \`${name}\`, which Airflow 3 removed from the context.`, replacementText(change));
            }
        }
        const contextNames = contextVariables(ctx);
        for (const n of idx('subscript')) {
            const obj = childByField(n, 'value');
            const key = childByField(n, 'subscript');
            if (!obj || !key || obj.type !== 'identifier' || !contextNames.has(ctx.src.of(obj)))
                continue;
            const k = stringValue(key, ctx.src);
            const change = k !== undefined ? CONTEXT_KEYS.get(k) : undefined;
            if (change)
                ctx.report(key, `Context key "${k}" was removed in Airflow 3.`, replacementText(change));
        }
        for (const n of idx('call')) {
            const fn = childByField(n, 'function');
            if (fn?.type !== 'attribute')
                continue;
            // `.get` first: most method calls are something else, and that check copies no text.
            if (!ctx.src.is(childByField(fn, 'attribute'), 'get'))
                continue;
            const obj = childByField(fn, 'object');
            if (!obj || obj.type !== 'identifier' || !contextNames.has(ctx.src.of(obj)))
                continue;
            const first = childByField(n, 'arguments')?.children[0];
            const k = first ? stringValue(first, ctx.src) : undefined;
            const change = k !== undefined ? CONTEXT_KEYS.get(k) : undefined;
            // `context.get("logical_date") or context.get("execution_date")`: on Airflow 3 the removed key's
            // .get() returns None and the other operand wins, so a compatibility fallback is harmless.
            if (change && first && !isOrFallback(n, ctx.src))
                ctx.report(first, `Context key "${k}" was removed in Airflow 3.`, replacementText(change));
        }
        for (const n of idx('function_definition')) {
            const execute = isOperatorExecute(ctx, n);
            if (!taskDefs.has(n) && !execute)
                continue;
            for (const p of childByField(n, 'parameters')?.children ?? []) {
                const id = p.type === 'identifier' ? p : childByField(p, 'name') ?? p.children.find((c) => c.type === 'identifier');
                if (!id || id.type !== 'identifier')
                    continue;
                const change = CONTEXT_KEYS.get(ctx.src.of(id));
                if (change && execute)
                    ctx.report(id, `\`execute()\` takes \`${ctx.src.of(id)}\`, a context key Airflow 3 removed: Airflow 3 calls execute(context) only, so the method gets the wrong arguments.`, 'Take `context` and read the value from it, e.g. `context["data_interval_end"]`.');
                else if (change)
                    ctx.report(id, `Task parameter \`${ctx.src.of(id)}\` asks for a context key Airflow 3 removed.`, replacementText(change));
            }
        }
        reportContextObjects(ctx, contextNames);
    },
});
const removedTriggerRule = defineRule({
    id: 'DAG105',
    name: 'airflow3-removed-trigger-rule',
    severity: 'error',
    summary: 'Uses a trigger rule Airflow 3 removed.',
    docs: {
        limits: 'It reads a string literal or `TriggerRule.MEMBER` given as trigger_rule= at operator calls, and any `TriggerRule.MEMBER` attribute of Airflow\'s TriggerRule. A trigger rule held in a variable, `default_args` or `**kwargs` is not seen: it stays quiet.',
        what: `Reports trigger_rule values removed in Airflow 3: ${REMOVED_TRIGGER_RULES.map((r) => r.name).join(', ')} (as strings or TriggerRule members), and the removed TriggerRule members read anywhere else.`,
        why: 'Airflow 3 rejects the unknown trigger rule when the DAG is imported.',
        example: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    EmptyOperator(task_id="join", trigger_rule="none_failed_or_skipped")',
        fix: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    EmptyOperator(task_id="join", trigger_rule="none_failed_min_one_success")',
    },
}, {
    checkFile(ctx) {
        const reported = new Set();
        for (const call of argumentCalls(ctx).operator) {
            const value = callArguments(call, ctx.src).keywords.get('trigger_rule');
            if (!value)
                continue;
            let rule = stringValue(value, ctx.src);
            if (rule === undefined && value.type === 'attribute')
                rule = ctx.src.of(childByField(value, 'attribute')).toLowerCase();
            const change = rule !== undefined ? TRIGGER_RULES.get(rule) : undefined;
            // A TriggerRule member is named as written (`TriggerRule.NONE_FAILED_OR_SKIPPED`), a string by its value.
            const written = value.type === 'attribute' ? `\`${ctx.src.of(value)}\` ("${rule}")` : `"${rule}"`;
            if (change) {
                reported.add(value);
                ctx.report(value, `Trigger rule ${written} was removed in Airflow 3.`, replacementText(change));
            }
        }
        // A removed member read anywhere else (`rule = TriggerRule.DUMMY`): AttributeError where it runs,
        // at import when that is module level.
        if (!ctx.src.text.includes('TriggerRule.'))
            return;
        for (const n of ctx.tree.index.get('attribute') ?? []) {
            const member = childByField(n, 'attribute');
            const change = member ? TRIGGER_RULES.get(ctx.src.of(member).toLowerCase()) : undefined;
            if (!change || reported.has(n) || !/^airflow\..*\bTriggerRule$/.test(ctx.resolver.qualify(childByField(n, 'object')) ?? ''))
                continue;
            ctx.report(n, `\`${ctx.src.of(n)}\` was removed from TriggerRule in Airflow 3 (AttributeError).`, replacementText(change));
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/airflow3-attributes.js




const ATTRIBUTE_NAMES = new Set(REMOVED_ATTRIBUTES.flatMap((c) => Object.keys(c.renames)));
/**
 * Text every old attribute name contains one of: a file without any is skipped in a few substring
 * scans instead of one per name (the test checks every name still contains one).
 */
const ATTRIBUTE_HINTS = ['dataset', 'get_conn', 'create_dagrun'];
/** Any hint, as one regex: one pass over the text is about twice as fast as three includes() calls. */
const ANY_ATTRIBUTE_HINT = new RegExp(ATTRIBUTE_HINTS.join('|'));
function changeFor(qualifiedClass, attribute) {
    return REMOVED_ATTRIBUTES.find((c) => attribute in c.renames && (c.classes instanceof RegExp ? c.classes.test(qualifiedClass) : c.classes.has(qualifiedClass)));
}
/**
 * The Airflow class an expression is an instance (or the class itself) of: `Cls(...)`, `Cls`, or a
 * variable whose last assignment before `at`, in the same scope, is `name = Cls(...)`.
 */
function classOf(ctx, node, assignments, at) {
    if (node.type === 'call')
        return ctx.resolver.callee(node);
    const q = ctx.resolver.qualify(node);
    if (q)
        return q;
    if (node.type !== 'identifier')
        return undefined;
    const name = ctx.src.of(node);
    const scope = ctx.resolver.scopeAt(at);
    let last;
    for (const a of assignments) {
        if (a.start >= at.start)
            break;
        const left = childByField(a, 'left');
        if (left?.type === 'identifier' && ctx.src.of(left) === name && ctx.resolver.scopeAt(a) === scope)
            last = a;
    }
    const right = last && childByField(last, 'right');
    return right?.type === 'call' ? ctx.resolver.callee(right) : undefined;
}
function checkAttributes(ctx) {
    // A cheap look for any old name first: most files have none.
    if (!ANY_ATTRIBUTE_HINT.test(ctx.src.text))
        return;
    const assignments = ctx.tree.index.get('assignment') ?? [];
    for (const n of ctx.tree.index.get('attribute') ?? []) {
        const attr = childByField(n, 'attribute');
        const obj = childByField(n, 'object');
        if (!attr || !obj || !ATTRIBUTE_NAMES.has(ctx.src.of(attr)))
            continue;
        const name = ctx.src.of(attr);
        const cls = classOf(ctx, obj, assignments, n);
        const change = cls && changeFor(cls, name);
        if (!change)
            continue;
        const replacement = change.renames[name];
        ctx.report(attr, `\`${name}\` was removed from ${cls.split('.').pop()} in Airflow 3 (AttributeError when this runs).${change.note ? ' ' + change.note : ''}`, replacement ? `Use \`${replacement}\` instead.` : undefined);
    }
}
function checkPlugins(ctx) {
    for (const cls of ctx.tree.index.get('class_definition') ?? []) {
        const bases = childByField(cls, 'superclasses');
        if (!bases?.children.some((b) => (b.type === 'identifier' || b.type === 'attribute') && ctx.resolver.qualify(b) === 'airflow.plugins_manager.AirflowPlugin'))
            continue;
        for (const stmt of childByField(cls, 'body')?.children ?? []) {
            const assignment = stmt.type === 'expression_statement' ? stmt.children[0] : undefined;
            const left = assignment?.type === 'assignment' ? childByField(assignment, 'left') : undefined;
            const fix = left?.type === 'identifier' ? REMOVED_PLUGIN_ATTRIBUTES[ctx.src.of(left)] : undefined;
            if (left && fix)
                ctx.report(left, `AirflowPlugin.\`${ctx.src.of(left)}\` is ignored by Airflow 3: plugins no longer register ${ctx.src.of(left)}.`, fix);
        }
    }
}
function checkCallArguments(ctx) {
    if (!REMOVED_CALL_ARGUMENTS.some((a) => ctx.src.text.includes(a.name)))
        return;
    for (const call of ctx.tree.index.get('call') ?? []) {
        const q = ctx.resolver.callee(call);
        if (!q)
            continue;
        for (const removed of REMOVED_CALL_ARGUMENTS) {
            if (!removed.callee.test(q))
                continue;
            const at = callArguments(call, ctx.src).keywordNames.get(removed.name);
            if (at)
                ctx.report(at, `\`${removed.name}\` is no longer an argument of ${removed.what} in Airflow 3 (TypeError when this runs).`, removed.replacement ? `Use \`${removed.replacement}\` instead.` : 'Delete the argument.');
        }
    }
}
const ASSET_CLASSES = new Set(['airflow.Dataset', 'airflow.datasets.Dataset', 'airflow.sdk.Asset', 'airflow.sdk.definitions.asset.Asset']);
const positional = (args) => (args?.children ?? []).filter((a) => a.type !== 'keyword_argument' && a.type !== 'dictionary_splat' && a.type !== 'comment');
/**
 * Calls and overrides whose signature changed in Airflow 3 (checked on 3.1.8):
 * - HookLineageCollector.create_asset(…) takes keyword arguments only (TypeError on positional ones);
 * - Asset/Dataset(name, uri, …): the second positional argument is now the uri, not the extra dict;
 * - BaseOperatorLink.get_link(self, operator, *, ti_key): an override taking `dttm` gets a TypeError.
 */
/** The names checkSignatures looks for before walking calls (the first three) and definitions (get_link). */
const SIGNATURE_CALL_WORDS = ['create_asset', 'Asset', 'Dataset'];
const SIGNATURE_DEF_WORD = 'get_link';
function checkSignatures(ctx, assignments) {
    const text = ctx.src.text;
    // The calls and overrides looked for are rare: skip the walks when their names are absent.
    if (SIGNATURE_CALL_WORDS.some((w) => text.includes(w)))
        checkSignatureCalls(ctx, assignments);
    if (text.includes(SIGNATURE_DEF_WORD))
        checkGetLinkOverrides(ctx);
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Every word a check of this rule needs in the text before it walks the tree, as one regex: most
 * files hold none of them, and one pass over the text costs about half the seven separate scans
 * (each check still makes its own exact test when this one finds something).
 */
const ANY_GATING_WORD = new RegExp([...ATTRIBUTE_HINTS, ...REMOVED_CALL_ARGUMENTS.map((a) => a.name), ...SIGNATURE_CALL_WORDS, SIGNATURE_DEF_WORD].map(escapeRegExp).join('|'));
function checkSignatureCalls(ctx, assignments) {
    for (const call of ctx.tree.index.get('call') ?? []) {
        const fn = childByField(call, 'function');
        const args = childByField(call, 'arguments');
        if (!fn || !args)
            continue;
        if (fn.type === 'attribute' && ctx.src.is(childByField(fn, 'attribute'), 'create_asset')) {
            const obj = childByField(fn, 'object');
            const first = positional(args)[0];
            if (first && classOf(ctx, obj, assignments(), call) === 'airflow.lineage.hook.HookLineageCollector')
                ctx.report(first, '`create_asset` takes keyword arguments only in Airflow 3 (TypeError when this runs).', 'Pass `uri=`, `name=`, `asset_extra=` … by keyword.');
            continue;
        }
        const q = fn.type === 'identifier' || fn.type === 'attribute' ? ctx.resolver.qualify(fn) : undefined;
        if (!q || !ASSET_CLASSES.has(q))
            continue;
        const second = positional(args)[1];
        if (second?.type === 'dictionary' || second?.type === 'dictionary_comprehension' || second?.type === 'identifier' || second?.type === 'call')
            ctx.report(fn, `\`${q.split('.').pop()}\` signature changed in Airflow 3: the second positional argument is the uri (it was the extra dict).`, 'Pass the extra dict by keyword: `extra={…}`.');
    }
}
function checkGetLinkOverrides(ctx) {
    for (const def of ctx.tree.index.get('function_definition') ?? []) {
        const name = childByField(def, 'name');
        if (!name || !ctx.src.is(name, 'get_link'))
            continue;
        const cls = def.parent?.parent;
        const bases = cls?.type === 'class_definition' ? childByField(cls, 'superclasses') : undefined;
        if (!bases?.children.some((b) => (b.type === 'identifier' || b.type === 'attribute') && /^airflow\..*BaseOperatorLink$/.test(ctx.resolver.qualify(b) ?? '')))
            continue;
        const params = childByField(def, 'parameters')?.children ?? [];
        const takes = (n) => params.some((p) => ctx.src.of(p.type === 'identifier' ? p : (childByField(p, 'name') ?? p.children.find((c) => c.type === 'identifier') ?? p)) === n);
        // Required parameters beyond (self, operator, ti_key) get no value either.
        const required = params.filter((p) => p.type === 'identifier').length;
        if (params.some((p) => p.type === 'dictionary_splat_pattern') || (takes('ti_key') && required <= 3))
            continue;
        ctx.report(name, '`get_link` signature changed in Airflow 3: it is called as get_link(operator, *, ti_key=…), so this override raises TypeError when the UI asks for the link.', 'Define `def get_link(self, operator, *, ti_key):`.');
    }
}
const removedAttribute = defineRule({
    id: 'DAG204',
    name: 'airflow3-removed-attribute',
    severity: 'warning',
    summary: 'Uses a method, attribute or argument Airflow 3 removed from an Airflow class (Dataset → Asset renames, secrets backends, AirflowPlugin.operators, …).',
    docs: {
        limits: 'It knows an object\'s class only from `Cls(...)`, `Cls` itself, or a variable whose last assignment in the same scope is `name = Cls(...)`; objects returned by functions (`get_hook()`), passed as parameters or stored on `self` are not followed, so it stays quiet there. Plugin attributes are checked only in classes that derive from AirflowPlugin directly.',
        what: 'Reports methods and attributes Airflow 3 removed or renamed on Airflow objects (Dataset.iter_datasets → iter_assets, DatasetManager, HookLineageCollector and ProvidersManager dataset methods, DAG.create_dagrun, secrets backends\' get_conn_uri/get_connections), AirflowPlugin class attributes Airflow 3 no longer reads (operators, sensors, hooks, executors), arguments removed from specific calls (airflow.sdk.Variable.get(default_var=), task log handlers\' filename_template=), and changed signatures: HookLineageCollector.create_asset() keyword-only, Asset/Dataset(name, uri, …) where the second positional argument used to be the extra dict, BaseOperatorLink.get_link(self, operator, *, ti_key) overrides. The object must be built in the file (`x = Dataset(...)` then `x.iter_datasets()`, in the same scope) or be the class itself; objects passed in from elsewhere are not followed.',
        why: 'The DAG file still imports, so nothing fails at deploy time: the AttributeError or TypeError comes when the task (or plugin) runs, and ignored plugin attributes silently register nothing.',
        example: 'from airflow.sdk import Asset\n\norders = Asset("s3://lake/orders")\nfor a in orders.iter_datasets():\n    ...',
        fix: 'from airflow.sdk import Asset\n\norders = Asset("s3://lake/orders")\nfor a in orders.iter_assets():\n    ...',
    },
}, {
    checkFile(ctx) {
        // Without any gating word only the plugin check can find something (it is not gated).
        const gated = ANY_GATING_WORD.test(ctx.src.text);
        if (gated)
            checkAttributes(ctx);
        checkPlugins(ctx);
        if (!gated)
            return;
        checkCallArguments(ctx);
        checkSignatures(ctx, () => ctx.tree.index.get('assignment') ?? []);
    },
});

;// CONCATENATED MODULE: ./src/dags/data/providers.js
/**
 * Names provider packages removed, keyed by the first provider version without them: the data
 * DAG101 reads to tell whether an import from `airflow.providers.*` fails with the provider versions
 * the image has (config `dags.provider-versions`, a requirements/constraints file, or the defaults in
 * src/core/versions.ts).
 *
 * How the table was built (2026-12): for each provider, the wheels on both sides of every major
 * version boundary users of Airflow 2 and 3 meet (postgres 4→5→6→7, mysql 4→5→6, http 3→4→5→6,
 * sqlite 3→4, common-sql 1→2, standard 0→1, amazon 3→…→9, google 6→…→12, cncf-kubernetes 3→…→10,
 * microsoft-azure 4→…→15) were downloaded from PyPI and the public classes of their operators,
 * sensors, hooks and transfers modules compared (a module, or a class, present in the last release
 * before the major and absent from the major). Providers remove names only in major releases, so
 * `removedIn` is that x.0.0. Every entry was then checked to be absent from the default version too
 * (no name came back, checked on the wheels' module-level names, re-exports and __getattr__ shims
 * included). Replacements were checked to exist in the newest wheel. The postgres, cncf-kubernetes and
 * microsoft-azure entries (23) were each written into a one-DAG file and loaded with the real DagBag of
 * Airflow 3.1.8 and 3.3.2 (providers postgres 7.1.1, cncf-kubernetes 10.25.0, microsoft-azure 15.2.1):
 * all 23 are import errors (18 ModuleNotFoundError, 5 ImportError), and every replacement imports there.
 */
const PROVIDER_REMOVALS = [
    { path: 'airflow.providers.amazon.aws.hooks.athena.AWSAthenaHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.athena.AthenaHook' },
    { path: 'airflow.providers.amazon.aws.hooks.aws_dynamodb', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.dynamodb.DynamoDBHook' },
    { path: 'airflow.providers.amazon.aws.hooks.base_aws.AwsBaseAsyncHook', provider: 'apache-airflow-providers-amazon', removedIn: '9.0.0' },
    { path: 'airflow.providers.amazon.aws.hooks.base_aws.BaseAsyncSessionFactory', provider: 'apache-airflow-providers-amazon', removedIn: '9.0.0' },
    { path: 'airflow.providers.amazon.aws.hooks.batch_client.AwsBatchClientHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.batch_client.BatchClientHook' },
    { path: 'airflow.providers.amazon.aws.hooks.batch_client.AwsBatchProtocol', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0' },
    { path: 'airflow.providers.amazon.aws.hooks.batch_waiters.AwsBatchWaitersHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.batch_waiters.BatchWaitersHook' },
    { path: 'airflow.providers.amazon.aws.hooks.cloud_formation.AWSCloudFormationHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.cloud_formation.CloudFormationHook' },
    { path: 'airflow.providers.amazon.aws.hooks.datasync.AWSDataSyncHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.datasync.DataSyncHook' },
    { path: 'airflow.providers.amazon.aws.hooks.dynamodb.AwsDynamoDBHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.dynamodb.DynamoDBHook' },
    { path: 'airflow.providers.amazon.aws.hooks.eks.EKSHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.eks.EksHook' },
    { path: 'airflow.providers.amazon.aws.hooks.emr_containers', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.emr.EmrContainerHook' },
    { path: 'airflow.providers.amazon.aws.hooks.glue.AwsGlueJobHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.glue.GlueJobHook' },
    { path: 'airflow.providers.amazon.aws.hooks.glue_catalog.AwsGlueCatalogHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.glue_catalog.GlueCatalogHook' },
    { path: 'airflow.providers.amazon.aws.hooks.glue_crawler.AwsGlueCrawlerHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.glue_crawler.GlueCrawlerHook' },
    { path: 'airflow.providers.amazon.aws.hooks.kinesis.AwsFirehoseHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.kinesis.FirehoseHook' },
    { path: 'airflow.providers.amazon.aws.hooks.lambda_function.AwsLambdaHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.lambda_function.LambdaHook' },
    { path: 'airflow.providers.amazon.aws.hooks.redshift', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.redshift_cluster.RedshiftHook', note: 'Split into hooks.redshift_cluster (RedshiftHook) and hooks.redshift_sql (RedshiftSQLHook).' },
    { path: 'airflow.providers.amazon.aws.hooks.redshift_cluster.RedshiftAsyncHook', provider: 'apache-airflow-providers-amazon', removedIn: '9.0.0' },
    { path: 'airflow.providers.amazon.aws.hooks.ses.SESHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.ses.SesHook' },
    { path: 'airflow.providers.amazon.aws.hooks.sns.AwsSnsHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.sns.SnsHook' },
    { path: 'airflow.providers.amazon.aws.hooks.sqs.SQSHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.sqs.SqsHook' },
    { path: 'airflow.providers.amazon.aws.operators.athena.AWSAthenaOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.athena.AthenaOperator' },
    { path: 'airflow.providers.amazon.aws.operators.aws_lambda', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '8.0.0', replacement: 'airflow.providers.amazon.aws.operators.lambda_function.LambdaInvokeFunctionOperator' },
    { path: 'airflow.providers.amazon.aws.operators.aws_lambda.AwsLambdaInvokeFunctionOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.lambda_function.LambdaInvokeFunctionOperator' },
    { path: 'airflow.providers.amazon.aws.operators.batch.AwsBatchOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.batch.BatchOperator' },
    { path: 'airflow.providers.amazon.aws.operators.datasync.AWSDataSyncOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.datasync.DataSyncOperator' },
    { path: 'airflow.providers.amazon.aws.operators.dms_create_task', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.dms' },
    { path: 'airflow.providers.amazon.aws.operators.dms_delete_task', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.dms' },
    { path: 'airflow.providers.amazon.aws.operators.dms_describe_tasks', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.dms' },
    { path: 'airflow.providers.amazon.aws.operators.dms_start_task', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.dms' },
    { path: 'airflow.providers.amazon.aws.operators.dms_stop_task', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.dms' },
    { path: 'airflow.providers.amazon.aws.operators.ec2_start_instance', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.ec2' },
    { path: 'airflow.providers.amazon.aws.operators.ec2_stop_instance', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.ec2' },
    { path: 'airflow.providers.amazon.aws.operators.ecs.ECSOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.ecs.EcsRunTaskOperator' },
    { path: 'airflow.providers.amazon.aws.operators.ecs.ECSProtocol', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0' },
    { path: 'airflow.providers.amazon.aws.operators.ecs.ECSTaskLogFetcher', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0' },
    { path: 'airflow.providers.amazon.aws.operators.ecs.EcsOperator', provider: 'apache-airflow-providers-amazon', removedIn: '8.0.0', replacement: 'airflow.providers.amazon.aws.operators.ecs.EcsRunTaskOperator' },
    { path: 'airflow.providers.amazon.aws.operators.ecs.EcsProtocol', provider: 'apache-airflow-providers-amazon', removedIn: '8.0.0' },
    { path: 'airflow.providers.amazon.aws.operators.ecs.EcsTaskLogFetcher', provider: 'apache-airflow-providers-amazon', removedIn: '8.0.0' },
    { path: 'airflow.providers.amazon.aws.operators.eks.EKSCreateClusterOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksCreateClusterOperator' },
    { path: 'airflow.providers.amazon.aws.operators.eks.EKSCreateFargateProfileOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksCreateFargateProfileOperator' },
    { path: 'airflow.providers.amazon.aws.operators.eks.EKSCreateNodegroupOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksCreateNodegroupOperator' },
    { path: 'airflow.providers.amazon.aws.operators.eks.EKSDeleteClusterOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksDeleteClusterOperator' },
    { path: 'airflow.providers.amazon.aws.operators.eks.EKSDeleteFargateProfileOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksDeleteFargateProfileOperator' },
    { path: 'airflow.providers.amazon.aws.operators.eks.EKSDeleteNodegroupOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksDeleteNodegroupOperator' },
    { path: 'airflow.providers.amazon.aws.operators.eks.EKSPodOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksPodOperator' },
    { path: 'airflow.providers.amazon.aws.operators.emr_add_steps', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.emr' },
    { path: 'airflow.providers.amazon.aws.operators.emr_containers', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.emr.EmrContainerOperator' },
    { path: 'airflow.providers.amazon.aws.operators.emr_create_job_flow', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.emr' },
    { path: 'airflow.providers.amazon.aws.operators.emr_modify_cluster', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.emr' },
    { path: 'airflow.providers.amazon.aws.operators.emr_terminate_job_flow', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.emr' },
    { path: 'airflow.providers.amazon.aws.operators.glue.AwsGlueJobOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.glue.GlueJobOperator' },
    { path: 'airflow.providers.amazon.aws.operators.glue_crawler.AwsGlueCrawlerOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.glue_crawler.GlueCrawlerOperator' },
    { path: 'airflow.providers.amazon.aws.operators.lambda_function.AwsLambdaInvokeFunctionOperator', provider: 'apache-airflow-providers-amazon', removedIn: '8.0.0', replacement: 'airflow.providers.amazon.aws.operators.lambda_function.LambdaInvokeFunctionOperator' },
    { path: 'airflow.providers.amazon.aws.operators.redshift', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.redshift_cluster', note: 'Split into operators.redshift_cluster and operators.redshift_sql.' },
    { path: 'airflow.providers.amazon.aws.operators.redshift_sql', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '8.0.0', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', note: 'Use SQLExecuteQueryOperator(conn_id=…) from apache-airflow-providers-common-sql.' },
    { path: 'airflow.providers.amazon.aws.operators.s3_bucket', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
    { path: 'airflow.providers.amazon.aws.operators.s3_bucket_tagging', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
    { path: 'airflow.providers.amazon.aws.operators.s3_copy_object', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
    { path: 'airflow.providers.amazon.aws.operators.s3_delete_objects', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
    { path: 'airflow.providers.amazon.aws.operators.s3_file_transform', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
    { path: 'airflow.providers.amazon.aws.operators.s3_list', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
    { path: 'airflow.providers.amazon.aws.operators.s3_list_prefixes', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
    { path: 'airflow.providers.amazon.aws.operators.sagemaker_base', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
    { path: 'airflow.providers.amazon.aws.operators.sagemaker_endpoint', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
    { path: 'airflow.providers.amazon.aws.operators.sagemaker_endpoint_config', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
    { path: 'airflow.providers.amazon.aws.operators.sagemaker_model', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
    { path: 'airflow.providers.amazon.aws.operators.sagemaker_processing', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
    { path: 'airflow.providers.amazon.aws.operators.sagemaker_training', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
    { path: 'airflow.providers.amazon.aws.operators.sagemaker_transform', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
    { path: 'airflow.providers.amazon.aws.operators.sagemaker_tuning', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
    { path: 'airflow.providers.amazon.aws.operators.sqs.SQSPublishOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sqs.SqsPublishOperator' },
    { path: 'airflow.providers.amazon.aws.operators.step_function_get_execution_output', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.step_function' },
    { path: 'airflow.providers.amazon.aws.operators.step_function_start_execution', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.step_function' },
    { path: 'airflow.providers.amazon.aws.sensors.dms_task', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.dms' },
    { path: 'airflow.providers.amazon.aws.sensors.ec2_instance_state', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.ec2' },
    { path: 'airflow.providers.amazon.aws.sensors.eks.EKSClusterStateSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.eks.EksClusterStateSensor' },
    { path: 'airflow.providers.amazon.aws.sensors.eks.EKSFargateProfileStateSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.eks.EksFargateProfileStateSensor' },
    { path: 'airflow.providers.amazon.aws.sensors.eks.EKSNodegroupStateSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.eks.EksNodegroupStateSensor' },
    { path: 'airflow.providers.amazon.aws.sensors.emr_base', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.emr' },
    { path: 'airflow.providers.amazon.aws.sensors.emr_containers', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.emr.EmrContainerSensor' },
    { path: 'airflow.providers.amazon.aws.sensors.emr_job_flow', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.emr' },
    { path: 'airflow.providers.amazon.aws.sensors.emr_step', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.emr' },
    { path: 'airflow.providers.amazon.aws.sensors.glue.AwsGlueJobSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.glue.GlueJobSensor' },
    { path: 'airflow.providers.amazon.aws.sensors.glue_catalog_partition.AwsGlueCatalogPartitionSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.glue_catalog_partition.GlueCatalogPartitionSensor' },
    { path: 'airflow.providers.amazon.aws.sensors.glue_crawler.AwsGlueCrawlerSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.glue_crawler.GlueCrawlerSensor' },
    { path: 'airflow.providers.amazon.aws.sensors.redshift', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.redshift_cluster.RedshiftClusterSensor' },
    { path: 'airflow.providers.amazon.aws.sensors.s3.S3KeySizeSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.s3.S3KeySensor', note: 'Pass the size test as check_fn=.' },
    { path: 'airflow.providers.amazon.aws.sensors.s3.S3PrefixSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.s3.S3KeySensor' },
    { path: 'airflow.providers.amazon.aws.sensors.s3_key', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.s3' },
    { path: 'airflow.providers.amazon.aws.sensors.s3_keys_unchanged', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.s3' },
    { path: 'airflow.providers.amazon.aws.sensors.s3_prefix', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.s3' },
    { path: 'airflow.providers.amazon.aws.sensors.sagemaker_base', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.sagemaker' },
    { path: 'airflow.providers.amazon.aws.sensors.sagemaker_endpoint', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.sagemaker' },
    { path: 'airflow.providers.amazon.aws.sensors.sagemaker_training', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.sagemaker' },
    { path: 'airflow.providers.amazon.aws.sensors.sagemaker_transform', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.sagemaker' },
    { path: 'airflow.providers.amazon.aws.sensors.sagemaker_tuning', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.sagemaker' },
    { path: 'airflow.providers.amazon.aws.sensors.sqs.SQSSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.sqs.SqsSensor' },
    { path: 'airflow.providers.amazon.aws.sensors.step_function_execution', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.step_function' },
    { path: 'airflow.providers.amazon.aws.transfers.mysql_to_s3', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.transfers.sql_to_s3.SqlToS3Operator' },
    { path: 'airflow.providers.cncf.kubernetes.operators.kubernetes_pod', matchPrefix: true, provider: 'apache-airflow-providers-cncf-kubernetes', removedIn: '10.0.0', replacement: 'airflow.providers.cncf.kubernetes.operators.pod.KubernetesPodOperator' },
    { path: 'airflow.providers.google.cloud.hooks.datapipeline', matchPrefix: true, provider: 'apache-airflow-providers-google', removedIn: '12.0.0', replacement: 'airflow.providers.google.cloud.hooks.dataflow.DataflowHook' },
    { path: 'airflow.providers.google.cloud.hooks.kubernetes_engine.AsyncGKEHook', provider: 'apache-airflow-providers-google', removedIn: '9.0.0' },
    { path: 'airflow.providers.google.cloud.hooks.kubernetes_engine.GKECustomResourceHook', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
    { path: 'airflow.providers.google.cloud.hooks.kubernetes_engine.GKEDeploymentHook', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
    { path: 'airflow.providers.google.cloud.hooks.kubernetes_engine.GKEJobHook', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
    { path: 'airflow.providers.google.cloud.hooks.kubernetes_engine.GKEPodAsyncHook', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
    { path: 'airflow.providers.google.cloud.hooks.kubernetes_engine.GKEPodHook', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
    { path: 'airflow.providers.google.cloud.hooks.secret_manager.SecretsManagerHook', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.hooks.secret_manager.GoogleCloudSecretManagerHook' },
    { path: 'airflow.providers.google.cloud.operators.bigquery.BigQueryConsoleIndexableLink', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
    { path: 'airflow.providers.google.cloud.operators.bigquery.BigQueryConsoleLink', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
    { path: 'airflow.providers.google.cloud.operators.bigquery.BigQueryExecuteQueryOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.bigquery.BigQueryInsertJobOperator' },
    { path: 'airflow.providers.google.cloud.operators.bigquery.BigQueryPatchDatasetOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.bigquery.BigQueryUpdateDatasetOperator' },
    { path: 'airflow.providers.google.cloud.operators.dataflow.DataflowCreateJavaJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.apache.beam.operators.beam.BeamRunJavaPipelineOperator', note: 'Moved to apache-airflow-providers-apache-beam.' },
    { path: 'airflow.providers.google.cloud.operators.dataflow.DataflowCreatePythonJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.apache.beam.operators.beam.BeamRunPythonPipelineOperator', note: 'Moved to apache-airflow-providers-apache-beam.' },
    { path: 'airflow.providers.google.cloud.operators.datapipeline', matchPrefix: true, provider: 'apache-airflow-providers-google', removedIn: '12.0.0', replacement: 'airflow.providers.google.cloud.operators.dataflow', note: 'Use DataflowCreatePipelineOperator / DataflowRunPipelineOperator.' },
    { path: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitHadoopJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitJobOperator' },
    { path: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitHiveJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitJobOperator' },
    { path: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitPigJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitJobOperator' },
    { path: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitPySparkJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitJobOperator' },
    { path: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitSparkJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitJobOperator' },
    { path: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitSparkSqlJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitJobOperator' },
    { path: 'airflow.providers.google.cloud.operators.vertex_ai.auto_ml.CreateAutoMLTextTrainingJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
    { path: 'airflow.providers.google.cloud.sensors.bigquery.BigQueryTableExistenceAsyncSensor', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.sensors.bigquery.BigQueryTableExistenceSensor', note: 'Pass deferrable=True.' },
    { path: 'airflow.providers.google.cloud.sensors.bigquery.BigQueryTableExistencePartitionAsyncSensor', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.sensors.bigquery.BigQueryTablePartitionExistenceSensor', note: 'Pass deferrable=True.' },
    { path: 'airflow.providers.google.cloud.sensors.cloud_composer.CloudComposerEnvironmentSensor', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
    { path: 'airflow.providers.google.cloud.sensors.gcs.GCSObjectExistenceAsyncSensor', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.sensors.gcs.GCSObjectExistenceSensor', note: 'Pass deferrable=True.' },
    { path: 'airflow.providers.google.cloud.sensors.gcs.GCSObjectsWtihPrefixExistenceSensor', provider: 'apache-airflow-providers-google', removedIn: '7.0.0', replacement: 'airflow.providers.google.cloud.sensors.gcs.GCSObjectsWithPrefixExistenceSensor' },
    { path: 'airflow.providers.google.marketing_platform.hooks.analytics', matchPrefix: true, provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
    { path: 'airflow.providers.google.marketing_platform.operators.analytics', matchPrefix: true, provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
    { path: 'airflow.providers.google.marketing_platform.operators.display_video.GoogleDisplayVideo360CreateReportOperator', provider: 'apache-airflow-providers-google', removedIn: '10.0.0' },
    { path: 'airflow.providers.google.marketing_platform.operators.display_video.GoogleDisplayVideo360DownloadReportOperator', provider: 'apache-airflow-providers-google', removedIn: '10.0.0' },
    { path: 'airflow.providers.google.marketing_platform.operators.display_video.GoogleDisplayVideo360RunReportOperator', provider: 'apache-airflow-providers-google', removedIn: '10.0.0' },
    { path: 'airflow.providers.google.marketing_platform.sensors.display_video.GoogleDisplayVideo360ReportSensor', provider: 'apache-airflow-providers-google', removedIn: '10.0.0' },
    { path: 'airflow.providers.http.operators.http.SimpleHttpOperator', provider: 'apache-airflow-providers-http', removedIn: '5.0.0', replacement: 'airflow.providers.http.operators.http.HttpOperator' },
    { path: 'airflow.providers.microsoft.azure.hooks.asb.MessageCallback', provider: 'apache-airflow-providers-microsoft-azure', removedIn: '11.0.0' },
    { path: 'airflow.providers.microsoft.azure.hooks.azure_batch', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.batch' },
    { path: 'airflow.providers.microsoft.azure.hooks.azure_container_instance', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.container_instance' },
    { path: 'airflow.providers.microsoft.azure.hooks.azure_container_registry', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.container_registry' },
    { path: 'airflow.providers.microsoft.azure.hooks.azure_container_volume', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.container_volume' },
    { path: 'airflow.providers.microsoft.azure.hooks.azure_cosmos', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.cosmos' },
    { path: 'airflow.providers.microsoft.azure.hooks.azure_data_factory', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.data_factory' },
    { path: 'airflow.providers.microsoft.azure.hooks.azure_data_lake', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.data_lake' },
    { path: 'airflow.providers.microsoft.azure.hooks.azure_fileshare', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.fileshare' },
    { path: 'airflow.providers.microsoft.azure.hooks.data_factory.PipelineRunInfo', provider: 'apache-airflow-providers-microsoft-azure', removedIn: '8.0.0' },
    { path: 'airflow.providers.microsoft.azure.operators.adls_delete', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.operators.adls.ADLSDeleteOperator' },
    { path: 'airflow.providers.microsoft.azure.operators.adls_list', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.operators.adls.ADLSListOperator' },
    { path: 'airflow.providers.microsoft.azure.operators.azure_batch', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.operators.batch' },
    { path: 'airflow.providers.microsoft.azure.operators.azure_container_instances', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.operators.container_instances' },
    { path: 'airflow.providers.microsoft.azure.operators.azure_cosmos', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.operators.cosmos' },
    { path: 'airflow.providers.microsoft.azure.sensors.azure_cosmos', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.sensors.cosmos' },
    { path: 'airflow.providers.microsoft.azure.sensors.data_factory.AzureDataFactoryPipelineRunStatusAsyncSensor', provider: 'apache-airflow-providers-microsoft-azure', removedIn: '7.0.0' },
    { path: 'airflow.providers.microsoft.azure.sensors.wasb.WasbBlobAsyncSensor', provider: 'apache-airflow-providers-microsoft-azure', removedIn: '12.0.0' },
    { path: 'airflow.providers.microsoft.azure.transfers.azure_blob_to_gcs', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '12.0.0', replacement: 'airflow.providers.google.cloud.transfers.azure_blob_to_gcs.AzureBlobStorageToGCSOperator', note: 'Moved to apache-airflow-providers-google.' },
    { path: 'airflow.providers.microsoft.azure.transfers.file_to_wasb', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.transfers.local_to_wasb.LocalFilesystemToWasbOperator' },
    { path: 'airflow.providers.microsoft.azure.transfers.local_to_adls.LocalToAzureDataLakeStorageOperator', provider: 'apache-airflow-providers-microsoft-azure', removedIn: '7.0.0', replacement: 'airflow.providers.microsoft.azure.transfers.local_to_adls.LocalFilesystemToADLSOperator' },
    { path: 'airflow.providers.mysql.operators', matchPrefix: true, provider: 'apache-airflow-providers-mysql', removedIn: '6.0.0', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', note: 'The mysql provider dropped its operators in 6.0.0; use SQLExecuteQueryOperator(conn_id=…) from apache-airflow-providers-common-sql (mysql_conn_id becomes conn_id).' },
    { path: 'airflow.providers.postgres.operators', matchPrefix: true, provider: 'apache-airflow-providers-postgres', removedIn: '6.0.0', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', note: 'The postgres provider dropped its operators in 6.0.0; use SQLExecuteQueryOperator(conn_id=…) from apache-airflow-providers-common-sql (postgres_conn_id becomes conn_id).' },
    { path: 'airflow.providers.sqlite.operators', matchPrefix: true, provider: 'apache-airflow-providers-sqlite', removedIn: '4.0.0', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', note: 'The sqlite provider dropped its operators in 4.0.0; use SQLExecuteQueryOperator(conn_id=…) from apache-airflow-providers-common-sql (sqlite_conn_id becomes conn_id).' },
];
const providers_EXACT = new Map(PROVIDER_REMOVALS.map((r) => [r.path, r]));
const providers_BY_PREFIX = new Map(PROVIDER_REMOVALS.filter((r) => r.matchPrefix).map((r) => [r.path, r]));
/** The most specific removal for a fully-qualified name (exact, else the longest module prefix). */
function findProviderRemoval(qualifiedName) {
    if (!qualifiedName.startsWith('airflow.providers.'))
        return undefined;
    const exact = providers_EXACT.get(qualifiedName);
    if (exact)
        return exact;
    for (let end = qualifiedName.lastIndexOf('.'); end > 0; end = qualifiedName.lastIndexOf('.', end - 1)) {
        const removal = providers_BY_PREFIX.get(qualifiedName.slice(0, end));
        if (removal)
            return removal;
    }
    return undefined;
}
/** Numeric comparison of dotted versions ('10.0.0' > '9.4.1'); a non-numeric tail (rc1) counts as 0. */
function compareVersions(a, b) {
    const pa = a.split('.').map((p) => parseInt(p, 10) || 0);
    const pb = b.split('.').map((p) => parseInt(p, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d)
            return d;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/core/versions.js
/**
 * Version facts and fix texts every check shares, so validate-values, verify-wasb-logs, migrate-kind
 * and lint-dags reason about the same Airflow version for the same values file and suggest the same
 * fix. Sources: each chart's Chart.yaml appVersion (= its values.yaml airflowVersion default).
 */
/** Chart version → the Airflow version it deploys by default (Chart.yaml appVersion). */
const CHART_AIRFLOW_VERSION = {
    '1.15.0': '2.9.3',
    '1.18.0': '3.0.2',
    '1.19.0': '3.1.7',
};
/** The chart the suite assumes when none is given: the one the users' values target. */
const DEFAULT_CHART_VERSION = '1.19.0';
/**
 * Provider versions lint-dags assumes the image has when neither `dags.provider-versions` nor a
 * requirements/constraints file names one: what an Airflow 3.1 image gets. The first group is
 * installed in the project's real Airflow 3.1.8 test venv (test/airflow/locks/3.1.txt, resolved by pip
 * with apache-airflow==3.1.8); the second group is not in that venv and is the newest release on PyPI
 * when the table was written (2026-12), every one of them installable with Airflow 3.1.8. Only
 * removals matter here, and every removal in src/dags/data/providers.ts happened in a major release
 * older than Airflow 3.0, so any version an Airflow 3.1 image pins lacks those names as well.
 */
const versions_DEFAULT_PROVIDER_VERSIONS = {
    'apache-airflow-providers-cncf-kubernetes': '10.25.0',
    'apache-airflow-providers-common-compat': '1.23.0',
    'apache-airflow-providers-common-io': '1.11.0',
    'apache-airflow-providers-common-sql': '2.4.0',
    'apache-airflow-providers-fab': '3.10.2',
    'apache-airflow-providers-microsoft-azure': '15.2.1',
    'apache-airflow-providers-postgres': '7.1.1',
    'apache-airflow-providers-smtp': '3.2.0',
    'apache-airflow-providers-standard': '1.21.0',
    // Not in the 3.1.8 venv: newest on PyPI (2026-12).
    'apache-airflow-providers-amazon': '9.39.0',
    'apache-airflow-providers-google': '22.8.0',
    'apache-airflow-providers-http': '6.3.0',
    'apache-airflow-providers-mysql': '6.7.1',
    'apache-airflow-providers-sqlite': '4.3.4',
};
/** The Airflow version assumed when neither the values nor the options name one: the default chart's. */
const DEFAULT_AIRFLOW_VERSION = CHART_AIRFLOW_VERSION[DEFAULT_CHART_VERSION];
const AIRFLOW_VERSION_RE = /^v?(\d+\.\d+(?:\.\d+)?)/;
/**
 * The Airflow version a values file pins: `airflowVersion`, else `defaultAirflowTag` when it is a
 * version (a tag like `latest` or a digest says nothing). This is what the chart itself uses.
 */
function airflowVersionFromValues(values) {
    for (const key of ['airflowVersion', 'defaultAirflowTag']) {
        const v = values[key];
        if (typeof v !== 'string' && typeof v !== 'number')
            continue;
        const m = AIRFLOW_VERSION_RE.exec(String(v).trim());
        if (m)
            return String(v).trim().replace(/^v/, '');
    }
    return undefined;
}
/** The Airflow version a chart deploys by default; the default chart's for a chart not in the table. */
function defaultAirflowVersionFor(chartVersion) {
    return (chartVersion && CHART_AIRFLOW_VERSION[chartVersion.replace(/^v/, '')]) || DEFAULT_AIRFLOW_VERSION;
}
/**
 * The plain remote_base_log_folder every fix suggests: it starts with "wasb" (which selects the
 * handler) and has no scheme, so every Airflow version uses it unchanged as the blob-name prefix.
 */
const PLAIN_WASB_BASE_FOLDER = 'wasb-airflow-logs';
/** The one fix text for a wasb:// URL (or a non-wasb value) in remote_base_log_folder. */
function wasbBaseFolderFix(container) {
    const where = container ? `config.azure_remote_logging.remote_wasb_log_container: ${container}` : '[azure_remote_logging] remote_wasb_log_container';
    return `Use a plain prefix: remote_base_log_folder: "${PLAIN_WASB_BASE_FOLDER}" (the "wasb" start selects the handler), and set the container in ${where}.`;
}

;// CONCATENATED MODULE: ./src/dags/rules/airflow3-imports.js




const isProviderChange = (c) => 'removedFrom' in c;
/**
 * The provider-table removal for an import, as an ImportChange, when the provider version the image
 * has (settings, else the Airflow 3.1 defaults) no longer has the name; an older pin keeps it quiet.
 */
function providerChange(qualified, versions) {
    const removal = findProviderRemoval(qualified);
    if (!removal)
        return undefined;
    const installed = versions[removal.provider];
    if (!installed || compareVersions(installed, removal.removedIn) < 0)
        return undefined;
    return {
        path: removal.matchPrefix && qualified !== removal.path ? qualified : removal.path,
        kind: 'removed',
        replacement: removal.replacement,
        provider: (removal.replacement && providerOf(removal.replacement)) || removal.provider,
        importFailsOn31: true,
        note: removal.note,
        removedFrom: { provider: removal.provider, removedIn: removal.removedIn, installed },
    };
}
/** Provider namespaces two segments deep: airflow.providers.common.sql → apache-airflow-providers-common-sql. */
const TWO_SEGMENT_NAMESPACES = new Set(['apache', 'atlassian', 'cncf', 'common', 'dbt', 'microsoft']);
/** The pip package a provider module lives in, from its dotted path. */
function providerOf(qualified) {
    const parts = qualified.split('.');
    if (parts[0] !== 'airflow' || parts[1] !== 'providers' || parts.length < 3)
        return undefined;
    const name = TWO_SEGMENT_NAMESPACES.has(parts[2]) && parts[3] ? `${parts[2]}-${parts[3]}` : parts[2];
    return `apache-airflow-providers-${name.replace(/_/g, '-')}`;
}
/** Broken imports: removed, or moved without a compatibility shim. */
function breaksOnAirflow3(change) {
    return change.kind === 'removed' || change.importFailsOn31;
}
function outcomeOf(change) {
    if (breaksOnAirflow3(change))
        return 'breaking';
    return change.kind === 'suggested' ? 'suggested' : 'deprecated';
}
/** Exception names whose handler catches a failed import (ModuleNotFoundError is an ImportError). */
const CATCHES_IMPORT_ERROR = /\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/;
/** Does this except clause catch a failed import? A bare `except:` does. */
function catchesImportError(clause, src) {
    const caught = clause.children.find((c) => c.type !== 'block');
    return !caught || CATCHES_IMPORT_ERROR.test(src.of(caught));
}
function hasImport(node) {
    if (node.type === 'import_statement' || node.type === 'import_from_statement')
        return true;
    return node.children.some(hasImport);
}
/**
 * Where an import sits relative to a `try` that catches ImportError:
 * - 'fallback': inside such a handler of a try whose body imports something (the classic
 *   `try: <new import> except ImportError: <old import>` compatibility shim). ruff's AIR rules stay
 *   quiet there; the old path only runs where the new one is missing.
 * - 'guarded': inside the try body: if the import fails, the handler takes over, so it is no import error.
 */
function importGuard(stmt, src) {
    for (let node = stmt; node.parent; node = node.parent) {
        const parent = node.parent;
        // A def's body runs later, outside any try around the definition.
        if (parent.type === 'function_definition' || parent.type === 'lambda')
            return undefined;
        if (parent.type === 'except_clause' && node.type === 'block') {
            const tryStmt = parent.parent;
            const body = tryStmt?.children.find((c) => c.field === 'body');
            if (catchesImportError(parent, src) && body && hasImport(body))
                return 'fallback';
        }
        else if (parent.type === 'try_statement' && node.field === 'body') {
            if (parent.children.some((c) => c.type === 'except_clause' && catchesImportError(c, src)))
                return 'guarded';
        }
    }
    return undefined;
}
/** The hits of the file being linted only: a WeakMap keyed by the file kept every file's tree alive until a full GC (see argumentCalls in airflow3-arguments.ts). */
let hitsFile;
let hitsOfFile;
/** Drops the cached hits (analyzeTree calls it when a file is done; see releaseFileCaches in analyze.ts). */
function forgetImportHits() {
    hitsFile = undefined;
    hitsOfFile = undefined;
}
function importHits(ctx, outcome) {
    if (hitsFile !== ctx.scopes || !hitsOfFile) {
        hitsFile = ctx.scopes;
        hitsOfFile = collectImportHits(ctx);
    }
    return hitsOfFile[outcome];
}
function collectImportHits(ctx) {
    const byOutcome = { breaking: new Map(), deprecated: new Map(), suggested: new Map() };
    const add = (node, change) => {
        const byNode = byOutcome[outcomeOf(change)];
        let hit = byNode.get(node);
        if (!hit)
            byNode.set(node, (hit = { node, changes: [] }));
        if (!hit.changes.includes(change))
            hit.changes.push(change);
    };
    const cleanImports = new Set();
    const guards = new Map();
    const versions = ctx.settings.providerVersions ?? versions_DEFAULT_PROVIDER_VERSIONS;
    for (const imp of ctx.scopes.imports) {
        const change = findImportChange(imp.qualified) ?? providerChange(imp.qualified, versions);
        if (!change) {
            cleanImports.add(imp.local.split('.')[0]);
            continue;
        }
        let guard = guards.get(imp.statement);
        if (guard === undefined && !guards.has(imp.statement))
            guards.set(imp.statement, (guard = importGuard(imp.statement, ctx.src)));
        if (guard === 'fallback')
            continue;
        if (guard === 'guarded' && breaksOnAirflow3(change))
            continue;
        add(imp.statement, change);
    }
    if (cleanImports.size) {
        for (const use of ctx.scopes.uses) {
            // Only the head of an attribute chain can reach a moved name (checked before hashing the name).
            const parent = use.node.parent;
            if (parent?.type !== 'attribute' || parent.children[0] !== use.node || !cleanImports.has(use.name))
                continue;
            let chain = parent;
            while (chain.parent?.type === 'attribute' && chain.parent.children[0] === chain)
                chain = chain.parent;
            const qualified = ctx.resolver.qualify(chain);
            const change = qualified ? findImportChange(qualified) : undefined;
            if (change)
                add(chain, change);
        }
    }
    return { breaking: [...byOutcome.breaking.values()], deprecated: [...byOutcome.deprecated.values()], suggested: [...byOutcome.suggested.values()] };
}
/** What the autofix does not rewrite among whole-module imports (said by each import rule). */
const MODULE_IMPORT_FIX_LIMITS = 'The fix rewrites `import airflow.x.y` / `import airflow.x.y as m` and chains such as `airflow.x.y.Name` to the new module path; it offers none when a use of an aliased module is not `m.name` (the module passed around, or a name that moved elsewhere than the module), when a chain reaches a name without a drop-in replacement, or when the file rebinds the imported head name (a chain might then mean something else).';
const isQualifiedName = (s) => s !== undefined && /^[\w.]+$/.test(s);
/** The one check behind DAG101, DAG201 and DAG202: report the imports whose outcome on Airflow 3 is `outcome`. */
function reportImports(outcome) {
    return (ctx) => {
        for (const hit of importHits(ctx, outcome)) {
            const { message, fix } = describe(hit);
            ctx.report(hit.node, message, fix);
        }
    };
}
function describe(hit) {
    const { changes } = hit;
    const what = changes.map((c) => `\`${c.path}\``).join(', ');
    const plural = changes.length > 1;
    const notes = [...new Set(changes.map((c) => c.note).filter(Boolean))].join(' ');
    const providers = [...new Set(changes.map((c) => c.provider).filter(Boolean))].join(', ');
    let message;
    if (changes.every(isProviderChange)) {
        const { provider, removedIn, installed } = changes[0].removedFrom;
        message = `${what} ${plural ? 'were' : 'was'} removed from ${provider} in ${removedIn}; the image has ${installed} (dags.provider-versions, requirements.txt, or the Airflow 3.1 default), so importing ${plural ? 'them' : 'it'} fails.`;
    }
    else if (changes.every((c) => c.kind === 'removed'))
        message = `${what} ${plural ? 'were' : 'was'} removed in Airflow 3; importing ${plural ? 'them' : 'it'} fails.`;
    else if (changes.every((c) => c.kind === 'moved-to-provider'))
        message = `${what} moved to ${providers || 'a provider package'} in Airflow 3${changes.some((c) => c.importFailsOn31) ? '; the old path no longer imports' : ''}.`;
    else if (changes.every((c) => c.kind === 'suggested'))
        message = `${what} still ${plural ? 'import' : 'imports'} on Airflow 3.1 without a deprecation warning (a suggested update, nothing breaks).`;
    else
        message = `${what} ${plural ? 'are' : 'is'} deprecated in Airflow 3.`;
    if (notes)
        message += ' ' + notes;
    // One import line when every replacement is a plain qualified name.
    const replacements = changes.map((c) => c.replacement);
    let fix;
    if (replacements.every(isQualifiedName)) {
        const modules = new Set(replacements.map((r) => r.split('.').slice(0, -1).join('.')));
        fix = modules.size === 1
            ? `Use \`from ${[...modules][0]} import ${replacements.map((r) => r.split('.').pop()).join(', ')}\`${providers ? ` (${providers})` : ''}.`
            : `Use ${replacements.map((r) => `\`${r}\``).join(', ')}.`;
    }
    else
        fix = replacements.filter(Boolean).join(' ') || undefined;
    return { message, fix };
}
const removedInAirflow3 = defineRule({
    id: 'DAG101',
    name: 'airflow3-removed-import',
    severity: 'error',
    summary: 'Imports a name that no longer exists in Airflow 3.',
    docs: {
        limits: 'It sees `import` and `from … import` statements of this file and attribute chains on a clean import (`airflow.utils.dates.days_ago`); `importlib.import_module(...)`, `__import__`, and names re-exported through your own helper modules are not followed, so it stays quiet there. An import inside a `try` whose `except` catches ImportError is not reported, and provider removals depend on the provider versions it is told (dags.provider-versions, requirements files, else the Airflow 3.1 defaults). ' + MODULE_IMPORT_FIX_LIMITS,
        what: 'Reports imports of modules and names removed in Airflow 3 (airflow.utils.dates.days_ago, airflow.operators.dummy, airflow.contrib.*, SubDAGs, apply_defaults, Airflow 1 package imports such as `from airflow.operators import BashOperator`, …) of names moved to providers without a compatibility path, and of names a provider package removed (PostgresOperator, MySqlOperator, SimpleHttpOperator, cncf.kubernetes.operators.kubernetes_pod, old amazon/google/azure modules; keyed by the provider version that removed them) when the image\'s provider version lacks them (dags.provider-versions, requirements.txt/constraints.txt pins, else the Airflow 3.1 defaults), with the replacement. Stays quiet on an import inside `try:` whose handler catches ImportError, and on the fallback import in such a handler (`try: <new import> except ImportError: <old import>`), as ruff does. Cannot see imports built at run time (importlib, __import__).',
        why: 'The import raises ImportError when Airflow 3 parses the file: every DAG in it disappears (an import error in the UI).',
        example: 'from airflow.utils.dates import days_ago\n\n@dag(schedule="0 6 * * *", start_date=days_ago(1))\ndef detect_and_retrain(): ...',
        fix: 'import pendulum\n\n@dag(schedule="0 6 * * *", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef detect_and_retrain(): ...',
    },
}, { checkFile: reportImports('breaking') });
const deprecatedInAirflow3 = defineRule({
    id: 'DAG201',
    name: 'airflow3-deprecated-import',
    severity: 'warning',
    summary: 'Imports a name Airflow 3 moved (airflow.sdk, the standard provider); the old path is deprecated.',
    docs: {
        limits: 'It sees `import` and `from … import` statements of this file and attribute chains on a clean import; `importlib.import_module(...)`, `__import__` and names re-exported through your own modules are not followed, so it stays quiet there. The fallback branch of `try: <new import> except ImportError: <old import>` is not reported. ' + MODULE_IMPORT_FIX_LIMITS,
        what: 'Reports imports that still work on Airflow 3 through a deprecation shim that warns on import (checked on 3.1.8): airflow.decorators → airflow.sdk, airflow.models.dag.DAG → airflow.sdk.DAG, Dataset → Asset, core operators → airflow.providers.standard. Names 3.1 imports without any warning (airflow.DAG, airflow.models.DAG, Variable, Param, …) are DAG202 notes instead; the fallback import of a `try/except ImportError` shim is not reported.',
        why: 'The shims emit deprecation warnings on every parse and are scheduled for removal; moving now avoids the next breaking upgrade.',
        example: 'from airflow.decorators import dag, task',
        fix: 'from airflow.sdk import dag, task',
    },
}, { checkFile: reportImports('deprecated') });
const suggestedAirflow3Update = defineRule({
    id: 'DAG202',
    name: 'airflow3-suggested-update',
    severity: 'note',
    summary: 'Imports a name that still works on Airflow 3.1 without a warning but has a Task SDK home (airflow.DAG, airflow.models.Variable, Param, …).',
    docs: {
        limits: 'It sees `import` and `from … import` statements of this file and attribute chains on a clean import; `importlib.import_module(...)`, `__import__` and names re-exported through your own modules are not followed, so it stays quiet there. The fallback branch of `try: <new import> except ImportError: <old import>` is not reported. ' + MODULE_IMPORT_FIX_LIMITS,
        what: 'Reports imports Airflow 3.1 still accepts silently (no DeprecationWarning, checked on 3.1.8) that have a new home in airflow.sdk: airflow.DAG and airflow.models.DAG → airflow.sdk.DAG, airflow.models.Variable/Param/Connection/BaseOperator → airflow.sdk, like ruff\'s AIR311 "suggested update". A note by default, so it never fails a check (fail-on: error or warning); raise it with `rules: {DAG202: warning}` or silence it with `DAG202: off`.',
        why: 'Nothing breaks today; the Task SDK (airflow.sdk) is the stable public interface for DAG authors in Airflow 3, while airflow.models is the scheduler\'s internals and may change without notice.',
        example: 'from airflow import DAG\nfrom airflow.models import Variable',
        fix: 'from airflow.sdk import DAG, Variable',
    },
}, { checkFile: reportImports('suggested') });

;// CONCATENATED MODULE: ./src/dags/rules/branch-target.js


/** String literals a branch callable can return, with the node that returns each. */
function returnedTaskIds(def, src) {
    const out = [];
    const collect = (expr) => {
        if (!expr)
            return;
        const s = stringValue(expr, src);
        if (s !== undefined)
            out.push({ id: s, node: expr });
        else if (['list', 'tuple', 'expression_list', 'parenthesized_expression', 'set'].includes(expr.type))
            expr.children.forEach(collect);
        else if (expr.type === 'conditional_expression')
            expr.children.forEach(collect);
    };
    const body = childByField(def, 'body');
    const stack = body ? [body] : [];
    while (stack.length) {
        const n = stack.pop();
        if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition')
            continue;
        if (n.type === 'return_statement')
            n.children.forEach(collect);
        else
            stack.push(...n.children);
    }
    return out;
}
const branchTargetNotDownstream = defineRule({
    id: 'DAG405',
    name: 'unknown-branch-target',
    severity: 'error',
    summary: 'A branch returns a task_id that is neither a task nor a TaskGroup of its DAG.',
    docs: {
        limits: 'It checks string literals a branch callable returns directly (also in lists, tuples and conditional expressions). It stays quiet for a DAG that is dynamic (tasks from loops, factories or run-time ids) or incomplete (calls it does not follow, such as an imported @task or a helper, are used where tasks go), and for return values built at run time.',
        what: 'For @task.branch functions and BranchPythonOperator callables, checks every task_id literal they return against the DAG: its task_ids (TaskGroup prefixes and `__N` suffixes included) and its TaskGroup ids, which Airflow expands to the group\'s root tasks. A target further downstream, or elsewhere in the DAG, is accepted, as Airflow 3.1 accepts it. Not checked: DAGs whose tasks the linter cannot all see (tasks built in loops, f-string ids, tasks made by imported or helper functions) and ids the callable computes.',
        why: 'Airflow fails the branch task when it runs ("\'branch_task_ids\' must contain only valid task_ids"), so the path you meant to take never runs — and nothing warned at deploy time.',
        example: 'import pendulum\nfrom airflow.sdk import dag, task\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef drift():\n    @task\n    def score() -> float:\n        return 0.2\n\n    @task\n    def submit_rayjob(): ...\n\n    @task\n    def skip(): ...\n    @task.branch\n    def gate(score: float) -> str:\n        return "retrain" if score > 0.15 else "skip"\n\n    gate(score()) >> [submit_rayjob(), skip()]\n\ndrift()',
        fix: 'import pendulum\nfrom airflow.sdk import dag, task\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef drift():\n    @task\n    def score() -> float:\n        return 0.2\n\n    @task\n    def submit_rayjob(): ...\n\n    @task\n    def skip(): ...\n    @task.branch\n    def gate(score: float) -> str:\n        return "submit_rayjob" if score > 0.15 else "skip"\n\n    gate(score()) >> [submit_rayjob(), skip()]\n\ndrift()',
    },
}, {
    checkFile(ctx) {
        for (const dag of ctx.model.dags) {
            // Only a DAG whose every task the model sees can prove an id missing.
            if (dag.dynamic || dag.incomplete || dag.tasks.some((t) => t.taskId === undefined))
                continue;
            const known = new Set(dag.groupIds);
            for (const t of dag.tasks)
                known.add(t.taskId);
            for (const task of dag.tasks) {
                if (!task.branch || !task.callable)
                    continue;
                for (const r of returnedTaskIds(task.callable, ctx.src)) {
                    if (known.has(r.id))
                        continue;
                    ctx.report(r.node, `Branch "${task.taskId ?? task.callee}" returns "${r.id}", which is neither a task_id nor a TaskGroup id of DAG "${dag.dagId ?? '?'}": the branch task fails when it runs.`, `Return an existing task_id (with its TaskGroup prefix, e.g. "group.task") or TaskGroup id.`);
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/dag-never-registered.js


const dagNeverRegistered = defineRule({
    id: 'DAG406',
    name: 'dag-never-registered',
    severity: 'error',
    summary: 'A @dag function is never called, so no DAG is created.',
    docs: {
        limits: 'It checks @dag functions defined in this file and counts one as registered when the file calls it by its own name anywhere (`my_dag()`). A function called only through another name (`f = my_dag; f()`), with getattr, or from another module is reported although it may register.',
        what: 'Reports functions decorated with @dag that the file never calls.',
        why: 'The decorator only builds a factory; the DAG exists once the function is called at module level. Without the call the file imports cleanly and the DAG silently never appears.',
        example: 'import pendulum\nfrom airflow.sdk import dag\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef nightly():\n    ...',
        fix: 'import pendulum\nfrom airflow.sdk import dag\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef nightly():\n    ...\n\nnightly()',
    },
}, {
    checkFile(ctx) {
        for (const dag of ctx.model.dags) {
            if (dag.kind !== 'decorator' || dag.registered || !dag.function)
                continue;
            const name = childByField(dag.function, 'name');
            const fn = ctx.src.of(name);
            ctx.report(name, `@dag function \`${fn}\` is never called, so DAG "${dag.dagId ?? fn}" is never registered.`, `Call \`${fn}()\` at module level.`);
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/dag-id-redefined.js

const dagIdRedefinedInFile = defineRule({
    id: 'DAG411',
    name: 'dag-id-redefined-in-file',
    severity: 'warning',
    summary: 'One file defines two DAGs with the same dag_id: Airflow silently keeps only one of them.',
    docs: {
        limits: 'It compares dag_ids written as string literals of registered DAGs in one file; DAGs built in loops or factories (dynamic) and ids from f-strings or variables are not compared: it stays quiet.',
        what: 'Reports each DAG of a file whose statically known dag_id an earlier DAG of the same file already uses (DAGs built in loops or factories are not checked).',
        why: 'Airflow 3.1 loads the file without any error or warning and keeps only one DAG with that id (it collects the file\'s DAGs in a set, so which one is not defined): the other, and its tasks, silently never exist. Usually a copy-paste left the old id in place.',
        example: 'import pendulum\nfrom airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nSTART = pendulum.datetime(2025, 1, 1, tz="UTC")\n\nwith DAG("export", schedule="@daily", start_date=START):\n    EmptyOperator(task_id="export_orders")\n\nwith DAG("export", schedule="@daily", start_date=START):\n    EmptyOperator(task_id="export_customers")',
        fix: 'import pendulum\nfrom airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nSTART = pendulum.datetime(2025, 1, 1, tz="UTC")\n\nwith DAG("export_orders", schedule="@daily", start_date=START):\n    EmptyOperator(task_id="export_orders")\n\nwith DAG("export_customers", schedule="@daily", start_date=START):\n    EmptyOperator(task_id="export_customers")',
    },
}, {
    checkFile(ctx) {
        const dags = ctx.model.dags.filter((d) => d.dagId !== undefined && d.registered && !d.dynamic);
        dags.sort((a, b) => a.idNode.start - b.idNode.start);
        const firstLine = new Map();
        for (const dag of dags) {
            const line = firstLine.get(dag.dagId);
            if (line === undefined) {
                firstLine.set(dag.dagId, ctx.src.position(dag.idNode.start).line);
                continue;
            }
            ctx.report(dag.idNode, `dag_id "${dag.dagId}" is already defined at line ${line} of this file: Airflow loads only one of these DAGs (which one is not defined) and silently drops the other.`, 'Give each DAG in the file its own dag_id, or delete the one that is not meant to run.');
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/module-exit.js


/** Calls that end the interpreter (SystemExit) when the file is imported. */
const EXIT_CALLS = new Set(['sys.exit', 'exit', 'quit', 'os._exit']);
const moduleLevelExit = defineRule({
    id: 'DAG413',
    name: 'module-level-exit',
    severity: 'error',
    summary: 'The file raises or exits unconditionally when imported.',
    docs: {
        limits: 'It looks at statements that run at import: module level and the bodies of module-level `with` blocks. A `raise` or sys.exit() inside if/try blocks, loops, or functions called at import is not reported, and an exit reached through your own helper module is not seen.',
        what: 'Reports a `raise` statement or a sys.exit()/exit()/quit()/os._exit() call that runs every time the file is imported: at module level or in a module-level `with` block, outside any if/try/function.',
        why: 'Airflow imports the file to find its DAGs; the exception (SystemExit included) becomes an import error and no DAG of the file is loaded.',
        example: 'import sys\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...\n\nsys.exit(0)',
        fix: 'import sys\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...\n\nif __name__ == "__main__":\n    sys.exit(0)',
    },
}, {
    checkFile(ctx) {
        const visit = (stmts) => {
            for (const stmt of stmts) {
                if (stmt.type === 'raise_statement') {
                    ctx.report(stmt, 'This `raise` runs whenever the file is imported: Airflow records an import error and loads no DAG from the file.', 'Raise inside a function or task, or behind a condition.');
                }
                else if (stmt.type === 'expression_statement' && stmt.children[0]?.type === 'call') {
                    const call = stmt.children[0];
                    const fn = childByField(call, 'function');
                    const q = fn ? (ctx.resolver.qualify(fn) ?? ctx.src.of(fn)) : undefined;
                    // A bare exit/quit is the builtin unless the file binds that name itself.
                    const shadowed = q === ctx.src.of(fn) && ctx.scopes.module.bindings.has(q);
                    if (q && EXIT_CALLS.has(q) && !shadowed) {
                        ctx.report(call, `\`${ctx.src.of(fn)}()\` runs whenever the file is imported: Airflow records an import error and loads no DAG from the file.`, 'Call it only under `if __name__ == "__main__":`.');
                    }
                }
                else if (stmt.type === 'with_statement') {
                    const body = childByField(stmt, 'body');
                    if (body)
                        visit(body.children);
                }
            }
        };
        visit(ctx.tree.root.children);
    },
});

;// CONCATENATED MODULE: ./src/dags/code.js

/** Last plain `NAME = value` at module level (including inside module-level if/try), by name. */
function moduleAssignments(root, src) {
    const out = new Map();
    const visit = (stmts) => {
        for (const stmt of stmts) {
            if (stmt.type === 'expression_statement') {
                const a = stmt.children[0];
                if (a?.type !== 'assignment')
                    continue;
                const left = childByField(a, 'left');
                const right = childByField(a, 'right');
                if (left?.type === 'identifier' && right && right.type !== 'assignment')
                    out.set(src.of(left), right);
            }
            else if (stmt.type === 'if_statement' || stmt.type === 'try_statement') {
                for (const c of stmt.children) {
                    if (c.type === 'block')
                        visit(c.children);
                    else
                        for (const cc of c.children)
                            if (cc.type === 'block')
                                visit(cc.children);
                }
            }
        }
    };
    visit(root.children);
    return out;
}
/** Follows `x` to the module-level value it was assigned (a few hops, no cycles). */
function followVariable(node, assignments, src) {
    let n = node;
    for (let hops = 0; hops < 5 && n.type === 'identifier'; hops++) {
        const next = assignments.get(src.of(n));
        if (!next || next === n)
            break;
        n = next;
    }
    return n;
}
/** The value of `key` in a dict literal `{"key": v}` or `dict(key=v)`. */
function dictEntry(dict, key, src) {
    if (dict.type === 'dictionary') {
        for (const pair of dict.children) {
            if (pair.type !== 'pair')
                continue;
            const k = childByField(pair, 'key');
            if (k && (k.type === 'string' && src.of(k).slice(1, -1) === key))
                return childByField(pair, 'value');
        }
    }
    if (dict.type === 'call') {
        const fn = childByField(dict, 'function');
        if (fn && src.of(fn) === 'dict') {
            for (const a of childByField(dict, 'arguments')?.children ?? []) {
                if (a.type === 'keyword_argument' && src.of(childByField(a, 'name')) === key)
                    return childByField(a, 'value');
            }
        }
    }
    return undefined;
}
/**
 * Whether a node runs every time the DAG processor parses the file: module level, class bodies,
 * decorator and default-argument expressions, and @dag function bodies (the DAG function is called
 * at import). Ordinary function and lambda bodies run only inside tasks.
 */
function runsAtParseTime(node, model) {
    let child = node;
    for (let p = node.parent; p; child = p, p = p.parent) {
        if (p.type === 'lambda' && child.field === 'body')
            return false;
        if (p.type === 'function_definition' && child.field === 'body' && !model.dags.some((d) => d.function === p))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/dags/rules/start-date.js





/** Every start_date expression (DAG/@dag and operator arguments, default_args entries) with the calls that pass it. */
function startDates(ctx) {
    const assignments = moduleAssignments(ctx.tree.root, ctx.src);
    const byNode = new Map();
    const add = (node, call) => {
        const calls = byNode.get(node);
        if (calls)
            calls.push(call);
        else
            byNode.set(node, [call]);
    };
    for (const call of [...ctx.model.dagCalls, ...ctx.model.taskCalls]) {
        const { keywords } = callArguments(call, ctx.src);
        const direct = keywords.get('start_date');
        if (direct)
            add(direct, call);
        const defaults = keywords.get('default_args');
        if (defaults) {
            const dict = followVariable(defaults, assignments, ctx.src);
            const entry = dictEntry(dict, 'start_date', ctx.src);
            if (entry)
                add(entry, call);
        }
    }
    const out = new Map();
    for (const [node, calls] of byNode) {
        const expr = followVariable(node, assignments, ctx.src);
        out.set(expr, [...(out.get(expr) ?? []), ...calls]);
    }
    return [...out].map(([expr, calls]) => ({ expr, calls }));
}
/**
 * Whether the DAG is never scheduled: schedule=None (or schedule_interval/timetable=None), or no
 * schedule at all, which is None on Airflow 3. Unknown (`**kwargs`, a variable) counts as scheduled.
 */
function neverScheduled(dag, ctx) {
    if (!dag.call)
        return true;
    const { keywords, splat } = callArgumentsWithSplat(dag.call, ctx);
    const value = keywords.get('schedule') ?? keywords.get('schedule_interval') ?? keywords.get('timetable');
    if (!value)
        return !splat;
    const followed = followVariable(value, moduleAssignments(ctx.tree.root, ctx.src), ctx.src);
    return ctx.src.of(followed) === 'None';
}
function callArgumentsWithSplat(call, ctx) {
    const { keywords } = callArguments(call, ctx.src);
    const args = childByField(call, 'arguments');
    const splat = (args?.children ?? []).some((a) => a.type === 'dictionary_splat' || a.type === 'list_splat');
    return { keywords, splat };
}
/** The DAGs a DAG call or task call belongs to. */
function dagsOfCalls(ctx) {
    const out = new Map();
    for (const dag of ctx.model.dags) {
        if (dag.call)
            out.set(dag.call, dag);
        for (const t of dag.tasks)
            out.set(t.call, dag);
    }
    return out;
}
/** Calls inside an expression (the expression itself included), e.g. `datetime.now() - timedelta(1)`. */
function callsIn(expr) {
    const out = [];
    const stack = [expr];
    while (stack.length) {
        const n = stack.pop();
        if (n.type === 'call')
            out.push(n);
        if (n.type !== 'lambda')
            stack.push(...n.children);
    }
    return out;
}
const dynamicStartDate = defineRule({
    id: 'DAG409',
    name: 'dynamic-start-date',
    // A warning, not an error: Airflow imports the DAG and, with catchup off and a short schedule,
    // it often still runs; the failure is a scheduling hazard, not a DAG that never loads (the
    // real-world corpus had scheduled DAGs with now()-1 day that work).
    severity: 'warning',
    summary: 'start_date is computed from "now", so it moves on every parse.',
    docs: {
        limits: 'It follows start_date from DAG, @dag and operator calls, `default_args` dicts and module-level variables (up to five assignments) to a call of now()/today()/utcnow() and friends. A start_date computed in a function you call, read from a Variable or config, or passed through `**kwargs` is not seen; a DAG whose schedule it cannot read (a variable, `**kwargs`) counts as scheduled.',
        what: 'Reports start_date values (in DAG/@dag or operator arguments, in default_args, or through a module variable) built from datetime.now(), utcnow(), today(), pendulum.now()/today() or timezone.utcnow(), on DAGs that have a schedule. Not reported when every DAG using the value has schedule=None or no schedule (None on Airflow 3): such a DAG only runs when triggered, and a moving start_date changes nothing.',
        why: 'The DAG file is re-parsed every few seconds; a start_date that moves with it makes the scheduler compute a different first interval each time, so runs are skipped or never created.',
        example: 'from datetime import datetime, timedelta\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nSTART = datetime.now() - timedelta(days=1)\n\nwith DAG("report", schedule="@daily", start_date=START):\n    ...',
        fix: 'from datetime import datetime, timedelta\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...',
    },
}, {
    checkFile(ctx) {
        const owners = dagsOfCalls(ctx);
        for (const { expr, calls } of startDates(ctx)) {
            // A DAG that is never scheduled only runs when triggered: its start_date decides nothing.
            const dags = calls.map((c) => owners.get(c));
            if (dags.every((d) => d !== undefined && neverScheduled(d, ctx)))
                continue;
            const now = callsIn(expr).find((c) => {
                const q = ctx.resolver.callee(c);
                return q !== undefined && NOW_FUNCTIONS.has(q);
            });
            if (now)
                ctx.report(now, `start_date is computed from \`${ctx.src.of(childByField(now, 'function'))}()\` and changes every time the file is parsed.`, 'Use a fixed, timezone-aware date such as pendulum.datetime(2025, 1, 1, tz="UTC").');
        }
    },
});
const naiveStartDate = defineRule({
    id: 'DAG410',
    name: 'naive-start-date',
    severity: 'warning',
    summary: 'start_date is a naive datetime (no timezone).',
    docs: {
        limits: 'It reports a start_date that is itself a datetime.datetime(...) call without tzinfo, found the same way as DAG409 (DAG and operator calls, `default_args`, module-level variables). A datetime built in a function or returned by a helper is not checked: it stays quiet.',
        what: 'Reports start_date values built with datetime.datetime(...) without tzinfo=.',
        why: "Airflow interprets a naive date in the configured default_timezone; when that setting differs between environments (or changes), schedules silently shift by hours.",
        example: 'from datetime import datetime\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=datetime(2025, 1, 1)):\n    ...',
        fix: 'from datetime import datetime\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...',
    },
}, {
    checkFile(ctx) {
        for (const { expr } of startDates(ctx)) {
            if (expr.type !== 'call')
                continue;
            const q = ctx.resolver.callee(expr);
            if (!q || !NAIVE_DATETIME_CONSTRUCTORS.has(q))
                continue;
            const { keywords, positional } = callArguments(expr, ctx.src);
            // datetime(y, m, d, h, mi, s, us, tzinfo): the eighth positional argument is the zone.
            if (keywords.has('tzinfo') || positional.length >= 8)
                continue;
            ctx.report(expr, 'start_date is a naive datetime; Airflow will read it in default_timezone.', 'Pass tzinfo= or use pendulum.datetime(..., tz="UTC").');
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/required-param.js





/** Where Param lives (Airflow 3 SDK and the Airflow 2 paths 3.1 still imports). */
const PARAM_CLASSES = new Set(['airflow.sdk.Param', 'airflow.sdk.definitions.param.Param', 'airflow.models.Param', 'airflow.models.param.Param']);
const requiredParamOnScheduledDag = defineRule({
    id: 'DAG412',
    name: 'required-param-on-scheduled-dag',
    severity: 'error',
    summary: 'A scheduled DAG has a Param without a default value.',
    docs: {
        limits: 'It reads params= at the DAG call as a dict literal (or a module-level variable holding one) whose values are Param(...) calls without a default; params built at run time and Params given `*args`/`**kwargs` are not reported. A DAG whose schedule it cannot read (a variable other than None, or `**kwargs` without schedule=) counts as scheduled.',
        what: 'Reports Param(...) entries of a DAG\'s params= dict (a literal, or a module-level variable holding one) that have no default value (no first argument and no default=), when the DAG has a schedule.',
        why: 'A scheduled run has nobody to fill the value in, so Airflow 3.1 refuses the DAG when it loads the file ("Dag … is not allowed to define a Schedule, as there are required params without default values"): the DAG never appears. With schedule=None such a Param is fine: the trigger form asks for it.',
        example: 'import pendulum\nfrom airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG, Param\n\nwith DAG(\n    "backfill_customer",\n    schedule="@daily",\n    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),\n    params={"customer_id": Param(type="string")},\n):\n    EmptyOperator(task_id="export")',
        fix: 'import pendulum\nfrom airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG, Param\n\nwith DAG(\n    "backfill_customer",\n    schedule="@daily",\n    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),\n    params={"customer_id": Param("all", type="string")},\n):\n    EmptyOperator(task_id="export")\n# or schedule=None: a DAG only ever triggered by hand may require the value',
    },
}, {
    checkFile(ctx) {
        const assignments = moduleAssignments(ctx.tree.root, ctx.src);
        for (const dag of ctx.model.dags) {
            if (!dag.call || neverScheduled(dag, ctx))
                continue;
            const params = callArguments(dag.call, ctx.src).keywords.get('params');
            if (!params)
                continue;
            const dict = followVariable(params, assignments, ctx.src);
            if (dict.type !== 'dictionary')
                continue;
            for (const pair of dict.children) {
                if (pair.type !== 'pair')
                    continue;
                const value = childByField(pair, 'value');
                if (!value || !isParamWithoutDefault(value, ctx))
                    continue;
                const key = childByField(pair, 'key');
                ctx.report(value, `Param ${key ? ctx.src.of(key) : ''} has no default value and DAG "${dag.dagId ?? '?'}" has a schedule: Airflow refuses to load the DAG.`, 'Give the Param a default value, or set schedule=None if the DAG is only triggered by hand.');
            }
        }
    },
});
function isParamWithoutDefault(value, ctx) {
    if (value.type !== 'call')
        return false;
    const q = ctx.resolver.callee(value);
    if (!q || !PARAM_CLASSES.has(q))
        return false;
    const { keywords, positional } = callArguments(value, ctx.src);
    const args = childByField(value, 'arguments');
    const splat = (args?.children ?? []).some((a) => a.type === 'dictionary_splat' || a.type === 'list_splat');
    return !splat && positional.length === 0 && !keywords.has('default');
}

;// CONCATENATED MODULE: ./src/dags/rules/dependency-cycle.js

/** The first cycle found by depth-first search, as a list of tasks (first repeated at the end). */
function findCycle(tasks) {
    const state = new Map();
    for (const start of tasks) {
        if (state.has(start))
            continue;
        // Iterative DFS with an explicit path so deep graphs cannot overflow the stack.
        const path = [];
        const iters = [];
        state.set(start, 1);
        path.push(start);
        iters.push(start.downstream.keys());
        while (path.length) {
            const next = iters[iters.length - 1].next();
            if (next.done) {
                state.set(path.pop(), 2);
                iters.pop();
                continue;
            }
            const t = next.value;
            const s = state.get(t);
            if (s === 1)
                return [...path.slice(path.indexOf(t)), t];
            if (s === undefined) {
                state.set(t, 1);
                path.push(t);
                iters.push(t.downstream.keys());
            }
        }
    }
    return undefined;
}
const dependencyCycle = defineRule({
    id: 'DAG404',
    name: 'dependency-cycle',
    severity: 'error',
    summary: 'Task dependencies form a cycle.',
    docs: {
        limits: 'It follows edges written with `>>`, `<<`, lists, chain(), set_upstream/set_downstream and TaskFlow data passing between tasks the model sees in this file. Edges made in loops over run-time values, inside helper functions, by tasks imported from other modules, or by calls it does not follow are not seen, so a cycle through them is missed rather than guessed.',
        what: 'Builds the task graph from >>, <<, lists, chain(), set_upstream/set_downstream and TaskFlow data passing, and reports the first cycle found (a task made its own downstream, `a >> a`, included) at the edge written last, the one that closes it.',
        why: 'Airflow raises AirflowDagCycleException when it loads the DAG: the DAG is not scheduled at all.',
        example: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    extract = EmptyOperator(task_id="extract")\n    transform = EmptyOperator(task_id="transform")\n    load = EmptyOperator(task_id="load")\n    extract >> transform >> load\n    load >> extract',
        fix: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    extract = EmptyOperator(task_id="extract")\n    transform = EmptyOperator(task_id="transform")\n    load = EmptyOperator(task_id="load")\n    extract >> transform >> load',
    },
}, {
    checkFile(ctx) {
        for (const dag of ctx.model.dags) {
            const cycle = findCycle(dag.tasks);
            if (!cycle)
                continue;
            const names = cycle.map((t) => t.taskId ?? '?').join(' >> ');
            ctx.report(closingEdge(cycle) ?? cycle[0].call, `Dependency cycle in DAG "${dag.dagId ?? '?'}": ${names}.`, 'Remove one of the edges so the graph is acyclic.');
        }
    },
});
/** Where the cycle's last-written edge was written (the `load >> extract` that closes it). */
function closingEdge(cycle) {
    let last;
    for (let i = 0; i + 1 < cycle.length; i++) {
        const at = cycle[i].downstream.get(cycle[i + 1]);
        if (at && (!last || at.start > last.start))
            last = at;
    }
    return last;
}

;// CONCATENATED MODULE: ./src/dags/rules/duplicate-dag-id.js

const duplicateDagId = defineRule({
    id: 'DAG402',
    name: 'duplicate-dag-id',
    severity: 'error',
    summary: 'Two files define DAGs with the same dag_id.',
    docs: {
        limits: 'It compares dag_ids written as string literals of DAGs the model sees registered in the linted files; ids built at run time (f-strings, variables, loops, factories) and DAGs from files not linted in the same run are not compared: it stays quiet.',
        what: 'Collects every statically known dag_id of all linted files and reports each place a dag_id is defined in more than one file (the same dag_id twice in one file is DAG411).',
        why: 'Airflow keeps one of them and reports the other file as an import error (AirflowDagDuplicatedIdException: "Ignoring DAG … also found in …"); which one wins depends on parse order, so the DAG that runs can change between deployments.',
        example: '# dags/sales.py\nwith DAG("daily_report", schedule="@daily"): ...\n# dags/finance.py\nwith DAG("daily_report", schedule="@daily"): ...',
        fix: '# dags/sales.py\nwith DAG("sales_daily_report", schedule="@daily"): ...\n# dags/finance.py\nwith DAG("finance_daily_report", schedule="@daily"): ...',
    },
}, {
    checkProject(ctx) {
        const byId = new Map();
        for (const d of ctx.dags) {
            if (!byId.has(d.dagId))
                byId.set(d.dagId, []);
            byId.get(d.dagId).push(d);
        }
        for (const [id, places] of byId) {
            // Within one file Airflow silently keeps the last definition: that is DAG411, not an import error.
            if (new Set(places.map((p) => p.file)).size < 2)
                continue;
            for (const p of places) {
                const others = places.filter((o) => o.file !== p.file).map((o) => `${o.file}:${o.range.startLine}`);
                ctx.report(p.file, p.range, `dag_id "${id}" is also defined in ${others.join(', ')}: Airflow loads only one of them and reports the other file as an import error.`, 'Give every DAG a unique dag_id.');
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/duplicate-task-id.js

/** The branch of an if/try statement a node sits in: which clause child of `statement` holds it. */
function clauseOf(node, statement) {
    let n = node;
    while (n && n.parent !== statement)
        n = n.parent;
    return n ?? undefined;
}
/**
 * True when at most one of the two nodes can run: they sit in different branches of one `if`
 * (body / elif / else) or one `try` (body vs an `except` handler, or two handlers), as in
 * `try: t = BashOperator(task_id="x") except ImportError: t = EmptyOperator(task_id="x")`.
 * A `try` body and its `else`/`finally` both run, so those are not exclusive.
 */
function mutuallyExclusive(a, b) {
    const ancestors = new Set();
    for (let n = a.parent; n; n = n.parent)
        ancestors.add(n);
    for (let n = b.parent; n; n = n.parent) {
        if (!ancestors.has(n))
            continue;
        if (n.type !== 'if_statement' && n.type !== 'try_statement')
            return false;
        const ca = clauseOf(a, n);
        const cb = clauseOf(b, n);
        if (!ca || !cb || ca === cb)
            continue;
        if (n.type === 'if_statement')
            return true;
        const handler = (c) => c.type === 'except_clause' || c.type === 'except_group_clause';
        return (handler(ca) && handler(cb)) || (handler(ca) && cb.type === 'block') || (handler(cb) && ca.type === 'block');
    }
    return false;
}
const duplicateTaskId = defineRule({
    id: 'DAG403',
    name: 'duplicate-task-id',
    severity: 'error',
    summary: 'Two tasks in one DAG share a task_id.',
    docs: {
        limits: 'It compares task_ids written as string literals within one DAG; tasks created in loops, comprehensions or factories, or with ids from f-strings or variables, are unknown (the DAG is marked dynamic) and not compared. Lower-case helper functions called with task_id= are not counted as tasks, and two calls of one @task function are not duplicates (Airflow adds `__1`).',
        what: 'Reports a task_id used by more than one operator in the same DAG (TaskGroup prefixes applied; a @task call whose id is taken is suffixed __1, __2 by Airflow and is not a duplicate; functions called with task_id= are not counted, as they may not create a task; two definitions in different branches of one if/elif/else or in a try body and its except handler are not, as only one of them runs).',
        why: 'Airflow raises DuplicateTaskIdFound while importing the file: the whole DAG disappears.',
        example: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    BashOperator(task_id="load", bash_command="load.sh a")\n    BashOperator(task_id="load", bash_command="load.sh b")',
        fix: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    BashOperator(task_id="load_a", bash_command="load.sh a")\n    BashOperator(task_id="load_b", bash_command="load.sh b")',
    },
}, {
    checkFile(ctx) {
        for (const dag of ctx.model.dags) {
            const seen = new Map();
            for (const task of dag.tasks) {
                // A lower-case function called with task_id= may only use the id (e.g. to read an XCom).
                if (task.taskId === undefined || task.kind === 'helper')
                    continue;
                const earlier = seen.get(task.taskId);
                if (!earlier) {
                    seen.set(task.taskId, [task.node]);
                    continue;
                }
                const clash = earlier.find((node) => !mutuallyExclusive(node, task.node));
                earlier.push(task.node);
                if (!clash)
                    continue;
                const line = ctx.src.position(clash.start).line;
                ctx.report(task.node, `task_id "${task.taskId}" is already used in DAG "${dag.dagId ?? '?'}" at line ${line}.`, 'Give each task in a DAG its own task_id.');
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/invalid-id.js

/**
 * Airflow's key rule is Python's `^[\w.-]+$` on a str: `\w` is Unicode-aware there (letters and
 * numbers of any script, e.g. "深圳湾_巡检" is a valid dag_id), and `$` also matches before one final
 * newline. The letter and number categories below equal Python's `\w` on every code point.
 */
const VALID_ID = /^[\p{L}\p{N}_.-]+\n?$/u;
const MAX_ID_LENGTH = 250;
function problem(id) {
    if (id.length === 0)
        return 'is empty';
    // Python counts code points, not UTF-16 units.
    const length = [...id].length;
    if (length > MAX_ID_LENGTH)
        return `is ${length} characters long (at most ${MAX_ID_LENGTH})`;
    if (!VALID_ID.test(id))
        return 'may only contain letters, digits, underscores, dots and dashes';
    return undefined;
}
const invalidId = defineRule({
    id: 'DAG401',
    name: 'invalid-id',
    severity: 'error',
    summary: 'A dag_id or task_id Airflow rejects.',
    docs: {
        limits: 'It checks only ids written as string literals (including implicit concatenation of literals); ids from f-strings, variables, function arguments, loops or factories are unknown and not checked. A DAG class or factory imported from your own module is not recognised as a DAG.',
        what: `Checks every statically known dag_id and task_id against Airflow's key rule: ^[\\w.-]+$ and at most ${MAX_ID_LENGTH} characters.`,
        why: 'Airflow raises an error while the file is imported, so the DAG never appears.',
        example: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("nightly etl", schedule="@daily"):\n    EmptyOperator(task_id="extract/raw")',
        fix: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("nightly_etl", schedule="@daily"):\n    EmptyOperator(task_id="extract_raw")',
    },
}, {
    checkFile(ctx) {
        for (const dag of ctx.model.dags) {
            if (dag.dagId !== undefined) {
                const p = problem(dag.dagId);
                if (p)
                    ctx.report(dag.idNode, `dag_id "${dag.dagId}" ${p}.`, 'Use only letters, digits, _, . and -.');
            }
            for (const task of dag.tasks) {
                if (task.taskId === undefined)
                    continue;
                const p = problem(task.taskId);
                if (p)
                    ctx.report(task.node, `task_id "${task.taskId}" ${p}.`, 'Use only letters, digits, _, . and -.');
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/metadata-db-access.js



const metadataDbAccess = defineRule({
    id: 'DAG601',
    name: 'metadata-db-access',
    severity: 'error',
    summary: 'Direct metadata-database access, which Airflow 3 tasks cannot do.',
    docs: {
        limits: 'It reports calls and decorators resolved through this file\'s imports to Airflow\'s session helpers (create_session, provide_session, settings.Session) and `<x>.query(<airflow.models class>)`. Sessions obtained through your own helpers, or models reached through variables or other modules, are not seen.',
        what: 'Reports create_session / provide_session, settings.Session and session.query(<Airflow model>) in DAG files.',
        why: 'Airflow 3 runs tasks through the Task SDK and the API server: task pods have no connection to the metadata database, so such code fails at run time (and the DAG processor has none either).',
        example: 'from airflow.models import TaskInstance\nfrom airflow.sdk import task\nfrom airflow.utils.session import create_session\n\n@task\ndef count_failures():\n    with create_session() as session:\n        return session.query(TaskInstance).filter_by(state="failed").count()',
        fix: 'from airflow.models import TaskInstance\nfrom airflow.sdk import task\nfrom airflow.utils.session import create_session\n\n@task\ndef count_failures():\n    # Use the Airflow REST API (or the task context) instead of the metadata DB.\n    return client.get_task_instances(state=["failed"]).total_entries',
    },
}, {
    checkFile(ctx) {
        // Decorators first, then calls (the report order); the index holds each type's nodes.
        for (const n of ctx.tree.index.get('decorator') ?? []) {
            const expr = n.children[0];
            const q = expr && ctx.resolver.qualify(expr.type === 'call' ? childByField(expr, 'function') ?? expr : expr);
            if (q && METADATA_DB_CALLS.has(q))
                ctx.report(n, `\`@${q.split('.').pop()}\` opens a metadata-DB session, which Airflow 3 tasks do not have.`, 'Use the Airflow REST API or the task context instead.');
        }
        for (const n of ctx.tree.index.get('call') ?? []) {
            const fn = childByField(n, 'function');
            if (!fn)
                continue;
            const q = ctx.resolver.qualify(fn);
            if (q && METADATA_DB_CALLS.has(q)) {
                ctx.report(n, `\`${ctx.src.of(fn)}()\` accesses the metadata database directly; Airflow 3 tasks have no DB connection.`, 'Use the Airflow REST API or the task context instead.');
                continue;
            }
            // session.query(TaskInstance) — a query on an Airflow model
            if (fn.type === 'attribute' && ctx.src.of(childByField(fn, 'attribute')) === 'query') {
                const first = childByField(n, 'arguments')?.children[0];
                const model = first ? ctx.resolver.qualify(first) : undefined;
                if (model?.startsWith('airflow.models'))
                    ctx.report(n, `Querying \`${model.split('.').pop()}\` reads the metadata database directly; Airflow 3 tasks have no DB connection.`, 'Use the Airflow REST API (e.g. airflow-client) instead.');
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/parse-time.js




const parseTimeVariable = defineRule({
    id: 'DAG501',
    name: 'parse-time-variable-or-connection',
    severity: 'warning',
    summary: 'Variable.get / Connection / BaseHook.get_connection runs at every parse.',
    docs: {
        limits: 'It reports Variable.get, Connection.get and BaseHook.get_connection calls (resolved through this file\'s imports) at module level, in class bodies, decorators, default arguments and @dag function bodies. The same calls inside a helper function that runs at import, or inside your own module that wraps them, are not seen.',
        what: 'Reports reads of Airflow Variables and Connections in code that runs when the file is parsed: module level, DAG bodies and operator arguments.',
        why: 'The DAG processor re-parses each file every 30 s by default; each read is a metadata-DB or secrets-backend round trip per parse per file, and on Airflow 3 the DAG processor has no direct DB access at all.',
        example: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG, Variable\n\nbucket = Variable.get("export_bucket")\n\nwith DAG("export", schedule="@daily"):\n    BashOperator(task_id="upload", bash_command=f"upload.sh {bucket}")',
        fix: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG, Variable\n\nwith DAG("export", schedule="@daily"):\n    BashOperator(task_id="upload", bash_command="upload.sh {{ var.value.export_bucket }}")',
    },
}, {
    checkFile(ctx) {
        for (const node of ctx.tree.index.get('call') ?? []) {
            const q = ctx.resolver.callee(node);
            if (!q || !VARIABLE_CONNECTION_CALLS.has(q) || !runsAtParseTime(node, ctx.model))
                continue;
            const short = q.split('.').slice(-2).join('.');
            ctx.report(node, `\`${short}()\` runs every time the DAG file is parsed.`, 'Read it inside the task, or use a Jinja template ({{ var.value.x }}, {{ conn.x }}).');
        }
    },
});
const parseTimeNetworkCall = defineRule({
    id: 'DAG502',
    name: 'parse-time-network-call',
    severity: 'warning',
    summary: 'An HTTP or database call runs at every parse.',
    docs: {
        limits: 'It reports calls whose name, resolved through this file\'s imports, starts with a known network or database client (requests, httpx, urllib, socket, psycopg2.connect, boto3.client, …) where they run at parse time. Calls inside helper functions called at import, through your own wrapper modules, or methods of a client object held in a variable are not seen.',
        what: `Reports calls into network and database clients (${NETWORK_CALL_PREFIXES.slice(0, 6).join(', ')}, …) in code that runs when the file is parsed.`,
        why: 'Parsing must be fast and side-effect free: a slow or failing endpoint turns into DAG processor timeouts and import errors for the whole file.',
        example: 'import requests\nfrom airflow.sdk import DAG, task\n\nTABLES = requests.get("https://catalog/api/tables").json()\n\nwith DAG("sync", schedule="@hourly"):\n    ...',
        fix: 'import requests\nfrom airflow.sdk import DAG, task\n\n@task\ndef list_tables():\n    return requests.get("https://catalog/api/tables").json()',
    },
}, {
    checkFile(ctx) {
        for (const node of ctx.tree.index.get('call') ?? []) {
            const q = ctx.resolver.callee(node);
            if (!q || !NETWORK_CALL_PREFIXES.some((p) => q === p || q.startsWith(p)) || !runsAtParseTime(node, ctx.model))
                continue;
            ctx.report(node, `\`${ctx.src.of(childByField(node, 'function'))}()\` performs I/O every time the DAG file is parsed.`, 'Move the call into a task.');
        }
    },
});
const heavyTopLevelImport = defineRule({
    id: 'DAG503',
    name: 'heavy-top-level-import',
    severity: 'warning',
    summary: 'A heavy library is imported at module level.',
    docs: {
        limits: 'It reports imports at module level (and in @dag function bodies) whose top package is in the heavy-import list. A heavy package imported indirectly, through your own module that imports it, or with importlib at run time is not seen.',
        what: 'Reports module-level imports (and imports in @dag bodies) of heavy libraries; the list is configurable (dags.heavy-imports / dags.extra-heavy-imports) and defaults to kubernetes, pandas, numpy, torch, tensorflow, sklearn, transformers, qdrant_client and a few more.',
        why: 'Module-level imports run on every parse of the file by the DAG processor; importing large libraries there slows parsing for every DAG and can hit the DAG file processor timeout.',
        example: 'from airflow.sdk import task\n\nfrom kubernetes import client, config\n\n@task\ndef submit():\n    config.load_incluster_config()',
        fix: 'from airflow.sdk import task\n\n@task\ndef submit():\n    from kubernetes import client, config\n    config.load_incluster_config()',
    },
}, {
    checkFile(ctx) {
        const heavy = new Set(ctx.settings.heavyImports);
        const seen = new Set();
        for (const imp of ctx.scopes.imports) {
            if (imp.scope !== ctx.scopes.module && !ctx.model.dags.some((d) => d.function && ctx.scopes.scopeOf.get(d.function) === imp.scope))
                continue;
            const root = imp.qualified.split('.')[0];
            if (!heavy.has(root))
                continue;
            const key = `${imp.statement.start}:${root}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            ctx.report(imp.statement, `\`${root}\` is imported at module level and loads on every parse of this file.`, `Import ${root} inside the task function that uses it.`);
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/policy.js




const requiredTags = defineRule({
    id: 'DAG701',
    name: 'policy-required-tags',
    severity: 'warning',
    summary: 'The DAG lacks tags your policy requires (dags.required-tags).',
    docs: {
        limits: 'It reads tags= given as a list, tuple or set literal at the DAG call; tags from a variable, a function or `**kwargs` are not checked (it stays quiet), and non-literal elements are ignored.',
        what: 'When `dags.required-tags` is set in .airflow-gitops.yml, reports DAGs whose literal tags= list lacks any of them.',
        why: 'Teams use tags for ownership, alert routing and UI filtering; an untagged DAG falls through all three.',
        example: 'from airflow.sdk import DAG\n\n# .airflow-gitops.yml: dags: { required-tags: [team] }\nwith DAG("export", schedule="@daily", tags=["etl"]):\n    ...',
        fix: 'from airflow.sdk import DAG\n\nwith DAG("export", schedule="@daily", tags=["etl", "team"]):\n    ...',
    },
}, {
    checkFile(ctx) {
        const required = ctx.settings.requiredTags;
        if (!required.length)
            return;
        for (const dag of ctx.model.dags) {
            const tagsNode = dag.call ? callArguments(dag.call, ctx.src).keywords.get('tags') : undefined;
            const tags = new Set();
            if (tagsNode && (tagsNode.type === 'list' || tagsNode.type === 'tuple' || tagsNode.type === 'set')) {
                for (const c of tagsNode.children) {
                    const v = stringValue(c, ctx.src);
                    if (v !== undefined)
                        tags.add(v);
                }
            }
            else if (tagsNode)
                continue;
            const missing = required.filter((t) => !tags.has(t));
            if (missing.length)
                ctx.report(tagsNode ?? dag.idNode, `DAG "${dag.dagId ?? '?'}" is missing required tag(s): ${missing.join(', ')}.`, `Add ${missing.map((m) => `"${m}"`).join(', ')} to tags=.`);
        }
    },
});
const requireOwner = defineRule({
    id: 'DAG702',
    name: 'policy-owner',
    severity: 'warning',
    summary: 'The DAG names no owner (dags.require-owner).',
    docs: {
        limits: 'It looks for an owner key in `default_args` at the DAG call: a dict literal, dict(...), or a module-level variable holding one. `default_args` from a function parameter or another name it cannot follow is not checked (it stays quiet), but `default_args` returned by another call is read as having no owner and reported.',
        what: 'When `dags.require-owner: true` is set, reports DAGs whose default_args has no "owner" entry.',
        why: 'Without an owner, failures page nobody and the UI shows the default "airflow" owner.',
        example: 'from airflow.sdk import DAG\n\nwith DAG("export", schedule="@daily", default_args={"retries": 2}):\n    ...',
        fix: 'from airflow.sdk import DAG\n\nwith DAG("export", schedule="@daily", default_args={"retries": 2, "owner": "data-platform"}):\n    ...',
    },
}, {
    checkFile(ctx) {
        if (!ctx.settings.requireOwner)
            return;
        const assignments = moduleAssignments(ctx.tree.root, ctx.src);
        for (const dag of ctx.model.dags) {
            const defaults = dag.call ? callArguments(dag.call, ctx.src).keywords.get('default_args') : undefined;
            const dict = defaults ? followVariable(defaults, assignments, ctx.src) : undefined;
            if (dict && dict.type !== 'dictionary' && dict.type !== 'call')
                continue;
            if (dict && dictEntry(dict, 'owner', ctx.src))
                continue;
            ctx.report(dag.idNode, `DAG "${dag.dagId ?? '?'}" has no owner in default_args.`, 'Add "owner": "<team>" to default_args.');
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/schedule.js




const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day of month', min: 1, max: 31, special: /^(L|\d{1,2}W|LW|\?)$/ },
    { name: 'month', min: 1, max: 12, names: MONTHS },
    { name: 'day of week', min: 0, max: 7, names: DAYS, special: /^(L|\d[L]|\d#[1-5]|[A-Z]{3}#[1-5]|\?)$/ },
    { name: 'second', min: 0, max: 59 },
];
function atom(value, f) {
    if (/^\d+$/.test(value))
        return Number(value);
    const idx = f.names?.indexOf(value.toUpperCase());
    return idx !== undefined && idx >= 0 ? idx + (f.name === 'month' ? 1 : 0) : undefined;
}
/** Returns why a cron expression is invalid (croniter's grammar: 5 fields, or 6 with seconds), or undefined. */
function cronProblem(expr) {
    const parts = expr.trim().split(/\s+/);
    if (parts.length < 5 || parts.length > 6)
        return `has ${parts.length} fields; a cron expression has 5 (minute hour day-of-month month day-of-week)`;
    for (let i = 0; i < parts.length; i++) {
        const f = FIELDS[i];
        for (const item of parts[i].split(',')) {
            if (f.special?.test(item.toUpperCase()))
                continue;
            const [range, step, extra] = item.split('/');
            if (extra !== undefined || (step !== undefined && !/^\d+$/.test(step)))
                return `field ${i + 1} (${f.name}) "${item}" has an invalid step`;
            if (step !== undefined && Number(step) === 0)
                return `field ${i + 1} (${f.name}) has a step of 0`;
            if (range === '*')
                continue;
            const bounds = range.split('-');
            if (bounds.length > 2)
                return `field ${i + 1} (${f.name}) "${item}" is not a value or range`;
            const nums = bounds.map((b) => atom(b, f));
            if (nums.some((n) => n === undefined))
                return `field ${i + 1} (${f.name}) "${item}" is not a number${f.names ? ' or name' : ''}`;
            for (const n of nums)
                if (n < f.min || n > f.max)
                    return `field ${i + 1} (${f.name}) value ${n} is outside ${f.min}-${f.max}`;
            if (nums.length === 2 && nums[0] > nums[1] && f.name !== 'day of week')
                return `field ${i + 1} (${f.name}) range "${range}" runs backwards`;
        }
    }
    return undefined;
}
const missingSchedule = defineRule({
    id: 'DAG407',
    name: 'missing-schedule',
    severity: 'warning',
    summary: 'The DAG has no schedule: on Airflow 3 it never runs by itself.',
    docs: {
        limits: 'It reads the schedule, schedule_interval and timetable keywords at the DAG call; a DAG call with `**kwargs` is not reported (the schedule may be in them). A schedule set on the DAG object after it is built is not seen, so that DAG is reported.',
        what: 'Reports DAG(...) and @dag(...) without a `schedule` argument.',
        why: 'Airflow 2 defaulted to a daily schedule; Airflow 3 defaults to None, so a DAG migrated as-is is only ever run when someone triggers it.',
        example: 'import pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("nightly_export", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...',
        fix: 'import pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("nightly_export", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...\n# or schedule=None when it is meant to be triggered only',
    },
}, {
    checkFile(ctx) {
        for (const dag of ctx.model.dags) {
            const kwargs = dag.call ? callArguments(dag.call, ctx.src).keywords : new Map();
            // schedule_interval / timetable are reported by removed-dag-argument.
            if (kwargs.has('schedule') || kwargs.has('schedule_interval') || kwargs.has('timetable'))
                continue;
            if (dag.call && ctx.src.of(dag.call).includes('**'))
                continue;
            ctx.report(dag.call ?? dag.idNode, `DAG "${dag.dagId ?? '?'}" has no schedule; on Airflow 3 the default is None, so it never runs on its own.`, 'Set schedule= (a cron, a preset such as "@daily", a timedelta or assets), or schedule=None to make manual runs explicit.');
        }
    },
});
const invalidSchedule = defineRule({
    id: 'DAG408',
    name: 'invalid-schedule',
    severity: 'error',
    summary: 'The schedule string is not a valid cron expression or preset.',
    docs: {
        limits: 'It checks schedule= given as a string literal at a DAG call; a schedule from a variable, a function, a config value or `**kwargs` is not checked: it stays quiet.',
        what: `Validates string schedules: a cron expression (5 fields, or 6 with seconds; numbers, names, ranges, steps, lists) or one of ${[...CRON_PRESETS].join(', ')}.`,
        why: 'Airflow rejects the schedule when it imports the file: an import error, and the DAG disappears.',
        example: 'from airflow.sdk import DAG\n\nwith DAG("hourly_sync", schedule="0 */1 * *"):\n    ...',
        fix: 'from airflow.sdk import DAG\n\nwith DAG("hourly_sync", schedule="0 * * * *"):\n    ...',
    },
}, {
    checkFile(ctx) {
        for (const call of ctx.model.dagCalls) {
            const value = callArguments(call, ctx.src).keywords.get('schedule');
            if (!value)
                continue;
            const s = stringValue(value, ctx.src);
            if (s === undefined)
                continue;
            if (s.startsWith('@')) {
                if (!CRON_PRESETS.has(s))
                    ctx.report(value, `Unknown schedule preset "${s}".`, `Use one of ${[...CRON_PRESETS].join(', ')} or a cron expression.`);
                continue;
            }
            const problem = cronProblem(s);
            if (problem)
                ctx.report(value, `Invalid cron schedule "${s}": ${problem}.`, 'Fix the cron expression (minute hour day-of-month month day-of-week).');
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/syntax.js

/** CPython's limits (3.11): tokenizer MAXLEVEL and MAXINDENT; past ~1000 levels compile() recurses out. */
const MAX_BRACKET_DEPTH = 200;
const MAX_BLOCK_DEPTH = 100;
const MAX_TREE_DEPTH = 1000;
/** The nearest enclosing node of one of `types`, stopping (undefined) at one of `stops`. */
function enclosing(node, types, stops) {
    for (let p = node.parent; p; p = p.parent) {
        if (types.has(p.type))
            return p;
        if (stops.has(p.type))
            return undefined;
    }
    return undefined;
}
const FUNCTIONS = new Set(['function_definition', 'lambda']);
const CLASS = new Set(['class_definition']);
const LOOPS = new Set(['for_statement', 'while_statement']);
const LOOP_STOPS = new Set(['function_definition', 'lambda', 'class_definition']);
const NONE = new Set();
/**
 * `break` inside a loop's body is fine. In a loop's else-block (or its condition) it belongs to the
 * enclosing loop, if any: `while a: for x in y: … else: break` is valid Python.
 */
function inLoopBody(node) {
    let child = node;
    for (let p = node.parent; p; child = p, p = p.parent) {
        if (LOOPS.has(p.type) && child.field === 'body')
            return true;
        if (LOOP_STOPS.has(p.type))
            return false;
    }
    return false;
}
/**
 * What CPython would refuse to compile: tree-sitter's ERROR/MISSING nodes plus the compile-time
 * errors tree-sitter accepts (Python 2 print, return outside a function, nesting limits, …).
 */
function findSyntaxProblems(tree, src) {
    const problems = [];
    const nodes = (type) => tree.index.get(type) ?? [];
    const at = (node, message) => problems.push({ start: node.start, end: node.end, message });
    const unconfirmed = tree.errorsUnconfirmed === true;
    const note = unconfirmed ? ' (tree-sitter only: check with `python -m py_compile`; it may be valid Python 3.12)' : '';
    for (const e of tree.errors) {
        if (e.missing) {
            problems.push({ start: e.start, end: e.start, message: `invalid syntax: expected "${e.type}"${note}`, unconfirmed });
        }
        else {
            // Only the head of the node: ERROR nodes nest and can span most of the file, so slicing
            // each one whole would be quadratic on a badly broken file.
            const snippet = src.text.slice(e.start, Math.min(e.end, e.start + 1000)).trim().split('\n')[0].slice(0, 40);
            problems.push({ start: e.start, end: e.end, message: (snippet ? `invalid syntax near "${snippet}"` : 'invalid syntax') + note, unconfirmed });
        }
    }
    if (tree.ownSyntaxError) {
        const { offset, message } = tree.ownSyntaxError;
        problems.push({ start: offset, end: Math.min(src.text.length, offset + 1), message: `invalid syntax: ${message}` });
    }
    if (tree.maxBracketDepth > MAX_BRACKET_DEPTH) {
        problems.push({ start: tree.maxBracketOffset, end: tree.maxBracketOffset + 1, message: `too many nested parentheses (Python allows ${MAX_BRACKET_DEPTH})` });
    }
    if (tree.maxBlockDepth > MAX_BLOCK_DEPTH) {
        problems.push({ start: tree.maxBlockOffset, end: tree.maxBlockOffset + 1, message: `too many levels of indentation (Python allows ${MAX_BLOCK_DEPTH})` });
    }
    if (tree.maxDepth > MAX_TREE_DEPTH) {
        problems.push({ start: tree.maxDepthOffset, end: tree.maxDepthOffset + 1, message: `expression nested more than ${MAX_TREE_DEPTH} levels deep: Python raises RecursionError while compiling it` });
    }
    for (const n of nodes('print_statement'))
        at(n, "Missing parentheses in call to 'print' (Python 2 syntax)");
    for (const n of nodes('exec_statement'))
        at(n, "Missing parentheses in call to 'exec' (Python 2 syntax)");
    for (const [type, word] of [['return_statement', 'return'], ['yield', 'yield']]) {
        for (const n of nodes(type))
            if (!enclosing(n, FUNCTIONS, CLASS))
                at(n, `'${word}' outside function`);
    }
    const isAsync = (n) => src.text.startsWith('async', n.start);
    for (const n of nodes('await')) {
        const fn = enclosing(n, FUNCTIONS, CLASS);
        if (!fn)
            at(n, "'await' outside function");
        else if (fn.type === 'lambda' || !isAsync(fn))
            at(n, "'await' outside async function");
    }
    for (const type of ['for_statement', 'with_statement']) {
        for (const n of nodes(type)) {
            if (!isAsync(n))
                continue;
            const fn = enclosing(n, FUNCTIONS, CLASS);
            if (!fn || fn.type === 'lambda' || !isAsync(fn))
                at(n, `'async ${type === 'for_statement' ? 'for' : 'with'}' outside async function`);
        }
    }
    // `x := 1` as a statement, or as the whole right side of `=`, needs parentheses.
    for (const n of nodes('named_expression')) {
        const p = n.parent;
        if (p && (p.type === 'expression_statement' || (p.type === 'assignment' && n.field === 'right')))
            at(n, "invalid syntax: an unparenthesized ':=' is not allowed here");
    }
    for (const type of ['break_statement', 'continue_statement']) {
        for (const n of nodes(type))
            if (!inLoopBody(n))
                at(n, `'${src.of(n).trim()}' outside loop`);
    }
    for (const n of nodes('nonlocal_statement'))
        if (!enclosing(n, FUNCTIONS, NONE))
            at(n, 'nonlocal declaration not allowed at module level');
    // Names are read and hashed only from the second one on: most lists have fewer.
    for (const type of ['parameters', 'lambda_parameters']) {
        for (const params of nodes(type)) {
            let first;
            let seen;
            for (const p of params.children) {
                const id = p.type === 'identifier' ? p : (childByField(p, 'name') ?? p.children.find((c) => c.type === 'identifier'));
                if (!id || id.type !== 'identifier')
                    continue;
                if (!first) {
                    first = id;
                    continue;
                }
                seen ??= new Set([src.of(first)]);
                const name = src.of(id);
                if (seen.has(name))
                    at(id, `duplicate argument '${name}' in function definition`);
                seen.add(name);
            }
        }
    }
    for (const args of nodes('argument_list')) {
        let first;
        let seen;
        for (const a of args.children) {
            if (a.type !== 'keyword_argument')
                continue;
            const name = childByField(a, 'name');
            if (!name)
                continue;
            if (!first) {
                first = name;
                continue;
            }
            seen ??= new Set([src.of(first)]);
            const n = src.of(name);
            if (seen.has(n))
                at(name, `keyword argument repeated: ${n}`);
            seen.add(n);
        }
    }
    return problems.sort((a, b) => a.start - b.start);
}

;// CONCATENATED MODULE: ./src/dags/rules/syntax-error.js


const syntaxError = defineRule({
    id: 'DAG001',
    name: 'syntax-error',
    severity: 'error',
    summary: 'The file is not valid Python 3: Airflow cannot import it.',
    docs: {
        limits: 'It reads the file\'s text and never runs it: a syntax error in a module the file imports is seen only when that module is linted too. An error that only tree-sitter finds, where the hand-written parser stopped at a construct Python accepts, is lowered to a warning rather than reported as an error.',
        what: 'Reports Python syntax errors with their position, including the compile-time errors CPython raises (Python 2 print, `return` outside a function, more than 200 nested brackets or 100 indentation levels, repeated keyword arguments).',
        why: 'The DAG processor records an import error and every DAG in the file disappears from the UI; with git-sync that happens within a minute of the merge.',
        example: 'with DAG("etl", schedule="@daily") as dag:\n    print "starting"',
        fix: 'with DAG("etl", schedule="@daily") as dag:\n    print("starting")',
    },
}, {
    checkFile(ctx) {
        for (const p of findSyntaxProblems(ctx.tree, ctx.src))
            ctx.report(p, p.message);
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/unreadable-file.js

/** Reported by the engine itself (the file never reaches the parser); declared here for docs and SARIF. */
const unreadableFile = defineRule({
    id: 'DAG002',
    name: 'unreadable-file',
    severity: 'error',
    summary: 'A .py file that is binary, not valid in its declared encoding, too large, unreadable, or that the linter could not analyse.',
    docs: {
        limits: 'It looks only at the bytes of the file (NUL bytes, the declared or UTF-8 encoding, the size limit), not at what Python would do when importing it. A file above dags.max-file-bytes is skipped with a warning and no other rule checks it.',
        what: 'Reports DAG-folder .py files the linter cannot read as Python source: NUL bytes (binary), bytes invalid in the declared encoding (UTF-8 unless a PEP 263 coding line says otherwise), files above dags.max-file-bytes (default 10 MiB, reported as a warning and skipped), files that cannot be opened or are not regular files, and a coding line declaring UTF-16 or UTF-32 (Python cannot import such a file). A file the linter itself could not analyse — the parser crashed on it, or parsing ran past its CPU budget (10 s, or 30 ms per KiB for larger files) — is reported as a warning: that is not proof of a bug in the file, but no other rule checked it.',
        why: 'git-sync ships whatever is in the folder; Airflow fails to import such a file (SyntaxError: invalid utf-8 / source code cannot contain null bytes) and the DAGs in it vanish.',
        example: '# dags/report.py saved as Latin-1 without a coding line:\nTITLE = "Rapport g\\xe9n\\xe9ral"',
        fix: '# dags/report.py saved as UTF-8:\nTITLE = "Rapport général"',
    },
}, {});

;// CONCATENATED MODULE: ./src/dags/data/python-builtins.js
/** Names Python 3.11 resolves without a binding: dir(builtins) plus module and class dunders. */
const PYTHON_BUILTINS = new Set([
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BaseExceptionGroup',
    'BlockingIOError', 'BrokenPipeError', 'BufferError', 'BytesWarning', 'ChildProcessError',
    'ConnectionAbortedError', 'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
    'DeprecationWarning', 'EOFError', 'Ellipsis', 'EncodingWarning', 'EnvironmentError', 'Exception',
    'ExceptionGroup', 'False', 'FileExistsError', 'FileNotFoundError', 'FloatingPointError', 'FutureWarning',
    'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError', 'IndexError',
    'InterruptedError', 'IsADirectoryError', 'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError',
    'ModuleNotFoundError', 'NameError', 'None', 'NotADirectoryError', 'NotImplemented', 'NotImplementedError',
    'OSError', 'OverflowError', 'PendingDeprecationWarning', 'PermissionError', 'ProcessLookupError',
    'RecursionError', 'ReferenceError', 'ResourceWarning', 'RuntimeError', 'RuntimeWarning',
    'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit',
    'TabError', 'TimeoutError', 'True', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
    'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning',
    'ValueError', 'Warning', 'ZeroDivisionError', '__annotations__', '__build_class__', '__builtins__',
    '__cached__', '__class__', '__debug__', '__dict__', '__doc__', '__file__', '__import__', '__loader__',
    '__module__', '__name__', '__package__', '__path__', '__qualname__', '__spec__', 'abs', 'aiter', 'all',
    'anext', 'any', 'ascii', 'bin', 'bool', 'breakpoint', 'bytearray', 'bytes', 'callable', 'chr',
    'classmethod', 'compile', 'complex', 'copyright', 'credits', 'delattr', 'dict', 'dir', 'divmod',
    'enumerate', 'eval', 'exec', 'exit', 'filter', 'float', 'format', 'frozenset', 'getattr', 'globals',
    'hasattr', 'hash', 'help', 'hex', 'id', 'input', 'int', 'isinstance', 'issubclass', 'iter', 'len',
    'license', 'list', 'locals', 'map', 'max', 'memoryview', 'min', 'next', 'object', 'oct', 'open', 'ord',
    'pow', 'print', 'property', 'quit', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice',
    'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip',
]);

;// CONCATENATED MODULE: ./src/dags/scopes.js

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
const TARGET_CONTAINERS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression', 'expression_list']);
/**
 * Builds Python scopes (module, class, function, lambda, comprehension) with their bindings and
 * every name read, following Python's rules: class bodies are invisible to nested functions,
 * comprehensions have their own scope but evaluate their first iterable outside it, walrus binds in
 * the enclosing non-comprehension scope, `global`/`nonlocal` redirect bindings.
 */
function analyzeScopes(root, src) {
    const newScope = (kind, node, parent) => {
        const s = { kind, node, parent, bindings: new Map(), globals: new Set(), nonlocals: new Set(), loops: [] };
        scopes.push(s);
        scopeOf.set(node, s);
        return s;
    };
    const scopes = [];
    const scopeOf = new Map();
    const uses = [];
    const imports = [];
    const module = newScope('module', root, null);
    let hasStarImport = false;
    let futureAnnotations = false;
    for (const stmt of root.children) {
        if (stmt.type === 'future_import_statement' && src.of(stmt).includes('annotations'))
            futureAnnotations = true;
    }
    const bind = (name, at, scope) => {
        let target = scope;
        // The size checks skip hashing `name` for the (usual) empty sets.
        if (scope.globals.size && scope.globals.has(name))
            target = module;
        else if (scope.nonlocals.size && scope.nonlocals.has(name))
            return;
        const list = target.bindings.get(name);
        if (list)
            list.push(at);
        else
            target.bindings.set(name, [at]);
    };
    const bindTarget = (node, at, scope) => {
        if (node.type === 'identifier')
            bind(src.of(node), at, scope);
        else if (TARGET_CONTAINERS.has(node.type))
            for (const c of node.children)
                bindTarget(c, at, scope);
        else if (node.type === 'list_splat_pattern' || node.type === 'list_splat')
            for (const c of node.children)
                bindTarget(c, at, scope);
        else
            visit(node, scope);
    };
    const annotationsEvaluated = (scope) => !futureAnnotations && (scope.kind === 'module' || scope.kind === 'class');
    const visitParameters = (params, outer, inner, at) => {
        if (!params)
            return;
        for (const p of params.children) {
            switch (p.type) {
                case 'identifier':
                    bind(src.of(p), at, inner);
                    break;
                case 'default_parameter':
                case 'typed_default_parameter': {
                    const name = childByField(p, 'name');
                    const value = childByField(p, 'value');
                    const type = childByField(p, 'type');
                    if (value)
                        visit(value, outer);
                    if (type && !futureAnnotations)
                        visit(type, outer);
                    if (name)
                        bindTarget(name, at, inner);
                    break;
                }
                case 'typed_parameter': {
                    const type = childByField(p, 'type');
                    if (type && !futureAnnotations)
                        visit(type, outer);
                    for (const c of p.children)
                        if (c.field !== 'type')
                            bindParamName(c, at, inner);
                    break;
                }
                case 'list_splat_pattern':
                case 'dictionary_splat_pattern':
                case 'tuple_pattern':
                    bindParamName(p, at, inner);
                    break;
                default:
                    break;
            }
        }
    };
    const bindParamName = (node, at, scope) => {
        if (node.type === 'identifier')
            bind(src.of(node), at, scope);
        else
            for (const c of node.children)
                bindParamName(c, at, scope);
    };
    const visitCasePattern = (node, scope, at) => {
        switch (node.type) {
            case 'dotted_name': {
                const ids = node.children.filter((c) => c.type === 'identifier');
                if (ids.length === 1 && node.parent?.type === 'case_pattern') {
                    const name = src.of(ids[0]);
                    if (name !== '_')
                        bind(name, at, scope);
                }
                else if (ids.length)
                    visit(ids[0], scope);
                return;
            }
            case 'class_pattern': {
                for (const c of node.children) {
                    if (c.type === 'dotted_name') {
                        const first = c.children[0];
                        if (first)
                            visit(first, scope);
                    }
                    else
                        visitCasePattern(c, scope, at);
                }
                return;
            }
            case 'keyword_pattern':
                node.children.slice(1).forEach((c) => visitCasePattern(c, scope, at));
                return;
            case 'splat_pattern':
                for (const c of node.children)
                    if (c.type === 'identifier')
                        bind(src.of(c), at, scope);
                return;
            case 'as_pattern':
                for (const c of node.children) {
                    if (c.type === 'identifier')
                        bind(src.of(c), at, scope);
                    else
                        visitCasePattern(c, scope, at);
                }
                return;
            case 'string':
            case 'concatenated_string':
            case 'integer':
            case 'float':
            case 'true':
            case 'false':
            case 'none':
                return;
            default:
                for (const c of node.children)
                    visitCasePattern(c, scope, at);
        }
    };
    const visitComprehension = (node, scope) => {
        const clauses = node.children.filter((c) => c.type === 'for_in_clause');
        const first = clauses[0] && childByField(clauses[0], 'right');
        if (first)
            visit(first, scope);
        const inner = newScope('comprehension', node, scope);
        for (const clause of clauses) {
            const left = childByField(clause, 'left');
            if (left)
                bindTarget(left, node.start, inner);
            const right = childByField(clause, 'right');
            if (right && clause !== clauses[0])
                visit(right, inner);
        }
        for (const c of node.children)
            if (c.type !== 'for_in_clause')
                visit(c, inner);
    };
    /**
     * An indexed loop, not for…of: the sampling heap profiler showed visit's array iterators and their
     * result objects as ~360 MB of allocation on 10,000 files (visit is not optimized enough to elide them).
     */
    const visitChildren = (node, scope) => {
        const children = node.children;
        for (let i = 0; i < children.length; i++)
            visit(children[i], scope);
    };
    const visit = (node, scope) => {
        switch (node.type) {
            case 'identifier':
                uses.push({ name: src.of(node), node, scope });
                return;
            case 'comment':
                return;
            case 'decorated_definition':
                visitChildren(node, scope);
                return;
            case 'function_definition': {
                const name = childByField(node, 'name');
                const inner = newScope('function', node, scope);
                visitParameters(childByField(node, 'parameters'), scope, inner, node.start);
                const ret = childByField(node, 'return_type');
                if (ret && !futureAnnotations)
                    visit(ret, scope);
                if (name)
                    bind(src.of(name), node.end, scope);
                const body = childByField(node, 'body');
                if (body)
                    visit(body, inner);
                return;
            }
            case 'class_definition': {
                const name = childByField(node, 'name');
                const supers = childByField(node, 'superclasses');
                if (supers)
                    visit(supers, scope);
                const inner = newScope('class', node, scope);
                const body = childByField(node, 'body');
                if (body)
                    visit(body, inner);
                if (name)
                    bind(src.of(name), node.end, scope);
                return;
            }
            case 'lambda': {
                const inner = newScope('lambda', node, scope);
                visitParameters(childByField(node, 'parameters'), scope, inner, node.start);
                const body = childByField(node, 'body');
                if (body)
                    visit(body, inner);
                return;
            }
            case 'list_comprehension':
            case 'set_comprehension':
            case 'dictionary_comprehension':
            case 'generator_expression':
                visitComprehension(node, scope);
                return;
            case 'assignment': {
                const right = childByField(node, 'right');
                if (right)
                    visit(right, scope);
                const type = childByField(node, 'type');
                if (type && annotationsEvaluated(scope))
                    visit(type, scope);
                const left = childByField(node, 'left');
                // An annotation without a value (`x: int`) binds nothing.
                if (left && (right || !type))
                    bindTarget(left, node.end, scope);
                else if (left && left.type !== 'identifier')
                    visit(left, scope);
                return;
            }
            case 'augmented_assignment': {
                const left = childByField(node, 'left');
                const right = childByField(node, 'right');
                if (right)
                    visit(right, scope);
                if (left) {
                    visit(left, scope);
                    if (left.type === 'identifier')
                        bind(src.of(left), node.end, scope);
                }
                return;
            }
            case 'named_expression': {
                const value = childByField(node, 'value');
                if (value)
                    visit(value, scope);
                let target = scope;
                while (target.kind === 'comprehension' && target.parent)
                    target = target.parent;
                const name = childByField(node, 'name');
                if (name)
                    bind(src.of(name), node.end, target);
                return;
            }
            case 'for_statement': {
                const right = childByField(node, 'right');
                if (right)
                    visit(right, scope);
                const left = childByField(node, 'left');
                if (left)
                    bindTarget(left, node.start, scope);
                scope.loops.push([node.start, node.end]);
                for (const c of node.children)
                    if (c.field !== 'left' && c.field !== 'right')
                        visit(c, scope);
                return;
            }
            case 'while_statement':
                scope.loops.push([node.start, node.end]);
                visitChildren(node, scope);
                return;
            case 'as_pattern': {
                // with … as x / except E as e
                for (const c of node.children) {
                    if (c.type === 'as_pattern_target')
                        for (const t of c.children)
                            bindTarget(t, node.end, scope);
                    else if (c.field === 'alias')
                        for (const t of c.children)
                            bindTarget(t, node.end, scope);
                    else
                        visit(c, scope);
                }
                return;
            }
            case 'import_statement':
            case 'import_from_statement':
                visitImport(node, scope);
                return;
            case 'future_import_statement':
                return;
            case 'global_statement':
                for (const c of node.children)
                    if (c.type === 'identifier')
                        scope.globals.add(src.of(c));
                return;
            case 'nonlocal_statement':
                for (const c of node.children)
                    if (c.type === 'identifier')
                        scope.nonlocals.add(src.of(c));
                return;
            case 'keyword_argument': {
                const value = childByField(node, 'value');
                if (value)
                    visit(value, scope);
                return;
            }
            case 'attribute': {
                const obj = childByField(node, 'object');
                if (obj)
                    visit(obj, scope);
                return;
            }
            case 'case_clause':
                for (const c of node.children) {
                    if (c.type === 'case_pattern')
                        visitCasePattern(c, scope, node.start);
                    else
                        visit(c, scope);
                }
                return;
            case 'dotted_name': {
                const first = node.children[0];
                if (first)
                    visit(first, scope);
                return;
            }
            case 'type_alias_statement': {
                const left = childByField(node, 'left');
                const right = childByField(node, 'right');
                if (right)
                    visit(right, scope);
                if (left)
                    bindTarget(left.type === 'type' ? left.children[0] ?? left : left, node.end, scope);
                return;
            }
            default:
                visitChildren(node, scope);
        }
    };
    const visitImport = (node, scope) => {
        if (node.type === 'import_statement') {
            for (const c of node.children) {
                if (c.type === 'dotted_name') {
                    const full = src.of(c).replace(/\s+/g, '');
                    const local = full.split('.')[0];
                    bind(local, node.end, scope);
                    imports.push({ local, qualified: local, statement: node, nameNode: c, from: false, scope });
                    // `import a.b.c` also makes a.b.c reachable through `a`; keep the full path for lookups.
                    if (full !== local)
                        imports.push({ local: full, qualified: full, statement: node, nameNode: c, from: false, scope });
                }
                else if (c.type === 'aliased_import') {
                    const name = childByField(c, 'name');
                    const alias = childByField(c, 'alias');
                    if (name && alias) {
                        bind(src.of(alias), node.end, scope);
                        imports.push({ local: src.of(alias), qualified: src.of(name).replace(/\s+/g, ''), statement: node, nameNode: name, from: false, scope });
                    }
                }
            }
            return;
        }
        const moduleNode = childByField(node, 'module_name');
        const moduleName = moduleNode ? src.of(moduleNode).replace(/\s+/g, '') : '';
        for (const c of node.children) {
            if (c.type === 'wildcard_import')
                hasStarImport = true;
            if (c.field !== 'name')
                continue;
            if (c.type === 'dotted_name') {
                const name = src.of(c);
                bind(name, node.end, scope);
                imports.push({ local: name, qualified: `${moduleName}.${name}`, statement: node, nameNode: c, from: true, scope });
            }
            else if (c.type === 'aliased_import') {
                const name = childByField(c, 'name');
                const alias = childByField(c, 'alias');
                if (name && alias) {
                    bind(src.of(alias), node.end, scope);
                    imports.push({ local: src.of(alias), qualified: `${moduleName}.${src.of(name)}`, statement: node, nameNode: name, from: true, scope });
                }
            }
        }
    };
    for (const c of root.children)
        visit(c, module);
    return { module, scopes, uses, imports, hasStarImport, futureAnnotations, scopeOf };
}
const RUNS_IN_PLACE = new Set(['module', 'class', 'comprehension']);
function boundBefore(scope, name, offset) {
    const at = scope.bindings.get(name);
    if (!at)
        return false;
    for (const o of at)
        if (o <= offset)
            return true;
    // Inside a loop, a binding later in the same loop is seen on the next iteration.
    for (const [s, e] of scope.loops) {
        if (s <= offset && offset < e)
            for (const o of at)
                if (s <= o && o <= e)
                    return true;
    }
    return false;
}
/**
 * True when the name read at `use` resolves to a binding or a builtin. Module, class and
 * comprehension code runs where it stands, so there a binding must come first; function and lambda
 * bodies run later and see every binding of their enclosing scopes. Class scopes are invisible to
 * the scopes nested in them.
 */
function resolves(use, builtins, module) {
    const { name } = use;
    const offset = use.node.start;
    let scope = use.scope;
    if (scope.globals.size && scope.globals.has(name))
        return module.bindings.has(name) || builtins.has(name);
    if (scope.nonlocals.size && scope.nonlocals.has(name))
        return true;
    let ordered = RUNS_IN_PLACE.has(scope.kind);
    let first = true;
    while (scope) {
        if (first || scope.kind !== 'class') {
            if (ordered ? boundBefore(scope, name, offset) : scope.bindings.has(name))
                return true;
        }
        const parent = scope.parent;
        ordered = ordered && scope.kind !== 'module' && parent !== null && RUNS_IN_PLACE.has(parent.kind) && scope.kind !== 'function' && scope.kind !== 'lambda';
        scope = parent;
        first = false;
    }
    return builtins.has(name);
}

;// CONCATENATED MODULE: ./src/dags/rules/undefined-name.js



const undefinedName = defineRule({
    id: 'DAG301',
    name: 'undefined-name',
    severity: 'error',
    summary: 'A name is used that is never defined or imported.',
    docs: {
        limits: 'A file with a `from m import *` is skipped entirely (the star may bind any name). Names created at run time (`globals()[name] = …`, `exec`, `setattr` on the module, builtins a plugin adds) look undefined and are reported, and a name bound only in a branch that does not run counts as defined.',
        what: 'Resolves every name through Python scopes (module, class, function, lambda, comprehension, global/nonlocal, builtins, imports) and reports the ones that bind to nothing. At module level a name must be bound before it is used. A star import turns the rule off for that file.',
        why: 'At module level it is a NameError when Airflow imports the file (an import error, the DAG vanishes); inside a task it is a NameError when the task runs, after the deployment looked healthy.',
        example: 'from airflow.sdk import task\n\n@task\ndef compute_drift() -> float:\n    vectors = load_vectors()\n    return compute_cosine_drift(vectors)',
        fix: 'from airflow.sdk import task\n\nfrom drift.metrics import compute_cosine_drift, load_vectors\n\n@task\ndef compute_drift() -> float:\n    return compute_cosine_drift(load_vectors())',
    },
}, {
    checkFile(ctx) {
        if (ctx.scopes.hasStarImport)
            return;
        const seen = new Set();
        for (const use of ctx.scopes.uses) {
            if (resolves(use, PYTHON_BUILTINS, ctx.scopes.module))
                continue;
            const key = `${use.name}@${use.node.start}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            ctx.report(use.node, `Undefined name \`${use.name}\`.`, `Define or import \`${use.name}\` before it is used.`);
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/index.js




















/** Every lint-dags rule, in documentation order. */
const rules_dagRules = [
    syntaxError,
    unreadableFile,
    removedInAirflow3,
    removedDagArgument,
    removedOperatorArgument,
    removedContextKey,
    removedTriggerRule,
    deprecatedInAirflow3,
    suggestedAirflow3Update,
    ignoredArgument,
    removedAttribute,
    undefinedName,
    invalidId,
    duplicateDagId,
    duplicateTaskId,
    dependencyCycle,
    branchTargetNotDownstream,
    dagNeverRegistered,
    missingSchedule,
    invalidSchedule,
    dynamicStartDate,
    naiveStartDate,
    dagIdRedefinedInFile,
    requiredParamOnScheduledDag,
    moduleLevelExit,
    parseTimeVariable,
    parseTimeNetworkCall,
    heavyTopLevelImport,
    metadataDbAccess,
    requiredTags,
    requireOwner,
];

;// CONCATENATED MODULE: ./src/dags/analyze.js


















/** A file's DAG model as data (modelJson parsed back). */
function modelOf(analysis) {
    return analysis.modelJson ? JSON.parse(analysis.modelJson) : [];
}
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const taskId = (t) => t.taskId ?? '?';
/** The model of one file as plain data. Short-lived: the analysis keeps only its JSON text. */
function summarizeModel(model, src) {
    return model.dags.map((d) => {
        // Sorted by code unit (not locale) so the output is the same on every machine: the default
        // sort() compares strings by code unit, natively (a comparator function was a third of this).
        const tasks = d.tasks.map(taskId).sort();
        return {
            dagId: d.dagId,
            line: src.position(d.idNode.start).line,
            tasks,
            edges: sortedEdges(d.tasks, tasks),
            dynamic: d.dynamic || d.incomplete || d.tasks.some((t) => t.taskId === undefined),
            registered: d.registered,
        };
    });
}
/**
 * A DAG's [upstream, downstream] id pairs, sorted by code unit (first id, then second). Sorted as
 * numbers, not with a string comparator: a pair's key is its ids' ranks among the DAG's sorted task
 * ids (equal ids share a rank), and the pair's index rides along in the low digits so that equal
 * pairs (two tasks whose id is "?") both stay.
 */
function sortedEdges(dagTasks, sortedIds) {
    const rank = new Map();
    for (let i = 0; i < sortedIds.length; i++)
        if (i === 0 || sortedIds[i] !== sortedIds[i - 1])
            rank.set(sortedIds[i], rank.size);
    const pairs = [];
    for (const t of dagTasks) {
        if (t.downstream.size === 0)
            continue;
        const from = taskId(t);
        for (const down of t.downstream.keys())
            pairs.push([from, taskId(down)]);
    }
    const n = pairs.length;
    const width = rank.size;
    const keys = new Float64Array(n);
    // Every key must stay an exact integer; a downstream task outside this DAG's list has no rank.
    let ranked = width * width * n < Number.MAX_SAFE_INTEGER;
    for (let i = 0; ranked && i < n; i++) {
        const a = rank.get(pairs[i][0]);
        const b = rank.get(pairs[i][1]);
        if (a === undefined || b === undefined)
            ranked = false;
        else
            keys[i] = (a * width + b) * n + i;
    }
    if (!ranked)
        return pairs.sort((x, y) => byCodeUnit(x[0], y[0]) || byCodeUnit(x[1], y[1]));
    keys.sort();
    const out = new Array(n);
    for (let j = 0; j < n; j++)
        out[j] = pairs[keys[j] % n];
    return out;
}
/** The active rules per overrides object: every file of a run shares one config, so one computation per run. */
const activeRulesByOverrides = new WeakMap();
/** Rules with their effective severity; rules turned off are dropped. */
function activeRules(overrides) {
    let rules = activeRulesByOverrides.get(overrides);
    if (!rules)
        activeRulesByOverrides.set(overrides, (rules = computeActiveRules(overrides)));
    return rules;
}
function computeActiveRules(overrides) {
    return rules_dagRules
        .map((rule) => ({ rule, severity: rule_effectiveSeverity(rule.meta, overrides) }))
        .filter((r) => r.severity !== 'off');
}
/** The analysis of a file that never reaches the rules: its one DAG002 finding (unless turned off). */
function unreadableAnalysis(file, read, overrides) {
    const f = unreadableFinding(file, read, overrides);
    return { file, findings: f ? [f] : [], dags: [], modelJson: '', syntaxOk: false };
}
function unreadableFinding(file, read, overrides) {
    const severity = rule_effectiveSeverity(unreadableFile.meta, overrides);
    if (severity === 'off')
        return undefined;
    const at = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    switch (read.kind) {
        case 'binary':
            return rule_makeFinding(unreadableFile.meta, severity, `Binary file (${read.bytes} bytes, contains NUL bytes): Python cannot import it.`, file, at, 'Remove it from the DAGs folder or add it to ignore: in .airflow-gitops.yml.');
        case 'bad-encoding':
            return rule_makeFinding(unreadableFile.meta, severity, read.reason ?? `Line ${read.line} is not valid ${read.encoding}: Python refuses to import the file.`, file, { ...at, startLine: read.line, endLine: read.line }, 'Save the file as UTF-8 (or declare its encoding in a PEP 263 coding line).');
        case 'too-large':
            return rule_makeFinding(unreadableFile.meta, 'warning', `Skipped: ${read.bytes} bytes is above the ${read.limit}-byte limit (dags.max-file-bytes).`, file, at, 'Split the file, or raise dags.max-file-bytes.');
        case 'unreadable':
            return rule_makeFinding(unreadableFile.meta, severity, `Cannot read the file (${read.reason}).`, file, at);
        case 'not-analysed':
            // Not proof of a bug in the file (the linter failed, not Python), so a warning: it must not
            // fail a PR on its own, yet the file is not silently passed either.
            return rule_makeFinding(unreadableFile.meta, 'warning', `Could not be analysed: ${read.reason}. No other rule checked this file.`, file, at, 'Check the file with `python -m py_compile` and fix any syntax error; if it compiles, report it (the file reproduces a linter bug).');
    }
}
/** The text of a file's bytes, or the analysis of a file Python could not read at all. */
function decodeForLint(file, buf, overrides) {
    const read = decodeSource(buf);
    return read.kind === 'text' ? read.text : unreadableAnalysis(file, read, overrides);
}
/** Lints one file's text: the fast parser first, tree-sitter for what it gives up on. */
function analyzeSource(parser, file, text, settings, overrides) {
    return analyzeTree(file, text, parseFast(text) ?? parsePython(parser, text), settings, overrides);
}
/**
 * Lints one parsed file; pure. `dagModel: false` leaves `modelJson` empty: the DAG model is only in
 * JSON and SARIF output, and summarizing every file's model for text output was wasted work.
 */
function analyzeTree(file, text, tree, settings, overrides, dagModel = true) {
    const src = new SourceText(text);
    const findings = [];
    const rules = activeRules(overrides);
    const reporter = (rule, severity) => (at, message, fix) => {
        findings.push(rule_makeFinding(rule.meta, severity, message, file, src.range(at.start, at.end), fix));
    };
    const problems = findSyntaxProblems(tree, src);
    if (problems.length) {
        // Like CPython, stop at syntax errors: other rules would only add noise on a broken tree.
        const sev = rule_effectiveSeverity(syntaxError.meta, overrides);
        // An error only tree-sitter saw, where our parser stopped at a construct Python accepts, is a warning.
        if (sev !== 'off')
            for (const p of problems)
                reporter(syntaxError, p.unconfirmed && sev === 'error' ? 'warning' : sev)(p, p.message);
        return { file, findings: applyNoqa(findings, src).map(detachFinding), dags: [], modelJson: '', syntaxOk: false };
    }
    const scopes = analyzeScopes(tree.root, src);
    const resolver = new NameResolver(scopes, src);
    const model = buildDagModel(tree.root, src, resolver, tree.index);
    for (const { rule, severity } of rules) {
        if (!rule.checkFile || rule === syntaxError)
            continue;
        const ctx = { file, src, tree, scopes, resolver, model, settings, report: reporter(rule, severity) };
        rule.checkFile(ctx);
    }
    const dags = model.dags
        .filter((d) => d.dagId !== undefined && d.registered)
        .map((d) => ({ dagId: detachString(d.dagId), file, range: src.range(d.idNode.start, d.idNode.end) }));
    const reported = applyNoqa(findings, src);
    attachEdits(reported, { src, tree, scopes, resolver, model });
    // Results live until the report is printed: they must not keep the file's text alive.
    const summaries = dagModel ? summarizeModel(model, src) : [];
    const modelJson = summaries.length ? json_text_JsonText.render(summaries, finding_DAG_MODEL_JSON_DEPTH).text : '';
    const analysis = { file, findings: reported.map(detachFinding), dags, modelJson, syntaxOk: true };
    releaseFileCaches();
    return analysis;
}
/**
 * Empties the per-file caches of the rules and the resolver once a file is done. They are replaced
 * when the next file first asks, but until then they held this file's nodes, and through their
 * parent pointers its whole tree: alive while the next file is parsed (most of a run's allocation),
 * so young-generation GCs copied it and promoted it to the old generation.
 */
function releaseFileCaches() {
    forgetCallArguments();
    forgetArgumentCalls();
    forgetImportHits();
}

;// CONCATENATED MODULE: ./src/dags/provider-versions.js




/** Files read for provider pins when the config names none (each only when it exists at the root). */
const DEFAULT_REQUIREMENTS_FILES = (/* unused pure expression or super */ null && (['requirements.txt', 'constraints.txt']));
const PROVIDER_PREFIX = 'apache-airflow-providers-';
/** Big enough for any real requirements or constraints file (Airflow's own constraints are ~30 KB). */
const MAX_REQUIREMENTS_BYTES = (/* unused pure expression or super */ null && (1 << 20));
/** 'postgres', 'apache_airflow_providers_postgres', 'Apache-Airflow-Providers-Postgres' → 'apache-airflow-providers-postgres' (PEP 503). */
function providerPackageName(name) {
    const normal = name.trim().toLowerCase().replace(/[-_.]+/g, '-');
    return normal.startsWith(PROVIDER_PREFIX) ? normal : PROVIDER_PREFIX + normal;
}
const REQUIREMENT = /^\s*(apache[-_.]airflow[-_.]providers[-_.][A-Za-z0-9._-]+)\s*(?:\[[^\]]*\])?\s*(===?|~=|>=)\s*([0-9][0-9A-Za-z.+!-]*)/i;
/**
 * Provider versions pinned in a requirements or constraints file. `==`/`===` pins are exact; `>=`
 * and `~=` give the lowest version the image can have, which is what a removal check needs (a name
 * removed at or below that version is surely gone). Other lines (comments, options, other packages,
 * URLs, unpinned names) are skipped.
 */
function parseRequirements(text) {
    const out = {};
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/\s#.*$/, '');
        const m = REQUIREMENT.exec(line);
        if (m)
            out[providerPackageName(m[1])] = m[3].replace(/\.$/, '');
    }
    return out;
}
/** Defaults, overlaid with requirements/constraints files at the root, overlaid with `dags.provider-versions`. */
function provider_versions_resolveProviderVersions(config, root) {
    const versions = { ...DEFAULT_PROVIDER_VERSIONS };
    const sources = [];
    const configured = config.dags.requirements;
    for (const file of configured ?? DEFAULT_REQUIREMENTS_FILES) {
        const abs = path.resolve(root, file);
        let text;
        try {
            const stat = fs.statSync(abs);
            if (!stat.isFile() || stat.size > MAX_REQUIREMENTS_BYTES)
                throw new Error(stat.isFile() ? 'too large' : 'not a regular file');
            text = fs.readFileSync(abs, 'utf8');
        }
        catch (e) {
            // A default file that is absent is the normal case; a configured one must be there.
            if (!configured)
                continue;
            throw new UsageError(`dags.requirements: "${file}" cannot be read (${e.code ?? e.message}); paths are relative to ${root}.`);
        }
        const pins = parseRequirements(text);
        if (Object.keys(pins).length)
            sources.push(file);
        Object.assign(versions, pins);
    }
    const explicit = config.dags.providerVersions;
    if (explicit && Object.keys(explicit).length) {
        for (const [name, version] of Object.entries(explicit))
            versions[providerPackageName(name)] = version;
        sources.push('config dags.provider-versions');
    }
    return { versions, sources };
}

;// CONCATENATED MODULE: ./src/dags/engine.js














function settingsFrom(config, providerVersions) {
    const base = config.dags.heavyImports ?? [...DEFAULT_HEAVY_IMPORTS];
    return {
        heavyImports: [...base, ...(config.dags.extraHeavyImports ?? [])],
        requiredTags: config.dags.requiredTags ?? [],
        requireOwner: config.dags.requireOwner ?? false,
        providerVersions,
    };
}
/**
 * Worker threads pay off only with cores to spare and plenty of files per thread: each thread
 * JIT-compiles the parser and rules from scratch (about as much CPU as linting 1,500 files warm),
 * and V8's compiler and GC threads already use a second core. On the 2-vCPU benchmark machine two
 * workers were slower than the main thread alone even at 10,000 files (docs/performance.md), so
 * they start only from 4 CPUs and 3,000 files per thread. `--jobs` overrides the choice.
 */
const FILES_PER_THREAD = 3000;
const MIN_CPUS_FOR_WORKERS = 4;
const BATCH = 24;
/** Worker threads for `files` files on `cpus` CPUs; 0 = lint on the main thread. */
function workerCount(files, cpus) {
    if (cpus < MIN_CPUS_FOR_WORKERS)
        return 0;
    const threads = Math.min(cpus, 8, Math.floor(files / FILES_PER_THREAD));
    return threads >= 2 ? threads : 0;
}
let readBuffer = Buffer.allocUnsafe(1 << 16);
/**
 * Reads one file, refusing files over the size limit before reading them (one open, one fstat).
 * The bytes live in a shared buffer until the next read: decode them before reading another file.
 */
function readForLint(job, file) {
    const abs = external_node_path_namespaceObject.join(job.root, file);
    let fd;
    try {
        // Non-blocking, so a FIFO swapped in after the directory walk cannot stall the run; the fstat
        // then refuses anything but a regular file (a device would read for ever).
        fd = external_node_fs_namespaceObject.openSync(abs, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
        const stat = external_node_fs_namespaceObject.fstatSync(fd);
        if (!stat.isFile())
            return { skipped: unreadableAnalysis(file, { kind: 'unreadable', reason: `${fileKind(stat)}, not a regular file` }, job.overrides) };
        const size = stat.size;
        if (size > job.maxBytes) {
            return { skipped: unreadableAnalysis(file, { kind: 'too-large', bytes: size, limit: job.maxBytes }, job.overrides) };
        }
        // One buffer for every file: decoding copies the text out, and fresh buffers cost page faults.
        if (readBuffer.length < size)
            readBuffer = Buffer.allocUnsafe(Math.max(size, readBuffer.length * 2));
        let read = 0;
        while (read < size) {
            const n = external_node_fs_namespaceObject.readSync(fd, readBuffer, read, size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return { buf: readBuffer.subarray(0, read) };
    }
    catch (e) {
        return { skipped: unreadableAnalysis(file, { kind: 'unreadable', reason: e.code ?? String(e) }, job.overrides) };
    }
    finally {
        if (fd !== undefined)
            external_node_fs_namespaceObject.closeSync(fd);
    }
}
/** Reads and lints a list of files (what each worker thread runs). */
async function lintFiles(job) {
    // tree-sitter's wasm is loaded only when the fast parser first gives up on a file.
    let treeSitter;
    const budget = { ...DEFAULT_PARSE_BUDGET, ...job.parseBudget };
    const out = [];
    for (const file of job.files) {
        const read = readForLint(job, file);
        if ('skipped' in read) {
            out.push(read.skipped);
            continue;
        }
        const text = decodeForLint(file, read.buf, job.overrides);
        if (typeof text !== 'string') {
            out.push(text);
            continue;
        }
        // One file that cannot be analysed (a wasm trap, a parse over budget, a bug) becomes a
        // finding on that file; the other files' findings and the reports still come out.
        try {
            const tree = parser_parseFast(text) ?? parser_parsePython((treeSitter ??= await getParser()), text, budget);
            out.push(analyzeTree(file, text, tree, job.settings, job.overrides, job.dagModel !== false));
        }
        catch (e) {
            if (e instanceof TreeSitterCrash) {
                discardParser();
                treeSitter = undefined;
            }
            out.push(unreadableAnalysis(file, { kind: 'not-analysed', reason: notAnalysedReason(e) }, job.overrides));
        }
    }
    return out;
}
function notAnalysedReason(e) {
    if (e instanceof ParseBudgetExceeded || e instanceof TreeSitterCrash)
        return e.message;
    return `internal error: ${e instanceof Error ? e.message : String(e)}`;
}
async function lintInWorkers(job, script, count) {
    const queue = [...job.files];
    const results = [];
    const runOne = () => new Promise((resolve, reject) => {
        const worker = new Worker(script, { workerData: { airflowGitopsLintWorker: true } });
        const next = () => {
            const files = queue.splice(0, BATCH);
            if (files.length === 0) {
                void worker.terminate();
                resolve();
                return;
            }
            worker.postMessage({ ...job, files });
        };
        worker.on('message', (batch) => {
            results.push(...batch);
            next();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
            if (code !== 0 && code !== 1)
                reject(new Error(`lint worker exited with code ${code}`));
        });
        next();
    });
    await Promise.all(Array.from({ length: count }, runOne));
    return results;
}
const quoteList = (items) => items.map((i) => `"${i}"`).join(', ');
/** Lints DAG files: per-file rules (in worker threads for large trees), then cross-file rules. */
async function lintDags(options) {
    const started = performance.now();
    const { config, root } = options;
    const ignore = config.ignore;
    const { files, missing, empty, otherExtension, notRegular, symlinkRepeats } = expandPaths(options.paths, root, ['.py'], ignore);
    const notPython = otherExtension.length ? `${quoteList(otherExtension)}: lint-dags reads only .py files` : '';
    if (notRegular.length) {
        // Opening a FIFO would block for ever and a device never ends: refused before any read.
        const what = notRegular.map((n) => `"${n.input}" is ${n.kind}`).join('; ');
        throw new UsageError(`${what}, not a regular file: lint-dags reads only regular .py files and directories.`);
    }
    if (!options.allowEmpty) {
        const problems = [
            ...missing.map((m) => `"${m}" does not exist`),
            ...empty.map((e) => `"${e}" holds no .py file${ignore.length ? " outside the config's ignore globs" : ''}`),
            ...(files.length === 0 && notPython ? [`nothing to lint, ${notPython}`] : []),
        ];
        if (problems.length) {
            throw new UsageError(`${problems.join('; ')}. Paths are relative to ${root}; --allow-empty (action input allow-empty) accepts paths without a DAG file.`);
        }
    }
    const overrides = config.rules;
    const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const workers = options.workers ?? (options.workerScript ? workerCount(files.length, cpus) : 0);
    // Worker threads share the process CPU clock the parse budget is measured on.
    const parseBudget = { ...options.parseBudget, threads: Math.max(1, workers) };
    const providers = resolveProviderVersions(config, root);
    const job = { root, files, settings: settingsFrom(config, providers.versions), overrides, maxBytes: config.dags.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, parseBudget, dagModel: options.dagModel };
    const analyses = workers > 0 && options.workerScript ? await lintInWorkers(job, options.workerScript, workers) : await lintFiles(job);
    // One collator: the same order as localeCompare, without its per-call setup.
    const collator = new Intl.Collator();
    analyses.sort((a, b) => collator.compare(a.file, b.file));
    const findings = analyses.flatMap((a) => a.findings);
    const identities = analyses.flatMap((a) => a.dags);
    for (const rule of dagRules) {
        if (!rule.checkProject)
            continue;
        const severity = effectiveSeverity(rule.meta, overrides);
        if (severity === 'off')
            continue;
        rule.checkProject({
            dags: identities,
            report: (file, range, message, fix) => findings.push(makeFinding(rule.meta, severity, message, file, range, fix)),
        });
    }
    const details = [];
    if (missing.length)
        details.push(['Paths not found', missing.join(', ')]);
    if (empty.length)
        details.push(['Paths without .py files', empty.join(', ')]);
    if (notPython)
        details.push(['Not linted', notPython]);
    if (providers.sources.length)
        details.push(['Provider versions from', providers.sources.join(', ')]);
    if (symlinkRepeats.length)
        details.push(['Symlinked folders walked once (a loop or a second link)', symlinkRepeats.join(', ')]);
    // analyses are sorted by file, so the model's keys come out in that order.
    const dags = Object.fromEntries(analyses.filter((a) => a.modelJson).map((a) => [a.file, new JsonText(a.modelJson, DAG_MODEL_JSON_DEPTH)]));
    return {
        findings,
        rules: dagRules.map((r) => r.meta),
        run: { tool: 'lint-dags', version: VERSION, filesChecked: files.length, durationMs: performance.now() - started, details, dags },
        dags,
    };
}

;// CONCATENATED MODULE: ./src/dags/worker.js




/** True inside a lint worker thread started by lintDags (the bundle runs itself as the worker). */
function isLintWorker() {
    return !isMainThread && workerData?.airflowGitopsLintWorker === true;
}
/**
 * The script worker threads run: dist/lint-worker/index.js beside the running bundle when it
 * exists, else the running bundle itself (which answers isLintWorker()).
 */
function lintWorkerScript(runningBundle) {
    const small = path.resolve(path.dirname(runningBundle), '../lint-worker/index.js');
    return fs.existsSync(small) ? small : runningBundle;
}
function runLintWorker() {
    external_node_worker_threads_namespaceObject.parentPort.on('message', (job) => {
        lintFiles(job).then((results) => external_node_worker_threads_namespaceObject.parentPort.postMessage(results), (e) => {
            throw e;
        });
    });
}

;// CONCATENATED MODULE: ./src/dags/worker-main.js

// Entry of dist/lint-worker/index.js: a small bundle with only the linter, so each worker thread
// starts without loading the CLI's Azure and Kubernetes code.
runLintWorker();


//# sourceMappingURL=index.js.map