import { childByField, stringValue, type PyNode, type SourceText } from './ast.js';
import {
  BRANCH_OPERATOR_NAMES,
  BRANCH_TASK_FLAVOURS,
  CHAIN_FUNCTIONS,
  DAG_CLASSES,
  ASSET_DECORATORS,
  DAG_DECORATORS,
  TASK_DECORATORS,
  TASK_GROUP_CLASSES,
  TASK_GROUP_DECORATORS,
} from './data/airflow-names.js';
import { callArguments, type NameResolver } from './resolve.js';

export interface TaskInfo {
  /** The task_id Airflow will use (with TaskGroup prefix and `__N` suffix), when statically known. */
  taskId?: string;
  /** Where to report: the task_id literal, or the call creating the task. */
  node: PyNode;
  /**
   * operator: a class called with task_id=; taskflow: a @task function called; helper: a plain
   * function called with task_id= (it may build an operator with that id, or only use the id).
   */
  kind: 'operator' | 'taskflow' | 'helper';
  /** Qualified operator name, or the @task function's name. */
  callee: string;
  /** A branch task: its callable returns the task_id(s) to follow. */
  branch: boolean;
  /** The Python function whose return value decides a branch (the @task.branch body or python_callable). */
  callable?: PyNode;
  /** Call creating the task (operator call or @task function call). */
  call: PyNode;
  /**
   * The downstream tasks, each with where its edge was first written (the `>>` expression, chain()
   * or set_downstream call). Most tasks of a file get none: they share NO_DOWNSTREAM until their
   * first edge (two collections per task were ~600,000 allocations at 10,000 files).
   */
  downstream: ReadonlyMap<TaskInfo, PyNode>;
}

/** The downstream map of a task without edges (never written to: link() replaces it first). */
const NO_DOWNSTREAM: ReadonlyMap<TaskInfo, PyNode> = new Map();

export interface DagInfo {
  dagId?: string;
  /** Node to report the dag_id at (literal, or the constructor/decorator). */
  idNode: PyNode;
  kind: 'with' | 'assign' | 'decorator';
  /** The DAG(...) call or the @dag(...) decorator call (absent for a bare @dag). */
  call?: PyNode;
  /** The @dag-decorated function. */
  function?: PyNode;
  /** For @dag: whether the function is called somewhere in the file, which registers the DAG. */
  registered: boolean;
  tasks: TaskInfo[];
  /** Task-creating code in loops or comprehensions: ids and counts are only known at parse time. */
  dynamic: boolean;
  /** Full ids of the TaskGroups seen in the DAG (a branch may return one). */
  groupIds: Set<string>;
  /**
   * Calls the model does not follow are used where tasks go (a dependency end, a statement of the
   * DAG body, a variable's value): an imported @task or a helper may create tasks it does not see.
   */
  incomplete: boolean;
}

export interface TaskFunction {
  def: PyNode;
  name: string;
  /** task_id= given in the decorator. */
  taskId?: string;
  flavour?: string;
  branch: boolean;
}

export interface DagModel {
  dags: DagInfo[];
  /** @task-decorated functions by name (module level or inside @dag bodies). */
  taskFunctions: Map<string, TaskFunction>;
  /** Every DAG(...) / @dag(...) call with its keyword arguments, for argument rules. */
  dagCalls: PyNode[];
  /** Every call that creates a task (operators and @task calls), for argument rules. */
  taskCalls: PyNode[];
}

/** A TaskGroup used as a dependency end: upstream of it means upstream of its roots, and so on. */
interface GroupRef {
  group: TaskInfo[];
}
type Ref = TaskInfo | GroupRef;
type TaskSet = Ref[];

const isGroup = (r: Ref): r is GroupRef => 'group' in r;

/** Builtins whose result holds the tasks of their argument. */
const PASS_THROUGH_BUILTINS = new Set(['list', 'tuple', 'reversed', 'sorted']);
/** Builtins that never create a task, even when a DAG body calls them at statement level. */
const NON_TASK_BUILTINS = new Set(['print', 'len', 'str', 'int', 'float', 'bool', 'dict', 'set', 'range', 'enumerate', 'zip', 'isinstance', 'getattr', 'setattr', 'globals', 'locals', 'open', 'format', 'repr', 'min', 'max', 'sum', 'any', 'all']);
/** Modules whose functions never create a task (Airflow's own task-creating calls are followed above). */
const NON_TASK_MODULES = new Set(['airflow', 'logging', 'os', 'sys', 'json', 'datetime', 'pendulum', 'time', 're', 'math', 'random', 'uuid', 'pathlib', 'yaml', 'textwrap', 'warnings']);

/** Methods of an operator or XComArg that return the same task. */
const TASK_RETURNING_METHODS = new Set(['as_setup', 'as_teardown', 'expand', 'expand_kwargs', 'partial', 'override']);
const EDGE_LABELS = new Set(['airflow.utils.edgemodifier.Label', 'airflow.sdk.Label', 'airflow.sdk.definitions.edges.Label']);

/** The function or class body a definition lives in (undefined: module level). */
function enclosingScopeNode(def: PyNode): PyNode | undefined {
  for (let n = def.parent; n; n = n.parent) if (n.type === 'function_definition' || n.type === 'class_definition') return n;
  return undefined;
}

/** The elements of a list/tuple literal (its punctuation left out). */
function sequenceElements(n: PyNode): PyNode[] {
  return n.children.filter((c) => c.type !== '[' && c.type !== ']' && c.type !== '(' && c.type !== ')' && c.type !== ',');
}

/** Airflow's get_unique_task_id: a taken id gets `__N`, one past the highest suffix already used. */
function uniqueTaskId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  const core = id.replace(/__\d+$/, '');
  let highest = 0;
  for (const other of taken) {
    if (other.length > core.length + 2 && other.startsWith(core + '__')) {
      const suffix = other.slice(core.length + 2);
      if (/^\d+$/.test(suffix)) highest = Math.max(highest, Number(suffix));
    }
  }
  return `${core}__${highest + 1}`;
}

/** Tasks of a group with no upstream (roots) or no downstream (leaves) inside the group. */
function groupEnds(tasks: TaskInfo[], which: 'roots' | 'leaves'): TaskInfo[] {
  const inside = new Set(tasks);
  if (which === 'leaves') return tasks.filter((t) => ![...t.downstream.keys()].some((d) => inside.has(d)));
  return tasks.filter((t) => !tasks.some((o) => o !== t && o.downstream.has(t)));
}

/** The tasks a dependency end stands for: tasks as they are, groups by their roots or leaves. */
function taskEnds(refs: TaskSet, which: 'roots' | 'leaves'): TaskInfo[] {
  const out: TaskInfo[] = [];
  for (const r of refs) {
    if (isGroup(r)) for (const t of groupEnds(r.group, which)) out.push(t);
    else out.push(r);
  }
  return out;
}

/** The decorator call or name (`@dag`, `@dag(...)`) and what it resolves to. */
function decoratorTarget(dec: PyNode, resolver: NameResolver): { qualified?: string; call?: PyNode; expr: PyNode } {
  const expr = dec.children[0];
  if (!expr) return { expr: dec };
  if (expr.type === 'call') {
    const fn = childByField(expr, 'function');
    return { qualified: fn ? resolver.qualify(fn) : undefined, call: expr, expr };
  }
  return { qualified: resolver.qualify(expr), expr };
}

function decoratorsOf(def: PyNode): PyNode[] {
  const parent = def.parent;
  if (parent?.type !== 'decorated_definition') return [];
  return parent.children.filter((c) => c.type === 'decorator');
}

export function isTaskDecorator(qualified: string | undefined): { flavour?: string } | undefined {
  if (!qualified) return undefined;
  for (const base of TASK_DECORATORS) {
    if (qualified === base) return {};
    if (qualified.startsWith(base + '.')) return { flavour: qualified.slice(base.length + 1) };
  }
  return undefined;
}

/**
 * Extracts DAGs, tasks and dependencies the way Airflow would build them when it imports the file:
 * `with DAG(...)`, `dag = DAG(...)` + `dag=dag`, `@dag` functions; tasks from operator calls with
 * task_id= and @task function calls (a second call gets `name__1`); dependencies from >>, <<,
 * lists, chain(), set_upstream/set_downstream and TaskFlow data passing.
 */
export function buildDagModel(root: PyNode, src: SourceText, resolver: NameResolver, index: Map<string, PyNode[]>): DagModel {
  const model: DagModel = { dags: [], taskFunctions: new Map(), dagCalls: [], taskCalls: [] };
  const functionsByName = new Map<string, PyNode>();
  /** Every definition of each name, in source order (the same name may be defined in two TaskGroup blocks). */
  const definitionsByName = new Map<string, PyNode[]>();
  const taskFunctionByDef = new Map<PyNode, TaskFunction>();
  /** The definition of `name` a call at `at` reaches: the last one before it in a scope enclosing it. */
  const visibleDefinition = (name: string, at: PyNode): PyNode | undefined => {
    const all = definitionsByName.get(name);
    if (!all || all.length === 1) return all?.[0];
    let best: PyNode | undefined;
    for (const def of all) {
      const scope = enclosingScopeNode(def);
      const inScope = !scope || (scope.start <= at.start && at.end <= scope.end);
      if (inScope && def.start < at.start) best = def;
    }
    return best ?? all[0];
  };
  const visibleTaskFunction = (name: string, at: PyNode): TaskFunction | undefined => {
    const def = visibleDefinition(name, at);
    return (def && taskFunctionByDef.get(def)) ?? model.taskFunctions.get(name);
  };
  const taskGroupFunctions = new Map<string, PyNode>();
  const dagFunctions: Array<{ def: PyNode; call?: PyNode }> = [];

  // Pass 1: definitions (task functions, @dag functions, task groups, plain functions).
  const defs = index.get('function_definition') ?? [];
  for (const def of defs) {
    const nameNode = childByField(def, 'name');
    if (!nameNode) continue;
    const name = src.of(nameNode);
    if (!functionsByName.has(name)) functionsByName.set(name, def);
    const sameName = definitionsByName.get(name);
    if (sameName) sameName.push(def);
    else definitionsByName.set(name, [def]);
    for (const dec of decoratorsOf(def)) {
      const target = decoratorTarget(dec, resolver);
      const task = isTaskDecorator(target.qualified);
      if (task) {
        const args = target.call ? callArguments(target.call, src) : undefined;
        const idNode = args?.keywords.get('task_id');
        const tf: TaskFunction = {
          def,
          name,
          taskId: idNode ? stringValue(idNode, src) : undefined,
          flavour: task.flavour,
          branch: task.flavour !== undefined && BRANCH_TASK_FLAVOURS.has(task.flavour.split('.')[0]),
        };
        model.taskFunctions.set(name, tf);
        taskFunctionByDef.set(def, tf);
        if (target.call) model.taskCalls.push(target.call);
      } else if (target.qualified && DAG_DECORATORS.has(target.qualified)) {
        dagFunctions.push({ def, call: target.call });
        if (target.call) model.dagCalls.push(target.call);
      } else if (target.qualified && TASK_GROUP_DECORATORS.has(target.qualified)) {
        taskGroupFunctions.set(name, def);
      } else if (target.qualified && ASSET_DECORATORS.has(target.qualified)) {
        // @asset: Airflow 3 builds a DAG and one task, both named after the function, at import.
        // The body runs inside that task, so it is not parse-time code (no `function` here).
        const call = target.call ?? dec;
        if (target.call) model.dagCalls.push(target.call);
        const dag: DagInfo = { dagId: name, idNode: nameNode, kind: 'decorator', call: target.call, registered: true, tasks: [], dynamic: false, groupIds: new Set(), incomplete: false };
        dag.tasks.push({ taskId: name, node: nameNode, kind: 'taskflow', callee: name, branch: false, callable: def, call, downstream: NO_DOWNSTREAM });
        model.dags.push(dag);
      }
    }
  }

  const isDagCall = (call: PyNode) => {
    const q = resolver.callee(call);
    return q !== undefined && DAG_CLASSES.has(q);
  };

  const dagIdFromCall = (call: PyNode | undefined): { id?: string; node?: PyNode } => {
    if (!call) return {};
    const { keywords, positional } = callArguments(call, src);
    const node = keywords.get('dag_id') ?? positional[0];
    return node ? { id: stringValue(node, src), node } : {};
  };

  /** Walks one DAG's body statements and builds its tasks and edges. */
  // Per DAG, kept across buildDag calls: classic files build one DAG statement by statement.
  const taskIdsByDag = new Map<DagInfo, Set<string>>();
  const buildDag = (dag: DagInfo, body: PyNode[], variables: Map<string, TaskSet>) => {
    let ids = taskIdsByDag.get(dag);
    if (!ids) taskIdsByDag.set(dag, (ids = new Set()));
    const taskIds = ids;
    const groupCounts = new Map<string, number>();
    const groupPrefix: string[] = [];
    const newTask = (t: Omit<TaskInfo, 'downstream' | 'taskId'> & { baseId?: string }, unique: boolean): TaskInfo => {
      let taskId: string | undefined;
      if (t.baseId !== undefined) {
        const full = groupPrefix.length ? `${groupPrefix.join('.')}.${t.baseId}` : t.baseId;
        // A @task call whose id is taken (by any task) gets Airflow's suffix: name__1, name__2 …
        taskId = unique ? uniqueTaskId(full, taskIds) : full;
        taskIds.add(taskId);
      }
      // Spelled out: object rest/spread was the model's hottest line.
      const task: TaskInfo = { node: t.node, kind: t.kind, callee: t.callee, branch: t.branch, callable: t.callable, call: t.call, taskId, downstream: NO_DOWNSTREAM };
      dag.tasks.push(task);
      return task;
    };
    /** Adds the edges up → down, written at `at`. */
    const link = (up: TaskSet, down: TaskSet, at: PyNode) => {
      if (up.length === 0 || down.length === 0) return;
      const ups = taskEnds(up, 'leaves');
      const downs = taskEnds(down, 'roots');
      for (const u of ups) {
        for (const d of downs) {
          // `a >> a` is a real cycle (Airflow rejects it); a task meeting itself only through a
          // group's roots and leaves is not an edge anyone wrote.
          if (u === d && !(up.includes(u) && down.includes(d))) continue;
          if (u.downstream.has(d)) continue;
          if (u.downstream === NO_DOWNSTREAM) u.downstream = new Map();
          (u.downstream as Map<TaskInfo, PyNode>).set(d, at);
        }
      }
    };
    let loopDepth = 0;
    /** How many operator calls' arguments are being evaluated around the current expression. */
    let insideOperatorArgs = 0;
    /** Calls evalCall could not interpret. */
    const unfollowed = new Set<PyNode>();
    /** The value of the last `return` run (for @task_group bodies). */
    let returned: TaskSet | undefined;

    /** Concatenated results of evalExpr over `nodes` (a fresh array, like flatMap, without its callbacks). */
    const evalEach = (nodes: PyNode[], skipNames = false): TaskSet => {
      const out: TaskSet = [];
      for (const c of nodes) {
        if (skipNames && c.field === 'name') continue;
        for (const r of evalExpr(c)) out.push(r);
      }
      return out;
    };

    const evalExpr = (node: PyNode | undefined): TaskSet => {
      if (!node) return [];
      switch (node.type) {
        case 'identifier':
          return variables.get(src.of(node)) ?? [];
        case 'parenthesized_expression':
          return evalEach(node.children);
        case 'list':
        case 'tuple':
        case 'expression_list':
        case 'set':
          return evalEach(node.children);
        case 'binary_operator': {
          const op = childByField(node, 'operator');
          const left = evalExpr(childByField(node, 'left'));
          const right = evalExpr(childByField(node, 'right'));
          const opText = op ? src.of(op) : '';
          // `a >> Label("why") >> b`: the label only annotates the edge a → b.
          if (isEdgeLabel(childByField(node, 'right'))) return left;
          if (isEdgeLabel(childByField(node, 'left'))) return right;
          if (opText === '>>' || opText === '<<') {
            noteUnfollowed(childByField(node, 'left'));
            noteUnfollowed(childByField(node, 'right'));
          }
          if (opText === '>>') link(left, right, node);
          else if (opText === '<<') link(right, left, node);
          else return [...left, ...right];
          return right;
        }
        case 'call':
          return evalCall(node);
        case 'list_comprehension':
        case 'generator_expression':
        case 'set_comprehension':
        case 'dictionary_comprehension': {
          loopDepth++;
          const out = evalEach(node.children);
          loopDepth--;
          return out;
        }
        case 'for_in_clause':
          return evalExpr(childByField(node, 'right'));
        case 'await':
        case 'keyword_argument':
        case 'list_splat':
          return evalEach(node.children, true);
        case 'attribute': {
          // `task_a.output` is an XComArg of the task (data passing); `task_a.task_id` is just a value.
          const objTasks = evalExpr(childByField(node, 'object'));
          const attr = childByField(node, 'attribute');
          return attr && src.of(attr) === 'output' ? objTasks : [];
        }
        case 'subscript':
          return evalExpr(childByField(node, 'value'));
        default:
          return [];
      }
    };

    const isEdgeLabel = (n: PyNode | undefined): boolean => {
      if (n?.type !== 'call') return false;
      const q = resolver.callee(n);
      return q !== undefined && EDGE_LABELS.has(q);
    };

    const evalArgs = (call: PyNode): TaskSet => {
      const args = childByField(call, 'arguments');
      if (!args) return [];
      const out: TaskSet = [];
      for (const a of args.children) for (const r of evalExpr(a.type === 'keyword_argument' ? childByField(a, 'value') : a)) out.push(r);
      return out;
    };

    const evalCall = (call: PyNode): TaskSet => {
      const fn = childByField(call, 'function');
      if (!fn) return [];
      const qualified = resolver.qualify(fn);
      // chain(a, b, [c, d])
      if (qualified && CHAIN_FUNCTIONS.has(qualified)) {
        const args = childByField(call, 'arguments');
        // chain(*steps) spreads a list: each element is its own group.
        // Each argument's tasks, and per element for a list/tuple literal (each evaluated once).
        const argRefs: Array<{ refs: TaskSet; elements?: TaskSet[] }> = [];
        for (const a of args?.children ?? []) {
          if (a.type === 'list_splat') for (const r of evalExpr(a)) argRefs.push({ refs: [r] });
          else if (a.type === 'list' || a.type === 'tuple') {
            const elements = sequenceElements(a).map((e) => evalExpr(e));
            argRefs.push({ refs: elements.flat(), elements });
          } else argRefs.push({ refs: evalExpr(a) });
        }
        const groups = argRefs.map((a) => a.refs);
        for (let i = 0; i + 1 < argRefs.length; i++) {
          const [xs, ys] = [argRefs[i].elements, argRefs[i + 1].elements];
          // Two adjacent lists of the same length are linked pairwise (Airflow's chain rule).
          if (xs && ys && xs.length > 1 && xs.length === ys.length) xs.forEach((x, k) => link(x, ys[k], call));
          else link(groups[i], groups[i + 1], call);
        }
        noteUnfollowed(args);
        return groups[groups.length - 1] ?? [];
      }
      // a.set_downstream(b) / a.set_upstream(b)
      if (fn.type === 'attribute') {
        const method = childByField(fn, 'attribute');
        const m = method ? src.of(method) : '';
        if (m === 'set_downstream' || m === 'set_upstream') {
          const self = evalExpr(childByField(fn, 'object'));
          const other = evalArgs(call);
          noteUnfollowed(childByField(call, 'arguments'));
          if (m === 'set_downstream') link(self, other, call);
          else link(other, self, call);
          return [];
        }
      }
      // @task function called: name(...), name.override(...)(...), name.partial(...).expand(...)
      const tf = taskFunctionCalled(fn);
      if (tf) {
        const upstream = tf.chainArgs.flatMap((c) => evalArgs(c));
        const inputs = [...upstream, ...evalArgs(call)];
        noteUnfollowed(childByField(call, 'arguments'));
        if (loopDepth > 0 || tf.dynamicId) dag.dynamic = true;
        model.taskCalls.push(call);
        const task = newTask(
          {
            baseId: tf.dynamicId ? undefined : (tf.overrideId ?? tf.fn.taskId ?? tf.fn.name),
            node: call,
            kind: 'taskflow',
            callee: tf.fn.name,
            branch: tf.fn.branch,
            callable: tf.fn.def,
            call,
          },
          true,
        );
        link(inputs, [task], call);
        return [task];
      }
      // @task_group function called: its tasks get the group prefix.
      if (fn.type === 'identifier' && taskGroupFunctions.has(src.of(fn))) {
        const def = taskGroupFunctions.get(src.of(fn))!;
        const inputs = evalArgs(call);
        // Calling a @task_group function again makes a new group: name, name__1, …
        const groupPath = [...groupPrefix, src.of(fn)].join('.');
        const n = groupCounts.get(groupPath) ?? 0;
        groupCounts.set(groupPath, n + 1);
        groupPrefix.push(n === 0 ? src.of(fn) : `${src.of(fn)}__${n}`);
        dag.groupIds.add(groupPrefix.join('.'));
        const before = dag.tasks.length;
        const body = childByField(def, 'body');
        const inner = new Map(variables);
        const outerReturn = returned;
        returned = undefined;
        if (body) runBlock(body.children, inner);
        const value = returned as TaskSet | undefined;
        returned = outerReturn;
        groupPrefix.pop();
        const group: GroupRef = { group: dag.tasks.slice(before) };
        link(inputs, [group], call);
        // Airflow returns what the function returns when that is a task or XComArg, else the group.
        return value?.length ? value : [group];
      }
      // Operator: any call with task_id=.
      const { keywords } = callArguments(call, src);
      const idNode = keywords.get('task_id');
      const opName = qualified ?? src.of(fn);
      const shortName = opName.slice(opName.lastIndexOf('.') + 1);
      // Operators are classes; a lower-case callee is a function that may or may not build one.
      const kind = /^[A-Z]/.test(shortName) ? 'operator' : 'helper';
      // A function called with task_id= inside an operator's arguments computes a value for it
      // (e.g. an XCom-pull template), not a task.
      if (idNode && kind === 'helper' && insideOperatorArgs > 0) {
        evalArgs(call);
        return [];
      }
      if (idNode) {
        if (kind === 'operator') insideOperatorArgs++;
        const inputs = evalArgs(call);
        if (kind === 'operator') insideOperatorArgs--;
        if (loopDepth > 0) dag.dynamic = true;
        const id = stringValue(idNode, src);
        if (id === undefined) dag.dynamic = true;
        model.taskCalls.push(call);
        let callable: PyNode | undefined;
        const pc = keywords.get('python_callable');
        if (pc?.type === 'identifier') callable = visibleDefinition(src.of(pc), call);
        const task = newTask({ baseId: id, node: idNode, kind, callee: opName, branch: BRANCH_OPERATOR_NAMES.has(shortName), callable, call }, false);
        link(inputs, [task], call);
        return [task];
      }
      // A method on a task: as_setup()/as_teardown()/expand() return the task itself.
      if (fn.type === 'attribute') {
        const objTasks = evalExpr(childByField(fn, 'object'));
        const method = src.of(childByField(fn, 'attribute')!);
        const { keywords } = callArguments(call, src);
        if (method === 'as_teardown') link(evalExpr(keywords.get('setups')), objTasks, call);
        evalArgs(call);
        if (TASK_RETURNING_METHODS.has(method)) return objTasks;
        if (!objTasks.length) unfollowed.add(call);
        return [];
      }
      // Builtins that hand their argument's tasks back: list(...), tuple(...), reversed(...).
      if (fn.type === 'identifier' && PASS_THROUGH_BUILTINS.has(src.of(fn))) return evalArgs(call);
      // Anything else: its arguments may still create tasks (e.g. print(a >> b)), but what it
      // returns is unknown (an imported @task returns a new task, not its argument).
      evalArgs(call);
      unfollowed.add(call);
      return [];
    };

    /** `node` (or an element of a list/tuple it is) is a call the model does not follow that may create tasks. */
    const noteUnfollowed = (node: PyNode | undefined) => {
      if (!node || dag.incomplete) return;
      if (node.type === 'call') {
        if (unfollowed.has(node) && mayCreateTasks(node)) dag.incomplete = true;
        return;
      }
      if (['list', 'tuple', 'parenthesized_expression', 'expression_list', 'binary_operator', 'list_splat', 'argument_list', 'keyword_argument'].includes(node.type)) {
        for (const c of node.children) noteUnfollowed(c);
      }
    };
    const mayCreateTasks = (call: PyNode): boolean => {
      const fn = childByField(call, 'function');
      if (!fn) return false;
      if (fn.type === 'identifier' && NON_TASK_BUILTINS.has(src.of(fn))) return false;
      const q = resolver.qualify(fn);
      if (q === undefined) return true;
      const head = q.slice(0, q.indexOf('.') === -1 ? q.length : q.indexOf('.'));
      return !NON_TASK_MODULES.has(head);
    };

    type TaskFunctionCall = { fn: TaskFunction; overrideId?: string; dynamicId?: boolean; chainArgs: PyNode[] };
    const taskFunctionCalled = (fn: PyNode): TaskFunctionCall | undefined => {
      if (fn.type === 'identifier') {
        const tf = visibleTaskFunction(src.of(fn), fn);
        return tf ? { fn: tf, chainArgs: [] } : undefined;
      }
      // name.override(task_id=…)(…) and name.partial(…).expand(…) / name.expand(…)
      if (fn.type === 'attribute') {
        const method = childByField(fn, 'attribute');
        const obj = childByField(fn, 'object');
        const m = method ? src.of(method) : '';
        if ((m === 'expand' || m === 'expand_kwargs' || m === 'partial') && obj) {
          const inner = obj.type === 'call' ? childByField(obj, 'function') : obj;
          if (!inner) return undefined;
          const base = obj.type === 'call' ? taskFunctionCalledAttr(inner) : taskFunctionCalled(inner);
          if (base && obj.type === 'call') base.chainArgs.push(obj);
          return base;
        }
      }
      if (fn.type === 'call') return taskFunctionCalledAttr(childByField(fn, 'function'), fn);
      return undefined;
    };
    const taskFunctionCalledAttr = (fn: PyNode | undefined, outerCall?: PyNode): TaskFunctionCall | undefined => {
      if (!fn || fn.type !== 'attribute') return undefined;
      const method = childByField(fn, 'attribute');
      const obj = childByField(fn, 'object');
      if (!method || !obj || obj.type !== 'identifier') return undefined;
      const tf = visibleTaskFunction(src.of(obj), obj);
      if (!tf) return undefined;
      const m = src.of(method);
      if (m === 'override' && outerCall) {
        const idNode = callArguments(outerCall, src).keywords.get('task_id');
        const overrideId = idNode ? stringValue(idNode, src) : undefined;
        return { fn: tf, overrideId, dynamicId: idNode !== undefined && overrideId === undefined, chainArgs: [] };
      }
      if (m === 'partial') return { fn: tf, chainArgs: [] };
      return undefined;
    };

    const bindTargets = (left: PyNode | undefined, value: TaskSet, vars: Map<string, TaskSet>) => {
      if (!left) return;
      if (left.type === 'identifier') vars.set(src.of(left), value);
      else if (left.type === 'pattern_list' || left.type === 'tuple_pattern' || left.type === 'list_pattern') {
        left.children.forEach((c, i) => bindTargets(c, value[i] ? [value[i]] : [], vars));
      }
    };

    const runBlock = (stmts: PyNode[], vars: Map<string, TaskSet>): TaskSet => {
      let last: TaskSet = [];
      for (const stmt of stmts) last = runStatement(stmt, vars);
      return last;
    };

    const runStatement = (stmt: PyNode, vars: Map<string, TaskSet>): TaskSet => {
      switch (stmt.type) {
        case 'expression_statement': {
          let last: TaskSet = [];
          for (const c of stmt.children) {
            if (c.type === 'assignment') {
              let value: PyNode | undefined = c;
              const targets: PyNode[] = [];
              while (value?.type === 'assignment') {
                const l = childByField(value, 'left');
                if (l) targets.push(l);
                value = childByField(value, 'right');
              }
              last = evalExpr(value);
              noteUnfollowed(value);
              for (const t of targets) bindTargets(t, last, vars);
            } else if (c.type === 'augmented_assignment') {
              last = evalExpr(childByField(c, 'right'));
            } else {
              last = evalExpr(c);
              noteUnfollowed(c);
            }
          }
          return last;
        }
        case 'return_statement': {
          const value = evalEach(stmt.children);
          for (const c of stmt.children) noteUnfollowed(c);
          returned = value;
          return value;
        }
        case 'with_statement': {
          const clause = stmt.children.find((c) => c.type === 'with_clause');
          let pushed = 0;
          const groupAliases: string[] = [];
          for (const item of clause?.children ?? []) {
            const value = childByField(item, 'value');
            const expr = value?.type === 'as_pattern' ? value.children[0] : value;
            if (expr?.type !== 'call') continue;
            const q = resolver.callee(expr);
            if (!q || !TASK_GROUP_CLASSES.has(q)) {
              evalExpr(expr);
              continue;
            }
            const { keywords, positional } = callArguments(expr, src);
            const gid = keywords.get('group_id') ?? positional[0];
            const prefixOff = keywords.get('prefix_group_id');
            const id = gid ? stringValue(gid, src) : undefined;
            if (id === undefined) dag.dynamic = true;
            else dag.groupIds.add([...groupPrefix, id].join('.'));
            if (id !== undefined && !(prefixOff && src.of(prefixOff) === 'False')) {
              groupPrefix.push(id);
              pushed++;
            }
            // `with TaskGroup(...) as tg:` then `tg >> x`: the group stands for its tasks.
            const target = value?.type === 'as_pattern' ? value.children.find((c) => c.field === 'alias' || c.type === 'as_pattern_target') : undefined;
            const alias = target?.children[0];
            if (alias?.type === 'identifier') groupAliases.push(src.of(alias));
          }
          const body = childByField(stmt, 'body');
          const before = dag.tasks.length;
          const out = body ? runBlock(body.children, vars) : [];
          for (let i = 0; i < pushed; i++) groupPrefix.pop();
          for (const alias of groupAliases) vars.set(alias, [{ group: dag.tasks.slice(before) }]);
          return out;
        }
        case 'for_statement':
        case 'while_statement': {
          loopDepth++;
          const right = childByField(stmt, 'right') ?? childByField(stmt, 'condition');
          evalExpr(right);
          const body = childByField(stmt, 'body');
          const before = dag.tasks.length;
          if (body) runBlock(body.children, vars);
          if (dag.tasks.length > before) dag.dynamic = true;
          loopDepth--;
          return [];
        }
        case 'if_statement':
        case 'try_statement': {
          for (const c of stmt.children) {
            if (c.type === 'block') runBlock(c.children, vars);
            else if (c.field === 'condition') evalExpr(c);
            else if (['elif_clause', 'else_clause', 'except_clause', 'finally_clause'].includes(c.type)) {
              for (const cc of c.children) if (cc.type === 'block') runBlock(cc.children, vars);
            }
          }
          return [];
        }
        case 'decorated_definition':
        case 'function_definition':
        case 'class_definition':
          return [];
        default:
          return [];
      }
    };

    runBlock(body, variables);
  };

  // Pass 2: `with DAG(...)` and `x = DAG(...)` anywhere at module level (also inside if/try blocks).
  const moduleVars = new Map<string, TaskSet>();
  const dagVariables = new Map<string, DagInfo>();
  /**
   * `dynamic`: the block runs in a loop or a factory function, so the DAGs it builds (and their ids)
   * are only known when the file runs; vars/dagVars: the variables visible in the block.
   */
  const visitModuleBlock = (stmts: PyNode[], dynamic = false, vars = moduleVars, dagVars = dagVariables) => {
    for (const stmt of stmts) {
      if (stmt.type === 'with_statement') {
        const clause = stmt.children.find((c) => c.type === 'with_clause');
        for (const item of clause?.children ?? []) {
          const value = childByField(item, 'value');
          const call = value?.type === 'as_pattern' ? value.children[0] : value;
          let dagCall: PyNode | undefined;
          let alias: string | undefined;
          if (call?.type === 'call' && isDagCall(call)) dagCall = call;
          if (call?.type === 'identifier' && dagVars.has(src.of(call))) {
            // `dag = DAG(...)` then `with dag:`
            const dag = dagVars.get(src.of(call))!;
            const body = childByField(stmt, 'body');
            if (body) buildDag(dag, body.children, vars);
            continue;
          }
          if (!dagCall) continue;
          if (value?.type === 'as_pattern') {
            const target = value.children.find((c) => c.type === 'as_pattern_target');
            if (target?.children[0]?.type === 'identifier') alias = src.of(target.children[0]);
          }
          model.dagCalls.push(dagCall);
          const { id, node } = dagIdFromCall(dagCall);
          const dag: DagInfo = { dagId: id, idNode: node ?? dagCall, kind: 'with', call: dagCall, registered: true, tasks: [], dynamic, groupIds: new Set(), incomplete: false };
          model.dags.push(dag);
          if (alias) dagVars.set(alias, dag);
          const body = childByField(stmt, 'body');
          if (body) {
            // A with-block does not open a scope: its variables stay visible to later statements.
            buildDag(dag, body.children, vars);
          }
        }
      } else if (stmt.type === 'expression_statement') {
        const assign = stmt.children[0];
        if (assign?.type === 'assignment') {
          const right = childByField(assign, 'right');
          const left = childByField(assign, 'left');
          if (right?.type === 'call' && isDagCall(right)) {
            model.dagCalls.push(right);
            const { id, node } = dagIdFromCall(right);
            const dag: DagInfo = { dagId: id, idNode: node ?? right, kind: 'assign', call: right, registered: true, tasks: [], dynamic, groupIds: new Set(), incomplete: false };
            model.dags.push(dag);
            if (left?.type === 'identifier') dagVars.set(src.of(left), dag);
            continue;
          }
        }
        // Module-level operators attached with dag=<var>.
        if (!dynamic) collectDagKwargTasks(stmt);
      } else if (stmt.type === 'if_statement' || stmt.type === 'try_statement') {
        for (const c of stmt.children) {
          if (c.type === 'block') visitModuleBlock(c.children, dynamic, vars, dagVars);
          else for (const cc of c.children) if (cc.type === 'block') visitModuleBlock(cc.children, dynamic, vars, dagVars);
        }
      } else if (stmt.type === 'for_statement' || stmt.type === 'while_statement') {
        // DAGs built in a loop (often with f-string ids and globals()[...] = dag).
        for (const c of stmt.children) {
          if (c.type === 'block') visitModuleBlock(c.children, true, vars, dagVars);
          else if (c.type === 'else_clause') for (const cc of c.children) if (cc.type === 'block') visitModuleBlock(cc.children, dynamic, vars, dagVars);
        }
      }
    }
  };

  const pendingDagKwarg: PyNode[] = [];
  const collectDagKwargTasks = (stmt: PyNode) => pendingDagKwarg.push(stmt);

  visitModuleBlock(root.children);
  // Factory functions: `def make_dag(name): with DAG(f"…") as dag: …`, called once per DAG.
  for (const def of defs) {
    if (dagFunctions.some((d) => d.def === def) || model.taskFunctions.has(src.of(childByField(def, 'name')!))) continue;
    const body = childByField(def, 'body');
    if (body) visitModuleBlock(body.children, true, new Map(), new Map());
  }

  // Classic style: module-level statements attach operators with dag=<var>, and dependency
  // statements (a >> b) belong to the DAG of the tasks they name.
  const ownerOf = new Map<TaskInfo, DagInfo>();
  for (const dag of model.dags) for (const t of dag.tasks) ownerOf.set(t, dag);
  // With no DAG variable and no module-level task variable, no statement can name a DAG (and
  // nothing below adds one), so the walks are skipped.
  for (const stmt of moduleVars.size || dagVariables.size ? pendingDagKwarg : []) {
    let target: DagInfo | undefined;
    const st = [stmt];
    while (st.length && !target) {
      const n = st.pop()!;
      if (n.type === 'keyword_argument') {
        const name = childByField(n, 'name');
        const value = childByField(n, 'value');
        if (name && value && src.of(name) === 'dag' && value.type === 'identifier') target = dagVariables.get(src.of(value));
      } else if (n.type === 'identifier' && moduleVars.size) {
        const refs = moduleVars.get(src.of(n)) ?? [];
        const task = refs.find((r): r is TaskInfo => !isGroup(r));
        if (task) target = ownerOf.get(task);
      }
      for (const c of n.children) st.push(c);
    }
    if (!target) continue;
    const before = target.tasks.length;
    buildDag(target, [stmt], moduleVars);
    for (const t of target.tasks.slice(before)) ownerOf.set(t, target);
  }

  // Pass 3: @dag functions; calling one registers the DAG and runs its body.
  const calledNames = new Set<string>();
  // Only @dag files need the called names (most files use `with DAG`).
  if (dagFunctions.length) {
    for (const call of index.get('call') ?? []) {
      const fn = childByField(call, 'function');
      if (fn?.type === 'identifier') calledNames.add(src.of(fn));
    }
  }
  for (const { def, call } of dagFunctions) {
    const nameNode = childByField(def, 'name')!;
    const name = src.of(nameNode);
    const fromDecorator = dagIdFromCall(call);
    const dag: DagInfo = {
      dagId: fromDecorator.id ?? (fromDecorator.node ? undefined : name),
      idNode: fromDecorator.node ?? nameNode,
      kind: 'decorator',
      call,
      function: def,
      registered: calledNames.has(name),
      tasks: [],
      dynamic: false,
      groupIds: new Set(),
      incomplete: false,
    };
    model.dags.push(dag);
    const body = childByField(def, 'body');
    if (body) {
      buildDag(dag, body.children, new Map(moduleVars));
    }
  }
  return model;
}

/** Every task-to-task edge of a DAG as [upstream, downstream]. */
export function edgesOf(dag: DagInfo): Array<[TaskInfo, TaskInfo]> {
  const out: Array<[TaskInfo, TaskInfo]> = [];
  for (const t of dag.tasks) for (const d of t.downstream.keys()) out.push([t, d]);
  return out;
}
