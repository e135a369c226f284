import type { Finding } from '../../../src/core/finding.js';

/** One diagnostic of ruff's AIR rules, as test/dags/data/ruff-air-expectations.json records it. */
export interface RuffDiagnostic {
  code: string;
  line: number;
  column: number;
  symbol: string;
  kind: string;
}

export interface RuffExpectations {
  ruffCommit: string;
  ruffVersion: string;
  fixtures: Record<string, { sha256: string; diagnostics: RuffDiagnostic[] }>;
}

/**
 * The ruff codes this comparison holds lint-dags to, and the lint-dags rules that answer each:
 * the Airflow 3 migration rules. AIR001–AIR004 and AIR2xx are style checks lint-dags does not
 * implement (naming, explicit dag arguments, templated XCom, runtime values): counted, not required.
 */
export const MIGRATION_CODES = ['AIR301', 'AIR302', 'AIR303', 'AIR311', 'AIR312', 'AIR321'] as const;
export const OUR_AIRFLOW3_RULES = new Set(['DAG101', 'DAG102', 'DAG103', 'DAG104', 'DAG105', 'DAG201', 'DAG202', 'DAG203', 'DAG204']);
/** Rules that report an import once, on the import statement, where ruff reports each use of the name. */
const IMPORT_RULES = new Set(['DAG101', 'DAG201', 'DAG202']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Does our message name ruff's symbol? The full symbol, or its last dotted part as a whole quoted
 * name or path tail (`TriggerRule.NONE_FAILED_OR_SKIPPED` names `…trigger_rule.TriggerRule.NONE_FAILED_OR_SKIPPED`).
 * `fileWide`: the finding is not on ruff's line, so a qualified symbol must be named in full.
 */
export function namesSymbol(message: string, symbol: string, fileWide = false): boolean {
  if (!symbol) return false;
  // Whole names only: `airflow.models.Param` is not named by `airflow.models.ParamsDict`.
  if (new RegExp(`(?<![\\w.])${escape(symbol)}(?!\\w)`).test(message)) return true;
  // `inlet_events["<uri>"]`: ruff names the subscript; the name is what we can both say.
  if (symbol.includes('[')) return namesSymbol(message, symbol.slice(0, symbol.indexOf('[')), fileWide);
  const parts = symbol.split('.');
  // Away from ruff's line a qualified symbol must be named in full: `…mysql…sanitize_uri` does not
  // name `…postgres…sanitize_uri`. On the line, the position pins it and the last part suffices.
  if (fileWide && parts.length > 1) return false;
  const last = parts[parts.length - 1];
  return new RegExp(`[\`"'.]${escape(last)}(?:\\(\\))?[\`"']`).test(message);
}

/** A removed module the symbol lives in: `airflow.contrib` covers `airflow.contrib.aws_athena_hook.AWSAthenaHook`. */
function namesRemovedModule(message: string, symbol: string): boolean {
  const parts = symbol.split('.');
  for (let k = parts.length - 1; k >= 2; k--) if (message.includes(`\`${parts.slice(0, k).join('.')}\``)) return true;
  return false;
}

/**
 * The finding of ours that matches one ruff diagnostic. First a finding on ruff's line naming the
 * symbol (argument, context, attribute and signature rules). Else, for the name codes only, an import
 * finding anywhere in the file naming it: ruff reports every use of an imported name, we report the
 * import. AIR303 (signature changes) is about a call, never the import, so it needs the line.
 */
export function matchDiagnostic(d: RuffDiagnostic, findings: Finding[]): Finding | undefined {
  const onLine = findings.find(
    (f) => OUR_AIRFLOW3_RULES.has(f.ruleId) && !IMPORT_RULES.has(f.ruleId) && !!f.range && f.range.startLine <= d.line && d.line <= f.range.endLine && namesSymbol(f.message, d.symbol),
  );
  if (onLine || d.code === 'AIR303') return onLine;
  return findings.find(
    (f) => IMPORT_RULES.has(f.ruleId) && (namesSymbol(f.message, d.symbol, true) || (f.ruleId === 'DAG101' && / removed /.test(f.message) && namesRemovedModule(f.message, d.symbol))),
  );
}
