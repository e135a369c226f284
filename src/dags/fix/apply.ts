import { applyOffsetEdits, overlaps, toOffsetEdits, type OffsetEdit } from '../../core/edits.js';
import type { Finding } from '../../core/finding.js';
import type { SeverityOverride } from '../../core/rule.js';
import { analyzeTree } from '../analyze.js';
import type { LintSettings } from '../context.js';
import { DEFAULT_PARSE_BUDGET, getParser, parseFast, parsePython } from '../parser.js';

export interface FixOptions {
  /** Apply fixes marked unsafe too (`--unsafe-fixes`). */
  unsafe: boolean;
}

export interface FixedText {
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
}

/** Passes of fix → re-lint: later fixes see the text earlier ones produced (as ruff does). */
const MAX_PASSES = 10;

/** Whether a finding carries a fix the options allow. */
export function applicable(f: Finding, options: FixOptions): boolean {
  return f.edits !== undefined && (options.unsafe || f.edits.safety === 'safe');
}

/**
 * Applies the fixes of one file's findings until none is left: each pass lints the current text,
 * applies every fix that does not overlap an earlier one, and lints again. A text with a syntax
 * error is returned untouched, and a pass whose result would not parse is dropped (the text of the
 * pass before is kept), so a fix can never break a file.
 */
export async function fixText(file: string, original: string, settings: LintSettings, overrides: Record<string, SeverityOverride>, options: FixOptions): Promise<FixedText> {
  let text = original;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const analysis = await analyse(file, text, settings, overrides);
    if (!analysis.syntaxOk) return pass === 0 ? { text: original, applied: 0 } : { text, applied };
    const chosen: OffsetEdit[][] = [];
    for (const f of analysis.findings) {
      if (!applicable(f, options)) continue;
      const edits = toOffsetEdits(text, f.edits!.edits);
      if (!edits || edits.length === 0) continue;
      if (chosen.some((c) => overlaps(c, edits))) continue;
      chosen.push(edits);
    }
    if (chosen.length === 0) break;
    const next = applyOffsetEdits(text, chosen.flat());
    if (next === text) break;
    const check = await analyse(file, next, settings, overrides);
    if (!check.syntaxOk) break;
    text = next;
    applied += chosen.length;
  }
  return { text, applied };
}

async function analyse(file: string, text: string, settings: LintSettings, overrides: Record<string, SeverityOverride>) {
  const tree = parseFast(text) ?? parsePython(await getParser(), text, DEFAULT_PARSE_BUDGET);
  return analyzeTree(file, text, tree, settings, overrides);
}
