import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
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
  /** 0 (default) lets the OS choose a free port. */
  port?: number;
  startTimeoutMs?: number;
}

/**
 * Finds azurite's blob server at run time (it is a devDependency, never bundled): from the
 * working directory, then from the running script's directory, each walking up node_modules.
 */
export function findAzuriteBlobMain(): string | undefined {
  const specifier = ['azurite', 'package.json'].join('/');
  const bases = [process.cwd(), process.argv[1] ? path.dirname(path.resolve(process.argv[1])) : undefined].filter(Boolean) as string[];
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

/** Starts Azurite's blob service on 127.0.0.1 with in-memory storage and returns once it listens. */
export async function startAzurite(options: EmulatorOptions = {}): Promise<Emulator> {
  const main = process.env.AZURITE_BLOB_MAIN || findAzuriteBlobMain();
  if (!main || !fs.existsSync(main)) {
    throw new UsageError('The Azurite emulator is not installed; run `npm install --no-save azurite` (or `npm ci` in this repository) and try --emulator again.');
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
