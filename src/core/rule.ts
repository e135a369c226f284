import { docsUrlFor, type Finding, type Range, type Severity } from './finding.js';

/** Metadata every rule declares; docs/rules.md and SARIF help are generated from it. */
export interface RuleMeta {
  /** Stable code, e.g. DAG101. */
  id: string;
  /** Readable kebab-case name, e.g. removed-in-airflow-3. */
  name: string;
  severity: Severity;
  /** Which check the rule belongs to: lint-dags, validate-values, verify-wasb-logs, migrate-kind. */
  check: string;
  /** One line, used as the SARIF shortDescription. */
  summary: string;
  docs: {
    what: string;
    why: string;
    /** Code that triggers the rule. */
    example: string;
    /** The same code, fixed. */
    fix: string;
    /**
     * What the rule cannot see (code built at run time, names from other modules, `**kwargs`, …)
     * and what it does then (stays quiet, or marks the DAG dynamic). Required for lint-dags rules.
     */
    limits?: string;
  };
  /**
   * Whether a `# noqa` comment on the reported line drops the finding: true for lint-dags rules
   * that run per file; findings with no line (DAG002) or gathered across files (DAG402) are not
   * filtered by noqa.
   */
  noqa?: boolean;
  /** Language of the examples for fenced code blocks. */
  exampleLanguage?: 'python' | 'yaml' | 'text';
}

export type SeverityOverride = Severity | 'off';

/** Turns a rule's report() calls into Findings, applying the configured severity. */
export function makeFinding(
  meta: RuleMeta,
  severity: Severity,
  message: string,
  file: string | undefined,
  range: Range | undefined,
  fix?: string,
): Finding {
  const finding: Finding = {
    ruleId: meta.id,
    ruleName: meta.name,
    severity,
    message,
    docsUrl: docsUrlFor(meta.id, meta.name),
  };
  if (file !== undefined) finding.file = file;
  if (range) finding.range = range;
  if (fix) finding.fix = fix;
  return finding;
}

/** Resolves a rule's effective severity from config overrides (by id or name). */
export function effectiveSeverity(
  meta: RuleMeta,
  overrides: Record<string, SeverityOverride> | undefined,
): SeverityOverride {
  if (!overrides) return meta.severity;
  return overrides[meta.id] ?? overrides[meta.name] ?? meta.severity;
}
