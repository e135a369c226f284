import type { Finding } from './finding.js';

/**
 * Copies of strings that share no memory with the text they were cut from.
 *
 * V8 represents a slice of a string (an id read from a DAG file, a message built around it) as a
 * pointer into the whole string, and a concatenation as a pair of pointers. A finding or a model
 * summary kept until the report is printed would then keep its entire file's text alive: at 10,000
 * files that doubled the heap and the time spent in garbage collection. Slicing a fresh concatenation
 * makes V8 flatten it into a new string first, so the result points into that copy only (lone
 * surrogates survive, which a UTF-8 round trip would replace). Measured at 10,000 files: the JSON
 * round trip used before and reading the string back as an (internalized) property key both cost
 * ~0.4 s, this ~0.08 s, for ~5 MB more peak memory (a slice header per kept string).
 * test/dags/detach.test.ts checks that the file text is really released.
 */
export function detachString(text: string): string {
  return text.length === 0 ? text : (' ' + text).slice(1);
}

/**
 * detachString for a finding, field by field: its message, fix and edit texts may hold pieces of the
 * file; rule metadata, the path and the numbers of its ranges never do. A new string field of
 * Finding that can hold file text must be added here; test/dags/detach.test.ts checks that a
 * finding built from slices releases the text.
 */
export function detachFinding(f: Finding): Finding {
  f.message = detachString(f.message);
  if (f.fix !== undefined) f.fix = detachString(f.fix);
  if (f.edits) {
    f.edits.description = detachString(f.edits.description);
    for (const e of f.edits.edits) e.newText = detachString(e.newText);
  }
  return f;
}
