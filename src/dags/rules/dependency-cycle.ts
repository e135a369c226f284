import type { PyNode } from '../ast.js';
import { defineRule } from '../context.js';
import type { TaskInfo } from '../model.js';

/** The first cycle found by depth-first search, as a list of tasks (first repeated at the end). */
export function findCycle(tasks: TaskInfo[]): TaskInfo[] | undefined {
  const state = new Map<TaskInfo, 1 | 2>();
  for (const start of tasks) {
    if (state.has(start)) continue;
    // Iterative DFS with an explicit path so deep graphs cannot overflow the stack.
    const path: TaskInfo[] = [];
    const iters: Array<Iterator<TaskInfo>> = [];
    state.set(start, 1);
    path.push(start);
    iters.push(start.downstream.keys());
    while (path.length) {
      const next = iters[iters.length - 1].next();
      if (next.done) {
        state.set(path.pop()!, 2);
        iters.pop();
        continue;
      }
      const t = next.value;
      const s = state.get(t);
      if (s === 1) return [...path.slice(path.indexOf(t)), t];
      if (s === undefined) {
        state.set(t, 1);
        path.push(t);
        iters.push(t.downstream.keys());
      }
    }
  }
  return undefined;
}

export const dependencyCycle = defineRule(
  {
    id: 'DAG404',
    name: 'dependency-cycle',
    severity: 'error',
    summary: 'Task dependencies form a cycle.',
    docs: {
      limits: 'It follows edges written with `>>`, `<<`, lists, chain(), set_upstream/set_downstream and TaskFlow data passing between tasks the model sees in this file. Edges made in loops over run-time values, inside helper functions, by tasks imported from other modules, or by calls it does not follow are not seen, so a cycle through them is missed rather than guessed.',
      what: 'Builds the task graph from >>, <<, lists, chain(), set_upstream/set_downstream and TaskFlow data passing, and reports the first cycle found (a task made its own downstream, `a >> a`, included) at the edge written last, the one that closes it.',
      why: 'Airflow raises AirflowDagCycleException when it loads the DAG: the DAG is not scheduled at all.',
      example: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    extract = EmptyOperator(task_id="extract")\n    transform = EmptyOperator(task_id="transform")\n    load = EmptyOperator(task_id="load")\n    extract >> transform >> load\n    load >> extract',
      fix: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    extract = EmptyOperator(task_id="extract")\n    transform = EmptyOperator(task_id="transform")\n    load = EmptyOperator(task_id="load")\n    extract >> transform >> load',
    },
  },
  {
    checkFile(ctx) {
      for (const dag of ctx.model.dags) {
        const cycle = findCycle(dag.tasks);
        if (!cycle) continue;
        const names = cycle.map((t) => t.taskId ?? '?').join(' >> ');
        ctx.report(closingEdge(cycle) ?? cycle[0].call, `Dependency cycle in DAG "${dag.dagId ?? '?'}": ${names}.`, 'Remove one of the edges so the graph is acyclic.');
      }
    },
  },
);

/** Where the cycle's last-written edge was written (the `load >> extract` that closes it). */
function closingEdge(cycle: TaskInfo[]): PyNode | undefined {
  let last: PyNode | undefined;
  for (let i = 0; i + 1 < cycle.length; i++) {
    const at = cycle[i].downstream.get(cycle[i + 1]);
    if (at && (!last || at.start > last.start)) last = at;
  }
  return last;
}
