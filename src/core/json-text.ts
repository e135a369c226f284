/**
 * A value carried as its JSON text: `JSON.stringify(value, null, 2)` as it reads `depth` levels deep
 * in a document (its lines after the first indented for that depth). lint-dags renders each file's
 * DAG model this way when the file is analysed: the model's objects die young instead of living
 * until the report (at 10,000 files they were hundreds of thousands of long-lived arrays), and
 * `--format json` writes the text as it is.
 *
 * Anything else that serialises it (JSON.stringify, SARIF) gets the value back through toJSON.
 */
export class JsonText<T> {
  constructor(
    readonly text: string,
    readonly depth: number,
  ) {}

  toJSON(): T {
    return JSON.parse(this.text) as T;
  }

  /** `value` rendered for `depth` levels of nesting; undefined when it has no JSON form (undefined, a function, a symbol). */
  static render<T>(value: T, depth: number): JsonText<T> | undefined {
    // Stringified inside `depth` one-key wrappers, the value comes out indented for its depth
    // natively; the wrappers' own lines are cut off (cheaper than re-indenting with a regex).
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
    let wrapped: unknown = value;
    for (let i = 0; i < depth; i++) wrapped = { k: wrapped };
    const text = JSON.stringify(wrapped, null, 2);
    const { head, tail } = wrapperLengths(depth);
    return new JsonText<T>(text.slice(head, text.length - tail), depth);
  }
}

const wrappers = new Map<number, { head: number; tail: number }>();

/** How many characters the wrappers add before and after a value at `depth`. */
function wrapperLengths(depth: number): { head: number; tail: number } {
  let lengths = wrappers.get(depth);
  if (!lengths) {
    let probe: unknown = 0;
    for (let i = 0; i < depth; i++) probe = { k: probe };
    const text = JSON.stringify(probe, null, 2);
    const head = text.lastIndexOf('0');
    wrappers.set(depth, (lengths = { head, tail: text.length - head - 1 }));
  }
  return lengths;
}
