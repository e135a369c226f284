/**
 * Differential testing of the hand-written Python parser against the tree-sitter copy.
 * No jest imports: the helpers are shared by the jest suite and dev scripts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PyNode } from '../../src/dags/ast.js';
import type { parsePython } from '../../src/dags/parser.js';
import { readTextFile } from '../../src/core/files.js';

/** Spelled through parsePython so it follows ParsedTree wherever that type is declared. */
export type ParsedTree = ReturnType<typeof parsePython>;
export type ParseFn = (text: string) => ParsedTree | undefined;

export interface SourceFile {
  name: string;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Comparison

/** 1-based line:column of a UTF-16 offset. */
function lineCol(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

function describeNode(node: PyNode | undefined): string {
  if (!node) return '(none)';
  const field = node.field === null ? '' : ` field=${node.field}`;
  const missing = node.missing ? ' MISSING' : '';
  return `${node.type}${field} [${node.start},${node.end})${missing} children=${node.children.length}`;
}

function around(text: string, offset: number): string {
  const at = Math.max(0, Math.min(text.length, offset));
  return `${JSON.stringify(text.slice(Math.max(0, at - 40), at))} ‸ ${JSON.stringify(text.slice(at, at + 40))}`;
}

function childList(node: PyNode): string {
  const parts = node.children.slice(0, 12).map((c) => `${c.field ? c.field + ':' : ''}${c.type}[${c.start},${c.end})`);
  if (node.children.length > 12) parts.push(`… +${node.children.length - 12}`);
  return parts.join(' ') || '(no children)';
}

/** A compare frame: node pair plus how it was reached, so the path is only built on a difference. */
interface Frame {
  a: PyNode;
  b: PyNode;
  parent: Frame | null;
  childIndex: number;
}

function pathOf(frame: Frame): string {
  const parts: string[] = [];
  for (let f: Frame | null = frame; f; f = f.parent) {
    const label = f.parent ? `${f.a.field ? f.a.field + ':' : ''}${f.a.type}[${f.childIndex}]` : f.a.type;
    parts.push(label);
  }
  return parts.reverse().join(' > ');
}

function report(what: string, frame: Frame, text: string, a?: PyNode, b?: PyNode, offset?: number): string {
  const na = a ?? frame.a;
  const nb = b ?? frame.b;
  const at = offset ?? Math.min(na?.start ?? 0, nb?.start ?? 0);
  return [
    `${what} at ${pathOf(frame)} (line ${lineCol(text, at)})`,
    `  tree-sitter: ${describeNode(na)}`,
    `  fast:        ${describeNode(nb)}`,
    `  source:      ${around(text, at)}`,
  ].join('\n');
}

/**
 * undefined when the trees are identical, else the first difference in source order.
 * `a` is the reference (tree-sitter), `b` the tree under test (fast parser); parent pointers and
 * index membership are checked in both.
 */
export function compareTrees(a: ParsedTree, b: ParsedTree, text: string): string | undefined {
  if (a.root.parent !== null || b.root.parent !== null) return 'root.parent is not null';
  const nodesOfB = new Set<PyNode>();
  const nodesOfA = new Set<PyNode>();
  const stack: Frame[] = [{ a: a.root, b: b.root, parent: null, childIndex: 0 }];
  while (stack.length) {
    const f = stack.pop()!;
    const x = f.a;
    const y = f.b;
    nodesOfA.add(x);
    nodesOfB.add(y);
    if (x.type !== y.type) return report('type differs', f, text);
    if (x.field !== y.field) return report('field differs', f, text);
    if (x.start !== y.start || x.end !== y.end) return report('range differs', f, text, x, y, Math.min(x.start, y.start));
    if (Boolean(x.missing) !== Boolean(y.missing)) return report('missing flag differs', f, text);
    const n = Math.min(x.children.length, y.children.length);
    for (let i = 0; i < n; i++) {
      const cx = x.children[i];
      const cy = y.children[i];
      if (cx.type !== cy.type || cx.start !== cy.start || cx.end !== cy.end || cx.field !== cy.field) {
        return [
          report(`child ${i} differs`, { a: cx, b: cy, parent: f, childIndex: i }, text, cx, cy, Math.min(cx.start, cy.start)),
          `  tree-sitter siblings: ${childList(x)}`,
          `  fast siblings:        ${childList(y)}`,
        ].join('\n');
      }
      if (cx.parent !== x) return report(`tree-sitter child ${i} has a wrong parent pointer`, { a: cx, b: cy, parent: f, childIndex: i }, text);
      if (cy.parent !== y) return report(`fast child ${i} has a wrong parent pointer`, { a: cx, b: cy, parent: f, childIndex: i }, text);
    }
    if (x.children.length !== y.children.length) {
      const extra = x.children[n] ?? y.children[n];
      return [
        report(`children count differs (${x.children.length} vs ${y.children.length})`, f, text, x, y, extra.start),
        `  tree-sitter children: ${childList(x)}`,
        `  fast children:        ${childList(y)}`,
      ].join('\n');
    }
    for (let i = n - 1; i >= 0; i--) stack.push({ a: x.children[i], b: y.children[i], parent: f, childIndex: i });
  }

  const brief = (node: PyNode) => `${node.type}[${node.start},${node.end})${node.missing ? ' MISSING' : ''}`;
  const sameList = (what: string, xs: PyNode[], ys: PyNode[]): string | undefined => {
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
      const x = xs[i];
      const y = ys[i];
      if (!x || !y || x.type !== y.type || x.start !== y.start || x.end !== y.end || Boolean(x.missing) !== Boolean(y.missing)) {
        const at = x?.start ?? y?.start ?? 0;
        return `${what}[${i}] differs (lengths ${xs.length} vs ${ys.length}): tree-sitter ${x ? brief(x) : '(none)'}, fast ${y ? brief(y) : '(none)'} (line ${lineCol(text, at)})\n  source:      ${around(text, at)}`;
      }
    }
    return undefined;
  };
  const errorDiff = sameList('errors', a.errors, b.errors);
  if (errorDiff) return errorDiff;

  const keysA = [...a.index.keys()].sort();
  const keysB = [...b.index.keys()].sort();
  if (keysA.join(',') !== keysB.join(',')) return `index keys differ: tree-sitter {${keysA.join(',')}} fast {${keysB.join(',')}}`;
  for (const key of keysA) {
    const xs = a.index.get(key)!;
    const ys = b.index.get(key)!;
    const d = sameList(`index.${key}`, xs, ys);
    if (d) return d;
    for (let i = 0; i < ys.length; i++) {
      if (!nodesOfB.has(ys[i])) return `fast index.${key}[${i}] (${brief(ys[i])}) is not a node of the fast tree`;
      if (!nodesOfA.has(xs[i])) return `tree-sitter index.${key}[${i}] (${brief(xs[i])}) is not a node of the tree-sitter tree`;
    }
  }

  const stats = ['maxBracketDepth', 'maxBracketOffset', 'maxBlockDepth', 'maxBlockOffset', 'maxDepth', 'maxDepthOffset'] as const;
  for (const s of stats) {
    if (a[s] !== b[s]) return `${s} differs: tree-sitter ${a[s]}, fast ${b[s]}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Mutations

/** mulberry32: small, fast, deterministic. */
export function createRng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = [
  '(', ')', '[', ']', '{', '}', ':', ',', '=', '"', "'", '\\', '#', '@', '.', '*',
  'lambda', 'lambda ', 'if', ' if ', 'else', ' else ', ':=', '**', 'not', ' not ', 'async', 'async ',
  '\t', 'é', '𝔘', '\n', '\r\n', ' ', 'f"{', '"""', 'print ', 'match ', 'case ', 'yield', 'await ', ';', '->', '...', '0x', '1e', '\\\n',
];

/** Never split a surrogate pair: decoded files cannot contain lone surrogates. */
function safeOffset(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && at < text.length && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

function lineBounds(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      out.push([start, text.length]);
      return out;
    }
    out.push([start, nl + 1]);
    start = nl + 1;
  }
}

type Mutator = (text: string, rng: () => number) => string;

const at = (text: string, rng: () => number) => safeOffset(text, Math.floor(rng() * (text.length + 1)));
const pickLine = (lines: Array<[number, number]>, rng: () => number) => Math.floor(rng() * lines.length);

const MUTATORS: Array<[string, Mutator]> = [
  ['delete-char', (t, r) => {
    const i = at(t, r);
    const len = t.codePointAt(i)! > 0xffff ? 2 : 1;
    return t.slice(0, i) + t.slice(i + len);
  }],
  ['delete-run', (t, r) => {
    const i = at(t, r);
    const m = /^(?:[A-Za-z0-9_]+|[ \t]+|\r?\n|[^A-Za-z0-9_\s]{1,3})/.exec(t.slice(i));
    const len = m ? m[0].length : 1 + Math.floor(r() * 8);
    return t.slice(0, i) + t.slice(safeOffset(t, Math.min(t.length, i + len)));
  }],
  ['insert', (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + INSERTS[Math.floor(r() * INSERTS.length)] + t.slice(i);
  }],
  ['insert', (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + INSERTS[Math.floor(r() * INSERTS.length)] + t.slice(i);
  }],
  ['duplicate-line', (t, r) => {
    const lines = lineBounds(t);
    const [s, e] = lines[pickLine(lines, r)];
    const line = t.slice(s, e);
    return t.slice(0, e) + (line.endsWith('\n') ? line : '\n' + line) + t.slice(e);
  }],
  ['swap-lines', (t, r) => {
    const lines = lineBounds(t);
    if (lines.length < 2) return t + '\n';
    const k = Math.floor(r() * (lines.length - 1));
    const [s1, e1] = lines[k];
    const [s2, e2] = lines[k + 1];
    let second = t.slice(s2, e2);
    let first = t.slice(s1, e1);
    if (!second.endsWith('\n')) {
      second += '\n';
      first = first.replace(/\r?\n$/, '');
    }
    return t.slice(0, s1) + second + first + t.slice(e2);
  }],
  ['indent-line', (t, r) => {
    const lines = lineBounds(t);
    const [s] = lines[pickLine(lines, r)];
    return t.slice(0, s) + (r() < 0.5 ? ' ' : '    ') + t.slice(s);
  }],
  ['dedent-line', (t, r) => {
    const lines = lineBounds(t);
    // Prefer an indented line so the edit does something.
    for (let tries = 0; tries < 20; tries++) {
      const [s] = lines[pickLine(lines, r)];
      const indent = /^[ \t]*/.exec(t.slice(s, s + 200))![0].length;
      if (indent === 0) continue;
      const n = Math.min(indent, r() < 0.5 ? 1 : 4);
      return t.slice(0, s) + t.slice(s + n);
    }
    return t;
  }],
  ['truncate', (t, r) => t.slice(0, at(t, r))],
  ['join-lines', (t, r) => {
    const lines = lineBounds(t);
    if (lines.length < 2) return t;
    const [, e] = lines[Math.floor(r() * (lines.length - 1))];
    const cut = t[e - 2] === '\r' ? e - 2 : e - 1;
    return t.slice(0, cut) + (r() < 0.5 ? ' ' : '') + t.slice(e);
  }],
  ['tab-indent', (t, r) => {
    const lines = lineBounds(t);
    const [s] = lines[pickLine(lines, r)];
    const m = /^ +/.exec(t.slice(s, s + 200));
    return m ? t.slice(0, s) + '\t' + t.slice(s + Math.min(m[0].length, 8)) : t.slice(0, s) + '\t' + t.slice(s);
  }],
];

/**
 * `count` deterministic single edits of `text` (each applied to the original), some breaking the
 * syntax and some keeping it. The same (text, seed, count) always gives the same list.
 */
export function mutations(text: string, seed: number, count: number): string[] {
  return labelledMutations(text, seed, count).map((m) => m.text);
}

/** mutations() with the kind of each edit, for reports. */
export function labelledMutations(text: string, seed: number, count: number): Array<{ kind: string; text: string }> {
  const rng = createRng(seed ^ Math.imul(text.length, 2654435761));
  const out: Array<{ kind: string; text: string }> = [];
  for (let i = 0; i < count; i++) {
    const [kind, mutate] = MUTATORS[Math.floor(rng() * MUTATORS.length)];
    out.push({ kind, text: mutate(text, rng) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Files

const SKIP_DIRS = new Set(['__pycache__', 'node_modules', '.git']);

/** .py files under `dir` (or `dir` itself), sorted, never following symlinks, at most `limit`, each ≤ maxBytes. */
export function pythonFilesUnder(dir: string, limit = Infinity, maxBytes = Infinity): string[] {
  const out: string[] = [];
  const rootStat = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (!rootStat) return out;
  if (rootStat.isFile()) return dir.endsWith('.py') && rootStat.size <= maxBytes ? [dir] : [];
  // Explicit stack, visited in sorted order, so the listing is deterministic and deep trees are fine.
  const stack = [dir];
  while (stack.length && out.length < limit) {
    const current = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      const full = path.join(current, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) subdirs.push(full);
      } else if (e.isFile() && e.name.endsWith('.py')) {
        if (out.length >= limit) break;
        if (maxBytes !== Infinity && fs.statSync(full).size > maxBytes) continue;
        out.push(full);
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
  return out;
}

/**
 * A deterministic sample of `count` .py files spread across the top-level packages of `dir`
 * (e.g. site-packages): round-robin over packages, each package's files in a seeded shuffle.
 */
export function spreadSample(dir: string, options: { count: number; maxBytes: number; maxTotalBytes: number; seed: number }): string[] {
  const packages = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.endsWith('.dist-info') && !e.name.startsWith('_') && !SKIP_DIRS.has(e.name))
    .map((e) => e.name)
    .sort();
  const rng = createRng(options.seed);
  const queues = packages
    .map((p) => {
      const files = pythonFilesUnder(path.join(dir, p), Infinity, options.maxBytes);
      for (let i = files.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [files[i], files[j]] = [files[j], files[i]];
      }
      return files;
    })
    .filter((q) => q.length > 0);
  const out: string[] = [];
  let total = 0;
  for (let round = 0; out.length < options.count && queues.some((q) => round < q.length); round++) {
    for (const q of queues) {
      if (round >= q.length) continue;
      const size = fs.statSync(q[round]).size;
      if (total + size > options.maxTotalBytes) continue;
      out.push(q[round]);
      total += size;
      if (out.length >= options.count) break;
    }
  }
  return out.sort();
}

/** Reads files the way lint-dags does (BOM and PEP 263 aware); skips binary/undecodable ones. */
export function loadSources(files: string[], relativeTo?: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const file of files) {
    const r = readTextFile(file);
    if (r.kind === 'text') out.push({ name: relativeTo ? path.relative(relativeTo, file) : file, text: r.text });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parity

export interface ParityStats {
  files: number;
  fastAccepted: number;
  identical: number;
  slowHadErrors: number;
  fastAcceptedWhileSlowHadErrors: number;
  /** Files tree-sitter parsed without errors, and how many of those the fast parser accepted. */
  errorFree: number;
  fastAcceptedErrorFree: number;
  /** Differences on error-free files, and fast-parser exceptions (it must never throw). */
  diffs: Array<{ name: string; diff: string }>;
  /** Names of the files the fast parser accepted although tree-sitter found errors. */
  acceptedWithErrors: string[];
  fastMs: number;
  slowMs: number;
}

export function checkParity(files: Iterable<SourceFile>, fast: ParseFn, slow: (text: string) => ParsedTree): ParityStats {
  const stats: ParityStats = {
    files: 0, fastAccepted: 0, identical: 0, slowHadErrors: 0, fastAcceptedWhileSlowHadErrors: 0,
    errorFree: 0, fastAcceptedErrorFree: 0, diffs: [], acceptedWithErrors: [], fastMs: 0, slowMs: 0,
  };
  for (const { name, text } of files) {
    stats.files++;
    let fastTree: ParsedTree | undefined;
    const t0 = performance.now();
    try {
      fastTree = fast(text);
    } catch (error) {
      stats.diffs.push({ name, diff: `fast parser threw: ${(error as Error)?.stack ?? String(error)}` });
      continue;
    }
    const t1 = performance.now();
    const slowTree = slow(text);
    const t2 = performance.now();
    stats.fastMs += t1 - t0;
    stats.slowMs += t2 - t1;
    const slowErrors = slowTree.errors.length > 0;
    if (slowErrors) stats.slowHadErrors++;
    else stats.errorFree++;
    if (!fastTree) continue;
    stats.fastAccepted++;
    if (slowErrors) {
      stats.fastAcceptedWhileSlowHadErrors++;
      stats.acceptedWithErrors.push(name);
      continue;
    }
    stats.fastAcceptedErrorFree++;
    const diff = compareTrees(slowTree, fastTree, text);
    if (diff) stats.diffs.push({ name, diff });
    else stats.identical++;
  }
  return stats;
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(2)}%`);

/** One line of numbers, for test logs. */
export function summarize(label: string, s: ParityStats): string {
  return (
    `${label}: ${s.files} files, fast accepted ${s.fastAccepted} (${pct(s.fastAcceptedErrorFree, s.errorFree)} of ${s.errorFree} error-free), ` +
    `identical ${s.identical}, diffs ${s.diffs.length}, tree-sitter errors ${s.slowHadErrors}, ` +
    `accepted-while-errored ${s.fastAcceptedWhileSlowHadErrors}; fast ${s.fastMs.toFixed(0)} ms, tree-sitter ${s.slowMs.toFixed(0)} ms`
  );
}

/** Up to `max` diffs (and accepted-with-errors files) as one failure message. */
export function formatFailures(s: ParityStats, max = 10): string {
  const parts = s.diffs.slice(0, max).map((d) => `--- ${d.name}\n${d.diff}`);
  if (s.diffs.length > max) parts.push(`… and ${s.diffs.length - max} more diffs`);
  if (s.acceptedWithErrors.length) parts.push(`fast accepted files with tree-sitter errors: ${s.acceptedWithErrors.slice(0, max).join(', ')}`);
  return parts.join('\n\n');
}
