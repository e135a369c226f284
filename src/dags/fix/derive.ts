import type { EditSet, FixSafety, OffsetEdit } from '../../core/edits.js';
import type { Finding } from '../../core/finding.js';
import { childByField, stringValue, type PyNode, type SourceText } from '../ast.js';
import { findImportChange, REMOVED_CONTEXT_KEYS, REMOVED_DAG_ARGUMENTS, REMOVED_OPERATOR_ARGUMENTS, REMOVED_TRIGGER_RULES, type ArgumentChange } from '../data/airflow3.js';
import { ARGUMENT_DROP_UNSAFE, CALL_REWRITES, EQUIVALENT_RENAMES, KEYWORD_RENAMES, NOT_DROP_IN, NOT_TAKEN_BY_SQL_EXECUTE, PROVIDER_OPERATOR_RENAMES, SAME_VALUE_CONTEXT_KEYS } from '../data/airflow3-fixes.js';
import type { ImportChange } from '../data/airflow3.js';
import type { DagModel } from '../model.js';
import type { ParsedTree } from '../parse-tree.js';
import { callArguments, type NameResolver } from '../resolve.js';
import type { ImportBinding, ScopeAnalysis } from '../scopes.js';

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
    }
    if (ruleIds.has('DAG102')) this.planArguments(this.s.model.dagCalls, REMOVED_DAG_ARGUMENTS, 'DAG102');
    if (ruleIds.has('DAG103')) this.planArguments(this.s.model.taskCalls, REMOVED_OPERATOR_ARGUMENTS, 'DAG103');
    if (ruleIds.has('DAG104')) this.planContextKeys();
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
    return this.s.scopes.uses.filter((u) => u.name === b.local).map((u) => u.node);
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
    if (this.s.scopes.uses.some((u) => u.name === newName && !this.s.scopes.imports.some((i) => i.local === newName))) return undefined;
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

/** `from m import a, b`, wrapped in parentheses when longer than 100 characters. */
function formatFromImport(module: string, items: string[], indent: string, eol: string): string {
  const line = `from ${module} import ${items.join(', ')}`;
  if (indent.length + line.length <= 100) return line;
  return `from ${module} import (${eol}${items.map((i) => `${indent}    ${i},`).join(eol)}${eol}${indent})`;
}
