import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { jest } from '@jest/globals';
import * as tar from 'tar';
import { installPinned, parseChecksumFile, which } from '../../src/kube/tools.js';
import { lineLogger } from '../../src/kube/logger.js';
import { TOOL_PINS } from '../../src/kube/versions.js';

// A real HTTP server on 127.0.0.1 stands in for github.com / get.helm.sh / dl.k8s.io, with the
// same path layout, so the download → sha256 check → tool cache path is exercised for real.
let server: http.Server;
let mirror: string;
const files = new Map<string, Buffer>();
const requested: string[] = [];
const log = lineLogger(() => undefined);

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
  files.set(urlPath(TOOL_PINS.kind.sha256Url).replace('VERSION', TOOL_PINS.kind.version), Buffer.from(`${sha(kind)}  kind-linux-amd64\n`));

  const helmDir = path.join(tmp, 'helm-src');
  fs.mkdirSync(path.join(helmDir, 'linux-amd64'), { recursive: true });
  fs.writeFileSync(path.join(helmDir, 'linux-amd64/helm'), '#!/bin/sh\necho v3.18.4\n');
  const tgz = path.join(tmp, 'helm.tgz');
  await tar.create({ gzip: true, file: tgz, cwd: helmDir }, ['linux-amd64']);
  const helm = fs.readFileSync(tgz);
  files.set(urlPath(TOOL_PINS.helm.url).replace('VERSION', TOOL_PINS.helm.version), helm);
  files.set(urlPath(TOOL_PINS.helm.sha256Url).replace('VERSION', TOOL_PINS.helm.version), Buffer.from(`${sha(helm)}  helm-${TOOL_PINS.helm.version}-linux-amd64.tar.gz\n`));

  const kubectl = Buffer.from('#!/bin/sh\necho kubectl\n');
  files.set(urlPath(TOOL_PINS.kubectl.url).replace('VERSION', TOOL_PINS.kubectl.version), kubectl);
  // dl.k8s.io publishes the bare digest; this one is deliberately wrong.
  files.set(urlPath(TOOL_PINS.kubectl.sha256Url).replace('VERSION', TOOL_PINS.kubectl.version), Buffer.from('0'.repeat(64)));
});

afterAll(async () => {
  quiet.mockRestore();
  await new Promise((r) => server.close(r));
});

describe('pinned tool installs (@actions/tool-cache + sha256)', () => {
  it('downloads kind, verifies its published sha256 and caches it executable', async () => {
    const bin = await installPinned('kind', log, mirror);
    expect(fs.readFileSync(bin, 'utf8')).toContain('kind v0.29.0');
    expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
    expect(bin).toContain(path.join(process.env.RUNNER_TOOL_CACHE!, 'kind', '0.29.0'));
    // Second call comes from the cache: no new download.
    const before = requested.length;
    expect(await installPinned('kind', log, mirror)).toBe(bin);
    expect(requested.length).toBe(before);
  });

  it('extracts helm from its tarball after the checksum matches', async () => {
    const bin = await installPinned('helm', log, mirror);
    expect(path.basename(bin)).toBe('helm');
    expect(fs.readFileSync(bin, 'utf8')).toContain('v3.18.4');
  });

  it('refuses a download whose sha256 does not match, and caches nothing', async () => {
    await expect(installPinned('kubectl', log, mirror)).rejects.toThrow(/kubectl v1\.33\.1 download does not match its published sha256/);
    expect(fs.existsSync(path.join(process.env.RUNNER_TOOL_CACHE!, 'kubectl'))).toBe(false);
  });

  it('reads both checksum formats', () => {
    const hex = 'a'.repeat(64);
    expect(parseChecksumFile(`${hex}  kind-linux-amd64\n`)).toBe(hex);
    expect(parseChecksumFile(hex.toUpperCase())).toBe(hex);
    expect(() => parseChecksumFile('<html>rate limited</html>')).toThrow(/does not start with a sha256 digest/);
  });

  it('prefers a tool already on PATH', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'path-'));
    fs.writeFileSync(path.join(dir, 'helm'), '#!/bin/sh\n', { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'kind'), 'not executable', { mode: 0o644 });
    expect(which('helm', dir)).toBe(path.join(dir, 'helm'));
    expect(which('kind', dir)).toBeUndefined();
  });
});
