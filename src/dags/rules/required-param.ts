import { childByField, type PyNode } from '../ast.js';
import { followVariable, moduleAssignments } from '../code.js';
import { defineRule } from '../context.js';
import { callArguments } from '../resolve.js';
import { neverScheduled } from './start-date.js';

/** Where Param lives (Airflow 3 SDK and the Airflow 2 paths 3.1 still imports). */
const PARAM_CLASSES = new Set(['airflow.sdk.Param', 'airflow.sdk.definitions.param.Param', 'airflow.models.Param', 'airflow.models.param.Param']);

export const requiredParamOnScheduledDag = defineRule(
  {
    id: 'DAG412',
    name: 'required-param-on-scheduled-dag',
    severity: 'error',
    summary: 'A scheduled DAG has a Param without a default value.',
    docs: {
      limits: 'It reads params= at the DAG call as a dict literal (or a module-level variable holding one) whose values are Param(...) calls without a default; params built at run time and Params given `*args`/`**kwargs` are not reported. A DAG whose schedule it cannot read (a variable other than None, or `**kwargs` without schedule=) counts as scheduled.',
      what: 'Reports Param(...) entries of a DAG\'s params= dict (a literal, or a module-level variable holding one) that have no default value (no first argument and no default=), when the DAG has a schedule.',
      why: 'A scheduled run has nobody to fill the value in, so Airflow 3.1 refuses the DAG when it loads the file ("Dag … is not allowed to define a Schedule, as there are required params without default values"): the DAG never appears. With schedule=None such a Param is fine: the trigger form asks for it.',
      example: 'import pendulum\nfrom airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG, Param\n\nwith DAG(\n    "backfill_customer",\n    schedule="@daily",\n    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),\n    params={"customer_id": Param(type="string")},\n):\n    EmptyOperator(task_id="export")',
      fix: 'import pendulum\nfrom airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG, Param\n\nwith DAG(\n    "backfill_customer",\n    schedule="@daily",\n    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),\n    params={"customer_id": Param("all", type="string")},\n):\n    EmptyOperator(task_id="export")\n# or schedule=None: a DAG only ever triggered by hand may require the value',
    },
  },
  {
    checkFile(ctx) {
      const assignments = moduleAssignments(ctx.tree.root, ctx.src);
      for (const dag of ctx.model.dags) {
        if (!dag.call || neverScheduled(dag, ctx)) continue;
        const params = callArguments(dag.call, ctx.src).keywords.get('params');
        if (!params) continue;
        const dict = followVariable(params, assignments, ctx.src);
        if (dict.type !== 'dictionary') continue;
        for (const pair of dict.children) {
          if (pair.type !== 'pair') continue;
          const value = childByField(pair, 'value');
          if (!value || !isParamWithoutDefault(value, ctx)) continue;
          const key = childByField(pair, 'key');
          ctx.report(
            value,
            `Param ${key ? ctx.src.of(key) : ''} has no default value and DAG "${dag.dagId ?? '?'}" has a schedule: Airflow refuses to load the DAG.`,
            'Give the Param a default value, or set schedule=None if the DAG is only triggered by hand.',
          );
        }
      }
    },
  },
);

function isParamWithoutDefault(value: PyNode, ctx: Parameters<NonNullable<typeof requiredParamOnScheduledDag.checkFile>>[0]): boolean {
  if (value.type !== 'call') return false;
  const q = ctx.resolver.callee(value);
  if (!q || !PARAM_CLASSES.has(q)) return false;
  const { keywords, positional } = callArguments(value, ctx.src);
  const args = childByField(value, 'arguments');
  const splat = (args?.children ?? []).some((a) => a.type === 'dictionary_splat' || a.type === 'list_splat');
  return !splat && positional.length === 0 && !keywords.has('default');
}
