import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AZURITE_VERSION, azuriteInstallArgs, azuriteInstallDir, findAzuriteBlobMain } from '../../src/wasb/emulator.js';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

describe('Azurite for --emulator, outside a clone', () => {
  it('installs the same pinned version the repository tests with, into the user cache, without scripts', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.devDependencies.azurite).toBe(AZURITE_VERSION);
    const prev = process.env.AIRFLOW_GITOPS_CACHE_DIR;
    process.env.AIRFLOW_GITOPS_CACHE_DIR = '/tmp/agc';
    try {
      expect(azuriteInstallDir()).toBe(`/tmp/agc/azurite-${AZURITE_VERSION}`);
    } finally {
      if (prev === undefined) delete process.env.AIRFLOW_GITOPS_CACHE_DIR;
      else process.env.AIRFLOW_GITOPS_CACHE_DIR = prev;
    }
    const args = azuriteInstallArgs('/x');
    expect(args).toContain('--ignore-scripts');
    expect(args.slice(-1)).toEqual([`azurite@${AZURITE_VERSION}`]);
  });

  it('finds Azurite in node_modules under a search base, and nothing where there is none', () => {
    expect(findAzuriteBlobMain([fs.mkdtempSync(path.join(os.tmpdir(), 'no-azurite-'))])).toBeUndefined();
    const main = findAzuriteBlobMain([repoRoot]);
    expect(main).toBe(path.join(repoRoot, 'node_modules/azurite/dist/src/blob/main.js'));
    expect(fs.existsSync(main!)).toBe(true);
  });
});
