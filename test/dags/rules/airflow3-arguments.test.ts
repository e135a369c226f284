import { hits, lint, py } from '../helpers.js';

describe('DAG102 through a module-level dict unpacked into DAG(**…)', () => {
  it('reports removed keys of the dict (3.1 raises TypeError: unexpected keyword argument)', async () => {
    const code = py`
      import pendulum
      from airflow.sdk import DAG
      from airflow.providers.standard.operators.empty import EmptyOperator

      dag_kwargs = {
          "dag_id": "nightly_export",
          "schedule_interval": "@daily",
          "concurrency": 4,
          "start_date": pendulum.datetime(2024, 1, 1, tz="UTC"),
      }

      with DAG(**dag_kwargs):
          EmptyOperator(task_id="start")
    `;
    const { findings } = await lint(code);
    const removed = findings.filter((f) => f.ruleId === 'DAG102');
    expect(removed.map((f) => `${f.severity}@${f.range!.startLine}`)).toEqual(['error@7', 'error@8']);
    expect(removed[0].message).toContain('a key of the dict unpacked into the DAG call');
    expect(removed[0].fix).toBe('Use `schedule` instead.');
  });

  it('stays quiet on default_args keys (3.1 ignores unknown ones), dicts changed before the call, and function-local dicts', async () => {
    const code = py`
      import pendulum
      from airflow.sdk import DAG

      default_args = {"owner": "data", "concurrency": 2, "schedule_interval": "@daily", "sla": None}
      legacy = {"dag_id": "a", "schedule_interval": "@daily"}
      legacy["schedule"] = legacy.pop("schedule_interval")
      fine = {"dag_id": "b", "schedule": "@daily", "start_date": pendulum.datetime(2024, 1, 1, tz="UTC")}

      with DAG(**legacy, default_args=default_args):
          pass
      with DAG(**fine):
          pass

      def build(dag_kwargs):
          return DAG(**dag_kwargs)
    `;
    expect(await hits(code, ['DAG102', 'DAG103', 'DAG203'])).toEqual([]);
  });
});

describe('DAG203 airflow3-ignored-argument', () => {
  it('reports sla_miss_callback and sla as warnings, not DAG102/DAG103 errors (3.1 loads the DAG and ignores them)', async () => {
    const code = py`
      from datetime import timedelta
      from airflow.sdk import DAG
      from airflow.providers.standard.operators.empty import EmptyOperator

      def notify(*args):
          pass

      with DAG("etl", schedule="@daily", sla_miss_callback=notify):
          EmptyOperator(task_id="load", sla=timedelta(hours=1))
    `;
    const { findings } = await lint(code);
    expect(findings.filter((f) => f.ruleId === 'DAG102' || f.ruleId === 'DAG103')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'DAG203').map((f) => `${f.severity}@${f.range!.startLine}`)).toEqual(['warning@8', 'warning@9']);
  });

  it('says nothing when no SLA argument is passed', async () => {
    const code = py`
      from airflow.sdk import DAG
      with DAG("etl", schedule="@daily"):
          pass
    `;
    expect(await hits(code, ['DAG203'])).toEqual([]);
  });
});

describe('DAG104 on compatibility fallbacks', () => {
  it('stays quiet on `context.get("logical_date") or context.get("execution_date")` and still reports a lone read', async () => {
    const code = py`
      from airflow.sdk import task

      @task
      def report_run(**context):
          run_date = context.get("logical_date") or context.get("execution_date")
          print(run_date)

      @task
      def legacy(**context):
          return context.get("execution_date")
    `;
    const { findings } = await lint(code);
    expect(findings.filter((f) => f.ruleId === 'DAG104').map((f) => f.range!.startLine)).toEqual([10]);
  });
});
