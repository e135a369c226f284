import { defineRule } from '../context.js';

/**
 * Airflow's key rule is Python's `^[\w.-]+$` on a str: `\w` is Unicode-aware there (letters and
 * numbers of any script, e.g. "深圳湾_巡检" is a valid dag_id), and `$` also matches before one final
 * newline. The letter and number categories below equal Python's `\w` on every code point.
 */
const VALID_ID = /^[\p{L}\p{N}_.-]+\n?$/u;
const MAX_ID_LENGTH = 250;

function problem(id: string): string | undefined {
  if (id.length === 0) return 'is empty';
  // Python counts code points, not UTF-16 units.
  const length = [...id].length;
  if (length > MAX_ID_LENGTH) return `is ${length} characters long (at most ${MAX_ID_LENGTH})`;
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
      limits: 'It checks only ids written as string literals (including implicit concatenation of literals); ids from f-strings, variables, function arguments, loops or factories are unknown and not checked. A DAG class or factory imported from your own module is not recognised as a DAG.',
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
