import { childByField, type PyNode, type SourceText } from './ast.js';
import type { ImportBinding, Scope, ScopeAnalysis } from './scopes.js';

/**
 * Resolves expressions to the fully-qualified names they refer to through the file's imports:
 * `DAG` after `from airflow import DAG` → `airflow.DAG`; `dates.days_ago` after
 * `from airflow.utils import dates` → `airflow.utils.dates.days_ago`.
 */
export class NameResolver {
  private readonly byScope = new Map<Scope, Map<string, ImportBinding>>();

  constructor(
    private readonly scopes: ScopeAnalysis,
    private readonly src: SourceText,
  ) {
    for (const imp of scopes.imports) {
      let map = this.byScope.get(imp.scope);
      if (!map) this.byScope.set(imp.scope, (map = new Map()));
      if (!map.has(imp.local) || imp.from) map.set(imp.local, imp);
    }
  }

  /** The innermost scope containing `node` (walks up to the nearest scope-owning node). */
  scopeAt(node: PyNode): Scope {
    for (let n: PyNode | null = node.parent; n; n = n.parent) {
      const s = this.scopes.scopeOf.get(n);
      if (s) return s;
    }
    return this.scopes.module;
  }

  private lookupImport(name: string, scope: Scope): ImportBinding | undefined {
    for (let s: Scope | null = scope; s; s = s.parent) {
      const hit = this.byScope.get(s)?.get(name);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Fully-qualified name for an identifier/attribute chain, or undefined when it is not imported. */
  qualify(node: PyNode): string | undefined {
    const parts: string[] = [];
    let n: PyNode | undefined = node;
    while (n && n.type === 'attribute') {
      const attr = childByField(n, 'attribute');
      if (!attr) return undefined;
      parts.unshift(this.src.of(attr));
      n = childByField(n, 'object');
    }
    if (!n || n.type !== 'identifier') return undefined;
    const head = this.src.of(n);
    const scope = this.scopeAt(node);
    // `import a.b.c` then `a.b.c.x`: prefer the longest imported dotted prefix.
    for (let k = parts.length; k >= 1; k--) {
      const dotted = [head, ...parts.slice(0, k)].join('.');
      const imp = this.lookupImport(dotted, scope);
      if (imp && !imp.from && imp.local === dotted) return [imp.qualified, ...parts.slice(k)].join('.');
    }
    const imp = this.lookupImport(head, scope);
    if (!imp) return undefined;
    return [imp.qualified, ...parts].join('.');
  }

  /** The qualified name of what a call calls (`f(...)`), or undefined. */
  callee(call: PyNode): string | undefined {
    const fn = childByField(call, 'function');
    return fn ? this.qualify(fn) : undefined;
  }
}

/** Keyword arguments of a call by name, and its positional arguments. */
export function callArguments(call: PyNode, src: SourceText): { keywords: Map<string, PyNode>; keywordNames: Map<string, PyNode>; positional: PyNode[] } {
  const keywords = new Map<string, PyNode>();
  const keywordNames = new Map<string, PyNode>();
  const positional: PyNode[] = [];
  const args = childByField(call, 'arguments');
  if (!args || args.type !== 'argument_list') return { keywords, keywordNames, positional };
  for (const a of args.children) {
    if (a.type === 'keyword_argument') {
      const name = childByField(a, 'name');
      const value = childByField(a, 'value');
      if (name && value) {
        const key = src.of(name);
        keywords.set(key, value);
        keywordNames.set(key, name);
      }
    } else if (a.type !== 'dictionary_splat' && a.type !== 'list_splat' && a.type !== 'comment') positional.push(a);
  }
  return { keywords, keywordNames, positional };
}

