import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadValuesFiles } from '../../src/values/load.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-load-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const f = path.join(dir, name);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, content);
  return name;
}

describe('loadValuesFiles', () => {
  it('merges like helm -f a -f b: later wins, maps deep-merged, lists replaced', () => {
    write('a.yaml', 'executor: CeleryExecutor\nscheduler:\n  replicas: 2\n  env: [{name: A}, {name: B}]\nconfig:\n  core:\n    x: 1\n');
    write('b.yaml', 'executor: KubernetesExecutor\nscheduler:\n  env:\n    - name: C\nconfig:\n  logging:\n    remote_logging: "True"\n');
    const loaded = loadValuesFiles(['a.yaml', 'b.yaml'], dir);
    expect(loaded.findings).toEqual([]);
    expect(loaded.values).toEqual({
      executor: 'KubernetesExecutor',
      scheduler: { replicas: 2, env: [{ name: 'C' }] },
      config: { core: { x: 1 }, logging: { remote_logging: 'True' } },
    });
    expect(loaded.origin(['executor'])).toEqual({ file: 'b.yaml', range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 9 } });
    expect(loaded.origin(['scheduler', 'replicas'])?.file).toBe('a.yaml');
    expect(loaded.origin(['scheduler', 'replicas'])?.range.startLine).toBe(3);
    expect(loaded.origin(['scheduler', 'env', '0'])).toMatchObject({ file: 'b.yaml', range: { startLine: 4 } });
    // Replaced list: the second item of a.yaml's list no longer exists.
    expect(loaded.origin(['scheduler', 'env', '1'])).toBeUndefined();
    expect(loaded.origin(['config', 'logging', 'remote_logging'])).toMatchObject({ file: 'b.yaml', range: { startLine: 7, startColumn: 5 } });
    expect(loaded.origin(['nope'])).toBeUndefined();
  });

  it('a scalar in a later file replaces a map, and a later map replaces a scalar', () => {
    write('m1.yaml', 'a:\n  b: 1\nc: 3\n');
    write('m2.yaml', 'a: 5\nc:\n  d: 4\n');
    const loaded = loadValuesFiles(['m1.yaml', 'm2.yaml'], dir);
    expect(loaded.values).toEqual({ a: 5, c: { d: 4 } });
    expect(loaded.origin(['a', 'b'])).toBeUndefined();
    expect(loaded.origin(['c', 'd'])?.file).toBe('m2.yaml');
  });

  it('parses YAML 1.1 booleans and merge keys as helm does', () => {
    write('y11.yaml', 'base: &base\n  enabled: yes\nredis:\n  <<: *base\n  port: 1\nwhen: 2024-01-01\nperiod: 1:20\nmode: 0644\n');
    const loaded = loadValuesFiles(['y11.yaml'], dir);
    expect(loaded.findings).toEqual([]);
    expect(loaded.values.redis).toEqual({ enabled: true, port: 1 });
    // go-yaml v2 keeps timestamps and base-60 numbers as strings; octal is a number.
    expect([loaded.values.when, loaded.values.period, loaded.values.mode]).toEqual(['2024-01-01', '1:20', 420]);
  });

  it.each([
    ['syntax.yaml', 'scheduler:\n  replicas: [1\nexecutor: x\n', 'VAL001', 3],
    ['bad-indent.yaml', 'a:\n  b: 1\n c: 2\n', 'VAL001', 3],
    ['dup.yaml', 'executor: A\nscheduler: {}\nexecutor: B\n', 'VAL002', 3],
    ['list.yaml', '- a\n- b\n', 'VAL004', 1],
    ['scalar.yaml', '\n\njust text\n', 'VAL004', 3],
    ['multi.yaml', 'a: 1\n---\nb: 2\n', 'VAL004', 2],
    ['empty.yaml', '', 'VAL006', 1],
    ['comments.yaml', '# nothing here\n', 'VAL006', 1],
  ])('%s is rejected with a finding at its line', (name, content, ruleId, line) => {
    write(name, content);
    const loaded = loadValuesFiles([name], dir);
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ ruleId, severity: 'error', file: name, range: { startLine: line } });
    expect(loaded.values).toEqual({});
  });

  it('rejects an alias bomb without expanding it', () => {
    let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(97 + i - 1);
      const cur = String.fromCharCode(97 + i);
      bomb += `${cur}: &${cur} [${Array(9).fill('*' + prev).join(', ')}]\n`;
    }
    write('bomb.yaml', bomb);
    const loaded = loadValuesFiles(['bomb.yaml'], dir);
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'VAL003', file: 'bomb.yaml', range: { startLine: 2 } });
  });

  it('reports binary, non-UTF-8, too large and missing files', () => {
    write('bin.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    write('latin1.yaml', Buffer.concat([Buffer.from('a: 1\nname: '), Buffer.from([0xe9, 0x0a])]));
    write('huge.yaml', 'x: ' + 'a'.repeat(10 * 1024 * 1024) + '\n');
    const loaded = loadValuesFiles(['bin.yaml', 'latin1.yaml', 'huge.yaml', 'missing.yaml'], dir);
    expect(loaded.findings.map((f) => [f.ruleId, f.file, f.range?.startLine])).toEqual([
      ['VAL005', 'bin.yaml', 1],
      ['VAL005', 'latin1.yaml', 2],
      ['VAL005', 'huge.yaml', 1],
      ['VAL005', 'missing.yaml', 1],
    ]);
    expect(loaded.findings[1].message).toMatch(/UTF-8/);
    expect(loaded.findings[2].message).toMatch(/limit/);
  });

  it('rejects absurd nesting as invalid YAML instead of overflowing the stack', () => {
    write('deep.yaml', 'a: ' + '['.repeat(30000) + ']'.repeat(30000) + '\n');
    write('deep-map.yaml', Array.from({ length: 300 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n');
    const loaded = loadValuesFiles(['deep.yaml', 'deep-map.yaml'], dir);
    expect(loaded.findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['VAL001', 'deep.yaml'],
      ['VAL001', 'deep-map.yaml'],
    ]);
  });

  it.each([
    ['flow sequences', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['flow mappings', `a: ${'{b: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`],
    ['block sequences', `a:\n  ${'- '.repeat(10_000)}x\n`],
    ['block mappings (300)', Array.from({ length: 300 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n'],
  ])('deep %s: one finding that says how deep is too deep, not a stack overflow', (_kind, text) => {
    write('deep.yaml', text);
    const loaded = loadValuesFiles(['deep.yaml'], dir);
    expect(loaded.findings.map((f) => [f.ruleId, f.message])).toEqual([['VAL001', 'Values file deep.yaml nests deeper than 200 levels; that is not a Helm values file.']]);
  });

  it.each([
    ['<<: 5', 'a scalar'],
    ['<<: hello', 'a scalar'],
    ['<<: [1, 2]', 'a list holding something other than mappings'],
    ['<<:', 'empty'],
  ])('%s is a merge key without a mapping, not an alias bomb', (line, got) => {
    write('merge.yaml', `executor: KubernetesExecutor\n${line}\n`);
    const loaded = loadValuesFiles(['merge.yaml'], dir);
    expect(loaded.findings.map((f) => [f.ruleId, f.range?.startLine, f.message])).toEqual([
      ['VAL001', 2, `Values file merge.yaml has a \`<<\` merge key whose value is ${got}; a merge key needs a mapping, an alias of one (*anchor), or a list of those.`],
    ]);
  });

  // Found by the fuzz sweep (values-s12-1056): 17,000 lone CRs in a quoted string, then an unclosed
  // flow sequence, made thousands of parse errors; the YAML library's pretty excerpt of each ran a
  // regex over the whole CR "line" (47 s). Linear now.
  it('a long line of lone CRs with thousands of parse errors is one syntax finding, in linear time', async () => {
    const mutate = (await import(path.join(process.cwd(), 'scripts/fuzz/mutate.mjs'))) as { makeCases(kind: string, o: { seed: number; count: number }): Array<{ id: string; text: string }> };
    const found = mutate.makeCases('values', { seed: 12, count: 1057 })[1056];
    expect(found.id).toBe('values-s12-1056');
    expect(found.text).toContain('\r'.repeat(1000));
    write('crs.yaml', found.text);
    const cpu0 = process.cpuUsage();
    const loaded = loadValuesFiles(['crs.yaml'], dir);
    const cpu = process.cpuUsage(cpu0);
    // CPU time, not wall clock (neighbours on a busy machine do not count): 0.1 s now, 47 s before.
    expect((cpu.user + cpu.system) / 1e6).toBeLessThan(10);
    expect(loaded.findings.map((f) => [f.ruleId, f.file])).toEqual([['VAL001', 'crs.yaml']]);
    expect(loaded.findings[0].message).toMatch(/^YAML syntax error in crs\.yaml: /);
  });

  it('a merge key aliasing a scalar anchor is a merge-key finding too', () => {
    write('merge-alias.yaml', 'x: &five 5\ny:\n  <<: *five\n');
    const loaded = loadValuesFiles(['merge-alias.yaml'], dir);
    expect(loaded.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['VAL001', 'Values file merge-alias.yaml has a `<<` merge key whose alias does not point at a mapping; a merge key needs a mapping, an alias of one, or a list of those.'],
    ]);
  });

  it('keeps __proto__ as an ordinary key, through merging, without touching any prototype', () => {
    write('proto-a.yaml', '__proto__:\n  polluted: a\nscheduler:\n  __proto__: {replicas: 9}\n  replicas: 1\n');
    write('proto-b.yaml', '__proto__:\n  more: b\nconstructor: c\n');
    const loaded = loadValuesFiles(['proto-a.yaml', 'proto-b.yaml'], dir);
    expect(loaded.findings).toEqual([]);
    expect(Object.keys(loaded.values)).toEqual(['__proto__', 'scheduler', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(loaded.values, '__proto__')?.value).toEqual({ polluted: 'a', more: 'b' });
    expect(Object.getPrototypeOf(loaded.values)).toBe(Object.prototype);
    const scheduler = loaded.values.scheduler as Record<string, unknown>;
    expect(Object.keys(scheduler)).toEqual(['__proto__', 'replicas']);
    expect(scheduler.replicas).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(loaded.origin(['__proto__', 'more'])).toMatchObject({ file: 'proto-b.yaml', range: { startLine: 2 } });
  });

  it('reports paths relative to cwd with forward slashes', () => {
    write('sub/dir/v.yaml', 'a: [\n');
    const loaded = loadValuesFiles([path.join(dir, 'sub', 'dir', 'v.yaml')], dir);
    expect(loaded.findings[0].file).toBe('sub/dir/v.yaml');
  });
});
