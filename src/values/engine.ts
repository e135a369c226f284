import * as path from 'node:path';
import type { ErrorObject } from 'ajv';
import type { CheckResult } from '../core/check.js';
import { VERSION } from '../core/check.js';
import { defaultConfig, type Config } from '../core/config.js';
import { globToRegExp } from '../core/files.js';
import { UsageError, type Finding } from '../core/finding.js';
import { effectiveSeverity, makeFinding, type RuleMeta } from '../core/rule.js';
import { userCacheDir } from '../core/cache-dir.js';
import { directoryChartCache, resolveChart, type ChartCache, type ChartSource } from './chart.js';
import { getPath, hasPath, type Location, type Report, type RuleContext } from './context.js';
import { airflowFactsFor } from './data/airflow-facts.js';
import { chartFactsFor } from './data/chart-facts.js';
import { isPlainObject, loadValuesFiles } from './load.js';
import { parseValuesPolicy } from './policy.js';
import { renderChart, type RenderOutcome } from './render.js';
import { helmTemplateFailed, renderedHelmHooks } from './rules/rendered-helm-hooks.js';
import { valueRules, valuesRules } from './rules/index.js';
import { knownTopLevelKeys } from './rules/unknown-top-level-key.js';
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
  /** Repository whose index.yaml resolves a chart version (default: values.chart-repository, else the official one). */
  chartRepository?: string;
  /** Where downloaded charts are cached (default: a user cache dir). */
  chartCache?: ChartCache;
  /** Where compiled schema validators and parsed chart defaults are cached (default: the user cache dir); null: no disk cache. */
  schemaCacheDir?: string | null;
  /** `auto` renders with helm when it is on PATH; `off` never renders. */
  render?: 'auto' | 'off';
  /** Explicit helm binary (default: found on PATH). */
  helmPath?: string;
  log?: (line: string) => void;
}

/** `helm`'s coalesce: user values over chart defaults, maps merged, null deletes the default. */
export function coalesceValues(defaults: Record<string, unknown>, user: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(user)) {
    if (v === null) {
      delete out[k];
      continue;
    }
    const d = out[k];
    out[k] = isPlainObject(d) && isPlainObject(v) ? coalesceValues(d, v) : v;
  }
  return out;
}

/** airflowVersion, else defaultAirflowTag (when it is a version), else the chart's default and appVersion. */
export function resolveAirflowVersion(user: Record<string, unknown>, chart: ChartSource, explicit?: string): string {
  const candidates = [explicit, user.airflowVersion, user.defaultAirflowTag, chart.defaults.airflowVersion, chart.appVersion];
  for (const c of candidates) {
    if ((typeof c === 'string' || typeof c === 'number') && parseVersion(String(c)) && /^v?\d+\.\d+/.test(String(c))) return String(c).replace(/^v/, '');
  }
  return '3.0.0';
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
  const chart = await resolveChart(chartSpec, {
    cwd,
    defaultsCacheDir: cacheDir,
    repository: options.chartRepository || policy.chartRepository,
    cache: options.chartCache ?? directoryChartCache(),
    log: options.log,
  });
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
      if (severityOf(rule.meta) === 'off') continue;
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
          const { validate, stats } = compileSchema(chart.schema, chart.schemaHash, cacheDir);
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
    if (schemaFailed && options.render !== 'off') {
      render = { kind: 'skipped', reason: 'the values do not match the chart schema (fix VAL010 first)' };
    } else if (options.render !== 'off' && severityOf(renderedHelmHooks) !== 'off') {
      render = await renderChart({ helm: options.helmPath, chartDir: chart.dir, renderable: chart.renderable, valuesFiles: options.files, cwd });
      const at: Location = { file: relFiles[relFiles.length - 1], range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } };
      if (render.kind === 'failed') {
        push(helmTemplateFailed, at, { message: `helm template failed with these values: ${render.stderr.split('\n').slice(0, 5).join(' ')}`, fix: 'Fix the values helm complains about; Argo CD renders the same way.' });
      } else if (render.kind === 'rendered') {
        for (const h of render.hooks) {
          push(renderedHelmHooks, at, {
            message: `helm template renders ${h.kind} ${h.name} with helm.sh/hook: ${h.hook}${h.source ? ` (from ${h.source})` : ''}.`,
            fix: 'Change the values that make the chart render it as a hook (see the other findings), then re-run.',
          });
        }
      }
    }
  }

  const ignore = config.ignore.map(globToRegExp);
  const kept = findings.filter((f) => !f.file || !ignore.some((r) => r.test(f.file!)));
  const details: Array<[string, string]> = [
    ['Chart', `${chart.name} ${chart.version} (${chart.from}${chart.from === 'directory' || chart.from === 'archive' ? `: ${path.relative(cwd, chart.dir) || '.'}` : ''})`],
    ['Airflow version', airflowVersion],
    ['Values files', relFiles.join(', ')],
  ];
  if (schemaStats) details.push(['Schema validator', `${schemaStats.source} (${schemaStats.ms} ms)`]);
  else if (!chart.schema) details.push(['Schema validator', 'chart has no values.schema.json']);
  details.push(['Rendered check', renderDetail(render, loadFailed, options.render)]);
  if (render?.kind === 'skipped') options.log?.(`notice: rendered check skipped: ${render.reason}.`);
  return {
    findings: kept,
    rules: valuesRules,
    run: { tool: 'validate-values', version: VERSION, filesChecked: options.files.length, durationMs: Date.now() - started, details },
    outputs: { 'chart-version': chart.version, 'airflow-version': airflowVersion },
  };
}

function renderDetail(render: RenderOutcome | undefined, loadFailed: boolean, mode?: string): string {
  if (mode === 'off') return 'off';
  if (loadFailed) return 'skipped: a values file did not load';
  if (!render) return 'off (rule disabled)';
  if (render.kind === 'skipped') return `skipped: ${render.reason}`;
  if (render.kind === 'failed') return 'helm template failed';
  return `${render.resources} resources rendered, ${render.hooks.length} with helm.sh/hook`;
}
