import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateValuesCommand } from '../../src/cli/validate-values.js';
import { validateValues } from '../../src/values/engine.js';
import { runCliCaptured } from '../cli/run-cli.js';
import { chartDir, tempDir, writeFiles } from './helpers.js';

process.env.AIRFLOW_GITOPS_CACHE_DIR = tempDir('vv-secret-cache-');

/**
 * Canary values under secret-looking keys, each of a kind a message would otherwise quote: a flat
 * dotted password key (VAL012's fix text nests it), numbers where the schema wants strings (VAL010's
 * "got …"), an env entry, a mapping where a string belongs. Several of them are not among the
 * chart's known secrets, so the generic masking of registered secrets does not hide them: only not
 * quoting them does.
 */
const CANARIES = {
  flatPassword: 'canary-flat-Zx81qW',
  numericPassword: '314159265358979',
  numericUser: '271828182845',
  envValue: '161803398874',
  nestedInMapping: 'canary-object-Wm5kR',
  brokerPassword: 'canary-broker-Jk2',
};

const VALUES = `executor: KubernetesExecutor
data.metadataConnection.pass: ${CANARIES.flatPassword}
data:
  metadataConnection:
    user: ${CANARIES.numericUser}
    pass: ${CANARIES.numericPassword}
  brokerUrl: redis://:${CANARIES.brokerPassword}@redis:6379/0
webserverSecretKey:
  nested: ${CANARIES.nestedInMapping}
env:
  - name: DB_PASSWORD
    value: ${CANARIES.envValue}
`;

function expectNoCanary(where: string, text: string): void {
  for (const [name, canary] of Object.entries(CANARIES)) expect({ where, name, leaked: text.includes(canary) }).toEqual({ where, name, leaked: false });
}

describe('values under secret-looking keys never reach the output', () => {
  const chart = chartDir('1.19.0');
  const dir = writeFiles(tempDir('vv-secret-'), { 'values.yaml': VALUES });

  it('the findings themselves do not quote them (so masking is not what hides them)', async () => {
    const result = await validateValues({ files: ['values.yaml'], chart, cwd: dir, schemaCacheDir: null, render: 'off' });
    const texts = result.findings.map((f) => `${f.ruleId} ${f.message} ${f.fix ?? ''}`);
    expectNoCanary('findings', texts.join('\n'));
    // The problems are still reported, without the values.
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^VAL012 data\.metadataConnection\.pass is a single key with dots .* Nest it as a mapping: data: \{ metadataConnection: \{ pass: … \} \}\.$/),
        expect.stringMatching(/^VAL010 data\.metadataConnection\.pass must be string\. /),
        expect.stringMatching(/^VAL010 data\.metadataConnection\.user must be string\. /),
        expect.stringMatching(/^VAL010 env\.0\.value must be string\. /),
        expect.stringMatching(/^VAL010 webserverSecretKey must be string or null\. /),
        expect.stringMatching(/^VAL027 data\.metadataConnection\.pass puts the metadata database password/),
        expect.stringMatching(/^VAL027 data\.metadataConnection\.pass puts the metadata database password/),
        expect.stringMatching(/^VAL027 data\.brokerUrl puts the broker URL/),
      ]),
    );
    // Both the flat and the nested (numeric) password are committed secrets.
    expect(result.findings.filter((f) => f.ruleId === 'VAL027' && f.message.startsWith('data.metadataConnection.pass'))).toHaveLength(2);
  });

  it.each([
    ['text', [] as string[]],
    ['JSON', ['--format', 'json']],
  ])('%s output and SARIF hold none of them', async (_format, args) => {
    const sarifFile = path.join(tempDir('vv-secret-sarif-'), 'out.sarif');
    const r = await runCliCaptured(['validate-values', 'values.yaml', '--chart', chart, '--render', 'off', '--sarif', sarifFile, ...args], [validateValuesCommand], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/VAL012|"ruleId": ?"VAL012"/);
    expectNoCanary('stdout', r.out);
    expectNoCanary('stderr', r.err);
    const sarif = fs.readFileSync(sarifFile, 'utf8');
    expect(JSON.parse(sarif).runs[0].results.length).toBeGreaterThan(3);
    expectNoCanary('SARIF', sarif);
  });
});
