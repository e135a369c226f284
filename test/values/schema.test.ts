import * as fs from 'node:fs';
import * as path from 'node:path';
import { readChartDir } from '../../src/values/chart.js';
import { coalesceValues } from '../../src/values/engine.js';
import { clearSchemaMemoryCache, compileSchema } from '../../src/values/schema.js';
import { chartDir, tempDir } from './helpers.js';

describe('schema compile cache', () => {
  it('the precompiled validator loaded from disk reports exactly what ajv reports', () => {
    const chart = readChartDir(chartDir('1.19.0'), 'directory');
    const cacheDir = tempDir('vv-schema-');
    clearSchemaMemoryCache();
    const cold = compileSchema(chart.schema!, chart.schemaHash, cacheDir);
    expect(cold.stats.source).toBe('compiled');
    expect(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.cjs'))).toHaveLength(1);
    expect(compileSchema(chart.schema!, chart.schemaHash, cacheDir).stats.source).toBe('memory');
    clearSchemaMemoryCache();
    const warm = compileSchema(chart.schema!, chart.schemaHash, cacheDir);
    expect(warm.stats.source).toBe('disk');

    const bad = coalesceValues(chart.defaults, {
      executor: 'nope',
      scheduler: { replicas: 'two', resources: { limits: { memory: 5 } } },
      webserver: { defaultUsr: {} },
      uid: 2 ** 40, // int64 is fine, int32 would not be
      createUserJob: { ttlSecondsAfterFinished: -1.5 },
    });
    const good = coalesceValues(chart.defaults, { executor: 'KubernetesExecutor' });
    expect(cold.validate(good)).toBe(true);
    expect(warm.validate(good)).toBe(true);
    expect(cold.validate(bad)).toBe(false);
    const coldErrors = cold.validate.errors;
    expect(warm.validate(bad)).toBe(false);
    expect(warm.validate.errors).toEqual(coldErrors);
    expect(coldErrors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/executor', '/scheduler/replicas', '/webserver']));
  });

  it('recompiles over a corrupt cache entry', () => {
    const chart = readChartDir(chartDir('1.15.0'), 'directory');
    const cacheDir = tempDir('vv-schema-');
    clearSchemaMemoryCache();
    compileSchema(chart.schema!, chart.schemaHash, cacheDir);
    const file = path.join(cacheDir, fs.readdirSync(cacheDir).find((f) => f.endsWith('.cjs'))!);
    fs.writeFileSync(file, 'this is not javascript {');
    clearSchemaMemoryCache();
    const again = compileSchema(chart.schema!, chart.schemaHash, cacheDir);
    expect(again.stats.source).toBe('compiled');
    expect(again.validate(coalesceValues(chart.defaults, {}))).toBe(true);
  });

  it('the chart defaults are cached as JSON keyed by their content', () => {
    const cacheDir = tempDir('vv-defaults-');
    const first = readChartDir(chartDir('1.19.0'), 'directory', cacheDir);
    expect(fs.readdirSync(cacheDir).filter((f) => f.startsWith('chart-defaults-'))).toHaveLength(1);
    const second = readChartDir(chartDir('1.19.0'), 'directory', cacheDir);
    expect(second.defaults).toEqual(first.defaults);
    expect(readChartDir(chartDir('1.19.0'), 'directory').defaults).toEqual(first.defaults);
  });
});
