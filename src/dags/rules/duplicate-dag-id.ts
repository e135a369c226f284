import { defineRule } from '../context.js';

export const duplicateDagId = defineRule(
  {
    id: 'DAG402',
    name: 'duplicate-dag-id',
    severity: 'error',
    summary: 'Two DAGs share a dag_id, within a file or across files.',
    docs: {
      what: 'Collects every statically known dag_id of all linted files and reports each place a dag_id is defined more than once.',
      why: 'Airflow keeps one of them and reports the other as an import error (AirflowDagDuplicatedIdException); which one wins depends on parse order, so the DAG that runs can change between deployments.',
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
        if (places.length < 2) continue;
        for (const p of places) {
          const others = places.filter((o) => o !== p).map((o) => `${o.file}:${o.range.startLine}`);
          ctx.report(p.file, p.range, `dag_id "${id}" is also defined at ${others.join(', ')}.`, 'Give every DAG a unique dag_id.');
        }
      }
    },
  },
);
