import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, py } from './helpers.js';

const here = path.dirname(new URL(import.meta.url).pathname);

describe('DAG model', () => {
  it('classic style: dag=dag operators, module-level >>, and TaskGroup ends', async () => {
    const { summaries } = await lint(fs.readFileSync(path.join(here, 'fixtures/classic_etl.py'), 'utf8'));
    expect(summaries.map((d) => ({ id: d.dagId, tasks: d.tasks, edges: d.edges }))).toEqual([
      // Tasks and edges come out sorted, so the output is deterministic.
      { id: 'classic_etl', tasks: ['extract', 'load', 'transform'], edges: [['extract', 'transform'], ['transform', 'load']] },
      {
        id: 'grouped',
        tasks: ['end', 'stage.a', 'stage.b', 'start'],
        edges: [['stage.a', 'stage.b'], ['stage.b', 'end'], ['start', 'stage.a']],
      },
    ]);
  });

  it('TaskFlow: repeated calls get __N, override(task_id=), expand, chain, << and set_upstream', async () => {
    const code = py`
      from airflow.sdk import dag, task, chain
      @dag(schedule=None)
      def flow():
          @task
          def step(x=None):
              return x
          @task(task_id="custom")
          def named():
              return 1
          a = step()
          b = step(a)
          c = step.override(task_id="c_override")(b)
          m = step.partial(x=1).expand(y=[1, 2])
          n = named()
          chain(c, [m, n])
          last = step()
          last << n
          last.set_upstream(a)
      flow()
    `;
    const { summaries } = await lint(code);
    expect(summaries[0].tasks).toEqual(['c_override', 'custom', 'step', 'step__1', 'step__2', 'step__3']);
    expect(summaries[0].edges.map((e) => e.join('>')).sort()).toEqual(
      ['step>step__1', 'step__1>c_override', 'c_override>step__2', 'c_override>custom', 'custom>step__3', 'step>step__3'].sort(),
    );
    expect(summaries[0].dynamic).toBe(false);
  });

  it('marks DAGs whose tasks come from loops or f-string ids as dynamic', async () => {
    const code = py`
      from airflow.sdk import DAG
      from airflow.providers.standard.operators.empty import EmptyOperator
      with DAG("loops", schedule=None):
          for i in range(3):
              EmptyOperator(task_id=f"t_{i}")
      with DAG("static", schedule=None):
          EmptyOperator(task_id="only")
    `;
    const { summaries } = await lint(code);
    expect(summaries.map((s) => [s.dagId, s.dynamic])).toEqual([
      ['loops', true],
      ['static', false],
    ]);
  });

  it('with-block variables stay visible at module level', async () => {
    const code = py`
      from airflow.sdk import DAG
      from airflow.providers.standard.operators.empty import EmptyOperator
      with DAG("d", schedule=None) as d:
          a = EmptyOperator(task_id="a")
          b = EmptyOperator(task_id="b")
      a >> b
    `;
    expect((await lint(code)).summaries[0].edges).toEqual([['a', 'b']]);
  });
});

describe('DAG model on the cases the real DagBag corrected (test/airflow/corpus/model-gaps)', () => {
  const gaps = path.resolve(here, '../airflow/corpus/model-gaps');
  const model = async (file: string) => (await lint(fs.readFileSync(path.join(gaps, file), 'utf8'))).summaries;
  const edges = (s: { edges: Array<[string, string]> }) => s.edges.map((e) => e.join('>')).sort();

  it('methods on tasks return the task: as_teardown(setups=), partial().expand() — no false cycle', async () => {
    const [d] = await model('method_on_task.py');
    expect(edges(d)).toEqual(['a>b', 'a>c', 'b>c', 'c>echo']);
  });
  it('Label(...) inside >> only annotates the edge', async () => {
    expect(edges((await model('label.py'))[0])).toEqual(['a>b']);
  });
  it('chain(*tasks) links the spread list in order', async () => {
    expect(edges((await model('chain_splat.py'))[0])).toEqual(['a>b', 'b>c']);
  });
  it('other.task_id as an argument is not data passing', async () => {
    expect(edges((await model('attribute_dependency.py'))[0])).toEqual([]);
  });
  it('a @task_group called twice gets name__1', async () => {
    expect((await model('task_group_twice.py'))[0].tasks).toEqual(['pipeline.fetch', 'pipeline__1.fetch']);
  });
  it('a TaskGroup without prefix is still a dependency end', async () => {
    expect(edges((await model('prefix_off_group.py'))[0])).toEqual(['start>export']);
  });
  it('override(task_id=f"...") marks the DAG dynamic instead of naming a task that does not exist', async () => {
    const [d] = await model('override_fstring.py');
    expect(d.dynamic).toBe(true);
    expect(d.tasks).not.toContain('sleep_for');
  });
});

describe('@asset', () => {
  it('is a DAG with one task named after the function, scheduled by its decorator', async () => {
    const code = 'from airflow.sdk import asset\n\n@asset(schedule="@daily")\ndef daily_report():\n    import pandas\n    return 1\n';
    const { summaries, findings } = await lint(code);
    expect(summaries.map((d) => [d.dagId, d.tasks])).toEqual([['daily_report', ['daily_report']]]);
    // Its body runs in the task: importing pandas there is fine, and the schedule is present.
    expect(findings).toEqual([]);
  });
});

describe('DAGs built in loops and factories', () => {
  it('are known as dynamic DAGs (ids only known at run time), and their rules still apply', async () => {
    const code = py`
      from airflow.sdk import DAG
      from airflow.providers.standard.operators.empty import EmptyOperator
      for name in ("eu", "us"):
          with DAG(dag_id=f"sync_{name}", schedule=None) as dag:
              EmptyOperator(task_id="sync")
          globals()[dag.dag_id] = dag
      def make(region):
          with DAG(f"report_{region}") as d:
              EmptyOperator(task_id="report")
          return d
      for r in ("eu", "us"):
          globals()[r] = make(r)
    `;
    const { summaries, findings } = await lint(code);
    expect(summaries.map((d) => [d.dagId, d.dynamic, d.tasks])).toEqual([
      [undefined, true, ['sync']],
      [undefined, true, ['report']],
    ]);
    // The factory's DAG has no schedule: reported like any other.
    expect(findings.filter((f) => f.ruleId === 'DAG407').map((f) => f.range?.startLine)).toEqual([8]);
  });
});
