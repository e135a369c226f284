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
  /** Deepest bracket nesting seen (Python refuses more than 200). */
  maxBracketDepth: number;
  maxBracketOffset: number;
}

const BRACKETED = new Set([
  'parenthesized_expression', 'argument_list', 'list', 'tuple', 'dictionary', 'set', 'subscript',
  'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression', 'parameters',
  'tuple_pattern', 'list_pattern',
]);

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

function copyTree(tree: Tree): ParsedTree {
  const cursor = tree.walk();
  const errors: PyNode[] = [];
  const root: PyNode = { type: cursor.nodeType, field: null, start: cursor.startIndex, end: cursor.endIndex, children: [], parent: null };
  // Parallel stacks: the copied node for each cursor depth, and bracket depth.
  const stack: PyNode[] = [root];
  const bracketDepth: number[] = [0];
  let maxBracketDepth = 0;
  let maxBracketOffset = 0;
  if (!cursor.gotoFirstChild()) {
    cursor.delete();
    return { root, errors, maxBracketDepth, maxBracketOffset };
  }
  for (;;) {
    const parent = stack[stack.length - 1];
    const type = cursor.nodeType;
    const field = cursor.currentFieldName;
    const named = cursor.nodeIsNamed;
    const isMissing = cursor.nodeIsMissing;
    let node: PyNode | undefined;
    if ((named && type !== 'comment') || field !== null || isMissing || type === 'ERROR') {
      node = { type, field, start: cursor.startIndex, end: cursor.endIndex, children: [], parent };
      if (isMissing) {
        node.missing = true;
        errors.push(node);
      } else if (type === 'ERROR') errors.push(node);
      parent.children.push(node);
    }
    if (node && cursor.gotoFirstChild()) {
      const depth = bracketDepth[bracketDepth.length - 1] + (BRACKETED.has(type) ? 1 : 0);
      if (depth > maxBracketDepth) {
        maxBracketDepth = depth;
        maxBracketOffset = node.start;
      }
      stack.push(node);
      bracketDepth.push(depth);
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent() || stack.length === 1) {
        cursor.delete();
        return { root, errors, maxBracketDepth, maxBracketOffset };
      }
      stack.pop();
      bracketDepth.pop();
    }
  }
}
