import { defineRule } from '../context.js';
import type { PyNode } from '../ast.js';

/** The branch of an if/try statement a node sits in: which clause child of `statement` holds it. */
function clauseOf(node: PyNode, statement: PyNode): PyNode | undefined {
  let n: PyNode | null | undefined = node;
  while (n && n.parent !== statement) n = n.parent;
  return n ?? undefined;
}

/**
 * True when at most one of the two nodes can run: they sit in different branches of one `if`
 * (body / elif / else) or one `try` (body vs an `except` handler, or two handlers), as in
 * `try: t = BashOperator(task_id="x") except ImportError: t = EmptyOperator(task_id="x")`.
 * A `try` body and its `else`/`finally` both run, so those are not exclusive.
 */
function mutuallyExclusive(a: PyNode, b: PyNode): boolean {
  const ancestors = new Set<PyNode>();
  for (let n = a.parent; n; n = n.parent) ancestors.add(n);
  for (let n = b.parent; n; n = n.parent) {
    if (!ancestors.has(n)) continue;
    if (n.type !== 'if_statement' && n.type !== 'try_statement') return false;
    const ca = clauseOf(a, n);
    const cb = clauseOf(b, n);
    if (!ca || !cb || ca === cb) continue;
    if (n.type === 'if_statement') return true;
    const handler = (c: PyNode) => c.type === 'except_clause' || c.type === 'except_group_clause';
    return (handler(ca) && handler(cb)) || (handler(ca) && cb.type === 'block') || (handler(cb) && ca.type === 'block');
  }
  return false;
}

export const duplicateTaskId = defineRule(
  {
    id: 'DAG403',
    name: 'duplicate-task-id',
    severity: 'error',
    summary: 'Two tasks in one DAG share a task_id.',
    docs: {
      limits: 'It compares task_ids written as string literals within one DAG; tasks created in loops, comprehensions or factories, or with ids from f-strings or variables, are unknown (the DAG is marked dynamic) and not compared. Lower-case helper functions called with task_id= are not counted as tasks, and two calls of one @task function are not duplicates (Airflow adds `__1`).',
      what: 'Reports a task_id used by more than one operator in the same DAG (TaskGroup prefixes applied; a @task call whose id is taken is suffixed __1, __2 by Airflow and is not a duplicate; functions called with task_id= are not counted, as they may not create a task; two definitions in different branches of one if/elif/else or in a try body and its except handler are not, as only one of them runs).',
      why: 'Airflow raises DuplicateTaskIdFound while importing the file: the whole DAG disappears.',
      example: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    BashOperator(task_id="load", bash_command="load.sh a")\n    BashOperator(task_id="load", bash_command="load.sh b")',
      fix: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    BashOperator(task_id="load_a", bash_command="load.sh a")\n    BashOperator(task_id="load_b", bash_command="load.sh b")',
    },
  },
  {
    checkFile(ctx) {
      for (const dag of ctx.model.dags) {
        const seen = new Map<string, PyNode[]>();
        for (const task of dag.tasks) {
          // A lower-case function called with task_id= may only use the id (e.g. to read an XCom).
          if (task.taskId === undefined || task.kind === 'helper') continue;
          const earlier = seen.get(task.taskId);
          if (!earlier) {
            seen.set(task.taskId, [task.node]);
            continue;
          }
          const clash = earlier.find((node) => !mutuallyExclusive(node, task.node));
          earlier.push(task.node);
          if (!clash) continue;
          const line = ctx.src.position(clash.start).line;
          ctx.report(task.node, `task_id "${task.taskId}" is already used in DAG "${dag.dagId ?? '?'}" at line ${line}.`, 'Give each task in a DAG its own task_id.');
        }
      }
    },
  },
);
