import { parse } from 'yaml';
import { airflowJob, airflowSecrets, ciOverlay, jobInputSecret, kindConfig, metadataConnection, REVISION_PROBE_ARGS, sharedDatabaseManifests, toYamlDocuments } from '../../src/kube/manifests.js';
import { validateK8s, validateKindConfig } from './k8s-validate.js';

const job = airflowJob({
  name: 'airflow-gitops-migrate',
  namespace: 'airflow',
  release: 'airflow',
  component: 'run-airflow-migrations',
  image: 'apache/airflow:3.1.7',
  args: ['bash', '-c', 'exec airflow db migrate'],
  metadataSecret: 'airflow-postgres-secret',
  fernetKeySecret: 'airflow-fernet-key',
  configMap: 'airflow-config',
  secretEnv: { ADMIN_PASSWORD: ['airflow-gitops-job-inputs', 'ADMIN_PASSWORD'] },
  activeDeadlineSeconds: 600,
});

describe('generated manifests validate against the Kubernetes API schemas', () => {
  it('shared PostgreSQL: Namespace, init Secret, Deployment, Service', () => {
    const objects = sharedDatabaseManifests('super-secret', "pa'ss");
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Namespace/warble-system', 'Secret/postgresql-init', 'Deployment/postgresql', 'Service/postgresql']);
    for (const o of objects) expect(() => validateK8s(o)).not.toThrow();
    const init = (objects[1] as unknown as { stringData: Record<string, string> }).stringData['init.sql'];
    expect(init).toContain("CREATE ROLE airflow LOGIN PASSWORD 'pa''ss';");
    expect(init).toContain('GRANT ALL ON SCHEMA public TO airflow;');
  });

  it('the Secrets the values name, with the keys the chart reads', () => {
    const objects = airflowSecrets('airflow', { metadata: 'airflow-postgres-secret', fernetKey: 'fk', jwt: 'jwt', apiSecretKey: 'api' }, { connection: metadataConnection('p@ss/word'), fernetKey: 'f', jwt: 'j', apiSecretKey: 'a' });
    for (const o of objects) expect(() => validateK8s(o)).not.toThrow();
    expect(objects.map((o) => Object.keys((o as { stringData?: object }).stringData ?? {})[0])).toEqual([undefined, 'connection', 'fernet-key', 'jwt-secret', 'api-secret-key']);
    expect((objects[1] as unknown as { stringData: { connection: string } }).stringData.connection).toBe('postgresql+psycopg2://airflow:p%40ss%2Fword@postgresql.warble-system:5432/airflow');
    expect(() => validateK8s(jobInputSecret('airflow', 'x', { ADMIN_PASSWORD: 'y' }))).not.toThrow();
  });

  it("the migration Job mirrors the chart's: image, config map, metadata Secret, runs once", () => {
    expect(() => validateK8s(job)).not.toThrow();
    const spec = job.spec as { backoffLimit: number; template: { spec: { restartPolicy: string; containers: Array<{ env: Array<{ name: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }>; volumeMounts: object[] }>; volumes: object[] } } };
    expect(spec.backoffLimit).toBe(0);
    expect(spec.template.spec.restartPolicy).toBe('Never');
    const env = spec.template.spec.containers[0].env;
    expect(env.find((e) => e.name === 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN')?.valueFrom?.secretKeyRef).toEqual({ name: 'airflow-postgres-secret', key: 'connection' });
    expect(env.find((e) => e.name === 'AIRFLOW__CORE__FERNET_KEY')?.valueFrom?.secretKeyRef).toEqual({ name: 'airflow-fernet-key', key: 'fernet-key' });
    expect(spec.template.spec.containers[0].volumeMounts).toEqual([{ name: 'config', mountPath: '/opt/airflow/airflow.cfg', subPath: 'airflow.cfg', readOnly: true }]);
    expect(spec.template.spec.volumes).toEqual([{ name: 'config', configMap: { name: 'airflow-config' } }]);
  });

  it('the revision probe Job (no config map yet) validates too', () => {
    const probe = airflowJob({ name: 'p', namespace: 'airflow', release: 'airflow', component: 'airflow-gitops-probe', image: 'apache/airflow:3.1.7', args: REVISION_PROBE_ARGS, metadataSecret: 's', activeDeadlineSeconds: 60 });
    expect(() => validateK8s(probe)).not.toThrow();
    expect(REVISION_PROBE_ARGS[2]).toContain("print('alembic_version=' + (rev or 'none'))");
  });

  it('a broken manifest is rejected (the validator is not a rubber stamp)', () => {
    const bad = JSON.parse(JSON.stringify(job));
    delete bad.spec.template.spec.containers[0].name;
    expect(() => validateK8s(bad)).toThrow(/must have required property 'name'|required property name/);
  });

  it('kind config: kind.x-k8s.io/v1alpha4 Cluster on the pinned node image', () => {
    const cfg = kindConfig({ clusterName: 'airflow-gitops', kindNodeImage: 'kindest/node:v1.33.1' });
    expect(() => validateKindConfig(cfg)).not.toThrow();
    expect(() => validateKindConfig({ ...cfg, apiVersion: 'kind.sigs.k8s.io/v1' })).toThrow();
    expect(() => validateKindConfig(kindConfig({ clusterName: 'x', kindNodeImage: 'kindest/node:latest' }))).toThrow();
  });

  it('YAML documents round-trip', () => {
    const docs = toYamlDocuments(sharedDatabaseManifests('a', 'b')).split(/^---$/m).map((d) => parse(d));
    expect(docs.map((d) => d.kind)).toEqual(['Namespace', 'Secret', 'Deployment', 'Service']);
  });

  it('CI overlay: image under test, bounded migrations wait, git-sync off only when asked', () => {
    const o = ciOverlay({ airflowImage: 'ghcr.io/frakma/airflow:3.1.7-py3.12', airflowVersion: '3.1.7', migrationsWaitSeconds: 300, disableGitSync: true });
    expect(o).toMatchObject({ airflowVersion: '3.1.7', images: { airflow: { repository: 'ghcr.io/frakma/airflow', tag: '3.1.7-py3.12' }, migrationsWaitTimeout: 300 }, dags: { gitSync: { enabled: false } } });
    expect(ciOverlay({ airflowImage: 'ghcr.io/x/airflow@sha256:' + 'f'.repeat(64), airflowVersion: '3.1.7', migrationsWaitSeconds: 60, disableGitSync: false }).images).toMatchObject({ airflow: { repository: 'ghcr.io/x/airflow', tag: '3.1.7', digest: 'sha256:' + 'f'.repeat(64) } });
    expect(ciOverlay({ airflowImage: 'a:1', airflowVersion: '3.1.7', migrationsWaitSeconds: 60, disableGitSync: false }).dags).toBeUndefined();
  });
});
