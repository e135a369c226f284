import { defineRule } from '../context.js';

export const duplicateTaskId = defineRule(
  {
    id: 'DAG403',
    name: 'duplicate-task-id',
    severity: 'error',
    summary: 'Two tasks in one DAG share a task_id.',
    docs: {
      what: 'Reports a task_id used by more than one operator in the same DAG (TaskGroup prefixes applied; a @task call whose id is taken is suffixed __1, __2 by Airflow and is not a duplicate; functions called with task_id= are not counted, as they may not create a task).',
      why: 'Airflow raises DuplicateTaskIdFound while importing the file: the whole DAG disappears.',
      example: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    BashOperator(task_id="load", bash_command="load.sh a")\n    BashOperator(task_id="load", bash_command="load.sh b")',
      fix: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    BashOperator(task_id="load_a", bash_command="load.sh a")\n    BashOperator(task_id="load_b", bash_command="load.sh b")',
    },
  },
  {
    checkFile(ctx) {
      for (const dag of ctx.model.dags) {
        const first = new Map<string, number>();
        for (const task of dag.tasks) {
          // A lower-case function called with task_id= may only use the id (e.g. to read an XCom).
          if (task.taskId === undefined || task.kind === 'helper') continue;
          const line = first.get(task.taskId);
          if (line === undefined) {
            first.set(task.taskId, ctx.src.position(task.node.start).line);
            continue;
          }
          ctx.report(task.node, `task_id "${task.taskId}" is already used in DAG "${dag.dagId ?? '?'}" at line ${line}.`, 'Give each task in a DAG its own task_id.');
        }
      }
    },
  },
);
