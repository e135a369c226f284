import { countBySeverity, sortFindings, type Finding, type RunInfo } from '../core/finding.js';
import { JsonText } from '../core/json-text.js';
import { redact } from '../core/secrets.js';

/** Machine-readable output (`--format json`): findings, totals, run facts and (lint-dags) the DAG model. */
export function formatJson(findings: Finding[], run: RunInfo): string {
  let out = '';
  for (const chunk of formatJsonChunks(findings, run)) out += chunk;
  return out;
}

/**
 * The same document as formatJson, in pieces of about `chunkSize` characters: at 10,000 files the
 * document is ~46 MB, and building it as one string (then a redacted copy of it) was the peak of
 * the run's memory. The bytes are those of `JSON.stringify(body, null, 2)` + newline.
 */
export function* formatJsonChunks(findings: Finding[], run: RunInfo, chunkSize = 1 << 16): Generator<string> {
  const body = {
    tool: run.tool,
    version: run.version,
    filesChecked: run.filesChecked,
    durationMs: Math.round(run.durationMs),
    totals: countBySeverity(findings),
    details: Object.fromEntries(run.details ?? []),
    ...(run.data ?? {}),
    findings: sortFindings(findings),
    // lint-dags: each file's DAGs as the linter sees them (dag_id, task_ids, edges, dynamic).
    ...(run.dags ? { dags: run.dags } : {}),
  };
  let pending = '';
  // Redacted piece by piece: every piece is a whole JSON value or punctuation, so a secret (which
  // lives inside one string value) never straddles two pieces.
  for (const piece of jsonPieces(body, 0)) {
    pending += redact(piece);
    if (pending.length >= chunkSize) {
      yield pending;
      pending = '';
    }
  }
  yield pending + '\n';
}

/** Nesting levels written element by element; deeper values are stringified whole. */
const STREAMED_DEPTH = 2;
/** Elements (or entries) of a depth-1 array (or object) stringified together. */
const BATCH = 32;

/** A value with no JSON form: left out of objects, written as null in arrays (as JSON.stringify does). */
const noJsonForm = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** `JSON.stringify(value, null, 2)` at nesting `depth`, as a sequence of pieces. */
function* jsonPieces(value: unknown, depth: number): Generator<string> {
  const pad = '  '.repeat(depth);
  if (depth >= STREAMED_DEPTH || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    yield depth === 0 ? text : text.replace(/\n/g, `\n${pad}`);
    return;
  }
  if (depth === STREAMED_DEPTH - 1) return yield* batchedPieces(value);
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? inner : `,\n${inner}`;
      yield* jsonPieces(noJsonForm(value[i]) ? null : value[i], depth + 1);
    }
    return yield `\n${pad}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => !noJsonForm(v));
  if (entries.length === 0) return yield '{}';
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    yield `${i === 0 ? '' : ',\n'}${inner}${JSON.stringify(entries[i][0])}: `;
    yield* jsonPieces(entries[i][1], depth + 1);
  }
  yield `\n${pad}}`;
}

/**
 * A depth-1 array or object (findings, the DAG model), BATCH elements per JSON.stringify call.
 * Each batch is stringified inside a one-key wrapper object, which puts its elements at depth 2
 * with the right indentation; the wrapper's first and last lines are cut off. (Stringifying each
 * element alone and indenting its lines with a regex cost twice as much at 10,000 files.) Elements
 * already rendered for depth 2 (JsonText, lint-dags' per-file models) are written as they are.
 */
function* batchedPieces(value: object): Generator<string> {
  const isArray = Array.isArray(value);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  const head = `{\n  "k": ${open}\n`.length;
  const tail = `\n  ${close}\n}`.length;
  // Entries without a JSON form are filtered first so that no batch comes out empty.
  const entries = isArray ? undefined : Object.entries(value).filter(([, v]) => !noJsonForm(v));
  const count = isArray ? value.length : entries!.length;
  if (count === 0) return yield `${open}${close}`;
  const valueAt = (i: number): unknown => (isArray ? value[i] : entries![i][1]);
  // Elements of a depth-1 container sit at STREAMED_DEPTH: text rendered for that depth is written as is.
  const rendered = (i: number) => {
    const v = valueAt(i);
    return v instanceof JsonText && v.depth === STREAMED_DEPTH;
  };
  const elementPad = '  '.repeat(STREAMED_DEPTH);
  yield `${open}\n`;
  for (let i = 0; i < count; ) {
    const separator = i === 0 ? '' : ',\n';
    if (rendered(i)) {
      const key = isArray ? '' : `${JSON.stringify(entries![i][0])}: `;
      yield `${separator}${elementPad}${key}${(valueAt(i) as JsonText<unknown>).text}`;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < count && end - i < BATCH && !rendered(end)) end++;
    // Object.fromEntries defines own properties, so a key such as "__proto__" stays a plain key.
    const batch = isArray ? value.slice(i, end) : Object.fromEntries(entries!.slice(i, end));
    const text = JSON.stringify({ k: batch }, null, 2);
    yield `${separator}${text.slice(head, text.length - tail)}`;
    i = end;
  }
  yield `\n  ${close}`;
}
