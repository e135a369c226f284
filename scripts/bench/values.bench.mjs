// Benchmark: validate-values as a whole process (node + bundle start-up, chart load, schema, rules,
// report), cold (empty cache dir: the chart's values.yaml is parsed, as on every GitHub-hosted run) and
// warm (its parsed defaults come from the cache dir). The schema is interpreted either way (no compile). Runs the built CLI bundle, dist/cli/index.js
// (falls back to the action bundle, dist/validate-values/index.js, when the CLI lacks the command).
// Options: run({ rounds }) or BENCH_VALUES_RUNS=7 rounds; BENCH_VALUES_CHART=<chart dir> (default: chart 1.19.0 from the
// user cache, downloaded there by the CLI from $AIRFLOW_GITOPS_CHART_REPOSITORY, else the official
// repository, when it is missing — the same cache the tests use).
// Standalone: node scripts/bench/values.bench.mjs
import { spawnSync } from 'node:child_process';
import { fmt, interleaved, loadCell, loadNote, spread } from './measure.mjs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');


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

const TARGET_COLD_SECONDS = 0.5;
const TARGET_WARM_SECONDS = 0.3;
const okExit = [0, 1];

export async function run(options = {}) {
  const rawRounds = options.rounds ?? process.env.BENCH_VALUES_RUNS ?? 7;
  const rounds = Number(rawRounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds must be a positive integer, got "${rawRounds}"`);
  const chart = process.env.BENCH_VALUES_CHART ? path.resolve(root, process.env.BENCH_VALUES_CHART) : cachedChart(BENCH_CHART_VERSION);
  if (!existsSync(path.join(chart, 'values.schema.json'))) throw new Error(`No chart at ${chart}; set BENCH_VALUES_CHART.`);
  const runner = cliRunner(chart);
  const files = [
    ['corrected example', 'examples/platform/airflow/values.yaml'],
    ["user's original", 'examples/original/platform/airflow/values.yaml'],
  ].filter(([, f]) => existsSync(path.resolve(root, f)));
  const schemaBytes = readFileSync(path.join(chart, 'values.schema.json')).length;
  const chartVersion = /^version:\s*(\S+)/m.exec(readFileSync(path.join(chart, 'Chart.yaml'), 'utf8'))?.[1] ?? '?';
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'values-bench-'));
  const rows = [];
  const results = [];
  const verdicts = [];
  try {
    for (const [label, file] of files) {
      console.error(`bench values: ${label}, ${rounds} rounds…`);
      const warmCache = mkdtempSync(path.join(scratch, 'warm-'));
      const contenders = [
        { label: 'bare `node -e 0`', argv: [process.execPath, '-e', '0'] },
        // Cold: a new empty AIRFLOW_GITOPS_CACHE_DIR for every run, as on a GitHub-hosted runner.
        { label: 'cold (empty cache dir)', argv: [process.execPath, ...runner.argv(file)], cwd: root, okCodes: okExit,
          prepare: () => { const dir = mkdtempSync(path.join(scratch, 'cold-')); return { AIRFLOW_GITOPS_CACHE_DIR: dir, ...runner.env(file, dir) }; } },
        // Warm: the same cache dir every time; the untimed warm-up run fills it.
        { label: 'warm (cache dir filled)', argv: [process.execPath, ...runner.argv(file)], cwd: root, okCodes: okExit,
          prepare: () => ({ AIRFLOW_GITOPS_CACHE_DIR: warmCache, ...runner.env(file, warmCache) }) },
      ];
      const result = interleaved(contenders, { rounds });
      results.push(result);
      for (const c of result.contenders) {
        rows.push(c.error
          ? `| ${label} | ${c.label} | error: ${c.error.replaceAll('|', '\\|').slice(0, 160)} | — | — | ${loadCell(result)} |`
          : `| ${label} | ${c.label} | ${spread(c.cpu)} | ${spread(c.wall)} | ${c.maxRssMB === undefined ? 'n/a' : fmt(c.maxRssMB, 0)} | ${loadCell(result)} |`);
      }
      const cpu = (prefix) => result.contenders.find((c) => c.label.startsWith(prefix) && !c.error)?.cpu?.median;
      const busy = result.busy ? ', machine busy' : '';
      for (const [prefix, target] of [['cold', TARGET_COLD_SECONDS], ['warm', TARGET_WARM_SECONDS]]) {
        const seconds = cpu(prefix);
        if (seconds !== undefined) verdicts.push(`- ${label}, ${prefix} ≤ ${target} s CPU: ${seconds <= target ? '**met**' : '**not met**'} (${fmt(seconds, 3)} s${busy}).`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const render = renderComparison(runner, chart, files, Math.min(rounds, 5));
  const markdown = [
    `Whole process: \`node ${runner.name}\` on one values file against chart ${chartVersion} (values.schema.json ${(schemaBytes / 1024).toFixed(0)} KiB), rendered check off. ` +
      `Bare node, cold and warm run in interleaved rounds (one untimed warm-up each, then ${rounds} rounds). Cold = a new empty \`AIRFLOW_GITOPS_CACHE_DIR\` every run (the chart's values.yaml is parsed, as on every GitHub-hosted run); ` +
      'warm = one cache directory reused (the parsed chart defaults are read back). CPU = user + system seconds of the child (its own rusage).',
    '',
    '| Values file | Run | CPU s median (min–max) | Wall s median (min–max) | Max RSS MB | Load |',
    '|---|---|---:|---:|---:|---|',
    ...rows,
    '',
    loadNote([...results, ...render.results]),
    '',
    'Targets (issue 17):',
    ...verdicts,
    '',
    ...render.lines,
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
  // The helm the product itself downloads into its tool cache (newest version first).
  const tools = path.join(userCacheDir(), 'tools');
  const cached = existsSync(tools) ? readdirSync(tools).filter((d) => /^helm-v[\d.]+$/.test(d)).sort((a, b) => b.localeCompare(a, 'en', { numeric: true })) : [];
  for (const dir of cached) {
    if (existsSync(path.join(tools, dir, 'helm'))) return path.join(tools, dir, 'helm');
  }
  return undefined;
}

/**
 * validate-values with the rendered check (two `helm template` runs in parallel plus the Argo CD view)
 * against `helm lint` and one `helm template` on the same chart and values, interleaved: what the
 * check costs over helm alone. CPU includes the helm children validate-values waits for.
 */
function renderComparison(runner, chart, files, rounds) {
  const helm = findHelm();
  if (!helm) return { results: [], lines: ['Rendered check vs helm: skipped, no helm (set AIRFLOW_GITOPS_HELM or put helm on PATH).'] };
  const rows = [];
  const results = [];
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'values-bench-render-'));
  try {
    for (const [label, file] of files) {
      console.error(`bench values: render comparison, ${label}…`);
      const cache = mkdtempSync(path.join(scratch, 'cache-'));
      const env = { AIRFLOW_GITOPS_CACHE_DIR: cache, ...runner.env(file, cache), PATH: `${path.dirname(helm)}${path.delimiter}${process.env.PATH}` };
      const withRender = runner.argv(file).map((a) => (a === 'off' ? 'on' : a));
      if (env.INPUT_RENDER) env.INPUT_RENDER = 'on';
      const result = interleaved([
        { label: 'validate-values, render off', argv: [process.execPath, ...runner.argv(file)], cwd: root, env: { ...env, ...(env.INPUT_RENDER ? { INPUT_RENDER: 'off' } : {}) }, okCodes: okExit },
        { label: 'validate-values, render on', argv: [process.execPath, ...withRender], cwd: root, env, okCodes: okExit },
        { label: 'helm template', argv: [helm, 'template', 'airflow', chart, '--namespace', 'airflow', '--values', file], cwd: root },
        { label: 'helm lint', argv: [helm, 'lint', chart, '--values', file], cwd: root, okCodes: okExit },
      ], { rounds });
      results.push(result);
      for (const c of result.contenders) {
        rows.push(c.error
          ? `| ${label} | ${c.label} | error: ${c.error.replaceAll('|', '\\|').slice(0, 160)} | — | ${loadCell(result)} |`
          : `| ${label} | ${c.label} | ${spread(c.cpu)} | ${spread(c.wall)} | ${loadCell(result)} |`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return {
    results,
    lines: [
      `Rendered check vs helm alone (${path.basename(path.dirname(helm))}, warm cache, interleaved, ${rounds} rounds): validate-values with \`--render off\` and \`--render on\` (two \`helm template\` runs in parallel, compared, plus the Argo CD view; CPU includes those helm children), against one \`helm template\` and \`helm lint\` on the same chart and values.`,
      '',
      '| Values file | Run | CPU s median (min–max) | Wall s median (min–max) | Load |',
      '|---|---|---:|---:|---|',
      ...rows,
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { title, markdown } = await run();
  console.log(`## ${title}\n\n${markdown}`);
}
