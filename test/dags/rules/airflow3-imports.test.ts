import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseConfig } from '../../../src/core/config.js';
import { UsageError } from '../../../src/core/finding.js';
import { DEFAULT_PROVIDER_VERSIONS } from '../../../src/core/versions.js';
import { parseRequirements, resolveProviderVersions } from '../../../src/dags/provider-versions.js';
import { lintDags } from '../../../src/dags/engine.js';
import { hits, lint, py } from '../helpers.js';

describe('DAG101/DAG201 and try/except ImportError compatibility shims', () => {
  it('stays quiet on the fallback import of `try: <new> except ImportError: <old>` (and a tuple with ModuleNotFoundError)', async () => {
    const code = py`
      try:
          from airflow.providers.standard.operators.bash import BashOperator
      except ImportError:
          from airflow.operators.bash_operator import BashOperator
      try:
          from airflow.sdk import dag, task
      except (ImportError, ModuleNotFoundError):
          from airflow.decorators import dag, task
      try:
          from airflow.providers.standard.operators.empty import EmptyOperator
      except ModuleNotFoundError as err:
          from airflow.operators.dummy import DummyOperator as EmptyOperator
    `;
    expect(await hits(code, ['DAG101', 'DAG201', 'DAG202'])).toEqual([]);
  });

  it('stays quiet on a removed import tried first (its failure is caught) but still warns on a deprecated one', async () => {
    const code = py`
      try:
          from airflow.utils.dates import days_ago
          from airflow.decorators import task
      except ImportError:
          days_ago = None
    `;
    expect(await hits(code, ['DAG101', 'DAG201'])).toEqual(['DAG201@3']);
  });

  it('still reports the old import when the handler does not catch ImportError, or outside any try', async () => {
    const code = py`
      try:
          from airflow.providers.standard.operators.bash import BashOperator
      except ValueError:
          from airflow.operators.bash_operator import BashOperator
      from airflow.operators.dummy import DummyOperator
      def build():
          try:
              pass
          except ImportError:
              from airflow.utils.dates import days_ago
    `;
    // The last one: an except without an import in its try body is no compatibility shim.
    expect(await hits(code, ['DAG101'])).toEqual(['DAG101@10', 'DAG101@4', 'DAG101@5']);
  });
});

describe('DAG202 airflow3-suggested-update', () => {
  it('reports names 3.1 imports without a warning as notes, not DAG201 warnings', async () => {
    const code = py`
      from airflow import DAG
      from airflow.models import Variable, Param
      from airflow.decorators import task
    `;
    const { findings } = await lint(code);
    const at = (id: string) => findings.filter((f) => f.ruleId === id).map((f) => `${f.severity}@${f.range!.startLine}`);
    expect(at('DAG202')).toEqual(['note@1', 'note@2']);
    expect(at('DAG201')).toEqual(['warning@3']);
    expect(findings.find((f) => f.ruleId === 'DAG202' && f.range!.startLine === 2)?.fix).toBe('Use `from airflow.sdk import Variable, Param`.');
  });

  it('says nothing for the Task SDK names, and can be switched off', async () => {
    expect(await hits('from airflow.sdk import DAG, Variable, Param\n', ['DAG201', 'DAG202'])).toEqual([]);
    const { findings } = await lint('from airflow import DAG\n', {}, { DAG202: 'off' });
    expect(findings.filter((f) => f.ruleId === 'DAG202')).toEqual([]);
  });
});

describe('DAG101: names removed from Airflow', () => {
  it('reports Airflow 1 package-level imports, SlaMiss and airflow.models.dataset', async () => {
    const code = py`
      from airflow.operators import BashOperator
      from airflow.hooks import HttpHook, S3Hook
      from airflow.models import SlaMiss
      from airflow.models.dataset import DatasetModel
    `;
    const { findings } = await lint(code);
    const removed = findings.filter((f) => f.ruleId === 'DAG101');
    expect(removed.map((f) => f.range!.startLine)).toEqual([1, 2, 3, 4]);
    expect(removed[0].fix).toBe('Use `from airflow.providers.standard.operators.bash import BashOperator` (apache-airflow-providers-standard).');
    expect(removed[1].fix).toContain('airflow.providers.http.hooks.http.HttpHook');
    expect(removed[1].fix).toContain('airflow.providers.amazon.aws.hooks.s3.S3Hook');
  });

  it('leaves the module imports of the same packages alone', async () => {
    const code = py`
      from airflow.providers.standard.operators.bash import BashOperator
      from airflow.providers.http.hooks.http import HttpHook
      from airflow.models import Pool, TaskInstance
      from airflow.models.asset import AssetModel
    `;
    expect(await hits(code, ['DAG101'])).toEqual([]);
  });
});

describe('DAG101: names removed from provider packages, by provider version', () => {
  const code = py`
    from airflow.providers.postgres.operators.postgres import PostgresOperator
    from airflow.providers.cncf.kubernetes.operators.kubernetes_pod import KubernetesPodOperator
    from airflow.providers.http.operators.http import SimpleHttpOperator
  `;

  it('reports them against the Airflow 3.1 default provider versions, with the replacement', async () => {
    const { findings } = await lint(code);
    const removed = findings.filter((f) => f.ruleId === 'DAG101');
    expect(removed.map((f) => `${f.severity}@${f.range!.startLine}`)).toEqual(['error@1', 'error@2', 'error@3']);
    expect(removed[0].message).toContain(`removed from apache-airflow-providers-postgres in 6.0.0; the image has ${DEFAULT_PROVIDER_VERSIONS['apache-airflow-providers-postgres']}`);
    expect(removed[0].fix).toBe('Use `from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator` (apache-airflow-providers-common-sql).');
    expect(removed[1].fix).toContain('airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator');
  });

  it('says nothing when the image pins a provider version that still has the names', async () => {
    const providerVersions = { ...DEFAULT_PROVIDER_VERSIONS, 'apache-airflow-providers-postgres': '5.14.0', 'apache-airflow-providers-cncf-kubernetes': '9.0.1', 'apache-airflow-providers-http': '4.13.3' };
    expect(await hits(code, ['DAG101'], { providerVersions })).toEqual([]);
  });

  it('says nothing for the current provider names', async () => {
    const current = py`
      from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator
      from airflow.providers.postgres.hooks.postgres import PostgresHook
      from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator
      from airflow.providers.http.operators.http import HttpOperator
    `;
    expect(await hits(current, ['DAG101', 'DAG201', 'DAG202'])).toEqual([]);
  });
});

describe('provider versions: requirements files and config', () => {
  it('reads pins, lower bounds and extras from a requirements or constraints file', () => {
    const text = [
      '# image providers',
      'apache-airflow==3.1.8',
      'apache-airflow-providers-postgres==5.14.0  # pinned for the old operator',
      'apache_airflow_providers_CNCF_Kubernetes[cncf] >= 9.0.1',
      'apache-airflow-providers-http~=4.13',
      'apache-airflow-providers-amazon',
      'apache-airflow-providers-google<12',
      '--hash=sha256:abc',
    ].join('\n');
    expect(parseRequirements(text)).toEqual({
      'apache-airflow-providers-postgres': '5.14.0',
      'apache-airflow-providers-cncf-kubernetes': '9.0.1',
      'apache-airflow-providers-http': '4.13',
    });
  });

  it('layers defaults < requirements.txt < dags.provider-versions, and refuses a configured file that is missing', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'providers-'));
    try {
      fs.writeFileSync(path.join(root, 'requirements.txt'), 'apache-airflow-providers-postgres==5.14.0\napache-airflow-providers-http==4.13.3\n');
      const config = parseConfig('dags:\n  provider-versions:\n    http: "5.0.0"\n', path.join(root, '.airflow-gitops.yml'));
      const { versions, sources } = resolveProviderVersions(config, root);
      expect(versions['apache-airflow-providers-postgres']).toBe('5.14.0');
      expect(versions['apache-airflow-providers-http']).toBe('5.0.0');
      expect(versions['apache-airflow-providers-cncf-kubernetes']).toBe(DEFAULT_PROVIDER_VERSIONS['apache-airflow-providers-cncf-kubernetes']);
      expect(sources).toEqual(['requirements.txt', 'config dags.provider-versions']);
      const missing = parseConfig('dags:\n  requirements: [docker/requirements.txt]\n', path.join(root, '.airflow-gitops.yml'));
      expect(() => resolveProviderVersions(missing, root)).toThrow(UsageError);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('rejects a provider version that is not a version', () => {
    expect(() => parseConfig('dags:\n  provider-versions:\n    postgres: latest\n', 'c.yml')).toThrow(/dags.provider-versions.postgres must be a version/);
  });

  it('lint-dags reads requirements.txt at the root: the old PostgresOperator is fine on a 5.x pin', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'providers-'));
    try {
      fs.mkdirSync(path.join(root, 'dags'));
      fs.writeFileSync(path.join(root, 'dags', 'etl.py'), 'from airflow.providers.postgres.operators.postgres import PostgresOperator\n');
      const config = parseConfig('', path.join(root, '.airflow-gitops.yml'));
      const before = await lintDags({ paths: ['dags'], root, config });
      expect(before.findings.filter((f) => f.ruleId === 'DAG101').map((f) => f.file)).toEqual(['dags/etl.py']);
      fs.writeFileSync(path.join(root, 'requirements.txt'), 'apache-airflow-providers-postgres==5.14.0\n');
      const after = await lintDags({ paths: ['dags'], root, config });
      expect(after.findings.filter((f) => f.ruleId === 'DAG101')).toEqual([]);
      expect(after.run.details).toContainEqual(['Provider versions from', 'requirements.txt']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the hand-written corpus files for these rules (each judged by the real DagBag in test/airflow/dagbag-parity.test.ts)', () => {
  const corpus = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../airflow/corpus/handwritten');
  const lintCorpus = async (name: string) => (await lint(fs.readFileSync(path.join(corpus, name), 'utf8'), {}, {}, `dags/${name}`)).findings;
  const errors = (findings: Awaited<ReturnType<typeof lintCorpus>>) => findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}@${f.range!.startLine}`);

  it('reports the import error DagBag 3.1 raises in each broken file, at its line', async () => {
    expect(errors(await lintCorpus('broken_postgres_operator.py'))).toEqual(['DAG101@4']);
    expect(errors(await lintCorpus('broken_airflow1_import.py'))).toEqual(['DAG101@5']);
    expect(errors(await lintCorpus('broken_dag_kwargs.py'))).toEqual(['DAG102@9']);
  });

  it('has no error on the Airflow 2/3 compatible file DagBag 3.1 loads; only notes and a warning for what 3.1 ignores', async () => {
    const findings = await lintCorpus('compat_imports.py');
    expect(errors(findings)).toEqual([]);
    expect(findings.map((f) => `${f.ruleId}:${f.severity}@${f.range!.startLine}`).sort()).toEqual(['DAG202:note@8', 'DAG202:note@9', 'DAG203:warning@34']);
  });
});

describe('DAG101 on the experimental API package', () => {
  it('reports `from airflow.api.common.experimental import …` (the package is gone on 3.1: ModuleNotFoundError)', async () => {
    const code = py`
      from airflow.api.common.experimental import delete_dag
      from airflow.api.common.experimental.trigger_dag import trigger_dag
      from airflow.api.common import delete_dag as current_delete_dag
    `;
    const { findings } = await lint(code);
    expect(findings.filter((f) => f.ruleId === 'DAG101').map((f) => `${f.severity}@${f.range!.startLine}`)).toEqual(['error@1', 'error@2']);
  });
});
