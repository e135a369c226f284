import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { CHART_AIRFLOW_VERSION } from '../../src/core/versions.js';
import { CHART_OFFLINE_FACTS } from '../../src/values/data/chart-offline-facts.js';
import { chartDir, TEST_CHART_VERSIONS } from '../helpers/charts.js';

/** Every leaf of a nested facts object, as [dotted path, value]. */
function leaves(obj: Record<string, unknown>, prefix = ''): Array<[string, unknown]> {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? leaves(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

function at(values: Record<string, unknown>, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((cur, k) => (cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined), values);
}

// The built-in facts stand in for the chart when it cannot be downloaded; the real chart of each
// version (through the product's own download) must say exactly the same.
describe.each(TEST_CHART_VERSIONS.map((v) => [v]))('built-in offline facts of chart %s', (version) => {
  const facts = CHART_OFFLINE_FACTS[version];
  const chartValues = () => parse(fs.readFileSync(path.join(chartDir(version), 'values.yaml'), 'utf8')) as Record<string, unknown>;

  it('exist for this version', () => {
    expect(facts).toBeDefined();
  });

  it("name the Airflow version the chart deploys, as every check's shared version table does", () => {
    const chartYaml = parse(fs.readFileSync(path.join(chartDir(version), 'Chart.yaml'), 'utf8')) as { appVersion: string };
    expect(CHART_AIRFLOW_VERSION[version]).toBe(String(chartYaml.appVersion));
    expect(chartValues().airflowVersion).toBe(chartYaml.appVersion);
  });

  it("list exactly the chart's top-level keys", () => {
    expect([...facts.topLevelKeys].sort()).toEqual(Object.keys(chartValues()).sort());
  });

  it("hold the chart's own defaults at every path they name", () => {
    const values = chartValues();
    const wrong = leaves(facts.defaults).filter(([p, v]) => JSON.stringify(at(values, p) ?? null) !== JSON.stringify(v ?? null));
    expect(wrong).toEqual([]);
  });
});
