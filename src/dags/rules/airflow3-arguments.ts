import { childByField, stringValue, type PyNode } from '../ast.js';
import { ANY_REMOVED_CONTEXT_KEY, REMOVED_CONTEXT_KEYS, REMOVED_DAG_ARGUMENTS, REMOVED_OPERATOR_ARGUMENTS, REMOVED_TRIGGER_RULES, type ArgumentChange } from '../data/airflow3.js';
import { defineRule, type FileContext } from '../context.js';
import { callArguments } from '../resolve.js';
import { isOrFallback } from '../compat.js';
import { DAG_CLASSES, DAG_DECORATORS } from '../data/airflow-names.js';

const byName = (list: ArgumentChange[]) => new Map(list.map((a) => [a.name, a]));
const DAG_ARGS = byName(REMOVED_DAG_ARGUMENTS);
const OPERATOR_ARGS = byName(REMOVED_OPERATOR_ARGUMENTS);
const CONTEXT_KEYS = byName(REMOVED_CONTEXT_KEYS);
const TRIGGER_RULES = byName(REMOVED_TRIGGER_RULES);

function replacementText(change: ArgumentChange): string | undefined {
  if (!change.replacement) return change.note;
  return change.replacement.includes(' ') ? change.replacement : `Use \`${change.replacement}\` instead.`;
}

/**
 * The keys of a module-level dict literal a call unpacks (`dag_kwargs = {...}` … `DAG(**dag_kwargs)`):
 * key → the key's string node. Only when the name is bound once, at module level, to a dict literal,
 * and every other use of it is another `**` unpacking (no `.pop()`, `del`, item assignment that could
 * change the keys before the call).
 */
function splattedKeys(ctx: FileContext, call: PyNode): Array<[string, PyNode]> {
  const args = childByField(call, 'arguments');
  if (!args) return [];
  const out: Array<[string, PyNode]> = [];
  for (const splat of args.children) {
    if (splat.type !== 'dictionary_splat') continue;
    const id = splat.children[0];
    if (id?.type !== 'identifier') continue;
    const dict = moduleDictLiteral(ctx, ctx.src.of(id));
    if (!dict) continue;
    for (const pair of dict.children) {
      if (pair.type !== 'pair') continue;
      const keyNode = childByField(pair, 'key');
      const key = keyNode ? stringValue(keyNode, ctx.src) : undefined;
      if (keyNode && key !== undefined) out.push([key, keyNode]);
    }
  }
  return out;
}

function moduleDictLiteral(ctx: FileContext, name: string): PyNode | undefined {
  if (ctx.scopes.module.bindings.get(name)?.length !== 1) return undefined;
  for (const use of ctx.scopes.uses) {
    if (use.name !== name) continue;
    if (use.node.parent?.type !== 'dictionary_splat') return undefined;
    // A function or class that binds the same name reads its own, not the module's.
    for (let scope = use.scope; scope && scope !== ctx.scopes.module; scope = scope.parent!) if (scope.bindings.has(name)) return undefined;
  }
  for (const stmt of ctx.tree.root.children) {
    const assignment = stmt.type === 'expression_statement' ? stmt.children[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const left = childByField(assignment, 'left');
    const right = childByField(assignment, 'right');
    if (left?.type === 'identifier' && ctx.src.of(left) === name) return right?.type === 'dictionary' ? right : undefined;
  }
  return undefined;
}

/**
 * `from airflow import dag` as Airflow 2 users wrote it: the import fails on Airflow 3, but the
 * arguments of `@dag(...)` are still worth naming so one pass fixes the whole decorator.
 */
const LEGACY_DAG_DECORATORS = new Set(['airflow.dag']);
/** An Airflow operator or sensor class by its qualified name (`…operators.bash.BashOperator`). */
const OPERATOR_CLASS = /^airflow\.(?:.+\.)?[A-Z]\w*(?:Operator|Sensor)$/;

type CallsByKind = { dag: PyNode[]; operator: PyNode[] };
/**
 * The calls of the file being linted (files are linted one after another). Not a module-level
 * WeakMap keyed by the file: its entries survive young-generation GCs (only a full GC drops them),
 * and the call nodes in each value hold the file's whole tree, so every file's tree was promoted to
 * the old generation: a 10,000-file run did 18 full GCs instead of 2 and peaked ~160 MB higher.
 */
let callsFile: FileContext['scopes'] | undefined;
let callsOfFile: CallsByKind = { dag: [], operator: [] };

/** Drops the cached calls (analyzeTree calls it when a file is done; see releaseFileCaches in analyze.ts). */
export function forgetArgumentCalls(): void {
  callsFile = undefined;
  callsOfFile = { dag: [], operator: [] };
}

/**
 * Calls whose keyword arguments the DAG and operator tables apply to: the DAG model's (DAGs and tasks
 * it places in a DAG), and every other call of a DAG class, @dag decorator or Airflow operator class
 * anywhere in the file: bare `DAG(...)` expressions, operators built at module level or in a
 * never-called @dag function are just as broken on Airflow 3.
 */
function argumentCalls(ctx: FileContext): CallsByKind {
  if (callsFile === ctx.scopes) return callsOfFile;
  const dag = new Set(ctx.model.dagCalls);
  const operator = new Set(ctx.model.taskCalls);
  for (const call of ctx.tree.index.get('call') ?? []) {
    if (dag.has(call) || operator.has(call)) continue;
    const q = ctx.resolver.callee(call);
    if (!q) continue;
    if (DAG_CLASSES.has(q) || DAG_DECORATORS.has(q) || LEGACY_DAG_DECORATORS.has(q)) dag.add(call);
    else if (OPERATOR_CLASS.test(q)) operator.add(call);
  }
  callsFile = ctx.scopes;
  callsOfFile = { dag: [...dag], operator: [...operator] };
  return callsOfFile;
}

function reportRemovedKeywords(ctx: FileContext, calls: PyNode[], table: Map<string, ArgumentChange>, what: string, acceptedOn31: boolean) {
  for (const call of calls) {
    for (const [name, nameNode] of callArguments(call, ctx.src).keywordNames) {
      const change = table.get(name);
      if (change && !!change.acceptedOn31 === acceptedOn31) ctx.report(nameNode, message(name, change, what, acceptedOn31), replacementText(change));
    }
    for (const [name, keyNode] of splattedKeys(ctx, call)) {
      const change = table.get(name);
      if (change && !!change.acceptedOn31 === acceptedOn31) ctx.report(keyNode, message(name, change, what, acceptedOn31, true), replacementText(change));
    }
  }
}

function message(name: string, change: ArgumentChange, what: string, acceptedOn31: boolean, unpacked = false): string {
  const via = unpacked ? ` (a key of the dict unpacked into the ${what} call with **)` : '';
  if (acceptedOn31) return `\`${name}\`${via} is ignored by Airflow 3: 3.1 accepts the ${what} argument with a deprecation warning and never uses it.${change.note ? ' ' + change.note : ''}`;
  return `\`${name}\`${via} is no longer a ${what} argument in Airflow 3.${change.note && change.replacement ? ' ' + change.note : ''}`;
}

export const removedDagArgument = defineRule(
  {
    id: 'DAG102',
    name: 'airflow3-removed-dag-argument',
    severity: 'error',
    summary: 'Passes a DAG argument that Airflow 3 removed.',
    docs: {
      limits: 'It reads keyword arguments written at DAG(...)/@dag(...) calls and the keys of a module-level dict literal unpacked with `**` (bound once and used only in `**` unpackings). Arguments from a dict built in a function, changed after it is built, returned by a call, or passed through `default_args`, and DAG subclasses or factories from other modules, are not seen: it stays quiet.',
      what: `Reports DAG(...) and @dag(...) arguments removed in Airflow 3: ${REMOVED_DAG_ARGUMENTS.filter((a) => !a.acceptedOn31).map((a) => a.name).join(', ')}, on every DAG(...) call and @dag decorator in the file (in \`with\` blocks, assigned, bare expressions, never-called @dag functions), passed directly or as keys of a module-level dict literal unpacked into the call (\`DAG(**dag_kwargs)\`). Keys of default_args are not reported: Airflow 3.1 ignores unknown default_args keys. Cannot see dicts built at run time or changed before the call.`,
      why: 'The DAG constructor raises TypeError on unknown arguments, so the file fails to import on Airflow 3.',
      example: 'from airflow.sdk import DAG\n\nwith DAG("etl", schedule_interval="@daily", concurrency=4):\n    ...',
      fix: 'from airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily", max_active_tasks=4):\n    ...',
    },
  },
  { checkFile: (ctx) => reportRemovedKeywords(ctx, argumentCalls(ctx).dag, DAG_ARGS, 'DAG', false) },
);

export const removedOperatorArgument = defineRule(
  {
    id: 'DAG103',
    name: 'airflow3-removed-operator-argument',
    severity: 'error',
    summary: 'Passes an operator/@task argument that Airflow 3 removed.',
    docs: {
      limits: 'It reads keyword arguments written at operator calls the DAG model places in a DAG and at calls of Airflow operator/sensor classes resolved through this file\'s imports, plus keys of a module-level dict literal unpacked with `**`. Arguments passed through `default_args`, `**kwargs` built at run time, `functools.partial`, or helper functions that build the operator are not seen: it stays quiet.',
      what: `Reports operator and @task arguments removed in Airflow 3: ${REMOVED_OPERATOR_ARGUMENTS.filter((a) => !a.acceptedOn31).map((a) => a.name).join(', ')}, on tasks the DAG model places and on every other call of an Airflow operator or sensor class (module level, @dag functions), passed directly or through a module-level dict unpacked with **.`,
      why: 'BaseOperator rejects unknown arguments, so the DAG fails to import on Airflow 3.',
      example: 'from airflow.providers.standard.operators.python import PythonOperator\nfrom airflow.sdk import DAG\n\ndef load(): ...\n\nwith DAG("etl", schedule="@daily"):\n    PythonOperator(task_id="load", python_callable=load, provide_context=True, task_concurrency=2)',
      fix: 'from airflow.providers.standard.operators.python import PythonOperator\nfrom airflow.sdk import DAG\n\ndef load(): ...\n\nwith DAG("etl", schedule="@daily"):\n    PythonOperator(task_id="load", python_callable=load, max_active_tis_per_dag=2)',
    },
  },
  { checkFile: (ctx) => reportRemovedKeywords(ctx, argumentCalls(ctx).operator, OPERATOR_ARGS, 'operator', false) },
);

export const ignoredArgument = defineRule(
  {
    id: 'DAG203',
    name: 'airflow3-ignored-argument',
    severity: 'warning',
    summary: 'Passes an argument Airflow 3 accepts but ignores (sla, sla_miss_callback).',
    docs: {
      limits: 'It reads keyword arguments written at DAG and operator calls and the keys of a module-level dict literal unpacked with `**`. Arguments passed through `default_args`, a dict built in a function or changed after it is built, or `**kwargs` from a call are not seen: it stays quiet.',
      what: `Reports DAG and operator arguments Airflow 3.1 still accepts, with a deprecation warning, but never acts on: ${[...REMOVED_DAG_ARGUMENTS, ...REMOVED_OPERATOR_ARGUMENTS].filter((a) => a.acceptedOn31).map((a) => a.name).join(', ')} (SLAs were removed in Airflow 3), passed directly or through a module-level dict unpacked with **.`,
      why: 'The DAG loads, but the SLA callback is never called and the SLA never checked: an alerting path that silently stopped working.',
      example: 'from datetime import timedelta\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily", sla_miss_callback=page_oncall):\n    ...',
      fix: 'from datetime import timedelta\nfrom airflow.sdk import DAG\nfrom airflow.sdk.definitions.deadline import AsyncCallback, DeadlineAlert, DeadlineReference\n\nwith DAG(\n    "etl",\n    schedule="@daily",\n    deadline=DeadlineAlert(reference=DeadlineReference.DAGRUN_QUEUED_AT, interval=timedelta(hours=2), callback=AsyncCallback(page_oncall)),\n):\n    ...',
    },
  },
  {
    checkFile(ctx) {
      reportRemovedKeywords(ctx, argumentCalls(ctx).dag, DAG_ARGS, 'DAG', true);
      reportRemovedKeywords(ctx, argumentCalls(ctx).operator, OPERATOR_ARGS, 'operator', true);
    },
  },
);

const CONTEXT_NAMES: ReadonlySet<string> = new Set(['context', 'ctx', 'kwargs', 'kw', 'kwds']);
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

/**
 * Names that hold the task context: the usual parameter names, and variables assigned from
 * get_current_context() (`c = get_current_context()` … `c["execution_date"]`).
 */
function contextVariables(ctx: FileContext): ReadonlySet<string> {
  // Callers only read the set: the shared one serves files that never call get_current_context.
  if (!ctx.src.text.includes('get_current_context')) return CONTEXT_NAMES;
  const names = new Set(CONTEXT_NAMES);
  for (const a of ctx.tree.index.get('assignment') ?? []) {
    const left = childByField(a, 'left');
    const right = childByField(a, 'right');
    if (left?.type !== 'identifier' || right?.type !== 'call') continue;
    const q = ctx.resolver.callee(right);
    if (q && q.startsWith('airflow.') && q.endsWith('.get_current_context')) names.add(ctx.src.of(left));
  }
  return names;
}

/** `context["key"]` or `context.get("key")` on a context variable: the key, else undefined. */
function contextKeyRead(ctx: FileContext, node: PyNode | undefined, contextNames: ReadonlySet<string>): string | undefined {
  if (!node) return undefined;
  let obj: PyNode | undefined;
  let key: PyNode | undefined;
  if (node.type === 'subscript') {
    obj = childByField(node, 'value');
    key = childByField(node, 'subscript');
  } else if (node.type === 'call') {
    const fn = childByField(node, 'function');
    if (fn?.type !== 'attribute' || !ctx.src.is(childByField(fn, 'attribute')!, 'get')) return undefined;
    obj = childByField(fn, 'object');
    key = childByField(node, 'arguments')?.children[0];
  }
  if (obj?.type !== 'identifier' || !contextNames.has(ctx.src.of(obj)) || !key) return undefined;
  return stringValue(key, ctx.src);
}

/** One regex pass rather than two includes() calls (each a full scan of the text when neither is there). */
const CONTEXT_OBJECT_NAMES = /external_trigger|inlet_events/;

/**
 * Removed uses of objects taken from the context: `dag_run.external_trigger` (gone from DagRun in
 * Airflow 3: AttributeError) and `inlet_events["<uri>"]` (Airflow 3 keys inlet events by Asset
 * objects; a string key raises TypeError), read directly or through a variable assigned once from the
 * context.
 */
function reportContextObjects(ctx: FileContext, contextNames: ReadonlySet<string>) {
  // Most files use neither: skip the tree walk.
  if (!CONTEXT_OBJECT_NAMES.test(ctx.src.text)) return;
  /** scope start + name → the context key the variable holds (null: assigned from different things). */
  const heldKey = new Map<string, string | null>();
  const variable = (id: PyNode) => `${ctx.resolver.scopeAt(id).node.start}:${ctx.src.of(id)}`;
  for (const a of ctx.tree.index.get('assignment') ?? []) {
    const left = childByField(a, 'left');
    if (left?.type !== 'identifier') continue;
    const name = variable(left);
    const key = contextKeyRead(ctx, childByField(a, 'right'), contextNames);
    // A name assigned twice from different things is not followed.
    heldKey.set(name, heldKey.has(name) && heldKey.get(name) !== key ? null : (key ?? null));
  }
  const keyOf = (node: PyNode | undefined) => (node?.type === 'identifier' ? (heldKey.get(variable(node)) ?? undefined) : contextKeyRead(ctx, node, contextNames));
  for (const n of ctx.tree.index.get('attribute') ?? []) {
    const attr = childByField(n, 'attribute');
    if (!attr || !ctx.src.is(attr, 'external_trigger') || keyOf(childByField(n, 'object')) !== 'dag_run') continue;
    ctx.report(attr, '`dag_run.external_trigger` was removed in Airflow 3 (AttributeError when the task runs).', 'Use `dag_run.run_type == DagRunType.MANUAL` (from airflow.utils.types import DagRunType).');
  }
  const stringKeyOnInletEvents = (obj: PyNode | undefined, key: PyNode | undefined) => {
    if (!key || keyOf(obj) !== 'inlet_events' || stringValue(key, ctx.src) === undefined) return;
    ctx.report(key, 'Airflow 3 looks `inlet_events` up by Asset (or AssetAlias) object; a string key raises TypeError when the task runs.', 'Use `inlet_events[Asset("…")]` with the Asset the task declares in inlets.');
  };
  for (const n of ctx.tree.index.get('subscript') ?? []) stringKeyOnInletEvents(childByField(n, 'value'), childByField(n, 'subscript'));
  for (const n of ctx.tree.index.get('call') ?? []) {
    const fn = childByField(n, 'function');
    if (fn?.type !== 'attribute' || !ctx.src.is(childByField(fn, 'attribute')!, 'get')) continue;
    stringKeyOnInletEvents(childByField(fn, 'object'), childByField(n, 'arguments')?.children[0]);
  }
}

/** `def execute(self, …)` in a class deriving from an Airflow class (BaseOperator, a provider operator). */
function isOperatorExecute(ctx: FileContext, def: PyNode): boolean {
  const name = childByField(def, 'name');
  if (!name || !ctx.src.is(name, 'execute')) return false;
  const cls = def.parent?.parent;
  if (cls?.type !== 'class_definition') return false;
  const bases = childByField(cls, 'superclasses');
  return !!bases?.children.some((b) => (b.type === 'identifier' || b.type === 'attribute') && ctx.resolver.qualify(b)?.startsWith('airflow.'));
}

export const removedContextKey = defineRule(
  {
    id: 'DAG104',
    name: 'airflow3-removed-context-key',
    severity: 'error',
    summary: 'Reads a task-context key that Airflow 3 removed (execution_date, next_ds, …).',
    docs: {
      limits: 'It reads Jinja `{{ }}`/`{% %}` blocks in string literals, `["key"]` and `.get("key")` on variables named context, ctx, kwargs, kw or kwds or assigned from get_current_context(), and parameters of @task functions, python_callable functions and `execute` of Airflow operator subclasses. Keys built at run time (`context[key]`), the context under another name, and templates in files the operator loads (`.sql`, `.sh`) are not seen; a `.get()` that is an operand of `or` (a compatibility fallback) is not reported. The fix renames a task parameter (and its uses in the function) only to a key with the same meaning (execution_date → logical_date, safe without a default; prev_execution_date, next_execution_date: unsafe); keys without one (next_ds, yesterday_ds, …) keep their finding without a fix, and none is offered when the file passes the parameter by keyword or in op_kwargs, or a nested scope binds the old or new name. A caller in another module passing it by keyword is not seen.',
      what: `Reports removed context keys (${REMOVED_CONTEXT_KEYS.slice(0, 8).map((k) => k.name).join(', ')}, …) read as context["…"] / context.get("…") (also on a variable assigned from get_current_context()), as TaskFlow parameters or parameters of an operator's execute(), and in Jinja templates such as "{{ execution_date }}"; and removed uses of context objects: \`dag_run.external_trigger\`, and \`inlet_events["<uri>"]\` with a string key (Airflow 3 keys inlet events by Asset). Cannot see a context passed to helper functions under other names.`,
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
        // A template naming no removed key as a whole word has nothing to report: not tokenized.
        if (!ANY_REMOVED_CONTEXT_KEY.test(value)) continue;
        for (const { name, index } of templateRootNames(value)) {
          const change = CONTEXT_KEYS.get(name);
          if (change) ctx.report({ start: n.start + index, end: n.start + index + name.length }, `Template reads \`${name}\`, which Airflow 3 removed from the context.`, replacementText(change));
        }
      }
      const contextNames = contextVariables(ctx);
      for (const n of idx('subscript')) {
        const obj = childByField(n, 'value');
        const key = childByField(n, 'subscript');
        if (!obj || !key || obj.type !== 'identifier' || !contextNames.has(ctx.src.of(obj))) continue;
        const k = stringValue(key, ctx.src);
        const change = k !== undefined ? CONTEXT_KEYS.get(k) : undefined;
        if (change) ctx.report(key, `Context key "${k}" was removed in Airflow 3.`, replacementText(change));
      }
      for (const n of idx('call')) {
        const fn = childByField(n, 'function');
        if (fn?.type !== 'attribute') continue;
        // `.get` first: most method calls are something else, and that check copies no text.
        if (!ctx.src.is(childByField(fn, 'attribute')!, 'get')) continue;
        const obj = childByField(fn, 'object');
        if (!obj || obj.type !== 'identifier' || !contextNames.has(ctx.src.of(obj))) continue;
        const first = childByField(n, 'arguments')?.children[0];
        const k = first ? stringValue(first, ctx.src) : undefined;
        const change = k !== undefined ? CONTEXT_KEYS.get(k) : undefined;
        // `context.get("logical_date") or context.get("execution_date")`: on Airflow 3 the removed key's
        // .get() returns None and the other operand wins, so a compatibility fallback is harmless.
        if (change && first && !isOrFallback(n, ctx.src)) ctx.report(first, `Context key "${k}" was removed in Airflow 3.`, replacementText(change));
      }
      for (const n of idx('function_definition')) {
        const execute = isOperatorExecute(ctx, n);
        if (!taskDefs.has(n) && !execute) continue;
        for (const p of childByField(n, 'parameters')?.children ?? []) {
          const id = p.type === 'identifier' ? p : childByField(p, 'name') ?? p.children.find((c) => c.type === 'identifier');
          if (!id || id.type !== 'identifier') continue;
          const change = CONTEXT_KEYS.get(ctx.src.of(id));
          if (change && execute) ctx.report(id, `\`execute()\` takes \`${ctx.src.of(id)}\`, a context key Airflow 3 removed: Airflow 3 calls execute(context) only, so the method gets the wrong arguments.`, 'Take `context` and read the value from it, e.g. `context["data_interval_end"]`.');
          else if (change) ctx.report(id, `Task parameter \`${ctx.src.of(id)}\` asks for a context key Airflow 3 removed.`, replacementText(change));
        }
      }
      reportContextObjects(ctx, contextNames);
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
      limits: 'It reads a string literal or `TriggerRule.MEMBER` given as trigger_rule= at operator calls, and any `TriggerRule.MEMBER` attribute of Airflow\'s TriggerRule. A trigger rule held in a variable, `default_args` or `**kwargs` is not seen: it stays quiet.',
      what: `Reports trigger_rule values removed in Airflow 3: ${REMOVED_TRIGGER_RULES.map((r) => r.name).join(', ')} (as strings or TriggerRule members), and the removed TriggerRule members read anywhere else.`,
      why: 'Airflow 3 rejects the unknown trigger rule when the DAG is imported.',
      example: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    EmptyOperator(task_id="join", trigger_rule="none_failed_or_skipped")',
      fix: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    EmptyOperator(task_id="join", trigger_rule="none_failed_min_one_success")',
    },
  },
  {
    checkFile(ctx) {
      const reported = new Set<PyNode>();
      for (const call of argumentCalls(ctx).operator) {
        const value = callArguments(call, ctx.src).keywords.get('trigger_rule');
        if (!value) continue;
        let rule = stringValue(value, ctx.src);
        if (rule === undefined && value.type === 'attribute') rule = ctx.src.of(childByField(value, 'attribute')!).toLowerCase();
        const change = rule !== undefined ? TRIGGER_RULES.get(rule) : undefined;
        // A TriggerRule member is named as written (`TriggerRule.NONE_FAILED_OR_SKIPPED`), a string by its value.
        const written = value.type === 'attribute' ? `\`${ctx.src.of(value)}\` ("${rule}")` : `"${rule}"`;
        if (change) {
          reported.add(value);
          ctx.report(value, `Trigger rule ${written} was removed in Airflow 3.`, replacementText(change));
        }
      }
      // A removed member read anywhere else (`rule = TriggerRule.DUMMY`): AttributeError where it runs,
      // at import when that is module level.
      if (!ctx.src.text.includes('TriggerRule.')) return;
      for (const n of ctx.tree.index.get('attribute') ?? []) {
        const member = childByField(n, 'attribute');
        const change = member ? TRIGGER_RULES.get(ctx.src.of(member).toLowerCase()) : undefined;
        if (!change || reported.has(n) || !/^airflow\..*\bTriggerRule$/.test(ctx.resolver.qualify(childByField(n, 'object')!) ?? '')) continue;
        ctx.report(n, `\`${ctx.src.of(n)}\` was removed from TriggerRule in Airflow 3 (AttributeError).`, replacementText(change));
      }
    },
  },
);
