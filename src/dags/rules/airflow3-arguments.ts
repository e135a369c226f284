import { childByField, stringValue, type PyNode } from '../ast.js';
import { REMOVED_CONTEXT_KEYS, REMOVED_DAG_ARGUMENTS, REMOVED_OPERATOR_ARGUMENTS, REMOVED_TRIGGER_RULES, type ArgumentChange } from '../data/airflow3.js';
import { defineRule, type FileContext } from '../context.js';
import { callArguments } from '../resolve.js';

const byName = (list: ArgumentChange[]) => new Map(list.map((a) => [a.name, a]));
const DAG_ARGS = byName(REMOVED_DAG_ARGUMENTS);
const OPERATOR_ARGS = byName(REMOVED_OPERATOR_ARGUMENTS);
const CONTEXT_KEYS = byName(REMOVED_CONTEXT_KEYS);
const TRIGGER_RULES = byName(REMOVED_TRIGGER_RULES);

function replacementText(change: ArgumentChange): string | undefined {
  if (!change.replacement) return change.note;
  return change.replacement.includes(' ') ? change.replacement : `Use \`${change.replacement}\` instead.`;
}

function reportRemovedKeywords(ctx: FileContext, calls: PyNode[], table: Map<string, ArgumentChange>, what: string) {
  for (const call of calls) {
    for (const [name, nameNode] of callArguments(call, ctx.src).keywordNames) {
      const change = table.get(name);
      if (change) ctx.report(nameNode, `\`${name}\` is no longer a ${what} argument in Airflow 3.${change.note && change.replacement ? ' ' + change.note : ''}`, replacementText(change));
    }
  }
}

export const removedDagArgument = defineRule(
  {
    id: 'DAG102',
    name: 'airflow3-removed-dag-argument',
    severity: 'error',
    summary: 'Passes a DAG argument that Airflow 3 removed.',
    docs: {
      what: `Reports DAG(...) and @dag(...) arguments removed in Airflow 3: ${REMOVED_DAG_ARGUMENTS.map((a) => a.name).join(', ')}.`,
      why: 'The DAG constructor raises TypeError on unknown arguments, so the file fails to import on Airflow 3.',
      example: 'from airflow.sdk import DAG\n\nwith DAG("etl", schedule_interval="@daily", concurrency=4):\n    ...',
      fix: 'from airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily", max_active_tasks=4):\n    ...',
    },
  },
  { checkFile: (ctx) => reportRemovedKeywords(ctx, ctx.model.dagCalls, DAG_ARGS, 'DAG') },
);

export const removedOperatorArgument = defineRule(
  {
    id: 'DAG103',
    name: 'airflow3-removed-operator-argument',
    severity: 'error',
    summary: 'Passes an operator/@task argument that Airflow 3 removed.',
    docs: {
      what: `Reports operator and @task arguments removed in Airflow 3: ${REMOVED_OPERATOR_ARGUMENTS.map((a) => a.name).join(', ')}.`,
      why: 'BaseOperator rejects unknown arguments, so the DAG fails to import on Airflow 3.',
      example: 'from airflow.providers.standard.operators.python import PythonOperator\nfrom airflow.sdk import DAG\n\ndef load(): ...\n\nwith DAG("etl", schedule="@daily"):\n    PythonOperator(task_id="load", python_callable=load, provide_context=True, task_concurrency=2)',
      fix: 'from airflow.providers.standard.operators.python import PythonOperator\nfrom airflow.sdk import DAG\n\ndef load(): ...\n\nwith DAG("etl", schedule="@daily"):\n    PythonOperator(task_id="load", python_callable=load, max_active_tis_per_dag=2)',
    },
  },
  { checkFile: (ctx) => reportRemovedKeywords(ctx, ctx.model.taskCalls, OPERATOR_ARGS, 'operator') },
);

const CONTEXT_NAMES = new Set(['context', 'ctx', 'kwargs', 'kw', 'kwds']);
const WHITESPACE = /\s/;
const TEMPLATE_BLOCK = /\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}/g;

/** Offsets of every `{{` and `{%` in the text, ascending: a string holds a template only if one falls inside it. */
function templateOpenings(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x7b /* { */ || next === 0x25 /* % */) out.push(i);
  }
  return out;
}

/** Whether some opening p has start <= p <= end - 2 (the two characters lie inside [start, end)). */
function opensTemplateWithin(openings: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = openings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (openings[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < openings.length && openings[lo] <= end - 2;
}

/** Names a Jinja expression reads at its root (not attributes): `execution_date` in `{{ execution_date.year }}`. */
function templateRootNames(template: string): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  for (const m of template.matchAll(TEMPLATE_BLOCK)) {
    const inner = m[1] ?? m[2] ?? '';
    const base = m.index! + 2;
    // Drop string literals inside the template so 'execution_date' in quotes is not read as a name.
    const code = inner.replace(/'[^']*'|"[^"]*"/g, (s) => ' '.repeat(s.length));
    for (const w of code.matchAll(/[A-Za-z_]\w*/g)) {
      // An attribute when the last non-space character before it is a dot (scanned back, not sliced).
      let j = w.index! - 1;
      while (j >= 0 && WHITESPACE.test(code[j])) j--;
      if (code[j] === '.') continue;
      out.push({ name: w[0], index: base + w.index! });
    }
  }
  return out;
}

export const removedContextKey = defineRule(
  {
    id: 'DAG104',
    name: 'airflow3-removed-context-key',
    severity: 'error',
    summary: 'Reads a task-context key that Airflow 3 removed (execution_date, next_ds, …).',
    docs: {
      what: `Reports removed context keys (${REMOVED_CONTEXT_KEYS.slice(0, 8).map((k) => k.name).join(', ')}, …) read as context["…"] / context.get("…"), as TaskFlow parameters, and in Jinja templates such as "{{ execution_date }}".`,
      why: 'On Airflow 3 the key is simply missing: templates render to an error and tasks fail with KeyError or a missing-argument TypeError at run time, long after the deploy looked fine.',
      example: 'BashOperator(task_id="export", bash_command="export.sh {{ execution_date | ds }}")\n\n@task\ndef report(**context):\n    day = context["next_ds"]',
      fix: 'BashOperator(task_id="export", bash_command="export.sh {{ logical_date | ds }}")\n\n@task\ndef report(**context):\n    day = context["data_interval_end"].to_date_string()',
    },
  },
  {
    checkFile(ctx) {
      const taskDefs = new Set<PyNode>([...ctx.model.taskFunctions.values()].map((t) => t.def));
      for (const dag of ctx.model.dags) for (const t of dag.tasks) if (t.callable) taskDefs.add(t.callable);
      const idx = (t: string) => ctx.tree.index.get(t) ?? [];
      // The index holds each type's nodes; reports go out strings first, then subscripts, calls, functions.
      // Most strings hold no template: check the file's template openings rather than slice each string.
      const openings = templateOpenings(ctx.src.text);
      for (const n of openings.length ? idx('string') : []) {
        if (!opensTemplateWithin(openings, n.start, n.end)) continue;
        const value = ctx.src.of(n);
        for (const { name, index } of templateRootNames(value)) {
          const change = CONTEXT_KEYS.get(name);
          if (change) ctx.report({ start: n.start + index, end: n.start + index + name.length }, `Template reads \`${name}\`, which Airflow 3 removed from the context.`, replacementText(change));
        }
      }
      for (const n of idx('subscript')) {
        const obj = childByField(n, 'value');
        const key = childByField(n, 'subscript');
        if (!obj || !key || obj.type !== 'identifier' || !CONTEXT_NAMES.has(ctx.src.of(obj))) continue;
        const k = stringValue(key, ctx.src);
        const change = k !== undefined ? CONTEXT_KEYS.get(k) : undefined;
        if (change) ctx.report(key, `Context key "${k}" was removed in Airflow 3.`, replacementText(change));
      }
      for (const n of idx('call')) {
        const fn = childByField(n, 'function');
        if (fn?.type !== 'attribute') continue;
        const obj = childByField(fn, 'object');
        if (!obj || obj.type !== 'identifier' || !CONTEXT_NAMES.has(ctx.src.of(obj)) || ctx.src.of(childByField(fn, 'attribute')!) !== 'get') continue;
        const first = childByField(n, 'arguments')?.children[0];
        const k = first ? stringValue(first, ctx.src) : undefined;
        const change = k !== undefined ? CONTEXT_KEYS.get(k) : undefined;
        if (change && first) ctx.report(first, `Context key "${k}" was removed in Airflow 3.`, replacementText(change));
      }
      for (const n of idx('function_definition')) {
        if (!taskDefs.has(n)) continue;
        for (const p of childByField(n, 'parameters')?.children ?? []) {
          const id = p.type === 'identifier' ? p : childByField(p, 'name') ?? p.children.find((c) => c.type === 'identifier');
          if (!id || id.type !== 'identifier') continue;
          const change = CONTEXT_KEYS.get(ctx.src.of(id));
          if (change) ctx.report(id, `Task parameter \`${ctx.src.of(id)}\` asks for a context key Airflow 3 removed.`, replacementText(change));
        }
      }
    },
  },
);

export const removedTriggerRule = defineRule(
  {
    id: 'DAG105',
    name: 'airflow3-removed-trigger-rule',
    severity: 'error',
    summary: 'Uses a trigger rule Airflow 3 removed.',
    docs: {
      what: `Reports trigger_rule values removed in Airflow 3: ${REMOVED_TRIGGER_RULES.map((r) => r.name).join(', ')} (as strings or TriggerRule members).`,
      why: 'Airflow 3 rejects the unknown trigger rule when the DAG is imported.',
      example: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    EmptyOperator(task_id="join", trigger_rule="none_failed_or_skipped")',
      fix: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    EmptyOperator(task_id="join", trigger_rule="none_failed_min_one_success")',
    },
  },
  {
    checkFile(ctx) {
      for (const call of ctx.model.taskCalls) {
        const value = callArguments(call, ctx.src).keywords.get('trigger_rule');
        if (!value) continue;
        let rule = stringValue(value, ctx.src);
        if (rule === undefined && value.type === 'attribute') rule = ctx.src.of(childByField(value, 'attribute')!).toLowerCase();
        const change = rule !== undefined ? TRIGGER_RULES.get(rule) : undefined;
        if (change) ctx.report(value, `Trigger rule "${rule}" was removed in Airflow 3.`, replacementText(change));
      }
    },
  },
);
