import { hits, py } from '../helpers.js';

const HEADER = 'import pendulum\nfrom airflow.sdk import DAG, dag, task, chain\nfrom airflow.providers.standard.operators.empty import EmptyOperator\nSTART = pendulum.datetime(2025, 1, 1, tz="UTC")\n';

describe('DAG401 invalid-id', () => {
  it('reports dag and task ids Airflow rejects', async () => {
    const code = HEADER + py`
      with DAG("nightly etl", schedule="@daily", start_date=START):
          EmptyOperator(task_id="extract/raw")
          EmptyOperator(task_id="${'x'.repeat(251)}")
    `;
    expect(await hits(code, ['DAG401'])).toEqual(['DAG401@5', 'DAG401@6', 'DAG401@7']);
  });
  it('accepts letters, digits, _, . and -', async () => {
    const code = HEADER + py`
      with DAG("nightly-etl.v2", schedule="@daily", start_date=START):
          EmptyOperator(task_id="extract_raw-1.a")
    `;
    expect(await hits(code, ['DAG401'])).toEqual([]);
  });
  it('accepts letters and digits of any script, as Python\'s Unicode \\w does (Airflow 3.1 loads these DAGs)', async () => {
    const code = HEADER + py`
      with DAG("深圳湾网球场巡检", schedule="@daily", start_date=START):
          EmptyOperator(task_id="prüfung_état_٣")
    `;
    expect(await hits(code, ['DAG401'])).toEqual([]);
  });
  it('still reports symbols and emoji, and counts length in code points', async () => {
    const code = HEADER + py`
      with DAG("report→daily", schedule="@daily", start_date=START):
          EmptyOperator(task_id="load_🚀")
          EmptyOperator(task_id="${'é'.repeat(250)}")
    `;
    expect(await hits(code, ['DAG401'])).toEqual(['DAG401@5', 'DAG401@6']);
  });
});

describe('DAG403 duplicate-task-id', () => {
  it('reports the second operator with the same task_id', async () => {
    const code = HEADER + py`
      with DAG("etl", schedule="@daily", start_date=START):
          EmptyOperator(task_id="load")
          EmptyOperator(task_id="load")
    `;
    expect(await hits(code, ['DAG403'])).toEqual(['DAG403@7']);
  });
  it('does not report one id defined in exclusive branches (try/except ImportError, if/else); still reports try body + else', async () => {
    const code = HEADER + py`
      import os
      with DAG("etl", schedule="@daily", start_date=START):
          try:
              from airflow.providers.standard.operators.bash import BashOperator
              notify = BashOperator(task_id="notify", bash_command="notify.sh")
          except ImportError:
              notify = EmptyOperator(task_id="notify")
          if os.environ.get("ENV") == "prod":
              publish = EmptyOperator(task_id="publish")
          elif os.environ.get("ENV") == "staging":
              publish = EmptyOperator(task_id="publish")
          else:
              publish = EmptyOperator(task_id="publish")
          try:
              EmptyOperator(task_id="archive")
          except ValueError:
              pass
          else:
              EmptyOperator(task_id="archive")
    `;
    expect(await hits(code, ['DAG403'])).toEqual(['DAG403@23']);
  });
  it('does not report repeated @task calls (Airflow suffixes them) or the same id in two TaskGroups', async () => {
    const code = HEADER + py`
      from airflow.sdk import TaskGroup
      @dag(schedule="@daily", start_date=START)
      def pipeline():
          @task
          def step():
              return 1
          step()
          step()
          with TaskGroup("a"):
              EmptyOperator(task_id="load")
          with TaskGroup("b"):
              EmptyOperator(task_id="load")
      pipeline()
    `;
    expect(await hits(code, ['DAG403'])).toEqual([]);
  });
});

describe('DAG404 dependency-cycle', () => {
  it('prints the cycle', async () => {
    const code = HEADER + py`
      with DAG("etl", schedule="@daily", start_date=START):
          a = EmptyOperator(task_id="a")
          b = EmptyOperator(task_id="b")
          c = EmptyOperator(task_id="c")
          a >> b >> c
          c.set_downstream(a)
    `;
    const { findings } = await (await import('../helpers.js')).lint(code);
    const cycle = findings.filter((f) => f.ruleId === 'DAG404');
    expect(cycle).toHaveLength(1);
    expect(cycle[0].message).toContain('a >> b >> c >> a');
  });
  it('accepts a DAG with diamonds and chain()', async () => {
    const code = HEADER + py`
      with DAG("etl", schedule="@daily", start_date=START):
          a, b, c, d = [EmptyOperator(task_id=x) for x in "abcd"]
          e = EmptyOperator(task_id="e")
          f = EmptyOperator(task_id="f")
          chain(e, [f], e.output if False else f)
    `;
    expect(await hits(code, ['DAG404'])).toEqual([]);
  });
});

describe('DAG405 unknown-branch-target', () => {
  it('reports a returned task_id that is not a task of the DAG', async () => {
    const code = HEADER + py`
      @dag(schedule="@daily", start_date=START)
      def flow():
          @task.branch
          def gate(score: float) -> str:
              return "retrain" if score > 0.15 else "skip"
          @task
          def submit_rayjob():
              pass
          @task
          def skip():
              pass
          gate(0.2) >> [submit_rayjob(), skip()]
      flow()
    `;
    expect(await hits(code, ['DAG405'])).toEqual(['DAG405@9']);
  });
  it('accepts returns that name direct downstream tasks, including BranchPythonOperator callables', async () => {
    const code = HEADER + py`
      from airflow.providers.standard.operators.python import BranchPythonOperator
      def choose():
          return ["a", "b"]
      with DAG("etl", schedule="@daily", start_date=START):
          br = BranchPythonOperator(task_id="br", python_callable=choose)
          br >> [EmptyOperator(task_id="a"), EmptyOperator(task_id="b")]
    `;
    expect(await hits(code, ['DAG405'])).toEqual([]);
  });
  it('accepts a BranchPythonOperator callable returning a task two hops away (Airflow 3.1 only requires the id to exist)', async () => {
    const code = HEADER + py`
      from airflow.providers.standard.operators.python import BranchPythonOperator
      def choose():
          return "c"
      with DAG("etl", schedule="@daily", start_date=START):
          br = BranchPythonOperator(task_id="br", python_callable=choose)
          br >> EmptyOperator(task_id="a") >> EmptyOperator(task_id="c")
    `;
    expect(await hits(code, ['DAG405'])).toEqual([]);
  });
});

describe('DAG406 dag-never-registered', () => {
  it('reports an @dag function that is never called', async () => {
    const code = HEADER + py`
      @dag(schedule="@daily", start_date=START)
      def nightly():
          pass
    `;
    expect(await hits(code, ['DAG406'])).toEqual(['DAG406@6']);
  });
  it('accepts a called @dag function', async () => {
    const code = HEADER + py`
      @dag(schedule="@daily", start_date=START)
      def nightly():
          pass
      nightly()
    `;
    expect(await hits(code, ['DAG406'])).toEqual([]);
  });
});

describe('DAG407 missing-schedule and DAG408 invalid-schedule', () => {
  it('reports a DAG without schedule', async () => {
    expect(await hits(HEADER + 'with DAG("x", start_date=START):\n    pass\n', ['DAG407'])).toEqual(['DAG407@5']);
    expect(await hits(HEADER + '@dag(start_date=START)\ndef f():\n    pass\nf()\n', ['DAG407'])).toEqual(['DAG407@5']);
  });
  it('accepts schedule=None and a cron schedule', async () => {
    expect(await hits(HEADER + 'with DAG("x", schedule=None, start_date=START):\n    pass\n', ['DAG407', 'DAG408'])).toEqual([]);
    expect(await hits(HEADER + 'with DAG("x", schedule="*/15 6-18 * JAN-MAR MON-FRI", start_date=START):\n    pass\n', ['DAG407', 'DAG408'])).toEqual([]);
  });
  it('reports invalid cron expressions and unknown presets', async () => {
    const code = HEADER + py`
      with DAG("a", schedule="0 */1 * *", start_date=START):
          pass
      with DAG("b", schedule="61 * * * *", start_date=START):
          pass
      with DAG("c", schedule="@fortnightly", start_date=START):
          pass
    `;
    expect(await hits(code, ['DAG408'])).toEqual(['DAG408@5', 'DAG408@7', 'DAG408@9']);
  });
});

describe('DAG409 dynamic-start-date and DAG410 naive-start-date', () => {
  it('reports now() directly, via a module variable and via default_args', async () => {
    const code = py`
      from datetime import datetime, timedelta
      import pendulum
      from airflow.sdk import DAG
      START = datetime.now() - timedelta(days=1)
      ARGS = {"start_date": pendulum.now()}
      with DAG("a", schedule="@daily", start_date=START):
          pass
      with DAG("b", schedule="@daily", default_args=ARGS):
          pass
    `;
    expect(await hits(code, ['DAG409'])).toEqual(['DAG409@4', 'DAG409@5']);
  });
  it('reports a naive datetime and accepts tz-aware ones', async () => {
    const code = py`
      from datetime import datetime, timezone
      import pendulum
      from airflow.sdk import DAG
      with DAG("a", schedule="@daily", start_date=datetime(2025, 1, 1)):
          pass
      with DAG("b", schedule="@daily", start_date=datetime(2025, 1, 1, tzinfo=timezone.utc)):
          pass
      with DAG("c", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1)):
          pass
    `;
    expect(await hits(code, ['DAG409', 'DAG410'])).toEqual(['DAG410@4']);
  });
});
