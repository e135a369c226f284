import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { userCacheDir } from '../core/cache-dir.js';
import { UsageError } from '../core/finding.js';

/** Azurite's documented development account (public, not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Emulator {
  port: number;
  /** Path-style account URL: http://127.0.0.1:<port>/devstoreaccount1 */
  blobEndpoint: string;
  accountName: string;
  accountKey: string;
  connectionString: string;
  /** Stops Azurite and waits for the process to exit. Safe to call twice. */
  stop(): Promise<void>;
}

export interface EmulatorOptions {
  /** Progress lines (the first-use install of Azurite). */
  log?: (line: string) => void;
  /** 0 (default) lets the OS choose a free port. */
  port?: number;
  startTimeoutMs?: number;
}

/**
 * The Azurite version installed on first use of --emulator (keep equal to package.json's
 * devDependency; a test checks). Azurite brings ~370 packages, so it is not a dependency of the
 * published CLI: `npx airflow-gitops lint-dags` should not download a storage server.
 */
export const AZURITE_VERSION = '3.35.0';

/** Where --emulator installs Azurite when no node_modules has it. */
export function azuriteInstallDir(): string {
  return path.join(userCacheDir(), `azurite-${AZURITE_VERSION}`);
}

/**
 * Finds azurite's blob server at run time (never bundled): from the working directory, then from
 * the running script's directory, each walking up node_modules, then in the first-use install.
 */
export function findAzuriteBlobMain(bases: string[] = defaultSearchBases()): string | undefined {
  const specifier = ['azurite', 'package.json'].join('/');
  for (const base of bases) {
    try {
      const pkg = createRequire(path.join(base, 'noop.js')).resolve(specifier);
      return path.join(path.dirname(pkg), 'dist', 'src', 'blob', 'main.js');
    } catch {
      /* try the next base */
    }
  }
  return undefined;
}

function defaultSearchBases(): string[] {
  return [process.cwd(), process.argv[1] ? path.dirname(path.resolve(process.argv[1])) : undefined, azuriteInstallDir()].filter(Boolean) as string[];
}

/** npm's argv for the first-use install (no scripts: Azurite needs none; pinned version). */
export function azuriteInstallArgs(dir: string): string[] {
  return ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', `azurite@${AZURITE_VERSION}`];
}

/**
 * npm's own script, run with this node: no shell and no npm.cmd on Windows. Under npx/npm it is
 * npm_execpath; otherwise the npm that ships beside node (Windows and Unix layouts).
 */
function npmCliScript(): string | undefined {
  const nodeDir = path.dirname(process.execPath);
  const candidates = [
    process.env.npm_execpath?.endsWith('.js') ? process.env.npm_execpath : undefined,
    path.join(nodeDir, 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  return candidates.find((c) => c && /npm-cli\.js$/.test(c) && fs.existsSync(c));
}

const AZURITE_INSTALL_TIMEOUT_MS = 5 * 60_000;

/** Installs Azurite into the user cache with npm (which came with Node), saying so first. */
function installAzurite(log: (line: string) => void): string | undefined {
  const dir = azuriteInstallDir();
  log(`Azurite is not installed; installing azurite@${AZURITE_VERSION} into ${dir} (first use of --emulator only)…`);
  fs.mkdirSync(dir, { recursive: true });
  const npmCli = npmCliScript();
  const [command, args] = npmCli ? [process.execPath, [npmCli, ...azuriteInstallArgs(dir)]] : ['npm', azuriteInstallArgs(dir)];
  // npm retries an unreachable registry for minutes; a bounded install fails with a clear line instead.
  const r = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: AZURITE_INSTALL_TIMEOUT_MS, killSignal: 'SIGKILL' });
  if (r.status !== 0) {
    const timedOut = r.signal === 'SIGKILL' || (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    const why = timedOut
      ? `npm did not finish within ${AZURITE_INSTALL_TIMEOUT_MS / 60_000} minutes; is the npm registry reachable?`
      : r.error
        ? r.error.message
        : (r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' ');
    throw new UsageError(`Installing Azurite failed (${why}); install it yourself with \`npm install --prefix ${dir} azurite@${AZURITE_VERSION}\` and try --emulator again.`);
  }
  return findAzuriteBlobMain([dir]);
}

/** Starts Azurite's blob service on 127.0.0.1 with in-memory storage and returns once it listens. */
export async function startAzurite(options: EmulatorOptions = {}): Promise<Emulator> {
  const main = process.env.AZURITE_BLOB_MAIN || findAzuriteBlobMain() || installAzurite(options.log ?? ((line) => process.stderr.write(line + '\n')));
  if (!main || !fs.existsSync(main)) {
    throw new UsageError(`The Azurite emulator is not installed at ${main ?? azuriteInstallDir()}; run \`npm install --prefix ${azuriteInstallDir()} azurite@${AZURITE_VERSION}\` and try --emulator again.`);
  }
  const args = [
    main,
    '--blobHost', '127.0.0.1',
    '--blobPort', String(options.port ?? 0),
    '--inMemoryPersistence',
    '--skipApiVersionCheck',
    '--disableTelemetry',
    '--silent',
  ];
  // A custom account list in the environment would replace the well-known development account.
  const env = { ...process.env };
  delete env.AZURITE_ACCOUNTS;
  const child = spawn(process.execPath, args, { cwd: os.tmpdir(), stdio: ['ignore', 'pipe', 'pipe'], env });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Azurite did not start within ${(options.startTimeoutMs ?? 30000) / 1000} s: ${output.trim().slice(-300)}`));
    }, options.startTimeoutMs ?? 30000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /listens on https?:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with code ${code} before listening: ${output.trim().slice(-300)}`));
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
  // Drain output so a chatty emulator never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();

  const blobEndpoint = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`;
  return {
    port,
    blobEndpoint,
    accountName: AZURITE_ACCOUNT,
    accountKey: AZURITE_KEY,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=${blobEndpoint};`,
    stop: () => stopChild(child, exited, killOnExit),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<void>, killOnExit: () => void): Promise<void> {
  process.removeListener('exit', killOnExit);
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
