import { childByField, type PyNode } from '../ast.js';
import { REMOVED_ATTRIBUTES, REMOVED_CALL_ARGUMENTS, REMOVED_PLUGIN_ATTRIBUTES, type AttributeChange } from '../data/airflow3.js';
import { defineRule, type FileContext } from '../context.js';
import { callArguments } from '../resolve.js';

const ATTRIBUTE_NAMES = new Set(REMOVED_ATTRIBUTES.flatMap((c) => Object.keys(c.renames)));
/**
 * Text every old attribute name contains one of: a file without any is skipped in a few substring
 * scans instead of one per name (the test checks every name still contains one).
 */
export const ATTRIBUTE_HINTS = ['dataset', 'get_conn', 'create_dagrun'];
/** Any hint, as one regex: one pass over the text is about twice as fast as three includes() calls. */
const ANY_ATTRIBUTE_HINT = new RegExp(ATTRIBUTE_HINTS.join('|'));

function changeFor(qualifiedClass: string, attribute: string): AttributeChange | undefined {
  return REMOVED_ATTRIBUTES.find((c) => attribute in c.renames && (c.classes instanceof RegExp ? c.classes.test(qualifiedClass) : c.classes.has(qualifiedClass)));
}

/**
 * The Airflow class an expression is an instance (or the class itself) of: `Cls(...)`, `Cls`, or a
 * variable whose last assignment before `at`, in the same scope, is `name = Cls(...)`.
 */
function classOf(ctx: FileContext, node: PyNode, assignments: PyNode[], at: PyNode): string | undefined {
  if (node.type === 'call') return ctx.resolver.callee(node);
  const q = ctx.resolver.qualify(node);
  if (q) return q;
  if (node.type !== 'identifier') return undefined;
  const name = ctx.src.of(node);
  const scope = ctx.resolver.scopeAt(at);
  let last: PyNode | undefined;
  for (const a of assignments) {
    if (a.start >= at.start) break;
    const left = childByField(a, 'left');
    if (left?.type === 'identifier' && ctx.src.of(left) === name && ctx.resolver.scopeAt(a) === scope) last = a;
  }
  const right = last && childByField(last, 'right');
  return right?.type === 'call' ? ctx.resolver.callee(right) : undefined;
}

function checkAttributes(ctx: FileContext) {
  // A cheap look for any old name first: most files have none.
  if (!ANY_ATTRIBUTE_HINT.test(ctx.src.text)) return;
  const assignments = ctx.tree.index.get('assignment') ?? [];
  for (const n of ctx.tree.index.get('attribute') ?? []) {
    const attr = childByField(n, 'attribute');
    const obj = childByField(n, 'object');
    if (!attr || !obj || !ATTRIBUTE_NAMES.has(ctx.src.of(attr))) continue;
    const name = ctx.src.of(attr);
    const cls = classOf(ctx, obj, assignments, n);
    const change = cls && changeFor(cls, name);
    if (!change) continue;
    const replacement = change.renames[name];
    ctx.report(
      attr,
      `\`${name}\` was removed from ${cls.split('.').pop()} in Airflow 3 (AttributeError when this runs).${change.note ? ' ' + change.note : ''}`,
      replacement ? `Use \`${replacement}\` instead.` : undefined,
    );
  }
}

function checkPlugins(ctx: FileContext) {
  for (const cls of ctx.tree.index.get('class_definition') ?? []) {
    const bases = childByField(cls, 'superclasses');
    if (!bases?.children.some((b) => (b.type === 'identifier' || b.type === 'attribute') && ctx.resolver.qualify(b) === 'airflow.plugins_manager.AirflowPlugin')) continue;
    for (const stmt of childByField(cls, 'body')?.children ?? []) {
      const assignment = stmt.type === 'expression_statement' ? stmt.children[0] : undefined;
      const left = assignment?.type === 'assignment' ? childByField(assignment, 'left') : undefined;
      const fix = left?.type === 'identifier' ? REMOVED_PLUGIN_ATTRIBUTES[ctx.src.of(left)] : undefined;
      if (left && fix) ctx.report(left, `AirflowPlugin.\`${ctx.src.of(left)}\` is ignored by Airflow 3: plugins no longer register ${ctx.src.of(left)}.`, fix);
    }
  }
}

function checkCallArguments(ctx: FileContext) {
  if (!REMOVED_CALL_ARGUMENTS.some((a) => ctx.src.text.includes(a.name))) return;
  for (const call of ctx.tree.index.get('call') ?? []) {
    const q = ctx.resolver.callee(call);
    if (!q) continue;
    for (const removed of REMOVED_CALL_ARGUMENTS) {
      if (!removed.callee.test(q)) continue;
      const at = callArguments(call, ctx.src).keywordNames.get(removed.name);
      if (at) ctx.report(at, `\`${removed.name}\` is no longer an argument of ${removed.what} in Airflow 3 (TypeError when this runs).`, removed.replacement ? `Use \`${removed.replacement}\` instead.` : 'Delete the argument.');
    }
  }
}

const ASSET_CLASSES = new Set(['airflow.Dataset', 'airflow.datasets.Dataset', 'airflow.sdk.Asset', 'airflow.sdk.definitions.asset.Asset']);
const positional = (args: PyNode | undefined) => (args?.children ?? []).filter((a) => a.type !== 'keyword_argument' && a.type !== 'dictionary_splat' && a.type !== 'comment');

/**
 * Calls and overrides whose signature changed in Airflow 3 (checked on 3.1.8):
 * - HookLineageCollector.create_asset(…) takes keyword arguments only (TypeError on positional ones);
 * - Asset/Dataset(name, uri, …): the second positional argument is now the uri, not the extra dict;
 * - BaseOperatorLink.get_link(self, operator, *, ti_key): an override taking `dttm` gets a TypeError.
 */
/** The names checkSignatures looks for before walking calls (the first three) and definitions (get_link). */
const SIGNATURE_CALL_WORDS = ['create_asset', 'Asset', 'Dataset'];
const SIGNATURE_DEF_WORD = 'get_link';

function checkSignatures(ctx: FileContext, assignments: () => PyNode[]) {
  const text = ctx.src.text;
  // The calls and overrides looked for are rare: skip the walks when their names are absent.
  if (SIGNATURE_CALL_WORDS.some((w) => text.includes(w))) checkSignatureCalls(ctx, assignments);
  if (text.includes(SIGNATURE_DEF_WORD)) checkGetLinkOverrides(ctx);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Every word a check of this rule needs in the text before it walks the tree, as one regex: most
 * files hold none of them, and one pass over the text costs about half the seven separate scans
 * (each check still makes its own exact test when this one finds something).
 */
const ANY_GATING_WORD = new RegExp([...ATTRIBUTE_HINTS, ...REMOVED_CALL_ARGUMENTS.map((a) => a.name), ...SIGNATURE_CALL_WORDS, SIGNATURE_DEF_WORD].map(escapeRegExp).join('|'));

function checkSignatureCalls(ctx: FileContext, assignments: () => PyNode[]) {
  for (const call of ctx.tree.index.get('call') ?? []) {
    const fn = childByField(call, 'function');
    const args = childByField(call, 'arguments');
    if (!fn || !args) continue;
    if (fn.type === 'attribute' && ctx.src.is(childByField(fn, 'attribute')!, 'create_asset')) {
      const obj = childByField(fn, 'object')!;
      const first = positional(args)[0];
      if (first && classOf(ctx, obj, assignments(), call) === 'airflow.lineage.hook.HookLineageCollector')
        ctx.report(first, '`create_asset` takes keyword arguments only in Airflow 3 (TypeError when this runs).', 'Pass `uri=`, `name=`, `asset_extra=` … by keyword.');
      continue;
    }
    const q = fn.type === 'identifier' || fn.type === 'attribute' ? ctx.resolver.qualify(fn) : undefined;
    if (!q || !ASSET_CLASSES.has(q)) continue;
    const second = positional(args)[1];
    if (second?.type === 'dictionary' || second?.type === 'dictionary_comprehension' || second?.type === 'identifier' || second?.type === 'call')
      ctx.report(fn, `\`${q.split('.').pop()}\` signature changed in Airflow 3: the second positional argument is the uri (it was the extra dict).`, 'Pass the extra dict by keyword: `extra={…}`.');
  }
}

function checkGetLinkOverrides(ctx: FileContext) {
  for (const def of ctx.tree.index.get('function_definition') ?? []) {
    const name = childByField(def, 'name');
    if (!name || !ctx.src.is(name, 'get_link')) continue;
    const cls = def.parent?.parent;
    const bases = cls?.type === 'class_definition' ? childByField(cls, 'superclasses') : undefined;
    if (!bases?.children.some((b) => (b.type === 'identifier' || b.type === 'attribute') && /^airflow\..*BaseOperatorLink$/.test(ctx.resolver.qualify(b) ?? ''))) continue;
    const params = childByField(def, 'parameters')?.children ?? [];
    const takes = (n: string) => params.some((p) => ctx.src.of(p.type === 'identifier' ? p : (childByField(p, 'name') ?? p.children.find((c) => c.type === 'identifier') ?? p)) === n);
    // Required parameters beyond (self, operator, ti_key) get no value either.
    const required = params.filter((p) => p.type === 'identifier').length;
    if (params.some((p) => p.type === 'dictionary_splat_pattern') || (takes('ti_key') && required <= 3)) continue;
    ctx.report(name, '`get_link` signature changed in Airflow 3: it is called as get_link(operator, *, ti_key=…), so this override raises TypeError when the UI asks for the link.', 'Define `def get_link(self, operator, *, ti_key):`.');
  }
}

export const removedAttribute = defineRule(
  {
    id: 'DAG204',
    name: 'airflow3-removed-attribute',
    severity: 'warning',
    summary: 'Uses a method, attribute or argument Airflow 3 removed from an Airflow class (Dataset → Asset renames, secrets backends, AirflowPlugin.operators, …).',
    docs: {
      limits: 'It knows an object\'s class only from `Cls(...)`, `Cls` itself, or a variable whose last assignment in the same scope is `name = Cls(...)`; objects returned by functions (`get_hook()`), passed as parameters or stored on `self` are not followed, so it stays quiet there. Plugin attributes are checked only in classes that derive from AirflowPlugin directly.',
      what: 'Reports methods and attributes Airflow 3 removed or renamed on Airflow objects (Dataset.iter_datasets → iter_assets, DatasetManager, HookLineageCollector and ProvidersManager dataset methods, DAG.create_dagrun, secrets backends\' get_conn_uri/get_connections), AirflowPlugin class attributes Airflow 3 no longer reads (operators, sensors, hooks, executors), arguments removed from specific calls (airflow.sdk.Variable.get(default_var=), task log handlers\' filename_template=), and changed signatures: HookLineageCollector.create_asset() keyword-only, Asset/Dataset(name, uri, …) where the second positional argument used to be the extra dict, BaseOperatorLink.get_link(self, operator, *, ti_key) overrides. The object must be built in the file (`x = Dataset(...)` then `x.iter_datasets()`, in the same scope) or be the class itself; objects passed in from elsewhere are not followed.',
      why: 'The DAG file still imports, so nothing fails at deploy time: the AttributeError or TypeError comes when the task (or plugin) runs, and ignored plugin attributes silently register nothing.',
      example: 'from airflow.sdk import Asset\n\norders = Asset("s3://lake/orders")\nfor a in orders.iter_datasets():\n    ...',
      fix: 'from airflow.sdk import Asset\n\norders = Asset("s3://lake/orders")\nfor a in orders.iter_assets():\n    ...',
    },
  },
  {
    checkFile(ctx) {
      // Without any gating word only the plugin check can find something (it is not gated).
      const gated = ANY_GATING_WORD.test(ctx.src.text);
      if (gated) checkAttributes(ctx);
      checkPlugins(ctx);
      if (!gated) return;
      checkCallArguments(ctx);
      checkSignatures(ctx, () => ctx.tree.index.get('assignment') ?? []);
    },
  },
);
