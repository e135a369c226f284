/**
 * The real-cluster tier's plumbing: the engine, binaries and images (scripts/cluster/), the action
 * bundle run the way the runner runs it (INPUT_*, GITHUB_* files, main then post) against a real
 * kind cluster, and per-phase timings written for `npm run bench`.
 */
import { execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { clusterCacheDir, dockerHost } from './engine.mjs';
import { actionBundle, repoRoot } from './bundle.js';
import { parseCommandFile } from '../kube/harness.js';

const execFileAsync = promisify(execFile);

export const KUBE_VERSION = 'v1.34.4';
export const cacheDir = clusterCacheDir();
export const k8sBin = process.env.AIRFLOW_GITOPS_K8S_BIN || path.join(cacheDir, `bin-${KUBE_VERSION}`);
const scripts = path.join(repoRoot, 'scripts/cluster');

/** helm: $AIRFLOW_GITOPS_HELM, else the first helm on PATH, else the newest one the project's tool cache holds. */
export function findHelm(): string {
  if (process.env.AIRFLOW_GITOPS_HELM) return process.env.AIRFLOW_GITOPS_HELM;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    if (fs.existsSync(path.join(dir, 'helm'))) return path.join(dir, 'helm');
  }
  const tools = path.join(os.homedir(), '.cache/airflow-gitops/tools');
  const cached = fs.existsSync(tools) ? fs.readdirSync(tools).filter((d) => /^helm-v/.test(d)).sort().reverse() : [];
  for (const d of cached) if (fs.existsSync(path.join(tools, d, 'helm'))) return path.join(tools, d, 'helm');
  throw new Error('helm is not on PATH and not in ~/.cache/airflow-gitops/tools; set AIRFLOW_GITOPS_HELM');
}

/**
 * Wall-clock seconds per phase of one test file of the tier, as one JSON record per file under the
 * cluster cache (`<cache>/timings/<run id>--<file>.json`). `runId` (AIRFLOW_GITOPS_CLUSTER_RUN, set
 * once per jest run by its globalSetup, or earlier by .ci/run so scripts/cluster/prepare.sh's record
 * shares it) is what `npm run bench` (scripts/bench/cluster.bench.mjs) groups the files of one run by.
 * One record per file rather than one merged record per run: no read-modify-write between workers.
 */
export class Timings {
  readonly phases: Array<{ phase: string; seconds: number }> = [];
  built = false;
  private readonly started = new Date();
  private readonly runId = process.env.AIRFLOW_GITOPS_CLUSTER_RUN ?? this.started.toISOString();
  /** The test file that made this object, relative to the repository (jest knows it; outside jest there is none). */
  private readonly file = typeof expect === 'undefined' ? undefined : (expect.getState().testPath as string | undefined);

  async time<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      this.phases.push({ phase, seconds: Math.round((Date.now() - t0) / 100) / 10 });
    }
  }

  /** cold = this file built something (images or binaries); warm = everything came from the caches. */
  write(): string {
    const dir = path.join(cacheDir, 'timings');
    fs.mkdirSync(dir, { recursive: true });
    const file = this.file ? path.relative(repoRoot, this.file).split(path.sep).join('/') : undefined;
    const name = `${this.runId.replace(/[^\w-]/g, '-')}--${file ? path.basename(file).replace(/\.test\.ts$/, '') : this.started.getTime()}.json`;
    const record = {
      tier: 'cluster',
      runId: this.runId,
      file,
      run: this.built ? 'cold' : 'warm',
      started: this.started.toISOString(),
      totalSeconds: Math.round((Date.now() - this.started.getTime()) / 100) / 10,
      cores: os.availableParallelism(),
      loadAverage: os.loadavg()[0],
      phases: this.phases,
    };
    const target = path.join(dir, name);
    fs.writeFileSync(target, `${JSON.stringify(record, null, 2)}\n`);
    return target;
  }
}

/**
 * The tier's test files may run side by side (jest.cluster.config.js), and the preparation scripts
 * rebuild their build contexts even when the image is cached: every preparation step (and the smoke
 * image build) takes this lock, through flock(1), so no two workers touch one context at once.
 */
const prepareLock = path.join(cacheDir, 'prepare.lock');

/** Runs one scripts/cluster script under the preparation lock; its stderr says whether it built something. */
async function script(timings: Timings, phase: string, file: string, args: string[] = []): Promise<string> {
  return timings.time(phase, async () => {
    fs.mkdirSync(cacheDir, { recursive: true });
    const r = await execFileAsync('flock', [prepareLock, path.join(scripts, file), ...args], { env: { ...process.env, DOCKER_HOST: dockerHost() }, maxBuffer: 64 * 1024 * 1024 }).catch((e: { stderr?: string; message: string }) => {
      throw new Error(`scripts/cluster/${file} ${args.join(' ')} failed: ${(e.stderr ?? e.message).trim().split('\n').slice(-15).join('\n')}`);
    });
    if (/\b(building|built|debootstrap|downloading)\b/.test(r.stderr)) timings.built = true;
    return r.stdout.trim().split('\n').pop() ?? '';
  });
}

export interface ClusterToolchain {
  /** PATH for the bundle: kind, kubectl (the locally built ones), helm, docker, node. */
  path: string;
  nodeImage: string;
  airflowImages: Record<string, string>;
}

/** The engine, the Kubernetes binaries, and every image the tier needs (all cached; a warm run builds nothing). */
export async function prepareCluster(timings: Timings, airflowVersions: string[]): Promise<ClusterToolchain> {
  await script(timings, 'engine', 'dockerd.sh', ['start']);
  await script(timings, 'k8s binaries', 'k8s-binaries.sh', [k8sBin]);
  await script(timings, 'image postgres', 'images/postgres.sh');
  const airflowImages: Record<string, string> = {};
  for (const version of airflowVersions) {
    await script(timings, `image airflow ${version}`, 'images/airflow.sh', [version]);
    airflowImages[version] = `apache/airflow:${version}`;
  }
  const nodeImage = await script(timings, 'image kind node', 'images/kind-node.sh');
  const helm = findHelm();
  const toolPath = [k8sBin, path.dirname(helm), path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter);
  return { path: toolPath, nodeImage, airflowImages };
}

export interface BundleRun {
  bundle: string;
  code: number;
  log: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  dir: string;
  kubeconfig: string;
  env: NodeJS.ProcessEnv;
}

function spawnLogged(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number }): Promise<{ code: number; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const append = (chunk: Buffer) => {
      log += chunk.toString();
      fs.appendFileSync(opts.logFile, chunk);
    };
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    const timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, log });
    });
  });
}

/** Runs an action bundle's main step like the runner (INPUT_* variables, GITHUB_* files); the log goes to <dir>/action.log as it runs. */
export async function runActionBundle(bundle: string, toolchain: ClusterToolchain, inputs: Record<string, string>, opts: { dir?: string; timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<BundleRun> {
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'airflow-gitops-cluster-'));
  const files = { out: path.join(dir, 'github_output'), summary: path.join(dir, 'step_summary'), state: path.join(dir, 'github_state') };
  for (const f of Object.values(files)) if (!fs.existsSync(f)) fs.writeFileSync(f, '');
  const env: NodeJS.ProcessEnv = {
    PATH: toolchain.path,
    HOME: process.env.HOME,
    DOCKER_HOST: dockerHost(),
    RUNNER_TEMP: path.join(dir, 'runner_temp'),
    RUNNER_TOOL_CACHE: path.join(dir, 'tool_cache'),
    GITHUB_WORKSPACE: repoRoot,
    GITHUB_OUTPUT: files.out,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    ...(process.env.AIRFLOW_GITOPS_CHART_REPOSITORY ? { AIRFLOW_GITOPS_CHART_REPOSITORY: process.env.AIRFLOW_GITOPS_CHART_REPOSITORY } : {}),
  };
  // What a runner's earlier steps set, e.g. KUBECONFIG after a set-context step (cluster: existing).
  Object.assign(env, opts.env);
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const logFile = path.join(dir, 'action.log');
  const main = await spawnLogged(process.execPath, [bundle], { cwd: repoRoot, env, logFile, timeoutMs: opts.timeoutMs });
  const state = parseCommandFile(fs.readFileSync(files.state, 'utf8'));
  return { bundle, code: main.code, log: main.log, outputs: parseCommandFile(fs.readFileSync(files.out, 'utf8')), state, dir, env, kubeconfig: path.join(env.RUNNER_TEMP!, 'airflow-gitops-migrate', 'kubeconfig') };
}

/** The post step of a main run, with the state main saved (STATE_*), as the runner runs it. */
export async function runPostStep(run: BundleRun): Promise<{ code: number; log: string }> {
  const env = { ...run.env };
  for (const [k, v] of Object.entries(run.state)) env[`STATE_${k}`] = v;
  return spawnLogged(process.execPath, [run.bundle], { cwd: repoRoot, env, logFile: path.join(run.dir, 'action.log'), timeoutMs: 300_000 });
}

/** The per-phase durations the action prints (`✓ install: ok in 8.1 s`). */
export function actionPhaseSeconds(log: string): Array<{ phase: string; seconds: number }> {
  return [...log.matchAll(/^✓ (.+): ok in (\d+(?:\.\d+)?) s$/gm)].map((m) => ({ phase: m[1], seconds: Number(m[2]) }));
}

/**
 * What the tier's own log shows of one action run, so CI's log itself shows the alembic revision
 * (before → after, the upgrade's too), the components that became Ready and what was found: the
 * phase results, each `kubectl rollout status` the verify phase passed, and the run's closing summary
 * (cluster, release, revision, idempotency, notes, findings). Workflow commands (`::…::`, masks
 * among them) are left out; the whole log stays in the run's directory.
 */
export function runDigest(label: string, run: BundleRun): string {
  const lines = run.log.split('\n');
  const phases = lines.filter((l) => /^[✓✗] /.test(l));
  const ready: string[] = [];
  lines.forEach((line, i) => {
    const resource = /^\$ kubectl rollout status (\S+)/.exec(line)?.[1];
    const result = lines[i + 1]?.trim() ?? '';
    if (resource && /rolled out|roll out complete/.test(result)) ready.push(`${resource}: ${result}`);
  });
  const summary = lines.slice(lines.lastIndexOf('::endgroup::') + 1).filter((l) => l.trim() && !l.startsWith('::'));
  return [
    `${label} (exit ${run.code}; whole log: ${run.dir}/action.log)`,
    ...phases.map((l) => `  ${l}`),
    ...(ready.length ? ['  Ready:', ...ready.map((r) => `    ${r}`)] : []),
    ...summary.map((l) => `  ${l}`),
  ].join('\n');
}

/** A tool from the toolchain's PATH against the cluster; rejects with its stderr when it fails. */
export async function tool(toolchain: ClusterToolchain, cmd: string, args: string[], kubeconfig?: string): Promise<string> {
  const env = { ...process.env, PATH: toolchain.path, DOCKER_HOST: dockerHost(), ...(kubeconfig ? { KUBECONFIG: kubeconfig } : {}) };
  const r = await execFileAsync(cmd, args, { env, maxBuffer: 64 * 1024 * 1024 }).catch((e: { stderr?: string; message: string }) => {
    throw new Error(`${cmd} ${args.join(' ')}: ${(e.stderr ?? e.message).trim()}`);
  });
  return r.stdout;
}

/** kind delete for a cluster a failed test left behind (the post step normally does it). */
export async function deleteCluster(toolchain: ClusterToolchain, name: string): Promise<void> {
  const clusters = (await tool(toolchain, 'kind', ['get', 'clusters']).catch(() => '')).split('\n');
  if (clusters.includes(name)) await tool(toolchain, 'kind', ['delete', 'cluster', '--name', name]);
}

/**
 * The alembic head of the migrations shipped in apache/airflow:<version>, asked of Airflow itself
 * (alembic's ScriptDirectory over Airflow's own config), so no table of ours is the judge.
 */
export async function airflowAlembicHead(toolchain: ClusterToolchain, version: string): Promise<string> {
  const program = [
    'from alembic.script import ScriptDirectory',
    'from airflow.utils.db import _get_alembic_config',
    'print("alembic heads:", " ".join(ScriptDirectory.from_config(_get_alembic_config()).get_heads()))',
  ].join('\n');
  const stdout = await tool(toolchain, 'docker', ['run', '--rm', `apache/airflow:${version}`, 'python', '-c', program]);
  // Airflow logs to stdout as well; the heads are on their own marked line.
  const heads = /^alembic heads: (.+)$/m.exec(stdout)?.[1].trim().split(' ') ?? [];
  if (heads.length !== 1) throw new Error(`apache/airflow:${version} has ${heads.length} alembic heads: ${stdout.slice(-500)}`);
  return heads[0];
}

/**
 * apache/airflow:<version> plus one smoke DAG file in the image's DAG folder (git-sync is off in kind,
 * so the DAG has to be in the image), tagged airflow-gitops/airflow-smoke:<version>. Prints nothing;
 * returns the tag. Rebuilt each time: a layer over a cached image, seconds.
 */
export async function smokeImage(toolchain: ClusterToolchain, version: string, dagFile: string): Promise<string> {
  const tag = `airflow-gitops/airflow-smoke:${version}`;
  const context = fs.mkdtempSync(path.join(os.tmpdir(), 'airflow-smoke-image-'));
  try {
    fs.copyFileSync(dagFile, path.join(context, 'smoke.py'));
    fs.writeFileSync(path.join(context, 'Dockerfile'), `FROM apache/airflow:${version}\nCOPY --chown=50000:0 smoke.py /opt/airflow/dags/smoke.py\n`);
    // Two test files may build the same tag at once: one at a time (the same lock as the preparation).
    await tool(toolchain, 'flock', [prepareLock, 'docker', 'build', '-q', '-t', tag, context]);
  } finally {
    fs.rmSync(context, { recursive: true, force: true });
  }
  return tag;
}

/** A free TCP port on 127.0.0.1 (for azurite-host-port: kind maps it to the in-cluster Azurite). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** What every cluster test file shares, filled in by clusterSuite's beforeAll. */
export interface ClusterSuite {
  readonly timings: Timings;
  toolchain: ClusterToolchain;
  /** The action bundles asked for, by name (dist/<name>/index.js, or a fresh build when dist is stale). */
  bundles: Record<string, string>;
}

/**
 * The setup and teardown every cluster test file repeats: prepare the engine, binaries and images
 * for these Airflow versions and find the action bundles (beforeAll, registered first so a file's own
 * beforeAll runs after it), then delete any of these kind clusters a failed test left behind and
 * write the file's timing record (afterAll).
 */
export function clusterSuite(airflowVersions: string[], clusters: string[], bundleNames: string[] = ['migrate-kind']): ClusterSuite {
  const suite = { timings: new Timings(), toolchain: undefined as unknown as ClusterToolchain, bundles: {} as Record<string, string> };
  beforeAll(async () => {
    suite.toolchain = await prepareCluster(suite.timings, airflowVersions);
    for (const name of bundleNames) suite.bundles[name] = await suite.timings.time(`bundle ${name}`, async () => actionBundle(name, (line) => console.log(line)));
  }, 90 * 60_000);
  afterAll(async () => {
    if (suite.toolchain) for (const name of clusters) await deleteCluster(suite.toolchain, name).catch(() => undefined);
    console.log(`cluster tier timings: ${suite.timings.write()}`);
  }, 5 * 60_000);
  return suite;
}

/** One query (psql -tA: unaligned rows, no header) in the shared database a run's release uses. */
export function sharedDatabaseQuery(toolchain: ClusterToolchain, run: BundleRun, query: string): Promise<string> {
  return tool(toolchain, 'kubectl', ['--kubeconfig', run.kubeconfig, 'exec', '-n', 'warble-system', 'deploy/postgresql', '--', 'psql', '-U', 'postgres', '-d', 'airflow', '-tAc', query]);
}
