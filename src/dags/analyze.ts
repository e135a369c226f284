import { DAG_MODEL_JSON_DEPTH, type DagModelSummary, type Finding } from '../core/finding.js';
import { JsonText } from '../core/json-text.js';
import { effectiveSeverity, makeFinding, type SeverityOverride } from '../core/rule.js';
import { decodeSource, type ReadResult } from '../core/files.js';
import { SourceText } from './ast.js';
import type { DagIdentity, DagRule, FileContext, LintSettings } from './context.js';
import { buildDagModel, type DagModel, type TaskInfo } from './model.js';
import { detachFinding, detachString } from '../core/detach.js';
import { attachEdits } from './fix/derive.js';
import { applyNoqa } from './noqa.js';
import { parseFast, parsePython } from './parser.js';
import type { ParsedTree } from './parse-tree.js';
import type { Parser } from 'web-tree-sitter';
import { forgetCallArguments, NameResolver } from './resolve.js';
import { dagRules } from './rules/index.js';
import { forgetArgumentCalls } from './rules/airflow3-arguments.js';
import { forgetImportHits } from './rules/airflow3-imports.js';
import { unreadableFile } from './rules/unreadable-file.js';
import { syntaxError } from './rules/syntax-error.js';
import { analyzeScopes } from './scopes.js';
import { findSyntaxProblems } from './syntax.js';

/** The DAG model as plain data (what DagBag would show), for JSON output and parity tests. */
export type DagSummary = DagModelSummary;

export interface FileAnalysis {
  file: string;
  findings: Finding[];
  dags: DagIdentity[];
  /**
   * The file's DAG model (summarizeModel) as JSON text at DAG_MODEL_JSON_DEPTH of the JSON report;
   * '' when the output shows no model or the file has no DAG. Text rather than objects: it is all
   * that lives on until the report, and it crosses from worker threads as one string.
   */
  modelJson: string;
  syntaxOk: boolean;
}

/** A file's DAG model as data (modelJson parsed back). */
export function modelOf(analysis: FileAnalysis): DagSummary[] {
  return analysis.modelJson ? (JSON.parse(analysis.modelJson) as DagSummary[]) : [];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const taskId = (t: TaskInfo): string => t.taskId ?? '?';

/** The model of one file as plain data. Short-lived: the analysis keeps only its JSON text. */
export function summarizeModel(model: DagModel, src: SourceText): DagSummary[] {
  return model.dags.map((d) => {
    // Sorted by code unit (not locale) so the output is the same on every machine: the default
    // sort() compares strings by code unit, natively (a comparator function was a third of this).
    const tasks = d.tasks.map(taskId).sort();
    return {
      dagId: d.dagId,
      line: src.position(d.idNode.start).line,
      tasks,
      edges: sortedEdges(d.tasks, tasks),
      dynamic: d.dynamic || d.incomplete || d.tasks.some((t) => t.taskId === undefined),
      registered: d.registered,
    };
  });
}

/**
 * A DAG's [upstream, downstream] id pairs, sorted by code unit (first id, then second). Sorted as
 * numbers, not with a string comparator: a pair's key is its ids' ranks among the DAG's sorted task
 * ids (equal ids share a rank), and the pair's index rides along in the low digits so that equal
 * pairs (two tasks whose id is "?") both stay.
 */
function sortedEdges(dagTasks: TaskInfo[], sortedIds: string[]): Array<[string, string]> {
  const rank = new Map<string, number>();
  for (let i = 0; i < sortedIds.length; i++) if (i === 0 || sortedIds[i] !== sortedIds[i - 1]) rank.set(sortedIds[i], rank.size);
  const pairs: Array<[string, string]> = [];
  for (const t of dagTasks) {
    if (t.downstream.size === 0) continue;
    const from = taskId(t);
    for (const down of t.downstream.keys()) pairs.push([from, taskId(down)]);
  }
  const n = pairs.length;
  const width = rank.size;
  const keys = new Float64Array(n);
  // Every key must stay an exact integer; a downstream task outside this DAG's list has no rank.
  let ranked = width * width * n < Number.MAX_SAFE_INTEGER;
  for (let i = 0; ranked && i < n; i++) {
    const a = rank.get(pairs[i][0]);
    const b = rank.get(pairs[i][1]);
    if (a === undefined || b === undefined) ranked = false;
    else keys[i] = (a * width + b) * n + i;
  }
  if (!ranked) return pairs.sort((x, y) => byCodeUnit(x[0], y[0]) || byCodeUnit(x[1], y[1]));
  keys.sort();
  const out = new Array<[string, string]>(n);
  for (let j = 0; j < n; j++) out[j] = pairs[keys[j] % n];
  return out;
}

type ActiveRule = { rule: DagRule; severity: Exclude<SeverityOverride, 'off'> };

/** The active rules per overrides object: every file of a run shares one config, so one computation per run. */
const activeRulesByOverrides = new WeakMap<Record<string, SeverityOverride>, ActiveRule[]>();

/** Rules with their effective severity; rules turned off are dropped. */
export function activeRules(overrides: Record<string, SeverityOverride>): ActiveRule[] {
  let rules = activeRulesByOverrides.get(overrides);
  if (!rules) activeRulesByOverrides.set(overrides, (rules = computeActiveRules(overrides)));
  return rules;
}

function computeActiveRules(overrides: Record<string, SeverityOverride>): ActiveRule[] {
  return dagRules
    .map((rule) => ({ rule, severity: effectiveSeverity(rule.meta, overrides) }))
    .filter((r): r is ActiveRule => r.severity !== 'off');
}

/** Why a file has no analysis: it could not be read as Python, or reading worked and analysing it failed. */
export type Unanalysable = Exclude<ReadResult, { kind: 'text' }> | { kind: 'not-analysed'; reason: string };

/** The analysis of a file that never reaches the rules: its one DAG002 finding (unless turned off). */
export function unreadableAnalysis(file: string, read: Unanalysable, overrides: Record<string, SeverityOverride>): FileAnalysis {
  const f = unreadableFinding(file, read, overrides);
  return { file, findings: f ? [f] : [], dags: [], modelJson: '', syntaxOk: false };
}

function unreadableFinding(file: string, read: Unanalysable, overrides: Record<string, SeverityOverride>): Finding | undefined {
  const severity = effectiveSeverity(unreadableFile.meta, overrides);
  if (severity === 'off') return undefined;
  const at = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  switch (read.kind) {
    case 'binary':
      return makeFinding(unreadableFile.meta, severity, `Binary file (${read.bytes} bytes, contains NUL bytes): Python cannot import it.`, file, at, 'Remove it from the DAGs folder or add it to ignore: in .airflow-gitops.yml.');
    case 'bad-encoding':
      return makeFinding(unreadableFile.meta, severity, read.reason ?? `Line ${read.line} is not valid ${read.encoding}: Python refuses to import the file.`, file, { ...at, startLine: read.line, endLine: read.line }, 'Save the file as UTF-8 (or declare its encoding in a PEP 263 coding line).');
    case 'too-large':
      return makeFinding(unreadableFile.meta, 'warning', `Skipped: ${read.bytes} bytes is above the ${read.limit}-byte limit (dags.max-file-bytes).`, file, at, 'Split the file, or raise dags.max-file-bytes.');
    case 'unreadable':
      return makeFinding(unreadableFile.meta, severity, `Cannot read the file (${read.reason}).`, file, at);
    case 'not-analysed':
      // Not proof of a bug in the file (the linter failed, not Python), so a warning: it must not
      // fail a PR on its own, yet the file is not silently passed either.
      return makeFinding(unreadableFile.meta, 'warning', `Could not be analysed: ${read.reason}. No other rule checked this file.`, file, at, 'Check the file with `python -m py_compile` and fix any syntax error; if it compiles, report it (the file reproduces a linter bug).');
  }
}

/** The text of a file's bytes, or the analysis of a file Python could not read at all. */
export function decodeForLint(file: string, buf: Buffer, overrides: Record<string, SeverityOverride>): string | FileAnalysis {
  const read = decodeSource(buf);
  return read.kind === 'text' ? read.text : unreadableAnalysis(file, read, overrides);
}

/** Lints one file's text: the fast parser first, tree-sitter for what it gives up on. */
export function analyzeSource(parser: Parser, file: string, text: string, settings: LintSettings, overrides: Record<string, SeverityOverride>): FileAnalysis {
  return analyzeTree(file, text, parseFast(text) ?? parsePython(parser, text), settings, overrides);
}

/**
 * Lints one parsed file; pure. `dagModel: false` leaves `modelJson` empty: the DAG model is only in
 * JSON and SARIF output, and summarizing every file's model for text output was wasted work.
 */
export function analyzeTree(file: string, text: string, tree: ParsedTree, settings: LintSettings, overrides: Record<string, SeverityOverride>, dagModel = true): FileAnalysis {
  const src = new SourceText(text);
  const findings: Finding[] = [];
  const rules = activeRules(overrides);
  const reporter = (rule: DagRule, severity: Exclude<SeverityOverride, 'off'>) => (at: { start: number; end: number }, message: string, fix?: string) => {
    findings.push(makeFinding(rule.meta, severity, message, file, src.range(at.start, at.end), fix));
  };
  const problems = findSyntaxProblems(tree, src);
  if (problems.length) {
    // Like CPython, stop at syntax errors: other rules would only add noise on a broken tree.
    const sev = effectiveSeverity(syntaxError.meta, overrides);
    // An error only tree-sitter saw, where our parser stopped at a construct Python accepts, is a warning.
    if (sev !== 'off') for (const p of problems) reporter(syntaxError, p.unconfirmed && sev === 'error' ? 'warning' : sev)(p, p.message);
    return { file, findings: applyNoqa(findings, src).map(detachFinding), dags: [], modelJson: '', syntaxOk: false };
  }
  const scopes = analyzeScopes(tree.root, src);
  const resolver = new NameResolver(scopes, src);
  const model = buildDagModel(tree.root, src, resolver, tree.index);
  for (const { rule, severity } of rules) {
    if (!rule.checkFile || rule === syntaxError) continue;
    const ctx: FileContext = { file, src, tree, scopes, resolver, model, settings, report: reporter(rule, severity) };
    rule.checkFile(ctx);
  }
  const dags: DagIdentity[] = model.dags
    .filter((d) => d.dagId !== undefined && d.registered)
    .map((d) => ({ dagId: detachString(d.dagId!), file, range: src.range(d.idNode.start, d.idNode.end) }));
  const reported = applyNoqa(findings, src);
  attachEdits(reported, { src, tree, scopes, resolver, model });
  // Results live until the report is printed: they must not keep the file's text alive.
  const summaries = dagModel ? summarizeModel(model, src) : [];
  const modelJson = summaries.length ? JsonText.render(summaries, DAG_MODEL_JSON_DEPTH)!.text : '';
  const analysis: FileAnalysis = { file, findings: reported.map(detachFinding), dags, modelJson, syntaxOk: true };
  releaseFileCaches();
  return analysis;
}

/**
 * Empties the per-file caches of the rules and the resolver once a file is done. They are replaced
 * when the next file first asks, but until then they held this file's nodes, and through their
 * parent pointers its whole tree: alive while the next file is parsed (most of a run's allocation),
 * so young-generation GCs copied it and promoted it to the old generation.
 */
function releaseFileCaches(): void {
  forgetCallArguments();
  forgetArgumentCalls();
  forgetImportHits();
}
