import { sortFindings, type Finding, type RunInfo, type Severity } from '../core/finding.js';
import type { EditSet } from '../core/edits.js';
import type { RuleMeta } from '../core/rule.js';
import { redact } from '../core/secrets.js';
import { docsUrlFor, PROJECT_URL } from '../core/finding.js';
import { suppression } from './rules-doc.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

export function ruleHelpMarkdown(rule: RuleMeta): string {
  const lang = rule.exampleLanguage ?? 'python';
  return [
    `**What it does:** ${rule.docs.what}`,
    '',
    `**Why is this bad?** ${rule.docs.why}`,
    '',
    '**Example**',
    '```' + lang,
    rule.docs.example.trimEnd(),
    '```',
    '',
    '**Use instead**',
    '```' + lang,
    rule.docs.fix.trimEnd(),
    '```',
    ...(rule.docs.limits ? ['', `**What it cannot see.** ${rule.docs.limits}`] : []),
    '',
    `**Suppress.** ${suppression(rule)}`,
  ].join('\n');
}

/**
 * SARIF 2.1.0 accepted by github/codeql-action/upload-sarif: every rule of the check in
 * tool.driver.rules with full help, results with ruleId/level/message.text and, where the finding
 * has a file, a physicalLocation relative to the repository root.
 */
export function buildSarif(findings: Finding[], run: RunInfo, rules: RuleMeta[]): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = sortFindings(findings).map((f) => {
    const message = f.fix ? `${f.message}\nFix: ${f.fix}` : f.message;
    const result: Record<string, unknown> = {
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: redact(message) },
    };
    if (f.file && f.edits) result.fixes = [sarifFix(f.file, f.edits)];
    const idx = ruleIndex.get(f.ruleId);
    if (idx !== undefined) result.ruleIndex = idx;
    if (f.file) {
      const r = f.range;
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: r?.startLine ?? 1,
              startColumn: r?.startColumn ?? 1,
              endLine: r?.endLine ?? r?.startLine ?? 1,
              endColumn: r?.endColumn ?? (r?.startColumn ?? 1) + 1,
            },
          },
        },
      ];
    }
    return result;
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: `airflow-gitops ${run.tool}`,
            version: run.version,
            informationUri: PROJECT_URL,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.summary },
              fullDescription: { text: r.docs.what },
              helpUri: docsUrlFor(r.id, r.name),
              help: { text: `${r.docs.what}\n\nWhy: ${r.docs.why}`, markdown: ruleHelpMarkdown(r) },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: [r.check] },
            })),
          },
        },
        automationDetails: { id: `airflow-gitops/${run.tool}/` },
        results,
        // lint-dags: the DAG model per file, as run properties (a property bag SARIF leaves to tools).
        ...(run.dags ? { properties: { dags: redactModel(run.dags) } } : {}),
      },
    ],
  };
}

/** SARIF 2.1.0 §3.55: one fix, its replacements in one artifactChange (the finding's own file). */
function sarifFix(file: string, edits: EditSet): object {
  return {
    description: { text: redact(`${edits.description}${edits.safety === 'unsafe' ? ' (unsafe: behaviour may change)' : ''}`) },
    artifactChanges: [
      {
        artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
        replacements: edits.edits.map((e) => ({
          deletedRegion: { startLine: e.range.startLine, startColumn: e.range.startColumn, endLine: e.range.endLine, endColumn: e.range.endColumn },
          insertedContent: { text: redact(e.newText) },
        })),
      },
    ],
  };
}

/** DAG and task ids are file text: the same redaction as messages applies. */
function redactModel(dags: NonNullable<RunInfo['dags']>): NonNullable<RunInfo['dags']> {
  return JSON.parse(redact(JSON.stringify(dags))) as NonNullable<RunInfo['dags']>;
}

export function formatSarif(findings: Finding[], run: RunInfo, rules: RuleMeta[]): string {
  return JSON.stringify(buildSarif(findings, run, rules), null, 2) + '\n';
}
