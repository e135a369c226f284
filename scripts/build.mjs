// Bundles every action (actions/<name>/action.yml → dist/<name>/index.js) and the CLI with ncc,
// copies the tree-sitter wasm files beside each bundle, and records the sha256 of every source file
// a bundle was built from (dist/<name>/sources.json) so a test can tell when dist/ is stale.
//   node scripts/build.mjs [name …]   (default: all)
// AIRFLOW_GITOPS_DIST_DIR=/tmp/x writes the bundles under /tmp/x/<name>/ instead of dist/ (to try a
// build without touching the committed one; build cli and lint-worker together, they find each other).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import ncc from '@vercel/ncc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.resolve(root, process.env.AIRFLOW_GITOPS_DIST_DIR || 'dist');
const WASM = [
  'node_modules/web-tree-sitter/tree-sitter.wasm',
  'node_modules/tree-sitter-python/tree-sitter-python.wasm',
  // web-tree-sitter's CommonJS build: src/dags/parser.ts evaluates a new copy of it for each wasm instance.
  'node_modules/web-tree-sitter/tree-sitter.cjs',
];

export function entries() {
  const list = [
    { name: 'cli', entry: 'src/cli/index.ts' },
    // Worker threads of lint-dags (CLI and action) run this small bundle.
    { name: 'lint-worker', entry: 'src/dags/worker-main.ts' },
  ];
  for (const name of fs.readdirSync(path.join(root, 'actions')).sort()) {
    const yml = path.join(root, 'actions', name, 'action.yml');
    if (!fs.existsSync(yml)) continue;
    // Composite actions have no bundle; node actions name theirs in runs.main.
    if (!/main:\s*['"]?\.\.\/\.\.\/dist\//.test(fs.readFileSync(yml, 'utf8'))) continue;
    list.push({ name, entry: `src/actions/${name}.ts` });
  }
  return list;
}

export function sha256(file) {
  return createHash('sha256').update(fs.readFileSync(path.join(root, file))).digest('hex');
}

/**
 * web-tree-sitter does `await import("module")`; ncc rewrites that into a namespace wrapper whose
 * createRequire is undefined. Node builtins need no bundling, so restore the native import().
 * The externals are declared in the main bundle; chunks (`<id>.index.js`) call them too.
 */
function builtinModuleIds(code) {
  const builtins = new Map();
  for (const m of code.matchAll(/\/\*\*\*\/ (\d+):\n\/\*\*\*\/ \(\(module\) => \{\n\nmodule\.exports = __WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("([^"]+)"\);/g)) {
    builtins.set(m[1], m[2]);
  }
  return builtins;
}

function nativeDynamicImports(code, builtins) {
  return code.replace(/Promise\.resolve\(\/\* import\(\) \*\/\)\.then\((__nccwpck_require__|__webpack_require__)\.t\.bind\(\1, (\d+), \d+\)\)/g, (all, _req, id) =>
    builtins.has(id) ? `import(${JSON.stringify(builtins.get(id))})` : all,
  );
}

/** tsc first: ncc resolves ESM-only packages (@actions/*) correctly only from ESM JavaScript. */
function compile(selected) {
  // A directory per build, so concurrent builds never overwrite each other's output.
  fs.mkdirSync(path.join(root, '.build'), { recursive: true });
  const outDir = fs.mkdtempSync(path.join(root, '.build', 'tsc-'));
  // Only the entries being built and what they import, so one module's type errors block only its bundles.
  const project = path.join(outDir, 'tsconfig.json');
  const rel = path.relative(outDir, root);
  fs.writeFileSync(project, JSON.stringify({ extends: path.join(rel, 'tsconfig.build.json'), compilerOptions: { outDir: '.', rootDir: rel }, include: [], files: selected.map((e) => path.join(rel, e.entry)) }));
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { stdio: 'inherit' });
  return outDir;
}

async function build({ name, entry }, outDir) {
  const started = Date.now();
  const compiled = path.join(outDir, entry.replace(/\.ts$/, '.js'));
  // webpack hashes module paths relative to the cwd into module and chunk ids (chunk file names);
  // from inside the per-build directory those paths are the same in every build, so rebuilding
  // unchanged sources reproduces dist/ byte for byte (check-dist compares with git).
  const cwd = process.cwd();
  process.chdir(outDir);
  let code, map, assets;
  try {
    ({ code, map, assets } = await ncc(compiled, {
      sourceMap: true,
      sourceMapRegister: false,
      quiet: true,
      minify: false,
      target: 'es2022',
      transpileOnly: true,
      // Assets (xdg-open, wasm) live in node_modules, outside the cwd ncc would otherwise allow.
      filterAssetBase: root,
    }));
  } finally {
    process.chdir(cwd);
  }
  // Every import() of a bundled module becomes a chunk beside index.js (`<id>.index.js`, with its
  // own source map); the CLI loads its engines that way so `lint-dags` starts without them.
  const chunks = Object.keys(assets ?? {}).filter((f) => /^\d+\.index\.js$/.test(f));
  const builtins = new Map([code, ...chunks.map((c) => String(assets[c].source))].flatMap((c) => [...builtinModuleIds(c)]));
  code = nativeDynamicImports(code, builtins);
  const out = path.join(distDir, name);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'index.js'), code);
  // The CLI is package.json's bin: executable, so a clone or a tarball runs it without `node`.
  if (name === 'cli') fs.chmodSync(path.join(out, 'index.js'), 0o755);
  for (const [file, asset] of Object.entries(assets ?? {})) {
    // The parser wasm files are copied below under their real names; ncc's hashed copy is unused.
    if (file.endsWith('.map') || file.endsWith('.wasm')) continue;
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.writeFileSync(path.join(out, file), chunks.includes(file) ? nativeDynamicImports(String(asset.source), builtins) : asset.source);
  }
  const maps = [map, ...chunks.map((c) => assets[`${c}.map`]?.source).filter(Boolean)];
  const bundled = maps.flatMap((m) =>
    JSON.parse(String(m)).sources.map((s) =>
      // ncc writes map sources relative to a directory one level below its cwd (the build directory).
      path.relative(root, path.resolve(outDir, 'dist', s.replace(/^webpack:\/\/[^/]*\//, ''))).replace(/^\.build\/tsc-[^/]+\/(src\/.*)\.js$/, '$1.ts'),
    ),
  );
  const usesParser = bundled.some((s) => s === 'src/dags/parser.ts');
  if (usesParser) for (const w of WASM) fs.copyFileSync(path.join(root, w), path.join(out, path.basename(w)));
  const sources = {};
  for (const s of [...new Set(bundled)].filter((s) => s.startsWith('src/')).sort()) sources[s] = sha256(s);
  sources['package-lock.json'] = sha256('package-lock.json');
  fs.writeFileSync(path.join(out, 'sources.json'), JSON.stringify(sources, null, 2) + '\n');
  const chunkNote = chunks.length ? `  + ${chunks.length} chunk(s) ${(chunks.reduce((n, c) => n + String(assets[c].source).length, 0) / 1024).toFixed(0)} KiB` : '';
  console.log(`${path.relative(root, path.join(out, 'index.js'))}  ${(code.length / 1024).toFixed(0)} KiB${chunkNote}  ${Object.keys(sources).length - 1} sources  ${Date.now() - started} ms`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = process.argv.slice(2);
  const all = entries();
  const unknown = wanted.filter((w) => !all.some((e) => e.name === w));
  if (unknown.length) {
    console.error(`unknown bundle(s): ${unknown.join(', ')}; known: ${all.map((e) => e.name).join(', ')}`);
    process.exit(2);
  }
  const selected = all.filter((e) => !wanted.length || wanted.includes(e.name));
  const outDir = compile(selected);
  try {
    for (const e of selected) await build(e, outDir);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
