import { defineRule } from '../context.js';

export const duplicateDagId = defineRule(
  {
    id: 'DAG402',
    name: 'duplicate-dag-id',
    severity: 'error',
    summary: 'Two files define DAGs with the same dag_id.',
    docs: {
      limits: 'It compares dag_ids written as string literals of DAGs the model sees registered in the linted files; ids built at run time (f-strings, variables, loops, factories) and DAGs from files not linted in the same run are not compared: it stays quiet.',
      what: 'Collects every statically known dag_id of all linted files and reports each place a dag_id is defined in more than one file (the same dag_id twice in one file is DAG411).',
      why: 'Airflow keeps one of them and reports the other file as an import error (AirflowDagDuplicatedIdException: "Ignoring DAG … also found in …"); which one wins depends on parse order, so the DAG that runs can change between deployments.',
      example: '# dags/sales.py\nwith DAG("daily_report", schedule="@daily"): ...\n# dags/finance.py\nwith DAG("daily_report", schedule="@daily"): ...',
      fix: '# dags/sales.py\nwith DAG("sales_daily_report", schedule="@daily"): ...\n# dags/finance.py\nwith DAG("finance_daily_report", schedule="@daily"): ...',
    },
  },
  {
    checkProject(ctx) {
      const byId = new Map<string, typeof ctx.dags>();
      for (const d of ctx.dags) {
        if (!byId.has(d.dagId)) byId.set(d.dagId, []);
        byId.get(d.dagId)!.push(d);
      }
      for (const [id, places] of byId) {
        // Within one file Airflow silently keeps the last definition: that is DAG411, not an import error.
        if (new Set(places.map((p) => p.file)).size < 2) continue;
        for (const p of places) {
          const others = places.filter((o) => o.file !== p.file).map((o) => `${o.file}:${o.range.startLine}`);
          ctx.report(p.file, p.range, `dag_id "${id}" is also defined in ${others.join(', ')}: Airflow loads only one of them and reports the other file as an import error.`, 'Give every DAG a unique dag_id.');
        }
      }
    },
  },
);
