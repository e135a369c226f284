import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ValuesRule } from '../context.js';
import { chartReads, isRead, type ChartReads } from '../chart-reads.js';
import { isPlainObject } from '../load.js';

/** Reads per chart directory: scanning ~100 templates takes tens of milliseconds, once per process. */
const readsCache = new Map<string, ChartReads | undefined>();

/** Top-level keys whose values belong to the chart's subcharts (charts/, Chart.yaml dependencies) or to all of them (global). */
function subchartKeys(chartDir: string): Set<string> {
  const keys = new Set(['global']);
  const charts = path.join(chartDir, 'charts');
  if (fs.existsSync(charts)) for (const name of fs.readdirSync(charts)) keys.add(name.replace(/-\d[\w.+-]*\.tgz$/, '').replace(/\.tgz$/, ''));
  try {
    const meta = parseYaml(fs.readFileSync(path.join(chartDir, 'Chart.yaml'), 'utf8')) as { dependencies?: Array<{ name?: string; alias?: string }> };
    for (const d of meta.dependencies ?? []) for (const n of [d.alias, d.name]) if (n) keys.add(n);
  } catch {
    // Chart.yaml was read when the chart was resolved; a dependency list that does not parse only means fewer exemptions.
  }
  return keys;
}

export const unreadValue: ValuesRule = {
  needsChart: "the chart's templates",
  meta: {
    id: 'VAL015',
    name: 'value-never-read',
    severity: 'warning',
    check: 'validate-values',
    summary: 'A key the chart templates never read: setting it changes nothing.',
    docs: {
      what: "Scans the chart's templates for the values they read (`.Values.a.b`, `index .Values \"a\"`, and whole subtrees handed to toYaml, range, with, tpl or a helper) and reports a key of the values files that is neither read nor under a read key. Keys of subcharts (postgresql) and `global` are left to the subcharts. Where the scan cannot follow a template, it counts the key as read, so a reported key is never read.",
      why: 'Sections that allow any key in the schema (ingress, …) accept a misplaced or invented setting without a word; helm renders exactly the same manifests as without it, and the setting the user meant never applies.',
      example: 'ingress:\n  apiVersion: networking.k8s.io/v1beta1\n  web:\n    enabled: true\n',
      fix: 'ingress:\n  web:\n    enabled: true\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    if (!ctx.chart.renderable) return;
    if (!readsCache.has(ctx.chart.dir)) readsCache.set(ctx.chart.dir, chartReads(ctx.chart.dir));
    const reads = readsCache.get(ctx.chart.dir);
    if (!reads) return;
    const subcharts = subchartKeys(ctx.chart.dir);
    // Keys the schema already refuses (VAL010 reports them) are not repeated here.
    const refused = new Set(
      (ctx.schemaErrors() ?? [])
        .filter((e) => e.keyword === 'additionalProperties')
        .map((e) => JSON.stringify([...e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')), String((e.params as { additionalProperty?: unknown }).additionalProperty)])),
    );
    const known = new Set([...Object.keys(ctx.chart.defaults), ...(ctx.chart.topLevelKeys ?? [])]);
    const walk = (value: Record<string, unknown>, at: string[]) => {
      for (const [key, child] of Object.entries(value)) {
        const p = [...at, key];
        // Unknown top-level keys are VAL011's.
        if (!at.length && (!known.has(key) || subcharts.has(key))) continue;
        if (refused.has(JSON.stringify(p))) continue;
        if (!isRead(reads, p)) {
          ctx.report(p, {
            message: `${p.join('.')} is never read by the templates of chart ${ctx.chart.version}: helm renders the same manifests without it.`,
            fix: 'Remove it, or move the setting to the key the chart reads (see the chart\'s values.yaml).',
          });
          continue;
        }
        if (isPlainObject(child)) walk(child, p);
      }
    };
    walk(ctx.user, []);
  },
};
