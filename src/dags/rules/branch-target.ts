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
    name: 'branch-target-not-downstream',
    severity: 'error',
    summary: 'A branch returns a task_id that is not directly downstream of it.',
    docs: {
      what: 'For @task.branch functions and BranchPythonOperator callables, checks every task_id literal they return against the tasks directly downstream of the branch task (TaskGroup prefixes included).',
      why: 'Airflow fails the branch task at run time ("Branch … not found" / not a direct downstream task), so the path you meant to take never runs — and nothing warned at deploy time.',
      example: 'import pendulum\nfrom airflow.sdk import dag, task\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef drift():\n    @task\n    def score() -> float:\n        return 0.2\n\n    @task\n    def submit_rayjob(): ...\n\n    @task\n    def skip(): ...\n    @task.branch\n    def gate(score: float) -> str:\n        return "retrain" if score > 0.15 else "skip"\n\n    gate(score()) >> [submit_rayjob(), skip()]\n\ndrift()',
      fix: 'import pendulum\nfrom airflow.sdk import dag, task\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef drift():\n    @task\n    def score() -> float:\n        return 0.2\n\n    @task\n    def submit_rayjob(): ...\n\n    @task\n    def skip(): ...\n    @task.branch\n    def gate(score: float) -> str:\n        return "submit_rayjob" if score > 0.15 else "skip"\n\n    gate(score()) >> [submit_rayjob(), skip()]\n\ndrift()',
    },
  },
  {
    checkFile(ctx) {
      for (const dag of ctx.model.dags) {
        for (const task of dag.tasks) {
          if (!task.branch || !task.callable) continue;
          const downstream = [...task.downstream];
          if (downstream.some((d) => d.taskId === undefined)) continue;
          const ids = new Set(downstream.map((d) => d.taskId!));
          for (const r of returnedTaskIds(task.callable, ctx.src)) {
            if (ids.has(r.id)) continue;
            const list = ids.size ? [...ids].sort().join(', ') : 'none';
            ctx.report(
              r.node,
              `Branch "${task.taskId ?? task.callee}" returns "${r.id}", which is not directly downstream of it (downstream: ${list}).`,
              `Return one of the direct downstream task_ids, or add "${r.id}" downstream of the branch.`,
            );
          }
        }
      }
    },
  },
);
