import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../core/finding.js';
import type { CliCommand } from './command.js';
import { projectRoot } from './main-job.js';

/** Regenerates docs/rules.md and the README's action tables (`npm run docs`). */
export const docsCommand: CliCommand = {
  name: 'docs',
  summary: 'Regenerate docs/rules.md and the action tables of README.md and actions/*/README.md from the rule metadata and action.yml files.',
  usage: 'airflow-gitops docs',
  options: {},
  async run(ctx) {
    // Rule metadata of every engine is loaded only here and in `rules`, not on every start-up.
    const { actionReadmes, updateActionTables } = await import('../report/action-docs.js');
    const { renderRulesMarkdown } = await import('../report/rules-doc.js');
    const { allRules } = await import('./all-rules.js');
    const root = projectRoot(ctx.entryScript);
    const readmePath = path.join(root, 'README.md');
    if (!fs.existsSync(readmePath)) throw new UsageError(`No README.md at ${root}; run docs from the repository's own dist/cli.`);
    fs.writeFileSync(path.join(root, 'docs/rules.md'), renderRulesMarkdown(allRules()));
    const readmes = [readmePath, ...actionReadmes(root)];
    for (const file of readmes) fs.writeFileSync(file, updateActionTables(fs.readFileSync(file, 'utf8'), root));
    ctx.log(`wrote docs/rules.md and the action tables of ${readmes.map((f) => path.relative(root, f)).join(', ')}`);
    return [];
  },
};
