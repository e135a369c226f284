import { childByField, type PyNode, type SourceText } from './ast.js';

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export interface Scope {
  kind: ScopeKind;
  node: PyNode;
  parent: Scope | null;
  /** Name → offsets where it becomes bound (the end of the binding statement). */
  bindings: Map<string, number[]>;
  globals: Set<string>;
  nonlocals: Set<string>;
  /** for/while statements of this scope: a use inside a loop may see a binding later in the loop. */
  loops: Array<[number, number]>;
}

export interface NameUse {
  name: string;
  node: PyNode;
  scope: Scope;
}

export interface ImportBinding {
  /** Local name bound by the import. */
  local: string;
  /** What it refers to: 'airflow.utils.dates.days_ago' or a module 'airflow.utils.dates'. */
  qualified: string;
  /** The import statement, and the imported name node (for precise positions). */
  statement: PyNode;
  nameNode: PyNode;
  /** `from m import n` vs `import m`. */
  from: boolean;
  scope: Scope;
}

export interface ScopeAnalysis {
  module: Scope;
  scopes: Scope[];
  uses: NameUse[];
  imports: ImportBinding[];
  hasStarImport: boolean;
  futureAnnotations: boolean;
  /** The innermost scope that owns a definition/lambda/comprehension node. */
  scopeOf: Map<PyNode, Scope>;
}

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
const TARGET_CONTAINERS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression', 'expression_list']);

/**
 * Builds Python scopes (module, class, function, lambda, comprehension) with their bindings and
 * every name read, following Python's rules: class bodies are invisible to nested functions,
 * comprehensions have their own scope but evaluate their first iterable outside it, walrus binds in
 * the enclosing non-comprehension scope, `global`/`nonlocal` redirect bindings.
 */
export function analyzeScopes(root: PyNode, src: SourceText): ScopeAnalysis {
  const newScope = (kind: ScopeKind, node: PyNode, parent: Scope | null): Scope => {
    const s: Scope = { kind, node, parent, bindings: new Map(), globals: new Set(), nonlocals: new Set(), loops: [] };
    scopes.push(s);
    scopeOf.set(node, s);
    return s;
  };
  const scopes: Scope[] = [];
  const scopeOf = new Map<PyNode, Scope>();
  const uses: NameUse[] = [];
  const imports: ImportBinding[] = [];
  const module = newScope('module', root, null);
  let hasStarImport = false;
  let futureAnnotations = false;
  for (const stmt of root.children) {
    if (stmt.type === 'future_import_statement' && src.of(stmt).includes('annotations')) futureAnnotations = true;
  }

  const bind = (name: string, at: number, scope: Scope) => {
    let target = scope;
    // The size checks skip hashing `name` for the (usual) empty sets.
    if (scope.globals.size && scope.globals.has(name)) target = module;
    else if (scope.nonlocals.size && scope.nonlocals.has(name)) return;
    const list = target.bindings.get(name);
    if (list) list.push(at);
    else target.bindings.set(name, [at]);
  };

  const bindTarget = (node: PyNode, at: number, scope: Scope) => {
    if (node.type === 'identifier') bind(src.of(node), at, scope);
    else if (TARGET_CONTAINERS.has(node.type)) for (const c of node.children) bindTarget(c, at, scope);
    else if (node.type === 'list_splat_pattern' || node.type === 'list_splat') for (const c of node.children) bindTarget(c, at, scope);
    else visit(node, scope);
  };

  const annotationsEvaluated = (scope: Scope) => !futureAnnotations && (scope.kind === 'module' || scope.kind === 'class');

  const visitParameters = (params: PyNode | undefined, outer: Scope, inner: Scope, at: number) => {
    if (!params) return;
    for (const p of params.children) {
      switch (p.type) {
        case 'identifier':
          bind(src.of(p), at, inner);
          break;
        case 'default_parameter':
        case 'typed_default_parameter': {
          const name = childByField(p, 'name');
          const value = childByField(p, 'value');
          const type = childByField(p, 'type');
          if (value) visit(value, outer);
          if (type && !futureAnnotations) visit(type, outer);
          if (name) bindTarget(name, at, inner);
          break;
        }
        case 'typed_parameter': {
          const type = childByField(p, 'type');
          if (type && !futureAnnotations) visit(type, outer);
          for (const c of p.children) if (c.field !== 'type') bindParamName(c, at, inner);
          break;
        }
        case 'list_splat_pattern':
        case 'dictionary_splat_pattern':
        case 'tuple_pattern':
          bindParamName(p, at, inner);
          break;
        default:
          break;
      }
    }
  };
  const bindParamName = (node: PyNode, at: number, scope: Scope) => {
    if (node.type === 'identifier') bind(src.of(node), at, scope);
    else for (const c of node.children) bindParamName(c, at, scope);
  };

  const visitCasePattern = (node: PyNode, scope: Scope, at: number) => {
    switch (node.type) {
      case 'dotted_name': {
        const ids = node.children.filter((c) => c.type === 'identifier');
        if (ids.length === 1 && node.parent?.type === 'case_pattern') {
          const name = src.of(ids[0]);
          if (name !== '_') bind(name, at, scope);
        } else if (ids.length) visit(ids[0], scope);
        return;
      }
      case 'class_pattern': {
        for (const c of node.children) {
          if (c.type === 'dotted_name') {
            const first = c.children[0];
            if (first) visit(first, scope);
          } else visitCasePattern(c, scope, at);
        }
        return;
      }
      case 'keyword_pattern':
        node.children.slice(1).forEach((c) => visitCasePattern(c, scope, at));
        return;
      case 'splat_pattern':
        for (const c of node.children) if (c.type === 'identifier') bind(src.of(c), at, scope);
        return;
      case 'as_pattern':
        for (const c of node.children) {
          if (c.type === 'identifier') bind(src.of(c), at, scope);
          else visitCasePattern(c, scope, at);
        }
        return;
      case 'string':
      case 'concatenated_string':
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
      case 'none':
        return;
      default:
        for (const c of node.children) visitCasePattern(c, scope, at);
    }
  };

  const visitComprehension = (node: PyNode, scope: Scope) => {
    const clauses = node.children.filter((c) => c.type === 'for_in_clause');
    const first = clauses[0] && childByField(clauses[0], 'right');
    if (first) visit(first, scope);
    const inner = newScope('comprehension', node, scope);
    for (const clause of clauses) {
      const left = childByField(clause, 'left');
      if (left) bindTarget(left, node.start, inner);
      const right = childByField(clause, 'right');
      if (right && clause !== clauses[0]) visit(right, inner);
    }
    for (const c of node.children) if (c.type !== 'for_in_clause') visit(c, inner);
  };

  /**
   * An indexed loop, not for…of: the sampling heap profiler showed visit's array iterators and their
   * result objects as ~360 MB of allocation on 10,000 files (visit is not optimized enough to elide them).
   */
  const visitChildren = (node: PyNode, scope: Scope): void => {
    const children = node.children;
    for (let i = 0; i < children.length; i++) visit(children[i], scope);
  };
  const visit = (node: PyNode, scope: Scope): void => {
    switch (node.type) {
      case 'identifier':
        uses.push({ name: src.of(node), node, scope });
        return;
      case 'comment':
        return;
      case 'decorated_definition':
        visitChildren(node, scope);
        return;
      case 'function_definition': {
        const name = childByField(node, 'name');
        const inner = newScope('function', node, scope);
        visitParameters(childByField(node, 'parameters'), scope, inner, node.start);
        const ret = childByField(node, 'return_type');
        if (ret && !futureAnnotations) visit(ret, scope);
        if (name) bind(src.of(name), node.end, scope);
        const body = childByField(node, 'body');
        if (body) visit(body, inner);
        return;
      }
      case 'class_definition': {
        const name = childByField(node, 'name');
        const supers = childByField(node, 'superclasses');
        if (supers) visit(supers, scope);
        const inner = newScope('class', node, scope);
        const body = childByField(node, 'body');
        if (body) visit(body, inner);
        if (name) bind(src.of(name), node.end, scope);
        return;
      }
      case 'lambda': {
        const inner = newScope('lambda', node, scope);
        visitParameters(childByField(node, 'parameters'), scope, inner, node.start);
        const body = childByField(node, 'body');
        if (body) visit(body, inner);
        return;
      }
      case 'list_comprehension':
      case 'set_comprehension':
      case 'dictionary_comprehension':
      case 'generator_expression':
        visitComprehension(node, scope);
        return;
      case 'assignment': {
        const right = childByField(node, 'right');
        if (right) visit(right, scope);
        const type = childByField(node, 'type');
        if (type && annotationsEvaluated(scope)) visit(type, scope);
        const left = childByField(node, 'left');
        // An annotation without a value (`x: int`) binds nothing.
        if (left && (right || !type)) bindTarget(left, node.end, scope);
        else if (left && left.type !== 'identifier') visit(left, scope);
        return;
      }
      case 'augmented_assignment': {
        const left = childByField(node, 'left');
        const right = childByField(node, 'right');
        if (right) visit(right, scope);
        if (left) {
          visit(left, scope);
          if (left.type === 'identifier') bind(src.of(left), node.end, scope);
        }
        return;
      }
      case 'named_expression': {
        const value = childByField(node, 'value');
        if (value) visit(value, scope);
        let target = scope;
        while (target.kind === 'comprehension' && target.parent) target = target.parent;
        const name = childByField(node, 'name');
        if (name) bind(src.of(name), node.end, target);
        return;
      }
      case 'for_statement': {
        const right = childByField(node, 'right');
        if (right) visit(right, scope);
        const left = childByField(node, 'left');
        if (left) bindTarget(left, node.start, scope);
        scope.loops.push([node.start, node.end]);
        for (const c of node.children) if (c.field !== 'left' && c.field !== 'right') visit(c, scope);
        return;
      }
      case 'while_statement':
        scope.loops.push([node.start, node.end]);
        visitChildren(node, scope);
        return;
      case 'as_pattern': {
        // with … as x / except E as e
        for (const c of node.children) {
          if (c.type === 'as_pattern_target') for (const t of c.children) bindTarget(t, node.end, scope);
          else if (c.field === 'alias') for (const t of c.children) bindTarget(t, node.end, scope);
          else visit(c, scope);
        }
        return;
      }
      case 'import_statement':
      case 'import_from_statement':
        visitImport(node, scope);
        return;
      case 'future_import_statement':
        return;
      case 'global_statement':
        for (const c of node.children) if (c.type === 'identifier') scope.globals.add(src.of(c));
        return;
      case 'nonlocal_statement':
        for (const c of node.children) if (c.type === 'identifier') scope.nonlocals.add(src.of(c));
        return;
      case 'keyword_argument': {
        const value = childByField(node, 'value');
        if (value) visit(value, scope);
        return;
      }
      case 'attribute': {
        const obj = childByField(node, 'object');
        if (obj) visit(obj, scope);
        return;
      }
      case 'case_clause':
        for (const c of node.children) {
          if (c.type === 'case_pattern') visitCasePattern(c, scope, node.start);
          else visit(c, scope);
        }
        return;
      case 'dotted_name': {
        const first = node.children[0];
        if (first) visit(first, scope);
        return;
      }
      case 'type_alias_statement': {
        const left = childByField(node, 'left');
        const right = childByField(node, 'right');
        if (right) visit(right, scope);
        if (left) bindTarget(left.type === 'type' ? left.children[0] ?? left : left, node.end, scope);
        return;
      }
      default:
        visitChildren(node, scope);
    }
  };

  const visitImport = (node: PyNode, scope: Scope) => {
    if (node.type === 'import_statement') {
      for (const c of node.children) {
        if (c.type === 'dotted_name') {
          const full = src.of(c).replace(/\s+/g, '');
          const local = full.split('.')[0];
          bind(local, node.end, scope);
          imports.push({ local, qualified: local, statement: node, nameNode: c, from: false, scope });
          // `import a.b.c` also makes a.b.c reachable through `a`; keep the full path for lookups.
          if (full !== local) imports.push({ local: full, qualified: full, statement: node, nameNode: c, from: false, scope });
        } else if (c.type === 'aliased_import') {
          const name = childByField(c, 'name');
          const alias = childByField(c, 'alias');
          if (name && alias) {
            bind(src.of(alias), node.end, scope);
            imports.push({ local: src.of(alias), qualified: src.of(name).replace(/\s+/g, ''), statement: node, nameNode: name, from: false, scope });
          }
        }
      }
      return;
    }
    const moduleNode = childByField(node, 'module_name');
    const moduleName = moduleNode ? src.of(moduleNode).replace(/\s+/g, '') : '';
    for (const c of node.children) {
      if (c.type === 'wildcard_import') hasStarImport = true;
      if (c.field !== 'name') continue;
      if (c.type === 'dotted_name') {
        const name = src.of(c);
        bind(name, node.end, scope);
        imports.push({ local: name, qualified: `${moduleName}.${name}`, statement: node, nameNode: c, from: true, scope });
      } else if (c.type === 'aliased_import') {
        const name = childByField(c, 'name');
        const alias = childByField(c, 'alias');
        if (name && alias) {
          bind(src.of(alias), node.end, scope);
          imports.push({ local: src.of(alias), qualified: `${moduleName}.${src.of(name)}`, statement: node, nameNode: name, from: true, scope });
        }
      }
    }
  };

  for (const c of root.children) visit(c, module);
  return { module, scopes, uses, imports, hasStarImport, futureAnnotations, scopeOf };
}

const RUNS_IN_PLACE: ReadonlySet<ScopeKind> = new Set(['module', 'class', 'comprehension']);

function boundBefore(scope: Scope, name: string, offset: number): boolean {
  const at = scope.bindings.get(name);
  if (!at) return false;
  for (const o of at) if (o <= offset) return true;
  // Inside a loop, a binding later in the same loop is seen on the next iteration.
  for (const [s, e] of scope.loops) {
    if (s <= offset && offset < e) for (const o of at) if (s <= o && o <= e) return true;
  }
  return false;
}

/**
 * True when the name read at `use` resolves to a binding or a builtin. Module, class and
 * comprehension code runs where it stands, so there a binding must come first; function and lambda
 * bodies run later and see every binding of their enclosing scopes. Class scopes are invisible to
 * the scopes nested in them.
 */
export function resolves(use: NameUse, builtins: ReadonlySet<string>, module: Scope): boolean {
  const { name } = use;
  const offset = use.node.start;
  let scope: Scope | null = use.scope;
  if (scope.globals.size && scope.globals.has(name)) return module.bindings.has(name) || builtins.has(name);
  if (scope.nonlocals.size && scope.nonlocals.has(name)) return true;
  let ordered = RUNS_IN_PLACE.has(scope.kind);
  let first = true;
  while (scope) {
    if (first || scope.kind !== 'class') {
      if (ordered ? boundBefore(scope, name, offset) : scope.bindings.has(name)) return true;
    }
    const parent: Scope | null = scope.parent;
    ordered = ordered && scope.kind !== 'module' && parent !== null && RUNS_IN_PLACE.has(parent.kind) && scope.kind !== 'function' && scope.kind !== 'lambda';
    scope = parent;
    first = false;
  }
  return builtins.has(name);
}
