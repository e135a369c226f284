// Benchmark summary: the real-cluster tier's recorded runs (npm run test:cluster writes one JSON per
// run to <cluster cache>/timings/, see test/cluster/harness.ts). Nothing is run here: the newest cold
// run (images or binaries were built) and the newest warm run (everything cached) are tabulated per
// phase. Without recorded runs it is skipped (with the reason), so the previous section is kept rather than blanked.
// Standalone: node scripts/bench/cluster.bench.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterCacheDir } from '../../test/cluster/engine.mjs';

function recordedRuns(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')))
    .filter((r) => r.tier === 'cluster' && Array.isArray(r.phases))
    .sort((a, b) => a.started.localeCompare(b.started));
}

const seconds = (s) => (s === undefined ? '—' : s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${s.toFixed(1)} s`);

export async function run() {
  const dir = path.join(clusterCacheDir(), 'timings');
  const runs = recordedRuns(dir);
  const cold = runs.filter((r) => r.run === 'cold').pop();
  const warm = runs.filter((r) => r.run === 'warm').pop();
  if (!cold && !warm) return { skipped: `no recorded cluster tier runs in ${dir}; run npm run test:cluster first` };
  const phases = [];
  for (const r of [cold, warm]) for (const p of r?.phases ?? []) if (!phases.includes(p.phase)) phases.push(p.phase);
  const lookup = (r, phase) => r?.phases.filter((p) => p.phase === phase).reduce((sum, p) => sum + p.seconds, 0);
  const rows = phases.map((phase) => `| ${phase} | ${seconds(lookup(cold, phase))} | ${seconds(lookup(warm, phase))} |`);
  const describe = (r, label) => (r ? `${label}: ${r.started}, ${r.cores} cores, load average ${r.loadAverage.toFixed(1)} at the end` : `${label}: not recorded yet`);
  const markdown = [
    'One `npm run test:cluster` run per column: **cold** built images or binaries, **warm** found everything in the caches.',
    'Phases prefixed `refused:`/`happy:` are the action\'s own phases inside the image-building and setup phases above them.',
    '',
    `- ${describe(cold, 'cold')}`,
    `- ${describe(warm, 'warm')}`,
    '',
    '| phase | cold | warm |',
    '|---|---|---|',
    ...rows,
    `| **whole tier** | **${seconds(cold?.totalSeconds)}** | **${seconds(warm?.totalSeconds)}** |`,
  ].join('\n');
  return { title: 'Real-cluster tier (kind)', markdown };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log((await run()).markdown);
