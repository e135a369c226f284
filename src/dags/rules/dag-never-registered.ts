import { childByField } from '../ast.js';
import { defineRule } from '../context.js';

export const dagNeverRegistered = defineRule(
  {
    id: 'DAG406',
    name: 'dag-never-registered',
    severity: 'error',
    summary: 'A @dag function is never called, so no DAG is created.',
    docs: {
      limits: 'It checks @dag functions defined in this file and counts one as registered when the file calls it by its own name anywhere (`my_dag()`). A function called only through another name (`f = my_dag; f()`), with getattr, or from another module is reported although it may register.',
      what: 'Reports functions decorated with @dag that the file never calls.',
      why: 'The decorator only builds a factory; the DAG exists once the function is called at module level. Without the call the file imports cleanly and the DAG silently never appears.',
      example: 'import pendulum\nfrom airflow.sdk import dag\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef nightly():\n    ...',
      fix: 'import pendulum\nfrom airflow.sdk import dag\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef nightly():\n    ...\n\nnightly()',
    },
  },
  {
    checkFile(ctx) {
      for (const dag of ctx.model.dags) {
        if (dag.kind !== 'decorator' || dag.registered || !dag.function) continue;
        const name = childByField(dag.function, 'name')!;
        const fn = ctx.src.of(name);
        ctx.report(name, `@dag function \`${fn}\` is never called, so DAG "${dag.dagId ?? fn}" is never registered.`, `Call \`${fn}()\` at module level.`);
      }
    },
  },
);
