import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { validateValues } from '../../src/values/engine.js';
import { valueRules } from '../../src/values/rules/index.js';
import { chartDir, tempDir } from './helpers.js';

const schemaCacheDir = path.join(os.tmpdir(), 'airflow-gitops-values-test-schemas');
const dir = tempDir('vv-docs-');

async function count(ruleId: string, text: string, name: string): Promise<number> {
  fs.writeFileSync(path.join(dir, name), text);
  const result = await validateValues({ files: [name], chart: chartDir('1.19.0'), cwd: dir, schemaCacheDir, render: 'off' });
  return result.findings.filter((f) => f.ruleId === ruleId).length;
}

/** docs/rules.md shows each rule's example and fix; both must be true to the rule. */
describe.each(valueRules.map((r) => [r.meta.id, r.meta.name, r.meta] as const))('%s %s docs', (id, _name, meta) => {
  it('the example triggers the rule and the fix reports less of it', async () => {
    const bad = await count(id, meta.docs.example, `${id}-example.yaml`);
    const good = await count(id, meta.docs.fix, `${id}-fix.yaml`);
    expect(bad).toBeGreaterThan(0);
    expect(good).toBeLessThan(bad);
  });
});
