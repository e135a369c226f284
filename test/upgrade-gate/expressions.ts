/**
 * The subset of GitHub Actions expressions an action.yml uses in env, if, continue-on-error and
 * outputs: contexts (inputs, steps, github), string/number/boolean/null literals, ! == != < <= > >=
 * && || with GitHub's semantics (&& and || return an operand; string comparison ignores case),
 * and the functions format, contains, startsWith, endsWith, always, success, failure, cancelled.
 * Unknown contexts and functions throw, so a typo in action.yml fails the test instead of quietly
 * evaluating to ''.
 */
export type Value = string | number | boolean | null | Record<string, unknown>;

export interface ExpressionContext {
  inputs: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }>;
  github: Record<string, string>;
  runner?: Record<string, string>;
  /** Whether an earlier step of the composite failed (its conclusion), for success()/failure(). */
  failed: boolean;
  cancelled?: boolean;
}

type Token = { kind: 'str'; value: string } | { kind: 'num'; value: number } | { kind: 'id'; value: string } | { kind: 'op'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`unterminated string in expression: ${text}`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      tokens.push({ kind: 'str', value });
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(text.slice(i))!;
      tokens.push({ kind: 'num', value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.-]*/.exec(text.slice(i))!;
      tokens.push({ kind: 'id', value: m[0] });
      i += m[0].length;
    } else {
      const two = text.slice(i, i + 2);
      if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
        tokens.push({ kind: 'op', value: two });
        i += 2;
      } else if ('()!<>,'.includes(c)) {
        tokens.push({ kind: 'op', value: c });
        i++;
      } else {
        throw new Error(`unexpected "${c}" in expression: ${text}`);
      }
    }
  }
  return tokens;
}

export function truthy(v: Value): boolean {
  if (v === null || v === false || v === '' || v === 0) return false;
  if (typeof v === 'number' && Number.isNaN(v)) return false;
  return true;
}

/** How the runner writes a value into env or a string: null → '', booleans → true/false. */
export function toText(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function toNumber(v: Value): number {
  if (v === null || v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Number(v.trim() === '' ? 0 : v);
  return NaN;
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (a === null && b === null) return true;
  // GitHub coerces mismatched primitives (null included) to numbers: null == '' is true.
  if ((a !== null && typeof a === 'object') || (b !== null && typeof b === 'object')) return a === b;
  return toNumber(a) === toNumber(b);
}

const STATUS_FUNCTIONS = /\b(always|success|failure|cancelled)\s*\(/;

export function hasStatusFunction(expr: string): boolean {
  return STATUS_FUNCTIONS.test(expr);
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly ctx: ExpressionContext,
    private readonly source: string,
  ) {}

  parse(): Value {
    const v = this.or();
    if (this.pos < this.tokens.length) throw new Error(`unexpected token in expression: ${this.source}`);
    return v;
  }

  private peek(value: string): boolean {
    const t = this.tokens[this.pos];
    return Boolean(t && t.kind === 'op' && t.value === value);
  }

  private expect(value: string): void {
    if (!this.peek(value)) throw new Error(`expected "${value}" in expression: ${this.source}`);
    this.pos++;
  }

  private or(): Value {
    let left = this.and();
    while (this.peek('||')) {
      this.pos++;
      const right = this.and();
      left = truthy(left) ? left : right;
    }
    return left;
  }

  private and(): Value {
    let left = this.comparison();
    while (this.peek('&&')) {
      this.pos++;
      const right = this.comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  }

  private comparison(): Value {
    let left = this.unary();
    for (;;) {
      const t = this.tokens[this.pos];
      if (!t || t.kind !== 'op' || !['==', '!=', '<', '<=', '>', '>='].includes(t.value)) return left;
      this.pos++;
      const right = this.unary();
      switch (t.value) {
        case '==':
          left = equal(left, right);
          break;
        case '!=':
          left = !equal(left, right);
          break;
        case '<':
          left = toNumber(left) < toNumber(right);
          break;
        case '<=':
          left = toNumber(left) <= toNumber(right);
          break;
        case '>':
          left = toNumber(left) > toNumber(right);
          break;
        default:
          left = toNumber(left) >= toNumber(right);
      }
    }
  }

  private unary(): Value {
    if (this.peek('!')) {
      this.pos++;
      return !truthy(this.unary());
    }
    return this.primary();
  }

  private primary(): Value {
    const t = this.tokens[this.pos++];
    if (!t) throw new Error(`unexpected end of expression: ${this.source}`);
    if (t.kind === 'str' || t.kind === 'num') return t.value;
    if (t.kind === 'op') {
      if (t.value !== '(') throw new Error(`unexpected "${t.value}" in expression: ${this.source}`);
      const v = this.or();
      this.expect(')');
      return v;
    }
    if (t.value === 'true') return true;
    if (t.value === 'false') return false;
    if (t.value === 'null') return null;
    if (this.peek('(')) {
      this.pos++;
      const args: Value[] = [];
      if (!this.peek(')')) {
        args.push(this.or());
        while (this.peek(',')) {
          this.pos++;
          args.push(this.or());
        }
      }
      this.expect(')');
      return this.call(t.value, args);
    }
    return this.lookup(t.value);
  }

  private call(name: string, args: Value[]): Value {
    switch (name.toLowerCase()) {
      case 'always':
        return true;
      case 'success':
        return !this.ctx.failed && !this.ctx.cancelled;
      case 'failure':
        return this.ctx.failed;
      case 'cancelled':
        return Boolean(this.ctx.cancelled);
      case 'format':
        return toText(args[0]).replace(/\{\{|\}\}|\{(\d+)\}/g, (m, i) => (m === '{{' ? '{' : m === '}}' ? '}' : toText(args[1 + Number(i)] ?? null)));
      case 'contains':
        return toText(args[0]).toLowerCase().includes(toText(args[1]).toLowerCase());
      case 'startswith':
        return toText(args[0]).toLowerCase().startsWith(toText(args[1]).toLowerCase());
      case 'endswith':
        return toText(args[0]).toLowerCase().endsWith(toText(args[1]).toLowerCase());
      default:
        throw new Error(`unknown function ${name}() in expression: ${this.source}`);
    }
  }

  private lookup(pathText: string): Value {
    const [root, ...rest] = pathText.split('.');
    let cur: unknown;
    switch (root) {
      case 'inputs':
        cur = this.ctx.inputs;
        break;
      case 'steps':
        cur = this.ctx.steps;
        break;
      case 'github':
        cur = this.ctx.github;
        break;
      case 'runner':
        cur = this.ctx.runner ?? {};
        break;
      default:
        throw new Error(`unknown context "${root}" in expression: ${this.source}`);
    }
    for (const key of rest) {
      if (cur === null || typeof cur !== 'object') return null;
      const obj = cur as Record<string, unknown>;
      // Context property names are case-insensitive.
      const hit = Object.keys(obj).find((k) => k.toLowerCase() === key.toLowerCase());
      cur = hit === undefined ? null : obj[hit];
    }
    return (cur ?? null) as Value;
  }
}

export function evaluate(expr: string, ctx: ExpressionContext): Value {
  return new Parser(tokenize(expr), ctx, expr).parse();
}

/** A YAML value with embedded `${{ … }}`: one whole expression keeps its type, else text with each replaced. */
export function interpolate(text: string, ctx: ExpressionContext): Value {
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(text);
  if (whole && !whole[1].includes('}}')) return evaluate(whole[1], ctx);
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => toText(evaluate(e, ctx)));
}

/** A step's `if:` as the runner reads it: ${{ }} optional, and success() && (…) unless a status function is used. */
export function evaluateIf(condition: string | boolean | undefined, ctx: ExpressionContext): boolean {
  if (condition === undefined) return !ctx.failed && !ctx.cancelled;
  if (typeof condition === 'boolean') return condition && !ctx.failed;
  const m = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(condition);
  const expr = m ? m[1] : condition;
  const value = truthy(evaluate(expr, ctx));
  return hasStatusFunction(expr) ? value : value && !ctx.failed && !ctx.cancelled;
}
