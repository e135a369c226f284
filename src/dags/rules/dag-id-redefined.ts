import { defineRule } from '../context.js';

export const dagIdRedefinedInFile = defineRule(
  {
    id: 'DAG411',
    name: 'dag-id-redefined-in-file',
    severity: 'warning',
    summary: 'One file defines two DAGs with the same dag_id: Airflow silently keeps only the last.',
    docs: {
      what: 'Reports every DAG of a file whose statically known dag_id is defined again later in the same file (DAGs built in loops or factories are not checked).',
      why: 'Airflow 3.1 loads the file without any error or warning and keeps only the last DAG with that id: the earlier ones, and their tasks, silently never exist. Usually a copy-paste left the old id in place.',
      example: 'import pendulum\nfrom airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nSTART = pendulum.datetime(2025, 1, 1, tz="UTC")\n\nwith DAG("export", schedule="@daily", start_date=START):\n    EmptyOperator(task_id="export_orders")\n\nwith DAG("export", schedule="@daily", start_date=START):\n    EmptyOperator(task_id="export_customers")',
      fix: 'import pendulum\nfrom airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nSTART = pendulum.datetime(2025, 1, 1, tz="UTC")\n\nwith DAG("export_orders", schedule="@daily", start_date=START):\n    EmptyOperator(task_id="export_orders")\n\nwith DAG("export_customers", schedule="@daily", start_date=START):\n    EmptyOperator(task_id="export_customers")',
    },
  },
  {
    checkFile(ctx) {
      const dags = ctx.model.dags.filter((d) => d.dagId !== undefined && d.registered && !d.dynamic);
      dags.sort((a, b) => a.idNode.start - b.idNode.start);
      for (let i = 0; i < dags.length; i++) {
        const later = dags.slice(i + 1).filter((d) => d.dagId === dags[i].dagId);
        if (!later.length) continue;
        const last = later[later.length - 1];
        ctx.report(
          dags[i].idNode,
          `dag_id "${dags[i].dagId}" is defined again at line ${ctx.src.position(last.idNode.start).line} of this file: Airflow keeps only that last definition and silently drops this one.`,
          'Give each DAG in the file its own dag_id, or delete the one that is not meant to run.',
        );
      }
    },
  },
);
