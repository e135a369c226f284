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
  it('in actions/*/README.md match their action.yml files too (run npm run docs)', async () => {
    const { actionReadmes, updateActionTables } = await import('../src/report/action-docs.js');
    const readmes = actionReadmes(root);
    expect(readmes.map((f) => path.relative(root, f))).toContain('actions/migrate-kind/README.md');
    for (const file of readmes) {
      const text = fs.readFileSync(file, 'utf8');
      expect(updateActionTables(text, root)).toBe(text);
    }
  });
});

describe('uses: lines in the docs', () => {
  it('name every action of this repository at one and the same version tag', () => {
    const docs = ['README.md', ...fs.readdirSync(path.join(root, 'actions')).map((a) => `actions/${a}/README.md`), ...fs.readdirSync(path.join(root, 'workflows-examples')).map((w) => `workflows-examples/${w}`)];
    const tags = new Set<string>();
    for (const doc of docs.filter((d) => fs.existsSync(path.join(root, d)))) {
      for (const m of fs.readFileSync(path.join(root, doc), 'utf8').matchAll(/airflow-gitops-actions\/actions\/[a-z-]+@(\S+)/g)) tags.add(m[1]);
    }
    expect([...tags]).toEqual(['v0']);
  });
});
