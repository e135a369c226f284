import { UsageError } from '../core/finding.js';
import type { CliCommand } from './command.js';

export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'Print the rule reference (Markdown, as in docs/rules.md, or JSON with --format json).',
  usage: 'airflow-gitops rules [--format text|json] [--check NAME]',
  options: { check: { type: 'string', value: 'NAME', description: 'Only the rules of one check: lint-dags, validate-values, verify-wasb-logs or migrate-kind.' } },
  async run(ctx) {
    // Rule metadata of every engine is loaded only when asked for.
    const { renderRulesMarkdown } = await import('../report/rules-doc.js');
    const { allRules } = await import('./all-rules.js');
    const check = ctx.values.check as string | undefined;
    const rules = allRules().filter((r) => !check || r.check === check);
    if (check && rules.length === 0) throw new UsageError(`No rules for check "${check}".`);
    ctx.out(ctx.values.format === 'json' ? JSON.stringify(rules, null, 2) + '\n' : renderRulesMarkdown(rules));
    return [];
  },
};
