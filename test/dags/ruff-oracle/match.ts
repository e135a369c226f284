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
export const OUR_AIRFLOW3_RULES = new Set(['DAG101', 'DAG102', 'DAG103', 'DAG104', 'DAG105', 'DAG106', 'DAG201', 'DAG202', 'DAG203', 'DAG204']);
/** Rules that report an import once, on the import statement, where ruff reports each use of the name. */
const IMPORT_RULES = new Set(['DAG101', 'DAG201', 'DAG202']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Does our message name ruff's symbol? The full symbol, or its last dotted part as a whole quoted
 * name or path tail (`airflow.sensors.s3_key_sensor.S3KeySensor` names `S3KeySensor`).
 */
export function namesSymbol(message: string, symbol: string): boolean {
  if (!symbol) return false;
  if (message.includes(symbol)) return true;
  // `inlet_events["<uri>"]`: ruff names the subscript; the name is what we can both say.
  if (symbol.includes('[')) return namesSymbol(message, symbol.slice(0, symbol.indexOf('[')));
  // A removed module covers every name in it: `airflow.contrib` names `airflow.contrib.x.Hook`.
  const parts = symbol.split('.');
  for (let k = parts.length - 1; k >= 2; k--) if (message.includes(`\`${parts.slice(0, k).join('.')}\``)) return true;
  const last = parts[parts.length - 1];
  return new RegExp(`[\`"'.]${escape(last)}(?:\\(\\))?[\`"']`).test(message);
}

/** The finding of ours that matches one ruff diagnostic: same symbol, and for non-import rules the same line. */
export function matchDiagnostic(d: RuffDiagnostic, findings: Finding[]): Finding | undefined {
  return findings.find((f) => {
    if (!OUR_AIRFLOW3_RULES.has(f.ruleId) || !namesSymbol(f.message, d.symbol)) return false;
    if (IMPORT_RULES.has(f.ruleId)) return true;
    return !!f.range && f.range.startLine <= d.line && d.line <= f.range.endLine;
  });
}
