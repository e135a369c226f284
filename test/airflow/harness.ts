/**
 * The real-Airflow test tier: cached venvs built from committed lock files, a throwaway
 * PostgreSQL from Debian's packages, and helpers to run `airflow` and Airflow's DagBag.
 *
 * Self-contained on purpose (node: imports only) so scripts/airflow-venvs.mjs can load it too.
 * Everything is exec'd with argv arrays and a timeout; nothing goes through a shell.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export type AirflowTrack = '3.1' | 'latest' | '2.9';
export const AIRFLOW_TRACKS: readonly AirflowTrack[] = ['3.1', 'latest', '2.9'];

/** Set by CI: a missing Python or PyPI fails this tier instead of skipping it. */
export const REQUIRE_ENV = 'AIRFLOW_GITOPS_REQUIRE_AIRFLOW';
/** Where venvs are cached; default ~/.cache/airflow-gitops/venvs. */
export const CACHE_ENV = 'AIRFLOW_GITOPS_VENV_CACHE';
/** Interpreter to build venvs with; default python3.<locked minor> if present, else python3. */
export const PYTHON_ENV = 'AIRFLOW_GITOPS_PYTHON';

export const HARNESS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HARNESS_DIR, '..', '..');
export const LOCKS_DIR = path.join(HARNESS_DIR, 'locks');
export const DAGBAG_SCRIPT = path.join(HARNESS_DIR, 'dagbag.py');

const MARKER = '.airflow-gitops-complete.json';
const MINUTE = 60_000;

// ---------------------------------------------------------------------------------------------
// Processes

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
  uid?: number;
  gid?: number;
}

/** execFile that never rejects on a non-zero exit: callers inspect code/stdout/stderr. */
export function run(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        env: options.env ?? process.env,
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 2 * MINUTE,
        killSignal: 'SIGKILL',
        maxBuffer: 256 * 1024 * 1024,
        uid: options.uid,
        gid: options.gid,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const failure = error as (NodeJS.ErrnoException & { code?: unknown; killed?: boolean; signal?: NodeJS.Signals }) | null;
        const spawnError = failure && typeof failure.code === 'string' ? `${failure.code}: ${failure.message}\n` : '';
        resolve({
          code: failure ? (typeof failure.code === 'number' ? failure.code : null) : 0,
          signal: failure?.signal ?? null,
          stdout: String(stdout ?? ''),
          stderr: spawnError + String(stderr ?? ''),
          timedOut: Boolean(failure?.killed) && failure?.signal === 'SIGKILL',
          durationMs: performance.now() - started,
        });
      },
    );
  });
}

/** run() that throws with the command's tail output when it does not exit 0. */
export async function runOk(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const result = await run(file, args, options);
  if (result.code !== 0) {
    const why = result.timedOut ? `timed out after ${options.timeoutMs ?? 2 * MINUTE} ms` : `exited ${result.code ?? result.signal}`;
    throw new Error(`${path.basename(file)} ${args.join(' ')} ${why}\n${tail(result.stderr || result.stdout)}`);
  }
  return result;
}

function tail(text: string, lines = 25): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Lock files and Python

export interface LockInfo {
  track: AirflowTrack;
  file: string;
  sha256: string;
  airflowVersion: string;
  /** "3.11" from the lock's header: wheels and hashes were picked for that interpreter. */
  pythonMinor: string;
}

export function lockInfo(track: AirflowTrack): LockInfo {
  const file = path.join(LOCKS_DIR, `${track}.txt`);
  const text = fs.readFileSync(file, 'utf8');
  const airflowVersion = /^apache-airflow==(\S+)/m.exec(text)?.[1];
  const pythonMinor = /^# Python (\d+\.\d+)/m.exec(text)?.[1];
  if (!airflowVersion || !pythonMinor) throw new Error(`${file} has no apache-airflow pin or Python header`);
  return { track, file, sha256: createHash('sha256').update(text).digest('hex'), airflowVersion, pythonMinor };
}

export function venvCacheRoot(): string {
  return process.env[CACHE_ENV] || path.join(os.homedir(), '.cache', 'airflow-gitops', 'venvs');
}

export function venvDir(track: AirflowTrack): string {
  return path.join(venvCacheRoot(), `${track}-${lockInfo(track).sha256.slice(0, 16)}`);
}

function pythonMinorOf(python: string): string | undefined {
  try {
    return execFileSync(python, ['-c', 'import sys, venv; print("%d.%d" % sys.version_info[:2])'], {
      encoding: 'utf8',
      timeout: MINUTE,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** The interpreter to build venvs with, or why there is none that fits the locks. */
export function findPython(wantedMinor: string): { python?: string; problem?: string } {
  const explicit = process.env[PYTHON_ENV];
  const candidates = explicit ? [explicit] : [`python${wantedMinor}`, 'python3'];
  const seen: string[] = [];
  for (const candidate of candidates) {
    const minor = pythonMinorOf(candidate);
    if (minor === wantedMinor) return { python: candidate };
    seen.push(minor ? `${candidate} is ${minor}` : `${candidate} not found or lacks venv`);
  }
  return { problem: `the lock files need Python ${wantedMinor} with the venv module (${seen.join('; ')})` };
}

export function isVenvBuilt(dir: string): boolean {
  return fs.existsSync(path.join(dir, MARKER)) && fs.existsSync(path.join(dir, 'bin', 'python'));
}

function pypiReachable(python: string): string | undefined {
  // pip's own index setting wins; a HEAD on the simple page of pip is the cheapest real request.
  const probe = [
    'import os, sys, urllib.request',
    'index = os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple/").rstrip("/")',
    'urllib.request.urlopen(urllib.request.Request(index + "/pip/", method="HEAD"), timeout=10)',
  ].join('\n');
  try {
    execFileSync(python, ['-c', probe], { timeout: 20_000, stdio: ['ignore', 'ignore', 'pipe'] });
    return undefined;
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim().split('\n').pop();
    return `PyPI is not reachable (${stderr || (error as Error).message})`;
  }
}

export interface AirflowTierStatus {
  ok: boolean;
  required: boolean;
  reason?: string;
}

let tierStatus: AirflowTierStatus | undefined;

/**
 * Can this machine run the real-Airflow tier? Synchronous so it can guard a describe block.
 * Needs a Python matching the locks, and PyPI unless every venv is already cached.
 */
export function requirePython(): AirflowTierStatus {
  if (tierStatus) return tierStatus;
  const required = process.env[REQUIRE_ENV] === '1';
  const locks = AIRFLOW_TRACKS.map(lockInfo);
  const { python, problem } = findPython(locks[0].pythonMinor);
  let reason = problem;
  if (python && !locks.every((lock) => isVenvBuilt(venvDir(lock.track)))) reason = pypiReachable(python);
  tierStatus = { ok: !reason, required, reason };
  return tierStatus;
}

/**
 * Can this machine run a PostgreSQL for the tier? Debian's server binaries, or root with apt-get to
 * install them (postgresBinDir() does); otherwise one line saying what is missing.
 */
export function postgresProblem(): string | undefined {
  if (findPostgresBinDir()) return undefined;
  if (process.getuid?.() === 0 && ['/usr/bin/apt-get', '/bin/apt-get'].some((f) => fs.existsSync(f))) return undefined;
  return 'PostgreSQL server binaries are not in /usr/lib/postgresql/*/bin and cannot be installed here (not root or no apt-get): install Debian\'s postgresql package';
}

/**
 * describe() for the Airflow tier. Without Python/PyPI (or PostgreSQL, for a block that needs it)
 * it registers a single test that fails when AIRFLOW_GITOPS_REQUIRE_AIRFLOW=1 and otherwise passes,
 * after printing one line saying why.
 */
export function describeAirflow(title: string, body: () => void, needs: { postgres?: boolean } = {}): void {
  const python = requirePython();
  const reason = python.reason ?? (needs.postgres ? postgresProblem() : undefined);
  const status: AirflowTierStatus = { ok: !reason, required: python.required, reason };
  if (status.ok) {
    describe(title, body);
    return;
  }
  if (!status.required) {
    process.stderr.write(`[airflow tier] skipped "${title}": ${status.reason} (set ${REQUIRE_ENV}=1 to make this a failure)\n`);
  }
  describe(title, () => {
    it(`needs Python, PyPI or cached venvs${needs.postgres ? ' and PostgreSQL' : ''} for the real-Airflow tier: ${status.reason}`, () => {
      if (status.required) throw new Error(`${REQUIRE_ENV}=1 but ${status.reason}`);
      expect(status.required).toBe(false);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Venvs

export interface AirflowVenv {
  track: AirflowTrack;
  dir: string;
  python: string;
  airflowBin: string;
  /** What `airflow version` printed when the venv was built. */
  version: string;
  lock: LockInfo;
  /** True when this call built the venv, false when it reused the cache. */
  created: boolean;
  durationMs: number;
}

interface Marker {
  version: string;
  lockSha256: string;
  createdAt: string;
}

const building = new Map<AirflowTrack, Promise<AirflowVenv>>();

/**
 * A venv with exactly the locked distributions, cached under venvCacheRoot() by lock hash.
 * The marker is written last, so an interrupted install is rebuilt from scratch next time.
 */
export function ensureVenv(track: AirflowTrack): Promise<AirflowVenv> {
  let pending = building.get(track);
  if (!pending) {
    pending = buildOrReuse(track).finally(() => building.delete(track));
    building.set(track, pending);
  }
  return pending;
}

async function buildOrReuse(track: AirflowTrack): Promise<AirflowVenv> {
  const started = performance.now();
  const lock = lockInfo(track);
  const dir = venvDir(track);
  const result = (marker: Marker, created: boolean): AirflowVenv => ({
    track,
    dir,
    python: path.join(dir, 'bin', 'python'),
    airflowBin: path.join(dir, 'bin', 'airflow'),
    version: marker.version,
    lock,
    created,
    durationMs: performance.now() - started,
  });

  const cached = readMarker(dir);
  if (cached) return result(cached, false);

  await fsp.mkdir(path.dirname(dir), { recursive: true });
  const release = await acquireDirLock(`${dir}.lock`, 20 * MINUTE);
  try {
    const raced = readMarker(dir); // another process finished it while we waited
    if (raced) return result(raced, false);
    const { python, problem } = findPython(lock.pythonMinor);
    if (!python) throw new Error(`cannot build the ${track} venv: ${problem}`);

    await fsp.rm(dir, { recursive: true, force: true });
    await runOk(python, ['-m', 'venv', dir], { timeoutMs: 2 * MINUTE });
    const venvPython = path.join(dir, 'bin', 'python');
    // --no-deps + hashes: install exactly the lock, no resolver.
    await runOk(
      venvPython,
      ['-m', 'pip', 'install', '--no-deps', '--require-hashes', '--no-compile', '--disable-pip-version-check', '--no-input', '-r', lock.file],
      { timeoutMs: 15 * MINUTE, env: { ...process.env, PIP_NO_WARN_SCRIPT_LOCATION: '1' } },
    );
    // Bytecode now, on all cores (3x faster than pip's serial compile): with PYTHONDONTWRITEBYTECODE
    // set, as on our machines, every airflow command would otherwise recompile Airflow at start-up.
    // A file that does not compile (vendored py2 test data) only costs speed, so the exit code is ignored.
    await run(venvPython, ['-m', 'compileall', '-q', '-j', '0', path.join(dir, 'lib')], { timeoutMs: 10 * MINUTE });
    const version = await airflowVersion(dir);
    if (version !== lock.airflowVersion) {
      throw new Error(`the ${track} venv reports Airflow ${version} but ${lock.file} pins ${lock.airflowVersion}`);
    }
    const marker: Marker = { version, lockSha256: lock.sha256, createdAt: new Date().toISOString() };
    await fsp.writeFile(path.join(dir, MARKER), JSON.stringify(marker, null, 2) + '\n');
    return result(marker, true);
  } finally {
    await release();
  }
}

function readMarker(dir: string): Marker | undefined {
  if (!isVenvBuilt(dir)) return undefined;
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

/** `airflow version` in a scratch AIRFLOW_HOME, so nothing is written to ~/airflow. */
export async function airflowVersion(venvDirectory: string): Promise<string> {
  const home = await fsp.mkdtemp(path.join(os.tmpdir(), 'airflow-version-'));
  try {
    const { stdout } = await runOk(path.join(venvDirectory, 'bin', 'airflow'), ['version'], {
      env: airflowEnv(home, `sqlite:///${path.join(home, 'airflow.db')}`),
      timeoutMs: 10 * MINUTE,
    });
    const version = stdout.trim().split('\n').reverse().find((line) => /^\d+\.\d+\.\d+\S*$/.test(line.trim()));
    if (!version) throw new Error(`airflow version printed no version:\n${tail(stdout)}`);
    return version.trim();
  } finally {
    await fsp.rm(home, { recursive: true, force: true });
  }
}

/** mkdir is atomic: the one who creates the directory holds the lock. Stale locks (dead pid) are broken. */
async function acquireDirLock(lockDir: string, timeoutMs: number): Promise<() => Promise<void>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fsp.mkdir(lockDir);
      await fsp.writeFile(path.join(lockDir, 'pid'), String(process.pid));
      return () => fsp.rm(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(await fsp.readFile(path.join(lockDir, 'pid'), 'utf8').catch(() => ''));
    if (owner && !processAlive(owner)) {
      await fsp.rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockDir} (held by pid ${owner || '?'})`);
    await sleep(500);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Airflow environment and commands

/**
 * The environment for an airflow command: our own AIRFLOW_HOME and metadata DB, no examples,
 * no unit-test mode, and none of the caller's AIRFLOW_* settings leaking in.
 */
export function airflowEnv(home: string, sqlAlchemyConn: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('AIRFLOW_') && !key.startsWith('AIRFLOW__')) env[key] = value;
  }
  Object.assign(env, {
    AIRFLOW_HOME: home,
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: sqlAlchemyConn,
    AIRFLOW__CORE__LOAD_EXAMPLES: 'False',
    AIRFLOW__CORE__UNIT_TEST_MODE: 'False',
    AIRFLOW__CORE__DAGS_FOLDER: path.join(home, 'dags'),
    AIRFLOW__DATABASE__LOAD_DEFAULT_CONNECTIONS: 'False',
    AIRFLOW__LOGGING__COLORED_CONSOLE_LOG: 'False',
    NO_COLOR: '1',
    PYTHONUNBUFFERED: '1',
  });
  // Airflow 2 refuses LocalExecutor on SQLite; on SQLite keep each version's default executor.
  if (!sqlAlchemyConn.startsWith('sqlite')) env.AIRFLOW__CORE__EXECUTOR = 'LocalExecutor';
  Object.assign(env, extra);
  return env;
}

/** A fresh AIRFLOW_HOME under the OS temp dir; remove() deletes it. */
export async function tempAirflowHome(prefix = 'airflow-home-'): Promise<{ home: string; remove: () => Promise<void> }> {
  const home = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
  await fsp.mkdir(path.join(home, 'dags'));
  return { home, remove: () => fsp.rm(home, { recursive: true, force: true }) };
}

/** Run `airflow <args>` from a venv (does not throw on failure: check result.code). */
export function runAirflow(venv: AirflowVenv, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs = 5 * MINUTE): Promise<RunResult> {
  return run(venv.airflowBin, args, { env, timeoutMs });
}

// ---------------------------------------------------------------------------------------------
// DagBag

export interface DagBagDag {
  dag_id: string;
  fileloc: string | null;
  task_ids: string[];
  /** [upstream, downstream] from each task's downstream_task_ids. */
  edges: [string, string][];
  schedule: string | null | { timedelta_seconds: number } | { repr: string; type: string };
  timetable: { type: string; summary: string | null } | null;
  tags: string[];
}

export interface DagBagFile {
  file: string;
  path: string;
  import_errors: string[];
  warnings: string[];
  dags: DagBagDag[];
  /** Set when DagBag itself failed (or the file is missing), as opposed to the DAG file. */
  dagbag_error?: string;
}

export interface DagBagReport {
  airflow_version: string;
  dagbag_class: string;
  files: DagBagFile[];
}

/** Import each file with the venv's real DagBag (one DagBag per file) and return what it saw. */
export async function runDagBag(venv: AirflowVenv, files: readonly string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<DagBagReport> {
  const scratch = options.env ? undefined : await tempAirflowHome('airflow-dagbag-');
  try {
    const env = options.env ?? airflowEnv(scratch!.home, `sqlite:///${path.join(scratch!.home, 'airflow.db')}`);
    const result = await runOk(venv.python, [DAGBAG_SCRIPT, ...files], { env, timeoutMs: options.timeoutMs ?? 5 * MINUTE });
    return JSON.parse(result.stdout) as DagBagReport;
  } finally {
    await scratch?.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

export interface Postgres {
  /** SQLAlchemy URL for Airflow: postgresql+psycopg2://airflow:…@127.0.0.1:<port>/airflow */
  url: string;
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  binDir: string;
  /** Run SQL as the superuser (over the private unix socket); returns psql's unaligned output. */
  psql(sql: string, database?: string): Promise<string>;
  /** A new empty database owned by the airflow role; returns its SQLAlchemy URL. */
  createDatabase(name: string): Promise<string>;
  /** SQLAlchemy URL of another database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** Debian's server binaries: /usr/lib/postgresql/<newest>/bin, installing the package if missing. */
export async function postgresBinDir(): Promise<string> {
  const found = findPostgresBinDir();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error('PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin and not root: run `apt-get install -y postgresql`');
  }
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = ['install', '-y', '--no-install-recommends', 'postgresql'];
  const first = await run('apt-get', install, { env: aptEnv, timeoutMs: 10 * MINUTE });
  if (first.code !== 0) {
    await runOk('apt-get', ['update'], { env: aptEnv, timeoutMs: 10 * MINUTE });
    await runOk('apt-get', install, { env: aptEnv, timeoutMs: 10 * MINUTE });
  }
  const installed = findPostgresBinDir();
  if (!installed) throw new Error('apt-get installed postgresql but /usr/lib/postgresql/*/bin/postgres is still missing');
  return installed;
}

function findPostgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres')) && fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

/** PostgreSQL refuses to run as root; as root we run it as Debian's `postgres` system user. */
function serverIdentity(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('running as root but there is no `postgres` user to run the server as (install Debian\'s postgresql package)');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * initdb in a temp dir, start on a free 127.0.0.1 port, create role+database `airflow`.
 * stop() shuts the server down and removes the data directory; so does process exit.
 */
export async function startPostgres(): Promise<Postgres> {
  const binDir = await postgresBinDir();
  const identity = serverIdentity();
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'airflow-gitops-pg-'));
  const dataDir = path.join(root, 'data');
  let server: ChildProcess | undefined;
  let stopped = false;
  const onExit = () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    fs.rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  try {
    if (identity.uid !== undefined) await fsp.chown(root, identity.uid, identity.gid!);
    await runOk(
      path.join(binDir, 'initdb'),
      ['-D', dataDir, '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--auth-local=trust', '--auth-host=scram-sha-256', '--no-sync', '--no-instructions'],
      { ...identity, timeoutMs: 10 * MINUTE },
    );

    let port = 0;
    let log = '';
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      log = '';
      // Durability off: the database lives for one test run.
      server = spawn(
        path.join(binDir, 'postgres'),
        ['-D', dataDir, '-p', String(port), '-k', root, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
        { ...identity, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      server.stdout!.on('data', (chunk) => (log = (log + chunk).slice(-20_000)));
      server.stderr!.on('data', (chunk) => (log = (log + chunk).slice(-20_000)));
      if (await waitReady(binDir, root, port, server)) break;
      if (server.exitCode === null) server.kill('SIGKILL');
      if (attempt === 3) throw new Error(`PostgreSQL did not start on 127.0.0.1:${port}:\n${tail(log)}`);
    }

    const password = randomBytes(18).toString('hex');
    const superuser = (sql: string, database = 'postgres') =>
      runOk(path.join(binDir, 'psql'), ['-h', root, '-p', String(port), '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-X', '-A', '-t', '-q', '-c', sql], {
        timeoutMs: 10 * MINUTE,
      }).then((r) => r.stdout.trim());
    const urlFor = (database: string) => `postgresql+psycopg2://airflow:${password}@127.0.0.1:${port}/${database}`;
    const createDatabase = async (name: string) => {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${JSON.stringify(name)}`);
      await superuser(`CREATE DATABASE ${name} OWNER airflow`);
      await superuser('GRANT ALL ON SCHEMA public TO airflow', name);
      return urlFor(name);
    };
    await superuser(`CREATE ROLE airflow LOGIN PASSWORD '${password}'`);
    await createDatabase('airflow');

    const running = server;
    return {
      url: urlFor('airflow'),
      host: '127.0.0.1',
      port,
      user: 'airflow',
      password,
      database: 'airflow',
      binDir,
      psql: superuser,
      createDatabase,
      urlFor,
      async stop() {
        if (stopped) return;
        stopped = true;
        await stopServer(running);
        await fsp.rm(root, { recursive: true, force: true });
        process.removeListener('exit', onExit);
      },
    };
  } catch (error) {
    onExit();
    process.removeListener('exit', onExit);
    throw error;
  }
}

async function waitReady(binDir: string, socketDir: string, port: number, server: ChildProcess): Promise<boolean> {
  // Generous: a busy machine delays the start, and a server that exits is noticed at once anyway.
  const deadline = Date.now() + 3 * MINUTE;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) return false;
    const probe = await run(path.join(binDir, 'pg_isready'), ['-h', socketDir, '-p', String(port), '-U', 'postgres', '-t', '5'], { timeoutMs: MINUTE });
    if (probe.code === 0) return true;
    await sleep(100);
  }
  return false;
}

/** SIGINT is PostgreSQL's "fast shutdown"; SIGKILL if it has not gone in 15 s. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGINT');
  const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

let shared: Promise<Postgres> | undefined;

/** One PostgreSQL per test module (per Jest worker module registry); stop it with stopSharedPostgres(). */
export function sharedPostgres(): Promise<Postgres> {
  shared ??= startPostgres();
  return shared;
}

export async function stopSharedPostgres(): Promise<void> {
  const current = shared;
  shared = undefined;
  const postgres = await current?.catch(() => undefined); // a failed start has nothing to stop
  await postgres?.stop();
}
