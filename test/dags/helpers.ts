import { analyzeSource, modelOf, type DagSummary, type FileAnalysis } from '../../src/dags/analyze.js';
import type { LintSettings } from '../../src/dags/context.js';
import { DEFAULT_HEAVY_IMPORTS } from '../../src/dags/data/airflow-names.js';
import { getParser } from '../../src/dags/parser.js';
import type { SeverityOverride } from '../../src/core/rule.js';

export const defaultSettings: LintSettings = { heavyImports: [...DEFAULT_HEAVY_IMPORTS], requiredTags: [], requireOwner: false };

/** Lints Python source with the real parser and every rule at its default severity. */
export async function lint(code: string, settings: Partial<LintSettings> = {}, overrides: Record<string, SeverityOverride> = {}, file = 'dags/example.py'): Promise<FileAnalysis & { summaries: DagSummary[] }> {
  const parser = await getParser();
  const analysis = analyzeSource(parser, file, code, { ...defaultSettings, ...settings }, overrides);
  // The model as data, read back from the JSON text the analysis carries (what the report prints).
  return { ...analysis, summaries: modelOf(analysis) };
}

/** `RULE@line` for each finding of the given rule(s) (all rules when none given), sorted. */
export async function hits(code: string, rules?: string[], settings: Partial<LintSettings> = {}): Promise<string[]> {
  const { findings } = await lint(code, settings);
  return findings
    .filter((f) => !rules || rules.includes(f.ruleId))
    .map((f) => `${f.ruleId}@${f.range?.startLine}`)
    .sort();
}

/** Dedent a template literal so Python fixtures can be indented in test code. */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
