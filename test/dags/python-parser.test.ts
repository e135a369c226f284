import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getParser, parsePython } from '../../src/dags/parser.js';
// Strict: a parser bug throws here (in production it silently falls back to tree-sitter).
import { parsePythonStrict as parsePythonFast } from '../../src/dags/python-parser.js';
import { REQUIRE_ENV, venvCacheRoot } from '../airflow/harness.js';
import {
  checkParity, compareTrees, formatFailures, loadSources, mutations, pythonFilesUnder, spreadSample, summarize,
  type ParityStats, type ParsedTree, type SourceFile,
} from './parser-parity.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

interface CorpusModule {
  generateCorpus(dir: string, options?: { files?: number; seed?: number }): { dir: string; files: number };
}

/** site-packages of the cached Airflow 3.1 venv, if one has been built. */
function airflowSitePackages(): string | undefined {
  const root = venvCacheRoot();
  const venvs = fs.existsSync(root) ? fs.readdirSync(root).filter((d) => d.startsWith('3.1-')).sort() : [];
  for (const venv of venvs) {
    const lib = path.join(root, venv, 'lib');
    const pythons = fs.existsSync(lib) ? fs.readdirSync(lib).filter((d) => d.startsWith('python3')).sort() : [];
    for (const py of pythons) {
      const site = path.join(lib, py, 'site-packages');
      if (fs.existsSync(path.join(site, 'airflow'))) return site;
    }
  }
  return undefined;
}

const sitePackages = airflowSitePackages();
const requireAirflow = process.env[REQUIRE_ENV] === '1';

let slow: (text: string) => ParsedTree;
let fixtures: SourceFile[];
let corpus: SourceFile[];
let siteSample: SourceFile[] = [];
let corpusDir: string;

beforeAll(async () => {
  const parser = await getParser();
  slow = (text) => parsePython(parser, text);
  fixtures = loadSources([...pythonFilesUnder(path.join(repoRoot, 'test')), ...pythonFilesUnder(path.join(repoRoot, 'dags'))], repoRoot);
  // The generator is a plain .mjs script (no type declarations), so it is loaded by path.
  const generator = (await import(path.join(repoRoot, 'scripts/bench/dag-corpus.mjs'))) as CorpusModule;
  corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parser-parity-'));
  generator.generateCorpus(corpusDir, { files: 400, seed: 7 });
  corpus = loadSources(pythonFilesUnder(corpusDir), corpusDir);
  if (sitePackages) {
    // ~1,500 files, ≤ 200 KB each, ≤ 16 MB in all: tree-sitter reads ~5 MB/s here.
    const files = spreadSample(sitePackages, { count: 1500, maxBytes: 200 * 1024, maxTotalBytes: 16 * 1024 * 1024, seed: 11 });
    siteSample = loadSources(files, sitePackages);
  }
});

afterAll(() => {
  if (corpusDir) fs.rmSync(corpusDir, { recursive: true, force: true });
});

function expectParity(label: string, stats: ParityStats): void {
  console.log(summarize(label, stats));
  if (stats.diffs.length || stats.fastAcceptedWhileSlowHadErrors) throw new Error(`${summarize(label, stats)}\n\n${formatFailures(stats)}`);
  expect(stats.identical).toBe(stats.fastAccepted);
}

function acceptanceRate(stats: ParityStats): number {
  return stats.errorFree === 0 ? 0 : stats.fastAcceptedErrorFree / stats.errorFree;
}

describe('parsePythonFast matches tree-sitter', () => {
  it('on every .py file under test/ and dags/', () => {
    expect(fixtures.length).toBeGreaterThan(10);
    expectParity('fixtures', checkParity(fixtures, parsePythonFast, slow));
  });

  it('on a generated DAG corpus, accepting ≥ 99% of the error-free files', () => {
    expect(corpus.length).toBe(400);
    const stats = checkParity(corpus, parsePythonFast, slow);
    expectParity('DAG corpus', stats);
    expect(stats.errorFree).toBeGreaterThan(300);
    const rate = acceptanceRate(stats);
    if (rate < 0.99) throw new Error(`fast parser accepted ${(rate * 100).toFixed(2)}% of ${stats.errorFree} error-free corpus files; want ≥ 99%`);
  });

  if (sitePackages) {
    it('on a sample of Airflow venv site-packages, accepting ≥ 90% of the error-free files', () => {
      expect(siteSample.length).toBeGreaterThan(1000);
      const stats = checkParity(siteSample, parsePythonFast, slow);
      expectParity('site-packages', stats);
      const rate = acceptanceRate(stats);
      if (rate < 0.9) throw new Error(`fast parser accepted ${(rate * 100).toFixed(2)}% of ${stats.errorFree} error-free site-packages files; want ≥ 90%`);
    });
  } else {
    if (!requireAirflow) {
      process.stderr.write(`[parser parity] no Airflow 3.1 venv under ${venvCacheRoot()}; site-packages parity skipped (set ${REQUIRE_ENV}=1 to make this a failure)\n`);
    }
    it('on a sample of Airflow venv site-packages (needs the cached Airflow 3.1 venv)', () => {
      if (requireAirflow) throw new Error(`${REQUIRE_ENV}=1 but there is no Airflow 3.1 venv with site-packages under ${venvCacheRoot()}`);
      expect(requireAirflow).toBe(false);
    });
  }

  it('on mutated sources: falls back whenever tree-sitter finds errors, else matches it', () => {
    // ~300 error-free files of modest size: every fixture, then corpus and site-packages files alternately.
    const small = (f: SourceFile) => f.text.length <= 24 * 1024;
    const pool = [...fixtures.filter(small)];
    const others = [corpus.filter(small), siteSample.filter(small)];
    for (let i = 0; pool.length < 600 && (i < others[0].length || i < others[1].length); i++) {
      for (const list of others) if (i < list.length) pool.push(list[i]);
    }
    const bases: SourceFile[] = [];
    // Mutants of a file whose own parse already differs repeat that diff: list them last.
    const baseDiffers = new Set<string>();
    for (const f of pool) {
      if (bases.length >= 300) break;
      const reference = slow(f.text);
      if (reference.errors.length) continue;
      bases.push(f);
      const own = parsePythonFast(f.text);
      if (own && compareTrees(reference, own, f.text)) baseDiffers.add(f.name);
    }
    expect(bases.length).toBeGreaterThanOrEqual(sitePackages ? 300 : 250);
    const mutants: SourceFile[] = [];
    const baseOf = new Map<string, string>();
    bases.forEach((f, i) =>
      mutations(f.text, 1000 + i, 8).forEach((text, k) => {
        const name = `${f.name} (mutation ${k} of seed ${1000 + i})`;
        baseOf.set(name, f.name);
        mutants.push({ name, text });
      }),
    );
    const stats = checkParity(mutants, parsePythonFast, slow);
    const inherited = (d: { name: string }) => baseDiffers.has(baseOf.get(d.name)!);
    stats.diffs = [...stats.diffs.filter((d) => !inherited(d)), ...stats.diffs.filter(inherited).map((d) => ({ ...d, name: `${d.name} [unmutated file already differs]` }))];
    expectParity('mutations', stats);
    // The edits must really exercise both paths: many break the syntax, many keep it.
    expect(stats.slowHadErrors).toBeGreaterThan(mutants.length * 0.1);
    expect(stats.errorFree).toBeGreaterThan(mutants.length * 0.1);
  });
});

/** Python the fast parser must handle itself (mustAccept) or may hand to tree-sitter. */
const CASES: Array<{ name: string; text: string; mustAccept: boolean }> = [
  { name: 'empty file', text: '', mustAccept: true },
  { name: 'only a newline', text: '\n', mustAccept: true },
  { name: 'only comments', text: '# one\n# two\n\n   # indented\n', mustAccept: true },
  { name: 'only a comment, no newline', text: '# lonely', mustAccept: true },
  { name: 'no trailing newline', text: 'import os\nx = os.sep', mustAccept: true },
  { name: 'no trailing newline inside a block', text: 'def f():\n    return 1', mustAccept: true },
  { name: 'CRLF line endings', text: 'import os\r\n\r\ndef f(a,\r\n      b):\r\n    if a:\r\n        return b\r\n    return a\r\n', mustAccept: true },
  {
    name: 'f-strings with nested format specs, = and !r',
    text: 'w = 10\np = 3\nx = 3.14159\nname = "n"\ns = f"{x:{w}.{p}f} {x=} {name!r} {x = !r:>{w}} {{literal}} {name!s:^10}"\nt = f\'{"nested"!a}\' f"{x:%Y-%m-%d}"\n',
    mustAccept: true,
  },
  { name: 'f-string with nested f-string and dict access', text: 'd = {"a": 1}\ns = f"{d[\'a\']} {f\'{d}\'} {\'x\' if d else \'y\'}"\n', mustAccept: true },
  // PEP 701 (Python 3.12): tree-sitter parses these without errors; so must the fast parser.
  { name: 'f-string reusing its quote inside a field', text: 'd = {"a": 1}\ns = f"{d["a"]} {"\\n".join(["x"])} {f"{d["a"]:>{3}}"!r}"\n', mustAccept: true },
  { name: 'f-string field over lines with a comment', text: 's = f"total: {\n    sum([1, 2])  # why\n}!"\nt = f\'{x = !r:^{w}}\'\n', mustAccept: true },
  { name: 'raw f-string with a backslash before a field', text: 'p = rf"({a})(\\{{)\\d{b}"\n', mustAccept: true },
  { name: 'triple-quoted f-string over lines', text: 's = f"""\n{1 +\n 2}\n  text {3!r:>4}\n"""\n', mustAccept: true },
  {
    name: 'decorators with same-line comments',
    text: '@dag(schedule=None)  # the dag\n@other  # second\n# between\ndef f():  # def\n    pass  # body\n\n\n@task\nclass C:  # c\n    x = 1\n',
    mustAccept: true,
  },
  {
    name: 'trailing comments before dedent at various indents',
    text: 'def f():\n    if x:\n        y = 1\n        # deepest\n    # middle\n# outer\n      # odd indent\n    return y\n  # after\n\nz = 2\n',
    mustAccept: true,
  },
  { name: 'comment at end of file after a block', text: 'class C:\n    def m(self):\n        pass\n        # last\n', mustAccept: true },
  { name: 'comment at end of file, no newline', text: 'if x:\n    pass\n    # last', mustAccept: true },
  { name: 'tabs in indentation', text: 'def f():\n\tif x:\n\t\treturn 1\n\treturn 2\n', mustAccept: true },
  { name: 'mixed tabs and spaces', text: 'def f():\n    if x:\n\treturn 1\n    return 2\n', mustAccept: false },
  { name: 'backslash continuations', text: 'x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\nwith open("f") as f, \\\n     open("g") as g:\n    pass\n', mustAccept: true },
  { name: 'backslash continuation before a comment line', text: 'x = [1,\n  # c\n  2]\ny = (\n    1  # one\n)\n', mustAccept: true },
  { name: 'print >> f, x (Python 2)', text: 'import sys\nprint >> sys.stderr, "x"\nprint "a", 1\n', mustAccept: false },
  {
    name: 'match statement',
    text: 'match command.split():\n    case [action]:\n        pass\n    case [action, obj] if obj:\n        pass\n    case Point(x=0, y=0) | {"k": _}:\n        pass\n    case _:\n        pass\nmatch = 1\nmatch(x)\n',
    mustAccept: false,
  },
  {
    name: 'async, walrus, lambda, star-args and type hints',
    text: 'async def f(a: int, /, *args: str, b=lambda x, *y, **z: x, **kw) -> list[int]:\n    async with a as (b, c):\n        async for i in b:\n            if (n := len(i)) > 1:\n                yield [*i, *args]\n    return await g(**kw)\n',
    mustAccept: true,
  },
  { name: 'non-ASCII identifiers and strings', text: 'é = "𝔘nicode"\nπ = é + "日本"\n', mustAccept: true },
  // Found by mutation sweeps: the fast parser once disagreed with tree-sitter on each.
  { name: 'missing comma between dictionary pairs', text: 'x = {"a": {"b": 1} "c": 2}\n', mustAccept: false },
  { name: 'continuation line left of its block after `=` (tree-sitter closes the block)', text: 'def g():\n    f(a=\nb)\n    return {"k":\r\nv}\n', mustAccept: false },
  { name: 'backslash continuation between a generic name and its [', text: 'x: Literal\\\n["a"]\ny: dict \\\n  [str, int] = {}\n', mustAccept: true },
  { name: 'a line ending in a comma (tree-sitter joins it with the next line)', text: 'a,\n# c\nb = 1\nx = 1,\ny = 2\n', mustAccept: false },
  { name: 'a lone starred target (tree-sitter reads `(*a)[k]`)', text: '*merged["k"] = 1\nfor *a in b:\n    pass\n', mustAccept: false },
  { name: 'deeply nested brackets', text: `x = ${'('.repeat(150)}1${')'.repeat(150)}\n`, mustAccept: false },
];

describe('parsePythonFast on targeted cases', () => {
  it.each(CASES)('$name', async ({ text, mustAccept }) => {
    const reference = parsePython(await getParser(), text);
    const fast = parsePythonFast(text);
    if (reference.errors.length > 0) {
      // Only the may-fall-back cases are allowed to be invalid Python for tree-sitter.
      expect(mustAccept).toBe(false);
      expect(fast).toBeUndefined();
      return;
    }
    if (mustAccept) expect(fast).toBeDefined();
    if (fast) expect(compareTrees(reference, fast, text)).toBeUndefined();
  });
});

describe('lint-dags with either parser', () => {
  it('gives byte-identical results on the DAG corpus with the hand-written parser and with tree-sitter only', async () => {
    const { lintDags } = await import('../../src/dags/engine.js');
    const { defaultConfig } = await import('../../src/core/config.js');
    const run = async () => {
      const result = await lintDags({ paths: ['.'], root: corpusDir, config: defaultConfig() });
      return JSON.stringify({ findings: result.findings, dags: result.dags });
    };
    const fast = await run();
    const saved = process.env.AIRFLOW_GITOPS_PARSER;
    process.env.AIRFLOW_GITOPS_PARSER = 'tree-sitter';
    let treeSitterOnly: string;
    try {
      treeSitterOnly = await run();
    } finally {
      if (saved === undefined) delete process.env.AIRFLOW_GITOPS_PARSER;
      else process.env.AIRFLOW_GITOPS_PARSER = saved;
    }
    expect(JSON.parse(fast).findings.length).toBeGreaterThan(500);
    expect(fast === treeSitterOnly).toBe(true);
  });
});
