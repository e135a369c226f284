import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface GeneratedFile {
  name: string;
  text: string;
  syntaxError: boolean;
}
interface CorpusModule {
  MIN_BYTES: number;
  MAX_BYTES: number;
  fileRng(seed: number, index: number): () => number;
  generateFile(index: number, rng: () => number): GeneratedFile;
  generateCorpus(dir: string, options?: { files?: number; seed?: number }): {
    dir: string;
    files: number;
    bytes: number;
    syntaxErrors: number;
  };
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
let corpus: CorpusModule;
let sample: GeneratedFile[];
let tmp: string;

beforeAll(async () => {
  // The generator is a plain .mjs script (no type declarations), so it is loaded by path.
  corpus = (await import(path.join(repoRoot, 'scripts/bench/dag-corpus.mjs'))) as CorpusModule;
  sample = Array.from({ length: 1000 }, (_, i) => corpus.generateFile(i, corpus.fileRng(1, i)));
  tmp = mkdtempSync(path.join(os.tmpdir(), 'dag-corpus-test-'));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function parsesAsPython(file: string): boolean {
  try {
    execFileSync('python3', ['-c', 'import ast,sys; ast.parse(open(sys.argv[1]).read())', file], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('dag corpus generator', () => {
  it('keeps every file between 2 KB and 10 KB', () => {
    const sizes = sample.map((f) => bytes(f.text));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(corpus.MIN_BYTES);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(corpus.MAX_BYTES);
    // Sizes spread over the range rather than clustering at one end.
    expect(sizes.filter((s) => s < 4096).length).toBeGreaterThan(50);
    expect(sizes.filter((s) => s > 8192).length).toBeGreaterThan(50);
  });

  it('is deterministic per seed and per file index', () => {
    const again = corpus.generateFile(17, corpus.fileRng(1, 17));
    expect(again).toEqual(sample[17]);
    expect(corpus.generateFile(17, corpus.fileRng(2, 17)).text).not.toBe(sample[17].text);

    const first = corpus.generateCorpus(path.join(tmp, 'a'), { files: 25, seed: 3 });
    const second = corpus.generateCorpus(path.join(tmp, 'b'), { files: 25, seed: 3 });
    expect(second.bytes).toBe(first.bytes);
    const list = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.py')).sort();
    const files = list(first.dir);
    expect(files).toHaveLength(25);
    expect(list(second.dir)).toEqual(files);
    for (const f of files) {
      expect(readFileSync(path.join(second.dir, f), 'utf8')).toBe(readFileSync(path.join(first.dir, f), 'utf8'));
    }
    // A file does not depend on how many files the corpus has.
    const only = corpus.generateFile(3, corpus.fileRng(3, 3));
    expect(files.map((f) => readFileSync(path.join(first.dir, f), 'utf8'))).toContain(only.text);
  });

  it('writes valid Python except for the ~1% deliberate syntax errors', () => {
    const broken = sample.filter((f) => f.syntaxError);
    expect(broken.length).toBeGreaterThanOrEqual(2);
    expect(broken.length).toBeLessThanOrEqual(30);

    const valid = sample.filter((f) => !f.syntaxError);
    const picked = Array.from({ length: 20 }, (_, k) => valid[Math.floor((k * valid.length) / 20)]);
    for (const file of picked) {
      const target = path.join(tmp, `valid-${file.name}`);
      writeFileSync(target, file.text);
      expect({ file: file.name, parses: parsesAsPython(target) }).toEqual({ file: file.name, parses: true });
    }
    for (const file of broken.slice(0, 4)) {
      const target = path.join(tmp, `broken-${file.name}`);
      writeFileSync(target, file.text);
      expect({ file: file.name, parses: parsesAsPython(target) }).toEqual({ file: file.name, parses: false });
    }
  });

  it('mixes the styles found in real DAG repositories', () => {
    const share = (pattern: RegExp) => sample.filter((f) => pattern.test(f.text)).length / sample.length;
    expect(share(/^with DAG\(/m)).toBeGreaterThan(0.2);
    expect(share(/^@dag\(/m)).toBeGreaterThan(0.15);
    expect(share(/^\s+@task\b/m)).toBeGreaterThan(0.2);
    expect(share(/KubernetesPodOperator\(/)).toBeGreaterThan(0.1);
    expect(share(/BashOperator\(/)).toBeGreaterThan(0.3);
    expect(share(/PythonOperator\(/)).toBeGreaterThan(0.3);
    expect(share(/TaskGroup\(/)).toBeGreaterThan(0.03);
    expect(share(/\bchain\(/)).toBeGreaterThan(0.05);
    expect(share(/ << /)).toBeGreaterThan(0.02);
    expect(share(/globals\(\)\[dag\.dag_id\]/)).toBeGreaterThan(0.03);
    expect(share(/^from airflow\.sdk import/m)).toBeGreaterThan(0.6);
    // Airflow 2 leftovers, at a realistic minority rate.
    expect(share(/schedule_interval=/)).toBeGreaterThan(0.05);
    expect(share(/days_ago\(/)).toBeGreaterThan(0.03);
    expect(share(/airflow\.operators\.dummy/)).toBeGreaterThan(0.03);
    expect(share(/\{\{ execution_date/)).toBeGreaterThan(0.01);
    expect(share(/^(import pandas|import numpy|from sklearn|from kubernetes)/m)).toBeGreaterThan(0.05);
  });
});
