// Benchmark: validate-values as a whole process (node + bundle start-up, chart load, schema, rules,
// report), cold (empty cache dir: the chart's values.yaml is parsed, as on every GitHub-hosted run) and
// warm (its parsed defaults come from the cache dir). The schema is interpreted either way (no compile). Runs the built CLI bundle, dist/cli/index.js
// (falls back to the action bundle, dist/validate-values/index.js, when the CLI lacks the command).
// Environment knobs: BENCH_VALUES_RUNS=7, BENCH_VALUES_CHART=<chart dir> (default: chart 1.19.0 from the
// user cache, downloaded there by the CLI from $AIRFLOW_GITOPS_CHART_REPOSITORY, else the official
// repository, when it is missing — the same cache the tests use).
// Standalone: node scripts/bench/values.bench.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => `${Math.round(ms)} ms`;

function cliRunner(chart) {
  const cli = path.join(root, 'dist/cli/index.js');
  if (existsSync(cli)) {
    const probe = spawnSync(process.execPath, [cli, 'validate-values', '--help'], { encoding: 'utf8' });
    if (probe.status === 0) {
      return { name: 'dist/cli/index.js validate-values', argv: (file) => [cli, 'validate-values', file, '--chart', chart, '--render', 'off', '--fail-on', 'never'], env: () => ({}) };
    }
  }
  const action = path.join(root, 'dist/validate-values/index.js');
  if (!existsSync(action)) throw new Error('Build first: node scripts/build.mjs cli validate-values');
  return {
    name: 'dist/validate-values/index.js (action bundle)',
    argv: () => [action],
    env: (file, tmp) => {
      const out = path.join(tmp, 'out');
      writeFileSync(out, '');
      return { 'INPUT_VALUES-FILES': file, INPUT_CHART: chart, INPUT_RENDER: 'off', 'INPUT_FAIL-ON': 'never', GITHUB_OUTPUT: out, RUNNER_TOOL_CACHE: path.join(tmp, 'tool-cache') };
    },
  };
}

function timeOne(runner, file, cacheDir) {
  const env = { ...process.env, AIRFLOW_GITOPS_CACHE_DIR: cacheDir, ...runner.env(file, cacheDir) };
  const started = performance.now();
  const res = spawnSync(process.execPath, runner.argv(file), { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (res.status !== 0 && res.status !== 1) throw new Error(`validate-values exited ${res.status}: ${res.stderr}`);
  return ms;
}

const BENCH_CHART_VERSION = '1.19.0';

/** The product's user cache directory (userCacheDir() in src/values/chart.ts; this script runs without a build step). */
function userCacheDir() {
  if (process.env.AIRFLOW_GITOPS_CACHE_DIR) return path.resolve(process.env.AIRFLOW_GITOPS_CACHE_DIR);
  if (process.platform === 'win32' && process.env.LOCALAPPDATA) return path.join(process.env.LOCALAPPDATA, 'airflow-gitops', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'airflow-gitops');
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'airflow-gitops');
}

/** The cached chart directory, downloaded into the user cache by the CLI itself when it is not there yet. */
function cachedChart(version) {
  const dir = path.join(userCacheDir(), 'charts', `airflow-${version}`);
  if (existsSync(path.join(dir, 'Chart.yaml'))) return dir;
  const cli = path.join(root, 'dist/cli/index.js');
  const repository = process.env.AIRFLOW_GITOPS_CHART_REPOSITORY?.trim() || 'https://airflow.apache.org';
  const res = spawnSync(process.execPath, [cli, 'validate-values', 'examples/platform/airflow/values.yaml', '--chart', version, '--chart-repository', repository, '--render', 'off', '--fail-on', 'never'], { cwd: root, encoding: 'utf8' });
  if (!existsSync(path.join(dir, 'Chart.yaml'))) throw new Error(`Cannot get chart ${version} from ${repository} into ${dir} (exit ${res.status}: ${(res.stderr || res.stdout).trim().split('\n').pop()}); set AIRFLOW_GITOPS_CHART_REPOSITORY or BENCH_VALUES_CHART.`);
  return dir;
}

export async function run() {
  const runs = Number(process.env.BENCH_VALUES_RUNS ?? 7);
  const chart = process.env.BENCH_VALUES_CHART ? path.resolve(root, process.env.BENCH_VALUES_CHART) : cachedChart(BENCH_CHART_VERSION);
  if (!existsSync(path.join(chart, 'values.schema.json'))) throw new Error(`No chart at ${chart}; set BENCH_VALUES_CHART.`);
  const runner = cliRunner(chart);
  const files = [
    ['corrected example', 'examples/platform/airflow/values.yaml'],
    ["user's original", 'examples/original/platform/airflow/values.yaml'],
  ].filter(([, f]) => existsSync(path.resolve(root, f)));
  const schemaBytes = readFileSync(path.join(chart, 'values.schema.json')).length;
  const chartVersion = /^version:\s*(\S+)/m.exec(readFileSync(path.join(chart, 'Chart.yaml'), 'utf8'))?.[1] ?? '?';
  const rows = [];
  for (const [label, file] of files) {
    const cold = [];
    const warm = [];
    for (let i = 0; i < runs; i++) {
      const cache = mkdtempSync(path.join(os.tmpdir(), 'values-bench-'));
      try {
        cold.push(timeOne(runner, file, cache));
        warm.push(timeOne(runner, file, cache));
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    }
    rows.push(`| ${label} | ${fmt(median(cold))} | ${fmt(Math.max(...cold))} | ${fmt(median(warm))} | ${fmt(Math.max(...warm))} |`);
  }
  const markdown = [
    `Whole process: \`node ${runner.name}\` on one values file against chart ${chartVersion} (values.schema.json ${(schemaBytes / 1024).toFixed(0)} KiB), rendered check off, ${runs} runs each.`,
    'Cold = empty cache directory (the chart values.yaml is parsed, as on every GitHub-hosted run); warm = the same cache directory again (the parsed chart defaults are read as JSON). The schema is interpreted in both (nothing compiled or cached).',
    '',
    '| Values file | Cold (median) | Cold (max) | Warm (median) | Warm (max) |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
    ...renderComparison(runner, chart, files, Math.min(runs, 5)),
  ].join('\n');
  return { title: 'validate-values: cold and warm run time', markdown };
}

/** The real helm: $AIRFLOW_GITOPS_HELM, else helm on PATH (no shell). */
function findHelm() {
  if (process.env.AIRFLOW_GITOPS_HELM) return process.env.AIRFLOW_GITOPS_HELM;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, process.platform === 'win32' ? 'helm.exe' : 'helm');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

function timeHelm(helm, args) {
  const started = performance.now();
  const res = spawnSync(helm, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0 && !(args[0] === 'lint' && res.status === 1)) throw new Error(`helm ${args[0]} exited ${res.status}: ${res.stderr}`);
  return performance.now() - started;
}

/**
 * validate-values with the rendered check (two `helm template` runs in parallel plus the Argo CD view)
 * against `helm lint` and one `helm template` on the same chart and values: what the check costs over helm alone.
 */
function renderComparison(runner, chart, files, runs) {
  const helm = findHelm();
  if (!helm) return ['Rendered check vs helm: skipped, no helm (set AIRFLOW_GITOPS_HELM or put helm on PATH).'];
  const withRender = { ...runner, argv: (file) => runner.argv(file).map((a) => (a === 'off' ? 'on' : a)), env: (file, tmp) => {
      const env = runner.env(file, tmp);
      if (env.INPUT_RENDER) env.INPUT_RENDER = 'on';
      return { ...env, PATH: `${path.dirname(helm)}${path.delimiter}${process.env.PATH}` };
    },
  };
  const rows = [];
  for (const [label, file] of files) {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'values-bench-render-'));
    try {
      timeOne(runner, file, cache); // warm the schema cache: the comparison is about the render
      const off = [];
      const on = [];
      const lint = [];
      const template = [];
      for (let i = 0; i < runs; i++) {
        off.push(timeOne(runner, file, cache));
        on.push(timeOne(withRender, file, cache));
        lint.push(timeHelm(helm, ['lint', chart, '--values', file]));
        template.push(timeHelm(helm, ['template', 'airflow', chart, '--namespace', 'airflow', '--values', file]));
      }
      rows.push(`| ${label} | ${fmt(median(off))} | ${fmt(median(on))} | ${fmt(median(template))} | ${fmt(median(lint))} |`);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
  return [
    `Rendered check vs helm alone (${path.basename(path.dirname(helm))}, warm cache, medians of ${runs} runs): validate-values with \`--render off\` and \`--render on\` (two \`helm template\` runs in parallel, compared, plus the Argo CD view), against one \`helm template\` and \`helm lint\` on the same chart and values.`,
    '',
    '| Values file | validate-values, render off | validate-values, render on | helm template | helm lint |',
    '|---|---:|---:|---:|---:|',
    ...rows,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { title, markdown } = await run();
  console.log(`## ${title}\n\n${markdown}`);
}
