import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import AjvImport, { type ErrorObject, type ValidateFunction } from 'ajv';
import standaloneImport from 'ajv/dist/standalone/index.js';
import addFormatsImport from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import equal from 'ajv/dist/runtime/equal.js';
import ucs2length from 'ajv/dist/runtime/ucs2length.js';
import uri from 'ajv/dist/runtime/uri.js';
import ValidationError from 'ajv/dist/runtime/validation_error.js';
import { LINEAR_REGEXP_MODULE, linearRegExp } from './linear-regexp.js';

/** A compiled values.schema.json; `errors` holds the last call's errors, as ajv does. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Formats the chart schemas use; the rest of ajv-formats is not needed. */
const FORMATS = ['int32', 'int64', 'date-time'] as const;
/** Bumped when the compile options change, so old cached validators are not reused. */
const CACHE_FORMAT = 'ajv8-draft07-allerrors-re2-v2';

// Modules the standalone code requires. A cached validator is loaded outside the bundle, so it
// gets these from here rather than from a node_modules that the action's runner does not have.
const runtimeModules = (): Record<string, unknown> => ({
  'ajv-formats/dist/formats': { fullFormats },
  'ajv/dist/runtime/equal': { default: interop(equal) },
  'ajv/dist/runtime/ucs2length': { default: interop(ucs2length) },
  'ajv/dist/runtime/uri': { default: interop(uri) },
  'ajv/dist/runtime/validation_error': { default: interop(ValidationError) },
  // Schema patterns run on RE2 in the cached validator too (see linear-regexp.ts).
  [LINEAR_REGEXP_MODULE]: { default: linearRegExp },
});

// CommonJS default exports arrive as module.exports under Node and as exports.default under the bundler.
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
type AjvInstance = InstanceType<typeof AjvImport.default>;
const Ajv = interop<typeof AjvImport.default>(AjvImport);
const addFormats = interop<typeof addFormatsImport.default>(addFormatsImport);
const standaloneCode = interop<typeof standaloneImport.default>(standaloneImport);

const memory = new Map<string, SchemaValidator>();

export interface CompileStats {
  /** memory | disk | compiled */
  source: 'memory' | 'disk' | 'compiled';
  ms: number;
}

function newAjv(): AjvInstance {
  // The chart schemas are draft-07 and use x-docsSection and other annotations: strict mode is off.
  // Every pattern runs on a linear-time engine: a backtracking RegExp hangs on the chart's own executor pattern.
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, code: { source: true, regExp: linearRegExp } });
  addFormats(ajv, [...FORMATS]);
  return ajv;
}

function loadStandalone(code: string): SchemaValidator {
  const mod: { exports: unknown } = { exports: {} };
  const requireShim = (name: string): unknown => {
    const hit = runtimeModules()[name.replace(/\.js$/, '')];
    if (hit === undefined) throw new Error(`cached schema validator requires unknown module ${name}`);
    return hit;
  };
  // Only code that passed readTrustedCode, i.e. that this user wrote, gets here; see codeCacheTrust.
  new Function('require', 'module', 'exports', code)(requireShim, mod, mod.exports);
  return interop<SchemaValidator>(mod.exports);
}

/**
 * Why a compiled validator on disk may (not) be run. The cache holds code, and code from a file is
 * only as trustworthy as whoever could write the file, so:
 * - On a CI runner, never: a self-hosted runner's tool cache and home are shared by every job it
 *   runs (same uid), so a job of another workflow or a fork's pull request could plant a validator
 *   for a later job that holds secrets. No check on the file can tell those writers apart, and a
 *   hash beside the code would be written by the same attacker. A job pays one cold compile (measured 1.5 s cold vs 0.04 s from disk with the bundled CLI on a busy 2-core machine).
 * - On Windows, never: there is no owner/mode check we can rely on.
 * - Elsewhere (a developer's machine, a pre-commit hook), only a file owned by this user (or root),
 *   not group/world-writable, in directories that are likewise not writable by anyone else (sticky
 *   directories such as /tmp excepted, since others cannot replace what is in them). Whoever could
 *   have written it can already run code as this user, so running it grants nothing new.
 */
export function codeCacheTrust(): { allowed: true } | { allowed: false; reason: string } {
  if (process.env.GITHUB_ACTIONS === 'true' || process.env.RUNNER_TOOL_CACHE || process.env.CI) return { allowed: false, reason: 'on a CI runner' };
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return { allowed: false, reason: 'no file ownership checks on this platform' };
  return { allowed: true };
}

const GROUP_OR_WORLD_WRITABLE = 0o022;
const STICKY = 0o1000;

function ownedSafely(st: fs.Stats, uid: number): boolean {
  return st.uid === uid || st.uid === 0;
}

/** The file's text if only this user (or root) could have written it, else undefined. */
function readTrustedCode(file: string): string | undefined {
  const uid = process.getuid!();
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    const st = fs.statSync(dir);
    if (!ownedSafely(st, uid) || ((st.mode & GROUP_OR_WORLD_WRITABLE) !== 0 && (st.mode & STICKY) === 0)) return undefined;
    if (path.dirname(dir) === dir) break;
  }
  // lstat refuses a symlink planted in our directory; the checks then run on the open descriptor, so
  // what is read is what was checked.
  if (!fs.lstatSync(file).isFile()) return undefined;
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || !ownedSafely(st, uid) || (st.mode & GROUP_OR_WORLD_WRITABLE) !== 0) return undefined;
    return fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Compiles a chart schema once per process and, off CI, once per machine: the standalone validator
 * code is cached on disk keyed by the schema's hash, so a warm local run skips ajv's compile (~1 s).
 * See codeCacheTrust for when cached code is run.
 */
export function compileSchema(schema: Record<string, unknown>, schemaHash?: string, cacheDir?: string): { validate: SchemaValidator; stats: CompileStats } {
  const started = Date.now();
  const hash = createHash('sha256')
    .update(CACHE_FORMAT)
    .update(schemaHash ?? JSON.stringify(schema))
    .digest('hex')
    .slice(0, 32);
  const inMemory = memory.get(hash);
  if (inMemory) return { validate: inMemory, stats: { source: 'memory', ms: Date.now() - started } };

  const cacheFile = cacheDir && codeCacheTrust().allowed ? path.join(cacheDir, `values-schema-${hash}.cjs`) : undefined;
  if (cacheFile && fs.existsSync(cacheFile)) {
    try {
      const code = readTrustedCode(cacheFile);
      if (code !== undefined) {
        const validate = loadStandalone(code);
        memory.set(hash, validate);
        return { validate, stats: { source: 'disk', ms: Date.now() - started } };
      }
      // Someone else could have written it: not run, recompiled and replaced below.
      fs.rmSync(cacheFile, { force: true });
    } catch {
      // A corrupt or stale cache entry is recompiled below and overwritten.
    }
  }

  const ajv = newAjv();
  const compiled: ValidateFunction = ajv.compile(schema);
  const validate: SchemaValidator = compiled;
  if (cacheFile) {
    try {
      const code = standaloneCode(ajv, compiled);
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, code, { mode: 0o600 });
      fs.renameSync(tmp, cacheFile);
    } catch {
      // The cache is an optimisation; a read-only cache dir must not fail the check.
    }
  }
  memory.set(hash, validate);
  return { validate, stats: { source: 'compiled', ms: Date.now() - started } };
}

/** For tests: forget validators compiled in this process. */
export function clearSchemaMemoryCache(): void {
  memory.clear();
}
