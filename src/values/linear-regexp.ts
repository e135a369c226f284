import { RE2JS } from 're2js';

/**
 * The regular-expression engine ajv compiles every schema `pattern` and `patternProperties` key with.
 *
 * JavaScript's RegExp backtracks: the chart 1.19.0 `executor` pattern
 * `^(([a-zA-Z_][a-zA-Z0-9_]*.)*[A-Z]…Executor)…$` takes minutes on a 48-character near-miss. helm
 * validates with Go's regexp (RE2), which runs in time linear in the input, and RE2JS is a port of
 * that engine: matching the way helm does makes the check both bounded and faithful to helm
 * (e.g. `\s` is ASCII whitespace in both).
 *
 * A pattern RE2 cannot compile (lookaround, backreferences) is not silently handed to RegExp: helm's
 * Go validator rejects such a schema too, so compiling fails with a one-line error naming it.
 */
export interface PatternMatcher {
  test(input: string): boolean;
  toString(): string;
}

/** The module name a cached (standalone) validator requires this engine by; see runtimeModules in schema.ts. */
export const LINEAR_REGEXP_MODULE = 'airflow-gitops/linear-regexp';

export class UnsupportedSchemaPatternError extends Error {}

function compile(pattern: string, flags: string): PatternMatcher {
  // ajv asks for "u" (unicodeRegExp); RE2 always matches by code point, so it needs no flag.
  if (flags.replace('u', '') !== '') throw new UnsupportedSchemaPatternError(`schema pattern ${JSON.stringify(pattern)} asks for regular-expression flags "${flags}", which JSON Schema does not have`);
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (first) {
    try {
      // ECMAScript spellings RE2 writes differently, such as (?<name>…) and escaped slashes.
      re = RE2JS.compile(RE2JS.translateRegExp(pattern));
    } catch {
      throw new UnsupportedSchemaPatternError(
        `schema pattern ${JSON.stringify(pattern)} uses syntax that Go's regexp (helm's validator) does not support: ${(first as Error).message.split('\n')[0]}`,
      );
    }
  }
  return {
    // An unanchored search, as RegExp.prototype.test is for a pattern without the g flag.
    test: (input: string) => re.test(input),
    // ajv shares one compiled pattern per distinct toString(), so it must name the pattern as RegExp's does.
    toString: () => `/${pattern}/${flags}`,
  };
}

/** ajv's `code.regExp` option: the function plus the source text standalone code calls it by. */
export const linearRegExp: ((pattern: string, flags: string) => PatternMatcher) & { code: string } = Object.assign(compile, {
  code: `require(${JSON.stringify(LINEAR_REGEXP_MODULE)}).default`,
});
