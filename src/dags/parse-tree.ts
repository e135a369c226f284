import type { PyNode } from './ast.js';

/** A parsed file as every rule sees it, whichever parser built it. */
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
  /**
   * Set on a tree-sitter tree when the hand-written parser gave up on a construct Python accepts
   * (not on a syntax error): tree-sitter's ERROR nodes then have no second opinion, and DAG001
   * reports them as warnings rather than errors.
   */
  errorsUnconfirmed?: boolean;
  /** A syntax error the hand-written parser found where tree-sitter's tree has none. */
  ownSyntaxError?: { offset: number; message: string };
}

export const BRACKETED = new Set([
  'parenthesized_expression', 'argument_list', 'list', 'tuple', 'dictionary', 'set', 'subscript',
  'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression', 'parameters',
  'tuple_pattern', 'list_pattern',
]);

/** Node types rules look up directly. */
export const INDEXED = new Set([
  'call', 'string', 'subscript', 'function_definition', 'decorator', 'return_statement', 'yield', 'await',
  'break_statement', 'continue_statement', 'nonlocal_statement', 'print_statement', 'exec_statement',
  'parameters', 'lambda_parameters', 'argument_list', 'lambda', 'class_definition',
  'named_expression', 'for_statement', 'with_statement', 'assignment', 'attribute',
]);
