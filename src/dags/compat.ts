import { childByField, type PyNode, type SourceText } from './ast.js';

/**
 * Whether `read` (a `context.get("…")` call) is one side of an `or` chain such as
 * `context.get("logical_date") or context.get("execution_date")`: code written to run on both
 * Airflow 2 and 3. On Airflow 3 `.get()` of a removed key returns None and the `or` takes the
 * other side, so the read is harmless (ruff stays quiet on such fallbacks too).
 */
export function isOrFallback(read: PyNode, src: SourceText): boolean {
  let n: PyNode = read;
  // Through parentheses and `await` up to the boolean operator the read is an operand of.
  while (n.parent && (n.parent.type === 'parenthesized_expression' || n.parent.type === 'await')) n = n.parent;
  const parent = n.parent;
  if (parent?.type !== 'boolean_operator') return false;
  const op = childByField(parent, 'operator');
  return op !== undefined && src.of(op) === 'or';
}
