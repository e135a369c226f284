import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser, type Tree } from 'web-tree-sitter';
import type { PyNode } from './ast.js';

const WASM_FILES = { runtime: 'tree-sitter.wasm', python: 'tree-sitter-python.wasm' };

/**
 * The wasm files sit beside the ncc bundle (dist/<name>/) and in node_modules during tests;
 * look in both so the same code runs bundled and from source.
 */
function locateWasm(file: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const pkg = file === WASM_FILES.runtime ? 'web-tree-sitter' : 'tree-sitter-python';
  const candidates = [path.join(here, file)];
  for (let dir = here; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'node_modules', pkg, file));
    if (path.dirname(dir) === dir) break;
  }
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error(`${file} not found (looked in ${candidates.slice(0, 3).join(', ')}); rebuild dist with npm run build.`);
  return found;
}

let parserPromise: Promise<Parser> | undefined;

export function getParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    const runtime = locateWasm(WASM_FILES.runtime);
    await Parser.init({ locateFile: () => runtime });
    const language = await Language.load(fs.readFileSync(locateWasm(WASM_FILES.python)));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

export interface ParsedTree {
  root: PyNode;
  /** ERROR and MISSING nodes, in source order. */
  errors: PyNode[];
  /** Nodes of the INDEXED types, in source order, so rules need not walk the whole tree. */
  index: Map<string, PyNode[]>;
  /** Deepest bracket nesting seen (Python refuses more than 200), and where. */
  maxBracketDepth: number;
  maxBracketOffset: number;
  /** Deepest block nesting (Python refuses more than 100 indentation levels), and where. */
  maxBlockDepth: number;
  maxBlockOffset: number;
  /** Deepest node nesting, and where (CPython's compiler recurses out past ~1000). */
  maxDepth: number;
  maxDepthOffset: number;
}

const BRACKETED = new Set([
  'parenthesized_expression', 'argument_list', 'list', 'tuple', 'dictionary', 'set', 'subscript',
  'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression', 'parameters',
  'tuple_pattern', 'list_pattern',
]);

/** Node types rules look up directly. */
export const INDEXED = new Set([
  'call', 'string', 'subscript', 'function_definition', 'decorator', 'return_statement', 'yield', 'await',
  'break_statement', 'continue_statement', 'nonlocal_statement', 'print_statement', 'exec_statement',
  'parameters', 'lambda_parameters', 'argument_list', 'lambda', 'class_definition',
]);

/** Named node types whose insides no rule reads: their children are not copied. */
const OPAQUE = new Set(['string_content', 'string_start', 'string_end', 'escape_sequence', 'comment', 'line_continuation']);

/** Parses Python source and copies the tree into plain objects in one cursor walk. */
export function parsePython(parser: Parser, text: string): ParsedTree {
  const tree: Tree | null = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  try {
    return copyTree(tree);
  } finally {
    tree.delete();
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

/** MISSING nodes (often anonymous, like a `)`), collected in a second walk only when the tree has errors. */
function collectMissing(tree: Tree, types: string[]): PyNode[] {
  const missing: PyNode[] = [];
  const cursor = tree.walk();
  for (;;) {
    if (cursor.nodeIsMissing) {
      const at = cursor.startIndex;
      missing.push({ type: types[cursor.nodeTypeId] ?? '?', field: null, start: at, end: at, children: [], parent: null, missing: true });
    }
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return missing;
      }
    }
  }
}

function copyTree(tree: Tree): ParsedTree {
  const { types, named: namedById, fields } = tablesFor(tree);
  const cursor = tree.walk();
  const errors: PyNode[] = [];
  const index = new Map<string, PyNode[]>();
  for (const t of INDEXED) index.set(t, []);
  const root: PyNode = { type: cursor.nodeType, field: null, start: cursor.startIndex, end: cursor.endIndex, children: [], parent: null };
  const out: ParsedTree = { root, errors, index, maxBracketDepth: 0, maxBracketOffset: 0, maxBlockDepth: 0, maxBlockOffset: 0, maxDepth: 0, maxDepthOffset: 0 };
  // Parallel stacks: the copied node for each cursor depth, its bracket and block depth.
  const stack: PyNode[] = [root];
  const bracketDepth: number[] = [0];
  const blockDepth: number[] = [0];
  if (!cursor.gotoFirstChild()) {
    cursor.delete();
    return out;
  }
  for (;;) {
    const parent = stack[stack.length - 1];
    const typeId = cursor.nodeTypeId;
    const type = types[typeId] ?? 'ERROR';
    const fieldId = cursor.currentFieldId;
    const field = fieldId ? fields[fieldId] : null;
    let node: PyNode | undefined;
    if ((namedById[typeId] && !OPAQUE.has(type)) || field !== null || type === 'ERROR') {
      const start = cursor.startIndex;
      const end = cursor.endIndex;
      node = { type, field, start, end, children: [], parent };
      if (type === 'ERROR') errors.push(node);
      parent.children.push(node);
      index.get(type)?.push(node);
    }
    if (node && cursor.gotoFirstChild()) {
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
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent() || stack.length === 1) {
        cursor.delete();
        if (tree.rootNode.hasError) {
          out.errors.push(...collectMissing(tree, types));
          out.errors.sort((a, b) => a.start - b.start);
        }
        return out;
      }
      stack.pop();
      bracketDepth.pop();
      blockDepth.pop();
    }
  }
}
