import { countBySeverity, sortFindings, type Finding, type RunInfo } from '../core/finding.js';
import { redact } from '../core/secrets.js';

/** Machine-readable output (`--format json`): findings, totals and run facts. */
export function formatJson(findings: Finding[], run: RunInfo): string {
  const body = {
    tool: run.tool,
    version: run.version,
    filesChecked: run.filesChecked,
    durationMs: Math.round(run.durationMs),
    totals: countBySeverity(findings),
    details: Object.fromEntries(run.details ?? []),
    ...(run.data ?? {}),
    findings: sortFindings(findings),
  };
  return redact(JSON.stringify(body, null, 2)) + '\n';
}
