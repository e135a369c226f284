import type { PyNode } from './ast.js';
import { BRACKETED, INDEXED, type ParsedTree } from './parse-tree.js';

/**
 * A hand-written recursive-descent parser for the Python that DAG files are made of, producing the
 * very tree the tree-sitter copy produces (same node types, fields and UTF-16 offsets, including
 * tree-sitter's quirks: its operator precedences, `type`/`generic_type` annotations, comments that
 * extend a block before a dedent). It parses about five times faster than tree-sitter's wasm build,
 * which was half of lint-dags' CPU time.
 *
 * It is deliberately strict: on anything it does not fully handle (a syntax error, match statements,
 * PEP 695 type parameters, Python 2 print, unusual whitespace, non-ASCII names, …) it gives up and
 * the caller parses the file with tree-sitter, which stays the reference for error recovery and
 * error positions. test/dags/python-parser.test.ts holds it to tree-sitter's output on thousands of
 * real files and mutated ones.
 */
export function parsePythonFast(text: string): ParsedTree | undefined {
  try {
    return parsePythonStrict(text);
  } catch (e) {
    // A bug here must cost speed, never a lint run: tree-sitter takes the file.
    fallbackReason = `internal error: ${e instanceof Error ? e.message : String(e)}`;
    fallbackText = text;
    return undefined;
  }
}

/** parsePythonFast, but a bug (anything other than giving up) throws — for tests. */
export function parsePythonStrict(text: string): ParsedTree | undefined {
  try {
    const root = new FastParser(text).parseModule();
    fallbackReason = undefined;
    fallbackText = undefined;
    return finishTree(root);
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    fallbackReason = e.message;
    fallbackText = text;
    return undefined;
  }
}

let fallbackReason: string | undefined;
let fallbackText: string | undefined;

/** Why the last parsePythonFast call gave up (for diagnostics and the parity harness). */
export function lastFallbackReason(): string | undefined {
  return fallbackReason;
}

/**
 * Reasons to give up that are constructs Python 3.12 accepts and this parser merely does not
 * build (or tree-sitter reads in a way it does not mirror). Every other reason is a syntax error
 * CPython reports too: measured on the 3.1 venv's site-packages against compile()
 * (scripts/syntax-sweep.mjs).
 */
const VALID_CONSTRUCTS = [
  'statement starting with', 'cannot assign to', ' before as', 'parenthesized with items', 'a line ending in a comma',
  'a line inside brackets indented left', 'starred element', 'starred subscript', 'parenthesized starred', 'type parameters', 'unusual whitespace', 'non-ASCII character',
  'deep nesting', 'nested too deeply', 'a lone starred target', 'yield in a collection', 'backslash before a brace',
  'escaped brace in a format spec', 'line continuation at the start',
  'internal error', 'a := in an interpolation', 'expected end of statement, found "*"', 'expected an expression, found "*"', 'expected ], found ":"',
];

/**
 * Whether the last parsePythonFast call on this very text gave up on a construct it does not
 * handle ('construct': tree-sitter's errors on the file are then unconfirmed), on a syntax error
 * ('syntax'), or did not give up (undefined).
 */
export function fallbackKindFor(text: string): 'construct' | 'syntax' | undefined {
  if (fallbackText !== text || fallbackReason === undefined) return undefined;
  return isValidConstruct(fallbackReason) ? 'construct' : 'syntax';
}

function isValidConstruct(reason: string): boolean {
  return VALID_CONSTRUCTS.some((c) => reason.includes(c));
}

/**
 * Python's verdict on a file as far as this parser can tell, without building tree-sitter's tree:
 * 'valid', 'syntax' (an error CPython reports too, with the reason), or 'unknown' (a construct it
 * does not parse at all, such as `match`). Used only when tree-sitter finds errors in a file the
 * strict parse gave up on, to decide whether those errors are confirmed.
 */
export function judgePython(text: string): { verdict: 'valid' | 'syntax' | 'unknown'; reason?: string; at?: number } {
  try {
    new FastParser(text, true).parseModule();
    return { verdict: 'valid' };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    if (!(e instanceof Unsupported)) return { verdict: 'unknown', reason: `internal error: ${reason}` };
    return { verdict: isValidConstruct(reason) ? 'unknown' : 'syntax', reason: e.what, at: e.at };
  }
}

class Unsupported extends Error {
  constructor(readonly what: string, readonly at: number) {
    super(`${what} at offset ${at}`);
  }
}

function unsupported(what: string, at: number): never {
  throw new Unsupported(what, at);
}

// Token kinds.
const NAME = 1;
const NUMBER = 2;
const STRING = 3;
const OP = 4;
const NEWLINE = 5;
const INDENT = 6;
const DEDENT = 7;
const EOF = 8;

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** tree-sitter-python's precedences (not CPython's: `^` binds tighter than `&` there). */
const BINARY_PRECEDENCE: Record<string, number> = {
  '|': 14, '&': 15, '^': 16, '<<': 17, '>>': 17, '+': 18, '-': 18, '*': 19, '@': 19, '/': 19, '%': 19, '//': 19, '**': 21,
};
const PREC_COMPARE = 13;
const PREC_UNARY = 20;
const COMPARISON = new Set(['<', '<=', '==', '!=', '>=', '>', '<>', 'in', 'not', 'is']);
const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '@=', '//=', '%=', '**=', '>>=', '<<=', '&=', '^=', '|=']);
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);

/** Nodes that tree-sitter builds from a single token, so its cursor never enters them. */
// (pass/break/continue are not: tree-sitter wraps their keyword in a node of its own.)
const LEAF_TYPES = new Set([
  'identifier', 'integer', 'float', 'true', 'false', 'none', 'ellipsis', 'wildcard_import', 'keyword_separator', 'positional_separator', 'type_conversion',
  ...Object.keys(BINARY_PRECEDENCE), '~', 'and', 'or', '<', '<=', '==', '!=', '>=', '>', '<>', 'in', 'is', ...AUGMENTED,
]);

const PLAIN_TARGETS = new Set(['identifier', 'attribute', 'subscript', 'tuple', 'list', 'parenthesized_expression']);
const LOOSE_EXPRESSIONS = new Set(['conditional_expression', 'boolean_operator', 'not_operator', 'comparison_operator', 'lambda', 'named_expression', 'binary_operator', 'unary_operator', 'await']);

/** Words the parser compares NAME tokens with: keywords and the soft keywords it checks for. */
const WORDS = [...KEYWORDS, 'match', 'type', 'print', 'exec', '__future__'];
/** Candidate words by length and first character, so a name is matched without slicing it. */
const WORDS_BY_SHAPE = new Map<number, string[]>();
for (const w of WORDS) {
  const key = w.length * 256 + w.charCodeAt(0);
  const list = WORDS_BY_SHAPE.get(key);
  if (list) list.push(w);
  else WORDS_BY_SHAPE.set(key, [w]);
}

/** The keyword or soft keyword at text[start, start+length), or '' for any other name. */
function wordAt(text: string, start: number, length: number): string {
  if (length > 10) return '';
  const candidates = WORDS_BY_SHAPE.get(length * 256 + text.charCodeAt(start));
  if (candidates) for (const w of candidates) if (text.startsWith(w, start)) return w;
  return '';
}

const UNUSUAL_WHITESPACE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x85\u2028\u2029\ufeff\u2060\u200b]|\r(?!\n)/;
const ID_START = /^[\p{ID_Start}_]$/u;
const ID_CONTINUE = /^\p{ID_Continue}$/u;

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function node(type: string, start: number, end: number, children: PyNode[]): PyNode {
  const n: PyNode = { type, field: null, start, end, children, parent: null };
  for (let i = 0; i < children.length; i++) children[i].parent = n;
  return n;
}
/** Shared by every leaf (a third of all nodes): one array fewer to allocate and collect per token. */
const NO_CHILDREN = Object.freeze([]) as unknown as PyNode[];

function leaf(type: string, start: number, end: number): PyNode {
  return { type, field: null, start, end, children: NO_CHILDREN, parent: null };
}
function withField<T extends PyNode>(n: T, field: string): T {
  n.field = field;
  return n;
}

class FastParser {
  private readonly text: string;
  private readonly len: number;
  private pos = 0;
  /** Open brackets (and f-string interpolations): newlines and indentation mean nothing inside. */
  private depth = 0;
  private readonly indents: number[] = [0];
  /** CPython's view of the same blocks: columns with tabs to multiples of 8, and with tabs as 1. */
  private pyColumns: number[] = [0];
  private pyAltColumns: number[] = [0];
  /** A tab has appeared in some line's indentation; until then the tab check has nothing to find. */
  private tabIndented = false;
  private atLineStart = true;
  /** End of the last token or same-line comment on the current logical line (where NEWLINE sits). */
  private lineEnd = 0;
  /** Where each pending DEDENT sits (they differ when a comment extends an outer block). */
  private readonly pendingDedents: number[] = [];
  private pendingDedentCount = 0;
  private pendingDedentsRead = 0;
  private pendingIndent = false;
  /** Comment lines before the next code line: indent and end of each (reused buffers). */
  private readonly commentIndents: number[] = [];
  private readonly commentEnds: number[] = [];

  // The current token.
  private k = 0;
  private s = 0;
  private e = 0;
  private v = '';
  /** The current NAME token is a reserved word. */
  private reserved = false;
  /** String tokens: prefix flags and quote layout, for f-string parsing. */
  private strFormat = false;
  private strRaw = false;
  private strQuote = 0;
  private strTriple = false;
  private strPrefixLen = 0;
  /** Recursion guard: deep nesting is left to tree-sitter (which has its own stack). */
  private nesting = 0;
  /** Quote characters of the f-strings being parsed (a nested same quote is left to tree-sitter). */
  private readonly fstringQuotes: number[] = [];

  /**
   * `lenient`: judging validity only, not building tree-sitter's tree, so the places where it
   * gives up only because tree-sitter reads valid Python differently are passed over.
   */
  constructor(text: string, private readonly lenient = false) {
    this.text = text;
    this.len = text.length;
    // tree-sitter treats these as whitespace with its own indentation rules; not worth mirroring.
    const odd = UNUSUAL_WHITESPACE.exec(text);
    if (odd) unsupported('unusual whitespace, control character or lone carriage return', odd.index);
  }

  // ---------------------------------------------------------------- lexer

  private next(): void {
    if (this.pendingDedentsRead < this.pendingDedentCount) {
      this.k = DEDENT;
      this.s = this.e = this.pendingDedents[this.pendingDedentsRead++];
      return;
    }
    if (this.pendingIndent) {
      this.pendingIndent = false;
      this.k = INDENT;
      this.s = this.e = this.pos;
      return;
    }
    if (this.atLineStart && this.depth === 0) {
      this.atLineStart = false;
      this.lineStart();
      if (this.pendingDedentsRead < this.pendingDedentCount || this.pendingIndent) return this.next();
    }
    this.scanToken();
  }

  /**
   * At the start of a logical line: skip blank and comment lines, then decide INDENT / DEDENT the
   * way tree-sitter-python's scanner does — a comment indented at least as deep as the current block
   * belongs to that block (and extends it) even when the next code line dedents.
   */
  private lineStart(): void {
    const text = this.text;
    let blockEnd = this.lineEnd;
    let comments = 0;
    const dedents = this.pendingDedents;
    let dedentCount = 0;
    this.pendingDedentsRead = 0;
    let p = this.pos;
    let indent = 0;
    for (;;) {
      indent = 0;
      let q = p;
      let tab = false;
      for (; q < this.len; q++) {
        const c = text.charCodeAt(q);
        if (c === 32) indent++;
        else if (c === 9) {
          indent += 8;
          tab = true;
        } else break;
      }
      if (q >= this.len) {
        indent = 0;
        p = q;
        break;
      }
      const c = text.charCodeAt(q);
      if (c === 10 || (c === 13 && text.charCodeAt(q + 1) === 10)) {
        p = text.indexOf('\n', q) + 1;
        continue;
      }
      if (c === 35) {
        let end = text.indexOf('\n', q);
        if (end === -1) end = this.len;
        this.commentIndents[comments] = indent;
        this.commentEnds[comments++] = end;
        p = end === this.len ? end : end + 1;
        continue;
      }
      if (c === 92) unsupported('line continuation at the start of a line', q);
      if (tab && !this.tabIndented) {
        // Without tabs both column counts equal the space count, so the blocks so far are exactly
        // the indentation stack: the tab check starts from it (most files never get here).
        this.tabIndented = true;
        this.pyColumns = [...this.indents];
        this.pyAltColumns = [...this.indents];
      }
      if (this.tabIndented) this.checkTabConsistency(p, q);
      p = q;
      break;
    }
    const atEof = p >= this.len;
    const target = atEof ? 0 : indent;
    const stack = this.indents;
    for (let i = 0; i < comments; i++) {
      while (target < stack[stack.length - 1] && this.commentIndents[i] < stack[stack.length - 1]) {
        stack.pop();
        dedents[dedentCount++] = blockEnd;
      }
      blockEnd = this.commentEnds[i];
    }
    while (target < stack[stack.length - 1]) {
      stack.pop();
      dedents[dedentCount++] = blockEnd;
    }
    this.pendingDedentCount = dedentCount;
    if (target > stack[stack.length - 1]) {
      if (dedentCount > 0) unsupported('unindent does not match any outer indentation level', p);
      stack.push(target);
      this.pendingIndent = true;
    }
    this.pos = p;
  }

  /**
   * CPython's TabError: the indentation text[from, to) must order the blocks the same way whether
   * a tab counts to the next multiple of 8 or as one column (tree-sitter does not check this).
   */
  private checkTabConsistency(from: number, to: number): void {
    let col = 0;
    let alt = 0;
    for (let i = from; i < to; i++) {
      if (this.text.charCodeAt(i) === 9) col = (Math.floor(col / 8) + 1) * 8;
      else col++;
      alt++;
    }
    const cols = this.pyColumns;
    const alts = this.pyAltColumns;
    let top = cols.length - 1;
    if (col > cols[top]) {
      if (alt <= alts[top]) unsupported('inconsistent use of tabs and spaces in indentation', from);
      cols.push(col);
      alts.push(alt);
      return;
    }
    while (top > 0 && col < cols[top]) {
      cols.pop();
      alts.pop();
      top--;
    }
    // A column matching no outer block is reported by lineStart; only the tab check is made here.
    if (col === cols[top] && alt !== alts[top]) unsupported('inconsistent use of tabs and spaces in indentation', from);
  }

  private scanToken(): void {
    const text = this.text;
    let p = this.pos;
    // Indentation of a continuation line inside brackets, while it is being skipped (-1: not at one).
    let continuationIndent = -1;
    for (;;) {
      if (p >= this.len) {
        this.pos = p;
        if (this.depth > 0) unsupported('unexpected end of file inside brackets', p);
        if (this.k === NAME || this.k === NUMBER || this.k === STRING || this.k === OP) {
          // The last line has no newline: end it, then let lineStart close the open blocks.
          this.k = NEWLINE;
          this.s = this.e = this.lineEnd;
          this.atLineStart = true;
          return;
        }
        this.k = EOF;
        this.s = this.e = p;
        return;
      }
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9) {
        if (continuationIndent >= 0) continuationIndent += c === 9 ? 8 : 1;
        p++;
        continue;
      }
      if (c === 10 || c === 13) {
        p += c === 13 ? 2 : 1;
        if (this.depth > 0) {
          continuationIndent = 0;
          continue;
        }
        this.pos = p;
        // tree-sitter reads `a,` NEWLINE `b = 1` as one assignment `a, b = 1`; leave such lines to it.
        if (this.k === OP && this.v === ',' && !this.lenient) unsupported('a line ending in a comma', p);
        this.k = NEWLINE;
        this.s = this.e = this.lineEnd;
        this.atLineStart = true;
        return;
      }
      if (c === 35) {
        let end = text.indexOf('\n', p);
        if (end === -1) end = this.len;
        if (this.depth === 0) this.lineEnd = end;
        p = end;
        continue;
      }
      if (c === 92) {
        continuationIndent = -1;
        if (text.charCodeAt(p + 1) === 10) p += 2;
        else if (text.charCodeAt(p + 1) === 13 && text.charCodeAt(p + 2) === 10) p += 3;
        else unsupported('stray backslash', p);
        continue;
      }
      break;
    }
    // tree-sitter's scanner closes the block (a syntax error) when such a line sits left of the
    // block and no closing bracket could come next; rare, so all of them are left to it.
    if (continuationIndent >= 0 && continuationIndent < this.indents[this.indents.length - 1] && !this.lenient) {
      unsupported('a line inside brackets indented left of its block', p);
    }
    const start = p;
    const c = text.charCodeAt(p);
    this.s = start;
    if (isNameStart(c) || (c > 127 && ID_START.test(String.fromCodePoint(text.codePointAt(p)!)))) {
      p = this.scanName(p);
      const q = text.charCodeAt(p);
      if (q === 34 || q === 39) {
        const prefix = text.slice(start, p).toLowerCase();
        if (!STRING_PREFIXES.has(prefix)) unsupported(`string prefix ${prefix}`, start);
        this.scanString(start, p);
        return;
      }
      this.k = NAME;
      // Only keywords and soft keywords are ever compared, so other names are not sliced out.
      this.v = wordAt(text, start, p - start);
      this.reserved = this.v !== '' && KEYWORDS.has(this.v);
      this.finish(p);
      return;
    }
    if (c === 34 || c === 39) {
      this.scanString(start, start);
      return;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(p + 1)))) {
      this.scanNumber(start);
      return;
    }
    if (c > 127) unsupported('non-ASCII character outside a string', p);
    this.k = OP;
    this.v = this.scanOperator(p);
    if (this.v === '') unsupported(`unexpected character ${JSON.stringify(text[p])}`, p);
    const v = this.v;
    if (v === '(' || v === '[' || v === '{') this.depth++;
    else if (v === ')' || v === ']' || v === '}') {
      if (this.depth === 0) unsupported('unbalanced bracket', p);
      this.depth--;
    }
    this.finish(p + v.length);
  }

  /** The end of the name starting at `p` (non-ASCII letters by Unicode's identifier classes). */
  private scanName(p: number): number {
    const text = this.text;
    for (;;) {
      if (p >= this.len) return p;
      const c = text.charCodeAt(p);
      if (c < 128) {
        if (!isNameChar(c)) return p;
        p++;
        continue;
      }
      const cp = text.codePointAt(p)!;
      if (!ID_CONTINUE.test(String.fromCodePoint(cp))) return p;
      p += cp > 0xffff ? 2 : 1;
    }
  }

  private finish(end: number): void {
    this.e = end;
    this.pos = end;
    this.lineEnd = end;
  }

  private scanOperator(p: number): string {
    const t = this.text;
    const c = t.charCodeAt(p);
    const d = t.charCodeAt(p + 1);
    const e = t.charCodeAt(p + 2);
    switch (c) {
      case 40: return '(';
      case 41: return ')';
      case 91: return '[';
      case 93: return ']';
      case 123: return '{';
      case 125: return '}';
      case 44: return ',';
      case 59: return ';';
      case 126: return '~';
      case 58: return d === 61 ? ':=' : ':';
      case 46: return d === 46 && e === 46 ? '...' : '.';
      case 61: return d === 61 ? '==' : '=';
      case 33: return d === 61 ? '!=' : '!';
      case 43: return d === 61 ? '+=' : '+';
      case 45: return d === 61 ? '-=' : d === 62 ? '->' : '-';
      case 37: return d === 61 ? '%=' : '%';
      case 38: return d === 61 ? '&=' : '&';
      case 124: return d === 61 ? '|=' : '|';
      case 94: return d === 61 ? '^=' : '^';
      case 64: return d === 61 ? '@=' : '@';
      case 42: return d === 42 ? (e === 61 ? '**=' : '**') : d === 61 ? '*=' : '*';
      case 47: return d === 47 ? (e === 61 ? '//=' : '//') : d === 61 ? '/=' : '/';
      case 60: return d === 60 ? (e === 61 ? '<<=' : '<<') : d === 61 ? '<=' : d === 62 ? '<>' : '<';
      case 62: return d === 62 ? (e === 61 ? '>>=' : '>>') : d === 61 ? '>=' : '>';
      default: return '';
    }
  }

  /** Numbers, with tree-sitter's token boundaries (it also takes Python 2's `1L`). */
  private scanNumber(start: number): void {
    const t = this.text;
    let p = start;
    let isFloat = false;
    const c0 = t.charCodeAt(p);
    const c1 = t.charCodeAt(p + 1) | 32;
    if (c0 === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
      p += 2;
      const ok = c1 === 120 ? (c: number) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102) : c1 === 111 ? (c: number) => c >= 48 && c <= 55 : (c: number) => c === 48 || c === 49;
      let digits = 0;
      for (;;) {
        const c = t.charCodeAt(p);
        if (c === 95 && ok(t.charCodeAt(p + 1))) p++;
        else if (ok(c)) {
          p++;
          digits++;
        } else break;
      }
      if (digits === 0) unsupported('malformed number', start);
      if ((t.charCodeAt(p) | 32) === 108) p++;
    } else {
      const digits = () => {
        const from = p;
        while (isDigit(t.charCodeAt(p)) || (t.charCodeAt(p) === 95 && p > from)) p++;
        return p > from;
      };
      const hadInt = digits();
      if (t.charCodeAt(p) === 46 && !(t.charCodeAt(p + 1) === 46 && t.charCodeAt(p + 2) === 46)) {
        isFloat = true;
        p++;
        const hadFrac = digits();
        if (!hadInt && !hadFrac) unsupported('malformed number', start);
      }
      if ((t.charCodeAt(p) | 32) === 101) {
        let q = p + 1;
        if (t.charCodeAt(q) === 43 || t.charCodeAt(q) === 45) q++;
        if (isDigit(t.charCodeAt(q))) {
          isFloat = true;
          p = q;
          digits();
        }
      }
      const suffix = t.charCodeAt(p) | 32;
      if (suffix === 106) p++;
      else if (suffix === 108 && !isFloat) p++;
    }
    if (isNameChar(t.charCodeAt(p)) || t.charCodeAt(p) > 127) unsupported('number followed by a name', p);
    this.k = NUMBER;
    this.v = isFloat ? 'float' : 'integer';
    this.finish(p);
  }

  /** A string literal; f-strings are only delimited here (their insides are parsed by parseString). */
  private scanString(start: number, quoteAt: number): void {
    const t = this.text;
    const prefix = t.slice(start, quoteAt).toLowerCase();
    const quote = t.charCodeAt(quoteAt);
    const triple = t.charCodeAt(quoteAt + 1) === quote && t.charCodeAt(quoteAt + 2) === quote;
    const raw = prefix.includes('r');
    this.strFormat = prefix.includes('f');
    this.strRaw = raw;
    this.strQuote = quote;
    this.strTriple = triple;
    this.strPrefixLen = quoteAt - start;
    if (this.strFormat) {
      // PEP 701 (Python 3.12): replacement fields may hold any expression, including strings in
      // the same quote, comments and line breaks, so the end of an f-string is found field by field.
      this.k = STRING;
      this.finish(this.skipFStringBody(start, quoteAt + (triple ? 3 : 1), quote, triple, raw, 0));
      return;
    }
    let p = quoteAt + (triple ? 3 : 1);
    for (;;) {
      if (p >= this.len) unsupported('unterminated string', start);
      const c = t.charCodeAt(p);
      if (c === 92) {
        p += 2;
        if (t.charCodeAt(p - 1) === 13 && t.charCodeAt(p) === 10) p++;
        continue;
      }
      if (c === quote) {
        if (!triple) {
          p++;
          break;
        }
        if (t.charCodeAt(p + 1) === quote && t.charCodeAt(p + 2) === quote) {
          p += 3;
          break;
        }
      } else if ((c === 10 || c === 13) && !triple) unsupported('newline in a single-quoted string', p);
      p++;
    }
    this.k = STRING;
    this.finish(p);
  }

  /**
   * The offset after the closing quote of an f-string whose literal text starts at `p`: literal
   * text, `{{`/`}}`, and replacement fields skipped with skipReplacementField.
   */
  private skipFStringBody(start: number, p: number, quote: number, triple: boolean, raw: boolean, nesting: number): number {
    const t = this.text;
    if (nesting > 20) unsupported('f-strings nested too deeply', start);
    for (;;) {
      if (p >= this.len) unsupported('unterminated string', start);
      const c = t.charCodeAt(p);
      if (c === 92) {
        // A backslash keeps the next character (a quote, a line break) from ending anything, but
        // not a brace: `rf"\{x}"` still has a field. `\N{…}` (not raw) is one escape.
        const d = t.charCodeAt(p + 1);
        if (!raw && d === 78 && t.charCodeAt(p + 2) === 123) {
          const close = t.indexOf('}', p);
          if (close === -1) unsupported('unterminated \\N{…}', p);
          p = close + 1;
          continue;
        }
        p += d === 123 || d === 125 ? 1 : 2;
        if (t.charCodeAt(p - 1) === 13 && t.charCodeAt(p) === 10) p++;
        continue;
      }
      if (c === quote) {
        if (!triple) return p + 1;
        if (t.charCodeAt(p + 1) === quote && t.charCodeAt(p + 2) === quote) return p + 3;
      } else if ((c === 10 || c === 13) && !triple) {
        unsupported('newline in a single-quoted string', p);
      } else if (c === 123) {
        if (t.charCodeAt(p + 1) === 123) {
          p += 2;
          continue;
        }
        p = this.skipReplacementField(start, p + 1, quote, triple, raw, nesting);
        continue;
      }
      p++;
    }
  }

  /**
   * From just after a field's `{` to just after its `}`: brackets counted, nested strings (any
   * quote, f-strings recursively) and comments skipped, a format spec after a top-level `:` read
   * as literal text with fields of its own.
   */
  private skipReplacementField(start: number, p: number, quote: number, triple: boolean, raw: boolean, nesting: number): number {
    const t = this.text;
    let brackets = 0;
    for (;;) {
      if (p >= this.len) unsupported('unterminated string', start);
      const c = t.charCodeAt(p);
      if (c === 34 || c === 39) {
        p = this.skipNestedString(start, p, p, nesting);
        continue;
      }
      if (isNameStart(c)) {
        const nameStart = p;
        while (isNameChar(t.charCodeAt(p))) p++;
        const q = t.charCodeAt(p);
        if ((q === 34 || q === 39) && p - nameStart <= 2 && STRING_PREFIXES.has(t.slice(nameStart, p).toLowerCase())) p = this.skipNestedString(start, nameStart, p, nesting);
        continue;
      }
      if (c === 35) {
        // A comment runs to the end of the line (3.12); it cannot hide the closing quote.
        while (p < this.len && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13) p++;
        continue;
      }
      if (c === 92) {
        p += 2;
        continue;
      }
      if (c === 40 || c === 91 || c === 123) brackets++;
      else if (c === 41 || c === 93) brackets--;
      else if (c === 125) {
        if (brackets === 0) return p + 1;
        brackets--;
      } else if (c === 58 && brackets === 0) {
        return this.skipFormatSpec(start, p + 1, quote, triple, raw, nesting);
      } else if (c === quote && !triple) {
        unsupported('unterminated interpolation', p);
      }
      p++;
    }
  }

  /** A format spec: literal text up to the field's closing `}`, with nested `{…}` fields. */
  private skipFormatSpec(start: number, p: number, quote: number, triple: boolean, raw: boolean, nesting: number): number {
    const t = this.text;
    for (;;) {
      if (p >= this.len) unsupported('unterminated string', start);
      const c = t.charCodeAt(p);
      if (c === 125) return p + 1;
      if (c === 123) {
        p = this.skipReplacementField(start, p + 1, quote, triple, raw, nesting);
        continue;
      }
      if (c === 92) {
        p += 2;
        continue;
      }
      if ((c === 10 || c === 13) && !triple) unsupported('newline in a format spec', p);
      if (c === quote && (!triple || (t.charCodeAt(p + 1) === quote && t.charCodeAt(p + 2) === quote))) unsupported('unterminated format spec', p);
      p++;
    }
  }

  /** A string inside a replacement field, prefix at `prefixAt`, quote at `quoteAt`; returns its end. */
  private skipNestedString(start: number, prefixAt: number, quoteAt: number, nesting: number): number {
    const t = this.text;
    const prefix = t.slice(prefixAt, quoteAt).toLowerCase();
    const quote = t.charCodeAt(quoteAt);
    const triple = t.charCodeAt(quoteAt + 1) === quote && t.charCodeAt(quoteAt + 2) === quote;
    let p = quoteAt + (triple ? 3 : 1);
    if (prefix.includes('f')) return this.skipFStringBody(start, p, quote, triple, prefix.includes('r'), nesting + 1);
    for (;;) {
      if (p >= this.len) unsupported('unterminated string', start);
      const c = t.charCodeAt(p);
      if (c === 92) p += 2;
      else if (c === quote && (!triple || (t.charCodeAt(p + 1) === quote && t.charCodeAt(p + 2) === quote))) return p + (triple ? 3 : 1);
      else if ((c === 10 || c === 13) && !triple) unsupported('newline in a single-quoted string', p);
      else p++;
    }
  }

  /** Positions the lexer at `p` inside an f-string (the literal part is scanned by hand). */
  private seek(p: number): void {
    this.pos = p;
  }

  // ---------------------------------------------------------------- helpers

  /** The first character after the current token, spaces skipped (a peek without lexing). */
  private nextCharAfterToken(): number {
    const t = this.text;
    let p = this.e;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 9) p++;
      else if (c === 92 && t.charCodeAt(p + 1) === 10) p += 2;
      else if (c === 92 && t.charCodeAt(p + 1) === 13 && t.charCodeAt(p + 2) === 10) p += 3;
      else return c;
    }
  }

  /** The current token kind, read through a call so TypeScript does not narrow it across next(). */
  private kind(): number {
    return this.k;
  }
  private isOp(v: string): boolean {
    return this.k === OP && this.v === v;
  }
  private isKw(v: string): boolean {
    return this.k === NAME && this.v === v;
  }
  private expectOp(v: string): number {
    if (this.k !== OP || this.v !== v) this.fail(`expected ${v}`);
    const end = this.e;
    this.next();
    return end;
  }
  private expectKw(v: string): number {
    if (this.k !== NAME || this.v !== v) this.fail(`expected ${v}`);
    const end = this.e;
    this.next();
    return end;
  }
  private fail(what: string): never {
    const found = this.k === NEWLINE ? 'newline' : this.k === INDENT ? 'indent' : this.k === DEDENT ? 'dedent' : this.k === EOF ? 'end of file' : this.text.slice(this.s, this.e);
    unsupported(`${what}, found ${JSON.stringify(found)}`, this.s);
  }
  private enter(): void {
    if (++this.nesting > 150) unsupported('deep nesting', this.s);
  }
  private leave(): void {
    this.nesting--;
  }

  private identifier(): PyNode {
    if (this.k !== NAME || this.reserved) this.fail('expected a name');
    const n = leaf('identifier', this.s, this.e);
    this.next();
    return n;
  }

  // ---------------------------------------------------------------- module and statements

  parseModule(): PyNode {
    const text = this.text;
    let first = 0;
    while (first < this.len) {
      const c = text.charCodeAt(first);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      first++;
    }
    this.next();
    const body: PyNode[] = [];
    while (this.k !== EOF) {
      if (this.k === INDENT) this.fail('unexpected indent');
      if (this.k === DEDENT || this.k === NEWLINE) this.fail('unexpected token');
      this.statement(body);
    }
    return node('module', first, this.len, body);
  }

  /** One line of simple statements or one compound statement, appended to `out`. */
  private statement(out: PyNode[]): void {
    if (this.k === NAME) {
      switch (this.v) {
        case 'if': out.push(this.ifStatement()); return;
        case 'for': out.push(this.forStatement(this.s)); return;
        case 'while': out.push(this.whileStatement()); return;
        case 'try': out.push(this.tryStatement()); return;
        case 'with': out.push(this.withStatement(this.s)); return;
        case 'def': out.push(this.functionDefinition(this.s)); return;
        case 'class': out.push(this.classDefinition(this.s)); return;
        case 'async': {
          const start = this.s;
          this.next();
          if (this.isKw('def')) out.push(this.functionDefinition(start));
          else if (this.isKw('for')) out.push(this.forStatement(start));
          else if (this.isKw('with')) out.push(this.withStatement(start));
          else this.fail('expected def, for or with after async');
          return;
        }
        case 'match':
        case 'type':
        case 'print':
        case 'exec': {
          // Soft keywords and Python 2 statements: tree-sitter may read these as statements.
          const t = this.text;
          let p = this.e;
          while (t.charCodeAt(p) === 32) p++;
          const c = t.charCodeAt(p);
          const d = t.charCodeAt(p + 1);
          // Plain uses: assignment, attribute, annotation (`type: str`), print(…). tree-sitter reads
          // `type(x).y = 1` as a type alias and `match (x):` may be a match statement: left to it.
          const plain = (c === 61 && d !== 61) || c === 46 || (c === 58 && d !== 61) || (c === 40 && (this.v === 'print' || this.v === 'exec'));
          if (!plain) unsupported(`statement starting with ${this.v}`, this.s);
          break;
        }
      }
    } else if (this.isOp('@')) {
      out.push(this.decoratedDefinition());
      return;
    }
    this.simpleStatements(out);
  }

  /** simple_stmt (';' simple_stmt)* [';'] NEWLINE; returns the NEWLINE position. */
  private simpleStatements(out: PyNode[]): number {
    for (;;) {
      out.push(this.simpleStatement());
      if (this.isOp(';')) {
        this.next();
        if (this.k === NEWLINE) break;
        continue;
      }
      break;
    }
    if (this.k !== NEWLINE) this.fail('expected end of statement');
    const at = this.s;
    this.next();
    return at;
  }

  private simpleStatement(): PyNode {
    const start = this.s;
    if (this.k === NAME) {
      switch (this.v) {
        case 'pass': case 'break': case 'continue': {
          const n = leaf(`${this.v}_statement`, start, this.e);
          this.next();
          return n;
        }
        case 'return': {
          this.next();
          const value = this.atStatementEnd() ? [] : [this.starredValue()];
          return node('return_statement', start, value.length ? value[0].end : start + 6, value);
        }
        case 'del': {
          this.next();
          const target = this.expressions();
          return node('delete_statement', start, target.end, [target]);
        }
        case 'raise': {
          this.next();
          const children: PyNode[] = [];
          let end = start + 5;
          if (!this.atStatementEnd() && !this.isKw('from')) {
            const value = this.expressions();
            children.push(value);
            end = value.end;
          }
          if (this.isKw('from')) {
            this.next();
            const cause = withField(this.expression(), 'cause');
            children.push(cause);
            end = cause.end;
          }
          return node('raise_statement', start, end, children);
        }
        case 'global': case 'nonlocal': {
          const type = `${this.v}_statement`;
          this.next();
          const names = [this.identifier()];
          while (this.isOp(',')) {
            this.next();
            names.push(this.identifier());
          }
          return node(type, start, names[names.length - 1].end, names);
        }
        case 'assert': {
          this.next();
          const parts = [this.expression()];
          while (this.isOp(',')) {
            this.next();
            parts.push(this.expression());
          }
          return node('assert_statement', start, parts[parts.length - 1].end, parts);
        }
        case 'import': return this.importStatement();
        case 'from': return this.importFrom();
      }
    }
    return this.expressionStatement();
  }

  private atStatementEnd(): boolean {
    return this.k === NEWLINE || this.isOp(';') || this.k === EOF;
  }

  private dottedName(): PyNode {
    const parts = [this.identifier()];
    while (this.isOp('.')) {
      this.next();
      parts.push(this.identifier());
    }
    return node('dotted_name', parts[0].start, parts[parts.length - 1].end, parts);
  }

  private importList(out: PyNode[]): number {
    let end = 0;
    for (;;) {
      const name = this.dottedName();
      let item = name;
      if (this.isKw('as')) {
        this.next();
        const alias = withField(this.identifier(), 'alias');
        item = node('aliased_import', name.start, alias.end, [withField(name, 'name'), alias]);
      }
      out.push(withField(item, 'name'));
      end = item.end;
      if (!this.isOp(',')) break;
      end = this.e;
      this.next();
      if (this.k !== NAME) break;
    }
    return end;
  }

  private importStatement(): PyNode {
    const start = this.s;
    this.next();
    const names: PyNode[] = [];
    const end = this.importList(names);
    if (this.text.charCodeAt(end - 1) === 44) this.fail('trailing comma in import');
    return node('import_statement', start, end, names);
  }

  private importFrom(): PyNode {
    const start = this.s;
    this.next();
    const children: PyNode[] = [];
    let future = false;
    if (this.isOp('.') || this.isOp('...')) {
      const prefixStart = this.s;
      let prefixEnd = this.e;
      while (this.isOp('.') || this.isOp('...')) {
        prefixEnd = this.e;
        this.next();
      }
      const relative = [leaf('import_prefix', prefixStart, prefixEnd)];
      if (this.k === NAME && this.v !== 'import') relative.push(this.dottedName());
      children.push(withField(node('relative_import', prefixStart, relative[relative.length - 1].end, relative), 'module_name'));
    } else {
      if (this.isKw('__future__')) future = true;
      const module = this.dottedName();
      if (future && module.children.length > 1) future = false;
      if (!future) children.push(withField(module, 'module_name'));
    }
    this.expectKw('import');
    let end: number;
    if (this.isOp('*')) {
      if (future) this.fail('from __future__ import *');
      children.push(leaf('wildcard_import', this.s, this.e));
      end = this.e;
      this.next();
    } else if (this.isOp('(')) {
      this.next();
      this.importList(children);
      end = this.expectOp(')');
    } else {
      end = this.importList(children);
      if (this.text.charCodeAt(end - 1) === 44) this.fail('trailing comma in import');
    }
    return node(future ? 'future_import_statement' : 'import_from_statement', start, end, children);
  }

  private expressionStatement(): PyNode {
    const start = this.s;
    if (this.isKw('yield')) {
      const y = this.yieldExpression();
      if (this.isOp('=') || (this.k === OP && AUGMENTED.has(this.v))) this.fail('assignment to yield');
      return node('expression_statement', start, y.end, [y]);
    }
    const items: PyNode[] = [];
    const end = this.starExpressions(items, true);
    if (this.isOp('=')) {
      const assignment = this.assignmentFrom(items, end);
      return node('expression_statement', start, assignment.end, [assignment]);
    }
    if (this.isOp(':')) {
      if (items.length !== 1 || end !== items[0].end) this.fail('annotation of several targets');
      const left = withField(this.singleTarget(items[0]), 'left');
      this.next();
      const type = withField(this.type(), 'type');
      const children = [left, type];
      let assignEnd = type.end;
      if (this.isOp('=')) {
        this.next();
        const right = withField(this.rightHandSide(), 'right');
        children.push(right);
        assignEnd = right.end;
      }
      const assignment = node('assignment', left.start, assignEnd, children);
      return node('expression_statement', start, assignment.end, [assignment]);
    }
    if (this.k === OP && AUGMENTED.has(this.v)) {
      if (items.length !== 1 || end !== items[0].end) this.fail('augmented assignment to several targets');
      const left = withField(this.singleTarget(items[0]), 'left');
      const op = withField(leaf(this.v, this.s, this.e), 'operator');
      this.next();
      const right = withField(this.isKw('yield') ? this.yieldExpression() : this.expressions(), 'right');
      const aug = node('augmented_assignment', left.start, right.end, [left, op, right]);
      return node('expression_statement', start, aug.end, [aug]);
    }
    for (const item of items) if (item.type === 'list_splat') this.fail('starred expression statement');
    return node('expression_statement', start, end, items);
  }

  /** `targets = value` (chains nest: a = b = c → assignment(a, assignment(b, c))). */
  private assignmentFrom(items: PyNode[], end: number): PyNode {
    const left = withField(this.patternOf(items, end), 'left');
    this.expectOp('=');
    let right: PyNode;
    if (this.isKw('yield')) right = this.yieldExpression();
    else {
      const next: PyNode[] = [];
      const nextEnd = this.starExpressions(next, true);
      if (this.isOp('=')) right = this.assignmentFrom(next, nextEnd);
      else right = this.valueList(next, nextEnd);
    }
    withField(right, 'right');
    return node('assignment', left.start, right.end, [left, right]);
  }

  /** `a, *b` (a starred item needs a comma: `x = *a` is an error). */
  private valueList(items: PyNode[], end: number): PyNode {
    if (items.length === 1 && end === items[0].end) {
      if (items[0].type === 'list_splat') this.fail('starred assignment value');
      return items[0];
    }
    return node('expression_list', items[0].start, end, items);
  }

  /** The value of `return`: an expression list that may hold starred items. */
  private starredValue(): PyNode {
    const items: PyNode[] = [];
    const end = this.starExpressions(items, true);
    return this.valueList(items, end);
  }

  private rightHandSide(): PyNode {
    if (this.isKw('yield')) return this.yieldExpression();
    return this.expressions();
  }

  /** Targets of an assignment or for loop: one pattern, or a pattern_list for a comma list. */
  private patternOf(items: PyNode[], end: number): PyNode {
    if (items.length === 1 && end === items[0].end) return this.singleTarget(items[0]);
    return node('pattern_list', items[0].start, end, items.map((i) => this.toPattern(i)));
  }

  /** A lone starred target is a Python error that tree-sitter reads as `(*a)[k]`: left to it. */
  private singleTarget(n: PyNode): PyNode {
    if (n.type === 'list_splat') unsupported(this.lenient ? 'starred assignment target outside a list or tuple' : 'a lone starred target', n.start);
    return this.toPattern(n);
  }

  private toPattern(n: PyNode): PyNode {
    switch (n.type) {
      case 'identifier':
      case 'attribute':
      case 'subscript':
        return n;
      case 'tuple':
      case 'list': {
        if (n.children.length === 0 && n.type === 'list') this.fail('empty list target');
        const children = n.children.map((c) => this.toPattern(c));
        return node(n.type === 'tuple' ? 'tuple_pattern' : 'list_pattern', n.start, n.end, children);
      }
      case 'parenthesized_expression': {
        // tree-sitter reads a parenthesized target `(a) = 1` as a one-element tuple_pattern.
        const inner = n.children[0];
        if (n.children.length === 1 && PLAIN_TARGETS.has(inner.type)) return node('tuple_pattern', n.start, n.end, [this.toPattern(inner)]);
        break;
      }
      case 'list_splat': {
        const inner = n.children[0];
        if (inner.type !== 'identifier' && inner.type !== 'attribute' && inner.type !== 'subscript') this.fail('starred target');
        return node('list_splat_pattern', n.start, n.end, [inner]);
      }
      default:
        // `(a) = 1` and `(a, b) = t` are valid Python that tree-sitter reads its own way.
        if (this.lenient && n.type === 'parenthesized_expression') return n;
        unsupported(this.lenient ? `invalid assignment target (${n.type})` : `cannot assign to ${n.type}`, n.start);
    }
    // A parenthesized target holding something else (`(yield) = 1`, `(*a) = b`).
    if (this.lenient) return n;
    unsupported(`cannot assign to ${n.type}`, n.start);
  }

  // ---------------------------------------------------------------- compound statements

  /** The body after ':' — an indented block or simple statements on the same line. */
  private suite(): PyNode {
    this.enter();
    const block = this.suiteBody();
    this.leave();
    return block;
  }

  private suiteBody(): PyNode {
    if (this.k === NEWLINE) {
      this.next();
      if (this.kind() !== INDENT) this.fail('expected an indented block');
      this.next();
      const body: PyNode[] = [];
      while (this.kind() !== DEDENT) {
        if (this.kind() === EOF || this.kind() === INDENT) this.fail('unexpected indentation');
        this.statement(body);
      }
      const end = this.s;
      this.next();
      return node('block', body[0].start, end, body);
    }
    const body: PyNode[] = [];
    const end = this.simpleStatements(body);
    return node('block', body[0].start, end, body);
  }

  private ifStatement(): PyNode {
    const start = this.s;
    this.next();
    const children = [withField(this.expression(), 'condition')];
    this.expectOp(':');
    let body = withField(this.suite(), 'consequence');
    children.push(body);
    let end = body.end;
    while (this.isKw('elif')) {
      const s = this.s;
      this.next();
      const condition = withField(this.expression(), 'condition');
      this.expectOp(':');
      body = withField(this.suite(), 'consequence');
      children.push(withField(node('elif_clause', s, body.end, [condition, body]), 'alternative'));
      end = body.end;
    }
    if (this.isKw('else')) {
      const clause = withField(this.elseClause(), 'alternative');
      children.push(clause);
      end = clause.end;
    }
    return node('if_statement', start, end, children);
  }

  private elseClause(): PyNode {
    const s = this.s;
    this.next();
    this.expectOp(':');
    const body = withField(this.suite(), 'body');
    return node('else_clause', s, body.end, [body]);
  }

  private forStatement(start: number): PyNode {
    this.expectKw('for');
    const left = withField(this.targets(), 'left');
    this.expectKw('in');
    const right = withField(this.expressions(), 'right');
    this.expectOp(':');
    const body = withField(this.suite(), 'body');
    const children = [left, right, body];
    let end = body.end;
    if (this.isKw('else')) {
      const clause = withField(this.elseClause(), 'alternative');
      children.push(clause);
      end = clause.end;
    }
    return node('for_statement', start, end, children);
  }

  /** for-loop and comprehension targets: stop before `in`. */
  private targets(): PyNode {
    const items: PyNode[] = [];
    let end = 0;
    for (;;) {
      if (this.isOp('*')) {
        const s = this.s;
        this.next();
        const inner = this.binary(PREC_COMPARE + 1);
        items.push(node('list_splat', s, inner.end, [inner]));
      } else items.push(this.binary(PREC_COMPARE + 1));
      end = items[items.length - 1].end;
      if (!this.isOp(',')) break;
      end = this.e;
      this.next();
      if (this.isKw('in')) break;
    }
    return this.patternOf(items, end);
  }

  private whileStatement(): PyNode {
    const start = this.s;
    this.next();
    const condition = withField(this.expression(), 'condition');
    this.expectOp(':');
    const body = withField(this.suite(), 'body');
    const children = [condition, body];
    let end = body.end;
    if (this.isKw('else')) {
      const clause = withField(this.elseClause(), 'alternative');
      children.push(clause);
      end = clause.end;
    }
    return node('while_statement', start, end, children);
  }

  private tryStatement(): PyNode {
    const start = this.s;
    this.next();
    this.expectOp(':');
    const body = withField(this.suite(), 'body');
    const children = [body];
    let end = body.end;
    let handlers = 0;
    while (this.isKw('except')) {
      const s = this.s;
      this.next();
      if (this.isOp('*')) this.next();
      const parts: PyNode[] = [];
      if (!this.isOp(':')) {
        const value = this.expression();
        if (this.isKw('as')) {
          this.checkAsSubject(value);
          this.next();
          const target = this.expression();
          const alias = withField(node('as_pattern_target', target.start, target.end, [target]), 'alias');
          parts.push(withField(node('as_pattern', value.start, alias.end, [value, alias]), 'value'));
        } else parts.push(withField(value, 'value'));
        if (this.isOp(',')) this.fail('Python 2 except clause');
      }
      this.expectOp(':');
      const block = this.suite();
      parts.push(block);
      children.push(node('except_clause', s, block.end, parts));
      end = block.end;
      handlers++;
    }
    if (this.isKw('else')) {
      if (!handlers) this.fail('else without except');
      const clause = this.elseClause();
      children.push(clause);
      end = clause.end;
    }
    if (this.isKw('finally')) {
      const s = this.s;
      this.next();
      this.expectOp(':');
      const block = this.suite();
      children.push(node('finally_clause', s, block.end, [block]));
      end = block.end;
      handlers++;
    }
    if (!handlers) this.fail('try without except or finally');
    return node('try_statement', start, end, children);
  }

  private withStatement(start: number): PyNode {
    this.expectKw('with');
    if (this.isOp('(')) unsupported('parenthesized with items', this.s);
    const items: PyNode[] = [];
    for (;;) {
      const value = this.expression();
      let item = value;
      if (this.isKw('as')) {
        this.checkAsSubject(value);
        this.next();
        const target = this.expression();
        const alias = withField(node('as_pattern_target', target.start, target.end, [target]), 'alias');
        item = node('as_pattern', value.start, alias.end, [value, alias]);
      }
      items.push(node('with_item', item.start, item.end, [withField(item, 'value')]));
      if (!this.isOp(',')) break;
      this.next();
    }
    const clause = node('with_clause', items[0].start, items[items.length - 1].end, items);
    this.expectOp(':');
    const body = withField(this.suite(), 'body');
    return node('with_statement', start, body.end, [clause, body]);
  }

  /** tree-sitter binds `as` tighter than these (`a if c else b as f` → the `as` is inside the else). */
  private checkAsSubject(value: PyNode): void {
    // `await f() as g` reads the same in both (the await is the subject).
    if (LOOSE_EXPRESSIONS.has(value.type) && value.type !== 'await' && !this.lenient) unsupported(`${value.type} before as`, value.start);
  }

  private functionDefinition(start: number): PyNode {
    this.expectKw('def');
    const name = withField(this.identifier(), 'name');
    if (this.isOp('[')) unsupported('type parameters', this.s);
    const paramsStart = this.s;
    this.expectOp('(');
    const params: PyNode[] = [];
    this.parameterList(params, false);
    const paramsEnd = this.expectOp(')');
    const children = [name, withField(node('parameters', paramsStart, paramsEnd, params), 'parameters')];
    if (this.isOp('->')) {
      this.next();
      children.push(withField(this.type(), 'return_type'));
    }
    this.expectOp(':');
    const body = withField(this.suite(), 'body');
    children.push(body);
    return node('function_definition', start, body.end, children);
  }

  /** Parameters up to ')' (def) or ':' (lambda). */
  private parameterList(out: PyNode[], lambda: boolean): void {
    const closer = lambda ? ':' : ')';
    while (!this.isOp(closer)) {
      const s = this.s;
      let param: PyNode;
      if (this.isOp('*') || this.isOp('**')) {
        const double = this.v === '**';
        const e = this.e;
        this.next();
        if (!double && (this.isOp(',') || this.isOp(closer))) param = leaf('keyword_separator', s, e);
        else {
          const id = this.identifier();
          param = node(double ? 'dictionary_splat_pattern' : 'list_splat_pattern', s, id.end, [id]);
          if (!lambda && this.isOp(':')) {
            this.next();
            const type = withField(this.type(), 'type');
            param = node('typed_parameter', s, type.end, [param, type]);
          }
        }
      } else if (this.isOp('/')) {
        param = leaf('positional_separator', s, this.e);
        this.next();
      } else if (this.isOp('(')) {
        unsupported('tuple parameter', s);
      } else {
        const id = this.identifier();
        param = id;
        if (!lambda && this.isOp(':')) {
          this.next();
          const type = withField(this.type(), 'type');
          if (this.isOp('=')) {
            this.next();
            const value = withField(this.expression(), 'value');
            param = node('typed_default_parameter', s, value.end, [withField(id, 'name'), type, value]);
          } else param = node('typed_parameter', s, type.end, [id, type]);
        } else if (this.isOp('=')) {
          this.next();
          const value = withField(this.expression(), 'value');
          param = node('default_parameter', s, value.end, [withField(id, 'name'), value]);
        }
      }
      out.push(param);
      if (!this.isOp(',')) break;
      this.next();
    }
    if (!this.isOp(closer)) this.fail(`expected ${closer}`);
  }

  private classDefinition(start: number): PyNode {
    this.expectKw('class');
    const name = withField(this.identifier(), 'name');
    if (this.isOp('[')) unsupported('type parameters', this.s);
    const children = [name];
    if (this.isOp('(')) children.push(withField(this.argumentList(), 'superclasses'));
    this.expectOp(':');
    const body = withField(this.suite(), 'body');
    children.push(body);
    return node('class_definition', start, body.end, children);
  }

  private decoratedDefinition(): PyNode {
    const start = this.s;
    const children: PyNode[] = [];
    while (this.isOp('@')) {
      const s = this.s;
      this.next();
      const expr = this.expression();
      if (this.k !== NEWLINE) this.fail('expected newline after decorator');
      const end = this.s;
      this.next();
      children.push(node('decorator', s, end, [expr]));
    }
    let def: PyNode;
    if (this.isKw('def')) def = this.functionDefinition(this.s);
    else if (this.isKw('class')) def = this.classDefinition(this.s);
    else if (this.isKw('async')) {
      const s = this.s;
      this.next();
      def = this.functionDefinition(s);
    } else this.fail('expected def or class after decorators');
    children.push(withField(def, 'definition'));
    return node('decorated_definition', start, def.end, children);
  }

  // ---------------------------------------------------------------- types

  /**
   * An annotation. tree-sitter reads `Name[...]` as generic_type (and `generic | …` as union_type,
   * left-associative while the right operands are generic too); everything else is an expression.
   */
  private type(): PyNode {
    const start = this.s;
    if (this.isOp('*') || this.isOp('**')) {
      this.next();
      const id = this.identifier();
      return node('type', start, id.end, [node('splat_type', start, id.end, [id])]);
    }
    if (!this.startsGeneric()) {
      const e = this.expression();
      return node('type', e.start, e.end, [e]);
    }
    let left = this.genericType();
    while (this.isOp('|')) {
      this.next();
      let right: PyNode;
      if (this.startsGeneric()) right = this.genericType();
      else {
        const e = this.expression();
        right = node('type', e.start, e.end, [e]);
      }
      left = node('type', start, right.end, [node('union_type', start, right.end, [left, right])]);
      if (right.children[0].type !== 'generic_type') break;
    }
    if (!(this.isOp(',') || this.isOp(')') || this.isOp(']') || this.isOp('=') || this.isOp(':') || this.kind() === NEWLINE)) this.fail('unexpected token after a generic type');
    return left;
  }

  private startsGeneric(): boolean {
    return this.k === NAME && !this.reserved && this.nextCharAfterToken() === 91;
  }

  /** `Name[type, …]` wrapped in its `type` node. */
  private genericType(): PyNode {
    const start = this.s;
    const id = leaf('identifier', this.s, this.e);
    this.next();
    const paramStart = this.s;
    this.expectOp('[');
    const params: PyNode[] = [];
    this.enter();
    for (;;) {
      params.push(this.type());
      if (!this.isOp(',')) break;
      this.next();
      if (this.isOp(']')) break;
    }
    this.leave();
    const paramEnd = this.expectOp(']');
    return node('type', start, paramEnd, [node('generic_type', start, paramEnd, [id, node('type_parameter', paramStart, paramEnd, params)])]);
  }

  // ---------------------------------------------------------------- expressions

  /** expression or expression_list (a, b). */
  private expressions(): PyNode {
    const first = this.expression();
    if (!this.isOp(',')) return first;
    const items = [first];
    let end = this.e;
    this.next();
    while (this.startsExpression()) {
      items.push(this.expression());
      end = items[items.length - 1].end;
      if (!this.isOp(',')) break;
      end = this.e;
      this.next();
    }
    return node('expression_list', first.start, end, items);
  }

  /** Comma-separated expressions that may be starred; returns where the list ends (after a trailing comma). */
  private starExpressions(out: PyNode[], allowStar: boolean): number {
    let end = 0;
    for (;;) {
      if (allowStar && this.isOp('*')) {
        const s = this.s;
        this.next();
        const inner = this.binary(PREC_COMPARE + 1);
        out.push(node('list_splat', s, inner.end, [inner]));
      } else out.push(this.expression());
      end = out[out.length - 1].end;
      if (!this.isOp(',')) return end;
      end = this.e;
      this.next();
      if (!this.startsExpression() && !this.isOp('*')) return end;
    }
  }

  private startsExpression(): boolean {
    switch (this.k) {
      case NAME: return !this.reserved || this.v === 'not' || this.v === 'lambda' || this.v === 'await' || this.v === 'None' || this.v === 'True' || this.v === 'False';
      case NUMBER: case STRING: return true;
      case OP: return this.v === '(' || this.v === '[' || this.v === '{' || this.v === '-' || this.v === '+' || this.v === '~' || this.v === '...';
      default: return false;
    }
  }

  /** tree-sitter's `expression`: lambda, conditional, boolean, not, comparison, walrus. */
  private expression(): PyNode {
    // No try/finally for leave(): any failure abandons the whole parse.
    this.enter();
    let result: PyNode;
    if (this.isKw('lambda')) result = this.lambda();
    else {
      const start = this.s;
      result = this.orTest();
      if (this.isOp(':=')) {
        if (result.type !== 'identifier') this.fail('walrus target');
        this.next();
        const value = withField(this.expression(), 'value');
        result = node('named_expression', start, value.end, [withField(result, 'name'), value]);
      } else if (this.isKw('if')) {
        this.next();
        const condition = this.orTest();
        this.expectKw('else');
        const otherwise = this.expression();
        result = node('conditional_expression', start, otherwise.end, [result, condition, otherwise]);
      }
    }
    this.leave();
    return result;
  }

  private lambda(): PyNode {
    const start = this.s;
    this.next();
    const children: PyNode[] = [];
    if (!this.isOp(':')) {
      const params: PyNode[] = [];
      const s = this.s;
      this.parameterList(params, true);
      children.push(withField(node('lambda_parameters', s, params[params.length - 1].end, params), 'parameters'));
    }
    this.expectOp(':');
    const body = withField(this.expression(), 'body');
    children.push(body);
    return node('lambda', start, body.end, children);
  }

  private orTest(): PyNode {
    let left = this.andTest();
    while (this.isKw('or')) {
      const op = withField(leaf('or', this.s, this.e), 'operator');
      this.next();
      const right = withField(this.andTest(), 'right');
      left = node('boolean_operator', left.start, right.end, [withField(left, 'left'), op, right]);
    }
    return left;
  }

  private andTest(): PyNode {
    let left = this.notTest();
    while (this.isKw('and')) {
      const op = withField(leaf('and', this.s, this.e), 'operator');
      this.next();
      const right = withField(this.notTest(), 'right');
      left = node('boolean_operator', left.start, right.end, [withField(left, 'left'), op, right]);
    }
    return left;
  }

  private notTest(): PyNode {
    if (this.isKw('not')) {
      const start = this.s;
      this.next();
      this.enter();
      const argument = withField(this.notTest(), 'argument');
      this.leave();
      return node('not_operator', start, argument.end, [argument]);
    }
    return this.comparison();
  }

  private comparison(): PyNode {
    const first = this.binary(PREC_COMPARE + 1);
    if (!this.isComparisonOperator()) return first;
    const children = [first];
    while (this.isComparisonOperator()) {
      const s = this.s;
      let type = this.v;
      if (this.v === 'not') {
        this.next();
        if (!this.isKw('in')) this.fail('expected in after not');
        type = 'not in';
      } else if (this.v === 'is') {
        const t = this.text;
        let p = this.e;
        while (t.charCodeAt(p) === 32) p++;
        if (t.startsWith('not', p) && !isNameChar(t.charCodeAt(p + 3))) {
          this.next();
          type = 'is not';
        }
      }
      const op = withField(leaf(type, s, this.e), 'operators');
      this.next();
      children.push(op, this.binary(PREC_COMPARE + 1));
    }
    return node('comparison_operator', first.start, children[children.length - 1].end, children);
  }

  private isComparisonOperator(): boolean {
    if (this.k === OP) return COMPARISON.has(this.v);
    return this.k === NAME && (this.v === 'in' || this.v === 'is' || this.v === 'not');
  }

  /** Binary operators by precedence climbing (left-associative except `**`). */
  private binary(minPrec: number): PyNode {
    let left = this.unary();
    for (;;) {
      if (this.k !== OP) return left;
      const prec = BINARY_PRECEDENCE[this.v];
      if (prec === undefined || prec < minPrec) return left;
      const op = withField(leaf(this.v, this.s, this.e), 'operator');
      this.next();
      this.enter();
      const right = withField(this.binary(op.type === '**' ? prec : prec + 1), 'right');
      this.leave();
      left = node('binary_operator', left.start, right.end, [withField(left, 'left'), op, right]);
    }
  }

  private unary(): PyNode {
    if (this.k === OP && (this.v === '-' || this.v === '+' || this.v === '~')) {
      const start = this.s;
      const op = withField(leaf(this.v, this.s, this.e), 'operator');
      this.next();
      this.enter();
      const argument = withField(this.binary(PREC_UNARY), 'argument');
      this.leave();
      return node('unary_operator', start, argument.end, [op, argument]);
    }
    if (this.isKw('await')) {
      const start = this.s;
      this.next();
      this.enter();
      const argument = this.binary(PREC_UNARY);
      this.leave();
      return node('await', start, argument.end, [argument]);
    }
    return this.postfix(this.atom());
  }

  /** Calls, attributes and subscripts. */
  private postfix(n: PyNode): PyNode {
    for (;;) {
      if (this.k !== OP) return n;
      if (this.v === '.') {
        this.next();
        const attribute = withField(this.identifier(), 'attribute');
        n = node('attribute', n.start, attribute.end, [withField(n, 'object'), attribute]);
      } else if (this.v === '(') {
        const args = withField(this.argumentList(), 'arguments');
        n = node('call', n.start, args.end, [withField(n, 'function'), args]);
      } else if (this.v === '[') {
        this.next();
        this.enter();
        const children = [withField(n, 'value')];
        for (;;) {
          children.push(withField(this.subscriptItem(), 'subscript'));
          if (!this.isOp(',')) break;
          this.next();
          if (this.isOp(']')) break;
        }
        this.leave();
        const end = this.expectOp(']');
        n = node('subscript', n.start, end, children);
      } else return n;
    }
  }

  private subscriptItem(): PyNode {
    const start = this.s;
    const parts: PyNode[] = [];
    if (!this.isOp(':')) {
      if (this.isOp('*')) unsupported('starred subscript', this.s);
      const first = this.expression();
      if (!this.isOp(':')) return first;
      parts.push(first);
    }
    let end = this.expectOp(':');
    if (!this.isOp(':') && !this.isOp(',') && !this.isOp(']')) {
      parts.push(this.expression());
      end = parts[parts.length - 1].end;
    }
    if (this.isOp(':')) {
      end = this.e;
      this.next();
      if (!this.isOp(',') && !this.isOp(']')) {
        parts.push(this.expression());
        end = parts[parts.length - 1].end;
      }
    }
    return node('slice', start, end, parts);
  }

  /** `( … )` after a callee: an argument_list, or a generator_expression for f(x for x in y). */
  private argumentList(): PyNode {
    const start = this.s;
    this.expectOp('(');
    this.enter();
    const args: PyNode[] = [];
    while (!this.isOp(')')) {
      const s = this.s;
      if (this.isOp('*') || this.isOp('**')) {
        const double = this.v === '**';
        this.next();
        const value = this.expression();
        args.push(node(double ? 'dictionary_splat' : 'list_splat', s, value.end, [value]));
      } else {
        const value = this.expression();
        if (this.isOp('=') && value.type === 'identifier') {
          this.next();
          const v = withField(this.expression(), 'value');
          args.push(node('keyword_argument', s, v.end, [withField(value, 'name'), v]));
        } else if (this.isKw('for') || this.isKw('async')) {
          if (args.length) this.fail('generator argument must be alone');
          const clauses: PyNode[] = [withField(value, 'body')];
          this.comprehensionClauses(clauses);
          this.leave();
          const end = this.expectOp(')');
          return node('generator_expression', start, end, clauses);
        } else args.push(value);
      }
      if (!this.isOp(',')) break;
      this.next();
    }
    this.leave();
    const end = this.expectOp(')');
    return node('argument_list', start, end, args);
  }

  private comprehensionClauses(out: PyNode[]): void {
    while (this.isKw('for') || this.isKw('async') || this.isKw('if')) {
      const s = this.s;
      if (this.isKw('if')) {
        this.next();
        const condition = this.orTest();
        if (this.isOp(':=')) this.fail('walrus in a comprehension condition');
        out.push(node('if_clause', s, condition.end, [condition]));
        continue;
      }
      if (this.isKw('async')) this.next();
      this.expectKw('for');
      const left = withField(this.targets(), 'left');
      this.expectKw('in');
      const right = withField(this.orTest(), 'right');
      if (this.isOp(',')) this.fail('unparenthesized tuple in a comprehension');
      out.push(node('for_in_clause', s, right.end, [left, right]));
    }
  }

  private yieldExpression(): PyNode {
    const start = this.s;
    let end = this.e;
    this.next();
    if (this.isKw('from')) {
      this.next();
      const value = this.expression();
      return node('yield', start, value.end, [value]);
    }
    if (!this.startsExpression()) return node('yield', start, end, []);
    const value = this.expressions();
    end = value.end;
    return node('yield', start, end, [value]);
  }

  private atom(): PyNode {
    const s = this.s;
    const e = this.e;
    switch (this.k) {
      case NAME: {
        const v = this.v;
        if (v === 'True' || v === 'False' || v === 'None') {
          this.next();
          return leaf(v === 'True' ? 'true' : v === 'False' ? 'false' : 'none', s, e);
        }
        return this.identifier();
      }
      case NUMBER: {
        const type = this.v;
        this.next();
        return leaf(type, s, e);
      }
      case STRING: {
        const first = this.string();
        if (this.k !== STRING) return first;
        const parts = [first];
        while (this.k === STRING) parts.push(this.string());
        return node('concatenated_string', s, parts[parts.length - 1].end, parts);
      }
      case OP:
        switch (this.v) {
          case '(': return this.parenthesized();
          case '[': return this.listDisplay();
          case '{': return this.braceDisplay();
          case '...': this.next(); return leaf('ellipsis', s, e);
        }
    }
    this.fail('expected an expression');
  }

  private parenthesized(): PyNode {
    const start = this.s;
    this.next();
    this.enter();
    try {
      if (this.isOp(')')) {
        const end = this.e;
        this.next();
        return leaf('tuple', start, end);
      }
      if (this.isKw('yield')) {
        const y = this.yieldExpression();
        const end = this.expectOp(')');
        return node('parenthesized_expression', start, end, [y]);
      }
      const first = this.isOp('*') ? this.collectionElement(true) : this.expression();
      if (first.type === 'list_splat' && this.isOp(')')) unsupported('parenthesized starred expression', start);
      if (first.type !== 'list_splat' && (this.isKw('for') || this.isKw('async'))) {
        const clauses = [withField(first, 'body')];
        this.comprehensionClauses(clauses);
        const end = this.expectOp(')');
        return node('generator_expression', start, end, clauses);
      }
      if (this.isOp(')') && first.type !== 'list_splat') {
        const end = this.e;
        this.next();
        return node('parenthesized_expression', start, end, [first]);
      }
      const items = [first];
      this.collectionTail(items, true);
      const end = this.expectOp(')');
      return node('tuple', start, end, items);
    } finally {
      this.leave();
    }
  }

  /** After the first element of a tuple/list/set: `, elem`* `,`? (elements may be starred). */
  private collectionTail(items: PyNode[], inTuple: boolean): void {
    while (this.isOp(',')) {
      this.next();
      if (this.isOp(')') || this.isOp(']') || this.isOp('}')) return;
      items.push(this.collectionElement(inTuple));
    }
  }

  private collectionElement(inTuple: boolean, alone = false): PyNode {
    if (this.isOp('*')) {
      const s = this.s;
      this.next();
      const inner = this.binary(PREC_COMPARE + 1);
      if (alone && !inTuple && inner.type !== 'identifier' && (this.isOp(']') || this.isOp('}'))) return this.splatAtRoot(s, inner);
      return node('list_splat', s, inner.end, [inner]);
    }
    if (this.isKw('yield')) unsupported('yield in a collection', this.s);
    return this.expression();
  }

  /**
   * tree-sitter reads a lone `[*a.b]` or `{*f(x)}` as the attribute or call applied to `*a` itself:
   * rebuild the chain with the list_splat at its root.
   */
  private splatAtRoot(start: number, chain: PyNode): PyNode {
    let n = chain;
    while (n.type === 'attribute' || n.type === 'call' || n.type === 'subscript') {
      n.start = start;
      const root = n.children[0];
      if (root.type === 'identifier') {
        const splat = node('list_splat', start, root.end, [root]);
        splat.field = root.field;
        root.field = null;
        splat.parent = n;
        n.children[0] = splat;
        return chain;
      }
      n = root;
    }
    unsupported('starred element in a list or set', start);
  }

  private listDisplay(): PyNode {
    const start = this.s;
    this.next();
    this.enter();
    try {
      if (this.isOp(']')) {
        const end = this.e;
        this.next();
        return leaf('list', start, end);
      }
      const first = this.collectionElement(false, true);
      if (first.type !== 'list_splat' && (this.isKw('for') || this.isKw('async'))) {
        const clauses = [withField(first, 'body')];
        this.comprehensionClauses(clauses);
        const end = this.expectOp(']');
        return node('list_comprehension', start, end, clauses);
      }
      const items = [first];
      this.collectionTail(items, false);
      const end = this.expectOp(']');
      return node('list', start, end, items);
    } finally {
      this.leave();
    }
  }

  private braceDisplay(): PyNode {
    const start = this.s;
    this.next();
    this.enter();
    try {
      if (this.isOp('}')) {
        const end = this.e;
        this.next();
        return leaf('dictionary', start, end);
      }
      if (this.isOp('**')) return this.dictionaryRest(start, []);
      const first = this.collectionElement(false, true);
      if (this.isOp(':') && first.type !== 'list_splat') {
        this.next();
        const value = withField(this.expression(), 'value');
        const pair = node('pair', first.start, value.end, [withField(first, 'key'), value]);
        if (this.isKw('for') || this.isKw('async')) {
          const clauses = [withField(pair, 'body')];
          this.comprehensionClauses(clauses);
          const end = this.expectOp('}');
          return node('dictionary_comprehension', start, end, clauses);
        }
        if (this.isOp(',')) this.next();
        else if (!this.isOp('}')) this.fail('expected , or }');
        return this.dictionaryRest(start, [pair]);
      }
      if (first.type !== 'list_splat' && (this.isKw('for') || this.isKw('async'))) {
        const clauses = [withField(first, 'body')];
        this.comprehensionClauses(clauses);
        const end = this.expectOp('}');
        return node('set_comprehension', start, end, clauses);
      }
      const items = [first];
      this.collectionTail(items, false);
      const end = this.expectOp('}');
      return node('set', start, end, items);
    } finally {
      this.leave();
    }
  }

  private dictionaryRest(start: number, items: PyNode[]): PyNode {
    while (!this.isOp('}')) {
      if (this.isOp('**')) {
        const s = this.s;
        this.next();
        const value = this.binary(PREC_COMPARE + 1);
        items.push(node('dictionary_splat', s, value.end, [value]));
      } else {
        const key = withField(this.expression(), 'key');
        this.expectOp(':');
        const value = withField(this.expression(), 'value');
        items.push(node('pair', key.start, value.end, [key, value]));
      }
      if (!this.isOp(',')) break;
      this.next();
    }
    const end = this.expectOp('}');
    return node('dictionary', start, end, items);
  }

  // ---------------------------------------------------------------- strings

  /** One string token; f-strings get their interpolations parsed. */
  private string(): PyNode {
    const start = this.s;
    const end = this.e;
    if (!this.strFormat) {
      this.next();
      return leaf('string', start, end);
    }
    const quote = this.strQuote;
    const triple = this.strTriple;
    const raw = this.strRaw;
    const bodyStart = start + this.strPrefixLen + (triple ? 3 : 1);
    const bodyEnd = end - (triple ? 3 : 1);
    const children: PyNode[] = [];
    const savedDepth = this.depth;
    this.fstringQuotes.push(quote);
    this.scanFStringLiteral(bodyStart, bodyEnd, raw, triple, children, false);
    this.fstringQuotes.pop();
    this.depth = savedDepth;
    // Back to just after the string, as if it had been one token (the interpolations moved the lexer).
    this.seek(end);
    this.lineEnd = end;
    this.next();
    return children.length ? node('string', start, end, children) : leaf('string', start, end);
  }

  /**
   * Walks the literal text of an f-string (or of a format spec when `inSpec`), parsing each `{…}`.
   * Returns where it stopped: `end`, or the `}` closing a format spec.
   */
  private scanFStringLiteral(from: number, end: number, raw: boolean, triple: boolean, out: PyNode[], inSpec: boolean): number {
    const t = this.text;
    let p = from;
    while (p < end) {
      const c = t.charCodeAt(p);
      if (c === 92 && !raw) {
        const d = t.charCodeAt(p + 1);
        if (d === 123 || d === 125) unsupported('backslash before a brace in an f-string', p);
        if (d === 78 && t.charCodeAt(p + 2) === 123) {
          const close = t.indexOf('}', p);
          if (close === -1 || close >= end) unsupported('unterminated \\N{…}', p);
          p = close + 1;
          continue;
        }
        p += 2;
        continue;
      }
      if (c === 92 && raw) {
        p += t.charCodeAt(p + 1) === this.fstringQuotes[this.fstringQuotes.length - 1] || t.charCodeAt(p + 1) === 92 ? 2 : 1;
        continue;
      }
      if (c === 123) {
        if (t.charCodeAt(p + 1) === 123) {
          if (inSpec) unsupported('escaped brace in a format spec', p);
          p += 2;
          continue;
        }
        p = this.interpolation(p, end, raw, triple, out, inSpec ? 'format_expression' : 'interpolation');
        continue;
      }
      if (c === 125) {
        if (inSpec) return p;
        if (t.charCodeAt(p + 1) === 125) {
          p += 2;
          continue;
        }
        unsupported('single } in an f-string', p);
      }
      if (inSpec && (c === 10 || c === 13)) unsupported('newline in a format spec', p);
      p++;
    }
    if (inSpec) unsupported('unterminated format spec', p);
    return p;
  }

  /** `{ expression [=] [!c] [:spec] }` starting at the `{` at `open`; returns the offset after `}`. */
  private interpolation(open: number, limit: number, raw: boolean, triple: boolean, out: PyNode[], type: string): number {
    const t = this.text;
    this.enter();
    this.seek(open + 1);
    this.depth = 1;
    this.next();
    const children: PyNode[] = [];
    let expr: PyNode;
    try {
      if (this.isKw('yield')) expr = this.yieldExpression();
      else {
        const items: PyNode[] = [];
        const listEnd = this.starExpressions(items, false);
        expr = items.length === 1 && listEnd === items[0].end ? items[0] : node('expression_list', items[0].start, listEnd, items);
      }
    } catch (e) {
      // `{x:=^10}` is x with the format spec "=^10" in Python, a walrus for the expression parser:
      // not a syntax error this parser can vouch for.
      if (e instanceof Unsupported && t.slice(open, Math.min(limit, e.at + 2)).includes(':=')) unsupported('a := in an interpolation', open);
      throw e;
    }
    children.push(withField(expr, 'expression'));
    if (this.isOp('=')) this.next();
    if (this.isOp('!')) {
      const s = this.s;
      const c = t.charCodeAt(this.e);
      if (c !== 114 && c !== 115 && c !== 97) unsupported('conversion', s);
      children.push(withField(leaf('type_conversion', s, this.e + 1), 'type_conversion'));
      this.seek(this.e + 1);
      this.next();
    }
    let close: number;
    // After a conversion, `:=` is the spec's colon followed by "=" (`{x!r:=^10}`).
    if (this.isOp(':') || this.isOp(':=')) {
      const specStart = this.s;
      const specChildren: PyNode[] = [];
      this.depth = 0;
      const specEnd = this.scanFStringLiteral(specStart + 1, limit, raw, triple, specChildren, true);
      children.push(withField(node('format_specifier', specStart, specEnd, specChildren), 'format_specifier'));
      close = specEnd;
    } else {
      if (!this.isOp('}')) this.fail('expected } in an f-string');
      close = this.s;
    }
    if (close >= limit) unsupported('unterminated interpolation', close);
    out.push(node(type, open, close + 1, children));
    this.leave();
    return close + 1;
  }

}

/**
 * Parent pointers are set as nodes are built; the index, in source order, and the nesting figures
 * the tree-sitter copy computes while walking are gathered in one walk here.
 */
const INDEXED_FLAG = 1;
const LEAF_FLAG = 2;
const BRACKET_FLAG = 4;
const BLOCK_FLAG = 8;
/** One lookup per node in finishTree instead of four. */
const TYPE_FLAGS = new Map<string, number>();
for (const type of INDEXED) TYPE_FLAGS.set(type, (TYPE_FLAGS.get(type) ?? 0) | INDEXED_FLAG);
for (const type of LEAF_TYPES) TYPE_FLAGS.set(type, (TYPE_FLAGS.get(type) ?? 0) | LEAF_FLAG);
for (const type of BRACKETED) TYPE_FLAGS.set(type, (TYPE_FLAGS.get(type) ?? 0) | BRACKET_FLAG);
TYPE_FLAGS.set('block', BLOCK_FLAG);

/**
 * Parent pointers are set as nodes are built; the index, in source order, and the nesting figures
 * the tree-sitter copy computes while walking are gathered in one walk here.
 */
function finishTree(root: PyNode): ParsedTree {
  const index = new Map<string, PyNode[]>();
  for (const type of INDEXED) index.set(type, []);
  const out: ParsedTree = { root, errors: [], index, maxBracketDepth: 0, maxBracketOffset: 0, maxBlockDepth: 0, maxBlockOffset: 0, maxDepth: 0, maxDepthOffset: 0 };
  // Explicit stacks (no recursion): node, its depth, and the bracket and block depth of its parent.
  const nodes: PyNode[] = [];
  const depths: number[] = [];
  const brackets: number[] = [];
  const blocks: number[] = [];
  let top = 0;
  for (let i = root.children.length - 1; i >= 0; i--) {
    nodes[top] = root.children[i];
    depths[top] = 1;
    brackets[top] = 0;
    blocks[top++] = 0;
  }
  while (top > 0) {
    top--;
    const n = nodes[top];
    const depth = depths[top];
    let bracket = brackets[top];
    let block = blocks[top];
    const flags = TYPE_FLAGS.get(n.type) ?? 0;
    if (flags & INDEXED_FLAG) index.get(n.type)!.push(n);
    const children = n.children;
    if (children.length === 0 && flags & LEAF_FLAG) continue;
    if (flags & BRACKET_FLAG) bracket++;
    if (flags & BLOCK_FLAG) block++;
    if (bracket > out.maxBracketDepth) {
      out.maxBracketDepth = bracket;
      out.maxBracketOffset = n.start;
    }
    if (block > out.maxBlockDepth) {
      out.maxBlockDepth = block;
      out.maxBlockOffset = n.start;
    }
    if (depth + 1 > out.maxDepth) {
      out.maxDepth = depth + 1;
      out.maxDepthOffset = n.start;
    }
    for (let i = children.length - 1; i >= 0; i--) {
      nodes[top] = children[i];
      depths[top] = depth + 1;
      brackets[top] = bracket;
      blocks[top++] = block;
    }
  }
  return out;
}
