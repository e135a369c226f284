import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfig } from '../../src/core/config.js';
import { lintDags } from '../../src/dags/engine.js';
import { dagRules } from '../../src/dags/rules/index.js';
import { suppression } from '../../src/report/rules-doc.js';
import { ruleHelpMarkdown } from '../../src/report/sarif.js';

const byId = (id: string) => dagRules.find((r) => r.meta.id === id)!.meta;

/** The code spans (`…`) of a rule's printed "Suppress." text: the forms a user copies. */
function printedForms(id: string): { noqa?: string; config: string } {
  const spans = [...suppression(byId(id)).matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  return { noqa: spans.find((s) => /^# noqa: [A-Z]+\d+$/.test(s)), config: spans.find((s) => s.startsWith('rules: '))! };
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

/** A fresh repository with the given files; returns its root. */
function repo(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-rule-docs-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

async function findingsOf(root: string, ruleId: string) {
  const result = await lintDags({ paths: ['dags'], root, config: loadConfig(undefined, root) });
  return result.findings.filter((f) => f.ruleId === ruleId);
}

// A scheduled DAG whose start_date moves with every parse: DAG409 on the pendulum.now() line.
const MOVING_START = [
  'import pendulum',
  'from airflow.sdk import DAG',
  '',
  'with DAG(',
  '    "moving_start",',
  '    schedule="@daily",',
  '    start_date=pendulum.now("UTC").subtract(days=1),',
  '):',
  '    pass',
  '',
];

describe('lint-dags rule docs', () => {
  it.each(dagRules.map((r) => [r.meta.id, r.meta] as const))('%s says what it cannot see and how to suppress it', (_id, meta) => {
    expect(meta.docs.limits.trim().length).toBeGreaterThan(40);
    expect(suppression(meta)).toContain(`rules: {${meta.id}: off}`);
    // Code scanning shows the same help next to each alert.
    expect(ruleHelpMarkdown(meta)).toContain(`**What it cannot see.** ${meta.docs.limits}`);
    expect(ruleHelpMarkdown(meta)).toContain(`**Suppress.** ${suppression(meta)}`);
  });

  it('the printed `# noqa: DAG409` on the reported line silences the finding, and only that rule', async () => {
    const { noqa } = printedForms('DAG409');
    expect(noqa).toBe('# noqa: DAG409');
    const plain = await findingsOf(repo({ 'dags/moving.py': MOVING_START.join('\n') }), 'DAG409');
    expect(plain).toHaveLength(1);
    const line = plain[0].range!.startLine;
    const suppressed = MOVING_START.map((l, i) => (i + 1 === line ? `${l}  ${noqa}` : l));
    expect(await findingsOf(repo({ 'dags/moving.py': suppressed.join('\n') }), 'DAG409')).toEqual([]);
    // Another rule's code on that line leaves DAG409 alone.
    const other = MOVING_START.map((l, i) => (i + 1 === line ? `${l}  # noqa: DAG410` : l));
    expect(await findingsOf(repo({ 'dags/moving.py': other.join('\n') }), 'DAG409')).toHaveLength(1);
  });

  it('the printed config form `rules: {DAG409: off}` in .airflow-gitops.yml turns the rule off', async () => {
    const { config } = printedForms('DAG409');
    const root = repo({ 'dags/moving.py': MOVING_START.join('\n'), '.airflow-gitops.yml': `${config}\n` });
    expect(await findingsOf(root, 'DAG409')).toEqual([]);
    fs.writeFileSync(path.join(root, '.airflow-gitops.yml'), config.replace(': off}', ': error}') + '\n');
    expect((await findingsOf(root, 'DAG409')).map((f) => f.severity)).toEqual(['error']);
  });

  it('DAG402 is documented without a noqa form, and a noqa comment indeed does not silence it', async () => {
    expect(printedForms('DAG402').noqa).toBeUndefined();
    const file = 'from airflow.sdk import DAG\n\nwith DAG("same_id", schedule=None):  # noqa: DAG402\n    pass\n';
    const root = repo({ 'dags/a.py': file, 'dags/b.py': file });
    expect(await findingsOf(root, 'DAG402')).toHaveLength(2);
    fs.writeFileSync(path.join(root, '.airflow-gitops.yml'), `${printedForms('DAG402').config}\n`);
    expect(await findingsOf(root, 'DAG402')).toEqual([]);
  });
});
