import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

interface ActionYaml {
  name?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

/** Inputs and outputs tables for one action.yml, as shown in the README. */
export function renderActionTables(actionYml: string): string {
  const action = parse(actionYml) as ActionYaml;
  const lines = ['| Input | Default | Description |', '|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const def = input.default === undefined || input.default === '' ? (input.required ? '*required*' : '') : `\`${cell(String(input.default))}\``;
    lines.push(`| \`${name}\` | ${def} | ${cell(input.description)} |`);
  }
  if (Object.keys(action.outputs ?? {}).length) {
    lines.push('', '| Output | Description |', '|---|---|');
    for (const [name, output] of Object.entries(action.outputs ?? {})) lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  }
  return lines.join('\n');
}

const BLOCK = /<!-- action-table:([\w-]+) -->[\s\S]*?<!-- \/action-table:\1 -->/g;

/** Replaces every `<!-- action-table:NAME -->…<!-- /action-table:NAME -->` block from actions/NAME/action.yml. */
export function updateActionTables(readme: string, root: string): string {
  return readme.replace(BLOCK, (_all, name: string) => {
    const yml = fs.readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8');
    return `<!-- action-table:${name} -->\n${renderActionTables(yml)}\n<!-- /action-table:${name} -->`;
  });
}

/** The per-action READMEs (actions/NAME/README.md) that carry action tables besides the top-level one. */
export function actionReadmes(root: string): string[] {
  const actionsDir = path.join(root, 'actions');
  return fs
    .readdirSync(actionsDir)
    .map((name) => path.join(actionsDir, name, 'README.md'))
    .filter((file) => fs.existsSync(file))
    .sort();
}
