import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parser, Tree } from 'web-tree-sitter';
import type { PyNode } from './ast.js';
import { BRACKETED, INDEXED, type ParsedTree } from './parse-tree.js';
import { fallbackKindFor, judgePython, parsePythonFast } from './python-parser.js';

const WASM_FILES = { runtime: 'tree-sitter.wasm', python: 'tree-sitter-python.wasm', bindings: 'tree-sitter.cjs' };

/**
 * The wasm files sit beside the ncc bundle (dist/<name>/) and in node_modules during tests;
 * look in both so the same code runs bundled and from source.
 */
function locateWasm(file: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const pkg = file === WASM_FILES.python ? 'tree-sitter-python' : 'web-tree-sitter';
  const candidates = [path.join(here, file)];
  for (let dir = here; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'node_modules', pkg, file));
    if (path.dirname(dir) === dir) break;
  }
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error(`${file} not found (looked in ${candidates.slice(0, 3).join(', ')}); rebuild dist with npm run build.`);
  return found;
}

/**
 * The Emscripten module behind web-tree-sitter (the options object given to Parser.init becomes it).
 * The JS TreeCursor copies its state in and out of a transfer buffer through generic setValue /
 * getValue on every move — a third of lint time. The raw wasm cursor functions read and write that
 * buffer themselves, so the tree copy below keeps the cursor there and calls them directly.
 */
interface TreeSitterModule {
  _ts_init(): number;
  HEAP32: Int32Array;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_delete_wasm(tree: number): void;
}

const RAW_CURSOR_FUNCTIONS = [
  '_ts_init', '_ts_tree_cursor_goto_first_child_wasm', '_ts_tree_cursor_goto_next_sibling_wasm', '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm', '_ts_tree_cursor_current_field_id_wasm', '_ts_tree_cursor_current_node_is_missing_wasm',
  '_ts_tree_cursor_start_index_wasm', '_ts_tree_cursor_end_index_wasm', '_ts_tree_cursor_delete_wasm',
] as const;

let wasmModule: TreeSitterModule | undefined;
let transferBuffer = 0;
let parserPromise: Promise<Parser> | undefined;
let builds = 0;

type WebTreeSitter = typeof import('web-tree-sitter');
let bindings: WebTreeSitter | undefined;
let instances = 0;

/** How many wasm instances this process has created (a new one after each trap). */
export function wasmInstances(): number {
  return instances;
}

/**
 * A new copy of web-tree-sitter, evaluated from its CommonJS build (shipped beside the bundle like the
 * wasm files, or in node_modules): each copy creates its own Emscripten module, i.e. its own wasm
 * instance and memory. web-tree-sitter 0.25 keeps one instance per copy in a private variable, so
 * after a trap has left that memory corrupt, a new copy is the only way to a clean instance.
 */
function freshBindings(): WebTreeSitter {
  const file = locateWasm(WASM_FILES.bindings);
  const mod: { exports: unknown } = { exports: {} };
  // The file is part of this tool's own install (dist/ or node_modules), as trusted as this code.
  new Function('module', 'exports', 'require', '__dirname', '__filename', fs.readFileSync(file, 'utf8'))(mod, mod.exports, createRequire(file), path.dirname(file), file);
  return mod.exports as WebTreeSitter;
}

/** Loads the wasm runtime of the current bindings copy (a new copy after discardParser). */
async function loadRuntime(): Promise<WebTreeSitter> {
  if (wasmModule && bindings) return bindings;
  const fresh = freshBindings();
  const runtime = locateWasm(WASM_FILES.runtime);
  const moduleOptions: Record<string, unknown> = { locateFile: () => runtime };
  await fresh.Parser.init(moduleOptions);
  const missing = RAW_CURSOR_FUNCTIONS.filter((f) => typeof moduleOptions[f] !== 'function');
  if (missing.length) throw new Error(`web-tree-sitter no longer exposes ${missing.join(', ')}; the pinned version is required.`);
  wasmModule = moduleOptions as unknown as TreeSitterModule;
  transferBuffer = wasmModule._ts_init();
  bindings = fresh;
  instances++;
  return fresh;
}

export function getParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    const { Language, Parser } = await loadRuntime();
    const language = await Language.load(fs.readFileSync(locateWasm(WASM_FILES.python)));
    const parser = new Parser();
    parser.setLanguage(language);
    if (builds > 0) {
      // Rebuilt after a trap: prove the parser works before trusting it with more files. If it
      // does not, this promise stays rejected and every later file gets a "not analysed" finding.
      const probe = parser.parse('x = 1\n');
      const ok = probe !== null && !probe.rootNode.hasError && probe.rootNode.childCount === 1;
      probe?.delete();
      if (!ok) throw new Error('tree-sitter no longer parses after an earlier crash in this run');
    }
    builds++;
    return parser;
  })();
  return parserPromise;
}

/** How many parsers getParser has built (a trap makes the next call build a new one). */
export function parserBuilds(): number {
  return builds;
}

/**
 * Drops the parser and its wasm instance after a trap: the instance's memory may be corrupt
 * mid-parse (in the audit the next parse with it returned a NULL tree), so the next getParser()
 * evaluates a new copy of web-tree-sitter with a new instance, and proves it with a probe parse.
 */
export function discardParser(): void {
  parserPromise = undefined;
  wasmModule = undefined;
  bindings = undefined;
}

/**
 * tree-sitter failed inside its wasm (a trap such as `memory access out of bounds` in error
 * recovery, or a wasm stack overflow). The parser that failed must not be used again.
 */
export class TreeSitterCrash extends Error {
  constructor(readonly cause: unknown) {
    super(`the Python parser (tree-sitter) crashed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * Fault-injection seam for tests only: when `trapDuringParse` returns true for a text, the parse of
 * that text is made to trap for real (an out-of-bounds read in the same wasm instance, from inside
 * the parse), the way tree-sitter's error recovery traps on some inputs. Nothing in the product sets it.
 */
export const wasmFaultInjection: { trapDuringParse?: (text: string) => boolean } = {};

function triggerWasmTrap(): never {
  // Reading a node type from a tree pointer far past the end of linear memory traps.
  wasmModule!._ts_tree_cursor_current_node_type_id_wasm(0x7ffffff0);
  throw new Error('fault injection: the wasm read did not trap');
}

/** The file took longer to parse than its budget (tree-sitter's error recovery can go quadratic). */
export class ParseBudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`parsing took more than ${Math.round(budgetMs / 1000)} s of CPU time`);
  }
}

/**
 * A parse's time budget: generous, and counted in CPU time so a busy runner does not cut off a
 * normal file (a 100 KB DAG parses in well under 100 ms; the audit's pathological files took
 * 12-262 s). `threads` is how many threads share the process CPU clock; the wall clock gets a far
 * looser ceiling so even a starved process ends.
 */
export interface ParseBudget {
  floorMs: number;
  msPerKb: number;
  /** Threads linting at once in this process (process CPU time advances that much faster). */
  threads?: number;
}

export const DEFAULT_PARSE_BUDGET: ParseBudget = { floorMs: 10_000, msPerKb: 30 };
const WALL_CLOCK_FACTOR = 10;
/** How many progress callbacks pass between two looks at the clock. */
const CLOCK_EVERY_CALLS = 32;

export function budgetMsFor(text: string, budget: ParseBudget): number {
  return Math.max(budget.floorMs, (text.length / 1024) * budget.msPerKb);
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPUs the process may run on: its CPU clock advances at most this much faster than the wall clock. */
const CPU_COUNT = Math.max(1, os.cpus().length, typeof os.availableParallelism === 'function' ? os.availableParallelism() : 1);

export type { ParsedTree } from './parse-tree.js';
export { BRACKETED, INDEXED } from './parse-tree.js';

/** Named node types whose insides no rule reads: their children are not copied. */
const OPAQUE = new Set(['string_content', 'string_start', 'string_end', 'escape_sequence', 'comment', 'line_continuation']);

/**
 * The hand-written parser's tree, or undefined when it gives up (then tree-sitter parses the file).
 * AIRFLOW_GITOPS_PARSER=tree-sitter turns it off, to compare or to rule it out when debugging.
 */
export function parseFast(text: string): ParsedTree | undefined {
  return process.env.AIRFLOW_GITOPS_PARSER === 'tree-sitter' ? undefined : parsePythonFast(text);
}

/**
 * Parses Python source with tree-sitter and copies the tree into plain objects in one cursor walk.
 * Throws ParseBudgetExceeded when the parse runs past its budget (cancelled through tree-sitter's
 * progress callback), and TreeSitterCrash when tree-sitter's wasm fails.
 */
export function parsePython(parser: Parser, text: string, budget: ParseBudget = DEFAULT_PARSE_BUDGET): ParsedTree {
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
    if (inject) triggerWasmTrap();
    // tree-sitter calls back very often; reading a clock each time cost a tenth of a slow parse.
    if (++calls % CLOCK_EVERY_CALLS !== 0) return false;
    const wallMs = performance.now() - wallStart;
    if (wallMs < cpuClockFromMs) return false;
    overBudget = (cpuMs() - cpuStart) / threads > budgetMs || wallMs > budgetMs * WALL_CLOCK_FACTOR;
    return overBudget;
  };
  let tree: Tree | null;
  try {
    tree = parser.parse(text, null, { progressCallback });
  } catch (e) {
    throw new TreeSitterCrash(e);
  }
  if (!tree) {
    if (overBudget) throw new ParseBudgetExceeded(budgetMs);
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
      if (copy.errors.length && own.verdict !== 'syntax') copy.errorsUnconfirmed = true;
      // The other way round: tree-sitter's error recovery accepts some invalid files (an
      // unexpected indent, `async = 1`); our parser's error then stands on its own.
      if (!copy.errors.length && own.verdict === 'syntax') copy.ownSyntaxError = { offset: own.at ?? 0, message: own.reason ?? 'invalid syntax' };
    }
    return copy;
  } catch (e) {
    throw new TreeSitterCrash(e);
  } finally {
    // After a trap in the copy, freeing may trap too; the crash above is the error to report.
    try {
      tree.delete();
    } catch {
      discardParser();
    }
  }
}

/** Per-language lookup tables: every cursor getter is a wasm call, so ask for ids and map them here. */
interface LanguageTables {
  types: string[];
  named: boolean[];
  fields: Array<string | null>;
}
const tablesByLanguage = new WeakMap<object, LanguageTables>();

function tablesFor(tree: Tree): LanguageTables {
  const lang = tree.language;
  let t = tablesByLanguage.get(lang);
  if (!t) {
    const types: string[] = [];
    const named: boolean[] = [];
    for (let id = 0; id < lang.nodeTypeCount; id++) {
      types.push(lang.nodeTypeForId(id) ?? 'ERROR');
      named.push(lang.nodeTypeIsNamed(id));
    }
    const fields: Array<string | null> = [null];
    for (let id = 1; id <= lang.fieldCount; id++) fields.push(lang.fieldNameForId(id));
    t = { types, named, fields };
    tablesByLanguage.set(lang, t);
  }
  return t;
}

/** A cursor over `tree` whose state lives in the wasm transfer buffer (see TreeSitterModule). */
function rawCursor(tree: Tree): { m: TreeSitterModule; t: number } {
  const m = wasmModule!;
  const js = tree.walk() as unknown as Record<number, number>;
  const base = transferBuffer >> 2;
  for (let i = 0; i < 4; i++) m.HEAP32[base + i] = js[i];
  return { m, t: (tree as unknown as Record<number, number>)[0] };
}

/** MISSING nodes (often anonymous, like a `)`), collected in a second walk only when the tree has errors. */
function collectMissing(tree: Tree, types: string[]): PyNode[] {
  const missing: PyNode[] = [];
  const { m, t } = rawCursor(tree);
  for (;;) {
    if (m._ts_tree_cursor_current_node_is_missing_wasm(t)) {
      const at = m._ts_tree_cursor_start_index_wasm(t);
      missing.push({ type: types[m._ts_tree_cursor_current_node_type_id_wasm(t)] ?? '?', field: null, start: at, end: at, children: [], parent: null, missing: true });
    }
    if (m._ts_tree_cursor_goto_first_child_wasm(t)) continue;
    while (!m._ts_tree_cursor_goto_next_sibling_wasm(t)) {
      if (!m._ts_tree_cursor_goto_parent_wasm(t)) {
        m._ts_tree_cursor_delete_wasm(t);
        return missing;
      }
    }
  }
}

function copyTree(tree: Tree): ParsedTree {
  const { types, named: namedById, fields } = tablesFor(tree);
  const { m, t } = rawCursor(tree);
  const errors: PyNode[] = [];
  const index = new Map<string, PyNode[]>();
  for (const type of INDEXED) index.set(type, []);
  const root: PyNode = {
    type: types[m._ts_tree_cursor_current_node_type_id_wasm(t)] ?? 'module',
    field: null,
    start: m._ts_tree_cursor_start_index_wasm(t),
    end: m._ts_tree_cursor_end_index_wasm(t),
    children: [],
    parent: null,
  };
  const out: ParsedTree = { root, errors, index, maxBracketDepth: 0, maxBracketOffset: 0, maxBlockDepth: 0, maxBlockOffset: 0, maxDepth: 0, maxDepthOffset: 0 };
  // Parallel stacks: the copied node for each cursor depth, its bracket and block depth.
  const stack: PyNode[] = [root];
  const bracketDepth: number[] = [0];
  const blockDepth: number[] = [0];
  const finish = () => {
    m._ts_tree_cursor_delete_wasm(t);
    if (tree.rootNode.hasError) {
      out.errors.push(...collectMissing(tree, types));
      out.errors.sort((a, b) => a.start - b.start);
    }
    return out;
  };
  if (!m._ts_tree_cursor_goto_first_child_wasm(t)) return finish();
  for (;;) {
    const parent = stack[stack.length - 1];
    const typeId = m._ts_tree_cursor_current_node_type_id_wasm(t);
    const type = types[typeId] ?? 'ERROR';
    const fieldId = m._ts_tree_cursor_current_field_id_wasm(t);
    const field = fieldId ? fields[fieldId] : null;
    let node: PyNode | undefined;
    if ((namedById[typeId] && !OPAQUE.has(type)) || field !== null || type === 'ERROR') {
      node = { type, field, start: m._ts_tree_cursor_start_index_wasm(t), end: m._ts_tree_cursor_end_index_wasm(t), children: [], parent };
      if (type === 'ERROR') errors.push(node);
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
      if (!m._ts_tree_cursor_goto_parent_wasm(t) || stack.length === 1) return finish();
      stack.pop();
      bracketDepth.pop();
      blockDepth.pop();
    }
  }
}
