import { childByField, type PyNode, type SourceText } from './ast.js';
import type { ImportBinding, Scope, ScopeAnalysis } from './scopes.js';

/**
 * Resolves expressions to the fully-qualified names they refer to through the file's imports:
 * `DAG` after `from airflow import DAG` → `airflow.DAG`; `dates.days_ago` after
 * `from airflow.utils import dates` → `airflow.utils.dates.days_ago`.
 */
export class NameResolver {
  private readonly byScope = new Map<Scope, Map<string, ImportBinding>>();
  /**
   * First dotted segment of every import's local name (a chain whose head is not one of them is not
   * imported), bucketed by length and first character so most names are rejected without slicing
   * and hashing them.
   */
  private readonly importedHeads = new Map<number, string[]>();
  /** Some import binds a dotted local (`import a.b.c`): only then can a dotted prefix of a chain match one. */
  private hasDottedImports = false;
  /** qualify() results for chains with an imported head (null: not imported); several rules ask about the same calls. */
  private readonly qualified = new Map<PyNode, string | null>();

  constructor(
    private readonly scopes: ScopeAnalysis,
    private readonly src: SourceText,
  ) {
    for (const imp of scopes.imports) {
      let map = this.byScope.get(imp.scope);
      if (!map) this.byScope.set(imp.scope, (map = new Map()));
      if (!map.has(imp.local) || imp.from) map.set(imp.local, imp);
      const dot = imp.local.indexOf('.');
      if (dot !== -1) this.hasDottedImports = true;
      const head = dot === -1 ? imp.local : imp.local.slice(0, dot);
      const key = headKey(head.length, head.charCodeAt(0));
      const bucket = this.importedHeads.get(key);
      if (!bucket) this.importedHeads.set(key, [head]);
      else if (!bucket.includes(head)) bucket.push(head);
    }
  }

  /** The import head spelled by identifier `id` (its text), or undefined when no import binds that name. */
  private importedHead(id: PyNode): string | undefined {
    const text = this.src.text;
    const bucket = this.importedHeads.get(headKey(id.end - id.start, text.charCodeAt(id.start)));
    if (bucket) for (const head of bucket) if (text.startsWith(head, id.start)) return head;
    return undefined;
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
    // Most chains start with a name no import binds (locals, builtins): find the head first and
    // stop there, before building the dotted parts and walking scopes.
    let base: PyNode | undefined = node;
    while (base && base.type === 'attribute') {
      if (!childByField(base, 'attribute')) return undefined;
      base = childByField(base, 'object');
    }
    if (!base || base.type !== 'identifier') return undefined;
    const head = this.importedHead(base);
    if (head === undefined) return undefined;
    const cached = this.qualified.get(node);
    if (cached !== undefined) return cached ?? undefined;
    const q = this.resolveImported(node, base, head);
    this.qualified.set(node, q ?? null);
    return q;
  }

  private resolveImported(node: PyNode, base: PyNode, head: string): string | undefined {
    const parts: string[] = [];
    for (let n = node; n !== base; n = childByField(n, 'object')!) parts.unshift(this.src.of(childByField(n, 'attribute')!));
    const scope = this.scopeAt(node);
    // `import a.b.c` then `a.b.c.x`: prefer the longest imported dotted prefix.
    if (this.hasDottedImports) {
      for (let k = parts.length; k >= 1; k--) {
        const dotted = [head, ...parts.slice(0, k)].join('.');
        const imp = this.lookupImport(dotted, scope);
        if (imp && !imp.from && imp.local === dotted) return [imp.qualified, ...parts.slice(k)].join('.');
      }
    }
    const imp = this.lookupImport(head, scope);
    if (!imp) return undefined;
    return parts.length ? `${imp.qualified}.${parts.join('.')}` : imp.qualified;
  }

  /** The qualified name of what a call calls (`f(...)`), or undefined. */
  callee(call: PyNode): string | undefined {
    const fn = childByField(call, 'function');
    return fn ? this.qualify(fn) : undefined;
  }
}

/** Bucket key for importedHeads: names of one length and first character share a bucket. */
function headKey(length: number, firstChar: number): number {
  return length === 0 ? -1 : length * 65536 + firstChar;
}

export interface CallArguments {
  /** Keyword arguments by name: the value node, and the name node. */
  keywords: ReadonlyMap<string, PyNode>;
  keywordNames: ReadonlyMap<string, PyNode>;
  positional: readonly PyNode[];
}

/**
 * Several rules and the model read the same calls' arguments: computed once per call node (the
 * result is read-only). Files are linted one after another, so only the current file's are kept
 * (a Map is about twice as fast as a WeakMap here).
 */
let argumentsFile: SourceText | undefined;
let argumentsByCall = new Map<PyNode, CallArguments>();

/** Drops the cached arguments (analyzeTree calls it when a file is done; see releaseFileCaches in analyze.ts). */
export function forgetCallArguments(): void {
  argumentsFile = undefined;
  argumentsByCall = new Map();
}

/** Keyword arguments of a call by name, and its positional arguments. */
export function callArguments(call: PyNode, src: SourceText): CallArguments {
  if (src !== argumentsFile) {
    argumentsFile = src;
    argumentsByCall = new Map();
  }
  let out = argumentsByCall.get(call);
  if (!out) argumentsByCall.set(call, (out = collectArguments(call, src)));
  return out;
}

function collectArguments(call: PyNode, src: SourceText): CallArguments {
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
