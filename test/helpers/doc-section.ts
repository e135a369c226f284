import * as fs from 'node:fs';

/**
 * Figures in the docs come from the run that measures them, never from a hand: a doc marks the
 * generated part with `<!-- generated:NAME -->…<!-- /generated:NAME -->`, the test that measures
 * renders it, and the two must agree. `AIRFLOW_GITOPS_WRITE_DOCS=1` writes the new text instead
 * (the `npm run accuracy` script), so refreshing the doc is one command.
 */
export function checkGeneratedSection(docPath: string, name: string, rendered: string): { stale: boolean; hint: string } {
  const text = fs.readFileSync(docPath, 'utf8');
  const block = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);
  if (!block.test(text)) throw new Error(`${docPath} has no <!-- generated:${name} --> block`);
  const updated = text.replace(block, (_all, open: string, close: string) => `${open}${rendered.trimEnd()}\n${close}`);
  if (process.env.AIRFLOW_GITOPS_WRITE_DOCS === '1') fs.writeFileSync(docPath, updated);
  const stale = updated !== text && process.env.AIRFLOW_GITOPS_WRITE_DOCS !== '1';
  return { stale, hint: `${docPath} section "${name}" is stale: run AIRFLOW_GITOPS_WRITE_DOCS=1 on this test (npm run accuracy) and commit the doc` };
}
