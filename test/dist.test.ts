import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// AIRFLOW_GITOPS_DIST_DIR (as for scripts/build.mjs) checks a build kept outside the repository instead.
const dist = path.resolve(root, process.env.AIRFLOW_GITOPS_DIST_DIR || 'dist');
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(path.join(root, file))).digest('hex');

describe('dist/ is committed and fresh', () => {
  const actionNames = fs.readdirSync(path.join(root, 'actions')).filter((n) => fs.existsSync(path.join(root, 'actions', n, 'action.yml')));
  const nodeActions = actionNames.filter((n) => /using:\s*['"]?node24/.test(fs.readFileSync(path.join(root, 'actions', n, 'action.yml'), 'utf8')));

  it.each([...nodeActions, 'cli', 'lint-worker'])('dist/%s was built from the current sources (npm run build)', (name) => {
    const manifest = path.join(dist, name, 'sources.json');
    expect(fs.existsSync(path.join(dist, name, 'index.js'))).toBe(true);
    const recorded = JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, string>;
    const stale = Object.entries(recorded)
      .filter(([file, hash]) => !fs.existsSync(path.join(root, file)) || sha(file) !== hash)
      .map(([file]) => file);
    expect(stale).toEqual([]);
  });

  it.each([...nodeActions, 'cli', 'lint-worker'])('dist/%s ships every chunk its bundle loads on demand', (name) => {
    // ncc turns import() of bundled code into <id>.index.js beside index.js (the CLI's engines load so).
    const dir = path.join(dist, name);
    const scripts = fs.readdirSync(dir).filter((f) => f === 'index.js' || /^\d+\.index\.js$/.test(f));
    const loaded = new Set<string>();
    for (const file of scripts) {
      for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/__(?:nccwpck|webpack)_require__\.e\((?:\/\* import\(\) \*\/ )?(\d+)\)/g)) loaded.add(`${m[1]}.index.js`);
    }
    expect([...loaded].filter((chunk) => !scripts.includes(chunk))).toEqual([]);
    // A chunk nothing loads is a leftover of an older build.
    expect(scripts.filter((f) => f !== 'index.js' && !loaded.has(f))).toEqual([]);
  });

  it.each(nodeActions)('actions/%s/action.yml runs node24 from its bundle', (name) => {
    const yml = fs.readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8');
    expect(yml).toMatch(new RegExp(`main: ['"]?\\.\\./\\.\\./dist/${name}/index\\.js`));
  });
});
