import { childByField, type PyNode, type SourceText } from './ast.js';
import type { ParsedTree } from './parser.js';

export interface SyntaxProblem {
  start: number;
  end: number;
  message: string;
  /**
   * Only tree-sitter saw this error, in a file the hand-written parser gave up on for a construct
   * Python accepts: it may be a tree-sitter gap, so DAG001 reports it as a warning.
   */
  unconfirmed?: boolean;
}

/** CPython's limits (3.11): tokenizer MAXLEVEL and MAXINDENT; past ~1000 levels compile() recurses out. */
const MAX_BRACKET_DEPTH = 200;
const MAX_BLOCK_DEPTH = 100;
const MAX_TREE_DEPTH = 1000;

/** The nearest enclosing node of one of `types`, stopping (undefined) at one of `stops`. */
function enclosing(node: PyNode, types: ReadonlySet<string>, stops: ReadonlySet<string>): PyNode | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (types.has(p.type)) return p;
    if (stops.has(p.type)) return undefined;
  }
  return undefined;
}

const FUNCTIONS = new Set(['function_definition', 'lambda']);
const CLASS = new Set(['class_definition']);
const LOOPS = new Set(['for_statement', 'while_statement']);
const LOOP_STOPS = new Set(['function_definition', 'lambda', 'class_definition']);
const NONE = new Set<string>();

/**
 * `break` inside a loop's body is fine. In a loop's else-block (or its condition) it belongs to the
 * enclosing loop, if any: `while a: for x in y: … else: break` is valid Python.
 */
function inLoopBody(node: PyNode): boolean {
  let child = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    if (LOOPS.has(p.type) && child.field === 'body') return true;
    if (LOOP_STOPS.has(p.type)) return false;
  }
  return false;
}

/**
 * What CPython would refuse to compile: tree-sitter's ERROR/MISSING nodes plus the compile-time
 * errors tree-sitter accepts (Python 2 print, return outside a function, nesting limits, …).
 */
export function findSyntaxProblems(tree: ParsedTree, src: SourceText): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const nodes = (type: string) => tree.index.get(type) ?? [];
  const at = (node: PyNode, message: string) => problems.push({ start: node.start, end: node.end, message });
  const unconfirmed = tree.errorsUnconfirmed === true;
  const note = unconfirmed ? ' (tree-sitter only: check with `python -m py_compile`; it may be valid Python 3.12)' : '';
  for (const e of tree.errors) {
    if (e.missing) {
      problems.push({ start: e.start, end: e.start, message: `invalid syntax: expected "${e.type}"${note}`, unconfirmed });
    } else {
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
  for (const n of nodes('print_statement')) at(n, "Missing parentheses in call to 'print' (Python 2 syntax)");
  for (const n of nodes('exec_statement')) at(n, "Missing parentheses in call to 'exec' (Python 2 syntax)");
  for (const [type, word] of [['return_statement', 'return'], ['yield', 'yield']] as const) {
    for (const n of nodes(type)) if (!enclosing(n, FUNCTIONS, CLASS)) at(n, `'${word}' outside function`);
  }
  const isAsync = (n: PyNode) => src.text.startsWith('async', n.start);
  for (const n of nodes('await')) {
    const fn = enclosing(n, FUNCTIONS, CLASS);
    if (!fn) at(n, "'await' outside function");
    else if (fn.type === 'lambda' || !isAsync(fn)) at(n, "'await' outside async function");
  }
  for (const type of ['for_statement', 'with_statement']) {
    for (const n of nodes(type)) {
      if (!isAsync(n)) continue;
      const fn = enclosing(n, FUNCTIONS, CLASS);
      if (!fn || fn.type === 'lambda' || !isAsync(fn)) at(n, `'async ${type === 'for_statement' ? 'for' : 'with'}' outside async function`);
    }
  }
  // `x := 1` as a statement, or as the whole right side of `=`, needs parentheses.
  for (const n of nodes('named_expression')) {
    const p = n.parent;
    if (p && (p.type === 'expression_statement' || (p.type === 'assignment' && n.field === 'right'))) at(n, "invalid syntax: an unparenthesized ':=' is not allowed here");
  }
  for (const type of ['break_statement', 'continue_statement']) {
    for (const n of nodes(type)) if (!inLoopBody(n)) at(n, `'${src.of(n).trim()}' outside loop`);
  }
  for (const n of nodes('nonlocal_statement')) if (!enclosing(n, FUNCTIONS, NONE)) at(n, 'nonlocal declaration not allowed at module level');
  // Names are read and hashed only from the second one on: most lists have fewer.
  for (const type of ['parameters', 'lambda_parameters']) {
    for (const params of nodes(type)) {
      let first: PyNode | undefined;
      let seen: Set<string> | undefined;
      for (const p of params.children) {
        const id = p.type === 'identifier' ? p : (childByField(p, 'name') ?? p.children.find((c) => c.type === 'identifier'));
        if (!id || id.type !== 'identifier') continue;
        if (!first) {
          first = id;
          continue;
        }
        seen ??= new Set([src.of(first)]);
        const name = src.of(id);
        if (seen.has(name)) at(id, `duplicate argument '${name}' in function definition`);
        seen.add(name);
      }
    }
  }
  for (const args of nodes('argument_list')) {
    let first: PyNode | undefined;
    let seen: Set<string> | undefined;
    for (const a of args.children) {
      if (a.type !== 'keyword_argument') continue;
      const name = childByField(a, 'name');
      if (!name) continue;
      if (!first) {
        first = name;
        continue;
      }
      seen ??= new Set([src.of(first)]);
      const n = src.of(name);
      if (seen.has(n)) at(name, `keyword argument repeated: ${n}`);
      seen.add(n);
    }
  }
  return problems.sort((a, b) => a.start - b.start);
}
