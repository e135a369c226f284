import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeSource } from '../../core/files.js';
import { lintDags, settingsFrom, type LintDagsOptions, type LintDagsResult } from '../engine.js';
import { applicable, fixText, type FixOptions } from './apply.js';
import { unifiedDiff } from './diff.js';

export interface FixDagsOptions extends LintDagsOptions, FixOptions {
  /** Only compute the changes (for `--diff` and pull-request suggestions); write nothing. */
  dryRun: boolean;
}

export interface FileChange {
  /** Relative to root, forward slashes (as in findings). */
  file: string;
  before: string;
  after: string;
  fixesApplied: number;
}

export interface FixDagsResult {
  /** The lint result after fixing (on a dry run: before, since nothing was written). */
  result: LintDagsResult;
  /** The lint result the fixes were derived from. */
  before: LintDagsResult;
  changes: FileChange[];
}

/**
 * Lints, fixes every file with an applicable fix (writing it back unless dryRun), and lints again so
 * the report shows what is left. Files with a syntax error or no fixable finding are never written.
 */
export async function fixDags(options: FixDagsOptions): Promise<FixDagsResult> {
  const before = await lintDags(options);
  const settings = settingsFrom(options.config);
  const files = [...new Set(before.findings.filter((f) => f.file && applicable(f, options)).map((f) => f.file!))].sort();
  const changes: FileChange[] = [];
  for (const file of files) {
    const abs = path.join(options.root, file);
    const buf = fs.readFileSync(abs);
    const read = decodeSource(buf);
    if (read.kind !== 'text') continue;
    // Only UTF-8 (with or without BOM) is written back byte-faithfully; other codings stay untouched.
    const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    if (Buffer.compare(Buffer.from((bom ? '\ufeff' : '') + read.text, 'utf8'), buf) !== 0) continue;
    const fixed = await fixText(file, read.text, settings, options.config.rules, options);
    if (fixed.text === read.text) continue;
    changes.push({ file, before: read.text, after: fixed.text, fixesApplied: fixed.applied });
    if (!options.dryRun) fs.writeFileSync(abs, (bom ? '\ufeff' : '') + fixed.text);
  }
  const result = options.dryRun || changes.length === 0 ? before : await lintDags(options);
  return { result, before, changes };
}

/** The unified diff of every change, files in path order. */
export function diffOf(changes: FileChange[]): string {
  return changes.map((c) => unifiedDiff(c.file, c.before, c.after)).join('');
}
