#!/usr/bin/env node
/**
 * The real helm the tests render the chart with: helm v3.21.4, built from the Go module proxy with
 * `go install` (no release tarball to trust, the module sums are checked by Go) and cached:
 *
 *   node scripts/helm.mjs           # build it if missing; print where and how long it took
 *   node scripts/helm.mjs --path    # print the helm binary if built, else one line why not (exit 1)
 *
 * Cached in $AIRFLOW_GITOPS_CACHE_DIR/tools or ~/.cache/airflow-gitops/tools (the CLI's user cache),
 * in a directory named after the version, so a new pin builds a new helm and the old one is left.
 * A binary is reused only when `helm version` reports the pinned version. Go is $GO when set, else
 * `go` on PATH, else /usr/local/go/bin/go. Exit 0 when helm is ready, 1 otherwise, 2 on bad usage.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export const HELM_VERSION = 'v3.21.4';
const MODULE = 'helm.sh/helm/v3';

function cacheRoot() {
  if (process.env.AIRFLOW_GITOPS_CACHE_DIR) return path.resolve(process.env.AIRFLOW_GITOPS_CACHE_DIR);
  return path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'airflow-gitops');
}

const toolDir = path.join(cacheRoot(), 'tools', `helm-${HELM_VERSION}`);
const binary = path.join(toolDir, 'helm');

function fail(message) {
  process.stderr.write(`helm: ${message}\n`);
  process.exit(1);
}

function run(file, args, options = {}) {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (error) {
    const stderr = String(error.stderr ?? '').trim().split('\n').slice(-3).join(' / ');
    throw new Error(`${path.basename(file)} ${args.slice(0, 3).join(' ')} failed: ${stderr || error.message}`);
  }
}

/** The version the binary reports, or undefined when it does not run. */
function reportedVersion(file) {
  if (!existsSync(file)) return undefined;
  try {
    return run(file, ['version', '--template', '{{.Version}}'], { timeout: 30_000 }).trim();
  } catch {
    return undefined;
  }
}

function findGo() {
  // $GO, when set, is the only Go tried: a wrong one is reported, not silently replaced.
  const candidates = process.env.GO ? [process.env.GO] : [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, 'go')), '/usr/local/go/bin/go'];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const args = process.argv.slice(2);
if (args.some((a) => a !== '--path')) {
  process.stderr.write('usage: node scripts/helm.mjs [--path]\n');
  process.exit(2);
}

const current = reportedVersion(binary);
if (args.includes('--path')) {
  if (current !== HELM_VERSION) {
    fail(`helm ${HELM_VERSION} is not built in ${toolDir}${current ? ` (found ${current})` : ''}; run: node scripts/helm.mjs`);
  }
  process.stdout.write(`${binary}\n`);
  process.exit(0);
}

if (current === HELM_VERSION) {
  process.stdout.write(`helm ${HELM_VERSION}\treused\t${binary}\n`);
  process.exit(0);
}

const go = findGo();
if (!go) fail(`${process.env.GO ? `$GO=${process.env.GO} is not an executable` : 'Go is not installed (set $GO or put go on PATH)'}: it builds helm ${HELM_VERSION} once from the Go module proxy into ${toolDir}`);

const started = Date.now();
// Build into a staging directory, then rename: an interrupted or concurrent build never leaves a
// half-written binary where the tests look.
const staging = `${toolDir}.${process.pid}.tmp`;
try {
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // helm's own release build stamps the version this way; a plain `go install` reports only "v3.21".
  const ldflags = `-X ${MODULE}/internal/version.version=${HELM_VERSION} -X ${MODULE}/internal/version.gitTreeState=clean`;
  run(go, ['install', `-ldflags=${ldflags}`, `${MODULE}/cmd/helm@${HELM_VERSION}`], {
    env: { ...process.env, GOBIN: staging, CGO_ENABLED: '0' },
    timeout: 30 * 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const built = reportedVersion(path.join(staging, 'helm'));
  if (built !== HELM_VERSION) throw new Error(`the built helm reports "${built}", not ${HELM_VERSION}`);
  rmSync(toolDir, { recursive: true, force: true });
  renameSync(staging, toolDir);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  fail(error instanceof Error ? error.message : String(error));
}
process.stdout.write(`helm ${HELM_VERSION}\tbuilt in ${((Date.now() - started) / 1000).toFixed(1)} s\t${binary}\n`);
