import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chartDir, prepareTestCharts, serveChartRepository, TEST_CHARTS_ENV } from './charts.js';

/**
 * The test-chart helper itself. The globalSetup usually finds every chart already cached, so this
 * proves the download path on every run: a repository served from the cached charts, an empty cache.
 */
const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

describe('test charts (globalSetup helper)', () => {
  describe('from a repository served from the cached charts', () => {
    let repo: Awaited<ReturnType<typeof serveChartRepository>>;
    beforeAll(async () => {
      repo = await serveChartRepository(['1.19.0']);
    });
    afterAll(() => repo?.close());

    it('downloads a missing version into the cache with the product, and nothing once it is there', async () => {
      const cacheRoot = tempDir('test-charts-cache-');
      const first = await prepareTestCharts({ repository: repo.url, cacheRoot, versions: ['1.19.0'] });
      expect(first).toEqual({ '1.19.0': { dir: path.join(cacheRoot, 'charts', 'airflow-1.19.0') } });
      expect(fs.existsSync(path.join(cacheRoot, 'charts', 'airflow-1.19.0', 'values.schema.json'))).toBe(true);
      expect(repo.requests.splice(0)).toEqual(['/index.yaml', '/airflow-1.19.0.tgz']);
      expect(await prepareTestCharts({ repository: repo.url, cacheRoot, versions: ['1.19.0'] })).toEqual(first);
      expect(repo.requests).toEqual([]);
    });

    it('says a version the repository does not serve is missing, not that the repository is down', async () => {
      const prepared = await prepareTestCharts({ repository: repo.url, cacheRoot: tempDir('test-charts-cache-'), versions: ['1.18.0'] });
      expect(prepared['1.18.0']).toEqual({ error: expect.stringMatching(/^chart 1\.18\.0 not available: .* did not serve it \(Airflow chart 1\.18\.0 is not in http:\/\/127\.0\.0\.1:\d+\/index\.yaml \(newest: 1\.19\.0\)\); set AIRFLOW_GITOPS_CHART_REPOSITORY/) });
    });
  });

  it('turns an unreachable repository into the one line the chart tests fail with', async () => {
    // A port just released by the OS: nothing listens there.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const dead = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const saved = process.env.AIRFLOW_GITOPS_CHART_REPOSITORY;
    process.env.AIRFLOW_GITOPS_CHART_REPOSITORY = dead;
    try {
      const prepared = await prepareTestCharts({ cacheRoot: tempDir('test-charts-cache-'), versions: ['1.15.0'] });
      expect(prepared).toEqual({
        '1.15.0': {
          error: `chart 1.15.0 not available: AIRFLOW_GITOPS_CHART_REPOSITORY=${dead} unreachable (Cannot download the chart index from ${dead}/index.yaml (fetch failed: ECONNREFUSED)); set AIRFLOW_GITOPS_CHART_REPOSITORY to a reachable Helm chart repository`,
        },
      });
    } finally {
      if (saved === undefined) delete process.env.AIRFLOW_GITOPS_CHART_REPOSITORY;
      else process.env.AIRFLOW_GITOPS_CHART_REPOSITORY = saved;
    }
  });

  it('chartDir gives what the globalSetup prepared, or throws its line without a stack', () => {
    const saved = process.env[TEST_CHARTS_ENV];
    process.env[TEST_CHARTS_ENV] = JSON.stringify({ '1.19.0': { dir: '/cache/charts/airflow-1.19.0' }, '1.15.0': { error: 'chart 1.15.0 not available: …' } });
    try {
      expect(chartDir('1.19.0')).toBe('/cache/charts/airflow-1.19.0');
      let thrown: unknown;
      try {
        chartDir('1.15.0');
      } catch (e) {
        thrown = e;
      }
      expect([(thrown as Error).message, (thrown as Error).stack]).toEqual(['chart 1.15.0 not available: …', 'chart 1.15.0 not available: …']);
    } finally {
      if (saved === undefined) delete process.env[TEST_CHARTS_ENV];
      else process.env[TEST_CHARTS_ENV] = saved;
    }
  });
});
