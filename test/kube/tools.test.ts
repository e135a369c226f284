import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { jest } from '@jest/globals';
import * as tar from 'tar';
import { installPinned, which } from '../../src/kube/tools.js';
import { lineLogger } from '../../src/kube/logger.js';
import { TOOL_PINS, type ToolPin } from '../../src/kube/versions.js';

// A real HTTP server on 127.0.0.1 stands in for github.com / get.helm.sh / dl.k8s.io, with the
// same path layout, so the download → sha256 check → tool cache path is exercised for real. The
// stand-in binaries are not the real releases, so the happy paths pin their digests in a test table;
// the real TOOL_PINS table must refuse them even when the host serves a matching checksum file.
let server: http.Server;
let mirror: string;
const files = new Map<string, Buffer>();
const requested: string[] = [];
const log = lineLogger(() => undefined);
/** TOOL_PINS with the stand-ins' digests (filled in beforeAll). */
const testPins = structuredClone(TOOL_PINS) as Record<'kind' | 'helm' | 'kubectl', ToolPin>;

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const urlPath = (u: string) => new URL(u.replace(/\{version\}/g, 'VERSION')).pathname;

let quiet: { mockRestore(): void };
beforeAll(async () => {
  // @actions/core prints ::debug:: lines for every download; keep the test output readable.
  quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tools-'));
  process.env.RUNNER_TEMP = path.join(tmp, 'temp');
  process.env.RUNNER_TOOL_CACHE = path.join(tmp, 'cache');
  server = http.createServer((req, res) => {
    requested.push(req.url!);
    const body = files.get(req.url!);
    res.writeHead(body ? 200 : 404).end(body ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const kind = Buffer.from('#!/bin/sh\necho kind v0.29.0\n');
  files.set(urlPath(TOOL_PINS.kind.url).replace('VERSION', TOOL_PINS.kind.version), kind);
  testPins.kind.sha256 = sha(kind);
  // What a compromised host would serve next to its binary: a checksum file that matches it.
  files.set(urlPath(`${TOOL_PINS.kind.url}.sha256sum`).replace('VERSION', TOOL_PINS.kind.version), Buffer.from(`${sha(kind)}  kind-linux-amd64\n`));

  const helmDir = path.join(tmp, 'helm-src');
  fs.mkdirSync(path.join(helmDir, 'linux-amd64'), { recursive: true });
  fs.writeFileSync(path.join(helmDir, 'linux-amd64/helm'), '#!/bin/sh\necho v3.18.4\n');
  const tgz = path.join(tmp, 'helm.tgz');
  await tar.create({ gzip: true, file: tgz, cwd: helmDir }, ['linux-amd64']);
  const helm = fs.readFileSync(tgz);
  files.set(urlPath(TOOL_PINS.helm.url).replace('VERSION', TOOL_PINS.helm.version), helm);
  testPins.helm.sha256 = sha(helm);

  const kubectl = Buffer.from('#!/bin/sh\necho kubectl\n');
  files.set(urlPath(TOOL_PINS.kubectl.url).replace('VERSION', TOOL_PINS.kubectl.version), kubectl);
  testPins.kubectl.sha256 = '0'.repeat(64); // deliberately wrong
});

afterAll(async () => {
  quiet.mockRestore();
  await new Promise((r) => server.close(r));
});

describe('pinned tool installs (@actions/tool-cache + sha256)', () => {
  it('the real pin table refuses a tampered kind even when its host serves a matching checksum file', async () => {
    const before = requested.length;
    await expect(installPinned('kind', log, mirror)).rejects.toThrow(new RegExp(`kind v0\\.29\\.0 download does not match its pinned sha256 \\(expected ${TOOL_PINS.kind.sha256}`));
    // Only the binary was fetched: no checksum from the same host is consulted.
    expect(requested.slice(before)).toEqual([urlPath(TOOL_PINS.kind.url).replace('VERSION', TOOL_PINS.kind.version)]);
    expect(fs.existsSync(path.join(process.env.RUNNER_TOOL_CACHE!, 'kind'))).toBe(false);
  });

  it('pins a 64-hex sha256 for every tool', () => {
    for (const pin of Object.values(TOOL_PINS)) expect(pin.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('downloads kind, verifies its pinned sha256 and caches it executable', async () => {
    const bin = await installPinned('kind', log, mirror, testPins);
    expect(fs.readFileSync(bin, 'utf8')).toContain('kind v0.29.0');
    expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
    expect(bin).toContain(path.join(process.env.RUNNER_TOOL_CACHE!, 'kind', '0.29.0'));
    // Second call comes from the cache: no new download.
    const before = requested.length;
    expect(await installPinned('kind', log, mirror, testPins)).toBe(bin);
    expect(requested.length).toBe(before);
  });

  it('extracts helm from its tarball after the checksum matches', async () => {
    const bin = await installPinned('helm', log, mirror, testPins);
    expect(path.basename(bin)).toBe('helm');
    expect(fs.readFileSync(bin, 'utf8')).toContain('v3.18.4');
  });

  it('refuses a download whose sha256 does not match, and caches nothing', async () => {
    await expect(installPinned('kubectl', log, mirror, testPins)).rejects.toThrow(/kubectl v1\.33\.1 download does not match its pinned sha256/);
    expect(fs.existsSync(path.join(process.env.RUNNER_TOOL_CACHE!, 'kubectl'))).toBe(false);
  });

  it('prefers a tool already on PATH', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'path-'));
    fs.writeFileSync(path.join(dir, 'helm'), '#!/bin/sh\n', { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'kind'), 'not executable', { mode: 0o644 });
    expect(which('helm', dir)).toBe(path.join(dir, 'helm'));
    expect(which('kind', dir)).toBeUndefined();
  });
});
