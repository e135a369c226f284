/**
 * VAL015 value-never-read judged by the real helm: on every values file of our tests (and the rule's
 * docs example), on each chart version, every key the rule calls unread is removed and the chart is
 * rendered with and without it; the two renders must be byte-identical. Random secrets are pinned by
 * a second values file (literal keys), so the only difference left would be the key's own effect.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { validateValues } from '../../src/values/engine.js';
import { unreadValue } from '../../src/values/rules/unread-value.js';
import { TEST_CHART_VERSIONS } from '../helpers/charts.js';
import { describeWithHelm } from '../helpers/helm.js';
import { chartDir, repoRoot, tempDir } from './helpers.js';

const work = tempDir('vv-unread-real-');

function helmTemplate(helm: string, chart: string, files: string[]): Promise<{ ok: boolean; out: string }> {
  const args = ['template', 'airflow', chart, '--namespace', 'airflow', ...files.flatMap((f) => ['--values', f])];
  return new Promise((resolve) => {
    execFile(helm, args, { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => resolve({ ok: !err, out: err ? String(stderr) : String(stdout) }));
  });
}

function yamlFilesUnder(dir: string): string[] {
  const abs = path.join(repoRoot, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? yamlFilesUnder(path.join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** Every values file of the tests: the users' files, the corrected example, the other checks' fixtures. */
const VALUES_FILES = [
  'examples/original/platform/airflow/values.yaml',
  'examples/platform/airflow/values.yaml',
  ...yamlFilesUnder('test/kube/fixtures'),
  ...yamlFilesUnder('test/upgrade-gate/fixtures/workspace/platform/airflow'),
  ...yamlFilesUnder('test/wasb/fixtures'),
  ...yamlFilesUnder('test/values/fixtures'),
].sort();

/** Literal values for the Secrets the chart would otherwise generate randomly on each render. */
function pinSecrets(chart: string, valuesText: string): string {
  const lines = ['fernetKey: cGlubmVkLWZlcm5ldC1rZXktZm9yLXRlc3RzLW9ubHkx', 'webserverSecretKey: pinned-webserver-key'];
  if (chart !== '1.15.0') lines.push('apiSecretKey: pinned-api-key', 'jwtSecret: pinned-jwt');
  // redis.password next to redis.passwordSecretName is refused by the chart itself.
  if (!/passwordSecretName/.test(valuesText)) lines.push('redis:\n  password: pinned-redis');
  return `${lines.join('\n')}\n`;
}

describeWithHelm('VAL015 value-never-read judged by the real helm', (helm) => {
  it('every key VAL015 calls unread leaves helm template output byte-identical when removed', async () => {
    const docsExample = path.join(work, 'val015-docs-example.yaml');
    fs.writeFileSync(docsExample, unreadValue.meta.docs.example);
    const problems: string[] = [];
    let verified = 0;
    for (const chart of TEST_CHART_VERSIONS) {
      for (const file of [...VALUES_FILES.map((f) => path.join(repoRoot, f)), docsExample]) {
        const result = await validateValues({ files: [file], chart: chartDir(chart), cwd: repoRoot, render: 'off', schemaCacheDir: path.join(work, 'schemas'), onlyRules: [unreadValue.meta.id] });
        const unread = result.findings.filter((f) => f.ruleId === unreadValue.meta.id);
        if (!unread.length) continue;
        const text = fs.readFileSync(file, 'utf8');
        const pins = path.join(work, `pins-${chart}-${path.basename(file)}`);
        fs.writeFileSync(pins, pinSecrets(chart, text));
        const withKey = await helmTemplate(helm, chartDir(chart), [file, pins]);
        if (!withKey.ok) continue; // helm refuses these values anyway (other rules say why): nothing to compare
        const again = await helmTemplate(helm, chartDir(chart), [file, pins]);
        if (again.out !== withKey.out) {
          problems.push(`${chart} ${file}: two renders differ even with the secrets pinned; the comparison cannot decide`);
          continue;
        }
        for (const f of unread) {
          const keyPath = /^(\S+) is never read/.exec(f.message)?.[1]?.split('.');
          if (!keyPath) {
            problems.push(`${chart} ${file}: unexpected message ${f.message}`);
            continue;
          }
          const doc = parseDocument(text);
          doc.deleteIn(keyPath.map((s) => (/^\d+$/.test(s) && Array.isArray(doc.getIn(keyPath.slice(0, keyPath.indexOf(s)))) ? Number(s) : s)));
          const without = path.join(work, `without-${chart}-${verified}-${path.basename(file)}`);
          fs.writeFileSync(without, doc.toString());
          const r = await helmTemplate(helm, chartDir(chart), [without, pins]);
          verified++;
          if (process.env.VAL015_SHOW) console.log(`${chart} ${path.relative(repoRoot, file)}: ${keyPath.join(".")}`);
          if (!r.ok || r.out !== withKey.out) problems.push(`${chart} ${path.relative(repoRoot, file)}: ${keyPath.join('.')} called unread, but removing it ${r.ok ? 'changes the render' : `makes helm fail: ${r.out.split('\n')[0]}`}`);
        }
      }
    }
    // Control: the comparison sees a key that is read (the ingress switch of the chart's UI component).
    for (const chart of TEST_CHART_VERSIONS) {
      const component = chart === '1.15.0' ? 'web' : 'apiServer';
      const on = path.join(work, `control-${chart}.yaml`);
      fs.writeFileSync(on, `ingress:\n  ${component}:\n    enabled: true\n`);
      const off = path.join(work, `control-off-${chart}.yaml`);
      fs.writeFileSync(off, `ingress:\n  ${component}: {}\n`);
      const pins = path.join(work, `pins-control-${chart}.yaml`);
      fs.writeFileSync(pins, pinSecrets(chart, ''));
      const [a, b] = await Promise.all([helmTemplate(helm, chartDir(chart), [on, pins]), helmTemplate(helm, chartDir(chart), [off, pins])]);
      expect([chart, a.ok, b.ok, a.out === b.out]).toEqual([chart, true, true, false]);
    }
    expect(problems).toEqual([]);
    // The docs example's key at least, on each chart: the comparison really ran.
    expect(verified).toBeGreaterThanOrEqual(TEST_CHART_VERSIONS.length);
  }, 600_000);
});
