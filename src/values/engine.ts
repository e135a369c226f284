import * as path from 'node:path';
import type { ErrorObject } from 'ajv';
import type { CheckResult } from '../core/check.js';
import { VERSION } from '../core/check.js';
import { defaultConfig, type Config } from '../core/config.js';
import { globToRegExp } from '../core/files.js';
import { UsageError, type Finding } from '../core/finding.js';
import { effectiveSeverity, makeFinding, type RuleMeta } from '../core/rule.js';
import { userCacheDir } from '../core/cache-dir.js';
import { airflowVersionFromValues, defaultAirflowVersionFor } from '../core/versions.js';
import { ChartUnreachableError, chartFromFacts, directoryChartCache, resolveChart, type ChartCache, type ChartSource } from './chart.js';
import { getPath, hasPath, type Location, type Report, type RuleContext } from './context.js';
import { airflowFactsFor } from './data/airflow-facts.js';
import { chartFactsFor } from './data/chart-facts.js';
import { isPlainObject, loadValuesFiles, ownValue, setOwnValue } from './load.js';
import { parseValuesPolicy } from './policy.js';
import { renderChart, type RenderMode, type RenderOutcome } from './render.js';
import { argoView, type ArgoView } from './argo.js';
import { renderSection, reportArgoView } from './render-findings.js';
import { helmTemplateFailed, renderedDrift, renderedHelmHooks, renderedPlainJob, renderedRules } from './rules/rendered-helm-hooks.js';
import { schemaViolation } from './rules/schema-violation.js';
import { valueRules, valuesRules } from './rules/index.js';
import { knownTopLevelKeys } from './rules/unknown-top-level-key.js';
import { UnsupportedSchemaPatternError } from './linear-regexp.js';
import { compileSchema, type CompileStats } from './schema.js';
import { didYouMean } from './suggest.js';
import { parseVersion } from './version.js';

export { valuesRules };

export interface ValidateValuesOptions {
  /** Values files in `helm -f` order (later wins), relative to cwd or absolute. */
  files: string[];
  /** Chart directory, .tgz or version; defaults to values.chart in the config. */
  chart?: string;
  cwd?: string;
  /** Overrides airflowVersion/defaultAirflowTag in the values and the chart's appVersion. */
  airflowVersion?: string;
  config?: Config;
  /** Repository whose index.yaml resolves a chart version (default: values.chart-repository, else $AIRFLOW_GITOPS_CHART_REPOSITORY, else the official one). */
  chartRepository?: string;
  /** Where downloaded charts are cached (default: a user cache dir). */
  chartCache?: ChartCache;
  /** Where parsed chart defaults are cached (default: the user cache dir); null: no disk cache. */
  schemaCacheDir?: string | null;
  /** `auto` renders with helm when it is on PATH; `on` must render (an error when it cannot); `off` never renders. */
  render?: RenderMode;
  /** Explicit helm binary (default: found on PATH). */
  helmPath?: string;
  log?: (line: string) => void;
  /** Run only these rules (ids), e.g. the ones that decide a migration; default: every rule. */
  onlyRules?: string[];
}

/** `helm`'s coalesce: user values over chart defaults, maps merged, null deletes the default. */
export function coalesceValues(defaults: Record<string, unknown>, user: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(user)) {
    if (v === null) {
      delete out[k];
      continue;
    }
    const d = ownValue(out, k);
    setOwnValue(out, k, isPlainObject(d) && isPlainObject(v) ? coalesceValues(d, v) : v);
  }
  return out;
}

/**
 * The explicit version, else what the values pin (airflowVersion, else a version-like
 * defaultAirflowTag), else the chart's default: the same answer every check gives (src/core/versions.ts).
 */
export function resolveAirflowVersion(user: Record<string, unknown>, chart: ChartSource, explicit?: string): string {
  const pinned = airflowVersionFromValues(explicit?.trim() ? { airflowVersion: explicit } : user) ?? airflowVersionFromValues(chart.defaults);
  if (pinned) return pinned;
  if (parseVersion(chart.appVersion) && /^v?\d+\.\d+/.test(chart.appVersion)) return chart.appVersion.replace(/^v/, '');
  return defaultAirflowVersionFor(chart.version);
}

/**
 * The chart to check against. A version the repository cannot serve (offline, no cache) falls back
 * to the built-in chart facts when it knows that version: every rule that needs no chart file runs.
 */
async function chartOrFacts(spec: string, resolve: () => Promise<ChartSource>, log?: (line: string) => void): Promise<{ chart: ChartSource; unreachable?: string }> {
  try {
    return { chart: await resolve() };
  } catch (e) {
    const facts = e instanceof ChartUnreachableError ? chartFromFacts(spec) : undefined;
    if (!facts) throw e;
    log?.(`notice: ${(e as Error).message.replace(/\.$/, '')}; checking with the built-in facts of chart ${facts.version}.`);
    return { chart: facts, unreachable: (e as Error).message };
  }
}

export async function validateValues(options: ValidateValuesOptions): Promise<CheckResult> {
  const started = Date.now();
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? defaultConfig();
  const policy = parseValuesPolicy(config.sections.values, config.file ? path.basename(config.file) : undefined);
  const chartSpec = options.chart?.trim() || policy.chart;
  if (!options.files.length) throw new UsageError('No values files given; pass one or more values files (helm -f order).');
  if (!chartSpec) throw new UsageError('No chart given: pass --chart (input `chart`) as a chart directory, a .tgz or a chart version such as 1.19.0, or set values.chart in .airflow-gitops.yml.');

  const loaded = loadValuesFiles(options.files, cwd);
  const cacheDir = options.schemaCacheDir === null ? undefined : (options.schemaCacheDir ?? path.join(userCacheDir(), 'schemas'));
  const { chart } = await chartOrFacts(
    chartSpec,
    () =>
      resolveChart(chartSpec, {
        cwd,
        defaultsCacheDir: cacheDir,
        repository: options.chartRepository || policy.chartRepository,
        cache: options.chartCache ?? directoryChartCache(),
        log: options.log,
      }),
    options.log,
  );
  const fromFacts = chart.from === 'facts';
  const selected = (id: string) => !options.onlyRules || options.onlyRules.includes(id);
  // Rules that read chart files the facts do not hold; listed in one line instead of run.
  const needChart: string[] = [];
  const user = loaded.values;
  const effective = coalesceValues(chart.defaults, user);
  const airflowVersion = resolveAirflowVersion(user, chart, options.airflowVersion);
  const relFiles = options.files.map((f) => path.relative(cwd, path.resolve(cwd, f)).split(path.sep).join('/'));

  const findings: Finding[] = [];
  const severityOf = (meta: RuleMeta, requested?: Report['severity']) => {
    const configured = effectiveSeverity(meta, config.rules);
    if (configured === 'off') return 'off';
    const overridden = (config.rules[meta.id] ?? config.rules[meta.name]) !== undefined;
    return overridden ? configured : (requested ?? meta.severity);
  };
  const push = (meta: RuleMeta, location: Location, report: Report) => {
    const severity = severityOf(meta, report.severity);
    if (severity === 'off') return;
    findings.push(makeFinding(meta, severity, report.message, location.file, location.range, report.fix));
  };
  for (const f of loaded.findings) {
    const meta = valuesRules.find((r) => r.id === f.ruleId);
    if (meta) push(meta, { file: f.file, range: f.range }, { message: f.message, fix: f.fix });
  }

  let schemaStats: CompileStats | undefined;
  let render: RenderOutcome | undefined;
  let argo: ArgoView | undefined;
  // A file that did not load leaves the merged values incomplete; checking them would only add noise.
  const loadFailed = loaded.findings.some((f) => f.severity === 'error');
  if (!loadFailed) {
    // A misspelled top-level key (migrateDBJob) is where the user meant to set the real one.
    const known = knownTopLevelKeys({ chart });
    const misspelledAt = new Map<string, string>();
    for (const key of Object.keys(user)) {
      if (known.has(key)) continue;
      const target = didYouMean(key, known);
      if (target && !misspelledAt.has(target)) misspelledAt.set(target, key);
    }
    const locate = (p: string[]): Location => {
      for (let n = p.length; n > 0; n--) {
        const o = loaded.origin(p.slice(0, n));
        if (o) return o;
      }
      const alias = misspelledAt.get(p[0]);
      const o = alias ? loaded.origin([alias]) : undefined;
      if (o) return o;
      return { file: relFiles[0], range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } };
    };
    let schemaErrors: ErrorObject[] | undefined | null = null;
    const chartFacts = chartFactsFor(chart.version);
    const airflowFacts = airflowFactsFor(airflowVersion);
    for (const rule of valueRules) {
      if (severityOf(rule.meta) === 'off' || !selected(rule.meta.id)) continue;
      if (fromFacts && rule.needsChart) {
        needChart.push(`${rule.meta.id} ${rule.meta.name} (${rule.needsChart})`);
        continue;
      }
      const ctx: RuleContext = {
        user,
        effective,
        chart,
        chartFacts,
        airflowVersion,
        airflowFacts,
        policy,
        schemaErrors: () => {
          if (schemaErrors !== null) return schemaErrors;
          if (!chart.schema) return (schemaErrors = undefined);
          let compiled: ReturnType<typeof compileSchema>;
          try {
            compiled = compileSchema(chart.schema);
          } catch (e) {
            // A chart (e.g. a local directory) whose schema helm's Go validator would refuse as well.
            if (!(e instanceof UnsupportedSchemaPatternError)) throw e;
            push(rule.meta, { file: relFiles[0], range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } }, {
              message: `The values cannot be checked against the chart ${chart.version} schema: its ${e.message}.`,
              fix: "Fix the chart's values.schema.json; helm install fails on this schema too.",
            });
            return (schemaErrors = undefined);
          }
          const { validate, stats } = compiled;
          schemaStats = stats;
          return (schemaErrors = validate(effective) ? [] : [...(validate.errors ?? [])]);
        },
        isSet: (p) => hasPath(user, p),
        get: (p) => getPath(effective, p),
        locate,
        report: (p, r) => push(rule.meta, locate(p), r),
        reportAt: (loc, r) => push(rule.meta, loc, r),
      };
      await rule.check(ctx);
    }

    // helm template fails on the same schema errors; rendering then only repeats them.
    const schemaFailed = findings.some((f) => f.ruleId === 'VAL010' && f.severity === 'error');
    const wanted = (meta: RuleMeta) => selected(meta.id) && severityOf(meta) !== 'off';
    if (!renderedRules.some(wanted)) {
      render = undefined;
    } else if (fromFacts && options.render !== 'off') {
      needChart.push(`${renderedHelmHooks.id} ${renderedHelmHooks.name} (the templates, rendered by helm)`);
      render = { kind: 'skipped', reason: 'the chart could not be downloaded' };
    } else if (schemaFailed && options.render !== 'off') {
      render = { kind: 'skipped', reason: 'the values do not match the chart schema (fix VAL010 first)' };
    } else if (options.render !== 'off') {
      // The second render (run in parallel with the first) is only for the rules that compare two renders.
      const twice = wanted(renderedDrift) || wanted(renderedPlainJob);
      render = await renderChart({ helm: options.helmPath, chartDir: chart.dir, renderable: chart.renderable, valuesFiles: options.files, cwd, twice });
      const at: Location = { file: relFiles[relFiles.length - 1], range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } };
      if (render.kind === 'failed') {
        push(helmTemplateFailed, at, { message: `helm template failed with these values: ${render.stderr.split('\n').slice(0, 5).join(' ')}`, fix: 'Fix the values helm complains about; Argo CD renders the same way.' });
      } else if (render.kind === 'rendered') {
        argo = argoView(render.resources, render.second, user);
        const only = (meta: RuleMeta) => (wanted(meta) ? push : () => {});
        reportArgoView(argo, {
          push: (meta, location, report) => only(meta)(meta, location, report),
          locate,
          findings,
          fallback: at,
        });
      }
    }
    // `on` asks for the render: one that could not happen is an error, not a quiet skip (schema errors
    // excepted: helm would only repeat them).
    if (options.render === 'on' && render?.kind === 'skipped' && !schemaFailed) {
      throw new UsageError(`render: on, but the rendered check could not run: ${render.reason}. Put helm on PATH and give a chart with its templates, or use render: auto.`);
    }
  }

  const ignore = config.ignore.map(globToRegExp);
  const kept = findings.filter((f) => !f.file || !ignore.some((r) => r.test(f.file!)));
  const chartFrom = fromFacts ? 'built-in facts; the chart could not be downloaded' : chart.from;
  const details: Array<[string, string]> = [
    ['Chart', `${chart.name} ${chart.version} (${chartFrom}${chart.from === 'directory' || chart.from === 'archive' ? `: ${path.relative(cwd, chart.dir) || '.'}` : ''})`],
    ['Airflow version', airflowVersion],
    ['Values files', relFiles.join(', ')],
  ];
  if (needChart.length) {
    // One line: which rules wait for the chart; every other rule ran.
    details.push(['Needs the chart', `${needChart.join(', ')}: run once with network access (the chart is then cached) or pass --chart DIR`]);
  } else {
    if (schemaStats) details.push(['Schema validator', `${schemaStats.source} (${schemaStats.ms} ms)`]);
    else if (!chart.schema && !fromFacts && selected(schemaViolation.meta.id)) details.push(['Schema validator', 'chart has no values.schema.json']);
    if (renderedRules.some((m) => selected(m.id))) details.push(['Rendered check', renderDetail(render, loadFailed, options.render)]);
    if (render?.kind === 'skipped') options.log?.(`notice: rendered check skipped: ${render.reason}.`);
  }
  return {
    findings: kept,
    rules: valuesRules,
    run: {
      tool: 'validate-values',
      version: VERSION,
      filesChecked: options.files.length,
      durationMs: Date.now() - started,
      details,
      data: { render: { valuesFiles: relFiles, ...(loadFailed ? { mode: options.render ?? 'auto', status: 'skipped', reason: 'a values file did not load' } : renderSection(render, argo, options.render ?? 'auto')) } },
    },
    outputs: { 'chart-version': chart.version, 'airflow-version': airflowVersion },
  };
}

function renderDetail(render: RenderOutcome | undefined, loadFailed: boolean, mode?: string): string {
  if (mode === 'off') return 'off';
  if (loadFailed) return 'skipped: a values file did not load';
  if (!render) return 'off (rule disabled)';
  if (render.kind === 'skipped') return `skipped: ${render.reason}`;
  if (render.kind === 'failed') return 'helm template failed';
  return `${render.resources.length} resources rendered${render.second ? ' (twice, compared)' : ''} in ${(render.ms / 1000).toFixed(1)} s, ${render.hooks.length} with helm.sh/hook`;
}
