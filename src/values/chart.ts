import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tar from 'tar';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../core/finding.js';
import { CHART_AIRFLOW_VERSION } from '../core/versions.js';
import { CHART_OFFLINE_FACTS } from './data/chart-offline-facts.js';
import { HELM_YAML_OPTIONS, isPlainObject } from './load.js';
import { userCacheDir } from '../core/cache-dir.js';

/** The official Airflow chart repository (its index.yaml lists every released chart). */
export const OFFICIAL_CHART_REPOSITORY = 'https://airflow.apache.org';
/** Environment variable naming the default chart repository: a mirror, or a local copy for machines without internet. */
export const CHART_REPOSITORY_ENV = 'AIRFLOW_GITOPS_CHART_REPOSITORY';

/** The repository used when neither an option nor the config names one: $AIRFLOW_GITOPS_CHART_REPOSITORY, else the official one. */
export function defaultChartRepository(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[CHART_REPOSITORY_ENV]?.trim();
  if (!fromEnv) return OFFICIAL_CHART_REPOSITORY;
  if (!/^https?:\/\/[^/\s]/.test(fromEnv)) throw new UsageError(`${CHART_REPOSITORY_ENV} must be an http(s) URL of a Helm chart repository (got "${fromEnv}").`);
  return fromEnv;
}

/** A chart as the checks need it: its defaults, its schema and where it lives on disk. */
export interface ChartSource {
  /** Directory holding Chart.yaml, values.yaml and (usually) values.schema.json and templates/. */
  dir: string;
  name: string;
  version: string;
  appVersion: string;
  /** The chart's values.yaml: every default the user did not override. */
  defaults: Record<string, unknown>;
  schema?: Record<string, unknown>;
  /** sha256 of values.schema.json, the key of the compiled-validator cache. */
  schemaHash?: string;
  /** How it was obtained, for the run details; `facts`: not obtained, built from the built-in chart facts. */
  from: 'directory' | 'archive' | 'repository' | 'cache' | 'facts';
  /** Every top-level key of the chart's values.yaml, when `defaults` holds only some of them (facts). */
  topLevelKeys?: string[];
  /** Whether templates/ exists, i.e. whether `helm template` can render it. */
  renderable: boolean;
}

/** The chart repository could not be reached (network, HTTP status): not a verdict on the chart. */
export class ChartUnreachableError extends UsageError {}
/** The repository's host did not answer at all (DNS, refused, timeout), as opposed to an HTTP error. */
class RepositoryUnreachableError extends ChartUnreachableError {}

/** Repositories this process could not reach, with the error they gave (see resolveChart). */
const unreachableRepositories = new Map<string, RepositoryUnreachableError>();

/**
 * A chart version known to the built-in facts, without its files: its top-level keys and the
 * defaults the value rules read. No schema, no templates, so schema and render checks cannot run.
 */
export function chartFromFacts(version: string): ChartSource | undefined {
  const v = version.trim().replace(/^v/, '');
  const facts = CHART_OFFLINE_FACTS[v];
  if (!facts) return undefined;
  return {
    dir: '',
    name: 'airflow',
    version: v,
    appVersion: CHART_AIRFLOW_VERSION[v] ?? '',
    defaults: structuredClone(facts.defaults),
    topLevelKeys: facts.topLevelKeys,
    from: 'facts',
    renderable: false,
  };
}

/** Where downloaded charts are kept between runs: the runner's tool cache or a user cache dir. */
export interface ChartCache {
  find(version: string): string | undefined;
  /** Moves an extracted chart directory into the cache and returns its cached location. */
  save(version: string, dir: string): Promise<string>;
}

export interface ResolveChartOptions {
  cwd?: string;
  /** Repository whose index.yaml resolves a bare version (default: defaultChartRepository()). */
  repository?: string;
  cache?: ChartCache;
  /** Where the chart's parsed values.yaml is cached as JSON (keyed by its hash); undefined: no cache. */
  defaultsCacheDir?: string;
  /** Scratch space for archive extraction (default: a temp dir). */
  workDir?: string;
  log?: (line: string) => void;
}

const VERSION_RE = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/** The Airflow chart archive is ~50 KB compressed; cap downloads far above that but far below harm. */
const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 60_000;

/** A chart cache in a plain directory: <root>/charts/airflow-<version>/. */
export function directoryChartCache(root: string = userCacheDir()): ChartCache {
  const dirFor = (version: string) => path.join(root, 'charts', `airflow-${version}`);
  return {
    find(version) {
      const dir = dirFor(version);
      return fs.existsSync(path.join(dir, 'Chart.yaml')) ? dir : undefined;
    },
    async save(version, dir) {
      const target = dirFor(version);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      // Copy to a sibling then rename, so a concurrent run never sees a half-written chart.
      const staging = `${target}.tmp-${process.pid}-${Date.now()}`;
      fs.cpSync(dir, staging, { recursive: true });
      fs.rmSync(target, { recursive: true, force: true });
      try {
        fs.renameSync(staging, target);
      } catch {
        fs.rmSync(staging, { recursive: true, force: true });
      }
      return target;
    },
  };
}

/** Resolves `--chart`: a chart directory, a .tgz, or a version from the chart repository's index.yaml. */
export async function resolveChart(spec: string, options: ResolveChartOptions = {}): Promise<ChartSource> {
  const cwd = options.cwd ?? process.cwd();
  const trimmed = spec.trim();
  if (!trimmed) throw new UsageError('No chart given: pass --chart (input `chart`) as a chart directory, a .tgz or a chart version such as 1.19.0.');
  const local = path.resolve(cwd, trimmed);
  if (fs.existsSync(local)) {
    const stat = fs.statSync(local);
    if (stat.isDirectory()) return readChartDir(findChartRoot(local, trimmed), 'directory', options.defaultsCacheDir);
    return readChartDir(await extractArchive(local, options.workDir), 'archive', options.defaultsCacheDir);
  }
  if (/\.(tgz|tar\.gz)$/.test(trimmed)) throw new UsageError(`Chart archive ${trimmed} does not exist.`);
  if (!VERSION_RE.test(trimmed)) {
    throw new UsageError(`Chart "${trimmed}" is neither an existing directory or .tgz nor a chart version such as 1.19.0.`);
  }
  const version = trimmed.replace(/^v/, '');
  const cached = options.cache?.find(version);
  if (cached) return readChartDir(cached, 'cache', options.defaultsCacheDir);
  const repository = (options.repository || defaultChartRepository()).replace(/\/+$/, '');
  // One process asks an unreachable repository once: `npm start` checks four file sets offline.
  const unreachable = unreachableRepositories.get(repository);
  if (unreachable) throw unreachable;
  options.log?.(`Downloading Airflow chart ${version} from ${repository}`);
  let archive: string;
  try {
    archive = await downloadChart(repository, version, options.workDir);
  } catch (e) {
    if (e instanceof RepositoryUnreachableError) unreachableRepositories.set(repository, e);
    throw e;
  }
  const extracted = await extractArchive(archive, options.workDir);
  const dir = options.cache ? await options.cache.save(version, extracted) : extracted;
  return readChartDir(dir, 'repository', options.defaultsCacheDir);
}

function findChartRoot(dir: string, shown: string): string {
  if (fs.existsSync(path.join(dir, 'Chart.yaml'))) return dir;
  const nested = path.join(dir, 'airflow');
  if (fs.existsSync(path.join(nested, 'Chart.yaml'))) return nested;
  throw new UsageError(`Chart directory ${shown} has no Chart.yaml; pass the chart's root directory.`);
}

export function readChartDir(dir: string, from: ChartSource['from'], defaultsCacheDir?: string): ChartSource {
  const read = (name: string): string | undefined => {
    const file = path.join(dir, name);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  };
  const chartYaml = read('Chart.yaml');
  if (!chartYaml) throw new UsageError(`Chart directory ${dir} has no Chart.yaml.`);
  const meta = parseYaml(chartYaml, { schema: 'failsafe' }) as Record<string, unknown>;
  if (!isPlainObject(meta) || typeof meta.version !== 'string') throw new UsageError(`Chart.yaml in ${dir} has no version.`);
  const valuesYaml = read('values.yaml');
  if (valuesYaml === undefined) throw new UsageError(`Chart directory ${dir} has no values.yaml; the checks need the chart's defaults.`);
  const defaults = parseDefaults(valuesYaml, defaultsCacheDir);
  const schemaText = read('values.schema.json');
  let schema: Record<string, unknown> | undefined;
  if (schemaText !== undefined) {
    try {
      schema = JSON.parse(schemaText) as Record<string, unknown>;
    } catch (e) {
      throw new UsageError(`values.schema.json in ${dir} is not valid JSON (${(e as Error).message}).`);
    }
  }
  return {
    dir,
    name: String(meta.name ?? 'airflow'),
    version: meta.version,
    appVersion: String(meta.appVersion ?? ''),
    defaults,
    schema,
    schemaHash: schemaText === undefined ? undefined : createHash('sha256').update(schemaText).digest('hex'),
    from,
    renderable: fs.existsSync(path.join(dir, 'templates')),
  };
}

/** The chart's values.yaml as helm reads it; ~100 ms of YAML parsing, so cached as JSON by content hash. */
function parseDefaults(valuesYaml: string, cacheDir?: string): Record<string, unknown> {
  const file = cacheDir ? path.join(cacheDir, `chart-defaults-${createHash('sha256').update(valuesYaml).digest('hex').slice(0, 32)}.json`) : undefined;
  if (file && fs.existsSync(file)) {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      // Corrupt cache entry: parse again below and overwrite it.
    }
  }
  const parsed = parseYaml(valuesYaml, HELM_YAML_OPTIONS) as unknown;
  const defaults = isPlainObject(parsed) ? parsed : {};
  if (file) {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(defaults));
      fs.renameSync(tmp, file);
    } catch {
      // A read-only cache must not fail the check.
    }
  }
  return defaults;
}

async function extractArchive(file: string, workDir?: string): Promise<string> {
  const size = fs.statSync(file).size;
  if (size > MAX_ARCHIVE_BYTES) throw new UsageError(`Chart archive ${file} is ${size} bytes, over the ${MAX_ARCHIVE_BYTES}-byte limit.`);
  const target = fs.mkdtempSync(path.join(workDir ?? os.tmpdir(), 'airflow-chart-'));
  try {
    // tar refuses absolute paths and `..` by default; links are skipped so nothing escapes the target.
    await tar.x({ file, cwd: target, strict: true, filter: (_p, entry) => !('type' in entry) || entry.type === 'File' || entry.type === 'Directory' });
  } catch (e) {
    throw new UsageError(`Chart archive ${file} cannot be extracted (${(e as Error).message}).`);
  }
  const roots = fs.readdirSync(target).map((n) => path.join(target, n));
  const root = [target, ...roots].find((d) => fs.existsSync(path.join(d, 'Chart.yaml')));
  if (!root) throw new UsageError(`Chart archive ${file} holds no Chart.yaml.`);
  return root;
}

async function fetchBytes(url: string, what: string): Promise<Buffer> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
  } catch (e) {
    // fetch() says only "fetch failed"; the cause (ECONNREFUSED, ENOTFOUND, a timeout) is what the user can act on.
    const cause = (e as Error & { cause?: { code?: unknown; message?: unknown } }).cause;
    const detail = cause ? `: ${String(cause.code ?? cause.message)}` : '';
    throw new RepositoryUnreachableError(`Cannot download ${what} from ${url} (${(e as Error).message}${detail}); check the network or pass a chart directory with --chart.`);
  }
  if (!res.ok) throw new ChartUnreachableError(`Downloading ${what} from ${url} failed with HTTP ${res.status}.`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_ARCHIVE_BYTES) throw new UsageError(`${what} at ${url} is ${declared} bytes, over the ${MAX_ARCHIVE_BYTES}-byte limit.`);
  const buf = Buffer.from(await res.arrayBuffer());
  if (buf.length > MAX_ARCHIVE_BYTES) throw new UsageError(`${what} at ${url} is over the ${MAX_ARCHIVE_BYTES}-byte limit.`);
  return buf;
}

interface IndexEntry {
  version?: unknown;
  urls?: unknown;
  digest?: unknown;
}

/** Finds the version in the repository's index.yaml, downloads its archive and checks its digest. */
export async function downloadChart(repository: string, version: string, workDir?: string): Promise<string> {
  const indexUrl = `${repository}/index.yaml`;
  const indexText = (await fetchBytes(indexUrl, 'the chart index')).toString('utf8');
  let index: unknown;
  try {
    // failsafe: every scalar stays a string, so an all-digit digest or a version like 1.10 keeps its text.
    index = parseYaml(indexText, { maxAliasCount: 100, schema: 'failsafe' });
  } catch (e) {
    throw new UsageError(`The chart index ${indexUrl} is not valid YAML (${(e as Error).message.split('\n')[0]}).`);
  }
  const entries = isPlainObject(index) && isPlainObject(index.entries) ? index.entries.airflow : undefined;
  if (!Array.isArray(entries)) throw new UsageError(`The chart index ${indexUrl} lists no "airflow" chart.`);
  const entry = (entries as IndexEntry[]).find((e) => String(e.version) === version);
  if (!entry) {
    const known = (entries as IndexEntry[]).map((e) => String(e.version)).slice(0, 5).join(', ');
    throw new UsageError(`Airflow chart ${version} is not in ${indexUrl} (newest: ${known}).`);
  }
  const urls = Array.isArray(entry.urls) ? entry.urls.map(String) : [];
  if (!urls.length) throw new UsageError(`The chart index entry for ${version} has no download URL.`);
  const archiveUrl = new URL(urls[0], `${repository}/`).toString();
  const bytes = await fetchBytes(archiveUrl, `Airflow chart ${version}`);
  if (typeof entry.digest === 'string' && entry.digest) {
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== entry.digest.toLowerCase()) {
      throw new UsageError(`Airflow chart ${version} from ${archiveUrl} has sha256 ${actual}, but the index says ${entry.digest}; refusing it.`);
    }
  }
  const dir = fs.mkdtempSync(path.join(workDir ?? os.tmpdir(), 'airflow-chart-dl-'));
  const file = path.join(dir, `airflow-${version}.tgz`);
  fs.writeFileSync(file, bytes);
  return file;
}
