/**
 * The real-cluster tier's start order (test/cluster/sequencer.mjs) names every test file of the tier
 * and nothing else, so a new or renamed file is placed on purpose, not silently last. Runs without an
 * engine: no cluster is started.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

interface Sequencer { sort(tests: Array<{ path: string }>): Array<{ path: string }> }

it('names exactly the tier\'s test files, and jest gets them in that order', async () => {
  const mod = (await import(path.join(repoRoot, 'test/cluster/sequencer.mjs'))) as { TIER_ORDER: string[]; default: new (...args: unknown[]) => Sequencer };
  const files = readdirSync(path.join(repoRoot, 'test/cluster')).filter((f) => f.endsWith('.test.ts'));
  expect([...mod.TIER_ORDER].sort()).toEqual([...files].sort());
  const shuffled = [...files].reverse().map((f) => ({ path: path.join(repoRoot, 'test/cluster', f) }));
  expect(new mod.default({}).sort(shuffled).map((t) => path.basename(t.path))).toEqual(mod.TIER_ORDER);
});
