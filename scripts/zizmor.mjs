#!/usr/bin/env node
/**
 * zizmor (the GitHub Actions security linter, a Rust binary shipped as a PyPI wheel) in a venv of
 * ours, installed exactly from test/workflows/zizmor.lock.txt (one version, hash-checked):
 *
 *   node scripts/zizmor.mjs           # build the venv if missing; print where and how long it took
 *   node scripts/zizmor.mjs --path    # print the zizmor binary if built, else one line why not (exit 1)
 *
 * Cached and installed by scripts/lib/locked-tool.mjs (venv per lock hash, hash-checked wheels).
 * Exit 0 when zizmor is ready, 1 otherwise, 2 on bad usage.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockedTool } from './lib/locked-tool.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = path.join(repoRoot, 'test', 'workflows', 'zizmor.lock.txt');

function fail(message) {
  process.stderr.write(`zizmor: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args.some((a) => a !== '--path')) {
  process.stderr.write('usage: node scripts/zizmor.mjs [--path]\n');
  process.exit(2);
}
let tool;
try {
  tool = lockedTool('zizmor', lockFile, (_version, lockHash) => `zizmor-${lockHash}`);
} catch (error) {
  fail(error.message);
}
const { version, venvDir, binary } = tool;

if (args.includes('--path')) {
  if (!tool.built()) fail(`zizmor ${version} is not installed in ${venvDir}; run: node scripts/zizmor.mjs`);
  process.stdout.write(`${binary}\n`);
  process.exit(0);
}

if (tool.built()) {
  process.stdout.write(`zizmor ${version}\treused\t${venvDir}\n`);
  process.exit(0);
}

const started = Date.now();
try {
  tool.install();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
process.stdout.write(`zizmor ${version}\tcreated in ${((Date.now() - started) / 1000).toFixed(1)} s\t${venvDir}\n`);
