import type { EditSet, FixSafety, OffsetEdit } from '../../core/edits.js';
import type { Finding } from '../../core/finding.js';
import { childByField, stringValue, type PyNode, type SourceText } from '../ast.js';
import { ANY_REMOVED_CONTEXT_KEY, findImportChange, REMOVED_CONTEXT_KEYS, REMOVED_DAG_ARGUMENTS, REMOVED_OPERATOR_ARGUMENTS, REMOVED_TRIGGER_RULES, type ArgumentChange } from '../data/airflow3.js';
import { ARGUMENT_DROP_UNSAFE, CALL_REWRITES, EQUIVALENT_RENAMES, KEYWORD_RENAMES, NOT_DROP_IN, NOT_TAKEN_BY_SQL_EXECUTE, PROVIDER_OPERATOR_RENAMES, SAME_VALUE_CONTEXT_KEYS } from '../data/airflow3-fixes.js';
import type { ImportChange } from '../data/airflow3.js';
import type { DagModel } from '../model.js';
import type { ParsedTree } from '../parse-tree.js';
import { callArguments, type NameResolver } from '../resolve.js';
import type { ImportBinding, NameUse, Scope, ScopeAnalysis } from '../scopes.js';

/** What the fix derivation reads: the same parsed file the rules saw. */
export interface FixSource {
  src: SourceText;
  tree: ParsedTree;
  scopes: ScopeAnalysis;
  resolver: NameResolver;
  model: DagModel;
  /** The day days_ago(n) counts back from (default: now). */
  today?: Date;
}

interface PlannedFix {
  safety: FixSafety;
  description: string;
  edits: OffsetEdit[];
}

const FIXABLE_RULE = /^DAG[12]\d\d$/;
const IDENTIFIER = /^[A-Za-z_]\w*$/;
const QUALIFIED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/;

/**
 * Gives each DAG1xx/DAG2xx finding that has a mechanical rewrite its edits. Fixes are derived from
 * the rule id and the finding's range plus the version tables, so the rules only report.
 */
export function attachEdits(findings: Finding[], source: FixSource): void {
  if (!findings.some((f) => FIXABLE_RULE.test(f.ruleId) && f.range)) return;
  const plans = new Map<string, PlannedFix>();
  const planner = new FixPlanner(source, (ruleIds, start, end, fix) => {
    const r = source.src.range(start, end);
    for (const id of ruleIds) plans.set(`${id}:${r.startLine}:${r.startColumn}:${r.endLine}:${r.endColumn}`, fix);
  });
  planner.planAll(new Set(findings.map((f) => f.ruleId)));
  for (const f of findings) {
    const r = f.range;
    if (!r) continue;
    const plan = plans.get(`${f.ruleId}:${r.startLine}:${r.startColumn}:${r.endLine}:${r.endColumn}`);
    if (plan) f.edits = toEditSet(plan, source.src);
  }
}

function toEditSet(plan: PlannedFix, src: SourceText): EditSet {
  return { safety: plan.safety, description: plan.description, edits: plan.edits.map((e) => ({ range: src.range(e.start, e.end), newText: e.newText })) };
}

type Emit = (ruleIds: string[], start: number, end: number, fix: PlannedFix) => void;

/** An attribute chain reaching a moved name: `node` is the part naming it, `top` the whole chain (the finding's range). */
interface ChainRewrite {
  top: PyNode;
  node: PyNode;
  qualified: string;
  rewrite?: { newText: string; importModule: string; safety: FixSafety };
}

interface ImportTarget {
  module: string;
  name: string;
  alias?: string;
}

class FixPlanner {
  private readonly text: string;
  private readonly eol: string;
  constructor(
    private readonly s: FixSource,
    private readonly emit: Emit,
  ) {
    this.text = s.src.text;
    this.eol = this.text.includes('\r\n') ? '\r\n' : '\n';
  }

  planAll(ruleIds: Set<string>): void {
    if (ruleIds.has('DAG101') || ruleIds.has('DAG201') || ruleIds.has('DAG202')) {
      this.planImportStatements();
      this.planAttributeChains();
      this.planModuleImports();
    }
    if (ruleIds.has('DAG102')) this.planArguments(this.s.model.dagCalls, REMOVED_DAG_ARGUMENTS, 'DAG102');
    if (ruleIds.has('DAG103')) this.planArguments(this.s.model.taskCalls, REMOVED_OPERATOR_ARGUMENTS, 'DAG103');
    if (ruleIds.has('DAG104')) {
      this.planContextKeys();
      this.planTaskParameters();
    }
    if (ruleIds.has('DAG105')) this.planTriggerRules();
  }

  // ---------------------------------------------------------------------------------------------
  // Imports (DAG101 removed, DAG201 deprecated, DAG202 suggested update): one fix per `from … import …` statement.

  private planImportStatements(): void {
    const byStatement = new Map<PyNode, ImportBinding[]>();
    for (const imp of this.s.scopes.imports) {
      if (!imp.from) continue;
      let list = byStatement.get(imp.statement);
      if (!list) byStatement.set(imp.statement, (list = []));
      list.push(imp);
    }
    for (const [statement, bindings] of byStatement) {
      if (!bindings.some((b) => this.importChange(b.qualified))) continue;
      const fix = this.planImportStatement(statement, bindings);
      if (fix) this.emit(['DAG101', 'DAG201', 'DAG202'], statement.start, statement.end, fix);
    }
  }

  /**
   * The table entry an import's fix follows: Airflow's own moves, or a removed provider SQL operator
   * (the DAG101 finding for it comes from the provider table; only the rename lives here). A file
   * passing an argument SQLExecuteQueryOperator does not take gets no fix for it.
   */
  private importChange(qualified: string): ImportChange | undefined {
    const change = findImportChange(qualified);
    if (change) return change;
    const rename = PROVIDER_OPERATOR_RENAMES[qualified];
    if (!rename || NOT_TAKEN_BY_SQL_EXECUTE.some((arg) => this.text.includes(arg))) return undefined;
    return { path: qualified, kind: 'removed', replacement: rename.replacement, importFailsOn31: true };
  }

  private planImportStatement(statement: PyNode, bindings: ImportBinding[]): PlannedFix | undefined {
    const moduleNode = childByField(statement, 'module_name');
    if (!moduleNode || moduleNode.type !== 'dotted_name' || this.text.slice(statement.start, statement.end).includes('#')) return undefined;
    const module = this.text.slice(moduleNode.start, moduleNode.end).replace(/\s+/g, '');
    let safety: FixSafety = 'safe';
    const edits: OffsetEdit[] = [];
    const kept: Array<{ binding: ImportBinding; target: ImportTarget }> = [];
    const neededImports = new Set<string>();
    const described: string[] = [];
    for (const b of bindings) {
      const name = this.text.slice(b.nameNode.start, b.nameNode.end);
      const alias = b.local !== name ? b.local : undefined;
      const change = this.importChange(b.qualified);
      if (!change) {
        kept.push({ binding: b, target: { module, name, alias } });
        continue;
      }
      const rewrite = CALL_REWRITES[b.qualified];
      if (rewrite) {
        const callEdits = this.rewriteCalls(b, rewrite);
        if (!callEdits) return undefined;
        edits.push(...callEdits);
        if (callEdits.length) for (const m of rewrite.imports) neededImports.add(m);
        if (rewrite.safety === 'unsafe') safety = 'unsafe';
        described.push(`rewrite ${name}() calls`);
        continue;
      }
      const target = importTarget(b.qualified, change.path, change.matchPrefix === true, change.replacement, name);
      if (!target) return undefined;
      if (target.name !== name) {
        if (!EQUIVALENT_RENAMES.has(b.qualified)) safety = 'unsafe';
        if (alias) target.alias = alias;
        else {
          // Rename the uses, unless the new name already means something else in the file.
          const renamed = this.renameUses(b, target.name, `${target.module}.${target.name}`);
          if (renamed === undefined) target.alias = name;
          else edits.push(...renamed);
        }
        edits.push(...this.renameKeywords(b, KEYWORD_RENAMES[b.qualified] ?? PROVIDER_OPERATOR_RENAMES[b.qualified]?.keywords));
      } else if (alias) target.alias = alias;
      described.push(`${name} from ${target.module}`);
      kept.push({ binding: b, target });
    }
    for (const m of neededImports) {
      if (!this.moduleImportAvailable(m)) return undefined;
    }
    const importsToAdd = [...neededImports].filter((m) => !this.hasModuleImport(m));
    // Group what stays by module, in the order of first appearance; drop repeats.
    const groups = new Map<string, string[]>();
    for (const { target } of kept) {
      const item = target.alias && target.alias !== target.name ? `${target.name} as ${target.alias}` : target.name;
      const list = groups.get(target.module) ?? [];
      if (!list.includes(item)) list.push(item);
      groups.set(target.module, list);
    }
    const atModuleLevel = statement.parent?.type === 'module';
    const lineStart = this.text.lastIndexOf('\n', statement.start - 1) + 1;
    const indent = this.text.slice(lineStart, statement.start);
    const lines: string[] = importsToAdd.map((m) => `import ${m}`);
    for (const [target, items] of groups) {
      const merge = atModuleLevel && target !== module ? this.mergeTarget(target, statement) : undefined;
      if (merge) {
        const already = new Set(merge.items);
        const fresh = items.filter((i) => !already.has(i));
        if (fresh.length) edits.push({ start: merge.insertAt, end: merge.insertAt, newText: `, ${fresh.join(', ')}` });
        continue;
      }
      lines.push(formatFromImport(target, items, indent, this.eol));
    }
    if (lines.length === 0) {
      // Everything moved into other statements: the statement goes, with its line when it has one to itself.
      if (!atModuleLevel) lines.push('pass');
      else {
        const del = this.wholeLines(statement.start, statement.end);
        edits.push({ start: del.start, end: del.end, newText: '' });
        return { safety, description: `Import ${described.join(', ')}.`, edits };
      }
    }
    const replacement = lines.join(this.eol + indent);
    if (replacement !== this.text.slice(statement.start, statement.end)) edits.push({ start: statement.start, end: statement.end, newText: replacement });
    if (edits.length === 0) return undefined;
    return { safety, description: `Import ${described.join(', ')}.`, edits };
  }

  /** Edits for every call of a removed function, or undefined when one use is not a rewritable call. */
  private rewriteCalls(b: ImportBinding, rewrite: (typeof CALL_REWRITES)[string]): OffsetEdit[] | undefined {
    const uses = this.usesOf(b);
    if (!uses) return undefined;
    const edits: OffsetEdit[] = [];
    for (const use of uses) {
      const call = use.parent;
      if (call?.type !== 'call' || childByField(call, 'function') !== use) return undefined;
      const expr = this.rewriteCall(call, rewrite);
      if (!expr) return undefined;
      edits.push({ start: call.start, end: call.end, newText: expr });
    }
    return edits;
  }

  private rewriteCall(call: PyNode, rewrite: (typeof CALL_REWRITES)[string]): string | undefined {
    const args = childByField(call, 'arguments');
    if (!args || args.type !== 'argument_list') return undefined;
    const positional: string[] = [];
    const keywords: string[] = [];
    for (const a of args.children) {
      if (a.type === 'comment') return undefined;
      if (a.type === 'keyword_argument') keywords.push(this.text.slice(a.start, a.end));
      else if (a.type === 'list_splat' || a.type === 'dictionary_splat') return undefined;
      else positional.push(this.text.slice(a.start, a.end));
    }
    return rewrite.rewrite({ positional, keywords }, this.s.today ?? new Date());
  }

  /**
   * Every read of an imported name, when all of them surely mean this import: the name is bound
   * once in its scope and nowhere else in the file (no shadowing to reason about).
   */
  private usesOf(b: ImportBinding): PyNode[] | undefined {
    for (const scope of this.s.scopes.scopes) {
      const at = scope.bindings.get(b.local);
      if (!at) continue;
      if (scope !== b.scope || at.length !== 1) return undefined;
    }
    if (this.s.scopes.hasStarImport) return undefined;
    return this.usesNamed(b.local)?.map((u) => u.node) ?? [];
  }

  /** The file's reads of a name, in file order; built on first need (a file has hundreds of reads, asked about per import). */
  private usesByName: Map<string, NameUse[]> | undefined;
  private usesNamed(name: string): NameUse[] | undefined {
    if (!this.usesByName) {
      this.usesByName = new Map();
      for (const u of this.s.scopes.uses) {
        const list = this.usesByName.get(u.name);
        if (list) list.push(u);
        else this.usesByName.set(u.name, [u]);
      }
    }
    return this.usesByName.get(name);
  }

  /** Edits renaming every use of an import, or undefined when the new name is taken by something else. */
  private renameUses(b: ImportBinding, newName: string, newQualified: string): OffsetEdit[] | undefined {
    const uses = this.usesOf(b);
    if (!uses) return undefined;
    for (const scope of this.s.scopes.scopes) {
      if (!scope.bindings.has(newName)) continue;
      // Taken, unless by an import of the very same object.
      const same = this.s.scopes.imports.some((i) => i.scope === scope && i.local === newName && i.qualified === newQualified);
      if (!same) return undefined;
    }
    if (this.usesNamed(newName) && !this.s.scopes.imports.some((i) => i.local === newName)) return undefined;
    return uses.map((u) => ({ start: u.start, end: u.end, newText: newName }));
  }

  /** Keyword renames in the calls of a renamed callable (DatasetOrTimeSchedule(datasets=…) → AssetOrTimeSchedule(assets=…)). */
  private renameKeywords(b: ImportBinding, renames: Record<string, string> | undefined): OffsetEdit[] {
    if (!renames) return [];
    const edits: OffsetEdit[] = [];
    for (const use of this.usesOf(b) ?? []) {
      const call = use.parent;
      if (call?.type !== 'call' || childByField(call, 'function') !== use) continue;
      for (const [name, node] of callArguments(call, this.s.src).keywordNames) {
        const to = renames[name];
        if (to) edits.push({ start: node.start, end: node.end, newText: to });
      }
    }
    return edits;
  }

  /** A module-level `from <module> import …` statement (other than `except`) to add names to. */
  private mergeTarget(module: string, except: PyNode): { insertAt: number; items: string[] } | undefined {
    for (const stmt of this.s.tree.root.children) {
      if (stmt === except || stmt.type !== 'import_from_statement') continue;
      const m = childByField(stmt, 'module_name');
      if (!m || m.type !== 'dotted_name' || this.text.slice(m.start, m.end).replace(/\s+/g, '') !== module) continue;
      const names = stmt.children.filter((c) => c.field === 'name');
      if (names.length === 0 || this.text.slice(stmt.start, stmt.end).includes('#')) continue;
      // Names only added before a use can see them: the statement must come before the one it replaces.
      if (stmt.start > except.start) continue;
      const items = names.map((n) => this.text.slice(n.start, n.end).replace(/\s+/g, ' '));
      return { insertAt: names[names.length - 1].end, items };
    }
    return undefined;
  }

  /** `import m` can be added (or is there): the head name is free or bound by an import of it. */
  private moduleImportAvailable(module: string): boolean {
    const head = module.split('.')[0];
    const holders = this.s.scopes.imports.filter((i) => i.local === head);
    if (holders.length) return holders.every((i) => !i.from && i.qualified === head);
    return !this.s.scopes.module.bindings.has(head) && !this.s.scopes.scopes.some((sc) => sc.bindings.has(head));
  }

  private hasModuleImport(module: string): boolean {
    return this.s.scopes.imports.some((i) => !i.from && i.local === module && i.scope === this.s.scopes.module);
  }

  /** [start, end) covering the statement's whole lines when nothing else shares them. */
  private wholeLines(start: number, end: number): { start: number; end: number } {
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    let lineEnd = this.text.indexOf('\n', end);
    if (lineEnd === -1) lineEnd = this.text.length;
    const before = this.text.slice(lineStart, start);
    const after = this.text.slice(end, lineEnd).replace(/\r$/, '');
    if (before.trim() === '' && after.trim() === '') return { start: lineStart, end: Math.min(lineEnd + 1, this.text.length) };
    return { start, end };
  }

  /** `dates.days_ago(1)` through `from airflow.utils import dates`: the call is rewritten in place. */
  private planAttributeChains(): void {
    const calls = this.s.tree.index.get('call') ?? [];
    for (const call of calls) {
      const fn = childByField(call, 'function');
      if (fn?.type !== 'attribute') continue;
      const qualified = this.s.resolver.qualify(fn);
      const rewrite = qualified ? CALL_REWRITES[qualified] : undefined;
      if (!rewrite) continue;
      const expr = this.rewriteCall(call, rewrite);
      if (!expr || !rewrite.imports.every((m) => this.moduleImportAvailable(m))) continue;
      const edits: OffsetEdit[] = [{ start: call.start, end: call.end, newText: expr }];
      const missing = rewrite.imports.filter((m) => !this.hasModuleImport(m));
      if (missing.length) {
        const anchor = this.firstImportStatement();
        if (!anchor) continue;
        const at = this.text.lastIndexOf('\n', anchor.start - 1) + 1;
        edits.push({ start: at, end: at, newText: missing.map((m) => `import ${m}${this.eol}`).join('') });
      }
      this.emit(['DAG101', 'DAG201', 'DAG202'], fn.start, fn.end, { safety: rewrite.safety, description: `Rewrite ${this.text.slice(fn.start, fn.end)}().`, edits });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Whole-module imports: `import airflow.operators.bash_operator` (uses spelled
  // `airflow.operators.bash_operator.BashOperator`), `import … as bo` (uses `bo.BashOperator`), and
  // chains through a clean import (`from airflow import operators` … `operators.bash_operator.X`).

  private planModuleImports(): void {
    const failingPlain = new Map<string, ImportBinding>();
    for (const imp of this.s.scopes.imports) {
      if (imp.from || !this.importChange(imp.qualified)) continue;
      if (imp.local === imp.qualified && imp.local.includes('.')) failingPlain.set(imp.qualified, imp);
      else if (imp.local !== imp.qualified) this.planAliasedModuleImport(imp);
    }
    const chains = this.moduleChains();
    if (!chains) return;
    // Chains through a failing `import D` are fixed with that statement (it is replaced by the new imports).
    const underFailing = (c: ChainRewrite) => [...failingPlain.keys()].find((d) => c.qualified === d || c.qualified.startsWith(`${d}.`));
    for (const c of chains) {
      if (underFailing(c) || !c.rewrite) continue;
      const edits: OffsetEdit[] = [{ start: c.node.start, end: c.node.end, newText: c.rewrite.newText }];
      if (!this.moduleImportAvailable(c.rewrite.importModule)) continue;
      if (!this.hasModuleImport(c.rewrite.importModule)) {
        const anchor = this.firstImportStatement();
        if (!anchor) continue;
        const at = this.text.lastIndexOf('\n', anchor.start - 1) + 1;
        edits.push({ start: at, end: at, newText: `import ${c.rewrite.importModule}${this.eol}` });
      }
      this.emit(['DAG101', 'DAG201', 'DAG202'], c.top.start, c.top.end, { safety: c.rewrite.safety, description: `Use ${c.rewrite.newText}.`, edits });
    }
    for (const [dotted, imp] of failingPlain) {
      const mine = chains.filter((c) => underFailing(c) === dotted);
      this.planPlainModuleImport(imp, mine);
    }
  }

  /**
   * `import D` where D moved: every chain through it is rewritten to the new path, and the statement
   * imports the new modules instead (it keeps binding the package name for the file's other chains).
   */
  private planPlainModuleImport(imp: ImportBinding, chains: ChainRewrite[]): void {
    const statement = imp.statement;
    const names = statement.children.filter((c) => c.type === 'dotted_name' || c.type === 'aliased_import');
    if (names.length !== 1 || this.text.slice(statement.start, statement.end).includes('#')) return;
    if (chains.some((c) => !c.rewrite)) return;
    const head = imp.qualified.split('.')[0];
    const modules: string[] = [];
    for (const c of chains) if (!modules.includes(c.rewrite!.importModule)) modules.push(c.rewrite!.importModule);
    if (modules.length === 0) {
      // Imported for its side effects or to bind the package: import the module where it lives now.
      const change = this.importChange(imp.qualified);
      if (!change?.matchPrefix || change.path !== imp.qualified || !isModulePath(change.replacement)) return;
      modules.push(change.replacement!);
    }
    if (modules.some((m) => m.split('.')[0] !== head)) return;
    const fresh = modules.filter((m) => !this.s.scopes.imports.some((i) => !i.from && i.local === m && i.statement !== statement && i.scope === imp.scope));
    const lineStart = this.text.lastIndexOf('\n', statement.start - 1) + 1;
    const indent = this.text.slice(lineStart, statement.start);
    const edits: OffsetEdit[] = chains.map((c) => ({ start: c.node.start, end: c.node.end, newText: c.rewrite!.newText }));
    // The package name stays bound for other chains of the file even when every module is imported elsewhere.
    const lines = fresh.length ? fresh.map((m) => `import ${m}`) : [`import ${head}`];
    edits.push({ start: statement.start, end: statement.end, newText: lines.join(this.eol + indent) });
    const fix: PlannedFix = { safety: chains.some((c) => c.rewrite!.safety === 'unsafe') ? 'unsafe' : 'safe', description: `Import ${modules.join(', ')} instead of ${imp.qualified}.`, edits };
    this.emit(['DAG101', 'DAG201', 'DAG202'], statement.start, statement.end, fix);
    for (const c of chains) this.emit(['DAG101', 'DAG201', 'DAG202'], c.top.start, c.top.end, fix);
  }

  /**
   * `import D as A` where the module D moved as a whole: the statement names the new module and the
   * alias keeps every use working, as long as each `A.name` is still that module's name (a name with
   * its own entry elsewhere, or a use of A that is not `A.name`, leaves the file alone).
   */
  private planAliasedModuleImport(imp: ImportBinding): void {
    const change = this.importChange(imp.qualified);
    const statement = imp.statement;
    if (!change?.matchPrefix || change.path !== imp.qualified || !isModulePath(change.replacement)) return;
    if (statement.children.filter((c) => c.type === 'dotted_name' || c.type === 'aliased_import').length !== 1) return;
    const uses = this.usesOf(imp);
    if (!uses) return;
    for (const use of uses) {
      const attr = use.parent;
      if (attr?.type !== 'attribute' || childByField(attr, 'object') !== use) return;
      const name = childByField(attr, 'attribute');
      if (!name) return;
      const attrName = this.text.slice(name.start, name.end);
      const q = `${imp.qualified}.${attrName}`;
      if (CALL_REWRITES[q]) return;
      // The name's own entry, if it has one, must lead to the same name in the new module.
      const own = this.importChange(q);
      if (own && own !== change) {
        const target = importTarget(q, own.path, own.matchPrefix === true, own.replacement, attrName);
        if (!target || target.module !== change.replacement || target.name !== attrName) return;
      }
    }
    this.emit(['DAG101', 'DAG201', 'DAG202'], statement.start, statement.end, {
      safety: 'safe',
      description: `Import ${change.replacement} as ${imp.local}.`,
      edits: [{ start: imp.nameNode.start, end: imp.nameNode.end, newText: change.replacement! }],
    });
  }

  /**
   * Attribute chains on a module-level import whose name moved, each with its rewrite to the new
   * dotted path (undefined when there is no importable drop-in). Undefined when the file rebinds an
   * imported head name somewhere, so a chain might not mean the import.
   */
  private moduleChains(): ChainRewrite[] | undefined {
    const out: ChainRewrite[] = [];
    const moduleImports = new Map<string, number>();
    for (const i of this.s.scopes.imports) if (i.scope === this.s.scopes.module && !i.local.includes('.')) moduleImports.set(i.local, (moduleImports.get(i.local) ?? 0) + 1);
    for (const use of this.s.scopes.uses) {
      const parent = use.node.parent;
      if (parent?.type !== 'attribute' || childByField(parent, 'object') !== use.node || !moduleImports.has(use.name)) continue;
      const levels: PyNode[] = [];
      for (let n: PyNode | null = parent; n?.type === 'attribute' && (n === parent || childByField(n, 'object') === levels[levels.length - 1]); n = n.parent) levels.push(n);
      const top = levels[levels.length - 1];
      const found = this.chainRewrite(levels);
      if (!found) continue;
      // Every binding of the head must be one of its module-level imports.
      if (this.s.scopes.module.bindings.get(use.name)?.length !== moduleImports.get(use.name) || this.s.scopes.scopes.some((sc) => sc !== this.s.scopes.module && sc.bindings.has(use.name))) return undefined;
      if (found === 'elsewhere') continue;
      out.push({ top, ...found });
    }
    return out;
  }

  private chainRewrite(levels: PyNode[]): Omit<ChainRewrite, 'top'> | 'elsewhere' | undefined {
    for (let k = 0; k < levels.length; k++) {
      const node = levels[k];
      const q = this.s.resolver.qualify(node);
      if (!q) return undefined;
      if (CALL_REWRITES[q]) return 'elsewhere';
      const change = this.importChange(q);
      if (!change) continue;
      if (change.path !== q) return { node, qualified: q };
      const text = this.text.slice(node.start, node.end);
      if (text.includes('#') || text.includes('\n')) return { node, qualified: q };
      if (change.matchPrefix) {
        // A moved module: a name below it with an entry of its own is rewritten to that entry's target.
        const next = levels[k + 1];
        const qn = next ? this.s.resolver.qualify(next) : undefined;
        const own = qn ? findImportChange(qn) : undefined;
        if (qn && own && own.path === qn) continue;
        if (qn && CALL_REWRITES[qn]) return 'elsewhere';
        if (!isModulePath(change.replacement)) return { node, qualified: q };
        return { node, qualified: q, rewrite: { newText: change.replacement!, importModule: change.replacement!, safety: 'safe' } };
      }
      const name = q.slice(q.lastIndexOf('.') + 1);
      const target = importTarget(q, change.path, false, change.replacement, name);
      if (!target) return { node, qualified: q };
      const safety: FixSafety = target.name === name || EQUIVALENT_RENAMES.has(q) ? 'safe' : 'unsafe';
      return { node, qualified: q, rewrite: { newText: `${target.module}.${target.name}`, importModule: target.module, safety } };
    }
    return undefined;
  }

  private firstImportStatement(): PyNode | undefined {
    return this.s.tree.root.children.find((c) => c.type === 'import_statement' || c.type === 'import_from_statement');
  }

  // ---------------------------------------------------------------------------------------------
  // Arguments (DAG102, DAG103): rename to the new keyword, or delete.

  private planArguments(calls: PyNode[], table: ArgumentChange[], ruleId: string): void {
    const byName = new Map(table.map((a) => [a.name, a]));
    for (const call of calls) {
      const { keywordNames } = callArguments(call, this.s.src);
      for (const [name, nameNode] of keywordNames) {
        const change = byName.get(name);
        if (!change) continue;
        const kw = nameNode.parent;
        if (!kw || kw.type !== 'keyword_argument') continue;
        let fix: PlannedFix | undefined;
        if (change.replacement && IDENTIFIER.test(change.replacement)) {
          if (keywordNames.has(change.replacement)) continue;
          fix = { safety: 'safe', description: `Rename ${name}= to ${change.replacement}=.`, edits: [{ start: nameNode.start, end: nameNode.end, newText: change.replacement }] };
        } else if (!change.replacement) {
          const del = this.deleteArgument(kw);
          if (del) fix = { safety: ARGUMENT_DROP_UNSAFE.has(name) ? 'unsafe' : 'safe', description: `Remove ${name}=.`, edits: [del] };
        }
        if (fix) this.emit([ruleId], nameNode.start, nameNode.end, fix);
      }
    }
  }

  /** Deletes one argument with its comma; its whole line when it sat alone on it. */
  private deleteArgument(arg: PyNode): OffsetEdit | undefined {
    const t = this.text;
    let after = arg.end;
    while (after < t.length && (t[after] === ' ' || t[after] === '\t')) after++;
    if (t[after] === ',') {
      after++;
      while (after < t.length && (t[after] === ' ' || t[after] === '\t')) after++;
      const lineStart = t.lastIndexOf('\n', arg.start - 1) + 1;
      if (t.slice(lineStart, arg.start).trim() === '' && (t[after] === '\n' || t.startsWith('\r\n', after))) {
        return { start: lineStart, end: after + (t[after] === '\n' ? 1 : 2), newText: '' };
      }
      return { start: arg.start, end: after, newText: '' };
    }
    // The last argument: take the comma before it.
    let before = arg.start - 1;
    while (before >= 0 && /\s/.test(t[before])) before--;
    if (t[before] === ',') {
      const between = t.slice(before, arg.start);
      if (between.includes('#')) return undefined;
      return { start: before, end: arg.end, newText: '' };
    }
    if (t[before] === '(') return { start: arg.start, end: arg.end, newText: '' };
    return undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Context keys (DAG104) and trigger rules (DAG105): the key or value is replaced in place.

  private planContextKeys(): void {
    const keys = new Map(REMOVED_CONTEXT_KEYS.map((k) => [k.name, k]));
    const safetyOf = (name: string): FixSafety => (SAME_VALUE_CONTEXT_KEYS.has(name) ? 'safe' : 'unsafe');
    // context["execution_date"], context.get("execution_date")
    const replaceKey = (node: PyNode) => {
      const key = stringValue(node, this.s.src);
      const change = key !== undefined ? keys.get(key) : undefined;
      if (!change?.replacement || !IDENTIFIER.test(change.replacement)) return;
      const raw = this.text.slice(node.start, node.end);
      const at = raw.indexOf(key!);
      if (at === -1 || raw.indexOf(key!, at + 1) !== -1) return;
      const start = node.start + at;
      this.emit(['DAG104'], node.start, node.end, { safety: safetyOf(key!), description: `Read ${change.replacement} instead of ${key}.`, edits: [{ start, end: start + key!.length, newText: change.replacement }] });
    };
    for (const n of this.s.tree.index.get('subscript') ?? []) {
      const key = childByField(n, 'subscript');
      if (key && (key.type === 'string' || key.type === 'concatenated_string')) replaceKey(key);
    }
    for (const n of this.s.tree.index.get('call') ?? []) {
      const fn = childByField(n, 'function');
      if (fn?.type !== 'attribute') continue;
      const first = childByField(n, 'arguments')?.children[0];
      if (first && first.type === 'string') replaceKey(first);
    }
    // "{{ execution_date }}" in templates: the finding covers the name itself.
    if (!this.text.includes('{{') && !this.text.includes('{%')) return;
    for (const n of this.s.tree.index.get('string') ?? []) {
      const raw = this.text.slice(n.start, n.end);
      // Only a string naming a removed key as a whole word can get an edit: the others are not tokenized.
      if (!ANY_REMOVED_CONTEXT_KEY.test(raw)) continue;
      for (const m of raw.matchAll(/\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}/g)) {
        const inner = m[1] ?? m[2] ?? '';
        const innerStart = n.start + m.index! + 2;
        const code = inner.replace(/'[^']*'|"[^"]*"/g, (s) => ' '.repeat(s.length));
        for (const w of code.matchAll(/[A-Za-z_]\w*/g)) {
          const change = keys.get(w[0]);
          if (!change?.replacement) continue;
          let j = w.index! - 1;
          while (j >= 0 && /\s/.test(code[j])) j--;
          if (code[j] === '.') continue;
          const expr = templateReplacement(change.replacement);
          if (!expr) continue;
          const rest = code.slice(w.index! + w[0].length).trimStart();
          const bare = IDENTIFIER.test(expr) || rest === '' || rest.startsWith('|');
          const start = innerStart + w.index!;
          this.emit(['DAG104'], start, start + w[0].length, { safety: safetyOf(w[0]), description: `Use ${expr} instead of ${w[0]} in the template.`, edits: [{ start, end: start + w[0].length, newText: bare ? expr : `(${expr})` }] });
        }
      }
    }
  }

  /**
   * Parameters of @task functions and python_callables named after a removed context key
   * (`def load(execution_date, **context)`). Airflow 3.1 no longer passes them: a @task without a
   * default fails to import (TypeError: missing a required argument), a python_callable fails when
   * the task runs, and one with a default silently gets it. The parameter and every use of it in
   * the body are renamed to the key with the same meaning, when the table names one.
   */
  private planTaskParameters(): void {
    const keys = new Map(REMOVED_CONTEXT_KEYS.map((k) => [k.name, k]));
    const defs = new Set<PyNode>([...this.s.model.taskFunctions.values()].map((t) => t.def));
    for (const dag of this.s.model.dags) for (const t of dag.tasks) if (t.callable) defs.add(t.callable);
    for (const def of defs) {
      const params = childByField(def, 'parameters');
      const body = childByField(def, 'body');
      const scope = this.s.scopes.scopeOf.get(def);
      if (!params || !body || !scope) continue;
      for (const p of params.children) {
        const id = p.type === 'identifier' ? p : p.type === 'default_parameter' || p.type === 'typed_default_parameter' ? childByField(p, 'name') : p.type === 'typed_parameter' ? p.children.find((c) => c.type === 'identifier') : undefined;
        if (id?.type !== 'identifier') continue;
        const name = this.text.slice(id.start, id.end);
        const change = keys.get(name);
        if (!change?.replacement || !IDENTIFIER.test(change.replacement)) continue;
        const renames = this.parameterRename(def, scope, body, name, change.replacement);
        if (!renames) continue;
        const hasDefault = p.type !== 'identifier' && p.type !== 'typed_parameter';
        // With a default, 3.1 runs the task with the default: the fix changes what it does there.
        const safety: FixSafety = SAME_VALUE_CONTEXT_KEYS.has(name) && !hasDefault ? 'safe' : 'unsafe';
        this.emit(['DAG104'], id.start, id.end, {
          safety,
          description: `Rename parameter ${name} to ${change.replacement}.`,
          edits: [{ start: id.start, end: id.end, newText: change.replacement }, ...renames],
        });
      }
    }
  }

  /**
   * Edits renaming a parameter's uses in the function body, or undefined when that is not surely
   * the same thing: a nested scope or import binds either name, the new name is already read or
   * bound in the function, or the file passes the old name by keyword (`f(execution_date=…)`,
   * op_kwargs={"execution_date": …}) outside the function, which the rename would break.
   */
  private parameterRename(def: PyNode, scope: Scope, body: PyNode, from: string, to: string): OffsetEdit[] | undefined {
    if (scope.bindings.has(to) || scope.globals.has(from) || scope.nonlocals.has(from)) return undefined;
    for (const sc of this.s.scopes.scopes) {
      if (sc === scope || sc.node.start < def.start || sc.node.end > def.end) continue;
      if (sc.bindings.has(from) || sc.bindings.has(to) || sc.nonlocals.has(from) || sc.globals.has(from)) return undefined;
    }
    if (this.s.scopes.imports.some((i) => i.scope === scope && i.local === from)) return undefined;
    const edits: OffsetEdit[] = [];
    const stack = [body];
    while (stack.length) {
      const n = stack.pop()!;
      for (const c of n.children) stack.push(c);
      if (n.type !== 'identifier') continue;
      const text = this.text.slice(n.start, n.end);
      if (text !== from && text !== to) continue;
      // `obj.execution_date` and `call(execution_date=…)` name something else.
      const parent = n.parent;
      if (parent?.type === 'attribute' && n.field === 'attribute') continue;
      if (parent?.type === 'keyword_argument' && n.field === 'name') continue;
      if (text === to) return undefined;
      edits.push({ start: n.start, end: n.end, newText: to });
    }
    for (const list of this.s.tree.index.get('argument_list') ?? []) {
      if (list.start >= def.start && list.end <= def.end) continue;
      for (const n of list.children) {
        const kw = n.type === 'keyword_argument' ? childByField(n, 'name') : undefined;
        if (kw && this.text.slice(kw.start, kw.end) === from) return undefined;
      }
    }
    for (const n of this.s.tree.index.get('string') ?? []) {
      if (n.start >= def.start && n.end <= def.end) continue;
      if (stringValue(n, this.s.src) === from) return undefined;
    }
    return edits;
  }

  private planTriggerRules(): void {
    const rules = new Map(REMOVED_TRIGGER_RULES.map((r) => [r.name, r]));
    for (const call of this.s.model.taskCalls) {
      const value = callArguments(call, this.s.src).keywords.get('trigger_rule');
      if (!value) continue;
      const str = stringValue(value, this.s.src);
      if (str !== undefined) {
        const change = rules.get(str);
        const raw = this.text.slice(value.start, value.end);
        if (!change?.replacement || value.type !== 'string' || !raw.includes(str)) continue;
        const at = value.start + raw.indexOf(str);
        this.emit(['DAG105'], value.start, value.end, { safety: 'safe', description: `Use trigger rule ${change.replacement}.`, edits: [{ start: at, end: at + str.length, newText: change.replacement }] });
      } else if (value.type === 'attribute') {
        const attr = childByField(value, 'attribute')!;
        const change = rules.get(this.text.slice(attr.start, attr.end).toLowerCase());
        if (!change?.replacement) continue;
        this.emit(['DAG105'], value.start, value.end, { safety: 'safe', description: `Use TriggerRule.${change.replacement.toUpperCase()}.`, edits: [{ start: attr.start, end: attr.end, newText: change.replacement.toUpperCase() }] });
      }
    }
  }
}

/** The Jinja expression a context-key replacement names: an identifier, or `Use {{ expr }} instead.` */
function templateReplacement(replacement: string): string | undefined {
  if (IDENTIFIER.test(replacement)) return replacement;
  const m = /^Use \{\{ ([^{}]+?) \}\} instead\.$/.exec(replacement);
  return m ? m[1] : undefined;
}

/**
 * Where an imported name lives now: the table's replacement for this exact name, or its module's
 * new home for a module-wide entry. Undefined when there is no importable drop-in.
 */
function importTarget(qualified: string, path: string, matchPrefix: boolean, replacement: string | undefined, name: string): ImportTarget | undefined {
  if (!replacement || !QUALIFIED.test(replacement) || NOT_DROP_IN.has(replacement)) return undefined;
  const parts = replacement.split('.');
  if (path === qualified) {
    // A class member (…BaseAuthManager.is_authorized_asset) cannot be imported.
    if (/^[A-Z]/.test(parts[parts.length - 2])) return undefined;
    return { module: parts.slice(0, -1).join('.'), name: parts[parts.length - 1] };
  }
  // Module-wide entry: the module moved and keeps its names (only when the replacement is a module).
  if (matchPrefix && qualified === `${path}.${name}` && /^[a-z_][a-z0-9_]*$/.test(parts[parts.length - 1])) return { module: replacement, name };
  return undefined;
}

/** A dotted module path (`airflow.providers.standard.operators.bash`), not a class or function. */
function isModulePath(path: string | undefined): boolean {
  return path !== undefined && QUALIFIED.test(path) && /^[a-z_][a-z0-9_]*$/.test(path.slice(path.lastIndexOf('.') + 1));
}

/** `from m import a, b`, wrapped in parentheses when longer than 100 characters. */
function formatFromImport(module: string, items: string[], indent: string, eol: string): string {
  const line = `from ${module} import ${items.join(', ')}`;
  if (indent.length + line.length <= 100) return line;
  return `from ${module} import (${eol}${items.map((i) => `${indent}    ${i},`).join(eol)}${eol}${indent})`;
}
