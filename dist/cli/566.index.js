export const id = 566;
export const ids = [566];
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

/***/ 2566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateValues: () => (/* binding */ validateValues)
});

// UNUSED EXPORTS: coalesceValues, resolveAirflowVersion, valuesRules

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/check.js
var check = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/core/config.js
var core_config = __webpack_require__(3131);
// EXTERNAL MODULE: ./src/core/files.js
var files = __webpack_require__(3710);
// EXTERNAL MODULE: ./src/core/finding.js
var finding = __webpack_require__(9976);
// EXTERNAL MODULE: ./src/core/rule.js
var rule = __webpack_require__(7147);
// EXTERNAL MODULE: ./src/core/cache-dir.js
var cache_dir = __webpack_require__(8265);
// EXTERNAL MODULE: ./src/core/versions.js
var versions = __webpack_require__(7372);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ../../node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(1549);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
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

// EXTERNAL MODULE: ./src/values/context.js
var context = __webpack_require__(4903);
// EXTERNAL MODULE: ./src/values/data/airflow-facts.js
var airflow_facts = __webpack_require__(4155);
// EXTERNAL MODULE: ./src/values/data/chart-facts.js
var chart_facts = __webpack_require__(4391);
// EXTERNAL MODULE: ./src/values/go-duration.js
var go_duration = __webpack_require__(845);
;// CONCATENATED MODULE: ./src/values/policy.js



const DEFAULT_POLICY = {
    allowedExecutors: ['KubernetesExecutor'],
    schedulerReplicas: 1,
    gitSyncMinPeriodSeconds: 10,
    requireGitSync: false,
};
const KNOWN = ['allowed-executors', 'scheduler-replicas', 'git-sync-min-period', 'require-git-sync', 'chart', 'chart-repository'];
function parseValuesPolicy(raw, file = '.airflow-gitops.yml') {
    const policy = { ...DEFAULT_POLICY, allowedExecutors: [...DEFAULT_POLICY.allowedExecutors] };
    if (raw === undefined || raw === null)
        return policy;
    const fail = (what) => {
        throw new finding/* UsageError */.eb(`Config ${file}: ${what}`);
    };
    if (!(0,load/* isPlainObject */.Qd)(raw))
        fail('values must be a mapping.');
    for (const [key, v] of Object.entries(raw)) {
        switch (key) {
            case 'allowed-executors':
                if (!Array.isArray(v) || !v.length || v.some((x) => typeof x !== 'string' || !x.trim()))
                    fail('values.allowed-executors must be a non-empty list of executor names.');
                policy.allowedExecutors = v.map((x) => x.trim());
                break;
            case 'scheduler-replicas':
                if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
                    fail('values.scheduler-replicas must be a positive integer.');
                policy.schedulerReplicas = v;
                break;
            case 'git-sync-min-period': {
                const seconds = typeof v === 'string' ? (0,go_duration/* parseGoDuration */.Q)(v) : undefined;
                if (seconds === undefined)
                    fail(`values.git-sync-min-period must be a Go duration such as "30s" (got ${JSON.stringify(v)}).`);
                policy.gitSyncMinPeriodSeconds = seconds;
                break;
            }
            case 'require-git-sync':
                if (typeof v !== 'boolean')
                    fail('values.require-git-sync must be true or false.');
                policy.requireGitSync = v;
                break;
            case 'chart':
                if (typeof v !== 'string' || !v.trim())
                    fail('values.chart must be a chart directory, .tgz or version string.');
                policy.chart = v.trim();
                break;
            case 'chart-repository':
                if (typeof v !== 'string' || !/^https?:\/\//.test(v))
                    fail('values.chart-repository must be an http(s) URL.');
                policy.chartRepository = v;
                break;
            default:
                fail(`unknown key values.${key} (known: ${KNOWN.join(', ')}).`);
        }
    }
    return policy;
}

// EXTERNAL MODULE: ./src/values/render.js
var values_render = __webpack_require__(5890);
// EXTERNAL MODULE: ./src/values/rules/rendered-helm-hooks.js
var rendered_helm_hooks = __webpack_require__(9677);
// EXTERNAL MODULE: ./src/values/rules/schema-violation.js
var schema_violation = __webpack_require__(7999);
// EXTERNAL MODULE: ./src/values/rules/index.js + 19 modules
var rules = __webpack_require__(2479);
// EXTERNAL MODULE: ./src/values/rules/unknown-top-level-key.js
var unknown_top_level_key = __webpack_require__(5457);
// EXTERNAL MODULE: ../../node_modules/re2js/build/index.js
var build = __webpack_require__(3980);
;// CONCATENATED MODULE: ./src/values/linear-regexp.js

/** The module name a cached (standalone) validator requires this engine by; see runtimeModules in schema.ts. */
const LINEAR_REGEXP_MODULE = 'airflow-gitops/linear-regexp';
class UnsupportedSchemaPatternError extends Error {
}
function compile(pattern, flags) {
    // ajv asks for "u" (unicodeRegExp); RE2 always matches by code point, so it needs no flag.
    if (flags.replace('u', '') !== '')
        throw new UnsupportedSchemaPatternError(`schema pattern ${JSON.stringify(pattern)} asks for regular-expression flags "${flags}", which JSON Schema does not have`);
    let re;
    try {
        re = build/* RE2JS */.L3.compile(pattern);
    }
    catch (first) {
        try {
            // ECMAScript spellings RE2 writes differently, such as (?<name>…) and escaped slashes.
            re = build/* RE2JS */.L3.compile(build/* RE2JS */.L3.translateRegExp(pattern));
        }
        catch {
            throw new UnsupportedSchemaPatternError(`schema pattern ${JSON.stringify(pattern)} uses syntax that Go's regexp (helm's validator) does not support: ${first.message.split('\n')[0]}`);
        }
    }
    return {
        // An unanchored search, as RegExp.prototype.test is for a pattern without the g flag.
        test: (input) => re.test(input),
        // ajv shares one compiled pattern per distinct toString(), so it must name the pattern as RegExp's does.
        toString: () => `/${pattern}/${flags}`,
    };
}
/** ajv's `code.regExp` option: the function plus the source text standalone code calls it by. */
const linearRegExp = Object.assign(compile, {
    code: `require(${JSON.stringify(LINEAR_REGEXP_MODULE)}).default`,
});

// EXTERNAL MODULE: ../../node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(5627);
// EXTERNAL MODULE: ../../node_modules/ajv/dist/standalone/index.js
var standalone = __webpack_require__(810);
// EXTERNAL MODULE: ../../node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(6323);
// EXTERNAL MODULE: ../../node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(5556);
// EXTERNAL MODULE: ../../node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(8435);
// EXTERNAL MODULE: ../../node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(3714);
// EXTERNAL MODULE: ../../node_modules/ajv/dist/runtime/uri.js
var uri = __webpack_require__(2601);
// EXTERNAL MODULE: ../../node_modules/ajv/dist/runtime/validation_error.js
var validation_error = __webpack_require__(6881);
;// CONCATENATED MODULE: ./src/values/schema.js












/** Formats the chart schemas use; the rest of ajv-formats is not needed. */
const FORMATS = ['int32', 'int64', 'date-time'];
/** Bumped when the compile options change, so old cached validators are not reused. */
const CACHE_FORMAT = 'ajv8-draft07-allerrors-re2-v2';
// Modules the standalone code requires. A cached validator is loaded outside the bundle, so it
// gets these from here rather than from a node_modules that the action's runner does not have.
const runtimeModules = () => ({
    'ajv-formats/dist/formats': { fullFormats: formats.fullFormats },
    'ajv/dist/runtime/equal': { default: interop(equal) },
    'ajv/dist/runtime/ucs2length': { default: interop(ucs2length) },
    'ajv/dist/runtime/uri': { default: interop(uri) },
    'ajv/dist/runtime/validation_error': { default: interop(validation_error) },
    // Schema patterns run on RE2 in the cached validator too (see linear-regexp.ts).
    [LINEAR_REGEXP_MODULE]: { default: linearRegExp },
});
// CommonJS default exports arrive as module.exports under Node and as exports.default under the bundler.
const interop = (m) => (m.default ?? m);
const Ajv = interop(ajv);
const addFormats = interop(ajv_formats_dist);
const standaloneCode = interop(standalone);
const memory = new Map();
function newAjv() {
    // The chart schemas are draft-07 and use x-docsSection and other annotations: strict mode is off.
    // Every pattern runs on a linear-time engine: a backtracking RegExp hangs on the chart's own executor pattern.
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, code: { source: true, regExp: linearRegExp } });
    addFormats(ajv, [...FORMATS]);
    return ajv;
}
function loadStandalone(code) {
    const mod = { exports: {} };
    const requireShim = (name) => {
        const hit = runtimeModules()[name.replace(/\.js$/, '')];
        if (hit === undefined)
            throw new Error(`cached schema validator requires unknown module ${name}`);
        return hit;
    };
    // Only code that passed readTrustedCode, i.e. that this user wrote, gets here; see codeCacheTrust.
    new Function('require', 'module', 'exports', code)(requireShim, mod, mod.exports);
    return interop(mod.exports);
}
/**
 * Why a compiled validator on disk may (not) be run. The cache holds code, and code from a file is
 * only as trustworthy as whoever could write the file, so:
 * - On a CI runner, never: a self-hosted runner's tool cache and home are shared by every job it
 *   runs (same uid), so a job of another workflow or a fork's pull request could plant a validator
 *   for a later job that holds secrets. No check on the file can tell those writers apart, and a
 *   hash beside the code would be written by the same attacker. A job pays one cold compile (measured 1.5 s cold vs 0.04 s from disk with the bundled CLI on a busy 2-core machine).
 * - On Windows, never: there is no owner/mode check we can rely on.
 * - Elsewhere (a developer's machine, a pre-commit hook), only a file owned by this user (or root),
 *   not group/world-writable, in directories that are likewise not writable by anyone else (sticky
 *   directories such as /tmp excepted, since others cannot replace what is in them). Whoever could
 *   have written it can already run code as this user, so running it grants nothing new.
 */
function codeCacheTrust() {
    if (process.env.GITHUB_ACTIONS === 'true' || process.env.RUNNER_TOOL_CACHE || process.env.CI)
        return { allowed: false, reason: 'on a CI runner' };
    if (process.platform === 'win32' || typeof process.getuid !== 'function')
        return { allowed: false, reason: 'no file ownership checks on this platform' };
    return { allowed: true };
}
const GROUP_OR_WORLD_WRITABLE = 0o022;
const STICKY = 0o1000;
function ownedSafely(st, uid) {
    return st.uid === uid || st.uid === 0;
}
/** The file's text if only this user (or root) could have written it, else undefined. */
function readTrustedCode(file) {
    const uid = process.getuid();
    for (let dir = external_node_path_.dirname(external_node_path_.resolve(file));; dir = external_node_path_.dirname(dir)) {
        const st = external_node_fs_.statSync(dir);
        if (!ownedSafely(st, uid) || ((st.mode & GROUP_OR_WORLD_WRITABLE) !== 0 && (st.mode & STICKY) === 0))
            return undefined;
        if (external_node_path_.dirname(dir) === dir)
            break;
    }
    // lstat refuses a symlink planted in our directory; the checks then run on the open descriptor, so
    // what is read is what was checked.
    if (!external_node_fs_.lstatSync(file).isFile())
        return undefined;
    const fd = external_node_fs_.openSync(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    try {
        const st = external_node_fs_.fstatSync(fd);
        if (!st.isFile() || !ownedSafely(st, uid) || (st.mode & GROUP_OR_WORLD_WRITABLE) !== 0)
            return undefined;
        return external_node_fs_.readFileSync(fd, 'utf8');
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/**
 * Compiles a chart schema once per process and, off CI, once per machine: the standalone validator
 * code is cached on disk keyed by the schema's hash, so a warm local run skips ajv's compile (~1 s).
 * See codeCacheTrust for when cached code is run.
 */
function compileSchema(schema, schemaHash, cacheDir) {
    const started = Date.now();
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(CACHE_FORMAT)
        .update(schemaHash ?? JSON.stringify(schema))
        .digest('hex')
        .slice(0, 32);
    const inMemory = memory.get(hash);
    if (inMemory)
        return { validate: inMemory, stats: { source: 'memory', ms: Date.now() - started } };
    const cacheFile = cacheDir && codeCacheTrust().allowed ? external_node_path_.join(cacheDir, `values-schema-${hash}.cjs`) : undefined;
    if (cacheFile && external_node_fs_.existsSync(cacheFile)) {
        try {
            const code = readTrustedCode(cacheFile);
            if (code !== undefined) {
                const validate = loadStandalone(code);
                memory.set(hash, validate);
                return { validate, stats: { source: 'disk', ms: Date.now() - started } };
            }
            // Someone else could have written it: not run, recompiled and replaced below.
            external_node_fs_.rmSync(cacheFile, { force: true });
        }
        catch {
            // A corrupt or stale cache entry is recompiled below and overwritten.
        }
    }
    const ajv = newAjv();
    const compiled = ajv.compile(schema);
    const validate = compiled;
    if (cacheFile) {
        try {
            const code = standaloneCode(ajv, compiled);
            external_node_fs_.mkdirSync(external_node_path_.dirname(cacheFile), { recursive: true, mode: 0o700 });
            const tmp = `${cacheFile}.${process.pid}.tmp`;
            external_node_fs_.writeFileSync(tmp, code, { mode: 0o600 });
            external_node_fs_.renameSync(tmp, cacheFile);
        }
        catch {
            // The cache is an optimisation; a read-only cache dir must not fail the check.
        }
    }
    memory.set(hash, validate);
    return { validate, stats: { source: 'compiled', ms: Date.now() - started } };
}
/** For tests: forget validators compiled in this process. */
function clearSchemaMemoryCache() {
    memory.clear();
}

// EXTERNAL MODULE: ./src/values/suggest.js + 1 modules
var suggest = __webpack_require__(9448);
// EXTERNAL MODULE: ./src/values/version.js
var version = __webpack_require__(8520);
;// CONCATENATED MODULE: ./src/values/engine.js
























/** `helm`'s coalesce: user values over chart defaults, maps merged, null deletes the default. */
function coalesceValues(defaults, user) {
    const out = { ...defaults };
    for (const [k, v] of Object.entries(user)) {
        if (v === null) {
            delete out[k];
            continue;
        }
        const d = (0,load/* ownValue */.eC)(out, k);
        (0,load/* setOwnValue */.iP)(out, k, (0,load/* isPlainObject */.Qd)(d) && (0,load/* isPlainObject */.Qd)(v) ? coalesceValues(d, v) : v);
    }
    return out;
}
/**
 * The explicit version, else what the values pin (airflowVersion, else a version-like
 * defaultAirflowTag), else the chart's default: the same answer every check gives (src/core/versions.ts).
 */
function resolveAirflowVersion(user, chart, explicit) {
    const pinned = (0,versions/* airflowVersionFromValues */.ru)(explicit?.trim() ? { airflowVersion: explicit } : user) ?? (0,versions/* airflowVersionFromValues */.ru)(chart.defaults);
    if (pinned)
        return pinned;
    if ((0,version/* parseVersion */.ot)(chart.appVersion) && /^v?\d+\.\d+/.test(chart.appVersion))
        return chart.appVersion.replace(/^v/, '');
    return (0,versions/* defaultAirflowVersionFor */.FA)(chart.version);
}
/**
 * The chart to check against. A version the repository cannot serve (offline, no cache) falls back
 * to the built-in chart facts when it knows that version: every rule that needs no chart file runs.
 */
async function chartOrFacts(spec, resolve, log) {
    try {
        return { chart: await resolve() };
    }
    catch (e) {
        const facts = e instanceof ChartUnreachableError ? chartFromFacts(spec) : undefined;
        if (!facts)
            throw e;
        log?.(`notice: ${e.message.replace(/\.$/, '')}; checking with the built-in facts of chart ${facts.version}.`);
        return { chart: facts, unreachable: e.message };
    }
}
async function validateValues(options) {
    const started = Date.now();
    const cwd = options.cwd ?? process.cwd();
    const config = options.config ?? (0,core_config/* defaultConfig */.sb)();
    const policy = parseValuesPolicy(config.sections.values, config.file ? external_node_path_.basename(config.file) : undefined);
    const chartSpec = options.chart?.trim() || policy.chart;
    if (!options.files.length)
        throw new finding/* UsageError */.eb('No values files given; pass one or more values files (helm -f order).');
    if (!chartSpec)
        throw new finding/* UsageError */.eb('No chart given: pass --chart (input `chart`) as a chart directory, a .tgz or a chart version such as 1.19.0, or set values.chart in .airflow-gitops.yml.');
    const loaded = (0,load/* loadValuesFiles */.E2)(options.files, cwd);
    const cacheDir = options.schemaCacheDir === null ? undefined : (options.schemaCacheDir ?? external_node_path_.join((0,cache_dir/* userCacheDir */.b)(), 'schemas'));
    const { chart } = await chartOrFacts(chartSpec, () => resolveChart(chartSpec, {
        cwd,
        defaultsCacheDir: cacheDir,
        repository: options.chartRepository || policy.chartRepository,
        cache: options.chartCache ?? directoryChartCache(),
        log: options.log,
    }), options.log);
    const fromFacts = chart.from === 'facts';
    const selected = (id) => !options.onlyRules || options.onlyRules.includes(id);
    // Rules that read chart files the facts do not hold; listed in one line instead of run.
    const needChart = [];
    const user = loaded.values;
    const effective = coalesceValues(chart.defaults, user);
    const airflowVersion = resolveAirflowVersion(user, chart, options.airflowVersion);
    const relFiles = options.files.map((f) => external_node_path_.relative(cwd, external_node_path_.resolve(cwd, f)).split(external_node_path_.sep).join('/'));
    const findings = [];
    const severityOf = (meta, requested) => {
        const configured = (0,rule/* effectiveSeverity */.X)(meta, config.rules);
        if (configured === 'off')
            return 'off';
        const overridden = (config.rules[meta.id] ?? config.rules[meta.name]) !== undefined;
        return overridden ? configured : (requested ?? meta.severity);
    };
    const push = (meta, location, report) => {
        const severity = severityOf(meta, report.severity);
        if (severity === 'off')
            return;
        findings.push((0,rule/* makeFinding */.M)(meta, severity, report.message, location.file, location.range, report.fix));
    };
    for (const f of loaded.findings) {
        const meta = rules/* valuesRules */.K.find((r) => r.id === f.ruleId);
        if (meta)
            push(meta, { file: f.file, range: f.range }, { message: f.message, fix: f.fix });
    }
    let schemaStats;
    let render;
    // A file that did not load leaves the merged values incomplete; checking them would only add noise.
    const loadFailed = loaded.findings.some((f) => f.severity === 'error');
    if (!loadFailed) {
        // A misspelled top-level key (migrateDBJob) is where the user meant to set the real one.
        const known = (0,unknown_top_level_key/* knownTopLevelKeys */.B)({ chart });
        const misspelledAt = new Map();
        for (const key of Object.keys(user)) {
            if (known.has(key))
                continue;
            const target = (0,suggest/* didYouMean */.a)(key, known);
            if (target && !misspelledAt.has(target))
                misspelledAt.set(target, key);
        }
        const locate = (p) => {
            for (let n = p.length; n > 0; n--) {
                const o = loaded.origin(p.slice(0, n));
                if (o)
                    return o;
            }
            const alias = misspelledAt.get(p[0]);
            const o = alias ? loaded.origin([alias]) : undefined;
            if (o)
                return o;
            return { file: relFiles[0], range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } };
        };
        let schemaErrors = null;
        const chartFacts = (0,chart_facts/* chartFactsFor */.J4)(chart.version);
        const airflowFacts = (0,airflow_facts/* airflowFactsFor */.PB)(airflowVersion);
        for (const rule of rules/* valueRules */.N) {
            if (severityOf(rule.meta) === 'off' || !selected(rule.meta.id))
                continue;
            if (fromFacts && rule.needsChart) {
                needChart.push(`${rule.meta.id} ${rule.meta.name} (${rule.needsChart})`);
                continue;
            }
            const ctx = {
                user,
                effective,
                chart,
                chartFacts,
                airflowVersion,
                airflowFacts,
                policy,
                schemaErrors: () => {
                    if (schemaErrors !== null)
                        return schemaErrors;
                    if (!chart.schema)
                        return (schemaErrors = undefined);
                    let compiled;
                    try {
                        compiled = compileSchema(chart.schema, chart.schemaHash, cacheDir);
                    }
                    catch (e) {
                        // A chart (e.g. a local directory) whose schema helm's Go validator would refuse as well.
                        if (!(e instanceof UnsupportedSchemaPatternError))
                            throw e;
                        push(rule.meta, { file: relFiles[0], range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } }, {
                            message: `The values cannot be checked against the chart ${chart.version} schema: its ${e.message}.`,
                            fix: "Fix the chart's values.schema.json; helm install fails on this schema too.",
                        });
                        return (schemaErrors = undefined);
                    }
                    const { validate, stats } = compiled;
                    schemaStats = stats;
                    return (schemaErrors = validate(effective) ? [] : [...(validate.errors ?? [])]);
                },
                isSet: (p) => (0,context/* hasPath */.a6)(user, p),
                get: (p) => (0,context/* getPath */.Yn)(effective, p),
                locate,
                report: (p, r) => push(rule.meta, locate(p), r),
                reportAt: (loc, r) => push(rule.meta, loc, r),
            };
            await rule.check(ctx);
        }
        // helm template fails on the same schema errors; rendering then only repeats them.
        const schemaFailed = findings.some((f) => f.ruleId === 'VAL010' && f.severity === 'error');
        if (!selected(rendered_helm_hooks/* renderedHelmHooks */.G.id)) {
            render = undefined;
        }
        else if (fromFacts && options.render !== 'off' && severityOf(rendered_helm_hooks/* renderedHelmHooks */.G) !== 'off') {
            needChart.push(`${rendered_helm_hooks/* renderedHelmHooks */.G.id} ${rendered_helm_hooks/* renderedHelmHooks */.G.name} (the templates, rendered by helm)`);
            render = { kind: 'skipped', reason: 'the chart could not be downloaded' };
        }
        else if (schemaFailed && options.render !== 'off') {
            render = { kind: 'skipped', reason: 'the values do not match the chart schema (fix VAL010 first)' };
        }
        else if (options.render !== 'off' && severityOf(rendered_helm_hooks/* renderedHelmHooks */.G) !== 'off') {
            render = await (0,values_render/* renderChart */.xt)({ helm: options.helmPath, chartDir: chart.dir, renderable: chart.renderable, valuesFiles: options.files, cwd });
            const at = { file: relFiles[relFiles.length - 1], range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } };
            if (render.kind === 'failed') {
                push(rendered_helm_hooks/* helmTemplateFailed */.u, at, { message: `helm template failed with these values: ${render.stderr.split('\n').slice(0, 5).join(' ')}`, fix: 'Fix the values helm complains about; Argo CD renders the same way.' });
            }
            else if (render.kind === 'rendered') {
                for (const h of render.hooks) {
                    push(rendered_helm_hooks/* renderedHelmHooks */.G, at, {
                        message: `helm template renders ${h.kind} ${h.name} with helm.sh/hook: ${h.hook}${h.source ? ` (from ${h.source})` : ''}.`,
                        fix: 'Change the values that make the chart render it as a hook (see the other findings), then re-run.',
                    });
                }
            }
        }
        // `on` asks for the render: one that could not happen is an error, not a quiet skip (schema errors
        // excepted: helm would only repeat them).
        if (options.render === 'on' && render?.kind === 'skipped' && !schemaFailed) {
            throw new finding/* UsageError */.eb(`render: on, but the rendered check could not run: ${render.reason}. Put helm on PATH and give a chart with its templates, or use render: auto.`);
        }
    }
    const ignore = config.ignore.map(files/* globToRegExp */.tL);
    const kept = findings.filter((f) => !f.file || !ignore.some((r) => r.test(f.file)));
    const chartFrom = fromFacts ? 'built-in facts; the chart could not be downloaded' : chart.from;
    const details = [
        ['Chart', `${chart.name} ${chart.version} (${chartFrom}${chart.from === 'directory' || chart.from === 'archive' ? `: ${external_node_path_.relative(cwd, chart.dir) || '.'}` : ''})`],
        ['Airflow version', airflowVersion],
        ['Values files', relFiles.join(', ')],
    ];
    if (needChart.length) {
        // One line: which rules wait for the chart; every other rule ran.
        details.push(['Needs the chart', `${needChart.join(', ')}: run once with network access (the chart is then cached) or pass --chart DIR`]);
    }
    else {
        if (schemaStats)
            details.push(['Schema validator', `${schemaStats.source} (${schemaStats.ms} ms)`]);
        else if (!chart.schema && !fromFacts && selected(schema_violation/* schemaViolation */.H.meta.id))
            details.push(['Schema validator', 'chart has no values.schema.json']);
        if (selected(rendered_helm_hooks/* renderedHelmHooks */.G.id))
            details.push(['Rendered check', renderDetail(render, loadFailed, options.render)]);
        if (render?.kind === 'skipped')
            options.log?.(`notice: rendered check skipped: ${render.reason}.`);
    }
    return {
        findings: kept,
        rules: rules/* valuesRules */.K,
        run: { tool: 'validate-values', version: check/* VERSION */.x, filesChecked: options.files.length, durationMs: Date.now() - started, details },
        outputs: { 'chart-version': chart.version, 'airflow-version': airflowVersion },
    };
}
function renderDetail(render, loadFailed, mode) {
    if (mode === 'off')
        return 'off';
    if (loadFailed)
        return 'skipped: a values file did not load';
    if (!render)
        return 'off (rule disabled)';
    if (render.kind === 'skipped')
        return `skipped: ${render.reason}`;
    if (render.kind === 'failed')
        return 'helm template failed';
    return `${render.resources} resources rendered, ${render.hooks.length} with helm.sh/hook`;
}


/***/ }),

/***/ 5890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseRenderMode: () => (/* binding */ parseRenderMode),
/* harmony export */   xt: () => (/* binding */ renderChart)
/* harmony export */ });
/* unused harmony exports findOnPath, findHooks */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9976);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3483);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1619);






const RENDER_MODES = ['auto', 'on', 'off'];
/** Parses --render / input `render` (empty: auto). */
function parseRenderMode(raw) {
    const value = (raw ?? '').trim() || 'auto';
    if (!RENDER_MODES.includes(value))
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`render must be auto, on or off (got "${value}").`);
    return value;
}
/** Finds an executable on PATH without a shell. */
function findOnPath(name, envPath = process.env.PATH ?? '') {
    const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
    for (const dir of envPath.split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter).filter(Boolean)) {
        for (const ext of exts) {
            const candidate = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, name + ext);
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_2__.accessSync(candidate, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.X_OK);
                if (node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync(candidate).isFile())
                    return candidate;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}
/** Runs `helm template` (argv only, no shell) and lists every rendered resource with a helm.sh/hook annotation. */
async function renderChart(options) {
    const helm = options.helm ?? findOnPath('helm');
    if (!helm)
        return { kind: 'skipped', reason: 'helm is not on PATH' };
    if (!options.renderable)
        return { kind: 'skipped', reason: 'the chart source has no templates/ directory' };
    const args = ['template', options.releaseName ?? 'airflow', options.chartDir, '--namespace', options.namespace ?? 'airflow'];
    for (const f of options.valuesFiles)
        args.push('--values', node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(options.cwd, f));
    const { code, stdout, stderr } = await new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.execFile)(helm, args, { cwd: options.cwd, env: process.env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 }, (err, out, errOut) => {
            const c = err ? (typeof err.code === 'number' ? (err.code) : 1) : 0;
            resolve({ code: c, stdout: String(out ?? ''), stderr: String(errOut ?? (err ? err.message : '')) });
        });
    });
    if (code !== 0)
        return { kind: 'failed', stderr: stderr.trim() || `helm exited with code ${code}` };
    return { kind: 'rendered', ...findHooks(stdout) };
}
function findHooks(manifests) {
    const hooks = [];
    let resources = 0;
    for (const doc of (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseAllDocuments */ .hR)(manifests, { uniqueKeys: false })) {
        if (!('contents' in doc))
            continue;
        const obj = doc.toJS({ maxAliasCount: 100 });
        if (!(0,_load_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Qd)(obj))
            continue;
        resources++;
        const meta = (0,_load_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Qd)(obj.metadata) ? obj.metadata : {};
        const annotations = (0,_load_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Qd)(meta.annotations) ? meta.annotations : {};
        const hook = annotations['helm.sh/hook'];
        if (hook === undefined)
            continue;
        const source = /^# Source: (.+)$/m.exec(String(doc.commentBefore ?? ''))?.[1] ?? /# Source: (.+)/.exec(doc.toString())?.[1];
        hooks.push({ kind: String(obj.kind ?? '?'), name: String(meta.name ?? '?'), hook: String(hook), source: source?.trim() });
    }
    return { hooks, resources };
}


/***/ })

};

//# sourceMappingURL=566.index.js.map