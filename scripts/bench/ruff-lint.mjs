// Lints every .py file under a directory with ruff's wasm build (AIR + F rules), in-process,
// so the benchmark can time it as a whole node process next to `airflow-gitops lint-dags`.
//
// usage: node scripts/bench/ruff-lint.mjs <dir> [--stable] [--workers N]
// prints JSON: { files, bytes, seconds, diagnostics, byCode, ruffVersion, preview, workers, steadySecondHalf }
//
// Preview is on by default: the AIR3xx migration rules are stable in ruff 0.17.4, but some AIR0xx/AIR2xx
// checks (AIR003 Variable.get outside a task, AIR202 implicit multiple outputs) only run in preview, and
// we compare against the widest Airflow coverage ruff offers. --stable measures stable rules only.
// --workers N splits the files over N worker threads, each with its own wasm instance (default 1, which
// is how the wasm build is normally used).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';

function listPythonFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // The bench stages explicit file lists as symlinks: follow them.
    const kind = entry.isSymbolicLink() ? statSync(full) : entry;
    if (kind.isDirectory()) out.push(...listPythonFiles(full));
    else if (kind.isFile() && entry.name.endsWith('.py')) out.push(full);
  }
  return out.sort();
}

function lintFiles(files, preview) {
  const workspace = new Workspace({ lint: { select: ['AIR', 'F'], preview } }, PositionEncoding.Utf16);
  let bytes = 0;
  let diagnostics = 0;
  const byCode = {};
  const half = Math.floor(files.length / 2);
  let halfAt = 0n;
  let halfBytes = 0;
  for (const [index, file] of files.entries()) {
    if (index === half) [halfAt, halfBytes] = [process.hrtime.bigint(), bytes];
    const contents = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(contents);
    for (const diagnostic of workspace.check(contents)) {
      diagnostics++;
      // Preview mode reports rule names instead of codes; syntax errors carry no code.
      const code = diagnostic.code ?? 'syntax-error';
      byCode[code] = (byCode[code] ?? 0) + 1;
    }
  }
  // V8 first runs the 10 MB wasm module in its baseline tier; the second half shows the optimised speed.
  const secondHalf = Number(process.hrtime.bigint() - halfAt) / 1e9;
  const steady = files.length >= 2 && secondHalf > 0
    ? { filesPerSecond: (files.length - half) / secondHalf, bytesPerSecond: (bytes - halfBytes) / secondHalf }
    : undefined;
  return { bytes, diagnostics, byCode, steady };
}

function runWorker(files, preview) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { files, preview } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`ruff worker exited with ${code}`)));
  });
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { stable: { type: 'boolean', default: false }, workers: { type: 'string', default: '1' } },
  });
  const workers = Number(values.workers);
  if (positionals.length !== 1 || !Number.isInteger(workers) || workers < 1) {
    console.error('usage: node scripts/bench/ruff-lint.mjs <dir> [--stable] [--workers N]');
    process.exit(2);
  }
  const preview = !values.stable;
  const files = listPythonFiles(positionals[0]);
  let parts;
  if (workers === 1) parts = [lintFiles(files, preview)];
  else {
    const chunks = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
    parts = await Promise.all(chunks.map((chunk) => runWorker(chunk, preview)));
  }
  const byCode = {};
  for (const part of parts) {
    for (const [code, n] of Object.entries(part.byCode)) byCode[code] = (byCode[code] ?? 0) + n;
  }
  // performance.now() counts from process start, so this includes node start-up and the wasm compile.
  const seconds = performance.now() / 1000;
  console.log(JSON.stringify({
    files: files.length,
    bytes: parts.reduce((sum, p) => sum + p.bytes, 0),
    seconds,
    diagnostics: parts.reduce((sum, p) => sum + p.diagnostics, 0),
    byCode,
    ruffVersion: Workspace.version(),
    preview,
    workers,
    // Throughput over the second half of the files (one worker only): warm-up excluded.
    steadySecondHalf: workers === 1 ? parts[0].steady : undefined,
  }));
}

if (isMainThread) await main();
else parentPort.postMessage(lintFiles(workerData.files, workerData.preview));
