/**
 * The Airflow charts the tests validate against, obtained the way users obtain them: the product's
 * own resolveChart downloads each version from the chart repository ($AIRFLOW_GITOPS_CHART_REPOSITORY,
 * default https://airflow.apache.org) into the user cache (~/.cache/airflow-gitops, or
 * $AIRFLOW_GITOPS_CACHE_DIR). test/helpers/charts.setup.ts does it once per jest run, before any test
 * file; tests then read the cached directories synchronously with chartDir().
 *
 * No jest imports: the globalSetup and the tests share it.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tar from 'tar';
import { userCacheDir } from '../../src/core/cache-dir.js';
import { CHART_REPOSITORY_ENV, OFFICIAL_CHART_REPOSITORY, directoryChartCache, resolveChart } from '../../src/values/chart.js';

/** Every chart version a test reads. */
export const TEST_CHART_VERSIONS = ['1.15.0', '1.18.0', '1.19.0'] as const;
export type TestChartVersion = (typeof TEST_CHART_VERSIONS)[number];

/**
 * How the globalSetup hands its result to the test workers: JSON, version → { dir } or { error }.
 * Workers inherit the environment; the cache directory alone would not do, since some test files
 * point AIRFLOW_GITOPS_CACHE_DIR at a temp dir of their own before asking for a chart.
 */
export const TEST_CHARTS_ENV = 'AIRFLOW_GITOPS_TEST_CHARTS';

export type PreparedChart = { dir: string } | { error: string };

/** The repository the test charts come from: $AIRFLOW_GITOPS_CHART_REPOSITORY, else the official one. */
export function testChartRepository(): string {
  return process.env[CHART_REPOSITORY_ENV]?.trim() || OFFICIAL_CHART_REPOSITORY;
}

/** The one line a chart-needing test fails with when its chart could not be obtained. */
export function chartUnavailableMessage(version: string, repository: string, reason: string): string {
  const named = process.env[CHART_REPOSITORY_ENV]?.trim() ? `${CHART_REPOSITORY_ENV}=${repository}` : `${CHART_REPOSITORY_ENV} unset, so ${repository}`;
  // "Cannot download …" is the product's word for a network failure; anything else (a missing version, a bad digest) was served.
  const what = /^Cannot download/.test(reason) ? 'unreachable' : 'did not serve it';
  return `chart ${version} not available: ${named} ${what} (${reason}); set ${CHART_REPOSITORY_ENV} to a reachable Helm chart repository`;
}

/**
 * Makes sure each version is in the cache, downloading only what is missing (a warm cache downloads
 * nothing). Never throws: a version that cannot be had gets the line its tests will fail with.
 */
export async function prepareTestCharts(options: { repository?: string; cacheRoot?: string; versions?: readonly string[] } = {}): Promise<Record<string, PreparedChart>> {
  const repository = options.repository ?? testChartRepository();
  const cache = directoryChartCache(options.cacheRoot ?? userCacheDir());
  const versions = options.versions ?? TEST_CHART_VERSIONS;
  const prepared = await Promise.all(
    versions.map(async (version): Promise<[string, PreparedChart]> => {
      try {
        return [version, { dir: (await resolveChart(version, { repository, cache })).dir }];
      } catch (e) {
        // The product's advice to CLI users ("pass a chart directory with --chart") does not apply here.
        const reason = (e as Error).message.split('\n')[0].replace(/; check the network or pass a chart directory with --chart\.$/, '').replace(/\.$/, '');
        return [version, { error: chartUnavailableMessage(version, repository, reason) }];
      }
    }),
  );
  return Object.fromEntries(prepared);
}

/** An error whose report is its message alone: jest prints no stack under it. */
class ChartUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChartUnavailable';
    this.stack = message;
  }
}

/**
 * The cached chart directory of a test chart version (the whole chart as the repository serves it:
 * Chart.yaml, values.yaml, values.schema.json, templates/, charts/). Throws one line when the
 * globalSetup could not get it.
 */
export function chartDir(version: string): string {
  const raw = process.env[TEST_CHARTS_ENV];
  const prepared = raw ? (JSON.parse(raw) as Record<string, PreparedChart | undefined>)[version] : undefined;
  if (prepared && 'dir' in prepared) return prepared.dir;
  if (prepared) throw new ChartUnavailable(prepared.error);
  // Not run through jest's globalSetup (a script, or a version it was not asked for): the user cache may have it.
  const cached = directoryChartCache(userCacheDir()).find(version);
  if (cached) return cached;
  throw new ChartUnavailable(`chart ${version} not available: not in the cache ${userCacheDir()}; run the tests with \`npm test\`, whose globalSetup (test/helpers/charts.setup.ts) downloads it from ${CHART_REPOSITORY_ENV}`);
}

/**
 * A Helm chart repository on 127.0.0.1 serving index.yaml and airflow-<v>.tgz packed from the cached
 * chart directories, laid out as `helm package` lays it out (airflow/Chart.yaml …). For tests that
 * must not depend on where the cache came from, or must count what is downloaded.
 */
export async function serveChartRepository(versions: readonly string[]): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'chart-repo-'));
  const archives = new Map<string, Buffer>();
  const entries: string[] = [];
  try {
    for (const v of versions) {
      const dir = path.join(staging, v);
      fs.cpSync(chartDir(v), path.join(dir, 'airflow'), { recursive: true });
      const tgz = path.join(dir, `airflow-${v}.tgz`);
      await tar.c({ gzip: true, cwd: dir, file: tgz, portable: true }, ['airflow']);
      const bytes = fs.readFileSync(tgz);
      archives.set(`/airflow-${v}.tgz`, bytes);
      entries.push(`  - version: ${v}\n    digest: ${createHash('sha256').update(bytes).digest('hex')}\n    urls: [airflow-${v}.tgz]`);
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  const index = `apiVersion: v1\nentries:\n  airflow:\n${entries.join('\n')}\n`;
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/index.yaml') res.end(index);
    else if (req.url && archives.has(req.url)) res.end(archives.get(req.url));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
