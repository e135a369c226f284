import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { parseConfig } from '../../src/core/config.js';
import { redact } from '../../src/core/secrets.js';
import type { Finding } from '../../src/core/finding.js';
import { validateValues } from '../../src/values/engine.js';
import { valuesRules } from '../../src/values/rules/index.js';
import { chartDir, repoRoot, tempDir } from './helpers.js';

const schemaCacheDir = path.join(os.tmpdir(), 'airflow-gitops-values-test-schemas');
const exampleText = fs.readFileSync(path.join(repoRoot, 'examples/platform/airflow/values.yaml'), 'utf8');
const work = tempDir('vv-rules-');

type Values = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The corrected example as an object, to mutate per test. */
function base(): Values {
  const { parse } = require_yaml();
  return parse(exampleText);
}
function require_yaml() {
  return { parse: (t: string) => (JSON.parse(JSON.stringify(yamlParse(t))) as Values) };
}
import { parse as yamlParse } from 'yaml';

let counter = 0;
interface Run {
  findings: Finding[];
  text: string;
  file: string;
  /** 1-based line of the first line matching re in the written file. */
  line(re: RegExp): number;
  ids(): string[];
  of(ruleId: string): Finding[];
}

async function run(values: Values | string, options: { chart?: string; config?: string; airflowVersion?: string } = {}): Promise<Run> {
  const text = typeof values === 'string' ? values : stringify(values);
  const file = `values-${++counter}.yaml`;
  fs.writeFileSync(path.join(work, file), text);
  const config = options.config ? parseConfig(options.config, path.join(work, '.airflow-gitops.yml')) : undefined;
  const result = await validateValues({ files: [file], chart: chartDir(options.chart ?? '1.19.0'), cwd: work, schemaCacheDir, render: 'off', config, airflowVersion: options.airflowVersion });
  const lines = text.split('\n');
  return {
    findings: result.findings,
    text,
    file,
    line: (re) => {
      const i = lines.findIndex((l) => re.test(l));
      if (i < 0) throw new Error(`no line matches ${re}`);
      return i + 1;
    },
    ids: () => result.findings.map((f) => f.ruleId),
    of: (id) => result.findings.filter((f) => f.ruleId === id),
  };
}

function expectOne(r: Run, ruleId: string, line: number, message?: RegExp): Finding {
  const found = r.of(ruleId);
  expect(found.map((f) => `${f.ruleId}@${f.range?.startLine}`)).toEqual([`${ruleId}@${line}`]);
  expect(found[0].file).toBe(r.file);
  if (message) expect(found[0].message).toMatch(message);
  return found[0];
}

describe('validate-values rules', () => {
  it('the corrected example is clean (the negative baseline for every rule)', async () => {
    const r = await run(base());
    expect(r.findings).toEqual([]);
  });

  it('every rule has an id, a kebab-case name and four-part docs', () => {
    const ids = new Set<string>();
    for (const meta of valuesRules) {
      expect(meta.id).toMatch(/^VAL\d{3}$/);
      expect(meta.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(ids.has(meta.id)).toBe(false);
      ids.add(meta.id);
      expect(meta.check).toBe('validate-values');
      for (const part of ['what', 'why', 'example', 'fix'] as const) expect(meta.docs[part].length).toBeGreaterThan(5);
    }
  });

  describe('VAL010 schema-violation', () => {
    it('reports a wrong type at the line that set it', async () => {
      const v = base();
      v.scheduler.replicas = '2';
      const r = await run(v);
      expectOne(r, 'VAL010', r.line(/replicas: "2"/), /scheduler\.replicas must be integer \(got "2"\)/);
    });
    it('reports an unknown nested key with a did-you-mean', async () => {
      const v = base();
      v.webserver = { defaultUsr: { enabled: false } };
      const r = await run(v);
      expectOne(r, 'VAL010', r.line(/defaultUsr:/), /did you mean webserver\.defaultUser\?/);
    });
    it('reports an enum violation', async () => {
      const v = base();
      v.executor = 'kubernetes';
      const r = await run(v);
      expectOne(r, 'VAL010', r.line(/^executor:/), /executor must match pattern .*\(got "kubernetes"\)/);
      const old = await run({ ...v, executor: 'KubernetesExecuter' }, { chart: '1.15.0' });
      // 1.15 lists the executors and has no createUserJob.enabled yet.
      expect(old.of('VAL010').map((f) => f.message)).toEqual([
        expect.stringMatching(/^executor must be one of "LocalExecutor", .*\(got "KubernetesExecuter"\)/),
        'createUserJob.enabled is not a key the chart 1.15.0 allows under createUserJob.',
      ]);
    });
  });

  describe('VAL011 unknown-top-level-key', () => {
    it('suggests migrateDatabaseJob for migrateDBJob', async () => {
      const v = base();
      v.migrateDBJob = v.migrateDatabaseJob;
      delete v.migrateDatabaseJob;
      const r = await run(v);
      expectOne(r, 'VAL011', r.line(/^migrateDBJob:/), /did you mean migrateDatabaseJob\?.*useHelmHooks: true/);
      // The defaults it leaves in place are reported where the user meant to set them.
      expect(r.of('VAL020').map((f) => f.range?.startLine)).toEqual([r.line(/^migrateDBJob:/)]);
    });
    it('a __proto__ key is an unknown key like any other, at the top level and inside a section', async () => {
      // JSON.parse makes __proto__ an own key, which stringify then writes out like any other.
      const v = base();
      v.scheduler = JSON.parse('{"replicas": 1, "__proto__": {"replicas": 9}}');
      const text = `${stringify(v)}__proto__:\n  executor: CeleryExecutor\n`;
      const r = await run(text);
      expectOne(r, 'VAL011', r.line(/^__proto__:/), /^Unknown top-level key __proto__/);
      expect(r.of('VAL010').map((f) => f.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^scheduler\.__proto__ is not a key the chart 1\.19\.0 allows under scheduler/)]));
    });
    it('suggests by spelling distance and says nothing is close otherwise', async () => {
      const v = base();
      v.schedular = { replicas: 1 };
      v.totallyUnrelatedKey = 1;
      const r = await run(v);
      const found = r.of('VAL011');
      expect(found.map((f) => f.range?.startLine)).toEqual([r.line(/^schedular:/), r.line(/^totallyUnrelatedKey:/)]);
      expect(found[0].message).toMatch(/did you mean scheduler\?/);
      expect(found[1].message).not.toMatch(/did you mean/);
    });
    it('accepts global and every chart key', async () => {
      const v = base();
      v.global = { x: 1 };
      const r = await run(v);
      expect(r.of('VAL011')).toEqual([]);
    });
  });

  describe('VAL012 flat-dotted-key', () => {
    it('explains that dotted keys are not nested, at top level and in a section', async () => {
      const text = exampleText + 'createUserJob.useHelmHooks: false\n';
      const r = await run(text.replace('  logging:\n', '  logging.colored_console_log: "False"\n  logging:\n'));
      const found = r.of('VAL012');
      expect(found.map((f) => f.range?.startLine)).toEqual([r.line(/logging\.colored_console_log/), r.line(/^createUserJob\.useHelmHooks/)].sort((a, b) => a - b));
      expect(found.some((f) => /createUserJob\.useHelmHooks is a single key/.test(f.message) && /createUserJob: \{ useHelmHooks: false \}/.test(f.fix ?? ''))).toBe(true);
      expect(r.of('VAL011')).toEqual([]);
    });
    it('leaves dotted names in free-form maps alone', async () => {
      const v = base();
      v.extraSecrets = { 'my.secret.name': { useHelmHooks: false, stringData: 'a: b' } };
      const r = await run(v);
      expect(r.of('VAL012')).toEqual([]);
    });
  });

  describe('VAL020 helm-hook-job', () => {
    it('reports useHelmHooks: true where it is set', async () => {
      const v = base();
      v.migrateDatabaseJob.useHelmHooks = true;
      const r = await run(v);
      expectOne(r, 'VAL020', r.line(/^  useHelmHooks: true/), /migrateDatabaseJob\.useHelmHooks is true/);
    });
    it('reports the default true when the key is unset, at the section', async () => {
      const v = base();
      delete v.migrateDatabaseJob.useHelmHooks;
      const r = await run(v);
      expectOne(r, 'VAL020', r.line(/^migrateDatabaseJob:/), /chart default true applies/);
    });
    it('ignores a job that is not rendered', async () => {
      const v = base();
      v.createUserJob.useHelmHooks = true; // createUserJob.enabled is false in the example
      const r = await run(v);
      expect(r.of('VAL020')).toEqual([]);
    });
    it('on chart 1.18 the create-user job follows webserver.defaultUser.enabled', async () => {
      const v = base();
      delete v.createUserJob.enabled; // not a 1.18 key
      delete v.createUserJob.useHelmHooks;
      const on = await run(v, { chart: '1.18.0' });
      expect(on.of('VAL020').map((f) => f.message)).toEqual([expect.stringMatching(/^createUserJob\.useHelmHooks/)]);
      v.webserver = { defaultUser: { enabled: false } };
      const off = await run(v, { chart: '1.18.0' });
      expect(off.of('VAL020')).toEqual([]);
    });
  });

  describe('VAL021 apply-custom-env', () => {
    it('reports applyCustomEnv true and passes false', async () => {
      const v = base();
      v.migrateDatabaseJob.applyCustomEnv = true;
      const r = await run(v);
      expectOne(r, 'VAL021', r.line(/applyCustomEnv: true/), /must set it to false/);
    });
  });

  describe('VAL022 hook-secret', () => {
    it('reports a missing fernetKeySecretName and data.brokerUrlSecretName', async () => {
      const v = base();
      delete v.fernetKeySecretName;
      delete v.data.brokerUrlSecretName;
      const r = await run(v);
      const found = r.of('VAL022');
      expect(found.map((f) => f.range?.startLine)).toEqual([1, r.line(/^data:/)]);
      expect(found[0].message).toMatch(/fernet-key as a helm\.sh\/hook: pre-install Secret/);
      expect(found[1].message).toMatch(/broker-url as a helm\.sh\/hook: pre-install Secret even though/);
    });
    it('reports Redis without passwordSecretName', async () => {
      const v = base();
      v.redis.enabled = true;
      const r = await run(v);
      expectOne(r, 'VAL022', r.line(/^redis:/), /redis-password/);
    });
    it('calls the hook Secret random only when no literal fills it (the real helm renders a literal the same every time)', async () => {
      const v = base();
      delete v.fernetKeySecretName;
      v.redis.enabled = true;
      const random = (await run(v)).of('VAL022').map((f) => /random (key|password)/.exec(f.message)?.[0]);
      expect(random).toEqual(['random key', 'random password']);
      v.fernetKey = 'placeholder';
      v.redis.password = 'placeholder';
      const literal = (await run(v)).of('VAL022');
      expect(literal.map((f) => /holding the literal ([\w.]+?)[;.]?(\s|$)/.exec(f.message)?.[1])).toEqual(['fernetKey', 'redis.password']);
      expect(literal.map((f) => f.message).join('\n')).not.toMatch(/random/);
    });
    it('reports extraSecrets and extraConfigMaps entries without useHelmHooks: false', async () => {
      const v = base();
      v.extraSecrets = { 'airflow-conns': { stringData: 'A: b' }, 'stable-one': { useHelmHooks: false, stringData: 'A: b' } };
      v.extraConfigMaps = { 'airflow-vars': { useHelmHooks: true, data: 'A: b' } };
      const r = await run(v);
      const found = r.of('VAL022');
      expect(found.map((f) => f.range?.startLine)).toEqual([r.line(/airflow-conns:/), r.line(/airflow-vars:/)]);
    });
  });

  describe('VAL023 random-secret-drift', () => {
    it('reports jwtSecretName and apiSecretKeySecretName on Airflow 3', async () => {
      const v = base();
      delete v.jwtSecretName;
      delete v.apiSecretKeySecretName;
      const r = await run(v);
      expect(r.of('VAL023').map((f) => f.message.split(' ')[0])).toEqual(['jwtSecretName', 'apiSecretKeySecretName']);
      // Chart 1.19.0 puts a checksum of the JWT Secret on the scheduler and API server: each sync restarts them.
      expect(r.of('VAL023')[0].message).toMatch(/its checksum annotation restarts the scheduler and api-server pods on every sync\.$/);
      expect(r.of('VAL023')[1].message).not.toMatch(/restarts/);
    });
    it('says which pods restart only where the chart carries the checksum (not on 1.18.0; workers only with Celery)', async () => {
      const v = base();
      delete v.jwtSecretName;
      const on118 = await run(v, { chart: '1.18.0' });
      expect(on118.of('VAL023').find((f) => f.message.startsWith('jwtSecretName'))?.message).not.toMatch(/restarts/);
      const airflow2 = { executor: 'KubernetesExecutor', data: { metadataSecretName: 'm', brokerUrlSecretName: 'b' }, fernetKeySecretName: 'f', postgresql: { enabled: false }, redis: { enabled: false } };
      const k8s = await run(airflow2, { chart: '1.15.0' });
      expect(k8s.of('VAL023')[0].message).toMatch(/restarts the webserver pods on every sync\.$/);
      const celery = await run({ ...airflow2, executor: 'CeleryExecutor' }, { chart: '1.15.0', config: 'values:\n  allowed-executors: [CeleryExecutor]\n' });
      expect(celery.of('VAL023')[0].message).toMatch(/restarts the webserver and workers pods on every sync\.$/);
    });
    it('reports neither Airflow 3 Secret when the API server is off (the chart renders neither then)', async () => {
      const v = base();
      delete v.jwtSecretName;
      delete v.apiSecretKeySecretName;
      v.apiServer = { enabled: false };
      const r = await run(v);
      expect(r.of('VAL023')).toEqual([]);
    });
    it('reports webserverSecretKeySecretName on Airflow 2 (chart 1.15)', async () => {
      const r = await run(
        { executor: 'KubernetesExecutor', data: { metadataSecretName: 'm', brokerUrlSecretName: 'b' }, fernetKeySecretName: 'f', postgresql: { enabled: false }, redis: { enabled: false } },
        { chart: '1.15.0' },
      );
      expect(r.of('VAL023').map((f) => f.message.split(' ')[0])).toEqual(['webserverSecretKeySecretName']);
    });
  });

  describe('VAL024 bundled-dependency', () => {
    it('reports postgresql.enabled by default and when set', async () => {
      const v = base();
      delete v.postgresql;
      const r = await run(v);
      expectOne(r, 'VAL024', 1, /postgresql\.enabled is unset and defaults to true/);
    });

    it.each([
      ['1.15.0', 'KubernetesExecutor', false],
      ['1.15.0', 'LocalExecutor', false],
      ['1.15.0', 'CeleryExecutor', true],
      ['1.15.0', 'CeleryKubernetesExecutor', true],
      ['1.19.0', 'KubernetesExecutor', false],
      ['1.19.0', 'CeleryExecutor', true],
      // Airflow 3 takes a list of executors; chart 1.18+ renders Redis when one of them is Celery.
      ['1.19.0', 'KubernetesExecutor,CeleryExecutor', true],
      ['1.18.0', 'LocalExecutor', false],
    ])('chart %s with executor %s: redis left enabled is reported only when the chart renders Redis (%s)', async (chart, executor, reported) => {
      const v = base();
      delete v.redis;
      v.executor = executor;
      v.data.brokerUrlSecretName = 'broker';
      const r = await run(v, { chart, config: 'values:\n  allowed-executors: [KubernetesExecutor, LocalExecutor, CeleryExecutor, CeleryKubernetesExecutor, "KubernetesExecutor,CeleryExecutor"]\n' });
      expect(r.of('VAL024').filter((f) => f.message.startsWith('redis.')).length).toBe(reported ? 1 : 0);
    });

    it("matches how each chart's own Redis templates test the executor", () => {
      const condition = (chart: string) => fs.readFileSync(path.join(chartDir(chart), 'templates/redis/redis-statefulset.yaml'), 'utf8').split('\n').find((l) => l.includes('.Values.redis.enabled'))!;
      expect(condition('1.15.0')).toContain('(eq .Values.executor "CeleryExecutor")');
      for (const chart of ['1.18.0', '1.19.0']) expect(condition(chart)).toContain('(contains "CeleryExecutor" .Values.executor)');
    });
  });

  describe('VAL025 executor-not-allowed', () => {
    it('reports CeleryExecutor against the default policy and accepts it when allowed', async () => {
      const v = base();
      v.executor = 'CeleryExecutor';
      v.data.resultBackendSecretName = 'rb';
      const r = await run(v);
      expectOne(r, 'VAL025', r.line(/^executor:/), /policy allows KubernetesExecutor/);
      const allowed = await run(v, { config: 'values:\n  allowed-executors: [CeleryExecutor, KubernetesExecutor]\n' });
      expect(allowed.of('VAL025')).toEqual([]);
    });
  });

  describe('VAL026 metadata-secret-missing', () => {
    it('reports a missing data.metadataSecretName', async () => {
      const v = base();
      delete v.data.metadataSecretName;
      const r = await run(v);
      expectOne(r, 'VAL026', r.line(/^data:/));
    });
  });

  describe('VAL027 committed-secret', () => {
    it('reports a committed password without printing it, and redacts it everywhere', async () => {
      const v = base();
      v.data.metadataConnection = { user: 'airflow', pass: 'hunter2-pw', host: 'db' };
      const r = await run(v);
      const f = expectOne(r, 'VAL027', r.line(/pass: hunter2-pw/), /metadata database password/);
      expect(f.message).not.toContain('hunter2-pw');
      expect(redact('url with hunter2-pw inside')).toBe('url with *** inside');
    });
    it('finds the password inside a broker URL and ignores a URL without one', async () => {
      const v = base();
      v.data.brokerUrl = 'redis://:br0ker-pw@redis:6379/0';
      const r = await run(v);
      expectOne(r, 'VAL027', r.line(/brokerUrl:/));
      v.data.brokerUrl = 'redis://redis:6379/0';
      expect((await run(v)).of('VAL027')).toEqual([]);
    });
    // Values files rendered by Terraform, envsubst, Helmfile or Argo CD plugins before helm sees them.
    it.each([
      ['Terraform interpolation', '${var.airflow_db_password}'],
      ['envsubst with braces', '${PASSWORD}'],
      ['envsubst without braces', '$AIRFLOW_DB_PASSWORD'],
      ['Helmfile requiredEnv', '{{ requiredEnv "AIRFLOW_DB_PASSWORD" }}'],
      ['a Go template of another values layer', '{{ .Values.secrets.dbPassword }}'],
      ['the Argo CD Vault plugin', '<path:secret/data/airflow#db-password>'],
      ['an Argo CD build variable', '$ARGOCD_ENV_DB_PASSWORD'],
    ])('does not report a placeholder: %s', async (_label, placeholder) => {
      const v = base();
      v.data.metadataConnection = { user: 'airflow', pass: placeholder, host: 'db' };
      v.data.brokerUrl = `redis://:${placeholder}@redis:6379/0`;
      expect((await run(v)).of('VAL027')).toEqual([]);
    });
    it('still reports a password that only contains a dollar sign or braces', async () => {
      const v = base();
      v.data.metadataConnection = { user: 'airflow', pass: 'pa$$w0rd-{{x', host: 'db' };
      const r = await run(v);
      expectOne(r, 'VAL027', r.line(/pass: /), /metadata database password/);
    });
  });

  describe('Airflow 3 drift', () => {
    it('VAL030: webserver.* is ignored on Airflow 3 but not on Airflow 2', async () => {
      const v = base();
      v.webserver = { replicas: 2 };
      const r = await run(v);
      expectOne(r, 'VAL030', r.line(/^  replicas: 2/), /no effect on Airflow 3\.1\.7/);
      const af2 = await run(v, { chart: '1.15.0' });
      expect(af2.of('VAL030')).toEqual([]);
    });
    it('VAL031: webserver.defaultUser is deprecated on 1.19 and does not stop the job there', async () => {
      const v = base();
      delete v.createUserJob.enabled;
      v.webserver = { defaultUser: { enabled: false } };
      const r = await run(v);
      expectOne(r, 'VAL031', r.line(/defaultUser:/), /does not stop the create-user Job on chart 1\.19\.0/);
      // The job still renders, so its hook settings matter.
      v.createUserJob.useHelmHooks = true;
      expect((await run(v)).of('VAL020')).toHaveLength(1);
      const old = await run({ ...v, createUserJob: { useHelmHooks: false, applyCustomEnv: false } }, { chart: '1.18.0' });
      expect(old.of('VAL031')).toEqual([]);
    });
    it('VAL032: apiServer.defaultUser is invalid, reported once', async () => {
      const v = base();
      v.apiServer = { defaultUser: { enabled: false } };
      const r = await run(v);
      expectOne(r, 'VAL032', r.line(/defaultUser:/), /createUserJob\.defaultUser/);
      expect(r.of('VAL032')[0].severity).toBe('error');
      expect(r.of('VAL010')).toEqual([]);
      const v18 = { ...base(), createUserJob: { useHelmHooks: false, applyCustomEnv: false }, apiServer: { defaultUser: { enabled: false } } };
      const on18 = await run(v18, { chart: '1.18.0' });
      const w = expectOne(on18, 'VAL032', on18.line(/defaultUser:/), /accepted by the chart 1\.18\.0 schema but nothing reads it.*webserver\.defaultUser/);
      expect(w.severity).toBe('warning');
    });
    it('VAL033: a result backend without Celery is a note', async () => {
      const v = base();
      v.data.resultBackendSecretName = 'airflow-broker-url';
      const r = await run(v);
      const f = expectOne(r, 'VAL033', r.line(/resultBackendSecretName/));
      expect(f.severity).toBe('note');
    });
  });

  describe('VAL040 migrations-not-run', () => {
    it('reports a disabled migration job while components wait for migrations', async () => {
      const v = base();
      v.migrateDatabaseJob = { enabled: false };
      const r = await run(v);
      expectOne(r, 'VAL040', r.line(/^migrateDatabaseJob:/) + 1, /scheduler, apiServer, triggerer, dagProcessor keep waitForMigrations/);
      expect(r.of('VAL040')[0].fix).toMatch(/argocd\.argoproj\.io\/hook: Sync/);
    });
    it('is quiet when nothing waits', async () => {
      const v = base();
      v.migrateDatabaseJob = { enabled: false };
      for (const c of ['scheduler', 'apiServer', 'triggerer', 'dagProcessor']) v[c] = { ...(v[c] ?? {}), waitForMigrations: { enabled: false } };
      const r = await run(v);
      expect(r.of('VAL040')).toEqual([]);
    });
  });

  describe('remote logging', () => {
    it('VAL050: needs a wasb folder and a connection id', async () => {
      const v = base();
      v.config.logging.remote_base_log_folder = 's3://logs';
      delete v.config.logging.remote_log_conn_id;
      const r = await run(v);
      expect(r.of('VAL050').map((f) => f.range?.startLine)).toEqual([r.line(/remote_base_log_folder/), r.line(/^  logging:/)]);
      v.config.logging.remote_logging = 'False';
      expect((await run(v)).of('VAL050')).toEqual([]);
    });
    it('VAL051: prints the literal prefix for a wasb:// URL on Airflow 3.1', async () => {
      const v = base();
      v.config.logging.remote_base_log_folder = 'wasb://logs@acct.blob.core.windows.net';
      delete v.config.azure_remote_logging;
      const r = await run(v);
      const f = expectOne(r, 'VAL051', r.line(/remote_base_log_folder/));
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('verbatim as the blob-name prefix "wasb://logs@acct.blob.core.windows.net/"');
      expect(f.message).toContain('container "airflow-logs"');
      expect(f.message).toContain('the "logs" in the URL is not used');
    });
    it('an env AIRFLOW__LOGGING__* entry overrides config, as in Airflow', async () => {
      const v = base();
      v.env = [
        { name: 'AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER', value: 'wasb://c@acct.blob.core.windows.net/logs' },
        { name: 'AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
      ];
      const r = await run(v);
      const f = expectOne(r, 'VAL051', r.line(/value: wasb:\/\/c@acct/), /blob-name prefix "wasb:\/\/c@acct\.blob\.core\.windows\.net\/logs\/"/);
      expect(f.severity).toBe('warning');
      expect(r.of('VAL050')).toEqual([]);
      v.env = [{ name: 'AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER', value: 'gs://bucket/logs' }];
      const gcs = await run(v);
      expectOne(gcs, 'VAL050', gcs.line(/value: gs:/), /env AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER is "gs:\/\/bucket\/logs"/);
    });
    it('VAL051: after the fix (3.1.8, verified with the real handler) the rest of the URL is still the prefix', async () => {
      const v = base();
      v.config.logging.remote_base_log_folder = 'wasb://logs@acct.blob.core.windows.net/';
      v.config.azure_remote_logging.remote_wasb_log_container = 'logs';
      const r = await run(v, { airflowVersion: '3.1.8' });
      const f = expectOne(r, 'VAL051', r.line(/remote_base_log_folder/), /strips "wasb:\/\/" and uses the rest as the blob-name prefix "logs@acct\.blob\.core\.windows\.net\/"/);
      expect(f.severity).toBe('warning');
      v.config.logging.remote_base_log_folder = 'wasb-logs';
      expect((await run(v, { airflowVersion: '3.1.8' })).of('VAL051')).toEqual([]);
    });
  });

  describe('policy', () => {
    it('VAL060: scheduler.replicas follows the policy', async () => {
      const v = base();
      v.scheduler.replicas = 2;
      const r = await run(v);
      expectOne(r, 'VAL060', r.line(/replicas: 2/), /policy expects 1/);
      expect((await run(v, { config: 'values:\n  scheduler-replicas: 2\n' })).of('VAL060')).toEqual([]);
    });
    it('VAL061: git-sync period must be a Go duration, not below the minimum', async () => {
      const v = base();
      v.dags.gitSync.period = 60;
      const r = await run(v);
      expectOne(r, 'VAL061', r.line(/period: 60/), /not a Go duration/);
      v.dags.gitSync.period = '5s';
      const short = await run(v);
      expect(expectOne(short, 'VAL061', short.line(/period: 5s/)).severity).toBe('warning');
      v.dags.gitSync.period = '1m30s';
      expect((await run(v)).of('VAL061')).toEqual([]);
    });
    it('VAL061: repo, branch, subPath and SSH key', async () => {
      const v = base();
      delete v.dags.gitSync.repo;
      const noRepo = await run(v);
      expectOne(noRepo, 'VAL061', noRepo.line(/gitSync:/), /example repository/);
      v.dags.gitSync.repo = 'git@github.com:frakma/platform.git';
      v.dags.gitSync.subPath = '../etc';
      const r = await run(v);
      expect(r.of('VAL061').map((f) => f.message.split(' ')[0])).toEqual(['dags.gitSync.repo', 'dags.gitSync.subPath']);
    });
    it('config severities: off and raised', async () => {
      const v = base();
      v.data.resultBackendSecretName = 'x';
      v.scheduler.replicas = 3;
      const r = await run(v, { config: 'rules:\n  VAL033: error\n  scheduler-replicas: off\n' });
      expect(r.ids()).toEqual(['VAL033']);
      expect(r.findings[0].severity).toBe('error');
    });
    it('a bad values policy is a usage error with one sentence', async () => {
      await expect(run(base(), { config: 'values:\n  scheduler-replicas: many\n' })).rejects.toThrow(/values\.scheduler-replicas must be a positive integer/);
    });
  });

  describe("VAL013 chart-check-fails / VAL014 invalid-template-in-value: helm template's own failures, without helm", () => {
    it('VAL013: a Celery executor with an external Redis and no broker URL, at redis.enabled, on every chart', async () => {
      for (const chart of ['1.15.0', '1.18.0', '1.19.0']) {
        const v = base();
        v.executor = 'CeleryExecutor';
        v.redis = { enabled: false };
        delete v.data.brokerUrlSecretName;
        const r = await run(v, { chart });
        const f = expectOne(r, 'VAL013', r.line(/^redis:/) + 1, /neither data\.brokerUrlSecretName nor data\.brokerUrl/);
        expect(f.severity).toBe('error');
        v.data.brokerUrlSecretName = 'airflow-broker-url';
        expect((await run(v, { chart })).of('VAL013')).toEqual([]);
      }
    });

    it('VAL013: AIRFLOW__CELERY__BROKER_URL_CMD stands in for data.brokerUrlSecretName on 1.18+, not on 1.15', async () => {
      const v = base();
      v.executor = 'CeleryExecutor';
      v.redis = { enabled: true, passwordSecretName: 'my-redis-password' };
      delete v.data.brokerUrlSecretName;
      v.env = [...(v.env ?? []), { name: 'AIRFLOW__CELERY__BROKER_URL_CMD', value: 'cat /secrets/broker-url' }];
      expect((await run(v, { chart: '1.19.0' })).of('VAL013')).toEqual([]);
      const r = await run(v, { chart: '1.15.0' });
      expectOne(r, 'VAL013', r.line(/passwordSecretName: my-redis-password/), /data\.brokerUrlSecretName is not/);
    });

    it('VAL014: an undefined function in a tpl-rendered ingress host is an error; the same text elsewhere a warning; a valid template nothing', async () => {
      const text = fs.readFileSync(path.join(repoRoot, 'test/values/fixtures/ingress-tpl-host.yaml'), 'utf8');
      const r = await run(text);
      const f = expectOne(r, 'VAL014', r.line(/pr\{\{number\}\}/), /function "number" not defined/);
      expect(f.severity).toBe('error');
      const off = await run(text.replace('enabled: true', 'enabled: false'));
      expect(off.of('VAL014').map((x) => x.severity)).toEqual(['warning']);
      expect((await run(text.replaceAll('{{number}}', '{{ .Release.Name }}'))).of('VAL014')).toEqual([]);
      expect((await run(text.replaceAll('{{number}}', '{{ .Release.Name'))).of('VAL014')[0].message).toMatch(/never closed/);
      const jinja = await run('config:\n  logging:\n    log_filename_template: "{{ ti.dag_id }}/{{ ts }}.log"\n');
      expect(jinja.of('VAL014').map((x) => [x.severity, x.range?.startLine])).toEqual([['error', 3]]);
    });
  });

  describe('VAL015 value-never-read', () => {
    it('reports a key the templates never read (ingress.apiVersion), as a warning at its line', async () => {
      const v = base();
      v.ingress = { apiVersion: 'networking.k8s.io/v1beta1', apiServer: { enabled: true } };
      const r = await run(v);
      const f = expectOne(r, 'VAL015', r.line(/apiVersion: networking/), /^ingress\.apiVersion is never read by the templates of chart 1\.19\.0/);
      expect(f.severity).toBe('warning');
    });

    it('leaves subchart values, whole subtrees the chart hands on (env, extraEnv) and schema-refused keys (VAL010) alone', async () => {
      const v = base();
      v.postgresql = { auth: { postgresPassword: 'x' } };
      v.scheduler = { ...(v.scheduler ?? {}), podAnnotations: { 'any.invented/key': 'x' } };
      v.images = { airflow: { madeUp: 'x' } };
      const r = await run(v);
      expect(r.of('VAL015')).toEqual([]);
      expect(r.of('VAL010').length).toBeGreaterThan(0);
    });
  });
});
