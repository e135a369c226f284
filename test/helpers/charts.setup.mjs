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
  // One line for every version that failed the same way (usually: the repository is unreachable).
  const byReason = new Map();
  for (const [version, p] of Object.entries(prepared)) {
    if (!('error' in p)) continue;
    const reason = p.error.slice(`chart ${version} not available: `.length);
    byReason.set(reason, [...(byReason.get(reason) ?? []), version]);
  }
  for (const [reason, versions] of byReason) process.stderr.write(`\n${versions.length > 1 ? 'charts' : 'chart'} ${versions.join(', ')} not available: ${reason}\n`);
}
