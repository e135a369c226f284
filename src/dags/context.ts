import type { Range } from '../core/finding.js';
import type { RuleMeta } from '../core/rule.js';
import type { PyNode, SourceText } from './ast.js';
import type { DagModel } from './model.js';
import type { ParsedTree } from './parser.js';
import type { NameResolver } from './resolve.js';
import type { ScopeAnalysis } from './scopes.js';

/** Settings the rules read, resolved from .airflow-gitops.yml (dags: section) and defaults. */
export interface LintSettings {
  heavyImports: string[];
  requiredTags: string[];
  requireOwner: boolean;
  /** Provider package → version the image has (defaults, requirements files, config); absent: the defaults. */
  providerVersions?: Record<string, string>;
}

export type ReportTarget = PyNode | { start: number; end: number };

/** Everything a per-file rule may look at; it reports, it never prints or reads files. */
export interface FileContext {
  /** Path relative to the repository root. */
  file: string;
  src: SourceText;
  tree: ParsedTree;
  scopes: ScopeAnalysis;
  resolver: NameResolver;
  model: DagModel;
  settings: LintSettings;
  report(at: ReportTarget, message: string, fix?: string): void;
}

/** One DAG id as seen by cross-file rules. */
export interface DagIdentity {
  dagId: string;
  file: string;
  range: Range;
}

export interface ProjectContext {
  dags: DagIdentity[];
  report(file: string, range: Range, message: string, fix?: string): void;
}

/** A lint-dags rule's metadata: its docs must say what the rule cannot see. */
export type DagRuleMeta = RuleMeta & { docs: RuleMeta['docs'] & { limits: string } };

export interface DagRule {
  meta: DagRuleMeta;
  /** Runs on every parsed file without syntax errors (syntax-error itself runs on all). */
  checkFile?(ctx: FileContext): void;
  /** Runs once over facts gathered from every linted file. */
  checkProject?(ctx: ProjectContext): void;
}

/** Declares a lint-dags rule; `check` is always lint-dags and examples are Python. */
export function defineRule(
  meta: Omit<DagRuleMeta, 'check' | 'exampleLanguage' | 'noqa'>,
  impl: Omit<DagRule, 'meta'>,
): DagRule {
  // analyzeFile applies `# noqa` to per-file findings only; project-wide ones (checkProject) and the
  // engine's own DAG002 never pass through it.
  return { meta: { ...meta, check: 'lint-dags', exampleLanguage: 'python', noqa: impl.checkFile !== undefined }, ...impl };
}
