import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../src/cli/all-rules.js';
import { renderRulesMarkdown } from '../src/report/rules-doc.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

describe('docs/rules.md', () => {
  it('is generated from the rule metadata (run npm run docs)', () => {
    expect(fs.readFileSync(path.join(root, 'docs/rules.md'), 'utf8')).toBe(renderRulesMarkdown(allRules()));
  });
  it('every rule has a unique id and name and complete docs', () => {
    const rules = allRules();
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const part of [r.summary, r.docs.what, r.docs.why, r.docs.example, r.docs.fix]) expect(part.trim().length).toBeGreaterThan(0);
    }
  });
});

describe('README action tables', () => {
  it('match the action.yml files (run npm run docs)', async () => {
    const { updateActionTables } = await import('../src/report/action-docs.js');
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('<!-- action-table:lint-dags -->');
    expect(updateActionTables(readme, root)).toBe(readme);
  });
});
