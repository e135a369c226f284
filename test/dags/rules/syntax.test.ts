import { hits, lint, py } from '../helpers.js';

describe('DAG001 syntax-error', () => {
  it('reports tree-sitter errors with their position and stops other rules', async () => {
    const { findings } = await lint('from airflow.sdk import DAG\nwith DAG("x" schedule=None:\n    pass\nprint(undefined_name)\n');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.ruleId === 'DAG001')).toBe(true);
    expect(findings[0].range?.startLine).toBe(2);
  });
  it('reports what CPython refuses but tree-sitter accepts', async () => {
    const code = py`
      print "x"
      return 1
      def f(a, a):
          pass
      g(k=1, k=2)
      break
    `;
    expect(await hits(code, ['DAG001'])).toEqual(['DAG001@1', 'DAG001@2', 'DAG001@3', 'DAG001@5', 'DAG001@6']);
  });
  it('applies the nesting limits: 201 brackets and 101 indentation levels', async () => {
    expect(await hits('x = ' + '('.repeat(201) + '1' + ')'.repeat(201) + '\n', ['DAG001'])).toEqual(['DAG001@1']);
    expect(await hits('x = ' + '('.repeat(200) + '1' + ')'.repeat(200) + '\n', ['DAG001'])).toEqual([]);
    const deep = Array.from({ length: 101 }, (_, i) => ' '.repeat(i) + 'if x:').join('\n') + '\n' + ' '.repeat(101) + 'pass\n';
    expect(await hits('x = 1\n' + deep, ['DAG001'])).toHaveLength(1);
  });
  it('accepts valid modern Python', async () => {
    const code = py`
      async def f():
          async with a as b:
              await b
          return [x async for x in b]
      def g():
          yield from range(3)
      for i in range(3):
          if i:
              continue
          break
      else:
          pass
    `;
    expect(await hits(code, ['DAG001'])).toEqual([]);
  });
});
