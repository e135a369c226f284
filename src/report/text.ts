import { countBySeverity, sortFindings, type Finding, type RunInfo } from '../core/finding.js';
import { redact } from '../core/secrets.js';

/** ruff/eslint-style terminal output: `path:line:col: RULE message`, a fix line, then totals. */
export function formatText(findings: Finding[], run: RunInfo, color = false): string {
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sevColor = { error: '31', warning: '33', note: '36' } as const;
  const lines: string[] = [];
  for (const f of sortFindings(findings)) {
    const where = f.file ? `${f.file}:${f.range?.startLine ?? 1}:${f.range?.startColumn ?? 1}: ` : '';
    lines.push(`${paint('1', where)}${paint(sevColor[f.severity], f.ruleId)} [${f.severity}] ${redact(f.message)}`);
    if (f.fix) lines.push(`  ${paint('32', 'fix:')} ${redact(f.fix)}`);
    if (f.edits) lines.push(`  ${paint('32', f.edits.safety === 'safe' ? 'fixable:' : 'fixable with --unsafe-fixes:')} ${redact(f.edits.description)}`);
  }
  for (const [k, v] of run.details ?? []) lines.push(`${k}: ${redact(v)}`);
  const t = countBySeverity(findings);
  const fixable = findings.filter((f) => f.edits);
  if (fixable.length) {
    const safe = fixable.filter((f) => f.edits!.safety === 'safe').length;
    lines.push(`${fixable.length} fixable: ${safe} with \`--fix\`${safe < fixable.length ? `, ${fixable.length - safe} more with \`--fix --unsafe-fixes\`` : ''}.`);
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  lines.push(
    `${run.tool}: ${plural(t.error, 'error')}, ${plural(t.warning, 'warning')}, ${plural(t.note, 'note')} ` +
      `in ${plural(run.filesChecked, 'file')} (${Math.round(run.durationMs)} ms).`,
  );
  return lines.join('\n') + '\n';
}
