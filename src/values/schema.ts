import { fullFormats } from 'ajv-formats/dist/formats.js';
import { linearRegExp, UnsupportedSchemaPatternError, type PatternMatcher } from './linear-regexp.js';

/**
 * A draft-07 JSON Schema validator that interprets the chart's values.schema.json while it walks the
 * values, instead of compiling the whole schema first.
 *
 * Why: the chart schema is ~700 KB and the values reach a small part of it. ajv compiles all of it
 * (about 0.7 s of CPU on a 2-core machine) before it can check anything, and on a GitHub-hosted
 * runner every run starts cold. A compiled validator could be cached, but cached code is only as
 * trustworthy as whoever can write the cache (a self-hosted runner shares it between jobs), so the
 * product used to recompile on every CI run. Interpreting needs no cache and runs no generated code.
 *
 * The errors are exactly the ones ajv 8 reports with { allErrors: true, strict: false } and the
 * int32/int64/date-time formats (the options the product used): same instancePath, schemaPath,
 * keyword, params, message, in the same order. VAL010's messages and the YAML line of each finding
 * come from these fields, so test/values/schema-interpreter.test.ts compares this validator with ajv
 * on every values file of the test suite and on mutated values, for every test chart.
 */

/** One schema error, shaped as ajv's ErrorObject (the fields VAL010 reads). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A chart schema validator; `errors` holds the last call's errors (null when valid), as ajv's does. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export interface CompileStats {
  /** memory: prepared earlier in this process; interpreted: prepared now. */
  source: 'memory' | 'interpreted';
  ms: number;
}

/** A $ref that does not point into the schema: ajv (and helm) refuse such a schema. */
export class UnresolvableSchemaRefError extends UnsupportedSchemaPatternError {}

type Schema = Record<string, unknown> | boolean;
type Obj = Record<string, unknown>;

/**
 * Keywords that make a schema do something (ajv's RULES.all for draft-07). Annotations such as
 * description, default, examples, definitions and x-* are not among them: a schema made only of
 * those accepts everything, and a $ref beside only those is followed alone.
 */
const RULE_KEYWORDS = new Set([
  '$ref', '$comment', 'id', 'type', 'nullable', 'const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf', 'if', 'then', 'else',
  'maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'maxLength', 'minLength', 'pattern', 'format',
  'maxItems', 'minItems', 'uniqueItems', 'additionalItems', 'items', 'contains',
  'maxProperties', 'minProperties', 'required', 'propertyNames', 'additionalProperties', 'dependencies', 'properties', 'patternProperties',
  'contentMediaType', 'contentEncoding', 'contentSchema',
]);

/** Keywords by the type of data they apply to, in the order ajv runs them (its vocabulary order). */
const ANY_KEYWORDS = ['$ref', 'const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf', 'if'];
const TYPED_GROUPS: Array<{ type: 'number' | 'string' | 'array' | 'object'; keywords: string[] }> = [
  { type: 'number', keywords: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'format'] },
  { type: 'string', keywords: ['maxLength', 'minLength', 'pattern', 'format'] },
  { type: 'array', keywords: ['maxItems', 'minItems', 'uniqueItems', 'additionalItems', 'items', 'contains'] },
  { type: 'object', keywords: ['maxProperties', 'minProperties', 'required', 'propertyNames', 'additionalProperties', 'dependencies', 'properties', 'patternProperties'] },
];
const GROUP_OF_TYPE = new Map(TYPED_GROUPS.map((g) => [g.type as string, g]));

const LIMITS: Record<string, string> = { maximum: '<=', minimum: '>=', exclusiveMaximum: '<', exclusiveMinimum: '>' };
const REF_KEYWORDS = new Set(['$ref', '$recursiveRef', '$recursiveAnchor', '$dynamicRef', '$dynamicAnchor']);

/** The formats the product checks (ajv-formats' definitions); any other format is not checked, as in ajv without strict mode. */
const FORMATS: Record<string, { type: 'number' | 'string'; test: (v: never) => boolean }> = {
  int32: { type: 'number', test: (fullFormats.int32 as { validate: (v: number) => boolean }).validate },
  int64: { type: 'number', test: (fullFormats.int64 as { validate: (v: number) => boolean }).validate },
  'date-time': { type: 'string', test: (fullFormats['date-time'] as { validate: (v: string) => boolean }).validate },
};

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const hasRules = (s: Obj): boolean => Object.keys(s).some((k) => RULE_KEYWORDS.has(k));
const alwaysValid = (s: unknown): boolean => s === true || (isObj(s) && !hasRules(s));
const escapePointer = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');
const fragment = (s: string | number): string => (typeof s === 'number' ? String(s) : encodeURIComponent(escapePointer(s)));
/** Schema keys ajv iterates (it never treats __proto__ as a property name). */
const schemaKeys = (m: unknown): string[] => (isObj(m) ? Object.keys(m).filter((k) => k !== '__proto__') : []);

/** ajv's hasRef: whether a $ref target refers further, which decides whether ajv inlines it (and so the schemaPath of its errors). */
function refersFurther(schema: unknown): boolean {
  if (!schema || typeof schema !== 'object') return false;
  for (const key in schema as Obj) {
    if (REF_KEYWORDS.has(key)) return true;
    const sub = (schema as Obj)[key];
    if (Array.isArray(sub) ? sub.some(refersFurther) : typeof sub === 'object' && refersFurther(sub)) return true;
  }
  return false;
}

/** JSON type checks as ajv makes them (strictNumbers off: NaN and Infinity are numbers, Infinity an integer). */
function hasType(data: unknown, type: unknown): boolean {
  switch (type) {
    case 'null':
      return data === null;
    case 'array':
      return Array.isArray(data);
    case 'object':
      return isObj(data);
    case 'integer':
      return typeof data === 'number' && !(data % 1) && !Number.isNaN(data);
    default:
      return typeof data === type;
  }
}

/** Deep equality as ajv's (fast-deep-equal): NaN equals NaN, key order does not matter. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (a.constructor !== b.constructor) return false;
    if (Array.isArray(a)) {
      const bb = b as unknown[];
      return a.length === bb.length && a.every((x, i) => equal(x, bb[i]));
    }
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal((a as Obj)[k], (b as Obj)[k]));
  }
  return a !== a && b !== b;
}

/** A string's length in code points, as JSON Schema counts it. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

class Interpreter {
  private readonly patterns = new Map<string, PatternMatcher>();
  private readonly refs = new Map<string, { schema: Schema; base: string }>();

  constructor(private readonly root: Obj) {
    this.prepare(root);
  }

  /**
   * What ajv checks when it compiles, without compiling: every pattern compiles on the linear-time
   * engine and every $ref resolves. A schema helm would refuse is refused here too, whatever values
   * reach it. One walk of the schema (a few ms), compiling only its patterns.
   */
  private prepare(schema: unknown): void {
    if (Array.isArray(schema)) return schema.forEach((s) => this.prepare(s));
    if (!isObj(schema)) return;
    if (typeof schema.pattern === 'string') this.pattern(schema.pattern);
    for (const p of schemaKeys(schema.patternProperties)) this.pattern(p);
    if (typeof schema.$ref === 'string') this.ref(schema.$ref);
    for (const k of ['properties', 'patternProperties', 'definitions', 'dependencies']) {
      if (isObj(schema[k])) for (const sub of Object.values(schema[k] as Obj)) this.prepare(sub);
    }
    for (const k of ['additionalProperties', 'items', 'additionalItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'anyOf', 'oneOf', 'allOf']) {
      if (schema[k] !== undefined) this.prepare(schema[k]);
    }
  }

  private pattern(p: string): PatternMatcher {
    let re = this.patterns.get(p);
    if (!re) this.patterns.set(p, (re = linearRegExp(p, 'u')));
    return re;
  }

  /** The target of a local $ref, and the schemaPath its errors start from (ajv's, see refersFurther). */
  private ref(ref: string): { schema: Schema; base: string } {
    let hit = this.refs.get(ref);
    if (hit) return hit;
    if (ref !== '#' && !ref.startsWith('#/')) throw new UnresolvableSchemaRefError(`schema $ref ${JSON.stringify(ref)} points outside values.schema.json, which cannot be resolved offline`);
    let cur: unknown = this.root;
    for (const raw of ref.slice(2).split('/').filter((s, i, all) => s !== '' || i < all.length - 1)) {
      const seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      cur = isObj(cur) || Array.isArray(cur) ? (cur as Obj)[seg] : undefined;
      if (cur === undefined) throw new UnresolvableSchemaRefError(`schema $ref ${JSON.stringify(ref)} points at nothing in values.schema.json`);
    }
    if (!isObj(cur) && typeof cur !== 'boolean') throw new UnresolvableSchemaRefError(`schema $ref ${JSON.stringify(ref)} points at something that is not a schema`);
    // ajv inlines a target without further $refs (its errors keep the $ref as their path) and
    // compiles any other as a function of its own, whose errors' paths start again at "#".
    hit = { schema: cur as Schema, base: ref === '#' || refersFurther(cur) ? '#' : ref };
    this.refs.set(ref, hit);
    return hit;
  }

  /** Validates data against schema, appending errors; returns whether it is valid. */
  validate(schema: Schema, data: unknown, at: string, path: string, errors: SchemaError[]): boolean {
    const before = errors.length;
    if (typeof schema === 'boolean') {
      if (!schema) errors.push({ instancePath: at, schemaPath: `${path}/false schema`, keyword: 'false schema', params: {}, message: 'boolean schema is false' });
      return schema;
    }
    if (!hasRules(schema)) return true;
    if (typeof schema.$ref === 'string' && !Object.keys(schema).some((k) => k !== '$ref' && RULE_KEYWORDS.has(k))) {
      this.keyword('$ref', schema, data, at, path, errors);
      return errors.length === before;
    }
    const types = Array.isArray(schema.type) ? schema.type : schema.type !== undefined ? [schema.type] : [];
    if (schema.nullable === true && !types.includes('null')) types.push('null');
    const typeError = () =>
      errors.push({ instancePath: at, schemaPath: `${path}/type`, keyword: 'type', params: { type: schema.type }, message: `must be ${String(schema.type)}` });
    // ajv checks the type up front, unless there is one type whose keywords it checks under that type.
    const singleTypeGroup = types.length === 1 ? GROUP_OF_TYPE.get(types[0] as string) : undefined;
    const typeInGroup = singleTypeGroup !== undefined && singleTypeGroup.keywords.some((k) => schema[k] !== undefined);
    if (types.length > 0 && !typeInGroup && !types.some((t) => hasType(data, t))) typeError();
    for (const k of ANY_KEYWORDS) if (schema[k] !== undefined) this.keyword(k, schema, data, at, path, errors);
    for (const group of TYPED_GROUPS) {
      if (!group.keywords.some((k) => schema[k] !== undefined)) continue;
      if (hasType(data, group.type)) {
        for (const k of group.keywords) if (schema[k] !== undefined) this.keyword(k, schema, data, at, path, errors, group.type);
      } else if (typeInGroup && group === singleTypeGroup) {
        typeError();
      }
    }
    return errors.length === before;
  }

  private keyword(k: string, schema: Obj, data: unknown, at: string, path: string, errors: SchemaError[], groupType?: string): void {
    const value = schema[k];
    const fail = (params: Record<string, unknown>, message: string): void => {
      errors.push({ instancePath: at, schemaPath: `${path}/${k}`, keyword: k, params, message });
    };
    const sub = (s: unknown, d: unknown, dataAt: string, schemaAt: string) => this.validate(s as Schema, d, dataAt, schemaAt, errors);
    switch (k) {
      case '$ref': {
        const target = this.ref(value as string);
        sub(target.schema, data, at, target.base);
        return;
      }
      case 'const':
        if (!equal(data, value)) fail({ allowedValue: value }, 'must be equal to constant');
        return;
      case 'enum':
        if (!(value as unknown[]).some((v) => equal(data, v))) fail({ allowedValues: value }, 'must be equal to one of the allowed values');
        return;
      case 'not': {
        if (alwaysValid(value)) return fail({}, 'must NOT be valid');
        const mark = errors.length;
        const ok = sub(value, data, at, `${path}/not`);
        errors.length = mark;
        if (ok) fail({}, 'must NOT be valid');
        return;
      }
      case 'anyOf': {
        const branches = value as unknown[];
        if (branches.some(alwaysValid)) return;
        const mark = errors.length;
        // ajv stops at the first branch that passes.
        const ok = branches.some((b, i) => sub(b, data, at, `${path}/anyOf/${i}`));
        if (ok) errors.length = mark;
        else fail({}, 'must match a schema in anyOf');
        return;
      }
      case 'oneOf': {
        const mark = errors.length;
        let valid = false;
        let passing: number | number[] | null = null;
        // As ajv: a second passing branch ends the search, so later branches add no errors.
        (value as unknown[]).every((b, i) => {
          const ok = alwaysValid(b) || sub(b, data, at, `${path}/oneOf/${i}`);
          if (ok && valid) {
            valid = false;
            passing = [passing as number, i];
            return false;
          }
          if (ok) {
            valid = true;
            passing = i;
          }
          return true;
        });
        if (valid) errors.length = mark;
        else fail({ passingSchemas: passing }, 'must match exactly one schema in oneOf');
        return;
      }
      case 'allOf':
        (value as unknown[]).forEach((b, i) => {
          if (!alwaysValid(b)) sub(b, data, at, `${path}/allOf/${i}`);
        });
        return;
      case 'if': {
        const hasThen = schema.then !== undefined && !alwaysValid(schema.then);
        const hasElse = schema.else !== undefined && !alwaysValid(schema.else);
        if ((!hasThen && !hasElse) || alwaysValid(value)) {
          if (hasThen && !sub(schema.then, data, at, `${path}/then`)) errors.push({ instancePath: at, schemaPath: `${path}/if`, keyword: 'if', params: { failingKeyword: 'then' }, message: 'must match "then" schema' });
          return;
        }
        const mark = errors.length;
        const ifOk = sub(value, data, at, `${path}/if`);
        errors.length = mark;
        const clause = ifOk ? 'then' : 'else';
        if ((ifOk ? hasThen : hasElse) && !sub(schema[clause], data, at, `${path}/${clause}`)) {
          errors.push({ instancePath: at, schemaPath: `${path}/if`, keyword: 'if', params: { failingKeyword: clause }, message: `must match "${clause}" schema` });
        }
        return;
      }
      case 'maximum':
      case 'minimum':
      case 'exclusiveMaximum':
      case 'exclusiveMinimum': {
        const n = data as number;
        const limit = value as number;
        const ok = k === 'maximum' ? n <= limit : k === 'minimum' ? n >= limit : k === 'exclusiveMaximum' ? n < limit : n > limit;
        if (!ok) fail({ comparison: LIMITS[k], limit }, `must be ${LIMITS[k]} ${limit}`);
        return;
      }
      case 'multipleOf': {
        const q = (data as number) / (value as number);
        if (q !== parseInt(String(q))) fail({ multipleOf: value }, `must be multiple of ${value}`);
        return;
      }
      case 'maxLength':
      case 'minLength': {
        const len = codePoints(data as string);
        if (k === 'maxLength' ? len > (value as number) : len < (value as number)) fail({ limit: value }, `must NOT have ${k === 'maxLength' ? 'more' : 'fewer'} than ${value} characters`);
        return;
      }
      case 'pattern':
        if (!this.pattern(value as string).test(data as string)) fail({ pattern: value }, `must match pattern "${value}"`);
        return;
      case 'format': {
        const format = FORMATS[value as string];
        if (format && format.type === groupType && !format.test(data as never)) fail({ format: value }, `must match format "${value}"`);
        return;
      }
      case 'maxItems':
      case 'minItems': {
        const len = (data as unknown[]).length;
        if (k === 'maxItems' ? len > (value as number) : len < (value as number)) fail({ limit: value }, `must NOT have ${k === 'maxItems' ? 'more' : 'fewer'} than ${value} items`);
        return;
      }
      case 'uniqueItems':
        if (value === true) this.uniqueItems(schema, data as unknown[], fail);
        return;
      case 'items': {
        const items = data as unknown[];
        if (Array.isArray(value)) {
          value.forEach((s, i) => {
            if (!alwaysValid(s) && items.length > i) sub(s, items[i], `${at}/${i}`, `${path}/items/${i}`);
          });
        } else if (!alwaysValid(value)) {
          for (let i = 0; i < items.length; i++) sub(value, items[i], `${at}/${i}`, `${path}/items`);
        }
        return;
      }
      case 'additionalItems': {
        if (!Array.isArray(schema.items)) return;
        const items = data as unknown[];
        const len = schema.items.length;
        if (value === false) {
          if (items.length > len) fail({ limit: len }, `must NOT have more than ${len} items`);
        } else if (!alwaysValid(value)) {
          for (let i = len; i < items.length; i++) sub(value, items[i], `${at}/${i}`, `${path}/additionalItems`);
        }
        return;
      }
      case 'contains': {
        const items = data as unknown[];
        if (alwaysValid(value)) {
          if (items.length < 1) fail({ minContains: 1 }, 'must contain at least 1 valid item(s)');
          return;
        }
        const mark = errors.length;
        if (items.some((item, i) => sub(value, item, `${at}/${i}`, `${path}/contains`))) errors.length = mark;
        else fail({ minContains: 1 }, 'must contain at least 1 valid item(s)');
        return;
      }
      case 'maxProperties':
      case 'minProperties': {
        const n = Object.keys(data as Obj).length;
        if (k === 'maxProperties' ? n > (value as number) : n < (value as number)) fail({ limit: value }, `must NOT have ${k === 'maxProperties' ? 'more' : 'fewer'} than ${value} properties`);
        return;
      }
      case 'required':
        for (const p of value as string[]) {
          if ((data as Obj)[p] === undefined) fail({ missingProperty: p }, `must have required property '${p}'`);
        }
        return;
      case 'propertyNames': {
        if (alwaysValid(value)) return;
        for (const key in data as Obj) {
          const mark = errors.length;
          if (!sub(value, key, at, `${path}/propertyNames`)) {
            for (let i = mark; i < errors.length; i++) (errors[i] as SchemaError & { propertyName?: string }).propertyName = key;
            fail({ propertyName: key }, 'property name must be valid');
          }
        }
        return;
      }
      case 'additionalProperties': {
        if (alwaysValid(value)) return;
        const props = isObj(schema.properties) ? schema.properties : undefined;
        const patterns = schemaKeys(schema.patternProperties).map((p) => this.pattern(p));
        for (const key in data as Obj) {
          const defined = (props !== undefined && key !== '__proto__' && Object.prototype.hasOwnProperty.call(props, key)) || patterns.some((re) => re.test(key));
          if (defined) continue;
          if (value === false) fail({ additionalProperty: key }, 'must NOT have additional properties');
          else sub(value, (data as Obj)[key], `${at}/${escapePointer(key)}`, `${path}/additionalProperties`);
        }
        return;
      }
      case 'dependencies': {
        const deps = value as Obj;
        for (const p of schemaKeys(deps)) {
          if (!Array.isArray(deps[p]) || (data as Obj)[p] === undefined) continue;
          const list = deps[p] as string[];
          for (const missing of list) {
            if ((data as Obj)[missing] !== undefined) continue;
            const noun = list.length === 1 ? 'property' : 'properties';
            fail({ property: p, missingProperty: missing, depsCount: list.length, deps: list.join(', ') }, `must have ${noun} ${list.join(', ')} when property ${p} is present`);
          }
        }
        for (const p of schemaKeys(deps)) {
          if (Array.isArray(deps[p]) || alwaysValid(deps[p]) || (data as Obj)[p] === undefined) continue;
          sub(deps[p], data, at, `${path}/dependencies/${fragment(p)}`);
        }
        return;
      }
      case 'properties': {
        const props = value as Obj;
        for (const p of schemaKeys(props)) {
          if (alwaysValid(props[p])) continue;
          const v = (data as Obj)[p];
          if (v !== undefined) sub(props[p], v, `${at}/${escapePointer(p)}`, `${path}/properties/${fragment(p)}`);
        }
        return;
      }
      case 'patternProperties': {
        const props = value as Obj;
        for (const p of schemaKeys(props)) {
          if (alwaysValid(props[p])) continue;
          const re = this.pattern(p);
          for (const key in data as Obj) {
            if (re.test(key)) sub(props[p], (data as Obj)[key], `${at}/${escapePointer(key)}`, `${path}/patternProperties/${fragment(p)}`);
          }
        }
        return;
      }
    }
  }

  /** The first duplicate pair ajv reports: scanning from the end, i is the later item, j the earlier. */
  private uniqueItems(schema: Obj, items: unknown[], fail: (params: Record<string, unknown>, message: string) => void): void {
    const report = (i: number, j: number) => fail({ i, j }, `must NOT have duplicate items (items ## ${j} and ${i} are identical)`);
    const itemSchema = schema.items;
    const itemTypes: unknown[] = isObj(itemSchema) ? (Array.isArray(itemSchema.type) ? itemSchema.type : itemSchema.type !== undefined ? [itemSchema.type] : []) : [];
    if (itemSchema && isObj(itemSchema) && itemSchema.nullable === true && !itemTypes.includes('null')) itemTypes.push('null');
    if (itemTypes.length > 0 && !itemTypes.some((t) => t === 'object' || t === 'array')) {
      // ajv's scalar fast path: items of another type are skipped, the rest are keyed by value.
      const seen = new Map<unknown, number>();
      for (let i = items.length; i--; ) {
        let item = items[i];
        if (!itemTypes.some((t) => hasType(item, t))) continue;
        if (itemTypes.length > 1 && typeof item === 'string') item = `${item}_`;
        const key = String(item);
        // ajv keys a plain object by the item: "__proto__" never registers there.
        if (key === '__proto__') continue;
        if (seen.has(key)) return report(i, seen.get(key)!);
        seen.set(key, i);
      }
      return;
    }
    for (let i = items.length; i--; ) {
      for (let j = i; j--; ) if (equal(items[i], items[j])) return report(i, j);
    }
  }
}

const memory = new WeakMap<object, Interpreter>();

/**
 * A validator for a chart schema, prepared once per process: the schema is checked for what helm
 * would refuse (patterns RE2 cannot run, unresolvable $refs) and then interpreted on each call.
 */
export function compileSchema(schema: Record<string, unknown>): { validate: SchemaValidator; stats: CompileStats } {
  const started = performance.now();
  let interpreter = memory.get(schema);
  const source = interpreter ? 'memory' : 'interpreted';
  if (!interpreter) memory.set(schema, (interpreter = new Interpreter(schema)));
  const prepared = interpreter;
  const validate: SchemaValidator = (data: unknown) => {
    const errors: SchemaError[] = [];
    const ok = prepared.validate(schema, data, '', '#', errors);
    validate.errors = ok ? null : errors;
    return ok;
  };
  return { validate, stats: { source, ms: Math.round(performance.now() - started) } };
}
