import * as fs from 'node:fs';
import * as path from 'node:path';
import { readChartDir } from '../../src/values/chart.js';
import { getPath } from '../../src/values/context.js';
import { chartFactsFor } from '../../src/values/data/chart-facts.js';
import { chartDir } from './helpers.js';

/** The version-keyed chart facts, checked against the real chart files of each version. */
describe.each(['1.15.0', '1.18.0', '1.19.0'])('chart facts for %s match the chart', (version) => {
  const chart = readChartDir(chartDir(version), 'directory');
  const facts = chartFactsFor(version);
  const d = chart.defaults;
  const schemaProps = (path: string[]) => {
    let cur = chart.schema as Record<string, unknown> | undefined;
    for (const p of path) cur = (cur?.properties as Record<string, Record<string, unknown>> | undefined)?.[p];
    return cur;
  };

  it('the components restarted by a random Secret are exactly the Deployments carrying its checksum', () => {
    const templates = path.join(chartDir(version), 'templates');
    const secretFile: Record<string, string> = { jwtSecretName: 'jwt-secret.yaml', apiSecretKeySecretName: 'api-secret-key-secret.yaml', webserverSecretKeySecretName: 'webserver-secret-key-secret.yaml' };
    const component = (file: string) => path.basename(path.dirname(file)).replace(/^workers$/, 'workers');
    const deployments = fs
      .readdirSync(templates, { recursive: true, encoding: 'utf8' })
      .filter((f) => /-deployment\.yaml$/.test(f))
      .map((f) => ({ file: f, text: fs.readFileSync(path.join(templates, f), 'utf8') }));
    for (const [key, file] of Object.entries(secretFile)) {
      const carrying = deployments.filter((d) => d.text.includes(`"/secrets/${file}") . | sha256sum`)).map((d) => component(d.file)).sort();
      expect([key, carrying]).toEqual([key, [...(facts.checksumRestarts[key] ?? [])].sort()]);
    }
  });

  it('hooks and custom env default to true on both jobs', () => {
    for (const job of ['migrateDatabaseJob', 'createUserJob']) {
      expect(getPath(d, [job, 'useHelmHooks'])).toBe(true);
      expect(getPath(d, [job, 'applyCustomEnv'])).toBe(true);
    }
    expect(getPath(d, ['migrateDatabaseJob', 'enabled'])).toBe(true);
  });

  it('createUserJob.enabled / defaultUser exist exactly when the table says', () => {
    expect(getPath(d, ['createUserJob', 'enabled']) !== undefined).toBe(facts.createUserJobEnabledKey);
    expect(getPath(d, ['createUserJob', 'defaultUser']) !== undefined).toBe(facts.createUserJobEnabledKey);
    expect(schemaProps(['createUserJob', 'enabled']) !== undefined).toBe(facts.createUserJobEnabledKey);
  });

  it('webserver.defaultUser: a default before 1.19, deprecated and unset from 1.19', () => {
    expect(getPath(d, ['webserver', 'defaultUser', 'enabled'])).toBe(facts.webserverDefaultUserDeprecated ? undefined : true);
    expect(String(schemaProps(['webserver', 'defaultUser'])?.description)).toMatch(facts.webserverDefaultUserDeprecated ? /deprecated/ : /^(?![\s\S]*deprecated)/);
  });

  it('apiServer, jwtSecretName and apiSecretKeySecretName arrive together (1.18)', () => {
    expect('apiServer' in d).toBe(facts.apiServerSection);
    expect('jwtSecretName' in d).toBe(facts.airflow3Secrets);
    expect('apiSecretKeySecretName' in d).toBe(facts.airflow3Secrets);
    if (facts.apiServerSection) expect(schemaProps(['apiServer'])?.additionalProperties).toBe(false);
    // 1.18's schema lists apiServer.defaultUser (no template reads it); 1.19 dropped it.
    if (facts.apiServerSection) expect(schemaProps(['apiServer', 'defaultUser']) !== undefined).toBe(version === '1.18.0');
  });

  it('the secret names and bundled dependencies default to unset / on', () => {
    for (const key of ['fernetKeySecretName', 'webserverSecretKeySecretName']) expect(d[key]).toBeNull();
    for (const key of ['metadataSecretName', 'brokerUrlSecretName', 'resultBackendSecretName']) expect(getPath(d, ['data', key])).toBeNull();
    expect(getPath(d, ['postgresql', 'enabled'])).toBe(true);
    expect(getPath(d, ['redis', 'enabled'])).toBe(true);
    expect(d.executor).toBe('CeleryExecutor');
    expect(getPath(d, ['extraSecrets'])).toEqual({});
    expect(getPath(schemaProps(['extraConfigMaps']), ['additionalProperties', 'properties', 'useHelmHooks', 'default'])).toBe(true);
  });

  it('the chart default Airflow version is its appVersion', () => {
    expect(d.airflowVersion).toBe(chart.appVersion);
    expect(d.defaultAirflowTag).toBe(chart.appVersion);
  });
});
