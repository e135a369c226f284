import { defineRule } from '../context.js';

const VALID_ID = /^[\w.-]+$/;
const MAX_ID_LENGTH = 250;

function problem(id: string): string | undefined {
  if (id.length === 0) return 'is empty';
  if (id.length > MAX_ID_LENGTH) return `is ${id.length} characters long (at most ${MAX_ID_LENGTH})`;
  if (!VALID_ID.test(id)) return 'may only contain letters, digits, underscores, dots and dashes';
  return undefined;
}

export const invalidId = defineRule(
  {
    id: 'DAG401',
    name: 'invalid-id',
    severity: 'error',
    summary: 'A dag_id or task_id Airflow rejects.',
    docs: {
      what: `Checks every statically known dag_id and task_id against Airflow's key rule: ^[\\w.-]+$ and at most ${MAX_ID_LENGTH} characters.`,
      why: 'Airflow raises an error while the file is imported, so the DAG never appears.',
      example: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("nightly etl", schedule="@daily"):\n    EmptyOperator(task_id="extract/raw")',
      fix: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("nightly_etl", schedule="@daily"):\n    EmptyOperator(task_id="extract_raw")',
    },
  },
  {
    checkFile(ctx) {
      for (const dag of ctx.model.dags) {
        if (dag.dagId !== undefined) {
          const p = problem(dag.dagId);
          if (p) ctx.report(dag.idNode, `dag_id "${dag.dagId}" ${p}.`, 'Use only letters, digits, _, . and -.');
        }
        for (const task of dag.tasks) {
          if (task.taskId === undefined) continue;
          const p = problem(task.taskId);
          if (p) ctx.report(task.node, `task_id "${task.taskId}" ${p}.`, 'Use only letters, digits, _, . and -.');
        }
      }
    },
  },
);
