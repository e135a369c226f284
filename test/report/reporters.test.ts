import { jest } from '@jest/globals';
import { DAG_MODEL_JSON_DEPTH, type Finding, type RunInfo } from '../../src/core/finding.js';
import { JsonText } from '../../src/core/json-text.js';
import type { RuleMeta } from '../../src/core/rule.js';
import { registerSecret } from '../../src/core/secrets.js';
import { buildSarif } from '../../src/report/sarif.js';
import { buildSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { formatText } from '../../src/report/text.js';
import { formatJson, formatJsonChunks } from '../../src/report/json.js';
import { emitAnnotations } from '../../src/report/annotations.js';
import { sarifErrors } from './sarif-validate.js';

const rule: RuleMeta = {
  id: 'DAG301',
  name: 'undefined-name',
  severity: 'error',
  check: 'lint-dags',
  summary: 'x',
  docs: { what: 'w', why: 'y', example: 'e', fix: 'f' },
};
const run: RunInfo = { tool: 'lint-dags', version: '0.1.0', filesChecked: 2, durationMs: 12 };
const finding = (i: number, severity: Finding['severity'] = 'error', file = `dags/f${i}.py`): Finding => ({
  ruleId: 'DAG301',
  ruleName: 'undefined-name',
  severity,
  message: `Undefined name \`x${i}\`.`,
  file,
  range: { startLine: i + 1, startColumn: 5, endLine: i + 1, endColumn: 9 },
  fix: 'Define it.',
  docsUrl: 'https://example/rules#dag301',
});

describe('text and json reporters', () => {
  it('prints ruff-style lines, a fix line and totals', () => {
    const out = formatText([finding(1), finding(2, 'warning')], run);
    expect(out).toContain('dags/f1.py:2:5: DAG301 [error] Undefined name `x1`.\n  fix: Define it.');
    expect(out).toMatch(/lint-dags: 1 error, 1 warning, 0 notes in 2 files \(12 ms\)\./);
  });
  it('json carries totals and findings', () => {
    const body = JSON.parse(formatJson([finding(1)], run));
    expect(body.totals).toEqual({ error: 1, warning: 0, note: 0 });
    expect(body.findings[0].file).toBe('dags/f1.py');
  });
  it('json and SARIF carry the DAG model when the run has one, and leave it out otherwise', () => {
    const dags = { 'dags/f1.py': [{ dagId: 'etl', line: 3, tasks: ['a', 'b'], edges: [['a', 'b']] as [string, string][], dynamic: false, registered: true }] };
    const withModel = { ...run, dags };
    expect(JSON.parse(formatJson([finding(1)], withModel)).dags).toEqual(dags);
    const sarif = buildSarif([finding(1)], withModel, [rule]) as any;
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].properties.dags).toEqual(dags);
    expect(JSON.parse(formatJson([finding(1)], run))).not.toHaveProperty('dags');
    expect((buildSarif([finding(1)], run, [rule]) as any).runs[0]).not.toHaveProperty('properties');
  });
});

describe('json written in pieces', () => {
  const dags = {
    'dags/a.py': [{ dagId: 'etl', line: 3, tasks: ['a', 'b\u00e9', 'c"q'], edges: [['a', 'b\u00e9']] as [string, string][], dynamic: false, registered: true }],
    'dags/b.py': [{ dagId: undefined, line: 1, tasks: [], edges: [] as [string, string][], dynamic: true, registered: false }],
  };
  const withEdits: Finding = {
    ...finding(3, 'note', 'dags/ü.py'),
    message: 'line\nbreak \u2028 and "quotes"',
    edits: { description: 'Replace it', safety: 'safe', edits: [{ range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 }, newText: '\\x' }] },
  };
  const cases: Array<[string, Finding[], RunInfo]> = [
    ['no findings, no model', [], run],
    ['findings, details, extra data and the model', [finding(2, 'warning'), finding(1), withEdits], { ...run, details: [['Paths not found', 'x']], data: { render: { argo: { hooks: [] } } }, dags }],
    ['an empty model', [finding(1)], { ...run, dags: {} }],
    // More than one batch of findings and of model entries, with keys an object treats specially.
    [
      'several batches',
      Array.from({ length: 600 }, (_, i) => finding(i + 1, i % 3 ? 'warning' : 'error', `dags/f${i % 7}.py`)),
      { ...run, dags: Object.fromEntries([...Array.from({ length: 520 }, (_, i) => [`dags/m${i}.py`, dags['dags/a.py']]), ['__proto__', dags['dags/b.py']], ['123', []], ['7', dags['dags/a.py']]]) },
    ],
  ];
  it.each(cases)('are byte for byte JSON.stringify(body, null, 2) at every chunk size (%s)', (_name, findings, r) => {
    const whole = formatJson(findings, r);
    const parsed = JSON.parse(whole);
    expect(whole).toBe(JSON.stringify(parsed, null, 2) + '\n');
    for (const size of [1, 7, 1 << 16]) expect([...formatJsonChunks(findings, r, size)].join('')).toBe(whole);
    expect(parsed.findings).toHaveLength(findings.length);
    if (r.dags) expect(Object.keys(parsed.dags)).toEqual(Object.keys(r.dags));
  });
  it('writes models carried as JSON text (rendered for their depth) byte for byte like the same models as data', () => {
    const plain = Object.fromEntries(Array.from({ length: 75 }, (_, i) => [`dags/m${i}.py`, i % 2 ? dags['dags/a.py'] : dags['dags/b.py']]));
    // Rendered for depth 2 (written as is), for another depth (serialised through toJSON), and plain data, mixed across batches.
    const mixed = Object.fromEntries(
      Object.entries(plain).map(([file, model], i) => [file, i % 5 === 0 ? model : JsonText.render(model, i % 7 === 0 ? 0 : DAG_MODEL_JSON_DEPTH)!]),
    );
    const findings = [finding(2, 'warning'), withEdits];
    const expected = formatJson(findings, { ...run, dags: plain });
    expect(formatJson(findings, { ...run, dags: mixed })).toBe(expected);
    for (const size of [1, 7, 1 << 16]) expect([...formatJsonChunks(findings, { ...run, dags: mixed }, size)].join('')).toBe(expected);
    expect(JSON.parse(JSON.stringify(buildSarif(findings, { ...run, dags: mixed }, [rule])))).toEqual(JSON.parse(JSON.stringify(buildSarif(findings, { ...run, dags: plain }, [rule]))));
    expect(JsonText.render(undefined, 2)).toBeUndefined();
    expect(JsonText.render(dags['dags/a.py'], 2)!.toJSON()).toEqual(dags['dags/a.py']);
  });
  it('redacts a registered secret in every piece', () => {
    registerSecret('hunter2-json-piece-secret');
    const leaky = { ...finding(1), message: 'password hunter2-json-piece-secret leaked' };
    const out = [...formatJsonChunks([leaky], { ...run, dags }, 5)].join('');
    expect(out).not.toContain('hunter2-json-piece-secret');
    expect(JSON.parse(out).findings[0].message).toBe('password *** leaked');
    const model = JsonText.render([{ ...dags['dags/a.py'][0], dagId: 'etl-hunter2-json-piece-secret' }], DAG_MODEL_JSON_DEPTH)!;
    const rendered = [...formatJsonChunks([], { ...run, dags: { 'dags/a.py': model } }, 5)].join('');
    expect(rendered).not.toContain('hunter2-json-piece-secret');
    expect(JSON.parse(rendered).dags['dags/a.py'][0].dagId).toBe('etl-***');
  });
});

describe('SARIF', () => {
  it('is what upload-sarif accepts: rules with help, results with level, message and location', () => {
    const sarif = buildSarif([finding(1), { ...finding(2), file: undefined, range: undefined }], run, [rule]) as any;
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].tool.driver.rules[0].help.markdown).toContain('**Why is this bad?** y');
    const [withFile, withoutFile] = [sarif.runs[0].results.find((r: any) => r.locations), sarif.runs[0].results.find((r: any) => !r.locations)];
    expect(withFile.locations[0].physicalLocation.artifactLocation.uri).toBe('dags/f1.py');
    expect(withFile.locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 5, endLine: 2, endColumn: 9 });
    expect(withoutFile.message.text).toContain('Undefined name');
  });
});

describe('job summary', () => {
  it('has totals and a table per file', () => {
    const md = buildSummary([finding(1), finding(2)], run);
    expect(md).toContain('| 2 | 0 | 0 | 2 | 0.01 s |');
    expect(md).toContain('<code>dags/f1.py</code>');
    expect(md).toContain('[DAG301](https://example/rules#dag301)');
  });
  it('stays under 1 MiB however many findings there are, counting what it leaves out', () => {
    const many = Array.from({ length: 20000 }, (_, i) => ({ ...finding(i), message: 'm'.repeat(200) }));
    const md = buildSummary(many, run);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/more file\(s\) with findings are not listed/);
  });
});

describe('annotations', () => {
  it('emits at most 10 per level, most severe first, and counts the rest', () => {
    const writes: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      writes.push(String(s));
      return true;
    });
    try {
      const findings = [...Array.from({ length: 12 }, (_, i) => finding(i, 'warning')), ...Array.from({ length: 15 }, (_, i) => finding(i))];
      const res = emitAnnotations(findings);
      expect(res).toEqual({ emitted: 20, omitted: 7 });
      const lines = writes.join('').split('\n').filter(Boolean);
      expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(10);
      expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(10);
      expect(lines[0]).toMatch(/^::error title=DAG301 undefined-name,file=dags\/f0\.py,line=1,endLine=1,col=5,endColumn=9::/);
    } finally {
      spy.mockRestore();
    }
  });
  it('annotates only the given files when asked (annotate: changed)', () => {
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(emitAnnotations([finding(1), finding(2)], new Set(['dags/f2.py']))).toEqual({ emitted: 1, omitted: 0 });
    } finally {
      spy.mockRestore();
    }
  });
});

describe('secrets', () => {
  it('are redacted by every reporter', () => {
    const canary = 'CANARY-s3cr3t-value-42';
    registerSecret(canary);
    const leaky = { ...finding(1), message: `connection failed for key ${canary}`, fix: `rotate ${encodeURIComponent(canary + '/=')}` };
    registerSecret(canary + '/=');
    const outputs = [formatText([leaky], run), formatJson([leaky], run), JSON.stringify(buildSarif([leaky], run, [rule])), buildSummary([leaky], run)];
    for (const o of outputs) {
      expect(o).not.toContain(canary);
      expect(o).toContain('***');
    }
  });
});
