import * as fs from 'node:fs';
import * as path from 'node:path';
import { readChartDir } from '../../src/values/chart.js';
import { coalesceValues, validateValues } from '../../src/values/engine.js';
import { compileSchema } from '../../src/values/schema.js';
import { chartDir, tempDir } from './helpers.js';

describe('schema validator', () => {
  it('is prepared once per schema in a process and reports the errors on the values', () => {
    const chart = readChartDir(chartDir('1.19.0'), 'directory');
    const first = compileSchema(chart.schema!);
    expect(first.stats.source).toBe('interpreted');
    expect(compileSchema(chart.schema!).stats.source).toBe('memory');
    const bad = coalesceValues(chart.defaults, {
      executor: 'nope',
      scheduler: { replicas: 'two', resources: { limits: { memory: 5 } } },
      webserver: { defaultUsr: {} },
      uid: 2 ** 40, // int64: fine
      createUserJob: { ttlSecondsAfterFinished: -1.5 },
    });
    expect(first.validate(coalesceValues(chart.defaults, { executor: 'KubernetesExecutor' }))).toBe(true);
    expect(first.validate.errors).toBeNull();
    expect(first.validate(bad)).toBe(false);
    expect(first.validate.errors!.some((e) => e.instancePath === '/uid')).toBe(false);
    expect(first.validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/executor', '/scheduler/replicas', '/webserver', '/createUserJob/ttlSecondsAfterFinished']));
  });

  it('writes no validator code anywhere: the cache dir holds only the parsed chart defaults', async () => {
    const cacheDir = tempDir('vv-cache-');
    const cwd = tempDir('vv-');
    fs.writeFileSync(path.join(cwd, 'values.yaml'), 'executor: KubernetesExecutor\n');
    await validateValues({ files: ['values.yaml'], chart: chartDir('1.19.0'), cwd, schemaCacheDir: cacheDir, render: 'off' });
    expect(fs.readdirSync(cacheDir).every((f) => f.startsWith('chart-defaults-') && f.endsWith('.json'))).toBe(true);
  });

  it('the chart defaults are cached as JSON keyed by their content', () => {
    const cacheDir = tempDir('vv-defaults-');
    const first = readChartDir(chartDir('1.19.0'), 'directory', cacheDir);
    expect(fs.readdirSync(cacheDir).filter((f) => f.startsWith('chart-defaults-'))).toHaveLength(1);
    const second = readChartDir(chartDir('1.19.0'), 'directory', cacheDir);
    expect(second.defaults).toEqual(first.defaults);
    expect(readChartDir(chartDir('1.19.0'), 'directory').defaults).toEqual(first.defaults);
  });

  it('a $ref that points nowhere is one VAL010 finding, not a crash', async () => {
    const chart = tempDir('vv-chart-');
    fs.cpSync(chartDir('1.19.0'), chart, { recursive: true });
    const schemaFile = path.join(chart, 'values.schema.json');
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    schema.properties.executor = { $ref: '#/definitions/no.such.definition' };
    fs.writeFileSync(schemaFile, JSON.stringify(schema));
    const cwd = tempDir('vv-');
    fs.writeFileSync(path.join(cwd, 'values.yaml'), 'executor: KubernetesExecutor\n');
    const result = await validateValues({ files: ['values.yaml'], chart, cwd, schemaCacheDir: null, render: 'off' });
    expect(result.findings.filter((f) => f.ruleId === 'VAL010').map((f) => f.message)).toEqual([
      'The values cannot be checked against the chart 1.19.0 schema: its schema $ref "#/definitions/no.such.definition" points at nothing in values.schema.json.',
    ]);
  });
});
