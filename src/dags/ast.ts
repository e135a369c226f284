/**
 * A plain-JS copy of tree-sitter's tree: walking wasm nodes costs a boundary crossing per property,
 * so the tree is copied once per file and every rule walks plain objects.
 * Only named nodes are kept, plus anonymous ones that carry a field (operators such as `>>`).
 */
export interface PyNode {
  type: string;
  /** The field name this node has in its parent (e.g. "function", "arguments", "operator"). */
  field: string | null;
  /** UTF-16 offsets into the source text. */
  start: number;
  end: number;
  children: PyNode[];
  parent: PyNode | null;
  /** tree-sitter inserted this node to recover from a syntax error. */
  missing?: boolean;
}

export function childByField(node: PyNode, field: string): PyNode | undefined {
  for (const c of node.children) if (c.field === field) return c;
  return undefined;
}

/** Text helpers bound to one source string. */
export class SourceText {
  private starts: number[] | undefined;
  constructor(readonly text: string) {}

  /** Offsets where lines start; computed on first use (a file without findings never needs them). */
  get lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      const text = this.text;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    return this.starts;
  }

  of(node: PyNode): string {
    return this.text.slice(node.start, node.end);
  }

  /**
   * Whether the node's text is `word`: what `of(node) === word` answers, without copying the text
   * out (rules ask this of every call and definition in every file).
   */
  is(node: PyNode | undefined, word: string): boolean {
    return !!node && node.end - node.start === word.length && this.text.startsWith(word, node.start);
  }

  /** 1-based line and column of a UTF-16 offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  range(start: number, end: number) {
    const s = this.position(start);
    const e = this.position(Math.max(start, end));
    return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  }

  lineText(line: number): string {
    const starts = this.lineStarts;
    const start = starts[line - 1] ?? this.text.length;
    const next = starts[line];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** The value of a plain string literal node (no f-string, no implicit concatenation of f-strings), else undefined. */
export function stringValue(node: PyNode, src: SourceText): string | undefined {
  if (node.type === 'concatenated_string') {
    let out = '';
    for (const c of node.children) {
      const v = stringValue(c, src);
      if (v === undefined) return undefined;
      out += v;
    }
    return out;
  }
  if (node.type !== 'string') return undefined;
  if (node.children.some((c) => c.type === 'interpolation')) return undefined;
  const raw = src.of(node);
  const m = /^([rRbBuU]{0,2})('''|"""|'|")/.exec(raw);
  if (!m) return undefined;
  const prefix = m[1].toLowerCase();
  if (prefix.includes('f')) return undefined;
  const q = m[2];
  const body = raw.slice(m[0].length, raw.length - q.length);
  if (prefix.includes('r')) return body;
  return body.replace(/\\(?:(\n)|([\\'"abfnrtv])|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/g, (_all, nl, ch, hex, uni) => {
    if (nl) return '';
    if (hex) return String.fromCharCode(parseInt(hex, 16));
    if (uni) return String.fromCharCode(parseInt(uni, 16));
    const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v' };
    return map[ch] ?? ch;
  });
}

