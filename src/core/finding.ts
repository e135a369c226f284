/** The one findings model shared by every check, reporter, action and the CLI. */

import type { JsonText } from './json-text.js';
import type { EditSet } from './edits.js';

export type Severity = 'error' | 'warning' | 'note';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** 1-based lines and columns, end inclusive of the last line (as editors and GitHub count). */
export interface Range {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface Finding {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  message: string;
  /** Path relative to the repository root, with forward slashes; absent for findings about no file. */
  file?: string;
  range?: Range;
  /** One sentence on how to fix it, shown under the message. */
  fix?: string;
  /** The machine-applicable form of the fix, when there is a mechanical rewrite (see core/edits.ts). */
  edits?: EditSet;
  docsUrl: string;
}

export const PROJECT_URL = 'https://github.com/airflow-gitops/airflow-gitops-actions';

export function docsUrlFor(ruleId: string, ruleName: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules.md#${ruleId.toLowerCase()}-${ruleName}`;
}

/**
 * Severity, then file (locale order), line, column and rule id. Each distinct file is compared with
 * the collator once, when ranking the files; the findings are then sorted by the ranks. (With
 * localeCompare in the comparator, sorting 27,000 findings spent ~0.2 s in ICU: each call builds a
 * collator.) `new Intl.Collator()` is what localeCompare uses without arguments, so the order is the same.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const collator = new Intl.Collator();
  const fileRank = new Map<string, number>();
  for (const f of findings) fileRank.set(f.file ?? '', 0);
  const files = [...fileRank.keys()].sort(collator.compare);
  // Files the collator calls equal (canonically equivalent spellings) share a rank, as they compared equal before.
  let rank = 0;
  for (let i = 0; i < files.length; i++) {
    if (i > 0 && collator.compare(files[i - 1], files[i]) !== 0) rank++;
    fileRank.set(files[i], rank);
  }
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      fileRank.get(a.file ?? '')! - fileRank.get(b.file ?? '')! ||
      (a.range?.startLine ?? 0) - (b.range?.startLine ?? 0) ||
      (a.range?.startColumn ?? 0) - (b.range?.startColumn ?? 0) ||
      collator.compare(a.ruleId, b.ruleId),
  );
}

export interface Totals {
  error: number;
  warning: number;
  note: number;
}

export function countBySeverity(findings: Finding[]): Totals {
  const totals: Totals = { error: 0, warning: 0, note: 0 };
  for (const f of findings) totals[f.severity]++;
  return totals;
}

export type FailOn = 'error' | 'warning' | 'never';

export function parseFailOn(value: string | undefined): FailOn {
  const v = (value ?? '').trim() || 'error';
  if (v === 'error' || v === 'warning' || v === 'never') return v;
  throw new UsageError(`fail-on must be error, warning or never (got "${v}").`);
}

export function failsAt(findings: Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}

/** Bad invocation or configuration: exit code 2 with one sentence, no stack. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * One DAG as lint-dags' model sees it (what DagBag would load): reporters print it as data, so it
 * lives here rather than in the DAG engine.
 */
export interface DagModelSummary {
  dagId?: string;
  /** Line of the dag_id (or of the DAG constructor/decorator). */
  line: number;
  /** task_ids, sorted; "?" for an id only known when the file runs. */
  tasks: string[];
  /** [upstream, downstream] task_id pairs, sorted. */
  edges: Array<[string, string]>;
  /** Ids or counts depend on run-time values (loops, f-string ids, tasks made by calls the linter does not follow). */
  dynamic: boolean;
  /** An @dag function that is never called registers no DAG. */
  registered: boolean;
}

/** Facts about one run that every reporter prints alongside the findings. */
export interface RunInfo {
  /** The check that ran, e.g. "lint-dags". */
  tool: string;
  version: string;
  filesChecked: number;
  durationMs: number;
  /** Extra key/value lines for the summary (e.g. chart version, blob path). */
  details?: Array<[string, string]>;
  /** Markdown sections an engine wants in the job summary (e.g. the WASB permission table). */
  sections?: Array<{ title: string; markdown: string }>;
  /** Machine-readable facts an engine adds to `--format json` as top-level keys (e.g. validate-values' `render`). */
  data?: Record<string, unknown>;
  /**
   * lint-dags: the DAG model per file (files sorted), for JSON output and SARIF run properties;
   * lint-dags carries each file's as its JSON text, rendered at DAG_MODEL_JSON_DEPTH.
   */
  dags?: Record<string, DagModelSummary[] | JsonText<DagModelSummary[]>>;
}

/** How deep a file's DAG model sits in the `--format json` document (`{ "dags": { "<file>": … } }`). */
export const DAG_MODEL_JSON_DEPTH = 2;
