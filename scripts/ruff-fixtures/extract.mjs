#!/usr/bin/env node
/**
 * Rebuilds test/dags/data/ruff-air-expectations.json, our own record of what ruff's AIR rules report
 * on ruff's Airflow fixtures, from a copy of the astral-sh/ruff repository:
 *
 *   node scripts/ruff-fixtures/extract.mjs <ruff-repo>    # a checkout, or a bare git dir (read at HEAD)
 *
 * Only facts are kept, never ruff's code: per fixture file its sha256, and per diagnostic in ruff's
 * insta snapshots the code (AIR301, …), line and column, the symbol the message names (the first
 * `quoted` part), and the message kind (the message with quoted parts blanked). The fixtures
 * themselves are fetched at test time by scripts/ruff-fixtures/fetch.mjs, checked against these hashes.
 * Exit 0 on success, 2 on bad usage or an unreadable repository.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = 'crates/ruff_linter/resources/test/fixtures/airflow';
const SNAPSHOTS = 'crates/ruff_linter/src/rules/airflow/snapshots';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outFile = path.join(repoRoot, 'test', 'dags', 'data', 'ruff-air-expectations.json');

const [source] = process.argv.slice(2);
if (!source || process.argv.length > 3) {
  process.stderr.write('usage: node scripts/ruff-fixtures/extract.mjs <ruff-repo-checkout-or-git-dir>\n');
  process.exit(2);
}

const git = (...args) => execFileSync('git', ['-C', source, ...args], { encoding: 'buffer', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
const checkout = existsSync(path.join(source, FIXTURES));
/** The files of one directory of the repository, name → bytes (a checkout's work tree, else git HEAD). */
function readDir(dir) {
  const names = checkout
    ? readdirSync(path.join(source, dir))
    : git('ls-tree', '--name-only', `HEAD:${dir}`).toString('utf8').split('\n').filter(Boolean);
  return new Map(names.map((n) => [n, checkout ? readFileSync(path.join(source, dir, n)) : git('show', `HEAD:${dir}/${n}`)]));
}

let commit;
let version;
try {
  commit = git('rev-parse', 'HEAD').toString('utf8').trim();
  const cargo = checkout ? readFileSync(path.join(source, 'crates/ruff_linter/Cargo.toml'), 'utf8') : git('show', 'HEAD:crates/ruff_linter/Cargo.toml').toString('utf8');
  version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1];
} catch (error) {
  process.stderr.write(`extract: ${source} is not a readable ruff repository: ${error.message.split('\n')[0]}\n`);
  process.exit(2);
}

const fixtures = readDir(FIXTURES);
const snapshots = readDir(SNAPSHOTS);
// A diagnostic header: `AIR301 [*] message` (the [*] marks a fix), then ` --> FILE:LINE:COL`.
const HEADER = /^(AIR\d{3}) (?:\[\*\] )?(.*)\n\s*--> ([^:\n]+):(\d+):(\d+)$/gm;
const out = {};
for (const [name, bytes] of [...fixtures].sort(([a], [b]) => a.localeCompare(b))) {
  if (!name.endsWith('.py')) continue;
  const diagnostics = [];
  for (const [snapName, snapBytes] of snapshots) {
    // ruff_linter__rules__airflow__tests__AIR301_AIR301_args.py.snap: rule AIR301 run on AIR301_args.py
    const m = /__tests__(AIR\d{3})_(.+)\.snap$/.exec(snapName);
    if (!m || m[2] !== name) continue;
    for (const d of snapBytes.toString('utf8').matchAll(HEADER)) {
      const [, code, message, file, line, column] = d;
      if (path.basename(file) !== name) continue;
      diagnostics.push({
        code,
        line: Number(line),
        column: Number(column),
        symbol: /`([^`]*)`/.exec(message)?.[1] ?? '',
        kind: message.replace(/`[^`]*`/g, '`…`').replace(/"[^"]*"/g, '"…"').trim(),
      });
    }
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  out[name] = { sha256: createHash('sha256').update(bytes).digest('hex'), diagnostics };
}

const data = {
  about: 'Facts from ruff\'s AIR rule snapshots (what ruff reports on its own Airflow fixtures), rebuilt by scripts/ruff-fixtures/extract.mjs. No fixture code is stored here.',
  ruffRepository: 'https://github.com/astral-sh/ruff',
  ruffCommit: commit,
  ruffVersion: version,
  fixturesPath: FIXTURES,
  fixtures: out,
};
// One diagnostic per line: a rebuild's diff reads as the list of what ruff changed.
const text = JSON.stringify(data, null, 1).replace(/\{\n\s*"code"[^}]*\}/g, (d) => JSON.stringify(JSON.parse(d)));
writeFileSync(outFile, text + '\n');
const total = Object.values(out).reduce((n, f) => n + f.diagnostics.length, 0);
process.stdout.write(`${Object.keys(out).length} fixtures, ${total} diagnostics from ruff ${version} (${commit.slice(0, 12)}) → ${path.relative(repoRoot, outFile)}\n`);
