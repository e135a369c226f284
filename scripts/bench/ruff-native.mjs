#!/usr/bin/env node
/**
 * Native ruff (the PyPI wheel, a Rust binary) for the benchmarks, in a venv of ours installed exactly
 * from test/bench/ruff.lock.txt (one version, hash-checked) — the same pattern as scripts/zizmor.mjs.
 *
 *   node scripts/bench/ruff-native.mjs          # build the venv if missing; print where
 *   node scripts/bench/ruff-native.mjs --path   # print the ruff binary if built, else one line why not (exit 1)
 *
 * Cached as ruff-<version>-<lock hash> by scripts/lib/locked-tool.mjs (hash-checked wheels).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockedTool } from '../lib/locked-tool.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lockFile = path.join(repoRoot, 'test', 'bench', 'ruff.lock.txt');

const ruff = () => lockedTool('ruff', lockFile, (version, lockHash) => `ruff-${version}-${lockHash}`);

/** The pinned ruff binary if its venv is complete, else undefined. */
export function builtRuff() {
  const { version, binary, built } = ruff();
  return built() ? { version, binary } : undefined;
}

/**
 * Returns { version, binary } of the pinned ruff, installing it first when missing (needs PyPI or a
 * pip find-links holding the wheel). Throws with one line saying why when it cannot.
 */
export function ensureRuff() {
  const tool = ruff();
  if (!tool.built()) {
    try {
      tool.install();
    } catch (error) {
      throw new Error(`native ruff ${tool.version} could not be installed: ${error instanceof Error ? error.message : error}`);
    }
  }
  return { version: tool.version, binary: tool.binary };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.some((a) => a !== '--path')) {
    process.stderr.write('usage: node scripts/bench/ruff-native.mjs [--path]\n');
    process.exit(2);
  }
  try {
    if (args.includes('--path')) {
      const ready = builtRuff();
      if (!ready) throw new Error(`ruff is not installed in ${ruff().venvDir}; run: node scripts/bench/ruff-native.mjs`);
      process.stdout.write(`${ready.binary}\n`);
    } else {
      const { version, binary } = ensureRuff();
      process.stdout.write(`ruff ${version}\t${binary}\n`);
    }
  } catch (error) {
    process.stderr.write(`ruff-native: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
}
