import * as fs from 'node:fs';
import * as path from 'node:path';
import { readChartDir } from '../../src/values/chart.js';
import { coalesceValues } from '../../src/values/engine.js';
import { clearSchemaMemoryCache, compileSchema } from '../../src/values/schema.js';
import { chartDir, tempDir } from './helpers.js';

/** The disk cache of validator code is only used off CI (see codeCacheTrust); these tests run off CI whatever runs them. */
const CI_ENV = ['CI', 'GITHUB_ACTIONS', 'RUNNER_TOOL_CACHE'] as const;
const savedCiEnv = Object.fromEntries(CI_ENV.map((k) => [k, process.env[k]]));
beforeEach(() => CI_ENV.forEach((k) => delete process.env[k]));
afterAll(() => {
  for (const [k, v] of Object.entries(savedCiEnv)) if (v !== undefined) process.env[k] = v;
});

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

describe('cached validator code is run only if no one else could have written it', () => {
  const chart = readChartDir(chartDir('1.19.0'), 'directory');
  const everything = coalesceValues(chart.defaults, { executor: 'not an executor', scheduler: { replicas: 'two' } });
  /** What a poisoned cache entry does if it is ever run: it says so, and it lets every value through. */
  const PLANTED = 'globalThis.__plantedValidatorRan = true; module.exports = function validate() { return true; };';

  /** Compiles once so the cache file exists, then replaces its code with PLANTED. */
  function plantedCache(): { cacheDir: string; file: string } {
    const cacheDir = tempDir('vv-schema-');
    clearSchemaMemoryCache();
    compileSchema(chart.schema!, chart.schemaHash, cacheDir);
    const file = path.join(cacheDir, fs.readdirSync(cacheDir).find((f) => f.endsWith('.cjs'))!);
    fs.writeFileSync(file, PLANTED);
    clearSchemaMemoryCache();
    delete (globalThis as { __plantedValidatorRan?: boolean }).__plantedValidatorRan;
    return { cacheDir, file };
  }

  const planted = () => (globalThis as { __plantedValidatorRan?: boolean }).__plantedValidatorRan === true;

  it('a file this user wrote, with safe modes, is run (which is how the test knows the planted code would run)', () => {
    const { cacheDir } = plantedCache();
    const loaded = compileSchema(chart.schema!, chart.schemaHash, cacheDir);
    expect(loaded.stats.source).toBe('disk');
    expect(planted()).toBe(true);
  });

  it.each([
    ['a group/world-writable file', ({ file }: { file: string }) => fs.chmodSync(file, 0o666)],
    ['a file in a directory others can write to', ({ cacheDir }: { cacheDir: string }) => fs.chmodSync(cacheDir, 0o777)],
    [
      'a symlink to code elsewhere',
      ({ file }: { file: string }) => {
        const elsewhere = path.join(tempDir('vv-elsewhere-'), 'code.cjs');
        fs.writeFileSync(elsewhere, PLANTED);
        fs.rmSync(file);
        fs.symlinkSync(elsewhere, file);
      },
    ],
  ])('%s is not run: the schema is compiled again and the real errors come back', (_what, tamper) => {
    const entry = plantedCache();
    tamper(entry);
    const { validate, stats } = compileSchema(chart.schema!, chart.schemaHash, entry.cacheDir);
    expect(planted()).toBe(false);
    expect(stats.source).toBe('compiled');
    expect(validate(everything)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/executor', '/scheduler/replicas']));
  });

  it.each(['GITHUB_ACTIONS', 'RUNNER_TOOL_CACHE', 'CI'])('on a CI runner (%s set) cached code is never run, however safe the file looks', (variable) => {
    const { cacheDir, file } = plantedCache();
    process.env[variable] = variable === 'RUNNER_TOOL_CACHE' ? cacheDir : 'true';
    const { validate, stats } = compileSchema(chart.schema!, chart.schemaHash, cacheDir);
    expect(planted()).toBe(false);
    expect(stats.source).toBe('compiled');
    expect(validate(everything)).toBe(false);
    // Nor is code written there for a later job to run.
    expect(fs.readFileSync(file, 'utf8')).toBe(PLANTED);
  });
});
