import { childByField, type PyNode, type SourceText } from './ast.js';
import type { DagModel } from './model.js';

/** Last plain `NAME = value` at module level (including inside module-level if/try), by name. */
export function moduleAssignments(root: PyNode, src: SourceText): Map<string, PyNode> {
  const out = new Map<string, PyNode>();
  const visit = (stmts: PyNode[]) => {
    for (const stmt of stmts) {
      if (stmt.type === 'expression_statement') {
        const a = stmt.children[0];
        if (a?.type !== 'assignment') continue;
        const left = childByField(a, 'left');
        const right = childByField(a, 'right');
        if (left?.type === 'identifier' && right && right.type !== 'assignment') out.set(src.of(left), right);
      } else if (stmt.type === 'if_statement' || stmt.type === 'try_statement') {
        for (const c of stmt.children) {
          if (c.type === 'block') visit(c.children);
          else for (const cc of c.children) if (cc.type === 'block') visit(cc.children);
        }
      }
    }
  };
  visit(root.children);
  return out;
}

/** Follows `x` to the module-level value it was assigned (a few hops, no cycles). */
export function followVariable(node: PyNode, assignments: Map<string, PyNode>, src: SourceText): PyNode {
  let n = node;
  for (let hops = 0; hops < 5 && n.type === 'identifier'; hops++) {
    const next = assignments.get(src.of(n));
    if (!next || next === n) break;
    n = next;
  }
  return n;
}

/** The value of `key` in a dict literal `{"key": v}` or `dict(key=v)`. */
export function dictEntry(dict: PyNode, key: string, src: SourceText): PyNode | undefined {
  if (dict.type === 'dictionary') {
    for (const pair of dict.children) {
      if (pair.type !== 'pair') continue;
      const k = childByField(pair, 'key');
      if (k && (k.type === 'string' && src.of(k).slice(1, -1) === key)) return childByField(pair, 'value');
    }
  }
  if (dict.type === 'call') {
    const fn = childByField(dict, 'function');
    if (fn && src.of(fn) === 'dict') {
      for (const a of childByField(dict, 'arguments')?.children ?? []) {
        if (a.type === 'keyword_argument' && src.of(childByField(a, 'name')!) === key) return childByField(a, 'value');
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
export function runsAtParseTime(node: PyNode, model: DagModel): boolean {
  let child = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    if (p.type === 'lambda' && child.field === 'body') return false;
    if (p.type === 'function_definition' && child.field === 'body' && !model.dags.some((d) => d.function === p)) return false;
  }
  return true;
}
