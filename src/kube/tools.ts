import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tc from '@actions/tool-cache';
import { UsageError } from '../core/finding.js';
import type { Tool } from './command.js';
import type { Logger } from './logger.js';
import { TOOL_PINS, type ToolPin } from './versions.js';

export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function fill(url: string, pin: ToolPin, mirror?: string): string {
  const u = url.replace(/\{version\}/g, pin.version);
  // Tests (and air-gapped runners) point downloads at a mirror that keeps the same path layout.
  return mirror ? `${mirror.replace(/\/$/, '')}/${new URL(u).pathname.replace(/^\//, '')}` : u;
}

/**
 * Installs the pinned version of a tool with @actions/tool-cache, verifying the download against the
 * sha256 pinned in TOOL_PINS (never a checksum fetched from the download host) before it is cached,
 * and returns its path. `pins` is only replaced by tests, whose stand-in binaries have their own digests.
 */
export async function installPinned(
  tool: Exclude<Tool, 'docker'>,
  log: Logger,
  mirror = process.env.AIRFLOW_GITOPS_TOOL_MIRROR,
  pins: Record<Exclude<Tool, 'docker'>, ToolPin> = TOOL_PINS,
): Promise<string> {
  const pin = pins[tool];
  const cached = tc.find(tool, pin.version.replace(/^v/, ''));
  if (cached) return path.join(cached, tool);
  const url = fill(pin.url, pin, mirror);
  log.info(`installing ${tool} ${pin.version} from ${url}`);
  const downloaded = await tc.downloadTool(url);
  const expected = pin.sha256.toLowerCase();
  const actual = sha256File(downloaded);
  if (actual !== expected) {
    fs.rmSync(downloaded, { force: true });
    throw new UsageError(`${tool} ${pin.version} download does not match its pinned sha256 (expected ${expected}, got ${actual}); refusing to run it.`);
  }
  let binary = downloaded;
  if (pin.archivePath) {
    const dir = await tc.extractTar(downloaded);
    binary = path.join(dir, pin.archivePath);
  }
  fs.chmodSync(binary, 0o755);
  const dir = await tc.cacheFile(binary, tool, tool, pin.version.replace(/^v/, ''));
  return path.join(dir, tool);
}

/** The first executable named `tool` on PATH. */
export function which(tool: string, envPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of envPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, tool);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The tools the run needs: from PATH when present, else pinned installs (docker must be on PATH). */
export async function ensureTools(tools: Tool[], log: Logger, install = true): Promise<Partial<Record<Tool, string>>> {
  const paths: Partial<Record<Tool, string>> = {};
  for (const tool of tools) {
    const found = which(tool);
    if (found) {
      paths[tool] = found;
      continue;
    }
    if (tool === 'docker' || !install) throw new UsageError(`${tool} is not on PATH; install it first.`);
    paths[tool] = await installPinned(tool, log);
  }
  return paths;
}
