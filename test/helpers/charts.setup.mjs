/**
 * jest globalSetup: puts the test charts (test/helpers/charts.ts) in the user cache once per run,
 * before any test file, and hands their directories — or the one line their tests fail with — to
 * the workers through the environment they inherit. Never fails the run: tests that need no chart
 * still run. Plain .mjs because jest transforms a globalSetup file but not what it imports; the
 * hooks in ts-hooks.mjs let Node import the product's TypeScript directly.
 */
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);

export default async function setupTestCharts() {
  const { prepareTestCharts, TEST_CHARTS_ENV } = await import('./charts.ts');
  const prepared = await prepareTestCharts();
  process.env[TEST_CHARTS_ENV] = JSON.stringify(prepared);
  const errors = Object.values(prepared).flatMap((p) => ('error' in p ? [p.error] : []));
  if (errors.length) process.stderr.write(`\n${errors.join('\n')}\n`);
}
