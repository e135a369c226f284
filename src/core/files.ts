import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDecoder } from 'node:util';
import { UsageError } from './finding.js';

/** Result of reading a file defensively: text, or the reason it cannot be checked. */
export type ReadResult =
  | { kind: 'text'; text: string; bytes: number }
  | { kind: 'binary'; bytes: number }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'bad-encoding'; bytes: number; line: number; encoding: string; reason?: string }
  | { kind: 'unreadable'; reason: string };

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

// PEP 263: a coding declaration on line 1 or 2 decides how Python decodes the source.
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

export function readTextFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    return { kind: 'unreadable', reason: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  if (!stat.isFile()) return { kind: 'unreadable', reason: 'not a regular file' };
  if (stat.size > maxBytes) return { kind: 'too-large', bytes: stat.size, limit: maxBytes };
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    return { kind: 'unreadable', reason: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  return decodeSource(buf);
}

/** Non-streaming decode() keeps no state, so one decoder per encoding serves every file. */
const decoders = new Map<string, TextDecoder>();

export function decodeSource(buf: Buffer): ReadResult {
  const bytes = buf.length;
  if (buf.subarray(0, 8192).includes(0)) return { kind: 'binary', bytes };
  let start = 0;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
  const encoding = declaredEncoding(buf) ?? 'utf-8';
  // The coding line itself is ASCII, so a UTF-16/32 declaration can never describe the file truly:
  // Python's import fails on it, and decoding it anyway turns the file into CJK noise that sends
  // the parser's error recovery into minutes of work.
  if (/^utf-?(16|32)/.test(encoding)) {
    return { kind: 'bad-encoding', bytes, line: 1, encoding, reason: `The coding line declares ${encoding}, which Python cannot read source files in: importing it fails.` };
  }
  let decoder = decoders.get(encoding);
  if (!decoder) {
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      return { kind: 'bad-encoding', bytes, line: 1, encoding };
    }
    decoders.set(encoding, decoder);
  }
  try {
    return { kind: 'text', text: decoder.decode(buf.subarray(start)), bytes };
  } catch {
    return { kind: 'bad-encoding', bytes, line: firstBadUtf8Line(buf), encoding };
  }
}

/** Python codec names that WHATWG TextDecoder spells differently. */
const PYTHON_CODEC_ALIASES: Record<string, string> = {
  'latin-1': 'iso-8859-1',
  latin1: 'iso-8859-1',
  l1: 'iso-8859-1',
  'iso8859-1': 'iso-8859-1',
  utf8: 'utf-8',
  'utf-8-sig': 'utf-8',
  cp1252: 'windows-1252',
};

/**
 * CPython's tokenizer normalises a coding cookie before looking it up (get_normal_name): on its
 * first 12 characters, `_` becomes `-` and letters are lower-cased; "utf-8" and any "utf-8-…"
 * (e.g. the common `# -*-coding:utf-8-*-`, whose cookie reads "utf-8-") mean UTF-8, and "latin-1",
 * "iso-8859-1", "iso-latin-1" and their "…-" forms mean ISO-8859-1.
 */
function normalCodecName(cookie: string): string {
  const head = cookie.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (head === 'utf-8' || head.startsWith('utf-8-')) return 'utf-8';
  if (['latin-1', 'iso-8859-1', 'iso-latin-1'].some((n) => head === n || head.startsWith(`${n}-`))) return 'iso-8859-1';
  const name = cookie.toLowerCase().replace(/_/g, '-');
  return PYTHON_CODEC_ALIASES[name] ?? name;
}

function declaredEncoding(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 512).toString('latin1').split('\n', 2);
  for (const line of head) {
    const m = CODING_COOKIE.exec(line);
    if (m) {
      return normalCodecName(m[1]);
    }
    if (!/^[ \t\f]*(#|$)/.test(line)) break;
  }
  return undefined;
}

function firstBadUtf8Line(buf: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 0x0a) {
      try {
        decoder.decode(buf.subarray(lineStart, i));
      } catch {
        return line;
      }
      line++;
      lineStart = i + 1;
    }
  }
  return line;
}

/**
 * Converts a glob (**, *, ?, {a,b}, [abc], [a-z], [!abc]) to a RegExp over forward-slash paths.
 * A malformed glob (an unclosed `{` or `[`, a reversed range) is a UsageError naming the glob,
 * never a RegExp syntax error from deep inside.
 */
export function globToRegExp(glob: string): RegExp {
  const bad = (why: string): never => {
    throw new UsageError(`Invalid glob "${glob}": ${why}. Escape nothing; name an existing file exactly to match it literally.`);
  };
  let re = '';
  let i = 0;
  let inBraces = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        re += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 3 : 2;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inBraces++;
      re += '(?:';
    } else if (c === '}' && inBraces > 0) {
      inBraces--;
      re += ')';
    } else if (c === ',' && inBraces > 0) re += '|';
    else if (c === '[') {
      // A `]` right after `[` or `[!` is a member, as in fnmatch.
      let j = i + 1;
      const negated = glob[j] === '!';
      if (negated) j++;
      const close = glob.indexOf(']', glob[j] === ']' ? j + 1 : j);
      if (close < 0) bad(`"[" at position ${i + 1} is never closed with "]"`);
      re += bracketClass(glob.slice(j, close), negated, bad);
      i = close + 1;
      continue;
    } else re += escapeRegExpChar(c);
    i++;
  }
  if (inBraces > 0) bad('"{" is never closed with "}"');
  try {
    return new RegExp('^' + re + '$');
  } catch (e) {
    return bad((e as Error).message);
  }
}

function escapeRegExpChar(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The members of a glob `[...]` as a RegExp class, each member escaped; ranges checked for order. */
function bracketClass(members: string, negated: boolean, bad: (why: string) => never): string {
  let out = '';
  for (let k = 0; k < members.length; k++) {
    const lo = members[k];
    if (members[k + 1] === '-' && k + 2 < members.length) {
      const hi = members[k + 2];
      if (lo > hi) bad(`the range "${lo}-${hi}" runs backwards`);
      out += `${escapeRegExpChar(lo)}-${escapeRegExpChar(hi)}`;
      k += 2;
    } else out += escapeRegExpChar(lo);
  }
  if (!out) bad('"[]" matches nothing');
  // A class never matches "/": a glob segment cannot cross directories.
  return negated ? `[^/${out}]` : `(?!/)[${out}]`;
}

export function hasGlobMagic(p: string): boolean {
  return /[*?{[]/.test(p);
}

const SKIPPED_DIRS = new Set(['.git', 'node_modules', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache']);

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** What expandPaths found, and every input that contributed no file (each for its own reason). */
export interface ExpandedPaths {
  /** Matching files relative to root, sorted and de-duplicated. */
  files: string[];
  /** Inputs that do not exist, and globs that match nothing at all. */
  missing: string[];
  /** Directories and globs that exist or match, but hold no file with a wanted extension (after ignore). */
  empty: string[];
  /** Files named explicitly whose extension is not wanted: never read. */
  otherExtension: string[];
  /** Inputs naming something other than a file or directory (after following symlinks): never opened. */
  notRegular: Array<{ input: string; kind: string }>;
  /** Directories reached a second time through a symlink (a loop, or two links to one folder): walked once. */
  symlinkRepeats: string[];
}

/** What a stat describes, in words, for anything but a regular file or a directory. */
export function fileKind(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isDirectory()) return 'a directory';
  return stat.isFile() ? 'a regular file' : 'not a regular file';
}

/**
 * Expands paths (files, directories, globs) into files with one of `extensions`, relative to `root`.
 * An input that exists as named is taken literally even if it contains glob characters (a file
 * called `[x].py`); only an input that does not exist is a glob. Directories are walked following
 * symlinks, as Airflow's DAG-folder scan does (os.walk(followlinks=True)), each real directory once;
 * only regular files are taken, so a FIFO or device in the tree is never opened. A file named
 * explicitly is taken only with a wanted extension; one matching an `ignore` glob is left out
 * silently (the config decided that).
 */
export function expandPaths(inputs: string[], root: string, extensions: string[], ignore: string[] = []): ExpandedPaths {
  const ignoreRes = ignore.map(globToRegExp);
  const found = new Set<string>();
  const out: ExpandedPaths = { files: [], missing: [], empty: [], otherExtension: [], notRegular: [], symlinkRepeats: [] };
  const hasExtension = (rel: string) => extensions.some((e) => rel.endsWith(e));
  const ignored = (rel: string) => ignoreRes.some((r) => r.test(rel));
  const wanted = (rel: string) => hasExtension(rel) && !ignored(rel);
  const walk = (absDir: string, onFile: (rel: string) => void) => {
    // Real paths of the directories walked from this input: the loop protection for followed links.
    const walked = new Set<string>();
    const stack = [absDir];
    while (stack.length) {
      const dir = stack.pop()!;
      let real: string;
      try {
        real = fs.realpathSync(dir);
      } catch {
        continue;
      }
      if (walked.has(real)) {
        if (dir !== absDir) out.symlinkRepeats.push(toPosix(path.relative(root, dir)));
        continue;
      }
      walked.add(real);
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const abs = path.join(dir, e.name);
        let isDir = e.isDirectory();
        let isFile = e.isFile();
        if (e.isSymbolicLink()) {
          // Followed like Airflow does; a dangling link is skipped, as Airflow's isfile() check does.
          try {
            const target = fs.statSync(abs);
            isDir = target.isDirectory();
            isFile = target.isFile();
          } catch {
            continue;
          }
        }
        if (isDir) {
          if (!SKIPPED_DIRS.has(e.name)) stack.push(abs);
        } else if (isFile) onFile(toPosix(path.relative(root, abs)));
      }
    }
  };

  for (const input of inputs) {
    const abs = path.resolve(root, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (!stat && hasGlobMagic(input)) {
      const re = globToRegExp(toPosix(path.normalize(input)).replace(/^\.\//, ''));
      let matchedAny = false;
      let matchedWanted = false;
      walk(path.resolve(root, staticPrefix(input)), (rel) => {
        if (!re.test(rel)) return;
        matchedAny = true;
        if (wanted(rel)) {
          found.add(rel);
          matchedWanted = true;
        }
      });
      if (!matchedAny) out.missing.push(input);
      else if (!matchedWanted) out.empty.push(input);
      continue;
    }
    if (!stat) {
      out.missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      let any = false;
      walk(abs, (rel) => {
        if (wanted(rel)) {
          found.add(rel);
          any = true;
        }
      });
      if (!any) out.empty.push(input);
    } else if (!stat.isFile()) {
      out.notRegular.push({ input, kind: fileKind(stat) });
    } else {
      const rel = toPosix(path.relative(root, abs));
      if (!hasExtension(rel)) out.otherExtension.push(input);
      else if (!ignored(rel)) found.add(rel);
    }
  }
  out.files = [...found].sort();
  return out;
}

function staticPrefix(glob: string): string {
  const parts = toPosix(glob).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (hasGlobMagic(p)) break;
    out.push(p);
  }
  return out.join('/') || '.';
}

/**
 * Splits an action's path-list input. Newline-separated when it holds a newline (each line one
 * path, spaces kept); otherwise the whole value when it names an existing path (`my dags/`), else
 * space-separated, as the input always accepted.
 */
export function splitPathList(value: string, exists: (p: string) => boolean): string[] {
  if (/[\r\n]/.test(value)) return value.split(/\r?\n|\r/).map((s) => s.trim()).filter(Boolean);
  const whole = value.trim();
  if (!whole) return [];
  if (/\s/.test(whole) && exists(whole)) return [whole];
  return whole.split(/\s+/);
}

