import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixText } from '../../../src/dags/fix/apply.js';
import { unifiedDiff } from '../../../src/dags/fix/diff.js';
import { defaultSettings, lint, py } from '../helpers.js';

const safe = (code: string) => fixText('dags/example.py', code, defaultSettings, {}, { unsafe: false }).then((r) => r.text);
const unsafe = (code: string) => fixText('dags/example.py', code, defaultSettings, {}, { unsafe: true }).then((r) => r.text);

/** The date days_ago(n) stood for when the fix ran. */
function daysAgo(n: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - n * 86_400_000);
  return `pendulum.datetime(${d.getUTCFullYear()}, ${d.getUTCMonth() + 1}, ${d.getUTCDate()}, tz="UTC")`;
}

describe('lint-dags fixes', () => {
  test('moves imports to the standard provider and airflow.sdk, keeping comments and layout', async () => {
    const code = py`
      # header comment
      from airflow import DAG  # the DAG
      from airflow.operators.bash_operator import BashOperator
      from airflow.decorators import dag, task

      with DAG("etl", schedule_interval="@daily") as d:  # keep me
          BashOperator(task_id="a", bash_command="echo {{ ds }}")
    `;
    expect(await safe(code)).toBe(py`
      # header comment
      from airflow.sdk import DAG  # the DAG
      from airflow.providers.standard.operators.bash import BashOperator
      from airflow.sdk import dag, task

      with DAG("etl", schedule="@daily") as d:  # keep me
          BashOperator(task_id="a", bash_command="echo {{ ds }}")
    `);
  });

  test('merges into an existing `from X import` line and renames DummyOperator', async () => {
    const code = py`
      from airflow.sdk import DAG
      from airflow.decorators import task
      from airflow.operators.dummy import DummyOperator

      with DAG("etl", schedule=None):
          DummyOperator(task_id="start") >> DummyOperator(task_id="end")
    `;
    expect(await safe(code)).toBe(py`
      from airflow.sdk import DAG, task
      from airflow.providers.standard.operators.empty import EmptyOperator

      with DAG("etl", schedule=None):
          EmptyOperator(task_id="start") >> EmptyOperator(task_id="end")
    `);
  });

  test('removed arguments, context keys and templates', async () => {
    const code = py`
      from airflow.providers.standard.operators.python import PythonOperator
      from airflow.sdk import DAG

      def load(**context):
          return context["execution_date"], context.get("execution_date")

      with DAG("etl", schedule=None, concurrency=2):
          PythonOperator(
              task_id="load",
              python_callable=load,
              provide_context=True,
              templates_dict={"day": "{{ execution_date | ds }}", "other": "{{ ds }}"},
          )
          PythonOperator(task_id="x", python_callable=load, provide_context=True)
    `;
    expect(await safe(code)).toBe(py`
      from airflow.providers.standard.operators.python import PythonOperator
      from airflow.sdk import DAG

      def load(**context):
          return context["logical_date"], context.get("logical_date")

      with DAG("etl", schedule=None, max_active_tasks=2):
          PythonOperator(
              task_id="load",
              python_callable=load,
              templates_dict={"day": "{{ logical_date | ds }}", "other": "{{ ds }}"},
          )
          PythonOperator(task_id="x", python_callable=load)
    `);
  });

  test('days_ago is unsafe: only --unsafe-fixes rewrites it to a fixed pendulum date, imports added and removed', async () => {
    const code = py`
      from airflow.sdk import dag
      from airflow.utils.dates import days_ago

      @dag(schedule=None, start_date=days_ago(2))
      def etl():
          pass

      etl()
    `;
    expect(await safe(code)).toBe(code);
    expect(await unsafe(code)).toBe(py`
      from airflow.sdk import dag
      import pendulum

      @dag(schedule=None, start_date=${daysAgo(2)})
      def etl():
          pass

      etl()
    `);
  });

  test('a second --fix changes nothing; a file with a syntax error or without findings is never touched', async () => {
    const code = py`
      from airflow.operators.python_operator import PythonOperator
      from airflow.utils.dates import days_ago
      from airflow import DAG

      with DAG("etl", schedule_interval=None, start_date=days_ago(1)):
          PythonOperator(task_id="x", python_callable=print, provide_context=True)
    `;
    const once = await unsafe(code);
    expect(once).not.toBe(code);
    expect(await unsafe(once)).toBe(once);
    expect((await lint(once)).findings.filter((f) => /^DAG[12]/.test(f.ruleId))).toEqual([]);
    const broken = code + '\ndef broken(:\n';
    expect(await unsafe(broken)).toBe(broken);
    const clean = 'from airflow.sdk import DAG\n\nwith DAG("x", schedule=None):\n    pass\n';
    expect(await unsafe(clean)).toBe(clean);
  });

  test('findings carry the edit set; the diff is unified', async () => {
    const code = 'from airflow.operators.bash import BashOperator\n';
    const { findings } = await lint(code);
    expect(findings.find((f) => f.ruleId === 'DAG201')?.edits).toEqual({
      safety: 'safe',
      description: 'Import BashOperator from airflow.providers.standard.operators.bash.',
      edits: [{ range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 48 }, newText: 'from airflow.providers.standard.operators.bash import BashOperator' }],
    });
    expect(unifiedDiff('dags/a.py', 'a\nb\nc\n', 'a\nB\nc\n')).toBe('--- a/dags/a.py\n+++ b/dags/a.py\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n');
  });
});

describe('--fix on every file of our corpora', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  // test/airflow/corpus includes real-world/ when its files were rebuilt (scripts/corpus/real-world.mjs).
  const dirs = ['test/airflow/corpus', 'test/airflow/fix-corpus', 'test/dags/fixtures', 'dags', 'examples'];
  const files = dirs.flatMap((d) =>
    fs.existsSync(path.join(root, d))
      ? (fs.readdirSync(path.join(root, d), { recursive: true }) as string[]).filter((f) => f.endsWith('.py')).map((f) => path.join(root, d, f))
      : [],
  );

  test('is idempotent, and leaves files without a fixable finding untouched', async () => {
    expect(files.length).toBeGreaterThan(20);
    let changed = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const once = await unsafe(text);
      if (once !== text) changed++;
      else continue;
      expect({ file, text: await unsafe(once) }).toEqual({ file, text: once });
    }
    expect(changed).toBeGreaterThan(0);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const { findings } = await lint(text);
      if (!findings.some((f) => f.edits)) expect({ file, text: await unsafe(text) }).toEqual({ file, text });
    }
  });
});

describe('lint-dags --fix / --diff from the command line', () => {
  test('--diff prints a unified diff, writes nothing, exits 1; --fix writes; then --diff exits 0', async () => {
    const { runCliCaptured } = await import('../../cli/run-cli.js');
    const { lintDagsCommand } = await import('../../../src/cli/lint-dags.js');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fix-cli-'));
    try {
      const code = 'from airflow.operators.bash import BashOperator\nfrom airflow.sdk import DAG\n\nwith DAG("x", schedule=None):\n    BashOperator(task_id="a", bash_command="true")\n';
      fs.writeFileSync(path.join(dir, 'a.py'), code);
      const diff = await runCliCaptured(['lint-dags', 'a.py', '--diff'], [lintDagsCommand], dir);
      expect(diff.code).toBe(1);
      expect(diff.out).toBe('--- a/a.py\n+++ b/a.py\n@@ -1,4 +1,4 @@\n-from airflow.operators.bash import BashOperator\n+from airflow.providers.standard.operators.bash import BashOperator\n from airflow.sdk import DAG\n \n with DAG("x", schedule=None):\n');
      expect(fs.readFileSync(path.join(dir, 'a.py'), 'utf8')).toBe(code);
      const fixed = await runCliCaptured(['lint-dags', 'a.py', '--fix'], [lintDagsCommand], dir);
      expect(fixed.err).toContain('Fixed 1 problem in 1 file.');
      expect(fs.readFileSync(path.join(dir, 'a.py'), 'utf8')).toBe(code.replace('airflow.operators.bash', 'airflow.providers.standard.operators.bash'));
      expect((await runCliCaptured(['lint-dags', 'a.py', '--diff'], [lintDagsCommand], dir)).code).toBe(0);
      expect((await runCliCaptured(['lint-dags', 'a.py', '--unsafe-fixes'], [lintDagsCommand], dir)).code).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('lint-dags fixes for removed provider SQL operators', () => {
  const code = py`
    from airflow.providers.postgres.operators.postgres import PostgresOperator

    refresh = PostgresOperator(task_id="refresh", postgres_conn_id="warehouse", sql="SELECT 1")
  `;

  it('is unsafe: --fix leaves it, --unsafe-fixes renames the class and postgres_conn_id', async () => {
    expect(await safe(code)).toBe(code);
    expect(await unsafe(code)).toBe(py`
      from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator

      refresh = SQLExecuteQueryOperator(task_id="refresh", conn_id="warehouse", sql="SELECT 1")
    `);
  });

  it('leaves a file alone when a call passes an argument SQLExecuteQueryOperator does not take', async () => {
    const withRuntime = code.replace('sql="SELECT 1"', 'sql="SELECT 1", runtime_parameters={"statement_timeout": "5s"}');
    expect(await unsafe(withRuntime)).toBe(withRuntime);
  });
});

describe('lint-dags fixes for task parameters named after removed context keys', () => {
  test('execution_date → logical_date in the signature and the body, not in attributes or keyword names', async () => {
    const code = py`
      import pendulum
      from airflow.sdk import dag, task

      @dag(schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))
      def etl():
          @task
          def report(execution_date, **kwargs):
              day = execution_date.add(days=1)
              print(f"{execution_date} {day}", run=kwargs["dag_run"].execution_date, when=execution_date)
              return [execution_date for _ in range(2)]

          report()

      etl()
    `;
    expect(await safe(code)).toBe(py`
      import pendulum
      from airflow.sdk import dag, task

      @dag(schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))
      def etl():
          @task
          def report(logical_date, **kwargs):
              day = logical_date.add(days=1)
              print(f"{logical_date} {day}", run=kwargs["dag_run"].execution_date, when=logical_date)
              return [logical_date for _ in range(2)]

          report()

      etl()
    `);
  });

  test('python_callable parameters: a key without an exact replacement keeps its finding and gets no fix; a default or a different value is unsafe', async () => {
    const code = py`
      from airflow.providers.standard.operators.python import PythonOperator
      from airflow.sdk import DAG

      def load(execution_date, next_ds, prev_execution_date, **kwargs):
          return execution_date, next_ds, prev_execution_date

      def later(execution_date=None):
          return execution_date

      with DAG("etl", schedule=None):
          PythonOperator(task_id="load", python_callable=load)
          PythonOperator(task_id="later", python_callable=later)
    `;
    const once = await safe(code);
    expect(once).toContain('def load(logical_date, next_ds, prev_execution_date, **kwargs):\n    return logical_date, next_ds, prev_execution_date');
    expect(once).toContain('def later(execution_date=None):');
    const all = await unsafe(code);
    expect(all).toContain('def load(logical_date, next_ds, prev_data_interval_start_success, **kwargs):\n    return logical_date, next_ds, prev_data_interval_start_success');
    expect(all).toContain('def later(logical_date=None):\n    return logical_date');
    const left = (await lint(all)).findings.filter((f) => f.ruleId === 'DAG104');
    expect(left.map((f) => [f.message, f.edits])).toEqual([['Task parameter `next_ds` asks for a context key Airflow 3 removed.', undefined]]);
  });

  test('no fix when the rename could change what a name means or break a caller', async () => {
    const head = 'from airflow.providers.standard.operators.python import PythonOperator\nfrom airflow.sdk import DAG\n\n';
    const cases = [
      // The new name already means something in the function.
      'def load(execution_date, **kwargs):\n    return execution_date, logical_date\n',
      // A nested function binds the old name.
      'def load(execution_date, **kwargs):\n    def inner(execution_date):\n        return execution_date\n    return inner(execution_date)\n',
      // The file passes the parameter by keyword.
      'def load(execution_date, **kwargs):\n    return execution_date\n\nload(execution_date=1)\n',
    ];
    for (const fn of cases) {
      const code = `${head}${fn}\nwith DAG("etl", schedule=None):\n    PythonOperator(task_id="load", python_callable=load)\n`;
      expect(await unsafe(code)).toBe(code);
    }
    const viaOpKwargs = `${head}def load(execution_date):\n    return execution_date\n\nwith DAG("etl", schedule=None):\n    PythonOperator(task_id="load", python_callable=load, op_kwargs={"execution_date": "{{ ds }}"})\n`;
    expect(await unsafe(viaOpKwargs)).toBe(viaOpKwargs);
  });
});

describe('lint-dags fixes for whole-module imports', () => {
  test('`import D` of a moved module: the statement imports the new module and every chain through it is rewritten', async () => {
    const code = py`
      import airflow.operators.bash_operator
      import airflow.operators.dummy
      from airflow.sdk import DAG

      with DAG("etl", schedule=None):
          airflow.operators.bash_operator.BashOperator(task_id="a", bash_command="true") >> airflow.operators.dummy.DummyOperator(task_id="b")
    `;
    expect(await safe(code)).toBe(py`
      import airflow.providers.standard.operators.bash
      import airflow.providers.standard.operators.empty
      from airflow.sdk import DAG

      with DAG("etl", schedule=None):
          airflow.providers.standard.operators.bash.BashOperator(task_id="a", bash_command="true") >> airflow.providers.standard.operators.empty.EmptyOperator(task_id="b")
    `);
  });

  test('`import D as A` keeps the alias; chains through a clean import get the new path imported', async () => {
    const code = py`
      import airflow
      import airflow.operators.bash_operator as bash_operator
      import airflow.utils.dates as dates
      from airflow import operators
      from airflow.sdk import DAG

      with DAG("etl", schedule=None, start_date=dates.days_ago(1)):
          bash_operator.BashOperator(task_id="a", bash_command="true") >> operators.python_operator.PythonOperator(task_id="b", python_callable=print)
    `;
    const fixed = await unsafe(code);
    expect(fixed).toBe(py`
      import airflow.providers.standard.operators.python
      import pendulum
      import airflow
      import airflow.providers.standard.operators.bash as bash_operator
      import airflow.utils.dates as dates
      from airflow import operators
      from airflow.sdk import DAG

      with DAG("etl", schedule=None, start_date=${daysAgo(1)}):
          bash_operator.BashOperator(task_id="a", bash_command="true") >> airflow.providers.standard.operators.python.PythonOperator(task_id="b", python_callable=print)
    `);
    expect((await lint(fixed)).findings.filter((f) => /^DAG[12]/.test(f.ruleId))).toEqual([]);
  });

  test('no fix when a use of the module is not a plain attribute of it', async () => {
    const code = 'import airflow.operators.bash_operator as bo\nfrom airflow.sdk import DAG\n\nmodules = [bo]\n';
    expect(await unsafe(code)).toBe(code);
  });
});
