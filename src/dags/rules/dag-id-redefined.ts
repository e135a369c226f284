import { defineRule } from '../context.js';

export const dagIdRedefinedInFile = defineRule(
  {
    id: 'DAG411',
    name: 'dag-id-redefined-in-file',
    severity: 'warning',
    summary: 'One file defines two DAGs with the same dag_id: Airflow silently keeps only one of them.',
    docs: {
      limits: 'It compares dag_ids written as string literals of registered DAGs in one file; DAGs built in loops or factories (dynamic) and ids from f-strings or variables are not compared: it stays quiet.',
      what: 'Reports each DAG of a file whose statically known dag_id an earlier DAG of the same file already uses (DAGs built in loops or factories are not checked).',
      why: 'Airflow 3.1 loads the file without any error or warning and keeps only one DAG with that id (it collects the file\'s DAGs in a set, so which one is not defined): the other, and its tasks, silently never exist. Usually a copy-paste left the old id in place.',
      example: 'import pendulum\nfrom airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nSTART = pendulum.datetime(2025, 1, 1, tz="UTC")\n\nwith DAG("export", schedule="@daily", start_date=START):\n    EmptyOperator(task_id="export_orders")\n\nwith DAG("export", schedule="@daily", start_date=START):\n    EmptyOperator(task_id="export_customers")',
      fix: 'import pendulum\nfrom airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nSTART = pendulum.datetime(2025, 1, 1, tz="UTC")\n\nwith DAG("export_orders", schedule="@daily", start_date=START):\n    EmptyOperator(task_id="export_orders")\n\nwith DAG("export_customers", schedule="@daily", start_date=START):\n    EmptyOperator(task_id="export_customers")',
    },
  },
  {
    checkFile(ctx) {
      const dags = ctx.model.dags.filter((d) => d.dagId !== undefined && d.registered && !d.dynamic);
      dags.sort((a, b) => a.idNode.start - b.idNode.start);
      const firstLine = new Map<string, number>();
      for (const dag of dags) {
        const line = firstLine.get(dag.dagId!);
        if (line === undefined) {
          firstLine.set(dag.dagId!, ctx.src.position(dag.idNode.start).line);
          continue;
        }
        ctx.report(
          dag.idNode,
          `dag_id "${dag.dagId}" is already defined at line ${line} of this file: Airflow loads only one of these DAGs (which one is not defined) and silently drops the other.`,
          'Give each DAG in the file its own dag_id, or delete the one that is not meant to run.',
        );
      }
    },
  },
);
