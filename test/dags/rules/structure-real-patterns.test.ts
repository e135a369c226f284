/**
 * Structural rules on patterns taken from real DAG files that drew false errors (issue 13), each
 * checked against what Airflow 3.1's DagBag did with a file of that shape: a positive case that
 * Airflow rejects (or that misbehaves at run time) and a negative case it accepts.
 */
import { hits, lint, py } from '../helpers.js';

const HEADER = 'import pendulum\nfrom airflow.sdk import DAG, dag, task, task_group, chain, TaskGroup\nfrom airflow.providers.standard.operators.empty import EmptyOperator\nSTART = pendulum.datetime(2025, 1, 1, tz="UTC")\n';

describe('DAG405 unknown-branch-target', () => {
  it('accepts a TaskGroup id, a task further downstream, and a task elsewhere in the DAG', async () => {
    const code = HEADER + py`
      from airflow.providers.standard.operators.python import BranchPythonOperator
      def choose():
          if pendulum.now().day == 1:
              return "monthly"
          return ["c", "cleanup"]
      with DAG("etl", schedule="@daily", start_date=START):
          br = BranchPythonOperator(task_id="br", python_callable=choose)
          with TaskGroup("monthly") as monthly:
              EmptyOperator(task_id="aggregate") >> EmptyOperator(task_id="publish")
          br >> [monthly, EmptyOperator(task_id="a")]
          EmptyOperator(task_id="a2") >> EmptyOperator(task_id="c")
          EmptyOperator(task_id="cleanup")
    `;
    expect(await hits(code, ['DAG405'])).toEqual([]);
  });
  it('reports an id that is no task and no TaskGroup of the DAG (a group task named without its prefix)', async () => {
    const code = HEADER + py`
      @dag(schedule="@daily", start_date=START)
      def reports():
          @task.branch
          def pick():
              return "aggregate"
          with TaskGroup("monthly"):
              agg = EmptyOperator(task_id="aggregate")
          pick() >> agg
      reports()
    `;
    expect(await hits(code, ['DAG405'])).toEqual(['DAG405@9']);
  });
  it('uses the callable defined in its own TaskGroup block when two blocks define the same name', async () => {
    const code = HEADER + py`
      from airflow.providers.standard.operators.python import BranchPythonOperator
      with DAG("regions", schedule="@daily", start_date=START):
          with TaskGroup("eu"):
              def decide():
                  return "eu.load"
              BranchPythonOperator(task_id="decide", python_callable=decide) >> EmptyOperator(task_id="load")
          with TaskGroup("us"):
              def decide():
                  return "us.load"
              BranchPythonOperator(task_id="decide", python_callable=decide) >> EmptyOperator(task_id="load")
    `;
    expect(await hits(code, ['DAG405'])).toEqual([]);
    expect(await hits(code.replace('return "us.load"', 'return "eu.missing"'), ['DAG405'])).toEqual(['DAG405@13']);
  });
  it('accepts chain() inside a @task_group body, and stays quiet when an imported task may add the id', async () => {
    const code = HEADER + py`
      from common.tasks import notify
      @dag(schedule="@daily", start_date=START)
      def pipeline():
          @task_group
          def process():
              chain(EmptyOperator(task_id="clean"), EmptyOperator(task_id="enrich"))
          @task.branch
          def route():
              return ["process", "notify"]
          route() >> [process(), notify()]
      pipeline()
    `;
    expect(await hits(code, ['DAG405'])).toEqual([]);
  });
});

describe('DAG404 dependency-cycle', () => {
  it('reports a self-loop a >> a (Airflow: "Cycle detected … Faulty task: a")', async () => {
    const code = HEADER + py`
      with DAG("loop", schedule="@daily", start_date=START):
          a = EmptyOperator(task_id="a")
          a >> a
    `;
    expect(await hits(code, ['DAG404'])).toEqual(['DAG404@7']);
  });
  it('reports the cycle at the edge that closes it', async () => {
    const code = HEADER + py`
      with DAG("etl", schedule="@daily", start_date=START):
          extract = EmptyOperator(task_id="extract")
          transform = EmptyOperator(task_id="transform")
          load = EmptyOperator(task_id="load")
          extract >> transform >> load
          load >> extract
    `;
    const { findings } = await lint(code);
    const cycle = findings.filter((f) => f.ruleId === 'DAG404');
    expect(cycle.map((f) => [f.range?.startLine, f.message])).toEqual([[10, 'Dependency cycle in DAG "etl": extract >> transform >> load >> extract.']]);
  });
  it('does not take an imported @task to return its argument', async () => {
    const code = HEADER + py`
      from etl_common.transforms import clean
      @dag(schedule="@daily", start_date=START)
      def etl():
          @task
          def extract():
              return [1, 2]
          @task
          def load(rows):
              pass
          raw = extract()
          cleaned = clean(raw)
          load(cleaned) >> raw
      etl()
    `;
    // raw >> clean(raw) >> load >> raw only closes if clean() returned raw itself.
    expect(await hits(code, ['DAG404'])).toEqual([]);
  });
});

describe('DAG403 duplicate-task-id', () => {
  it('does not count a helper function called with task_id=', async () => {
    const code = HEADER + py`
      from airflow.providers.standard.operators.bash import BashOperator
      def pulled(task_id):
          return "{{ ti.xcom_pull(task_ids='" + task_id + "') }}"
      with DAG("etl", schedule="@daily", start_date=START):
          extract = EmptyOperator(task_id="extract")
          a = BashOperator(task_id="a", bash_command=pulled(task_id="extract"))
          b = BashOperator(task_id="b", bash_command=pulled(task_id="extract"))
    `;
    expect(await hits(code, ['DAG403'])).toEqual([]);
  });
  it('does not report a @task called again in later module-level statements of a classic DAG', async () => {
    const code = HEADER + py`
      dag_obj = DAG("classic", schedule="@daily", start_date=START)
      @task(dag=dag_obj)
      def notify():
          pass
      start = EmptyOperator(task_id="start", dag=dag_obj)
      start >> notify()
      start >> notify()
    `;
    const result = await lint(code);
    expect(result.findings.filter((f) => f.ruleId === 'DAG403')).toEqual([]);
  });
  it('names a @task after an operator with its id the way Airflow does (my_task__1), and still reports two operators', async () => {
    const code = HEADER + py`
      with DAG("t", schedule=None):
          EmptyOperator(task_id="my_task")
          @task
          def my_task():
              pass
          my_task()
          my_task.override(task_id="my_task")()
          EmptyOperator(task_id="x")
          EmptyOperator(task_id="x")
    `;
    const result = await lint(code);
    expect(result.summaries[0].tasks).toEqual(['my_task', 'my_task__1', 'my_task__2', 'x', 'x']);
    expect(result.findings.filter((f) => f.ruleId === 'DAG403').map((f) => f.range?.startLine)).toEqual([13]);
  });
});

describe('DAG409 dynamic-start-date', () => {
  it('is quiet on DAGs that are never scheduled (schedule=None or no schedule)', async () => {
    const code = py`
      from datetime import datetime, timedelta
      from airflow.sdk import DAG
      from airflow.providers.standard.operators.empty import EmptyOperator
      with DAG("manual", schedule=None, start_date=datetime.now() - timedelta(days=1)):
          EmptyOperator(task_id="run", start_date=datetime.now())
      with DAG("unscheduled", start_date=datetime.now()):
          pass
    `;
    expect(await hits(code, ['DAG409'])).toEqual([]);
  });
  it('still reports it when one DAG sharing the value is scheduled', async () => {
    const code = py`
      from datetime import datetime
      from airflow.sdk import DAG
      ARGS = {"start_date": datetime.now()}
      with DAG("manual", schedule=None, default_args=ARGS):
          pass
      with DAG("nightly", schedule="@daily", default_args=ARGS):
          pass
    `;
    expect(await hits(code, ['DAG409'])).toEqual(['DAG409@3']);
  });
});

describe('DAG402 duplicate-dag-id and DAG411 dag-id-redefined-in-file', () => {
  const twice = HEADER + py`
    with DAG("export", schedule=None):
        EmptyOperator(task_id="orders")
    with DAG("export", schedule=None):
        EmptyOperator(task_id="customers")
  `;
  it('reports the second DAG of a file with a taken id as a warning (Airflow silently keeps one of the two), never as DAG402', async () => {
    const { findings } = await lint(twice);
    expect(findings.filter((f) => f.ruleId === 'DAG411').map((f) => [f.severity, f.range?.startLine])).toEqual([['warning', 7]]);
    const { lintDags } = await import('../../../src/dags/engine.js');
    const { defaultConfig } = await import('../../../src/core/config.js');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dag402-'));
    try {
      fs.writeFileSync(path.join(root, 'one.py'), twice);
      fs.writeFileSync(path.join(root, 'two.py'), HEADER + 'with DAG("billing_rollup", schedule=None):\n    pass\n');
      fs.writeFileSync(path.join(root, 'three.py'), HEADER + 'with DAG("billing_rollup", schedule=None):\n    pass\n');
      const result = await lintDags({ paths: ['.'], root, config: defaultConfig() });
      expect(result.findings.filter((f) => f.ruleId === 'DAG402').map((f) => `${f.file}:${f.severity}`).sort()).toEqual(['three.py:error', 'two.py:error']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
  it('accepts distinct ids in one file', async () => {
    expect(await hits(twice.replace('"export", schedule=None):\n    EmptyOperator(task_id="customers")', '"export_customers", schedule=None):\n    EmptyOperator(task_id="customers")'), ['DAG411'])).toEqual([]);
  });
});

describe('DAG412 required-param-on-scheduled-dag', () => {
  it('reports a Param without default on a scheduled DAG, through a module variable too', async () => {
    const code = HEADER + py`
      from airflow.sdk import Param
      PARAMS = {"day": Param(type="string"), "limit": Param(10, type="integer")}
      with DAG("a", schedule="@daily", start_date=START, params={"customer": Param(type="string", description="id")}):
          pass
      with DAG("b", schedule="0 3 * * *", start_date=START, params=PARAMS):
          pass
    `;
    expect(await hits(code, ['DAG412'])).toEqual(['DAG412@6', 'DAG412@7']);
  });
  it('accepts it on schedule=None, and defaults given by position or default=', async () => {
    const code = HEADER + py`
      from airflow.sdk import Param
      with DAG("manual", schedule=None, params={"customer": Param(type="string")}):
          pass
      with DAG("nightly", schedule="@daily", start_date=START, params={"a": Param("x", type="string"), "b": Param(default=None, type=["null", "string"]), "c": 3}):
          pass
    `;
    expect(await hits(code, ['DAG412'])).toEqual([]);
  });
});

describe('DAG413 module-level-exit', () => {
  it('reports raise and sys.exit() that run on import', async () => {
    const code = HEADER + py`
      import sys
      with DAG("a", schedule=None):
          raise ValueError("not ready")
      sys.exit(0)
    `;
    expect(await hits(code, ['DAG413'])).toEqual(['DAG413@7', 'DAG413@8']);
  });
  it('accepts them behind __main__, a condition, a try, or inside functions', async () => {
    const code = HEADER + py`
      import sys
      def fail():
          raise RuntimeError("x")
      try:
          import pandas
      except ImportError:
          raise
      if __name__ == "__main__":
          sys.exit(0)
      with DAG("a", schedule=None):
          pass
    `;
    expect(await hits(code, ['DAG413'])).toEqual([]);
  });
});

describe('chain() of two lists of the same length', () => {
  it('links them pairwise, as Airflow does, so no cycle is invented across the pairs', async () => {
    const code = HEADER + py`
      with DAG("pairs", schedule=None):
          chain([EmptyOperator(task_id="e1"), EmptyOperator(task_id="e2")], [EmptyOperator(task_id="l1"), EmptyOperator(task_id="l2")])
    `;
    const result = await lint(code);
    expect(result.summaries[0].edges).toEqual([
      ['e1', 'l1'],
      ['e2', 'l2'],
    ]);
  });
});
