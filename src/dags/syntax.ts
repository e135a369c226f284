import { childByField, type PyNode, type SourceText } from './ast.js';
import type { ParsedTree } from './parser.js';

export interface SyntaxProblem {
  start: number;
  end: number;
  message: string;
}

/** CPython's limits (3.11): tokenizer MAXLEVEL and MAXINDENT; past ~1000 levels compile() recurses out. */
const MAX_BRACKET_DEPTH = 200;
const MAX_BLOCK_DEPTH = 100;
const MAX_TREE_DEPTH = 1000;

const FUNCTION_LIKE = new Set(['function_definition', 'lambda']);
const LOOPS = new Set(['for_statement', 'while_statement']);

/**
 * What CPython would refuse to compile: tree-sitter's ERROR/MISSING nodes plus the compile-time
 * errors tree-sitter accepts (Python 2 print, return outside a function, nesting limits, …).
 */
export function findSyntaxProblems(tree: ParsedTree, src: SourceText): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  for (const e of tree.errors) {
    if (e.missing) {
      problems.push({ start: e.start, end: e.start, message: `invalid syntax: expected "${e.type}"` });
    } else {
      const snippet = src.of(e).trim().split('\n')[0].slice(0, 40);
      problems.push({ start: e.start, end: e.end, message: snippet ? `invalid syntax near "${snippet}"` : 'invalid syntax' });
    }
  }
  if (tree.maxBracketDepth > MAX_BRACKET_DEPTH) {
    problems.push({ start: tree.maxBracketOffset, end: tree.maxBracketOffset + 1, message: `too many nested parentheses (Python allows ${MAX_BRACKET_DEPTH})` });
  }
  // Iterative walk with depth bookkeeping: deep input must not overflow the JS stack.
  const stack: Array<{ node: PyNode; depth: number; blocks: number; inFunction: boolean; inLoop: boolean }> = [
    { node: tree.root, depth: 0, blocks: 0, inFunction: false, inLoop: false },
  ];
  let reportedDepth = false;
  let reportedIndent = false;
  while (stack.length) {
    const { node, depth, blocks, inFunction, inLoop } = stack.pop()!;
    if (depth > MAX_TREE_DEPTH && !reportedDepth) {
      reportedDepth = true;
      problems.push({ start: node.start, end: node.end, message: `expression nested more than ${MAX_TREE_DEPTH} levels deep: Python raises RecursionError while compiling it` });
      continue;
    }
    if (blocks > MAX_BLOCK_DEPTH && !reportedIndent) {
      reportedIndent = true;
      problems.push({ start: node.start, end: node.start + 1, message: `too many levels of indentation (Python allows ${MAX_BLOCK_DEPTH})` });
    }
    const text = () => src.of(node);
    switch (node.type) {
      case 'print_statement':
        problems.push({ start: node.start, end: node.end, message: "Missing parentheses in call to 'print' (Python 2 syntax)" });
        break;
      case 'exec_statement':
        problems.push({ start: node.start, end: node.end, message: "Missing parentheses in call to 'exec' (Python 2 syntax)" });
        break;
      case 'return_statement':
        if (!inFunction) problems.push({ start: node.start, end: node.end, message: "'return' outside function" });
        break;
      case 'yield':
        if (!inFunction) problems.push({ start: node.start, end: node.end, message: "'yield' outside function" });
        break;
      case 'await':
        if (!inFunction) problems.push({ start: node.start, end: node.end, message: "'await' outside function" });
        break;
      case 'break_statement':
      case 'continue_statement':
        if (!inLoop) problems.push({ start: node.start, end: node.end, message: `'${text().trim()}' outside loop` });
        break;
      case 'nonlocal_statement':
        if (!inFunction) problems.push({ start: node.start, end: node.end, message: 'nonlocal declaration not allowed at module level' });
        break;
      case 'parameters':
      case 'lambda_parameters': {
        const seen = new Set<string>();
        for (const p of node.children) {
          const id = p.type === 'identifier' ? p : (childByField(p, 'name') ?? p.children.find((c) => c.type === 'identifier'));
          if (!id || id.type !== 'identifier') continue;
          const name = src.of(id);
          if (seen.has(name)) problems.push({ start: id.start, end: id.end, message: `duplicate argument '${name}' in function definition` });
          seen.add(name);
        }
        break;
      }
      case 'argument_list': {
        const seen = new Set<string>();
        for (const a of node.children) {
          if (a.type !== 'keyword_argument') continue;
          const name = childByField(a, 'name');
          if (!name) continue;
          const n = src.of(name);
          if (seen.has(n)) problems.push({ start: name.start, end: name.end, message: `keyword argument repeated: ${n}` });
          seen.add(n);
        }
        break;
      }
      default:
        break;
    }
    const entersFunction = FUNCTION_LIKE.has(node.type);
    const isClass = node.type === 'class_definition';
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      // A loop's else-block and a def/class body reset what `break` may refer to.
      const childInLoop = entersFunction || isClass ? false : LOOPS.has(node.type) ? child.field === 'body' || inLoop : inLoop;
      stack.push({
        node: child,
        depth: depth + 1,
        blocks: blocks + (child.type === 'block' ? 1 : 0),
        inFunction: entersFunction ? true : isClass ? false : inFunction,
        inLoop: childInLoop,
      });
    }
  }
  return problems.sort((a, b) => a.start - b.start);
}
