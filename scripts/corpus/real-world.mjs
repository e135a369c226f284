#!/usr/bin/env node
/**
 * The real-world DAG corpus: DAG files from public repositories under permissive licences,
 * used to measure lint-dags against Airflow's DagBag and ruff (test/airflow/real-world.test.ts).
 *
 *   node scripts/corpus/real-world.mjs --verify
 *       every file in MANIFEST.json is present with its sha256 (exit 1 and a list otherwise)
 *   node scripts/corpus/real-world.mjs --from-mirrors DIR
 *       (re)writes every manifest file from git mirrors DIR/<owner>+<repo>/repo at the recorded
 *       commit and checks its sha256; a mirror that is missing is reported, not guessed
 *   node scripts/corpus/real-world.mjs --download [BASE_URL]
 *       (re)writes every manifest file from BASE_URL/<owner>/<repo>/<commit>/<path> (default
 *       https://raw.githubusercontent.com, the files at their recorded commits) and checks its
 *       sha256; what cannot be had is listed and the exit code is 1
 *   node scripts/corpus/real-world.mjs --select DIR [--per-repo N]
 *       builds a new MANIFEST.json from the mirrors in DIR: repositories whose LICENSE is MIT,
 *       MIT-0, Apache-2.0, BSD or the Unlicense; files that import airflow and define a DAG; at
 *       most N per repository (default 10), picked by a stable hash of the path; files over
 *       200 KB or with secret-looking strings are left out
 *
 * The .py files are third-party code: they are kept out of this repository's commits (the
 * directory's .gitignore) and rebuilt with --from-mirrors; only MANIFEST.json and NOTICE.md are
 * committed. Git runs with argv arrays, never a shell.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The corpus directory; AIRFLOW_GITOPS_REAL_WORLD_DIR points the script elsewhere (its own test does). */
export const CORPUS_DIR = process.env.AIRFLOW_GITOPS_REAL_WORLD_DIR || path.join(REPO_ROOT, 'test', 'airflow', 'corpus', 'real-world');
export const MANIFEST = path.join(CORPUS_DIR, 'MANIFEST.json');
const NOTICE = path.join(CORPUS_DIR, 'NOTICE.md');
const MAX_BYTES = 200 * 1024;

/** Secret-looking strings: a file that has one is not taken, whatever it is. */
const SECRET_PATTERNS = [
  /AKIA[0-9A-Z]{16}/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\bxox[abpr]-[0-9A-Za-z-]{10,}/,
  /\bgh[pousr]_[0-9A-Za-z]{30,}/,
  /\bsk-[A-Za-z0-9]{20,}/,
  /AIza[0-9A-Za-z_-]{35}/,
  /(password|passwd|secret|token|api_key)\s*[=:]\s*['"][^'"\s{}]{8,}['"]/i,
  /:\/\/[^/\s:@'"]+:[^/\s:@'"{}]{6,}@/, // credentials inside a URL
];

/** SPDX id of a licence text, or undefined when it is not one we may redistribute. */
export function classifyLicense(text) {
  const t = text.replace(/\s+/g, ' ');
  if (/GNU (AFFERO |LESSER )?GENERAL PUBLIC|Mozilla Public License|Business Source|Elastic License|Commons Clause/i.test(t)) return undefined;
  if (/Apache License,? Version 2\.0/i.test(t)) return 'Apache-2.0';
  if (/Permission is hereby granted, free of charge/i.test(t)) {
    return /The above copyright notice and this permission notice shall be included/i.test(t) ? 'MIT' : 'MIT-0';
  }
  if (/Redistribution and use in source and binary forms/i.test(t)) {
    return /Neither the name/i.test(t) ? 'BSD-3-Clause' : 'BSD-2-Clause';
  }
  if (/This is free and unencumbered software released into the public domain/i.test(t)) return 'Unlicense';
  return undefined;
}

export function sha256(buffer) {
  return createHash('sha256').update(buffer).digest('hex');
}

/** test/airflow/corpus/real-world/<owner>__<repo>/<path with / as __> */
export function corpusPath(repo, originalPath) {
  return path.join(repo.replace('/', '__'), originalPath.split('/').join('__'));
}

export function readManifest() {
  return JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
}

function gitDirOf(mirrorRoot, repo) {
  const base = path.join(mirrorRoot, repo.replace('/', '+'), 'repo');
  const nested = path.join(base, '.git');
  if (fs.existsSync(nested)) return nested;
  return fs.existsSync(base) ? base : undefined;
}

function git(gitDir, args, encoding = 'utf8') {
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

function looksLikeDagFile(originalPath, text) {
  if (!/\.py$/.test(originalPath)) return false;
  const lower = originalPath.toLowerCase();
  if (/(^|\/)(tests?|testing|docs?|conftest\.py|setup\.py|\.github)(\/|$)/.test(lower) || /(^|\/)test_[^/]*\.py$/.test(lower)) return false;
  if (!/^\s*(from airflow|import airflow)/m.test(text)) return false;
  return /\bDAG\s*\(|@dag\b|@asset\b|\bmodels\.DAG\b/.test(text);
}

function stableRank(text) {
  return createHash('sha256').update(text).digest('hex');
}

function select(mirrorRoot, perRepo) {
  const entries = [];
  const skipped = [];
  for (const dirName of fs.readdirSync(mirrorRoot).sort()) {
    const [owner, ...rest] = dirName.split('+');
    if (!rest.length) continue;
    const repo = `${owner}/${rest.join('+')}`;
    const gitDir = gitDirOf(mirrorRoot, repo);
    if (!gitDir) continue;
    let commit;
    try {
      commit = git(gitDir, ['rev-parse', 'HEAD']).trim();
    } catch {
      continue;
    }
    const top = git(gitDir, ['ls-tree', '--name-only', commit]).split('\n');
    const licenseFile = top.find((name) => /^(licen[cs]e|copying)(\.(md|txt|rst))?$/i.test(name));
    const license = licenseFile ? classifyLicense(git(gitDir, ['show', `${commit}:${licenseFile}`])) : undefined;
    if (!license) {
      skipped.push(`${repo}: no permissive licence file (${licenseFile ?? 'none'})`);
      continue;
    }
    const files = git(gitDir, ['ls-tree', '-r', '-l', commit])
      .split('\n')
      .map((line) => /^\S+ blob \S+\s+(\d+)\t(.*)$/.exec(line))
      .filter((m) => m && m[2].endsWith('.py') && Number(m[1]) <= MAX_BYTES)
      .map((m) => m[2]);
    const candidates = [];
    for (const originalPath of files) {
      const buffer = git(gitDir, ['show', `${commit}:${originalPath}`], 'buffer');
      const text = buffer.toString('utf8');
      if (!looksLikeDagFile(originalPath, text)) continue;
      if (SECRET_PATTERNS.some((pattern) => pattern.test(text))) {
        skipped.push(`${repo}/${originalPath}: secret-looking string`);
        continue;
      }
      candidates.push({ originalPath, sha: sha256(buffer) });
    }
    // Same content twice (a copied DAG) counts once.
    const seen = new Set();
    const unique = candidates.filter((c) => (seen.has(c.sha) ? false : (seen.add(c.sha), true)));
    unique.sort((a, b) => stableRank(a.originalPath).localeCompare(stableRank(b.originalPath)));
    for (const { originalPath, sha } of unique.slice(0, perRepo)) {
      entries.push({ file: corpusPath(repo, originalPath), repo, commit, path: originalPath, license, licenseFile, sha256: sha });
    }
  }
  // One content across repositories (forks, copied tutorials) counts once too.
  const seenAcross = new Set();
  const kept = entries.filter((e) => (seenAcross.has(e.sha256) ? false : (seenAcross.add(e.sha256), true)));
  return { kept, skipped };
}

/** NOTICE.md: where the files come from and under which licence, one row per repository. */
function notice(files) {
  const count = new Map();
  const first = new Map();
  for (const e of files) {
    count.set(e.repo, (count.get(e.repo) ?? 0) + 1);
    if (!first.has(e.repo)) first.set(e.repo, e);
  }
  const rows = [...first.values()]
    .sort((a, b) => a.repo.toLowerCase().localeCompare(b.repo.toLowerCase()))
    .map((e) => `| [${e.repo}](https://github.com/${e.repo}) | \`${e.commit.slice(0, 12)}\` | ${e.license} (\`${e.licenseFile}\`) | ${count.get(e.repo)} |`);
  return [
    '# Real-world DAG corpus: where the files come from',
    '',
    'The files listed in `MANIFEST.json` are DAG files from public GitHub repositories, each kept',
    "unchanged under its repository's licence (Apache-2.0, MIT, MIT-0, BSD-2-Clause, or the Unlicense;",
    "nothing else is taken). They are test data for measuring lint-dags against Airflow's DagBag and",
    'ruff (`test/airflow/real-world.test.ts`, docs/accuracy.md). Copyright stays with their authors;',
    "each licence's text is the `LICENSE` file of the repository at the commit recorded in the manifest.",
    '',
    'The `.py` files are not committed here: `node scripts/corpus/real-world.mjs --from-mirrors DIR`',
    'rebuilds them from git mirrors (`DIR/<owner>+<repo>/repo`) at the recorded commits and checks',
    'each sha256; `--verify` checks a rebuilt tree. Files over 200 KB or with secret-looking strings',
    'were left out when the corpus was selected (`--select`, which also writes this file).',
    '',
    '| repository | commit | licence | files |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function fromMirrors(mirrorRoot) {
  const manifest = readManifest();
  const problems = [];
  for (const entry of manifest.files) {
    const gitDir = gitDirOf(mirrorRoot, entry.repo);
    if (!gitDir) {
      problems.push(`${entry.repo}: no mirror under ${mirrorRoot}`);
      continue;
    }
    let buffer;
    try {
      buffer = git(gitDir, ['show', `${entry.commit}:${entry.path}`], 'buffer');
    } catch {
      problems.push(`${entry.repo}@${entry.commit.slice(0, 12)}:${entry.path}: not in the mirror`);
      continue;
    }
    if (sha256(buffer) !== entry.sha256) {
      problems.push(`${entry.file}: sha256 differs from the manifest`);
      continue;
    }
    const target = path.join(CORPUS_DIR, entry.file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, buffer);
  }
  return problems;
}

async function download(baseUrl) {
  const manifest = readManifest();
  const problems = [];
  let written = 0;
  // A few requests at a time: polite to the host and fast enough for a few hundred small files.
  const queue = [...manifest.files];
  async function worker() {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const target = path.join(CORPUS_DIR, entry.file);
      if (fs.existsSync(target) && sha256(fs.readFileSync(target)) === entry.sha256) continue;
      const url = `${baseUrl.replace(/\/$/, '')}/${entry.repo}/${entry.commit}/${entry.path.split('/').map(encodeURIComponent).join('/')}`;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
        if (!response.ok) {
          problems.push(`${entry.file}: HTTP ${response.status} from ${url}`);
          continue;
        }
        const buffer = Buffer.from(await response.arrayBuffer());
        if (sha256(buffer) !== entry.sha256) {
          problems.push(`${entry.file}: sha256 of ${url} differs from the manifest`);
          continue;
        }
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, buffer);
        written++;
      } catch (error) {
        problems.push(`${entry.file}: ${error.message} (${url})`);
      }
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker));
  return { problems, written };
}

export function verify() {
  const manifest = readManifest();
  const problems = [];
  for (const entry of manifest.files) {
    const target = path.join(CORPUS_DIR, entry.file);
    if (!fs.existsSync(target)) problems.push(`${entry.file}: missing`);
    else if (sha256(fs.readFileSync(target)) !== entry.sha256) problems.push(`${entry.file}: sha256 differs from the manifest`);
  }
  return problems;
}

function main(argv) {
  const flag = (name) => argv.indexOf(name);
  if (flag('--select') >= 0) {
    const mirrorRoot = argv[flag('--select') + 1];
    const perRepo = flag('--per-repo') >= 0 ? Number(argv[flag('--per-repo') + 1]) : 10;
    if (!mirrorRoot || !fs.existsSync(mirrorRoot) || !(perRepo > 0)) {
      console.error('usage: real-world.mjs --select MIRROR_DIR [--per-repo N]');
      return 2;
    }
    const { kept, skipped } = select(mirrorRoot, perRepo);
    const repos = [...new Set(kept.map((e) => e.repo))];
    fs.mkdirSync(CORPUS_DIR, { recursive: true });
    const manifest = {
      description: 'Real DAG files from public repositories under permissive licences; see NOTICE.md. Rebuild with scripts/corpus/real-world.mjs --from-mirrors DIR.',
      perRepository: perRepo,
      files: kept,
    };
    fs.writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2) + '\n');
    fs.writeFileSync(NOTICE, notice(kept));
    for (const line of skipped) console.error(`skipped ${line}`);
    console.log(`${kept.length} files from ${repos.length} repositories written to ${path.relative(REPO_ROOT, MANIFEST)}`);
    const problems = fromMirrors(mirrorRoot);
    for (const p of problems) console.error(p);
    return problems.length ? 1 : 0;
  }
  if (flag('--from-mirrors') >= 0) {
    const mirrorRoot = argv[flag('--from-mirrors') + 1];
    if (!mirrorRoot || !fs.existsSync(mirrorRoot)) {
      console.error('usage: real-world.mjs --from-mirrors MIRROR_DIR');
      return 2;
    }
    const problems = fromMirrors(mirrorRoot);
    for (const p of problems) console.error(p);
    console.log(`${readManifest().files.length - problems.length} files written, ${problems.length} problems`);
    return problems.length ? 1 : 0;
  }
  if (flag('--download') >= 0) {
    const given = argv[flag('--download') + 1];
    const baseUrl = given && !given.startsWith('--') ? given : 'https://raw.githubusercontent.com';
    return download(baseUrl).then(({ problems, written }) => {
      for (const p of problems) console.error(p);
      console.log(`${written} files downloaded, ${problems.length} problems`);
      return problems.length ? 1 : 0;
    });
  }
  if (flag('--verify') >= 0) {
    if (!fs.existsSync(MANIFEST)) {
      console.error(`no ${path.relative(REPO_ROOT, MANIFEST)}`);
      return 1;
    }
    const problems = verify();
    for (const p of problems) console.error(p);
    console.log(`${readManifest().files.length} files in the manifest, ${problems.length} problems`);
    return problems.length ? 1 : 0;
  }
  console.error('usage: real-world.mjs --verify | --download [BASE_URL] | --from-mirrors DIR | --select DIR [--per-repo N]');
  return 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  Promise.resolve(main(process.argv.slice(2))).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`real-world.mjs: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
