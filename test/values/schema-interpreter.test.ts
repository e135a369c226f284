import * as fs from 'node:fs';
import * as path from 'node:path';
import AjvImport from 'ajv';
import addFormatsImport from 'ajv-formats';
import { readChartDir, type ChartSource } from '../../src/values/chart.js';
import { coalesceValues } from '../../src/values/engine.js';
import { isPlainObject, loadValuesFiles } from '../../src/values/load.js';
import { linearRegExp } from '../../src/values/linear-regexp.js';
import { compileSchema } from '../../src/values/schema.js';
import { TEST_CHART_VERSIONS } from '../helpers/charts.js';
import { USER_VALUES } from '../helpers/user-files.js';
import { chartDir, repoRoot, tempDir } from './helpers.js';

/**
 * The product validates values with an interpreter (src/values/schema.ts) instead of compiling the
 * chart schema with ajv. Its errors must be exactly ajv's: VAL010's messages, deduplication and the
 * YAML line of each finding are all computed from them. ajv stays a devDependency for this test.
 */

// CommonJS default exports arrive as module.exports under Node and as exports.default under ts-jest.
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const Ajv = interop<typeof AjvImport.default>(AjvImport);
const addFormats = interop<typeof addFormatsImport.default>(addFormatsImport);

/** ajv configured as the product configured it before the interpreter. */
function ajvFor(schema: Record<string, unknown>) {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, code: { regExp: linearRegExp } });
  addFormats(ajv, ['int32', 'int64', 'date-time']);
  return ajv.compile(schema);
}

/** Every values file the suite checks: fixtures, examples, the user's files. */
function valuesFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(e.name)) out.push(full);
    }
  };
  for (const dir of ['test/values/fixtures', 'examples', 'test/kube/fixtures', 'test/upgrade-gate/fixtures']) walk(path.join(repoRoot, dir));
  out.push(USER_VALUES);
  return [...new Set(out)].sort();
}

const ODD_VALUES: unknown[] = ['', 'x', '2', 'KubernetesExecutor', 'CeleryExecutor,KubernetesExecutor', 'a'.repeat(48), '2026-01-01T00:00:00Z', 'not-a-date', 0, -1, 1.5, 2 ** 31, 2 ** 40, 2 ** 63, Infinity, NaN, true, false, null, [], [1, 1], ['a', 'a'], [{ name: 'x' }, { name: 'x' }], {}, { enabled: 'yes' }, { unknownKey: 1 }, { name: 'n', value: 3 }];

/** Paths of every node in the values (objects and arrays included). */
function nodePaths(v: unknown, at: string[] = [], out: string[][] = []): string[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => nodePaths(x, [...at, String(i)], out));
  else if (isPlainObject(v)) for (const [k, x] of Object.entries(v)) nodePaths(x, [...at, k], out);
  return out;
}

/** The values with 1–4 nodes replaced by odd values, deleted, or given an extra key. */
function mutated(values: Record<string, unknown>, next: () => number): Record<string, unknown> {
  const copy = structuredClone(values);
  const rounds = 1 + Math.floor(next() * 4);
  for (let r = 0; r < rounds; r++) {
    const paths = nodePaths(copy).filter((p) => p.length > 0);
    if (!paths.length) break;
    const p = paths[Math.floor(next() * paths.length)];
    let parent: unknown = copy;
    for (const seg of p.slice(0, -1)) parent = (parent as Record<string, unknown>)[seg];
    const key = p[p.length - 1];
    const what = next();
    const container = parent as Record<string, unknown>;
    if (what < 0.7) container[key] = structuredClone(ODD_VALUES[Math.floor(next() * ODD_VALUES.length)]);
    else if (what < 0.85 && !Array.isArray(parent)) delete container[key];
    else if (isPlainObject(container[key])) (container[key] as Record<string, unknown>)[`extra${Math.floor(next() * 3)}`] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
  }
  return copy;
}

describe.each(TEST_CHART_VERSIONS)('the schema interpreter reports exactly what ajv reports (chart %s)', (version) => {
  let chart: ChartSource;
  let ajvValidate: ReturnType<typeof ajvFor>;
  let interpret: ReturnType<typeof compileSchema>['validate'];
  beforeAll(() => {
    chart = readChartDir(chartDir(version), 'directory');
    ajvValidate = ajvFor(chart.schema!);
    interpret = compileSchema(chart.schema!).validate;
  });

  const compare = (values: Record<string, unknown>, what: string) => {
    const effective = coalesceValues(chart.defaults, values);
    const expected = ajvValidate(effective);
    const got = interpret(effective);
    expect({ what, valid: got, errors: interpret.errors }).toEqual({ what, valid: expected, errors: ajvValidate.errors });
    return expected;
  };

  it('on every values file of the suite', () => {
    const files = valuesFiles();
    let compared = 0;
    for (const file of files) {
      const loaded = loadValuesFiles([file], repoRoot);
      if (loaded.findings.some((f) => f.severity === 'error')) continue;
      compare(loaded.values, path.relative(repoRoot, file));
      compared++;
    }
    // Invalid verdicts are covered by the mutations below (the suite's files are mostly valid).
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  it('on 150 mutations of those files', async () => {
    // The benchmark corpus's PRNG (mulberry32): the same mutations on every run and platform.
    const { createRng: rng } = (await import(path.join(repoRoot, 'scripts/bench/dag-corpus.mjs'))) as { createRng(seed: number): () => number };
    const seeds = valuesFiles()
      .map((file) => loadValuesFiles([file], repoRoot))
      .filter((l) => !l.findings.some((f) => f.severity === 'error'))
      .map((l) => l.values);
    const next = rng(17 + Number(version.replace(/\D/g, '')));
    const keywords = new Set<string>();
    for (let i = 0; i < 150; i++) {
      const values = mutated(seeds[Math.floor(next() * seeds.length)], next);
      if (!compare(values, `mutation ${i}`)) for (const e of ajvValidate.errors ?? []) keywords.add(e.keyword);
    }
    // Random mutations mostly break `type` and `additionalProperties`; these reach the chart's other
    // keywords (enum, pattern/anyOf on the executor, minimum) whichever files the suite holds.
    const targeted: Array<Record<string, unknown>> = [
      { images: { airflow: { pullPolicy: 'Sometimes' } } },
      { executor: 'NoSuchExecutor' },
      { scheduler: { replicas: -1 } },
      { webserver: { service: { type: 'Elsewhere' } } },
    ];
    targeted.forEach((values, i) => {
      if (!compare(values, `targeted ${i}`)) for (const e of ajvValidate.errors ?? []) keywords.add(e.keyword);
    });
    // The mutations reach the keywords the chart uses, not just one kind of error.
    expect([...keywords]).toEqual(expect.arrayContaining(['type', 'additionalProperties']));
    expect(keywords.size).toBeGreaterThanOrEqual(3);
  });

  it('on the text mutations of the fuzz sweep that still load', async () => {
    const mutate = (await import(path.join(repoRoot, 'scripts/fuzz/mutate.mjs'))) as { makeCases(kind: string, o: { seed: number; count: number }): Array<{ id: string; text: string }> };
    const dir = tempDir('vv-interp-');
    let compared = 0;
    for (const c of mutate.makeCases('values', { seed: 1717, count: 100 })) {
      const file = path.join(dir, `${c.id}.yaml`);
      fs.writeFileSync(file, c.text);
      const loaded = loadValuesFiles([file], dir);
      if (loaded.findings.some((f) => f.severity === 'error')) continue;
      compare(loaded.values, c.id);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });
});

describe('the schema interpreter on draft-07 keywords the charts do not use (yet)', () => {
  const schema = {
    definitions: { leaf: { type: 'string', minLength: 2, maxLength: 4 }, tree: { type: 'object', properties: { child: { $ref: '#/definitions/tree' }, name: { $ref: '#/definitions/leaf' } } } },
    type: 'object',
    properties: {
      n: { type: 'number', minimum: 1, maximum: 10, exclusiveMinimum: 0, exclusiveMaximum: 10, multipleOf: 0.5 },
      i: { type: ['integer', 'null'], format: 'int32' },
      s: { type: 'string', pattern: '^a+$', format: 'date-time' },
      c: { const: { a: [1, 2] } },
      a: { type: 'array', items: [{ type: 'string' }, { type: 'number' }], additionalItems: false, minItems: 1, maxItems: 3, contains: { type: 'number' }, uniqueItems: true },
      u: { type: 'array', items: { type: ['string', 'number'] }, uniqueItems: true },
      o: { type: 'object', minProperties: 1, maxProperties: 2, propertyNames: { pattern: '^[a-z]+$' }, patternProperties: { '^x': { type: 'boolean' } }, additionalProperties: { type: 'integer' }, dependencies: { p: ['q', 'r'], q: { required: ['z'] } } },
      t: { $ref: '#/definitions/tree' },
      l: { $ref: '#/definitions/leaf', description: 'a ref beside an annotation' },
      m: { $ref: '#/definitions/leaf', enum: ['ab', 'abc'] },
      ifs: { if: { type: 'string' }, then: { minLength: 3 }, else: { type: 'number' } },
      not: { not: { type: 'string' } },
      all: { allOf: [{ type: 'number' }, { minimum: 3 }] },
      any: { anyOf: [{ type: 'string' }, { type: 'number', maximum: 2 }] },
      one: { oneOf: [{ type: 'number' }, { type: 'integer' }, { minimum: 0 }] },
      f: false,
    },
    required: ['n', 'missing'],
  };
  const ajvValidate = ajvFor(schema);
  const { validate } = compileSchema(schema);
  const cases: unknown[] = [
    {},
    { n: 0, i: 1.5, s: 'b', c: { a: [1, 2] }, a: [1, 'x', 3, 4], u: ['a', 1, 'a', '1'], o: {}, t: { child: { child: { name: 'x' } }, name: 5 } },
    { n: 10.25, i: 2 ** 32, s: '2026-01-01T00:00:00Z', c: { a: [2, 1] }, a: ['x', 1], u: [1, 2, 1], o: { x1: 'no', Ab: 1, p: 1, q: 'x' } },
    { n: 'x', i: null, s: 'aaa', a: [], o: { abc: 1.5, d: 2, e: 3 }, l: 'x', m: 'abcd', ifs: 'ab', not: 's', all: 1, any: true, one: 1, f: 1 },
    { n: 5, missing: 1, ifs: 'x', not: 1, all: 'x', any: 5, one: -1.5, t: [], o: { p: 1, q: 1, r: 1, z: 1 } },
    [],
    'string',
    null,
  ];
  it.each(cases.map((c, i) => [i, c]))('case %i', (_i, data) => {
    const expected = ajvValidate(data);
    expect({ valid: validate(data), errors: validate.errors }).toEqual({ valid: expected, errors: ajvValidate.errors });
  });
});
