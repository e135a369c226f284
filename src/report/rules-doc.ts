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
    'Each rule below says how its findings can be suppressed: lint-dags reads `# noqa` comments on',
    'the reported line for the rules that run per file; the other checks have no per-line comment.',
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
      if (r.docs.limits) out.push(`**What it cannot see.** ${r.docs.limits}`, '');
      out.push(`**Suppress.** ${suppression(r)}`, '');
    }
  }
  return out.join('\n');
}

/** A config line that turns the rule off for the whole repository. */
export function configOffLine(rule: RuleMeta): string {
  return `${rule.id}: off`;
}

/** A comment that silences the rule on one line of a DAG file, or undefined when noqa does not apply. */
export function noqaComment(rule: RuleMeta): string | undefined {
  return rule.noqa ? `# noqa: ${rule.id}` : undefined;
}

/**
 * How the rule's findings are suppressed, as each engine really does it: lint-dags filters per-file
 * findings by `# noqa` (src/dags/noqa.ts) and every engine but migrate-kind reads the config's
 * `rules:` overrides (effectiveSeverity); validate-values and lint-dags also drop files matching
 * `ignore:` globs.
 */
export function suppression(rule: RuleMeta): string {
  const config = `in \`.airflow-gitops.yml\` (by id or name; or \`error\`, \`warning\`, \`note\` to change its level)`;
  const off = `\`rules: {${configOffLine(rule)}}\``;
  switch (rule.check) {
    case 'lint-dags': {
      const noqa = noqaComment(rule);
      const inline = noqa
        ? `Put \`${noqa}\` (or \`# noqa: ${rule.name}\`; a bare \`# noqa\` silences every rule) at the end of the reported line (the first line of the finding, e.g. the first line of a multi-line import).`
        : '`# noqa` does not silence this rule: its findings are not made by the per-file pass that reads the comments.';
      return `${inline} For the whole repository: ${off} ${config}; files matching an \`ignore:\` glob are not linted.`;
    }
    case 'validate-values':
      return `No per-line comment in values files. Use ${off} ${config}; findings in a values file matching an \`ignore:\` glob are dropped.`;
    case 'verify-wasb-logs':
      return `No per-line comment; only the config: ${off} ${config}.`;
    case 'migrate-kind':
      return 'None: migrate-kind reports its own rules at their default level and does not apply the config\'s `rules:` section (the validate-values rules it runs first do honour it).';
    default:
      return `Use ${off} ${config}.`;
  }
}

/** GitHub's heading anchor for "### DAG101 airflow3-removed-import". */
export function anchor(rule: RuleMeta): string {
  return `${rule.id.toLowerCase()}-${rule.name}`;
}
