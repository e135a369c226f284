/**
 * Renders `[logging] log_filename_template` the way Airflow's FileTaskHandler does: a template
 * containing `{{` is Jinja (context: ti, ts, try_number); anything else is a Python str.format
 * string (keys dag_id, task_id, run_id, logical_date/execution_date, try_number, ...).
 * Only the Jinja subset log templates use is supported; anything else is a TemplateError.
 */

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

export interface TaskInstanceRef {
  dagId: string;
  taskId: string;
  runId: string;
  /** -1 for an unmapped task, as Airflow stores it. */
  mapIndex: number;
  tryNumber: number;
}

export interface RenderContext {
  ti: TaskInstanceRef;
  /** ISO 8601 logical date (or run_after) of the run, e.g. 2026-11-24T13:00:00+00:00. */
  ts: string;
  /** str.format keys the Airflow version provides (default: Airflow 3's). */
  formatKeys?: string[];
  /**
   * True (Airflow 3) when Jinja sees only ti, ts and try_number, so unknown names render empty;
   * false (Airflow 2, whole task context) makes unknown names an error rather than a guess.
   */
  minimalJinjaContext?: boolean;
}

const AIRFLOW3_FORMAT_KEYS = ['dag_id', 'task_id', 'run_id', 'data_interval_start', 'data_interval_end', 'logical_date', 'try_number'];

type Value = string | number | boolean | undefined | null | Record<string, unknown>;

export function isJinjaTemplate(template: string): boolean {
  return template.includes('{{');
}

export function renderLogFilename(template: string, ctx: RenderContext): string {
  return isJinjaTemplate(template) ? renderJinja(template, ctx) : renderFormat(template, ctx);
}

function jinjaScope(ctx: RenderContext): Record<string, Value> {
  const ti = {
    dag_id: ctx.ti.dagId,
    task_id: ctx.ti.taskId,
    run_id: ctx.ti.runId,
    map_index: ctx.ti.mapIndex,
    try_number: ctx.ti.tryNumber,
  };
  return { ti, ts: ctx.ts, try_number: ctx.ti.tryNumber };
}

// ---- Python str.format -------------------------------------------------------------------

function renderFormat(template: string, ctx: RenderContext): string {
  const values: Record<string, string> = {
    dag_id: ctx.ti.dagId,
    task_id: ctx.ti.taskId,
    run_id: ctx.ti.runId,
    execution_date: ctx.ts,
    logical_date: ctx.ts,
    data_interval_start: ctx.ts,
    data_interval_end: ctx.ts,
    try_number: String(ctx.ti.tryNumber),
  };
  const fields: Record<string, string> = {};
  for (const key of ctx.formatKeys ?? AIRFLOW3_FORMAT_KEYS) fields[key] = values[key];
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '{' && template[i + 1] === '{') {
      out += '{';
      i++;
    } else if (c === '}' && template[i + 1] === '}') {
      out += '}';
      i++;
    } else if (c === '{') {
      const end = template.indexOf('}', i);
      if (end < 0) throw new TemplateError(`unclosed "{" in log_filename_template at position ${i + 1}.`);
      const name = template.slice(i + 1, end).split(/[!:]/)[0].trim();
      if (!(name in fields)) throw new TemplateError(`log_filename_template uses {${name}}, which this Airflow version does not provide (KeyError); available: ${Object.keys(fields).join(', ')}.`);
      out += fields[name];
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

// ---- Jinja subset ------------------------------------------------------------------------

type Token = { kind: 'text'; text: string } | { kind: 'expr'; src: string } | { kind: 'tag'; src: string };

function tokenize(template: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < template.length) {
    const expr = template.indexOf('{{', i);
    const tag = template.indexOf('{%', i);
    const next = [expr, tag].filter((n) => n >= 0).sort((a, b) => a - b)[0];
    if (next === undefined) {
      tokens.push({ kind: 'text', text: template.slice(i) });
      break;
    }
    if (next > i) tokens.push({ kind: 'text', text: template.slice(i, next) });
    const isExpr = next === expr;
    const close = template.indexOf(isExpr ? '}}' : '%}', next + 2);
    if (close < 0) throw new TemplateError(`unclosed "${isExpr ? '{{' : '{%'}" in log_filename_template.`);
    const src = template.slice(next + 2, close).replace(/^-/, '').replace(/-$/, '').trim();
    tokens.push(isExpr ? { kind: 'expr', src } : { kind: 'tag', src });
    i = close + 2;
  }
  return tokens;
}

function renderJinja(template: string, ctx: RenderContext): string {
  const scope = jinjaScope(ctx);
  strictNames = ctx.minimalJinjaContext === false;
  const tokens = tokenize(template);
  // Stack of [branchTaken, currentlyEmitting] for nested ifs.
  const stack: Array<{ taken: boolean; emitting: boolean; parentEmitting: boolean }> = [];
  let emitting = true;
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'text') {
      if (emitting) out += t.text;
    } else if (t.kind === 'expr') {
      if (emitting) out += toText(evaluate(t.src, scope));
    } else {
      const [keyword, ...rest] = t.src.split(/\s+/);
      const cond = rest.join(' ');
      if (keyword === 'if') {
        const value: boolean = emitting ? truthy(evaluate(cond, scope)) : false;
        stack.push({ taken: value, emitting: emitting && value, parentEmitting: emitting });
        emitting = emitting && value;
      } else if (keyword === 'elif' || keyword === 'else') {
        const top = stack[stack.length - 1];
        if (!top) throw new TemplateError(`"{% ${keyword} %}" without "{% if %}" in log_filename_template.`);
        const value: boolean = !top.taken && top.parentEmitting && (keyword === 'else' || truthy(evaluate(cond, scope)));
        top.taken = top.taken || value;
        top.emitting = value;
        emitting = value;
      } else if (keyword === 'endif') {
        const top = stack.pop();
        if (!top) throw new TemplateError('"{% endif %}" without "{% if %}" in log_filename_template.');
        emitting = top.parentEmitting;
      } else {
        throw new TemplateError(`log_filename_template uses "{% ${keyword} %}", which this check cannot render; use {{ }} and {% if %} only.`);
      }
    }
  }
  if (stack.length) throw new TemplateError('"{% if %}" without "{% endif %}" in log_filename_template.');
  return out;
}

function toText(v: Value): string {
  if (v === undefined || v === null) return v === null ? 'None' : '';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'object') throw new TemplateError('log_filename_template renders an object; name one of its attributes.');
  return String(v);
}

function truthy(v: Value): boolean {
  return !(v === undefined || v === null || v === false || v === 0 || v === '');
}

const COMPARATORS = ['>=', '<=', '==', '!=', '>', '<'] as const;

/** Set per render: whether names outside {ti, ts, try_number} are an error (Airflow 2 context). */
let strictNames = false;

/** Evaluates `a.b`, literals, `x|default(y)`, one comparison, `not x`. */
function evaluate(src: string, scope: Record<string, Value>): Value {
  const s = src.trim();
  if (s.startsWith('not ')) return !truthy(evaluate(s.slice(4), scope));
  for (const op of COMPARATORS) {
    const at = findOutsideQuotes(s, op);
    if (at > 0) {
      const left = evaluate(s.slice(0, at), scope);
      const right = evaluate(s.slice(at + op.length), scope);
      return compare(left, right, op);
    }
  }
  const pipe = findOutsideQuotes(s, '|');
  if (pipe > 0) {
    const value = evaluate(s.slice(0, pipe), scope);
    const filter = s.slice(pipe + 1).trim();
    const m = /^(\w+)\s*(?:\((.*)\))?$/.exec(filter);
    if (!m) throw new TemplateError(`cannot read the filter "${filter}" in log_filename_template.`);
    const [, name, args] = m;
    if (name === 'default' || name === 'd') return value === undefined || value === null ? evaluate(args ?? "''", scope) : value;
    if (name === 'string') return toText(value);
    if (name === 'lower') return toText(value).toLowerCase();
    if (name === 'upper') return toText(value).toUpperCase();
    throw new TemplateError(`log_filename_template uses the filter "${name}", which this check cannot render.`);
  }
  if (/^-?\d+$/.test(s)) return Number(s);
  const quoted = /^'(.*)'$|^"(.*)"$/.exec(s);
  if (quoted) return quoted[1] ?? quoted[2];
  if (s === 'True' || s === 'true') return true;
  if (s === 'False' || s === 'false') return false;
  if (s === 'None' || s === 'none') return null;
  if (!/^[A-Za-z_][\w.]*$/.test(s)) throw new TemplateError(`cannot evaluate "{{ ${s} }}" in log_filename_template.`);
  const top = s.split('.')[0];
  if (strictNames && !(top in scope)) {
    throw new TemplateError(`log_filename_template uses "${top}" from the Airflow 2 task context, which this check cannot render; use ti, ts and try_number.`);
  }
  let value: unknown = scope;
  for (const part of s.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value as Value;
}

function findOutsideQuotes(s: string, needle: string): number {
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (s.startsWith(needle, i)) {
      // `>=` must not be read as `>` followed by `=`.
      if ((needle === '>' || needle === '<') && s[i + 1] === '=') continue;
      return i;
    }
  }
  return -1;
}

function compare(a: Value, b: Value, op: (typeof COMPARATORS)[number]): boolean {
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) {
    throw new TemplateError(`log_filename_template compares values of different types (${typeof a} ${op} ${typeof b}).`);
  }
  const x = a as number | string;
  const y = b as number | string;
  switch (op) {
    case '>=':
      return x >= y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x < y;
  }
}
