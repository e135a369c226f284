import { isOrFallback } from '../../src/dags/compat.js';
import { SourceText } from '../../src/dags/ast.js';
import { parseFast, parsePython, getParser } from '../../src/dags/parser.js';

/** The `context.get(…)` calls of a snippet, with isOrFallback for each, parsed by both parsers. */
async function fallbacks(code: string): Promise<boolean[][]> {
  const src = new SourceText(code);
  const trees = [parseFast(code)!, parsePython(await getParser(), code)];
  return trees.map((tree) => (tree.index.get('call') ?? []).filter((c) => src.of(c).startsWith('context.get(')).sort((a, b) => a.start - b.start).map((c) => isOrFallback(c, src)));
}

describe('isOrFallback (DAG104 compatibility reads)', () => {
  it('is true for both sides of `new or old`, also parenthesised', async () => {
    expect(await fallbacks('day = context.get("logical_date") or context.get("execution_date")\n')).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(await fallbacks('day = (context.get("execution_date")) or now()\n')).toEqual([[true], [true]]);
  });
  it('is false for a plain read, an `and`, or a read used as an argument', async () => {
    expect(await fallbacks('day = context.get("execution_date")\nok = context.get("a") and context.get("b")\nprint(context.get("next_ds"))\n')).toEqual([
      [false, false, false, false],
      [false, false, false, false],
    ]);
  });
});
