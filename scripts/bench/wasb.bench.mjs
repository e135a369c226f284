// Benchmark: 1,000 concurrent verify-wasb-logs round trips (create, read, list, append, verify) against
// one in-memory Azurite, each on its own task-log path, then an audit that every log is present and
// byte-identical. Reports p50/p99 round-trip latency, wall time, and lost/corrupted counts (must be 0).
//
// The engine is TypeScript; it is transpiled to a temporary directory (typescript.transpileModule)
// so the benchmark measures the same round-trip code the action runs.
// Environment knobs: BENCH_WASB_ROUND_TRIPS=1000. Standalone: node scripts/bench/wasb.bench.mjs
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { loadAverage, loadCell, loadNote } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function transpileTree(srcDir, outDir) {
  for (const name of readdirSync(srcDir)) {
    const from = path.join(srcDir, name);
    const to = path.join(outDir, name);
    if (statSync(from).isDirectory()) {
      mkdirSync(to, { recursive: true });
      transpileTree(from, to);
    } else if (name.endsWith('.ts')) {
      const { outputText } = ts.transpileModule(readFileSync(from, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
        fileName: from,
      });
      writeFileSync(to.replace(/\.ts$/, '.js'), outputText);
    } else if (name.endsWith('.json')) {
      writeFileSync(to, readFileSync(from));
    }
  }
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function run() {
  const count = Number(process.env.BENCH_WASB_ROUND_TRIPS ?? 1000);
  if (!Number.isInteger(count) || count < 1) throw new Error(`BENCH_WASB_ROUND_TRIPS must be a positive integer, got "${process.env.BENCH_WASB_ROUND_TRIPS}"`);
  const stage = mkdtempSync(path.join(os.tmpdir(), 'wasb-bench-'));
  mkdirSync(path.join(stage, 'src'), { recursive: true });
  transpileTree(path.join(root, 'src'), path.join(stage, 'src'));
  writeFileSync(path.join(stage, 'package.json'), '{"type":"module"}\n');
  symlinkSync(path.join(root, 'node_modules'), path.join(stage, 'node_modules'));
  const load = (rel) => import(pathToFileURL(path.join(stage, 'src', rel)).href);
  const { startAzurite } = await load('wasb/emulator.js');
  const { runRoundTrip, buildTestLog } = await load('wasb/round-trip.js');
  const { computeLogLocation } = await load('wasb/log-path.js');
  const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');

  const emulator = await startAzurite();
  const container = 'airflow-logs';
  try {
    const client = new BlobServiceClient(emulator.blobEndpoint, new StorageSharedKeyCredential(emulator.accountName, emulator.accountKey), {
      retryOptions: { maxTries: 3, retryDelayInMs: 100, maxRetryDelayInMs: 1000, tryTimeoutInMs: 120_000 },
    });
    await client.getContainerClient(container).createIfNotExists();
    const runId = `bench__${Date.now()}`;
    const ts0 = new Date().toISOString().replace('Z', '+00:00');
    const jobs = Array.from({ length: count }, (_, i) => {
      // Mapped task instances of one run: distinct paths, as 1,000 pods finishing together would write.
      const location = computeLogLocation({ remoteBaseLogFolder: 'wasb-logs' }, '3.1.3', { dagId: 'bench_dag', taskId: 'fan_out', runId, mapIndex: i, tryNumber: 1 }, ts0);
      const firstWrite = `${buildTestLog('json-lines', runId, `first upload ${i}`)}`;
      const appended = `${buildTestLog('json-lines', runId, `appended upload ${i}`)}`;
      return { location, firstWrite, appended };
    });
    const loadBefore = loadAverage();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const results = await Promise.all(
      jobs.map((job) =>
        runRoundTrip(client, {
          container,
          blobName: job.location.blobName,
          readPrefix: job.location.readPrefix,
          firstWrite: job.firstWrite,
          appended: job.appended,
          cleanup: false,
          timeoutMs: 120_000,
          failureContext: { accountName: emulator.accountName, accountUrl: emulator.blobEndpoint, method: 'password' },
        }),
      ),
    );
    const wallMs = performance.now() - started;
    // CPU of this process (the client side); Azurite runs in its own child process and is not counted.
    const cpu = process.cpuUsage(cpuBefore);
    const clientCpuSeconds = (cpu.user + cpu.system) / 1e6;
    const load = { loadBefore, loadAfter: loadAverage() };
    load.busy = Math.max(load.loadBefore, load.loadAfter) > os.availableParallelism();

    // Audit: every log present with exactly the bytes written (first upload + "\n" + appended upload).
    let lost = 0;
    let corrupted = 0;
    let failedTrips = 0;
    const containerClient = client.getContainerClient(container);
    const present = new Set();
    for await (const blob of containerClient.listBlobsFlat({ prefix: `wasb-logs/dag_id=bench_dag/run_id=${runId}/` })) present.add(blob.name);
    for (const [i, job] of jobs.entries()) {
      const r = results[i];
      if (r.steps.some((s) => s.status === 'failed') || r.mismatch) failedTrips++;
      if (!present.has(job.location.blobName)) {
        lost++;
        continue;
      }
      const body = await containerClient.getBlobClient(job.location.blobName).downloadToBuffer();
      if (!body.equals(Buffer.from(`${job.firstWrite}\n${job.appended}`, 'utf8'))) corrupted++;
    }
    const latencies = results.map((r) => r.totalMs).sort((a, b) => a - b);
    const step = (name) => results.map((r) => r.steps.find((s) => s.step === name)?.ms ?? NaN).filter(Number.isFinite).sort((a, b) => a - b);
    const fmt = (ms) => `${ms.toFixed(1)} ms`;
    const rows = [
      '| Round trips | Concurrency | Wall time | Client CPU | p50 | p99 | max | Failed | Lost | Corrupted | Load |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
      `| ${count} | ${count} | ${(wallMs / 1000).toFixed(2)} s | ${clientCpuSeconds.toFixed(2)} s | ${fmt(percentile(latencies, 50))} | ${fmt(percentile(latencies, 99))} | ${fmt(latencies.at(-1))} | ${failedTrips} | ${lost} | ${corrupted} | ${loadCell(load)} |`,
      '',
      loadNote([load]),
      '',
      '| Step | p50 | p99 |',
      '|---|---:|---:|',
      ...['create', 'read', 'list', 'append', 'verify'].map((s) => {
        const l = step(s);
        return `| ${s} | ${fmt(percentile(l, 50))} | ${fmt(percentile(l, 99))} |`;
      }),
    ];
    const markdown = [
      `${count} task-log round trips started at once against one in-memory Azurite (127.0.0.1), one \`BlobServiceClient\`, each on its own mapped-task path; afterwards every blob is listed and downloaded and compared byte for byte. A round trip is create → read → list (prefix, delimiter "/") → append (read-modify-write) → verify; latencies include queueing behind the other ${count - 1}. One run (the figure is one moment: compare it only with the load shown). Client CPU = this process (the SDK side), not Azurite's.`,
      '',
      ...rows,
    ].join('\n');
    if (lost || corrupted || failedTrips) throw new Error(`wasb bench: ${lost} lost, ${corrupted} corrupted, ${failedTrips} failed round trips\n${markdown}`);
    return { title: 'verify-wasb-logs: concurrent round trips against Azurite', markdown };
  } finally {
    await emulator.stop();
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { title, markdown } = await run();
  console.log(`## ${title}\n\n${markdown}`);
}
