/**
 * Machine-applicable fixes attached to findings (ruff's vocabulary): a fix is `safe` when the file
 * keeps its behaviour (an import moved, an argument renamed) and `unsafe` when behaviour may change
 * (`days_ago(1)` becomes a fixed date). `--fix` applies safe fixes, `--fix --unsafe-fixes` both.
 */
export type FixSafety = 'safe' | 'unsafe';

/** Replace the text in `range` with `newText` (empty range: insert; empty text: delete). */
export interface TextEdit {
  /** 1-based, like Finding.range; the end column is the column just past the last replaced character (as in SARIF). */
  range: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  newText: string;
}

/** One finding's fix: every edit applies together, or none does. */
export interface EditSet {
  safety: FixSafety;
  /** What the fix does, one short sentence ("Import BashOperator from airflow.providers.standard.operators.bash."). */
  description: string;
  edits: TextEdit[];
}

/** Offsets of each line start in `text` (UTF-16 code units). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The UTF-16 offset of a 1-based line/column; undefined when the position lies outside the text. */
export function offsetAt(starts: number[], textLength: number, line: number, column: number): number | undefined {
  const start = starts[line - 1];
  if (start === undefined) return undefined;
  const offset = start + column - 1;
  const lineEnd = line < starts.length ? starts[line] : textLength + 1;
  return column >= 1 && offset < lineEnd + 1 && offset <= textLength ? offset : undefined;
}

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** Edits as offsets, sorted; undefined when one lies outside the text. */
export function toOffsetEdits(text: string, edits: TextEdit[], starts = lineStarts(text)): OffsetEdit[] | undefined {
  const out: OffsetEdit[] = [];
  for (const e of edits) {
    const start = offsetAt(starts, text.length, e.range.startLine, e.range.startColumn);
    const end = offsetAt(starts, text.length, e.range.endLine, e.range.endColumn);
    if (start === undefined || end === undefined || end < start) return undefined;
    out.push({ start, end, newText: e.newText });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether two sorted edit lists touch the same text (an insertion at another edit's boundary counts). */
export function overlaps(a: OffsetEdit[], b: OffsetEdit[]): boolean {
  for (const x of a) for (const y of b) if (x.start < y.end && y.start < x.end || x.start === y.start || (x.start === x.end && y.start < x.start && x.start < y.end) || (y.start === y.end && x.start < y.start && y.start < x.end)) return true;
  return false;
}

/** Applies non-overlapping offset edits (any order) to text. */
export function applyOffsetEdits(text: string, edits: OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
