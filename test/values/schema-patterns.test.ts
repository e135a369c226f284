import * as fs from 'node:fs';
import * as path from 'node:path';
import { readChartDir } from '../../src/values/chart.js';
import { coalesceValues, validateValues } from '../../src/values/engine.js';
import { linearRegExp, UnsupportedSchemaPatternError } from '../../src/values/linear-regexp.js';
import { compileSchema } from '../../src/values/schema.js';
import { TEST_CHART_VERSIONS } from '../helpers/charts.js';
import { chartDir, tempDir } from './helpers.js';

/** A regular expression a chart schema asks ajv to compile, with the values the schema itself shows for it. */
interface SchemaPattern {
  pattern: string;
  where: string;
  examples: string[];
}

/** Every `pattern` and `patternProperties` key in every values.schema.json of a chart (subcharts too). */
function patternsOf(version: string): SchemaPattern[] {
  const root = chartDir(version);
  const found: SchemaPattern[] = [];
  const schemaFiles = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => path.basename(f) === 'values.schema.json');
  expect(schemaFiles).toContain('values.schema.json');
  for (const file of schemaFiles) {
    const visit = (node: unknown, at: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${at}/${i}`));
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      const examples = [o.default, ...(Array.isArray(o.examples) ? o.examples : []), ...(Array.isArray(o.enum) ? o.enum : [])].filter((x): x is string => typeof x === 'string');
      if (typeof o.pattern === 'string') found.push({ pattern: o.pattern, where: `${version} ${file}#${at}`, examples });
      if (o.patternProperties && typeof o.patternProperties === 'object') {
        for (const p of Object.keys(o.patternProperties)) found.push({ pattern: p, where: `${version} ${file}#${at}/patternProperties`, examples: [] });
      }
      for (const [k, v] of Object.entries(o)) visit(v, `${at}/${k}`);
    };
    visit(JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')), '');
  }
  return found;
}

const TYPO = 'airflow.providers.cncf.kubernetes.executors.kubernetes_executor.KubernetesExecutr';

/**
 * Inputs that make a backtracking engine explode on a pattern: long repetitions of the pattern's own
 * literal pieces and of single characters its classes accept, each followed by a character that
 * spoils the match at the very end (the near miss), plus the reported typo.
 */
function adversarialInputs(pattern: string): string[] {
  const pieces = [...new Set([...(pattern.match(/[A-Za-z0-9_]{2,}/g) ?? []), 'a', 'A', '_', '0', 'a.', 'aA', 'Executor'])];
  const spoilers = ['!', ' ', ',', '.', '\n', ''];
  const inputs = [TYPO, `${TYPO},${TYPO}`, `${'KubernetesExecutor,'.repeat(50)}x`];
  for (const piece of pieces) {
    for (const length of [48, 300, 5000]) {
      const run = piece.repeat(Math.ceil(length / piece.length));
      for (const spoil of spoilers) inputs.push(run + spoil, `${spoil}${run}${spoil}`);
    }
  }
  return inputs;
}

/** Short inputs a backtracking engine answers instantly, to compare the two engines' verdicts on. */
function benignInputs(p: SchemaPattern): string[] {
  const pieces = p.pattern.match(/[A-Za-z0-9_]{2,}/g) ?? [];
  return [...p.examples, ...pieces, ...pieces.map((x) => `${x}!`), ...pieces.map((x) => `x.${x}`), '', 'a', 'KubernetesExecutor', 'my.module.CustomExecutor', 'CeleryExecutor,KubernetesExecutor', 'kubernetesExecutor', 'a b', '1.2.3'];
}

describe('schema patterns run in linear time', () => {
  const all = TEST_CHART_VERSIONS.flatMap((v) => patternsOf(v));

  it('the charts do have patterns, and RE2 compiles every one of them (no fallback to RegExp needed)', () => {
    // 1.18.0 and 1.19.0 constrain `executor` with a pattern; a sweep over nothing would prove nothing.
    expect(all.some((p) => p.where.startsWith('1.19.0') && p.pattern.includes('Executor'))).toBe(true);
    for (const p of all) expect(() => linearRegExp(p.pattern, 'u')).not.toThrow();
  });

  it('every pattern of every chart answers adversarial inputs quickly', () => {
    const sweepStarted = performance.now();
    let slowest = { ms: 0, what: '' };
    let matched = 0;
    for (const p of all) {
      const re = linearRegExp(p.pattern, 'u');
      for (const input of adversarialInputs(p.pattern)) {
        const started = performance.now();
        if (re.test(input)) matched++;
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, what: `${p.where} on ${JSON.stringify(input.slice(0, 60))} (${input.length} chars)` };
      }
    }
    // Generous bounds: a backtracking engine takes minutes on these, RE2 milliseconds.
    expect(slowest.ms < 1000 ? 'fast' : `slowest: ${Math.round(slowest.ms)} ms for ${slowest.what}`).toBe('fast');
    expect(performance.now() - sweepStarted).toBeLessThan(30_000);
    // Some repetitions of valid pieces are valid (e.g. a long class name ending in Executor): the sweep saw both verdicts.
    expect(matched).toBeGreaterThan(0);
  });

  it('agrees with JavaScript RegExp on short benign inputs, including the schema examples', () => {
    let compared = 0;
    for (const p of all) {
      const mine = linearRegExp(p.pattern, 'u');
      const js = new RegExp(p.pattern, 'u');
      for (const input of benignInputs(p)) {
        expect({ where: p.where, input, verdict: mine.test(input) }).toEqual({ where: p.where, input, verdict: js.test(input) });
        compared++;
      }
      // The schema's own default and enum values are valid executors.
      for (const example of p.examples) expect({ example, ok: mine.test(example) }).toEqual({ example, ok: js.test(example) });
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('a pattern RE2 cannot run (lookahead, backreference) is refused with one line, never handed to RegExp', () => {
    for (const pattern of ['^(?!x)a', '(a)\\1']) {
      expect(() => linearRegExp(pattern, 'u')).toThrow(UnsupportedSchemaPatternError);
      expect(() => linearRegExp(pattern, 'u')).toThrow(/Go's regexp \(helm's validator\) does not support/);
    }
    // ECMAScript spellings RE2 writes differently are translated, not refused.
    expect(linearRegExp('^(?<name>a)\\/b$', 'u').test('a/b')).toBe(true);
  });

  it('the validator rejects the executor typo and a 48-character near miss promptly, with the right error', () => {
    const chart = readChartDir(chartDir('1.19.0'), 'directory');
    const { validate } = compileSchema(chart.schema!);
    for (const executor of [TYPO, 'a'.repeat(48), 'aA_'.repeat(16), `${'KubernetesExecutor.'.repeat(40)}x`]) {
      const started = performance.now();
      expect(validate(coalesceValues(chart.defaults, { executor }))).toBe(false);
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(validate.errors!.some((e) => e.instancePath === '/executor' && e.keyword === 'pattern')).toBe(true);
    }
    expect(validate(coalesceValues(chart.defaults, { executor: 'KubernetesExecutor' }))).toBe(true);
    expect(validate(coalesceValues(chart.defaults, { executor: 'my_company.executors.SpecialExecutor,CeleryExecutor' }))).toBe(true);
  });
});

describe('a chart whose schema helm could not compile', () => {
  it('gives one VAL010 finding naming the pattern, not a crash', async () => {
    const chart = tempDir('vv-chart-');
    fs.cpSync(chartDir('1.19.0'), chart, { recursive: true });
    const schemaFile = path.join(chart, 'values.schema.json');
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    schema.properties.executor.pattern = '^(?!Sequential)[A-Za-z.]+Executor$';
    fs.writeFileSync(schemaFile, JSON.stringify(schema));
    const cwd = tempDir('vv-');
    fs.writeFileSync(path.join(cwd, 'values.yaml'), 'executor: KubernetesExecutor\n');
    const result = await validateValues({ files: ['values.yaml'], chart, cwd, schemaCacheDir: null, render: 'off' });
    const val010 = result.findings.filter((f) => f.ruleId === 'VAL010');
    expect(val010.map((f) => f.message)).toEqual([expect.stringMatching(/^The values cannot be checked against the chart 1\.19\.0 schema: its schema pattern "\^\(\?!Sequential\).*" uses syntax that Go's regexp \(helm's validator\) does not support/)]);
  });
});
