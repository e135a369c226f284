import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(path.join(root, file))).digest('hex');

describe('dist/ is committed and fresh', () => {
  const actionNames = fs.readdirSync(path.join(root, 'actions')).filter((n) => fs.existsSync(path.join(root, 'actions', n, 'action.yml')));
  const nodeActions = actionNames.filter((n) => /using:\s*['"]?node24/.test(fs.readFileSync(path.join(root, 'actions', n, 'action.yml'), 'utf8')));

  it.each([...nodeActions, 'cli', 'lint-worker'])('dist/%s was built from the current sources (npm run build)', (name) => {
    const manifest = path.join(root, 'dist', name, 'sources.json');
    expect(fs.existsSync(path.join(root, 'dist', name, 'index.js'))).toBe(true);
    const recorded = JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, string>;
    const stale = Object.entries(recorded)
      .filter(([file, hash]) => !fs.existsSync(path.join(root, file)) || sha(file) !== hash)
      .map(([file]) => file);
    expect(stale).toEqual([]);
  });

  it.each(nodeActions)('actions/%s/action.yml runs node24 from its bundle', (name) => {
    const yml = fs.readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8');
    expect(yml).toMatch(new RegExp(`main: ['"]?\\.\\./\\.\\./dist/${name}/index\\.js`));
  });
});
