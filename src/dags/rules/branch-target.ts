import { childByField, stringValue, type PyNode, type SourceText } from '../ast.js';
import { defineRule } from '../context.js';

/** String literals a branch callable can return, with the node that returns each. */
export function returnedTaskIds(def: PyNode, src: SourceText): Array<{ id: string; node: PyNode }> {
  const out: Array<{ id: string; node: PyNode }> = [];
  const collect = (expr: PyNode | undefined) => {
    if (!expr) return;
    const s = stringValue(expr, src);
    if (s !== undefined) out.push({ id: s, node: expr });
    else if (['list', 'tuple', 'expression_list', 'parenthesized_expression', 'set'].includes(expr.type)) expr.children.forEach(collect);
    else if (expr.type === 'conditional_expression') expr.children.forEach(collect);
  };
  const body = childByField(def, 'body');
  const stack = body ? [body] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition') continue;
    if (n.type === 'return_statement') n.children.forEach(collect);
    else stack.push(...n.children);
  }
  return out;
}

export const branchTargetNotDownstream = defineRule(
  {
    id: 'DAG405',
    name: 'unknown-branch-target',
    severity: 'error',
    summary: 'A branch returns a task_id that is neither a task nor a TaskGroup of its DAG.',
    docs: {
      limits: 'It checks string literals a branch callable returns directly (also in lists, tuples and conditional expressions). It stays quiet for a DAG that is dynamic (tasks from loops, factories or run-time ids) or incomplete (calls it does not follow, such as an imported @task or a helper, are used where tasks go), and for return values built at run time.',
      what: 'For @task.branch functions and BranchPythonOperator callables, checks every task_id literal they return against the DAG: its task_ids (TaskGroup prefixes and `__N` suffixes included) and its TaskGroup ids, which Airflow expands to the group\'s root tasks. A target further downstream, or elsewhere in the DAG, is accepted, as Airflow 3.1 accepts it. Not checked: DAGs whose tasks the linter cannot all see (tasks built in loops, f-string ids, tasks made by imported or helper functions) and ids the callable computes.',
      why: 'Airflow fails the branch task when it runs ("\'branch_task_ids\' must contain only valid task_ids"), so the path you meant to take never runs — and nothing warned at deploy time.',
      example: 'import pendulum\nfrom airflow.sdk import dag, task\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef drift():\n    @task\n    def score() -> float:\n        return 0.2\n\n    @task\n    def submit_rayjob(): ...\n\n    @task\n    def skip(): ...\n    @task.branch\n    def gate(score: float) -> str:\n        return "retrain" if score > 0.15 else "skip"\n\n    gate(score()) >> [submit_rayjob(), skip()]\n\ndrift()',
      fix: 'import pendulum\nfrom airflow.sdk import dag, task\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef drift():\n    @task\n    def score() -> float:\n        return 0.2\n\n    @task\n    def submit_rayjob(): ...\n\n    @task\n    def skip(): ...\n    @task.branch\n    def gate(score: float) -> str:\n        return "submit_rayjob" if score > 0.15 else "skip"\n\n    gate(score()) >> [submit_rayjob(), skip()]\n\ndrift()',
    },
  },
  {
    checkFile(ctx) {
      for (const dag of ctx.model.dags) {
        // Only a DAG whose every task the model sees can prove an id missing.
        if (dag.dynamic || dag.incomplete || dag.tasks.some((t) => t.taskId === undefined)) continue;
        const known = new Set<string>(dag.groupIds);
        for (const t of dag.tasks) known.add(t.taskId!);
        for (const task of dag.tasks) {
          if (!task.branch || !task.callable) continue;
          for (const r of returnedTaskIds(task.callable, ctx.src)) {
            if (known.has(r.id)) continue;
            ctx.report(
              r.node,
              `Branch "${task.taskId ?? task.callee}" returns "${r.id}", which is neither a task_id nor a TaskGroup id of DAG "${dag.dagId ?? '?'}": the branch task fails when it runs.`,
              `Return an existing task_id (with its TaskGroup prefix, e.g. "group.task") or TaskGroup id.`,
            );
          }
        }
      }
    },
  },
);
