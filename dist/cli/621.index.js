export const id = 621;
export const ids = [621];
export const modules = {

/***/ 9115:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ azuriteManifests),
/* harmony export */   JN: () => (/* binding */ azuriteConnectionUri),
/* harmony export */   RO: () => (/* binding */ hostBlobEndpoint),
/* harmony export */   Wj: () => (/* binding */ DEFAULT_AZURITE_HOST_PORT),
/* harmony export */   aZ: () => (/* binding */ azuritePortMapping),
/* harmony export */   cM: () => (/* binding */ azuriteConnectionString),
/* harmony export */   f8: () => (/* binding */ AZURITE),
/* harmony export */   yd: () => (/* binding */ inClusterBlobEndpoint)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7290);

/**
 * Azurite inside the kind cluster, standing in for the storage account of the release's remote
 * logging: the smoke run's task pod uploads its log there through the release's own connection, and
 * verify-wasb-logs reads it back from the runner through a kind port mapping.
 */
const AZURITE = {
    /** Same version as the npm azurite the tests run (one behaviour in and outside the cluster). */
    image: 'mcr.microsoft.com/azure-storage/azurite:3.35.0',
    namespace: _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_DB_NAMESPACE */ .lh,
    service: 'azurite',
    port: 10000,
    /** Fixed NodePort; kind maps it to 127.0.0.1:<host port> on the runner (extraPortMappings). */
    nodePort: 30100,
    /** Azurite's documented development account (public, not a secret). */
    account: 'devstoreaccount1',
    key: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
};
const DEFAULT_AZURITE_HOST_PORT = 10000;
/** Path-style account URL as Airflow's pods reach it (cluster DNS). */
function inClusterBlobEndpoint() {
    return `http://${AZURITE.service}.${AZURITE.namespace}.svc.cluster.local:${AZURITE.port}/${AZURITE.account}`;
}
/** Path-style account URL as the runner reaches it (the kind port mapping). */
function hostBlobEndpoint(hostPort) {
    return `http://127.0.0.1:${hostPort}/${AZURITE.account}`;
}
function azuriteConnectionString(blobEndpoint) {
    return `DefaultEndpointsProtocol=http;AccountName=${AZURITE.account};AccountKey=${AZURITE.key};BlobEndpoint=${blobEndpoint};`;
}
/**
 * The Airflow connection (URI form, for `airflow connections add --conn-uri`) that points WasbHook at
 * the in-cluster Azurite. connection_string wins in WasbHook's precedence; login, password and host
 * are there too so the URI has a netloc and reads sensibly in the UI.
 */
function azuriteConnectionUri() {
    const host = `${AZURITE.service}.${AZURITE.namespace}.svc.cluster.local:${AZURITE.port}`;
    return `wasb://${AZURITE.account}:${encodeURIComponent(AZURITE.key)}@${host}?connection_string=${encodeURIComponent(azuriteConnectionString(inClusterBlobEndpoint()))}`;
}
/** kind extraPortMappings entry: the Azurite NodePort on the runner's loopback. */
function azuritePortMapping(hostPort) {
    return { containerPort: AZURITE.nodePort, hostPort, listenAddress: '127.0.0.1', protocol: 'TCP' };
}
/** Deployment and NodePort Service of Azurite's blob service (in-memory: the cluster is throwaway). */
function azuriteManifests() {
    const labels = { app: 'azurite', 'app.kubernetes.io/managed-by': 'airflow-gitops' };
    return [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: AZURITE.namespace } },
        {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name: AZURITE.service, namespace: AZURITE.namespace, labels },
            spec: {
                replicas: 1,
                selector: { matchLabels: { app: 'azurite' } },
                template: {
                    metadata: { labels },
                    spec: {
                        containers: [
                            {
                                name: 'azurite',
                                image: AZURITE.image,
                                // --disableProductStyleUrl: pods reach Azurite as azurite.warble-system.svc.cluster.local, and
                                // a dotted host name otherwise makes Azurite read its first label ("azurite") as the account,
                                // so the task's upload to /devstoreaccount1/<container>/… fails with ResourceNotFound (seen
                                // on a real kind cluster). The runner's 127.0.0.1 is path-style either way.
                                command: ['azurite-blob', '--blobHost', '0.0.0.0', '--blobPort', String(AZURITE.port), '--inMemoryPersistence', '--skipApiVersionCheck', '--disableTelemetry', '--disableProductStyleUrl'],
                                ports: [{ name: 'blob', containerPort: AZURITE.port }],
                                readinessProbe: { tcpSocket: { port: AZURITE.port }, periodSeconds: 2, failureThreshold: 60 },
                                resources: { requests: { cpu: '50m', memory: '128Mi' } },
                            },
                        ],
                    },
                },
            },
        },
        {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name: AZURITE.service, namespace: AZURITE.namespace, labels },
            spec: { type: 'NodePort', selector: { app: 'azurite' }, ports: [{ name: 'blob', port: AZURITE.port, targetPort: AZURITE.port, nodePort: AZURITE.nodePort }] },
        },
    ];
}


/***/ }),

/***/ 2002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMigrateOptions: () => (/* binding */ parseMigrateOptions)
/* harmony export */ });
/* unused harmony export imageReference */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9976);
/* harmony import */ var _azurite_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9115);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7290);





const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
function dnsLabel(value, what) {
    if (!DNS_LABEL.test(value))
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} "${value}" is not a valid Kubernetes name (lowercase letters, digits and '-', at most 63 characters).`);
    return value;
}
/**
 * Every value that ends up in a command line (kubectl/helm flags, a Job's argv, `kubectl exec`) is
 * checked here, once: argv arrays already keep a shell out, these keep option injection out (a value
 * starting with '-' would be read as a flag by kubectl or the airflow CLI) and reject what the tool
 * would reject anyway, with one sentence instead of a tool error halfway through a run.
 */
function refuseOptionLike(value, what) {
    if (value.startsWith('-'))
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} "${value}" starts with '-', which the command would read as an option; pass a name.`);
}
/** Airflow's KEY_REGEX (airflow.utils.helpers.validate_key) for dag_id and conn_id, at most 250 characters. */
const AIRFLOW_KEY = /^[A-Za-z0-9_.-]{1,250}$/;
function airflowKey(value, what) {
    refuseOptionLike(value, what);
    if (!AIRFLOW_KEY.test(value))
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} "${value}" is not a valid Airflow id (letters, digits, '_', '.' and '-', at most 250 characters).`);
    return value;
}
/**
 * The distribution reference grammar (registry[:port]/path[:tag][@sha256:digest]), bounded to 255
 * characters before matching so the pattern never sees a long input.
 */
const IMAGE_REFERENCE = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::\w[\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;
function imageReference(value, what) {
    refuseOptionLike(value, what);
    if (value.length > 255 || !IMAGE_REFERENCE.test(value)) {
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} "${value}" is not an image reference like apache/airflow:3.1.7 or registry.example.com:5000/team/airflow:3.1.7@sha256:<digest>.`);
    }
    return value;
}
/** A kubeconfig context name: free-form in kubeconfig, but never an option and never a control character. */
function kubeContext(value) {
    if (!value)
        return value;
    refuseOptionLike(value, 'context');
    // eslint-disable-next-line no-control-regex
    if (value.length > 253 || /[\u0000-\u001f\u007f]/.test(value))
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('context must be a kubeconfig context name (printable characters, at most 253).');
    return value;
}
function resolveImage(chartVersion, image, what) {
    const img = (image ?? '').trim();
    if (img) {
        imageReference(img, what);
        const version = (0,_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .airflowVersionFromImage */ .kI)(img) ?? _versions_js__WEBPACK_IMPORTED_MODULE_4__/* .CHART_AIRFLOW_VERSION */ .hz[chartVersion];
        if (!version)
            throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Cannot tell the Airflow version of ${what} "${img}"; tag it with the version (e.g. apache/airflow:3.1.7).`);
        return { image: img, version };
    }
    const version = _versions_js__WEBPACK_IMPORTED_MODULE_4__/* .CHART_AIRFLOW_VERSION */ .hz[chartVersion];
    if (!version) {
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Chart ${chartVersion} is not in the known-versions table (${Object.keys(_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .CHART_AIRFLOW_VERSION */ .hz).join(', ')}); set airflow-image explicitly.`);
    }
    return { image: `${_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_AIRFLOW_REPOSITORY */ .iF}:${version}`, version };
}
function versionFromAirflowVersion(v) {
    const t = (v ?? '').trim();
    if (!t)
        return undefined;
    if (!/^\d+\.\d+\.\d+$/.test(t))
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`from-airflow-version must look like 2.9.3 (got "${t}").`);
    return `${_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_AIRFLOW_REPOSITORY */ .iF}:${t}`;
}
/**
 * The old release's image: from-airflow-image when given (a team's own build; from-airflow-version
 * then says its Airflow version when the tag does not), else apache/airflow:<from-airflow-version>,
 * else the from-chart's default.
 */
function fromImage(chartVersion, image, version) {
    const img = (image ?? '').trim();
    const v = (version ?? '').trim();
    if (!img)
        return resolveImage(chartVersion, versionFromAirflowVersion(v), 'from-airflow-version');
    versionFromAirflowVersion(v);
    const resolved = resolveImage(chartVersion, img, 'from-airflow-image');
    return v ? { image: resolved.image, version: v } : resolved;
}
function parseMigrateOptions(raw) {
    const cwd = raw.cwd ?? process.cwd();
    const chartVersion = (raw.chartVersion ?? '').trim() || _versions_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CHART_VERSION */ .qD;
    if (!/^\d+\.\d+\.\d+$/.test(chartVersion))
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`chart-version must be a chart release like 1.19.0 (got "${chartVersion}").`);
    const cluster = ((raw.cluster ?? '').trim() || 'kind');
    if (cluster !== 'kind' && cluster !== 'existing')
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cluster must be kind or existing (got "${raw.cluster}").`);
    const target = resolveImage(chartVersion, raw.airflowImage, 'airflow-image');
    const valuesFiles = (raw.valuesFiles ?? []).map((f) => f.trim()).filter(Boolean);
    let from;
    const fromChart = (raw.fromChartVersion ?? '').trim();
    if (fromChart || (raw.fromAirflowVersion ?? '').trim() || (raw.fromAirflowImage ?? '').trim()) {
        if (cluster === 'existing')
            throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('Upgrade gating (from-chart-version / from-airflow-version) needs a throwaway cluster: use cluster: kind.');
        const fc = fromChart || chartVersion;
        if (!/^\d+\.\d+\.\d+$/.test(fc))
            throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`from-chart-version must be a chart release like 1.15.0 (got "${fc}").`);
        const old = fromImage(fc, raw.fromAirflowImage, raw.fromAirflowVersion);
        const fromValues = (raw.fromValues ?? []).map((f) => f.trim()).filter(Boolean);
        from = { chartVersion: fc, airflowImage: old.image, airflowVersion: old.version, valuesFiles: fromValues.length ? fromValues : valuesFiles };
    }
    const timeoutMinutes = Number((raw.timeoutMinutes ?? '').trim() || '30');
    if (!Number.isFinite(timeoutMinutes) || timeoutMinutes <= 0 || timeoutMinutes > 360) {
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`timeout-minutes must be a number between 0 and 360 (got "${raw.timeoutMinutes}").`);
    }
    const pollMs = Number((raw.pollMs ?? '').trim() || '2000');
    if (!Number.isFinite(pollMs) || pollMs < 0)
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`poll interval must be a non-negative number of milliseconds (got "${raw.pollMs}").`);
    const adminUser = (raw.adminUser ?? '').trim();
    if (adminUser)
        refuseOptionLike(adminUser, 'admin-user');
    if (adminUser && !/^[A-Za-z0-9_.@-]{1,64}$/.test(adminUser))
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`admin-user "${adminUser}" may use letters, digits and _.@- only.`);
    if (adminUser && cluster === 'existing' && !raw.adminPassword) {
        // A generated password is fine for a throwaway cluster, useless for a real one (nobody could log in).
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('admin-user on cluster: existing needs admin-password (from a secret); a generated one would be unknown to everyone.');
    }
    const smokeDag = (raw.smokeDag ?? '').trim();
    const azurite = raw.azurite ?? false;
    const azuriteHostPort = Number((raw.azuriteHostPort ?? '').trim() || String(_azurite_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_AZURITE_HOST_PORT */ .Wj));
    if (azurite) {
        if (cluster !== 'kind')
            throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('azurite deploys an emulator into the throwaway cluster; it needs cluster: kind.');
        if ((raw.wasbConnection ?? '').trim())
            throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('azurite points the remote-logging connection at the in-cluster emulator; drop wasb-connection or drop azurite.');
        if (!Number.isInteger(azuriteHostPort) || azuriteHostPort < 1024 || azuriteHostPort > 65535)
            throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`azurite-host-port must be a port between 1024 and 65535 (got "${raw.azuriteHostPort}").`);
    }
    const workDir = raw.workDir?.trim() || node_path__WEBPACK_IMPORTED_MODULE_1__.join(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir(), 'airflow-gitops-migrate');
    return {
        valuesFiles,
        chartVersion,
        airflowImage: target.image,
        airflowVersion: target.version,
        cluster,
        clusterName: dnsLabel((raw.clusterName ?? '').trim() || 'airflow-gitops', 'cluster name'),
        kindNodeImage: imageReference((raw.kindNodeImage ?? '').trim() || _versions_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_KIND_NODE_IMAGE */ .i4, 'kind-node-image'),
        context: kubeContext((raw.context ?? '').trim()),
        namespace: dnsLabel((raw.namespace ?? '').trim() || 'airflow', 'namespace'),
        releaseName: dnsLabel((raw.releaseName ?? '').trim() || 'airflow', 'release-name'),
        from,
        adminUser,
        adminPassword: raw.adminPassword ?? '',
        wasbConnection: (raw.wasbConnection ?? '').trim(),
        wasbConnectionId: airflowKey((raw.wasbConnectionId ?? '').trim() || 'azure_blob_storage', 'wasb-connection-id'),
        timeoutMinutes,
        keepCluster: raw.keepCluster ?? false,
        loadImage: raw.loadImage ?? false,
        smokeDag: smokeDag ? airflowKey(smokeDag, 'smoke-dag') : '',
        azurite,
        azuriteHostPort,
        workDir,
        diagnosticsDir: raw.diagnosticsDir?.trim() || node_path__WEBPACK_IMPORTED_MODULE_1__.join(workDir, 'diagnostics'),
        pollMs,
        cwd,
    };
}


/***/ }),

/***/ 7290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DS: () => (/* binding */ CHART_NAME),
/* harmony export */   Dp: () => (/* binding */ alembicHeadFor),
/* harmony export */   Ir: () => (/* binding */ airflowMajor),
/* harmony export */   MX: () => (/* binding */ CHART_DEFAULT_AUTH_MANAGER),
/* harmony export */   Se: () => (/* binding */ TOOL_PINS),
/* harmony export */   WS: () => (/* binding */ POSTGRES_IMAGE),
/* harmony export */   hz: () => (/* reexport safe */ _core_versions_js__WEBPACK_IMPORTED_MODULE_0__.hz),
/* harmony export */   i4: () => (/* binding */ DEFAULT_KIND_NODE_IMAGE),
/* harmony export */   iF: () => (/* binding */ DEFAULT_AIRFLOW_REPOSITORY),
/* harmony export */   kI: () => (/* binding */ airflowVersionFromImage),
/* harmony export */   lh: () => (/* binding */ SHARED_DB_NAMESPACE),
/* harmony export */   pI: () => (/* binding */ LIST_RUNS_DAG_ARGS),
/* harmony export */   qD: () => (/* reexport safe */ _core_versions_js__WEBPACK_IMPORTED_MODULE_0__.qD),
/* harmony export */   rv: () => (/* binding */ FAB_AUTH_MANAGER),
/* harmony export */   sv: () => (/* binding */ AIRFLOW_COMPONENTS),
/* harmony export */   tL: () => (/* binding */ SHARED_DB_SERVICE),
/* harmony export */   yf: () => (/* binding */ SIMPLE_AUTH_MANAGER)
/* harmony export */ });
/* unused harmony export AIRFLOW_ALEMBIC_HEAD */
/* harmony import */ var _core_versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7372);
/**
 * Facts that change by version, as data tables (never `if` chains in the phases).
 * Sources: each chart's Chart.yaml appVersion; Airflow's airflow/utils/db.py _REVISION_HEADS_MAP;
 * chart templates (component names, wait-for-migrations init container, secret keys).
 */
// One table for every check (src/core/versions.ts); re-exported for the kube modules.

const CHART_NAME = 'airflow';
const DEFAULT_AIRFLOW_REPOSITORY = 'apache/airflow';
/** Airflow version → alembic head of its metadata schema (airflow.utils.db._REVISION_HEADS_MAP). */
const AIRFLOW_ALEMBIC_HEAD = {
    '2.9.2': '686269002441',
    '2.9.3': '686269002441',
    '2.10.0': '22ed7efa9da2',
    '2.10.3': '5f2621c13b39',
    '3.0.0': '29ce7909c52b',
    '3.0.2': '29ce7909c52b',
    '3.0.3': 'fe199e1abd77',
    '3.1.0': 'cc92b33c6709',
    '3.1.7': 'cc92b33c6709',
    // Verified against the real Airflow (test/airflow/migration-real.test.ts): _REVISION_HEADS_MAP and
    // alembic's ScriptDirectory heads of apache-airflow 3.1.8 and 3.3.2.
    '3.1.8': '509b94a1042d',
    '3.2.0': '1d6611b6ab7c',
    '3.3.0': 'd2f4e1b3c5a7',
    '3.3.2': 'd2f4e1b3c5a7',
};
const versionKey = (v) => v.split(/[.+-]/).slice(0, 3).map((n) => Number.parseInt(n, 10) || 0);
const compareVersions = (a, b) => {
    const [x, y] = [versionKey(a), versionKey(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};
/**
 * Airflow's alembic head for a version: the table entry, or — between two entries with the same
 * head — that head (no migration was added in between). Past the newest entry of a line it is
 * unknown: a patch release can add migrations (3.1.8 did), and a guessed head would fail a good run.
 */
function alembicHeadFor(version) {
    if (AIRFLOW_ALEMBIC_HEAD[version])
        return AIRFLOW_ALEMBIC_HEAD[version];
    const known = Object.keys(AIRFLOW_ALEMBIC_HEAD).sort(compareVersions);
    const below = known.filter((v) => compareVersions(v, version) < 0).pop();
    const above = known.find((v) => compareVersions(v, version) > 0);
    return below && above && AIRFLOW_ALEMBIC_HEAD[below] === AIRFLOW_ALEMBIC_HEAD[above] ? AIRFLOW_ALEMBIC_HEAD[below] : undefined;
}
/** The long-running components each Airflow major version must bring to Ready (chart `component` labels). */
const AIRFLOW_COMPONENTS = {
    // Airflow 2: the webserver serves the UI; the standalone dag-processor is opt-in (dagProcessor.enabled).
    '2': ['scheduler', 'webserver', 'triggerer'],
    // Airflow 3: airflow-api-server replaced the webserver; the dag-processor is always separate.
    '3': ['scheduler', 'api-server', 'dag-processor', 'triggerer'],
};
const FAB_AUTH_MANAGER = 'airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager';
const SIMPLE_AUTH_MANAGER = 'airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager';
/**
 * The auth manager a chart configures when the values do not set config.core.auth_manager.
 * Charts 1.18+ set FAB in their default config; on Airflow 2 the FAB security manager is built in.
 */
const CHART_DEFAULT_AUTH_MANAGER = {
    '1.15.0': FAB_AUTH_MANAGER,
    '1.18.0': FAB_AUTH_MANAGER,
    '1.19.0': FAB_AUTH_MANAGER,
};
const TOOL_PINS = {
    kind: {
        version: 'v0.29.0',
        url: 'https://github.com/kubernetes-sigs/kind/releases/download/{version}/kind-linux-amd64',
        sha256: 'c72eda46430f065fb45c5f70e7c957cc9209402ef309294821978677c8fb3284',
    },
    helm: {
        version: 'v3.18.4',
        url: 'https://get.helm.sh/helm-{version}-linux-amd64.tar.gz',
        sha256: 'f8180838c23d7c7d797b208861fecb591d9ce1690d8704ed1e4cb8e2add966c1',
        archivePath: 'linux-amd64/helm',
    },
    kubectl: {
        version: 'v1.33.1',
        url: 'https://dl.k8s.io/release/{version}/bin/linux/amd64/kubectl',
        sha256: '5de4e9f2266738fd112b721265a0c1cd7f4e5208b670f811861f699474a100a3',
    },
};
/** kind v0.29.0's default node image tag (Kubernetes 1.33.1). */
const DEFAULT_KIND_NODE_IMAGE = 'kindest/node:v1.33.1';
/** The shared database mirrors the user's production PostgreSQL (15+ needs an explicit GRANT on schema public). */
const POSTGRES_IMAGE = 'postgres:16.4';
const SHARED_DB_NAMESPACE = 'warble-system';
const SHARED_DB_SERVICE = 'postgresql';
function airflowMajor(version) {
    return version.split('.')[0] ?? '3';
}
/** The version from an image reference like apache/airflow:3.1.7 or apache/airflow:3.1.7-python3.12. */
function airflowVersionFromImage(image) {
    const tag = image.includes('@') ? undefined : image.slice(image.lastIndexOf(':') + 1);
    const m = tag?.match(/^(\d+\.\d+\.\d+)/);
    return m ? m[1] : undefined;
}
/** `airflow dags list-runs` took the DAG id as -d on Airflow 2 and as a positional argument on Airflow 3. */
const LIST_RUNS_DAG_ARGS = {
    '2': (dagId) => ['-d', dagId],
    '3': (dagId) => [dagId],
};


/***/ })

};

//# sourceMappingURL=621.index.js.map