import type { RuleMeta } from '../core/rule.js';

const CHECK_TITLES: Record<string, string> = {
  'lint-dags': 'lint-dags — Airflow 3 DAG files',
  'validate-values': 'validate-values — the chart values.yaml',
  'verify-wasb-logs': 'verify-wasb-logs — task logs in Azure Blob Storage',
  'migrate-kind': 'migrate-kind — the database migration',
};

/** docs/rules.md, generated from rule metadata (a test fails when the committed file differs). */
export function renderRulesMarkdown(rules: RuleMeta[]): string {
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from the rule metadata by `npm run docs`; do not edit by hand. -->',
    '',
    'Every finding names a rule. Change a rule\'s severity or turn it off in `.airflow-gitops.yml`:',
    '',
    '```yaml',
    'rules:',
    '  DAG407: off          # by id',
    '  naive-start-date: error   # or by name',
    '```',
    '',
    'Suppress one line in a DAG file with `# noqa: DAG301` (or a bare `# noqa`).',
    '',
  ];
  const checks = [...new Set(rules.map((r) => r.check))];
  for (const check of checks) {
    const list = rules.filter((r) => r.check === check);
    out.push(`## ${CHECK_TITLES[check] ?? check}`, '', '| Code | Name | Default | Summary |', '|---|---|---|---|');
    for (const r of list) out.push(`| [${r.id}](#${anchor(r)}) | ${r.name} | ${r.severity} | ${r.summary.replace(/\|/g, '\\|')} |`);
    out.push('');
    for (const r of list) {
      const lang = r.exampleLanguage ?? 'python';
      out.push(
        `### ${r.id} ${r.name}`,
        '',
        `Default severity: **${r.severity}**`,
        '',
        `**What it does.** ${r.docs.what}`,
        '',
        `**Why is this bad?** ${r.docs.why}`,
        '',
        '**Example**',
        '',
        '```' + lang,
        r.docs.example.trimEnd(),
        '```',
        '',
        '**Use instead**',
        '',
        '```' + lang,
        r.docs.fix.trimEnd(),
        '```',
        '',
      );
    }
  }
  return out.join('\n');
}

/** GitHub's heading anchor for "### DAG101 airflow3-removed-import". */
export function anchor(rule: RuleMeta): string {
  return `${rule.id.toLowerCase()}-${rule.name}`;
}
