export const id = 781;
export const ids = [781];
export const modules = {

/***/ 8265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ userCacheDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** Per-user cache directory for the CLI (XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on Windows). */
function userCacheDir() {
    if (process.env.AIRFLOW_GITOPS_CACHE_DIR)
        return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(process.env.AIRFLOW_GITOPS_CACHE_DIR);
    if (process.platform === 'win32' && process.env.LOCALAPPDATA)
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(process.env.LOCALAPPDATA, 'airflow-gitops', 'Cache');
    if (process.platform === 'darwin')
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_os__WEBPACK_IMPORTED_MODULE_0__.homedir(), 'Library', 'Caches', 'airflow-gitops');
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(process.env.XDG_CACHE_HOME || node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_os__WEBPACK_IMPORTED_MODULE_0__.homedir(), '.cache'), 'airflow-gitops');
}


/***/ }),

/***/ 9781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TE: () => (/* binding */ ChartUnreachableError),
  EU: () => (/* binding */ chartFromFacts),
  QQ: () => (/* binding */ defaultChartRepository),
  Q_: () => (/* binding */ directoryChartCache),
  dM: () => (/* binding */ resolveChart)
});

// UNUSED EXPORTS: CHART_REPOSITORY_ENV, OFFICIAL_CHART_REPOSITORY, downloadChart, readChartDir

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(1549);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
// EXTERNAL MODULE: ./src/core/finding.js
var finding = __webpack_require__(9976);
// EXTERNAL MODULE: ./src/core/versions.js
var versions = __webpack_require__(7372);
;// CONCATENATED MODULE: ./src/values/data/chart-offline-facts.js
const CHART_OFFLINE_FACTS = {
    '1.15.0': {
        topLevelKeys: ['_rpcServer', 'affinity', 'airflowConfigAnnotations', 'airflowHome', 'airflowLocalSettings', 'airflowPodAnnotations', 'airflowVersion', 'allowPodLaunching', 'cleanup', 'config', 'containerLifecycleHooks', 'createUserJob', 'dagProcessor', 'dags', 'data', 'defaultAirflowDigest', 'defaultAirflowRepository', 'defaultAirflowTag', 'elasticsearch', 'enableBuiltInSecretEnvVars', 'env', 'executor', 'extraConfigMaps', 'extraEnv', 'extraEnvFrom', 'extraSecrets', 'fernetKey', 'fernetKeySecretName', 'flower', 'fullnameOverride', 'gid', 'images', 'ingress', 'kerberos', 'labels', 'limits', 'logs', 'migrateDatabaseJob', 'multiNamespaceMode', 'nameOverride', 'networkPolicies', 'nodeSelector', 'pgbouncer', 'podTemplate', 'ports', 'postgresql', 'priorityClasses', 'quotas', 'rbac', 'redis', 'registry', 'revisionHistoryLimit', 'scheduler', 'schedulerName', 'secret', 'securityContext', 'securityContexts', 'statsd', 'tolerations', 'topologySpreadConstraints', 'triggerer', 'uid', 'useStandardNaming', 'volumeMounts', 'volumes', 'webserver', 'webserverSecretKey', 'webserverSecretKeySecretName', 'workers'],
        defaults: {
            airflowVersion: '2.9.3',
            defaultAirflowTag: '2.9.3',
            executor: 'CeleryExecutor',
            fernetKeySecretName: null,
            webserverSecretKeySecretName: null,
            data: {
                metadataSecretName: null,
                resultBackendSecretName: null,
                brokerUrlSecretName: null
            },
            migrateDatabaseJob: {
                enabled: true,
                useHelmHooks: true,
                applyCustomEnv: true
            },
            createUserJob: {
                useHelmHooks: true,
                applyCustomEnv: true
            },
            webserver: {
                enabled: true,
                defaultUser: {
                    enabled: true,
                    role: 'Admin',
                    username: 'admin'
                },
                waitForMigrations: {
                    enabled: true
                }
            },
            redis: {
                enabled: true,
                passwordSecretName: null
            },
            postgresql: {
                enabled: true
            },
            scheduler: {
                enabled: true,
                waitForMigrations: {
                    enabled: true
                },
                replicas: 1
            },
            triggerer: {
                enabled: true,
                waitForMigrations: {
                    enabled: true
                }
            },
            dagProcessor: {
                enabled: false,
                waitForMigrations: {
                    enabled: true
                }
            },
            workers: {
                waitForMigrations: {
                    enabled: true
                }
            },
            dags: {
                gitSync: {
                    enabled: false,
                    repo: 'https://github.com/apache/airflow.git',
                    branch: 'v2-2-stable',
                    rev: 'HEAD',
                    subPath: 'tests/dags',
                    period: '5s'
                }
            },
            extraSecrets: {},
            extraConfigMaps: {},
            env: []
        },
    },
    '1.18.0': {
        topLevelKeys: ['affinity', 'airflowConfigAnnotations', 'airflowHome', 'airflowLocalSettings', 'airflowPodAnnotations', 'airflowVersion', 'allowPodLaunching', 'apiSecretAnnotations', 'apiSecretKey', 'apiSecretKeySecretName', 'apiServer', 'cleanup', 'config', 'containerLifecycleHooks', 'createUserJob', 'dagProcessor', 'dags', 'data', 'defaultAirflowDigest', 'defaultAirflowRepository', 'defaultAirflowTag', 'elasticsearch', 'enableBuiltInSecretEnvVars', 'env', 'executor', 'extraConfigMaps', 'extraEnv', 'extraEnvFrom', 'extraSecrets', 'fernetKey', 'fernetKeySecretAnnotations', 'fernetKeySecretName', 'flower', 'fullnameOverride', 'gid', 'images', 'ingress', 'jwtSecret', 'jwtSecretAnnotations', 'jwtSecretName', 'kerberos', 'labels', 'limits', 'logs', 'migrateDatabaseJob', 'multiNamespaceMode', 'nameOverride', 'networkPolicies', 'nodeSelector', 'opensearch', 'pgbouncer', 'podTemplate', 'ports', 'postgresql', 'priorityClasses', 'quotas', 'rbac', 'redis', 'registry', 'revisionHistoryLimit', 'scheduler', 'schedulerName', 'secret', 'securityContext', 'securityContexts', 'statsd', 'tolerations', 'topologySpreadConstraints', 'triggerer', 'uid', 'useStandardNaming', 'volumeMounts', 'volumes', 'webserver', 'webserverSecretAnnotations', 'webserverSecretKey', 'webserverSecretKeySecretName', 'workers'],
        defaults: {
            airflowVersion: '3.0.2',
            defaultAirflowTag: '3.0.2',
            executor: 'CeleryExecutor',
            fernetKeySecretName: null,
            jwtSecretName: null,
            apiSecretKeySecretName: null,
            webserverSecretKeySecretName: null,
            data: {
                metadataSecretName: null,
                resultBackendSecretName: null,
                brokerUrlSecretName: null
            },
            migrateDatabaseJob: {
                enabled: true,
                useHelmHooks: true,
                applyCustomEnv: true
            },
            createUserJob: {
                useHelmHooks: true,
                applyCustomEnv: true
            },
            webserver: {
                enabled: true,
                defaultUser: {
                    enabled: true,
                    role: 'Admin',
                    username: 'admin'
                },
                waitForMigrations: {
                    enabled: true
                }
            },
            redis: {
                enabled: true,
                passwordSecretName: null
            },
            postgresql: {
                enabled: true
            },
            scheduler: {
                enabled: true,
                waitForMigrations: {
                    enabled: true
                },
                replicas: 1
            },
            apiServer: {
                waitForMigrations: {
                    enabled: true
                }
            },
            triggerer: {
                enabled: true,
                waitForMigrations: {
                    enabled: true
                }
            },
            dagProcessor: {
                enabled: null,
                waitForMigrations: {
                    enabled: true
                }
            },
            workers: {
                waitForMigrations: {
                    enabled: true
                }
            },
            dags: {
                gitSync: {
                    enabled: false,
                    repo: 'https://github.com/apache/airflow.git',
                    branch: 'v2-2-stable',
                    rev: 'HEAD',
                    subPath: 'tests/dags',
                    period: '5s'
                }
            },
            extraSecrets: {},
            extraConfigMaps: {},
            env: []
        },
    },
    '1.19.0': {
        topLevelKeys: ['affinity', 'airflowConfigAnnotations', 'airflowHome', 'airflowLocalSettings', 'airflowPodAnnotations', 'airflowVersion', 'allowJobLaunching', 'allowPodLaunching', 'apiSecretAnnotations', 'apiSecretKey', 'apiSecretKeySecretName', 'apiServer', 'cleanup', 'config', 'containerLifecycleHooks', 'createUserJob', 'dagProcessor', 'dags', 'data', 'databaseCleanup', 'defaultAirflowDigest', 'defaultAirflowRepository', 'defaultAirflowTag', 'elasticsearch', 'enableBuiltInSecretEnvVars', 'env', 'executor', 'extraConfigMaps', 'extraEnv', 'extraEnvFrom', 'extraSecrets', 'fernetKey', 'fernetKeySecretAnnotations', 'fernetKeySecretName', 'flower', 'fullnameOverride', 'gid', 'imagePullSecrets', 'images', 'ingress', 'jwtSecret', 'jwtSecretAnnotations', 'jwtSecretName', 'kerberos', 'labels', 'limits', 'logs', 'migrateDatabaseJob', 'multiNamespaceMode', 'nameOverride', 'networkPolicies', 'nodeSelector', 'opensearch', 'pgbouncer', 'podTemplate', 'ports', 'postgresql', 'priorityClasses', 'quotas', 'rbac', 'redis', 'registry', 'revisionHistoryLimit', 'scheduler', 'schedulerName', 'secret', 'securityContext', 'securityContexts', 'statsd', 'tolerations', 'topologySpreadConstraints', 'triggerer', 'uid', 'useStandardNaming', 'volumeMounts', 'volumes', 'webserver', 'webserverSecretAnnotations', 'webserverSecretKey', 'webserverSecretKeySecretName', 'workers'],
        defaults: {
            airflowVersion: '3.1.7',
            defaultAirflowTag: '3.1.7',
            executor: 'CeleryExecutor',
            fernetKeySecretName: null,
            jwtSecretName: null,
            apiSecretKeySecretName: null,
            webserverSecretKeySecretName: null,
            data: {
                metadataSecretName: null,
                resultBackendSecretName: null,
                brokerUrlSecretName: null
            },
            migrateDatabaseJob: {
                enabled: true,
                useHelmHooks: true,
                applyCustomEnv: true
            },
            createUserJob: {
                enabled: true,
                useHelmHooks: true,
                applyCustomEnv: true
            },
            webserver: {
                enabled: true,
                waitForMigrations: {
                    enabled: true
                }
            },
            redis: {
                enabled: true,
                passwordSecretName: null
            },
            postgresql: {
                enabled: true
            },
            scheduler: {
                enabled: true,
                waitForMigrations: {
                    enabled: true
                },
                replicas: 1
            },
            apiServer: {
                enabled: true,
                waitForMigrations: {
                    enabled: true
                }
            },
            triggerer: {
                enabled: true,
                waitForMigrations: {
                    enabled: true
                }
            },
            dagProcessor: {
                enabled: null,
                waitForMigrations: {
                    enabled: true
                }
            },
            workers: {
                waitForMigrations: {
                    enabled: true
                }
            },
            dags: {
                gitSync: {
                    enabled: false,
                    repo: 'https://github.com/apache/airflow.git',
                    branch: 'v2-2-stable',
                    rev: 'HEAD',
                    subPath: 'tests/dags',
                    period: '5s'
                }
            },
            extraSecrets: {},
            extraConfigMaps: {},
            env: []
        },
    },
};

// EXTERNAL MODULE: ./src/values/load.js + 6 modules
var load = __webpack_require__(1619);
// EXTERNAL MODULE: ./src/core/cache-dir.js
var cache_dir = __webpack_require__(8265);
;// CONCATENATED MODULE: ./src/values/chart.js











/** The official Airflow chart repository (its index.yaml lists every released chart). */
const OFFICIAL_CHART_REPOSITORY = 'https://airflow.apache.org';
/** Environment variable naming the default chart repository: a mirror, or a local copy for machines without internet. */
const CHART_REPOSITORY_ENV = 'AIRFLOW_GITOPS_CHART_REPOSITORY';
/** The repository used when neither an option nor the config names one: $AIRFLOW_GITOPS_CHART_REPOSITORY, else the official one. */
function defaultChartRepository(env = process.env) {
    const fromEnv = env[CHART_REPOSITORY_ENV]?.trim();
    if (!fromEnv)
        return OFFICIAL_CHART_REPOSITORY;
    if (!/^https?:\/\/[^/\s]/.test(fromEnv))
        throw new finding/* UsageError */.eb(`${CHART_REPOSITORY_ENV} must be an http(s) URL of a Helm chart repository (got "${fromEnv}").`);
    return fromEnv;
}
/** The chart repository could not be reached (network, HTTP status): not a verdict on the chart. */
class ChartUnreachableError extends finding/* UsageError */.eb {
}
/** The repository's host did not answer at all (DNS, refused, timeout), as opposed to an HTTP error. */
class RepositoryUnreachableError extends ChartUnreachableError {
}
/** Repositories this process could not reach, with the error they gave (see resolveChart). */
const unreachableRepositories = new Map();
/**
 * A chart version known to the built-in facts, without its files: its top-level keys and the
 * defaults the value rules read. No schema, no templates, so schema and render checks cannot run.
 */
function chartFromFacts(version) {
    const v = version.trim().replace(/^v/, '');
    const facts = CHART_OFFLINE_FACTS[v];
    if (!facts)
        return undefined;
    return {
        dir: '',
        name: 'airflow',
        version: v,
        appVersion: versions/* CHART_AIRFLOW_VERSION */.hz[v] ?? '',
        defaults: structuredClone(facts.defaults),
        topLevelKeys: facts.topLevelKeys,
        from: 'facts',
        renderable: false,
    };
}
const VERSION_RE = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/** The Airflow chart archive is ~50 KB compressed; cap downloads far above that but far below harm. */
const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 60_000;
/** A chart cache in a plain directory: <root>/charts/airflow-<version>/. */
function directoryChartCache(root = (0,cache_dir/* userCacheDir */.b)()) {
    const dirFor = (version) => external_node_path_.join(root, 'charts', `airflow-${version}`);
    return {
        find(version) {
            const dir = dirFor(version);
            return external_node_fs_.existsSync(external_node_path_.join(dir, 'Chart.yaml')) ? dir : undefined;
        },
        async save(version, dir) {
            const target = dirFor(version);
            external_node_fs_.mkdirSync(external_node_path_.dirname(target), { recursive: true });
            // Copy to a sibling then rename, so a concurrent run never sees a half-written chart.
            const staging = `${target}.tmp-${process.pid}-${Date.now()}`;
            external_node_fs_.cpSync(dir, staging, { recursive: true });
            external_node_fs_.rmSync(target, { recursive: true, force: true });
            try {
                external_node_fs_.renameSync(staging, target);
            }
            catch {
                external_node_fs_.rmSync(staging, { recursive: true, force: true });
            }
            return target;
        },
    };
}
/** Resolves `--chart`: a chart directory, a .tgz, or a version from the chart repository's index.yaml. */
async function resolveChart(spec, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const trimmed = spec.trim();
    if (!trimmed)
        throw new finding/* UsageError */.eb('No chart given: pass --chart (input `chart`) as a chart directory, a .tgz or a chart version such as 1.19.0.');
    const local = external_node_path_.resolve(cwd, trimmed);
    if (external_node_fs_.existsSync(local)) {
        const stat = external_node_fs_.statSync(local);
        if (stat.isDirectory())
            return readChartDir(findChartRoot(local, trimmed), 'directory', options.defaultsCacheDir);
        return readChartDir(await extractArchive(local, options.workDir), 'archive', options.defaultsCacheDir);
    }
    if (/\.(tgz|tar\.gz)$/.test(trimmed))
        throw new finding/* UsageError */.eb(`Chart archive ${trimmed} does not exist.`);
    if (!VERSION_RE.test(trimmed)) {
        throw new finding/* UsageError */.eb(`Chart "${trimmed}" is neither an existing directory or .tgz nor a chart version such as 1.19.0.`);
    }
    const version = trimmed.replace(/^v/, '');
    const cached = options.cache?.find(version);
    if (cached)
        return readChartDir(cached, 'cache', options.defaultsCacheDir);
    const repository = (options.repository || defaultChartRepository()).replace(/\/+$/, '');
    // One process asks an unreachable repository once: `npm start` checks four file sets offline.
    const unreachable = unreachableRepositories.get(repository);
    if (unreachable)
        throw unreachable;
    options.log?.(`Downloading Airflow chart ${version} from ${repository}`);
    let archive;
    try {
        archive = await downloadChart(repository, version, options.workDir);
    }
    catch (e) {
        if (e instanceof RepositoryUnreachableError)
            unreachableRepositories.set(repository, e);
        throw e;
    }
    const extracted = await extractArchive(archive, options.workDir);
    const dir = options.cache ? await options.cache.save(version, extracted) : extracted;
    return readChartDir(dir, 'repository', options.defaultsCacheDir);
}
function findChartRoot(dir, shown) {
    if (external_node_fs_.existsSync(external_node_path_.join(dir, 'Chart.yaml')))
        return dir;
    const nested = external_node_path_.join(dir, 'airflow');
    if (external_node_fs_.existsSync(external_node_path_.join(nested, 'Chart.yaml')))
        return nested;
    throw new finding/* UsageError */.eb(`Chart directory ${shown} has no Chart.yaml; pass the chart's root directory.`);
}
function readChartDir(dir, from, defaultsCacheDir) {
    const read = (name) => {
        const file = external_node_path_.join(dir, name);
        return external_node_fs_.existsSync(file) ? external_node_fs_.readFileSync(file, 'utf8') : undefined;
    };
    const chartYaml = read('Chart.yaml');
    if (!chartYaml)
        throw new finding/* UsageError */.eb(`Chart directory ${dir} has no Chart.yaml.`);
    const meta = (0,dist/* parse */.qg)(chartYaml, { schema: 'failsafe' });
    if (!(0,load/* isPlainObject */.Qd)(meta) || typeof meta.version !== 'string')
        throw new finding/* UsageError */.eb(`Chart.yaml in ${dir} has no version.`);
    const valuesYaml = read('values.yaml');
    if (valuesYaml === undefined)
        throw new finding/* UsageError */.eb(`Chart directory ${dir} has no values.yaml; the checks need the chart's defaults.`);
    const defaults = parseDefaults(valuesYaml, defaultsCacheDir);
    const schemaText = read('values.schema.json');
    let schema;
    if (schemaText !== undefined) {
        try {
            schema = JSON.parse(schemaText);
        }
        catch (e) {
            throw new finding/* UsageError */.eb(`values.schema.json in ${dir} is not valid JSON (${e.message}).`);
        }
    }
    return {
        dir,
        name: String(meta.name ?? 'airflow'),
        version: meta.version,
        appVersion: String(meta.appVersion ?? ''),
        defaults,
        schema,
        schemaHash: schemaText === undefined ? undefined : (0,external_node_crypto_.createHash)('sha256').update(schemaText).digest('hex'),
        from,
        renderable: external_node_fs_.existsSync(external_node_path_.join(dir, 'templates')),
    };
}
/** The chart's values.yaml as helm reads it; ~100 ms of YAML parsing, so cached as JSON by content hash. */
function parseDefaults(valuesYaml, cacheDir) {
    const file = cacheDir ? external_node_path_.join(cacheDir, `chart-defaults-${(0,external_node_crypto_.createHash)('sha256').update(valuesYaml).digest('hex').slice(0, 32)}.json`) : undefined;
    if (file && external_node_fs_.existsSync(file)) {
        try {
            return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
        }
        catch {
            // Corrupt cache entry: parse again below and overwrite it.
        }
    }
    const parsed = (0,dist/* parse */.qg)(valuesYaml, load/* HELM_YAML_OPTIONS */.gr);
    const defaults = (0,load/* isPlainObject */.Qd)(parsed) ? parsed : {};
    if (file) {
        try {
            external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
            const tmp = `${file}.${process.pid}.tmp`;
            external_node_fs_.writeFileSync(tmp, JSON.stringify(defaults));
            external_node_fs_.renameSync(tmp, file);
        }
        catch {
            // A read-only cache must not fail the check.
        }
    }
    return defaults;
}
async function extractArchive(file, workDir) {
    const size = external_node_fs_.statSync(file).size;
    if (size > MAX_ARCHIVE_BYTES)
        throw new finding/* UsageError */.eb(`Chart archive ${file} is ${size} bytes, over the ${MAX_ARCHIVE_BYTES}-byte limit.`);
    const target = external_node_fs_.mkdtempSync(external_node_path_.join(workDir ?? external_node_os_.tmpdir(), 'airflow-chart-'));
    try {
        // tar refuses absolute paths and `..` by default; links are skipped so nothing escapes the target.
        await index_min.x({ file, cwd: target, strict: true, filter: (_p, entry) => !('type' in entry) || entry.type === 'File' || entry.type === 'Directory' });
    }
    catch (e) {
        throw new finding/* UsageError */.eb(`Chart archive ${file} cannot be extracted (${e.message}).`);
    }
    const roots = external_node_fs_.readdirSync(target).map((n) => external_node_path_.join(target, n));
    const root = [target, ...roots].find((d) => external_node_fs_.existsSync(external_node_path_.join(d, 'Chart.yaml')));
    if (!root)
        throw new finding/* UsageError */.eb(`Chart archive ${file} holds no Chart.yaml.`);
    return root;
}
async function fetchBytes(url, what) {
    let res;
    try {
        res = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
    }
    catch (e) {
        // fetch() says only "fetch failed"; the cause (ECONNREFUSED, ENOTFOUND, a timeout) is what the user can act on.
        const cause = e.cause;
        const detail = cause ? `: ${String(cause.code ?? cause.message)}` : '';
        throw new RepositoryUnreachableError(`Cannot download ${what} from ${url} (${e.message}${detail}); check the network or pass a chart directory with --chart.`);
    }
    if (!res.ok)
        throw new ChartUnreachableError(`Downloading ${what} from ${url} failed with HTTP ${res.status}.`);
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > MAX_ARCHIVE_BYTES)
        throw new finding/* UsageError */.eb(`${what} at ${url} is ${declared} bytes, over the ${MAX_ARCHIVE_BYTES}-byte limit.`);
    const buf = Buffer.from(await res.arrayBuffer());
    if (buf.length > MAX_ARCHIVE_BYTES)
        throw new finding/* UsageError */.eb(`${what} at ${url} is over the ${MAX_ARCHIVE_BYTES}-byte limit.`);
    return buf;
}
/** Finds the version in the repository's index.yaml, downloads its archive and checks its digest. */
async function downloadChart(repository, version, workDir) {
    const indexUrl = `${repository}/index.yaml`;
    const indexText = (await fetchBytes(indexUrl, 'the chart index')).toString('utf8');
    let index;
    try {
        // failsafe: every scalar stays a string, so an all-digit digest or a version like 1.10 keeps its text.
        index = (0,dist/* parse */.qg)(indexText, { maxAliasCount: 100, schema: 'failsafe' });
    }
    catch (e) {
        throw new finding/* UsageError */.eb(`The chart index ${indexUrl} is not valid YAML (${e.message.split('\n')[0]}).`);
    }
    const entries = (0,load/* isPlainObject */.Qd)(index) && (0,load/* isPlainObject */.Qd)(index.entries) ? index.entries.airflow : undefined;
    if (!Array.isArray(entries))
        throw new finding/* UsageError */.eb(`The chart index ${indexUrl} lists no "airflow" chart.`);
    const entry = entries.find((e) => String(e.version) === version);
    if (!entry) {
        const known = entries.map((e) => String(e.version)).slice(0, 5).join(', ');
        throw new finding/* UsageError */.eb(`Airflow chart ${version} is not in ${indexUrl} (newest: ${known}).`);
    }
    const urls = Array.isArray(entry.urls) ? entry.urls.map(String) : [];
    if (!urls.length)
        throw new finding/* UsageError */.eb(`The chart index entry for ${version} has no download URL.`);
    const archiveUrl = new URL(urls[0], `${repository}/`).toString();
    const bytes = await fetchBytes(archiveUrl, `Airflow chart ${version}`);
    if (typeof entry.digest === 'string' && entry.digest) {
        const actual = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
        if (actual !== entry.digest.toLowerCase()) {
            throw new finding/* UsageError */.eb(`Airflow chart ${version} from ${archiveUrl} has sha256 ${actual}, but the index says ${entry.digest}; refusing it.`);
        }
    }
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(workDir ?? external_node_os_.tmpdir(), 'airflow-chart-dl-'));
    const file = external_node_path_.join(dir, `airflow-${version}.tgz`);
    external_node_fs_.writeFileSync(file, bytes);
    return file;
}


/***/ })

};

//# sourceMappingURL=781.index.js.map