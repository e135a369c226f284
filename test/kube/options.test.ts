import { runCli } from '../../src/cli/main.js';
import { migrateCommand } from '../../src/cli/migrate.js';
import { UsageError } from '../../src/core/finding.js';
import { parseMigrateOptions } from '../../src/kube/options.js';
import { defaultChartRepository } from '../../src/values/chart.js';

describe('parseMigrateOptions', () => {
  it('defaults: kind, chart 1.19.0 with its own Airflow 3.1.7 image, release airflow in airflow', () => {
    const o = parseMigrateOptions({ valuesFiles: ['v.yaml'], workDir: '/w' });
    expect(o).toMatchObject({ cluster: 'kind', chartVersion: '1.19.0', airflowImage: 'apache/airflow:3.1.7', airflowVersion: '3.1.7', namespace: 'airflow', releaseName: 'airflow', timeoutMinutes: 30, kindNodeImage: 'kindest/node:v1.33.1', diagnosticsDir: '/w/diagnostics' });
    expect(o.from).toBeUndefined();
  });

  it('reads the Airflow version from a custom image tag', () => {
    expect(parseMigrateOptions({ airflowImage: 'ghcr.io/frakma/airflow:3.1.7-python3.12' }).airflowVersion).toBe('3.1.7');
  });

  it("an image pinned by digest takes the chart version's Airflow version", () => {
    const pinned = `registry/airflow@sha256:${'ab'.repeat(32)}`;
    expect(parseMigrateOptions({ airflowImage: pinned })).toMatchObject({ airflowImage: pinned, airflowVersion: '3.1.7' });
  });

  it('accepts the inputs real deployments use: registry ports, digests, dotted ids, cloud context names', () => {
    const o = parseMigrateOptions({
      airflowImage: `registry.example.com:5000/team/airflow:3.1.7-python3.12@sha256:${'0a'.repeat(32)}`,
      kindNodeImage: 'kindest/node:v1.33.1',
      wasbConnectionId: 'wasb.logs-prod_1',
      smokeDag: 'detect_and_retrain',
      adminUser: 'ops.admin@example.com',
      context: 'arn:aws:eks:eu-west-1:123456789012:cluster/prod',
    });
    expect(o).toMatchObject({ airflowVersion: '3.1.7', wasbConnectionId: 'wasb.logs-prod_1', smokeDag: 'detect_and_retrain', context: 'arn:aws:eks:eu-west-1:123456789012:cluster/prod' });
  });

  it('upgrade gating: old chart, old image and old values (default: the same values)', () => {
    const o = parseMigrateOptions({ valuesFiles: ['v.yaml'], fromChartVersion: '1.15.0', fromAirflowVersion: '2.9.3' });
    expect(o.from).toEqual({ chartVersion: '1.15.0', airflowImage: 'apache/airflow:2.9.3', airflowVersion: '2.9.3', valuesFiles: ['v.yaml'] });
  });

  it("upgrade gating from a team's own image: from-airflow-image, its version from the tag or from from-airflow-version", () => {
    const tagged = parseMigrateOptions({ valuesFiles: ['v.yaml'], fromChartVersion: '1.15.0', fromAirflowImage: 'ghcr.io/frakma/airflow:2.9.3' });
    expect(tagged.from).toMatchObject({ airflowImage: 'ghcr.io/frakma/airflow:2.9.3', airflowVersion: '2.9.3' });
    const custom = parseMigrateOptions({ valuesFiles: ['v.yaml'], fromChartVersion: '1.15.0', fromAirflowImage: 'ghcr.io/frakma/airflow:prod-2024-11', fromAirflowVersion: '2.9.3' });
    expect(custom.from).toMatchObject({ airflowImage: 'ghcr.io/frakma/airflow:prod-2024-11', airflowVersion: '2.9.3' });
    expect(() => parseMigrateOptions({ valuesFiles: ['v.yaml'], fromChartVersion: '1.15.0', fromAirflowImage: '--privileged' })).toThrow(UsageError);
    expect(() => parseMigrateOptions({ valuesFiles: ['v.yaml'], fromAirflowImage: 'ghcr.io/frakma/airflow:2.9.3', fromAirflowVersion: 'two' })).toThrow(/from-airflow-version must look like 2\.9\.3/);
  });

  it.each([
    [{ cluster: 'minikube' }, /cluster must be kind or existing/],
    [{ chartVersion: 'latest' }, /chart-version must be a chart release/],
    [{ chartVersion: '1.99.0' }, /Chart 1\.99\.0 is not in the known-versions table/],
    [{ chartVersion: '1.99.0', airflowImage: `registry/airflow@sha256:${'ab'.repeat(32)}` }, /Cannot tell the Airflow version/],
    [{ airflowImage: 'my airflow:3.1.7' }, /airflow-image "my airflow:3\.1\.7" is not an image reference/],
    [{ airflowImage: 'apache/airflow:3.1.7;touch /tmp/x' }, /airflow-image .* is not an image reference/],
    [{ airflowImage: '--help' }, /airflow-image "--help" starts with '-'/],
    [{ kindNodeImage: '--retain' }, /kind-node-image "--retain" starts with '-'/],
    [{ kindNodeImage: 'kindest/node:v1.33.1 --foo' }, /kind-node-image .* is not an image reference/],
    [{ wasbConnectionId: 'x $(touch /tmp/pwned) #' }, /wasb-connection-id "x \$\(touch \/tmp\/pwned\) #" is not a valid Airflow id/],
    [{ wasbConnectionId: '--conn-type=http' }, /wasb-connection-id "--conn-type=http" starts with '-'/],
    [{ wasbConnectionId: 'a'.repeat(251) }, /is not a valid Airflow id .*at most 250/],
    [{ smokeDag: '--help' }, /smoke-dag "--help" starts with '-'/],
    [{ smokeDag: 'my dag' }, /smoke-dag "my dag" is not a valid Airflow id/],
    [{ adminUser: '-h' }, /admin-user "-h" starts with '-'/],
    [{ context: '--kubeconfig=/tmp/evil' }, /context "--kubeconfig=\/tmp\/evil" starts with '-'/],
    [{ context: 'prod\nnext' }, /context must be a kubeconfig context name/],
    [{ timeoutMinutes: '0' }, /timeout-minutes must be a number between 0 and 360/],
    [{ namespace: 'Airflow_Prod' }, /namespace "Airflow_Prod" is not a valid Kubernetes name/],
    [{ cluster: 'existing', fromChartVersion: '1.15.0' }, /Upgrade gating .* needs a throwaway cluster/],
    [{ fromAirflowVersion: 'two' }, /from-airflow-version must look like 2\.9\.3/],
    [{ adminUser: 'admin; rm -rf /' }, /admin-user .* may use letters, digits/],
    [{ cluster: 'existing', adminUser: 'admin' }, /admin-user on cluster: existing needs admin-password/],
  ])('rejects %j with one sentence', (raw, message) => {
    expect(() => parseMigrateOptions(raw)).toThrow(UsageError);
    expect(() => parseMigrateOptions(raw)).toThrow(message);
  });
});

describe('migrate CLI', () => {
  const io = () => {
    const out: string[] = [];
    const sink = { write: (s: string) => (out.push(s), true) } as unknown as NodeJS.WriteStream;
    return { out, io: { out: sink, err: sink } };
  };

  it('a real run needs a values file: exit 2 with a usage sentence', async () => {
    const { out, io: streams } = io();
    expect(await runCli(['migrate'], [migrateCommand], streams)).toBe(2);
    expect(out.join('')).toContain('migrate needs at least one --values file');
  });

  it('--plan without values plans the chart defaults and runs nothing', async () => {
    const { out, io: streams } = io();
    expect(await runCli(['migrate', '--plan', '--work-dir', '/tmp/airflow-gitops-plan'], [migrateCommand], streams)).toBe(0);
    expect(out.join('')).toContain("planning with the chart's default values");
    const plan = out.join('');
    expect(plan).toContain('$ kind create cluster --name airflow-gitops --image kindest/node:v1.33.1 --config /tmp/airflow-gitops-plan/kind-config.yaml');
    // The official repository unless $AIRFLOW_GITOPS_CHART_REPOSITORY names a mirror (as it does on machines without internet).
    expect(plan).toContain(`$ helm upgrade --install airflow airflow --repo ${defaultChartRepository()} --version 1.19.0 --namespace airflow -f /tmp/airflow-gitops-plan/ci-overlay-target.yaml`);
    expect(plan).toMatch(/## 1\. render \(timeout 90 s\)\n\$ helm template airflow airflow /);
    expect(plan).toMatch(/## 7\. verify \(timeout 360 s\)/);
  });

  it('rejects unknown flags (exit 2) — secrets are never accepted on argv', async () => {
    const { out, io: streams } = io();
    expect(await runCli(['migrate', '--values', 'v.yaml', '--admin-password', 'x'], [migrateCommand], streams)).toBe(2);
    expect(out.join('')).toMatch(/unknown option --admin-password for migrate\. See `airflow-gitops migrate --help`\./);
  });

  it('--plan for upgrade gating lists each release under its own install and migrate phases', async () => {
    const { out, io: streams } = io();
    expect(await runCli(['migrate', '--plan', '--from-chart-version', '1.15.0', '--from-airflow-version', '2.9.3', '--work-dir', '/tmp/airflow-gitops-plan'], [migrateCommand], streams)).toBe(0);
    const sections = out.join('').split(/^## /m).slice(1);
    const section = (title: string) => sections.find((s) => s.startsWith(title))!;
    expect(sections.map((s) => s.split(' (timeout')[0].split('\n')[0])).toEqual([
      '1. render',
      '2. cluster',
      '3. shared database',
      '4. secrets',
      '5. install (from chart 1.15.0 / Airflow 2.9.3)',
      '6. migrate (from chart 1.15.0 / Airflow 2.9.3)',
      '7. seed old release',
      '8. install (to chart 1.19.0 / Airflow 3.1.7)',
      '9. migrate (to chart 1.19.0 / Airflow 3.1.7)',
      '10. verify',
      'post: cleanup',
      'on failure: diagnostics',
    ]);
    // Both releases are rendered (old first) before the cluster exists; each install is one helm call.
    expect(section('1. render').match(/--version (\S+)/g)).toEqual(['--version 1.15.0', '--version 1.19.0']);
    expect(section('5. install').match(/--version (\S+)/g)).toEqual(['--version 1.15.0']);
    expect(section('8. install').match(/--version (\S+)/g)).toEqual(['--version 1.19.0']);
    expect(section('7. seed')).toContain('rollout status deployment/airflow-webserver');
    expect(section('10. verify')).toContain('rollout status deployment/airflow-api-server');
  });
});
