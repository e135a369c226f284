import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as tar from 'tar';
import { defaultChartRepository, directoryChartCache, OFFICIAL_CHART_REPOSITORY, resolveChart } from '../../src/values/chart.js';
import { validateValues } from '../../src/values/engine.js';
import { toolCacheChartCache } from '../../src/values/tool-cache.js';
import { chartDir, repoRoot, tempDir } from './helpers.js';

/** Packs the cached test chart airflow-<v> the way `helm package` lays it out: airflow/Chart.yaml … */
async function packChart(version: string, into: string): Promise<string> {
  const staging = tempDir('vv-pack-');
  fs.cpSync(chartDir(version), path.join(staging, 'airflow'), { recursive: true });
  const file = path.join(into, `airflow-${version}.tgz`);
  await tar.c({ gzip: true, cwd: staging, file, portable: true }, ['airflow']);
  return file;
}

let server: http.Server;
let repository: string;
let requests: string[] = [];
let archive: Buffer;
let digest = '';

beforeAll(async () => {
  const dir = tempDir('vv-repo-');
  archive = fs.readFileSync(await packChart('1.19.0', dir));
  digest = createHash('sha256').update(archive).digest('hex');
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/index.yaml') {
      res.setHeader('content-type', 'application/x-yaml');
      res.end(
        [
          'apiVersion: v1',
          'entries:',
          '  airflow:',
          '  - version: 1.19.0',
          '    appVersion: 3.1.7',
          `    digest: ${digest}`,
          '    urls:',
          '    - charts/airflow-1.19.0.tgz',
          '  - version: 1.18.0',
          '    digest: 0000000000000000000000000000000000000000000000000000000000000000',
          '    urls:',
          `    - ${repository}/charts/airflow-1.19.0.tgz`,
          '',
        ].join('\n'),
      );
    } else if (req.url === '/charts/airflow-1.19.0.tgz') {
      res.setHeader('content-length', String(archive.length));
      res.end(archive);
    } else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  repository = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
beforeEach(() => {
  requests = [];
});

/** A URL on 127.0.0.1 where nothing listens (a port just released by the OS). */
async function closedPortUrl(): Promise<string> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('chart source', () => {
  it('reads a chart directory', async () => {
    const chart = await resolveChart(chartDir('1.18.0'));
    expect([chart.name, chart.version, chart.appVersion, chart.from, chart.renderable]).toEqual(['airflow', '1.18.0', '3.0.2', 'directory', true]);
    expect(chart.schemaHash).toMatch(/^[0-9a-f]{64}$/);
    expect(chart.defaults.executor).toBe('CeleryExecutor');
  });

  it('extracts a .tgz', async () => {
    const file = await packChart('1.15.0', tempDir('vv-tgz-'));
    const chart = await resolveChart(file);
    expect([chart.version, chart.from, chart.renderable]).toEqual(['1.15.0', 'archive', true]);
  });

  it('downloads a version from the repository index, verifies its digest and caches it', async () => {
    const cacheRoot = tempDir('vv-cache-');
    const first = await resolveChart('1.19.0', { repository, cache: directoryChartCache(cacheRoot) });
    expect([first.version, first.from]).toEqual(['1.19.0', 'repository']);
    expect(first.dir.startsWith(cacheRoot)).toBe(true);
    expect(requests).toEqual(['/index.yaml', '/charts/airflow-1.19.0.tgz']);
    requests = [];
    const second = await resolveChart('1.19.0', { repository, cache: directoryChartCache(cacheRoot) });
    expect([second.version, second.from]).toEqual(['1.19.0', 'cache']);
    expect(requests).toEqual([]);
  });

  it('caches in the runner tool cache in the action', async () => {
    process.env.RUNNER_TOOL_CACHE = tempDir('vv-toolcache-');
    process.env.RUNNER_TEMP = tempDir('vv-runnertemp-');
    const first = await resolveChart('v1.19.0', { repository, cache: toolCacheChartCache() });
    expect(first.from).toBe('repository');
    expect(first.dir.startsWith(process.env.RUNNER_TOOL_CACHE)).toBe(true);
    const second = await resolveChart('1.19.0', { repository, cache: toolCacheChartCache() });
    expect(second.from).toBe('cache');
    expect(requests.filter((r) => r.endsWith('.tgz'))).toHaveLength(1);
  });

  it('refuses an archive whose digest does not match the index', async () => {
    await expect(resolveChart('1.18.0', { repository })).rejects.toThrow(/sha256 .* but the index says 0000/);
  });

  it('names the versions it knows when one is missing, and fails cleanly offline', async () => {
    await expect(resolveChart('9.9.9', { repository })).rejects.toThrow(/Airflow chart 9\.9\.9 is not in .*index\.yaml \(newest: 1\.19\.0, 1\.18\.0\)/);
    const closed = await closedPortUrl();
    await expect(resolveChart('1.19.0', { repository: closed })).rejects.toThrow(`Cannot download the chart index from ${closed}/index.yaml (fetch failed: ECONNREFUSED); check the network`);
  });

  describe('AIRFLOW_GITOPS_CHART_REPOSITORY', () => {
    const saved = process.env.AIRFLOW_GITOPS_CHART_REPOSITORY;
    afterEach(() => {
      if (saved === undefined) delete process.env.AIRFLOW_GITOPS_CHART_REPOSITORY;
      else process.env.AIRFLOW_GITOPS_CHART_REPOSITORY = saved;
    });

    it('is the default repository when no option names one; the official one without it', () => {
      delete process.env.AIRFLOW_GITOPS_CHART_REPOSITORY;
      expect(defaultChartRepository()).toBe(OFFICIAL_CHART_REPOSITORY);
      process.env.AIRFLOW_GITOPS_CHART_REPOSITORY = ` ${repository} `;
      expect(defaultChartRepository()).toBe(repository);
    });

    it('downloads a version from it, and an explicit repository still wins', async () => {
      process.env.AIRFLOW_GITOPS_CHART_REPOSITORY = repository;
      const chart = await resolveChart('1.19.0', { cache: directoryChartCache(tempDir('vv-cache-')) });
      expect([chart.version, chart.from]).toEqual(['1.19.0', 'repository']);
      expect(requests).toEqual(['/index.yaml', '/charts/airflow-1.19.0.tgz']);
      requests = [];
      process.env.AIRFLOW_GITOPS_CHART_REPOSITORY = await closedPortUrl();
      expect((await resolveChart('1.19.0', { repository })).from).toBe('repository');
      expect(requests).toEqual(['/index.yaml', '/charts/airflow-1.19.0.tgz']);
    });

    it('says which variable is wrong when it is not an http(s) URL', async () => {
      process.env.AIRFLOW_GITOPS_CHART_REPOSITORY = 'airflow.apache.org';
      await expect(resolveChart('1.19.0')).rejects.toThrow('AIRFLOW_GITOPS_CHART_REPOSITORY must be an http(s) URL of a Helm chart repository (got "airflow.apache.org").');
    });

    it('is where validate-values downloads from when neither the input nor the config names a repository', async () => {
      process.env.AIRFLOW_GITOPS_CHART_REPOSITORY = repository;
      const result = await validateValues({
        files: ['examples/platform/airflow/values.yaml'],
        chart: '1.19.0',
        chartCache: directoryChartCache(tempDir('vv-cache-')),
        cwd: repoRoot,
        schemaCacheDir: tempDir('vv-schema-'),
        render: 'off',
      });
      expect(result.run.details).toContainEqual(['Chart', 'airflow 1.19.0 (repository)']);
      expect(requests).toContain('/index.yaml');
    });
  });

  it('validates against a downloaded chart end to end', async () => {
    const result = await validateValues({
      files: ['examples/platform/airflow/values.yaml'],
      chart: '1.19.0',
      chartRepository: repository,
      chartCache: directoryChartCache(tempDir('vv-cache-')),
      cwd: repoRoot,
      schemaCacheDir: tempDir('vv-schema-'),
      render: 'off',
    });
    expect(result.findings).toEqual([]);
    expect(result.run.details).toContainEqual(['Chart', 'airflow 1.19.0 (repository)']);
  });
});
