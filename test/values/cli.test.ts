import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateValuesCommand } from '../../src/cli/validate-values.js';
import { sarifErrors } from '../report/sarif-validate.js';
import { chartDir, repoRoot, tempDir, userValuesFile, writeFiles } from './helpers.js';
import { runCliCaptured } from '../cli/run-cli.js';

process.env.AIRFLOW_GITOPS_CACHE_DIR = tempDir('vv-cli-cache-');

const cli = (args: string[], cwd: string) => runCliCaptured(['validate-values', ...args], [validateValuesCommand], cwd);

const chart = chartDir('1.19.0');

let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
for (let i = 1; i < 10; i++) bomb += `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]\n`;

describe('airflow-gitops validate-values (CLI)', () => {
  it.each([
    ['malformed.yaml', 'executor: [KubernetesExecutor\nscheduler: {}\n', 'VAL001'],
    ['duplicate.yaml', 'executor: KubernetesExecutor\nexecutor: CeleryExecutor\n', 'VAL002'],
    ['bomb.yaml', bomb, 'VAL003'],
    ['list.yaml', '- executor: KubernetesExecutor\n', 'VAL004'],
    ['empty.yaml', '', 'VAL006'],
  ])('%s → one finding and exit 1', async (name, content, ruleId) => {
    const dir = writeFiles(tempDir('vv-cli-'), { [name]: content });
    const r = await cli([name, '--chart', chart, '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const body = JSON.parse(r.out);
    expect(body.findings.map((f: { ruleId: string; file: string }) => [f.ruleId, f.file])).toEqual([[ruleId, name]]);
  });

  it('--render speaks the actions\' vocabulary: on without helm is an error, a typo is a usage error, off skips', async () => {
    const dir = writeFiles(tempDir('vv-cli-'), { 'values.yaml': fs.readFileSync(path.join(repoRoot, 'examples/platform/airflow/values.yaml'), 'utf8') });
    const saved = process.env.PATH;
    process.env.PATH = dir; // no helm anywhere on PATH
    try {
      const on = await cli(['values.yaml', '--chart', chart, '--render', 'on'], dir);
      expect(on.code).toBe(2);
      expect(on.err).toMatch(/render: on, but the rendered check could not run: helm is not on PATH\./);
      const auto = await cli(['values.yaml', '--chart', chart, '--render', 'auto'], dir);
      expect(auto.code).toBe(0);
      expect(auto.out).toMatch(/Rendered check: skipped: helm is not on PATH/);
      const off = await cli(['values.yaml', '--chart', chart, '--render', 'off'], dir);
      expect(off.code).toBe(0);
      expect(off.out).toMatch(/Rendered check: off/);
      const typo = await cli(['values.yaml', '--chart', chart, '--render', 'yes'], dir);
      expect(typo.code).toBe(2);
      expect(typo.err).toMatch(/render must be auto, on or off \(got "yes"\)/);
    } finally {
      process.env.PATH = saved;
    }
  });

  it('a 10 MB file and a binary file → a finding each and exit 1', async () => {
    const dir = writeFiles(tempDir('vv-cli-'), {
      'huge.yaml': 'x: "' + 'a'.repeat(10 * 1024 * 1024) + '"\n',
      'binary.yaml': Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]),
    });
    const r = await cli(['huge.yaml', 'binary.yaml', '--chart', chart, '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const body = JSON.parse(r.out);
    expect(body.findings.map((f: { ruleId: string; file: string }) => [f.ruleId, f.file]).sort()).toEqual([
      ['VAL005', 'binary.yaml'],
      ['VAL005', 'huge.yaml'],
    ]);
  });

  it("validates the user's file with text output, SARIF and exit 1", async () => {
    const dir = path.dirname(userValuesFile);
    const sarifFile = path.join(tempDir('vv-sarif-'), 'out.sarif');
    const r = await cli(['values.yaml', '--chart', chart, '--sarif', sarifFile], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/values\.yaml:15:1: VAL011 \[error\] Unknown top-level key migrateDBJob; did you mean migrateDatabaseJob\?/);
    expect(r.err).toMatch(/rendered check skipped: helm is not on PATH/);
    const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'VAL051')).toBe(true);
  });

  it('the corrected example exits 0', async () => {
    const r = await cli(['examples/platform/airflow/values.yaml', '--chart', chart], repoRoot);
    expect(r.err).not.toMatch(/error:/);
    expect(r.code).toBe(0);
  });

  it('merges files in order: the later file wins and findings point at it', async () => {
    const dir = writeFiles(tempDir('vv-cli-'), {
      'base.yaml': fs.readFileSync(path.join(repoRoot, 'examples/platform/airflow/values.yaml'), 'utf8'),
      'override.yaml': '# prod\nscheduler:\n  replicas: 3\n',
    });
    const r = await cli(['base.yaml', 'override.yaml', '--chart', chart, '--format', 'json', '--fail-on', 'warning'], dir);
    expect(r.code).toBe(1);
    const body = JSON.parse(r.out);
    expect(body.findings.map((f: { ruleId: string; file: string; range: { startLine: number } }) => [f.ruleId, f.file, f.range.startLine])).toEqual([['VAL060', 'override.yaml', 3]]);
    const reversed = await cli(['override.yaml', 'base.yaml', '--chart', chart, '--format', 'json', '--fail-on', 'warning'], dir);
    expect(reversed.code).toBe(0);
  });

  it('usage errors exit 2 with one sentence', async () => {
    const dir = tempDir('vv-cli-');
    expect((await cli(['--chart', chart], dir)).code).toBe(2);
    const noChart = await cli(['values.yaml'], dir);
    expect(noChart.code).toBe(2);
    expect(noChart.err).toMatch(/No chart given/);
    const badChart = await cli(['values.yaml', '--chart', 'not-a-chart'], dir);
    expect(badChart.code).toBe(2);
    expect(badChart.err).toMatch(/neither an existing directory or \.tgz nor a chart version/);
  });
});
