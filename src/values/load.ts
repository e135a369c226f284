import * as path from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Scalar, parseDocument, type DocumentOptions, type Node as YamlNode, type ParseOptions, type SchemaOptions } from 'yaml';
import type { Finding, Range } from '../core/finding.js';
import { readTextFile, toPosix } from '../core/files.js';
import { makeFinding, type RuleMeta } from '../core/rule.js';
import { aliasLimit } from './rules/alias-limit.js';
import { duplicateKey } from './rules/duplicate-key.js';
import { emptyValuesFile } from './rules/empty-values-file.js';
import { invalidYaml } from './rules/invalid-yaml.js';
import { rootNotMapping } from './rules/root-not-mapping.js';
import { unreadableValuesFile } from './rules/unreadable-values-file.js';

export interface LoadedValues {
  /** Merged as `helm -f a.yaml -f b.yaml` does: later wins, maps deep-merged, lists replaced. */
  values: Record<string, unknown>;
  /** Load problems (syntax, duplicate keys, alias bombs, non-mapping root, non-UTF-8, binary, too large, empty), each with file and line. */
  findings: Finding[];
  /** Where the value at a key path (['config','logging','remote_base_log_folder']) was set: the file and range of the winning key. */
  origin(path: string[]): { file: string; range: Range } | undefined;
}

/** The loader rules, for docs and SARIF. */
export const loadRules: RuleMeta[] = [invalidYaml, duplicateKey, aliasLimit, rootNotMapping, unreadableValuesFile, emptyValuesFile];

/** Values files are a few hundred KB at most (the chart's own is ~150 KB); anything bigger is the wrong file. */
export const MAX_VALUES_FILE_BYTES = 2 * 1024 * 1024;
/** Aliases a values file may expand; legitimate files use a handful, a "billion laughs" needs thousands. */
export const MAX_ALIAS_COUNT = 100;
/** Nesting deeper than this is not a values file; it also keeps the position walk off the stack limit. */
export const MAX_DEPTH = 200;

/** The YAML parser and toJS recurse per nesting level; thousands of levels exhaust the stack. */
const isStackOverflow = (e: unknown): boolean => e instanceof RangeError || /Maximum call stack size exceeded/.test(String((e as Error)?.message));

/**
 * How helm (go-yaml v2 via sigs.k8s.io/yaml) reads values: YAML 1.1 booleans (yes/no/on/off), octal
 * and `<<` merge keys, but timestamps and base-60 numbers stay strings.
 */
export const HELM_YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  merge: true,
  customTags: (tags) => tags.filter((t) => typeof t === 'string' || (t.format !== 'TIME' && t.tag !== 'tag:yaml.org,2002:timestamp')),
};

const WHOLE_LINE_ONE: Range = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };

interface ParsedFile {
  file: string;
  values: Record<string, unknown>;
  /** Path key (segments joined by NUL) → range of the key (or list item) that set it. */
  ranges: Map<string, Range>;
}

const pathKey = (p: string[]): string => p.join('\u0000');

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value a mapping holds under `key` itself: never one inherited from Object.prototype (`__proto__`, `constructor`). */
export function ownValue(map: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/**
 * Sets `key` as an ordinary own property. A plain `map[key] = v` with the key `__proto__` would
 * replace the object's prototype instead, silently dropping the key from the values; a values file
 * may hold any key, and an unknown one must be reported, not lost.
 */
export function setOwnValue(map: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
}

/** helm's mergeMaps for -f files: maps merge recursively, anything else (lists, scalars, null) replaces. */
export function mergeValues(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = ownValue(out, k);
    setOwnValue(out, k, isPlainObject(b) && isPlainObject(v) ? mergeValues(b, v) : v);
  }
  return out;
}

/** Reads one or more values files the way helm does and remembers where every key came from. */
export function loadValuesFiles(files: string[], cwd: string = process.cwd()): LoadedValues {
  const findings: Finding[] = [];
  const parsed: ParsedFile[] = [];
  for (const f of files) {
    const abs = path.resolve(cwd, f);
    const rel = toPosix(path.relative(cwd, abs)) || path.basename(abs);
    const one = loadOne(abs, rel, findings);
    if (one) parsed.push(one);
  }
  let values: Record<string, unknown> = {};
  for (const p of parsed) values = mergeValues(values, p.values);

  const origin = (keyPath: string[]): { file: string; range: Range } | undefined => {
    if (!hasPath(values, keyPath)) return undefined;
    const key = pathKey(keyPath);
    for (let i = parsed.length - 1; i >= 0; i--) {
      const range = parsed[i].ranges.get(key);
      if (range) return { file: parsed[i].file, range };
    }
    return undefined;
  };
  return { values, findings, origin };
}

function hasPath(root: unknown, keyPath: string[]): boolean {
  let cur: unknown = root;
  for (const seg of keyPath) {
    if (Array.isArray(cur)) {
      const i = Number(seg);
      if (!Number.isInteger(i) || i < 0 || i >= cur.length) return false;
      cur = cur[i];
    } else if (isPlainObject(cur)) {
      if (!Object.prototype.hasOwnProperty.call(cur, seg)) return false;
      cur = cur[seg];
    } else return false;
  }
  return true;
}

function loadOne(abs: string, rel: string, findings: Finding[]): ParsedFile | undefined {
  const report = (meta: RuleMeta, message: string, range: Range = WHOLE_LINE_ONE, fix?: string) =>
    findings.push(makeFinding(meta, meta.severity, message, rel, range, fix));

  const read = readTextFile(abs, MAX_VALUES_FILE_BYTES);
  switch (read.kind) {
    case 'unreadable':
      report(unreadableValuesFile, `Values file ${rel} cannot be read (${read.reason}).`, undefined, 'Check the path in the values file list.');
      return undefined;
    case 'binary':
      report(unreadableValuesFile, `Values file ${rel} is binary (${read.bytes} bytes contain NUL bytes), not YAML.`, undefined, 'Pass the YAML values file, not an archive or image.');
      return undefined;
    case 'too-large':
      report(
        unreadableValuesFile,
        `Values file ${rel} is ${read.bytes} bytes, over the ${read.limit}-byte limit for values files.`,
        undefined,
        'Pass the real values file; generated or concatenated files this large are not Helm values.',
      );
      return undefined;
    case 'bad-encoding':
      report(
        unreadableValuesFile,
        `Values file ${rel} is not valid ${read.encoding === 'utf-8' ? 'UTF-8' : read.encoding} (first bad byte on line ${read.line}); Helm reads values as UTF-8.`,
        { startLine: read.line, startColumn: 1, endLine: read.line, endColumn: 1 },
        'Re-save the file as UTF-8.',
      );
      return undefined;
  }
  const text = read.text;
  const lineCounter = new LineCounter();
  const tooDeep = (range: Range = WHOLE_LINE_ONE) =>
    report(invalidYaml, `Values file ${rel} nests deeper than ${MAX_DEPTH} levels; that is not a Helm values file.`, range, 'Flatten the structure; Helm values are a few levels deep.');
  let doc: ReturnType<typeof parseDocument>;
  try {
    // prettyErrors off: its per-error excerpt runs a regex over the whole "line" (quadratic on a long line of
    // lone CRs, which YAML does not count as line breaks); findings carry their own positions from e.pos.
    doc = parseDocument(text, { ...HELM_YAML_OPTIONS, lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    tooDeep();
    return undefined;
  }
  const rangeOf = (start: number, end: number): Range => {
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
      } else if (e.code === 'DUPLICATE_KEY') {
        report(duplicateKey, `Duplicate key in ${rel}: ${first.replace(/^Map keys must be unique/, 'the same key is set twice in one mapping')}.`, rangeOf(a, b), 'Keep one of the two keys.');
      } else if (e.code === 'MULTIPLE_DOCS') {
        report(rootNotMapping, `Values file ${rel} holds several YAML documents; Helm reads only a single mapping.`, rangeOf(a, b), 'Remove the `---` separators and merge the documents into one mapping.');
      } else {
        report(invalidYaml, `YAML syntax error in ${rel}: ${first}.`, rangeOf(a, b), 'Fix the YAML syntax at this line (indentation, brackets, quotes).');
      }
    }
    return undefined;
  }

  const contents = doc.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === undefined) && !contents.tag)) {
    report(emptyValuesFile, `Values file ${rel} is empty: it sets no values, so every chart default applies.`, undefined, 'Pass the intended values file, or remove it from the list.');
    return undefined;
  }
  if (!isMap(contents)) {
    const kind = isSeq(contents) ? 'a list' : 'a scalar';
    const r = contents.range ? rangeOf(contents.range[0], contents.range[1]) : WHOLE_LINE_ONE;
    report(rootNotMapping, `The top level of ${rel} is ${kind}; Helm values must be a mapping of keys.`, r, 'Make the top level a mapping, e.g. `executor: KubernetesExecutor`.');
    return undefined;
  }

  // A `<<` whose value is not a mapping: go-yaml refuses the file ("map merge requires map or
  // sequence of maps"); the yaml package throws a message that mentions aliases, so it is told apart
  // here rather than mistaken for an alias bomb below.
  const badMerge = findBadMergeKey(contents);
  if (badMerge) {
    report(
      invalidYaml,
      `Values file ${rel} has a \`<<\` merge key whose value is ${badMerge.got}; a merge key needs a mapping, an alias of one (*anchor), or a list of those.`,
      rangeOf(badMerge.range[0], badMerge.range[1]),
      'Give `<<` an alias of a mapping (<<: *defaults), or use an ordinary key name.',
    );
    return undefined;
  }

  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (isStackOverflow(e)) {
      tooDeep();
    } else if (/^Merge sources/.test((e as Error).message)) {
      // `<<: *anchor` where the anchor is not a mapping (the direct cases are found above, with their line).
      report(invalidYaml, `Values file ${rel} has a \`<<\` merge key whose alias does not point at a mapping; a merge key needs a mapping, an alias of one, or a list of those.`, WHOLE_LINE_ONE, 'Give `<<` an alias of a mapping (<<: *defaults).');
    } else if (/alias/i.test((e as Error).message)) {
      const firstAlias = findFirstAlias(contents);
      report(
        aliasLimit,
        `Values file ${rel} expands its YAML aliases beyond ${MAX_ALIAS_COUNT} nodes (an alias bomb); refusing to expand it.`,
        firstAlias ? rangeOf(firstAlias[0], firstAlias[1]) : WHOLE_LINE_ONE,
        'Write the values out instead of nesting anchors and aliases.',
      );
    } else {
      report(invalidYaml, `Values file ${rel} cannot be converted to values: ${(e as Error).message.split('\n')[0]}.`);
    }
    return undefined;
  }
  if (!isPlainObject(js)) {
    report(rootNotMapping, `The top level of ${rel} is not a mapping of keys.`);
    return undefined;
  }

  const ranges = new Map<string, Range>();
  let deeperThanMax = false;
  const walk = (node: unknown, at: string[]) => {
    if (at.length > MAX_DEPTH) {
      deeperThanMax = true;
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        if (isMergeKey(keyNode)) continue;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const next = [...at, key];
        if (keyNode && keyNode.range) ranges.set(pathKey(next), rangeOf(keyNode.range[0], keyNode.range[1]));
        walk(pair.value, next);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const next = [...at, String(i)];
        const r = (item as YamlNode | null)?.range;
        if (r) ranges.set(pathKey(next), rangeOf(r[0], r[1]));
        walk(item, next);
      });
    }
    // Aliases are not followed: their targets already have positions, and following them is what a bomb exploits.
    else if (isAlias(node)) return;
  };
  walk(contents, []);
  if (deeperThanMax) {
    tooDeep();
    return undefined;
  }
  return { file: rel, values: js, ranges };
}

function findFirstAlias(root: unknown): [number, number] | undefined {
  const stack: unknown[] = [root];
  while (stack.length) {
    const n = stack.pop();
    if (isAlias(n) && n.range) return [n.range[0], n.range[1]];
    if (isMap(n)) for (const p of [...n.items].reverse()) stack.push(p.value);
    else if (isSeq(n)) for (const i of [...n.items].reverse()) stack.push(i);
  }
  return undefined;
}

/** With `merge: true` the yaml package parses a plain `<<` key to a Scalar holding a Symbol. */
function isMergeKey(key: unknown): key is Scalar {
  return isScalar(key) && (typeof key.value === 'symbol' || (key.value === '<<' && key.type === 'PLAIN'));
}

/** A merge key (`<<`, plain) whose value is not a mapping, an alias of one, or a list of those; iterative, so depth cannot overflow it. */
function findBadMergeKey(root: unknown): { range: [number, number]; got: string } | undefined {
  const mergeable = (n: unknown): boolean => isMap(n) || (isAlias(n) && n.source !== undefined);
  const stack: unknown[] = [root];
  while (stack.length) {
    const n = stack.pop();
    if (isMap(n)) {
      for (const pair of n.items) {
        const key = pair.key;
        if (isMergeKey(key)) {
          const v = pair.value as YamlNode | null;
          const ok = mergeable(v) || (isSeq(v) && v.items.every(mergeable));
          if (!ok) {
            const got = v === null || (isScalar(v) && v.value === null) ? 'empty' : isSeq(v) ? 'a list holding something other than mappings' : isScalar(v) ? 'a scalar' : 'not a mapping';
            const r = v?.range ?? key.range;
            return { range: r ? [r[0], r[1]] : [0, 0], got };
          }
        }
        stack.push(pair.value);
      }
    } else if (isSeq(n)) for (const i of n.items) stack.push(i);
  }
  return undefined;
}
