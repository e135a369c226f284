import { countBySeverity, sortFindings, type Finding, type RunInfo } from '../core/finding.js';
import { redact } from '../core/secrets.js';

/** GitHub rejects step summaries over 1 MiB; keep a margin for the runner's own framing. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

const ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' } as const;

function escapeCell(s: string): string {
  return redact(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * The job summary as Markdown: totals, run details, engine sections, then one collapsed table per
 * file. Files that would push it past GitHub's limit are counted instead of listed.
 */
export function buildSummary(findings: Finding[], run: RunInfo, annotationsOmitted = 0): string {
  const t = countBySeverity(findings);
  const head: string[] = [];
  const status = t.error > 0 ? '❌' : t.warning > 0 ? '⚠️' : '✅';
  head.push(`## ${status} airflow-gitops ${run.tool}`);
  head.push('');
  head.push(`| Errors | Warnings | Notes | Files checked | Duration |`);
  head.push(`|---:|---:|---:|---:|---:|`);
  head.push(`| ${t.error} | ${t.warning} | ${t.note} | ${run.filesChecked} | ${(run.durationMs / 1000).toFixed(2)} s |`);
  head.push('');
  if (run.details?.length) {
    for (const [k, v] of run.details) head.push(`- **${escapeCell(k)}:** ${escapeCell(v)}`);
    head.push('');
  }
  for (const s of run.sections ?? []) {
    head.push(`### ${escapeCell(s.title)}`, '', redact(s.markdown), '');
  }
  if (annotationsOmitted > 0) {
    head.push(`> ${annotationsOmitted} finding(s) were not annotated inline because of GitHub's annotation limits; all are listed below.`, '');
  }

  const byFile = new Map<string, Finding[]>();
  for (const f of sortFindings(findings)) {
    const key = f.file ?? '(no file)';
    if (!byFile.has(key)) byFile.set(key, []);
    byFile.get(key)!.push(f);
  }
  let out = head.join('\n') + '\n';
  let omittedFiles = 0;
  for (const [file, list] of byFile) {
    const c = countBySeverity(list);
    const rows = list.map(
      (f) =>
        `| ${ICON[f.severity]} | ${f.range ? `${f.range.startLine}:${f.range.startColumn}` : ''} | [${f.ruleId}](${f.docsUrl}) | ${escapeCell(f.message)}${f.fix ? `<br>*Fix:* ${escapeCell(f.fix)}` : ''} |`,
    );
    const block = [
      `<details${c.error > 0 ? ' open' : ''}><summary><code>${escapeCell(file)}</code> — ${c.error} error(s), ${c.warning} warning(s), ${c.note} note(s)</summary>`,
      '',
      '| | Line | Rule | Message |',
      '|---|---|---|---|',
      ...rows,
      '',
      '</details>',
      '',
    ].join('\n');
    if (Buffer.byteLength(out) + Buffer.byteLength(block) > SUMMARY_LIMIT_BYTES - 512) {
      omittedFiles++;
      continue;
    }
    out += block;
  }
  if (omittedFiles > 0) out += `\n> ${omittedFiles} more file(s) with findings are not listed: the summary would exceed GitHub's 1 MiB limit. See the SARIF or JSON output.\n`;
  return out;
}
