// The fuzzing engine: deterministic mutations of the repository's own DAG and values files.
// Same seed, same inputs → the same cases, byte for byte, on every machine (no Math.random, no time).
// Used by test/fuzz/fuzz.test.ts (a small count in `npm test`) and scripts/fuzz/sweep.mjs (the full sweep).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng } from '../bench/dag-corpus.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the seed inputs come from: the project's own DAGs, values files and test fixtures. */
export const SEED_SOURCES = {
  dag: { ext: ['.py'], dirs: ['dags', 'examples', 'test/dags/fixtures', 'test/airflow/corpus/handwritten'] },
  values: { ext: ['.yaml', '.yml'], dirs: ['examples', 'test/values/fixtures', 'test/upgrade-gate/fixtures', 'test/wasb/fixtures', 'test/kube/fixtures'] },
};

/** A mutated file never grows past this: the sweep measures robustness, not the size limit. */
export const MAX_CASE_BYTES = 64 * 1024;

/** mulberry32, the benchmark corpus's PRNG: floats in [0, 1), the same stream for the same seed. */
export const prng = createRng;

/** Seed of case `index` of a sweep seeded `seed`: each case can be replayed alone. */
export function caseSeed(seed, index) {
  return (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0;
}

function walk(dir, ext, out) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, ext, out);
    else if (entry.isFile() && ext.some((e) => entry.name.endsWith(e)) && statSync(full).size <= MAX_CASE_BYTES) out.push(full);
  }
}

/** The seed files of one kind, sorted, as { name (repo-relative), text }. */
export function seedFiles(kind, root = REPO_ROOT) {
  const { ext, dirs } = SEED_SOURCES[kind];
  const files = [];
  for (const dir of dirs) walk(path.join(root, dir), ext, files);
  return [...new Set(files)].map((file) => ({ name: path.relative(root, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }));
}

const PYTHON_TOKENS = ['(', ')', '[', ']', '{', '}', '"', "'", '"""', "'''", ':', ',', '=', '\\', '#', '@', '.', '*', '**', 'def ', 'class ', 'lambda ', 'async ', 'await ', 'yield ', 'return ', 'import ', 'from ', 'with DAG(', '@task\n', '@dag(', 'f"{', 'rb"', 'if ', 'else:', 'try:', 'except', 'match ', 'case ', ':=', '->', 'global ', 'nonlocal ', '\t', '\n    ', '\n', '\r', '\x00', '\ufeff', '\u00e9', '\ud83d\ude00', '>>', '<<', 'None', '...'];
const YAML_TOKENS = ['{', '}', '[', ']', '"', "'", ':', ': ', '- ', ',', '&a ', '*a', '<<: ', '<<: *a', '!!str ', '!!binary ', '!custom ', '? ', '|', '>', '|-', '#', '\t', '\n---\n', '\n...\n', '%YAML 1.2\n', '__proto__: ', 'constructor: ', '~', 'null', 'true', 'yes', '0x1F', '1e999', '.nan', '2026-01-01', '\n  ', '\n', '\r', '\x00', '\ufeff', '@', '`', '%', 'executor: ', 'password: ', '\\'];
const KEYWORDS = { dag: PYTHON_TOKENS, values: YAML_TOKENS };

const pick = (rng, list) => list[Math.floor(rng() * list.length)];
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const TOKEN = /[A-Za-z_][A-Za-z0-9_]*|\d+|\S/g;

function tokenSpans(text) {
  return [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length]);
}

/** Each mutation takes (text, rng, kind) and returns the new text; its name is recorded in the case. */
export const MUTATIONS = {
  deleteChars(text, rng) {
    if (!text) return text;
    const at = int(rng, 0, text.length - 1);
    return text.slice(0, at) + text.slice(at + int(rng, 1, 16));
  },
  deleteToken(text, rng) {
    const spans = tokenSpans(text);
    if (!spans.length) return text;
    const [a, b] = pick(rng, spans);
    return text.slice(0, a) + text.slice(b);
  },
  insertToken(text, rng, kind) {
    const at = int(rng, 0, text.length);
    return text.slice(0, at) + pick(rng, KEYWORDS[kind]) + text.slice(at);
  },
  replaceToken(text, rng, kind) {
    const spans = tokenSpans(text);
    if (!spans.length) return text;
    const [a, b] = pick(rng, spans);
    return text.slice(0, a) + pick(rng, KEYWORDS[kind]) + text.slice(b);
  },
  swapLines(text, rng) {
    const lines = text.split('\n');
    if (lines.length < 2) return text;
    const i = int(rng, 0, lines.length - 1);
    const j = int(rng, 0, lines.length - 1);
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return lines.join('\n');
  },
  duplicateLine(text, rng) {
    const lines = text.split('\n');
    const i = int(rng, 0, lines.length - 1);
    lines.splice(int(rng, 0, lines.length), 0, lines[i]);
    return lines.join('\n');
  },
  reindentLine(text, rng) {
    const lines = text.split('\n');
    const i = int(rng, 0, lines.length - 1);
    lines[i] = ' '.repeat(int(rng, 0, 12)) + lines[i].trimStart();
    return lines.join('\n');
  },
  truncate(text, rng) {
    return text.slice(0, int(rng, 0, text.length));
  },
  /** Brackets (or YAML mappings/sequences) nested hundreds to thousands deep, closed or not. */
  deepNesting(text, rng, kind) {
    // Mostly hundreds deep; one time in four past 10,000 (where recursive code runs out of stack).
    const depth = rng() < 0.75 ? int(rng, 50, 1000) : int(rng, 10_000, 14_000);
    const at = int(rng, 0, text.length);
    let block;
    if (kind === 'dag') {
      const [open, close] = pick(rng, [['(', ')'], ['[', ']'], ['{', '}'], ['f(', ')'], ['not (', ')'], ['-(', ')']]);
      block = `x = ${open.repeat(depth)}1${rng() < 0.5 ? close.repeat(depth) : ''}\n`;
    } else {
      const style = int(rng, 0, 2);
      if (style === 0) block = `deep: ${'['.repeat(depth)}1${rng() < 0.5 ? ']'.repeat(depth) : ''}\n`;
      else if (style === 1) block = `deep: ${'{a: '.repeat(depth)}1${rng() < 0.5 ? '}'.repeat(depth) : ''}\n`;
      else block = Array.from({ length: Math.min(depth, 400) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    }
    return text.slice(0, at) + block + text.slice(at);
  },
  /** A token, a line or a random snippet repeated hundreds to thousands of times in a row. */
  longRepetition(text, rng, kind) {
    const at = int(rng, 0, text.length);
    const lines = text.split('\n');
    const unit = pick(rng, [pick(rng, KEYWORDS[kind]), `${pick(rng, lines)}\n`, text.slice(at, at + int(rng, 1, 40)) || 'a']);
    const times = int(rng, 100, 4000);
    return text.slice(0, at) + unit.repeat(times) + text.slice(at);
  },
  /**
   * An opener left unclosed, then thousands of items: the shape that makes error recovery in a parser
   * super-linear (an unterminated import list or bracket before a long literal).
   */
  unclosedThenRepeat(text, rng, kind) {
    const at = int(rng, 0, text.length);
    const opener = kind === 'dag' ? pick(rng, ['from a import (\n    B,\n', 'x = [', 'f(', '{', 'def f(', 'x = """', '']) : pick(rng, ['k: [', 'k: {', 'k: "', "k: '", '- [', '']);
    const unit = kind === 'dag' ? pick(rng, ['1,', 'a $', 'x.', '(', 'B,\n', 'a=', '"', ':']) : pick(rng, ['1,', 'a: ', '- ', '[', '{a: ', '"', '? ', '&a ', '*a ']);
    return text.slice(0, at) + opener + unit.repeat(int(rng, 500, 16_000)) + text.slice(at);
  },
  /** A typo inside a scalar value (a dropped, doubled or appended character, a repeated segment). */
  retypeValue(text, rng) {
    const lines = text.split('\n');
    const candidates = lines.map((l, i) => [l, i]).filter(([l]) => /^\s*[\w.-]+:\s+\S/.test(l) || /=\s*["']/.test(l));
    if (!candidates.length) return text;
    const [line, i] = pick(rng, candidates);
    const start = Math.max(line.indexOf(': ') + 2, line.indexOf('=') + 1, 0);
    let value = line.slice(start);
    const at = int(rng, 0, value.length);
    const how = int(rng, 0, 3);
    if (how === 0) value = value.slice(0, at) + value.slice(at + 1);
    else if (how === 1) value = value.slice(0, at) + value.charAt(at) + value.slice(at);
    else if (how === 2) value = value + pick(rng, ['.', 'x', '_', '.x', '::', '-', ' ']);
    else value = value.slice(0, at) + value.slice(at, at + int(rng, 2, 12)).repeat(int(rng, 2, 8)) + value.slice(at);
    lines[i] = line.slice(0, start) + value;
    return lines.join('\n');
  },
  /** Splices a part of the file elsewhere (or a part of another seed, given as `donor`). */
  splice(text, rng, _kind, donor = text) {
    const a = int(rng, 0, donor.length);
    const piece = donor.slice(a, a + int(rng, 1, 400));
    const at = int(rng, 0, text.length);
    return text.slice(0, at) + piece + text.slice(at);
  },
};

const MUTATION_NAMES = Object.keys(MUTATIONS);

/**
 * Case `index` of a sweep: a seed file with 1–4 mutations, capped at MAX_CASE_BYTES. Returns
 * { id, kind, seedFile, mutations, text }; `id` is stable (kind, seed, index) so a failure can be replayed.
 */
export function makeCase(kind, seeds, seed, index) {
  const rng = prng(caseSeed(seed, index));
  const base = seeds[Math.floor(rng() * seeds.length)];
  let text = base.text;
  const mutations = [];
  const rounds = int(rng, 1, 4);
  for (let r = 0; r < rounds; r++) {
    const name = pick(rng, MUTATION_NAMES);
    const donor = name === 'splice' ? pick(rng, seeds).text : undefined;
    text = MUTATIONS[name](text, rng, kind, donor);
    if (text.length > MAX_CASE_BYTES) text = text.slice(0, MAX_CASE_BYTES);
    mutations.push(name);
  }
  return { id: `${kind}-s${seed}-${index}`, kind, seedFile: base.name, mutations, text };
}

/** `count` cases of one kind, from `first` on. */
export function makeCases(kind, { seed, count, first = 0, root = REPO_ROOT }) {
  const seeds = seedFiles(kind, root);
  if (!seeds.length) throw new Error(`no ${kind} seed files under ${SEED_SOURCES[kind].dirs.join(', ')}`);
  return Array.from({ length: count }, (_, i) => makeCase(kind, seeds, seed, first + i));
}
