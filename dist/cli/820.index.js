export const id = 820;
export const ids = [820];
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

/***/ 4820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMigrate: () => (/* binding */ runMigrate)
});

// UNUSED EXPORTS: generateSecrets, phaseSequence

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/check.js
var check = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/core/secrets.js
var secrets = __webpack_require__(8640);
// EXTERNAL MODULE: ./src/values/load.js + 6 modules
var load = __webpack_require__(1619);
// EXTERNAL MODULE: ./src/kube/context.js
var context = __webpack_require__(3204);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
// EXTERNAL MODULE: ./src/kube/azurite.js
var azurite = __webpack_require__(9115);
// EXTERNAL MODULE: ./src/kube/versions.js
var versions = __webpack_require__(7290);
;// CONCATENATED MODULE: ./src/kube/manifests.js



function toYamlDocuments(objects) {
    return objects.map((o) => (0,dist/* stringify */.As)(o, { lineWidth: 0 })).join('---\n');
}
/** kind's cluster config (kind.x-k8s.io/v1alpha4): one control-plane node on the pinned node image. */
function kindConfig(options) {
    const node = { role: 'control-plane', image: options.kindNodeImage };
    // The in-cluster Azurite's NodePort on the runner's loopback, so verify-wasb-logs can read the task log.
    if (options.azurite)
        node.extraPortMappings = [(0,azurite/* azuritePortMapping */.aZ)(options.azuriteHostPort ?? azurite/* DEFAULT_AZURITE_HOST_PORT */.Wj)];
    return {
        kind: 'Cluster',
        apiVersion: 'kind.x-k8s.io/v1alpha4',
        name: options.clusterName,
        nodes: [node],
    };
}
const SHARED_DB = {
    namespace: versions/* SHARED_DB_NAMESPACE */.lh,
    service: versions/* SHARED_DB_SERVICE */.tL,
    database: 'airflow',
    role: 'airflow',
    initSecret: 'postgresql-init',
    host: `${versions/* SHARED_DB_SERVICE */.tL}.${versions/* SHARED_DB_NAMESPACE */.lh}`,
    port: 5432,
};
function sqlLiteral(s) {
    return `'${s.replace(/'/g, "''")}'`;
}
/**
 * PostgreSQL from the official image as Service `postgresql` in warble-system, like the user's shared
 * database: role and database `airflow` created by an init script, and — since PostgreSQL 15 revoked
 * CREATE on schema public from PUBLIC — an explicit GRANT on schema public.
 */
function sharedDatabaseManifests(superuserPassword, airflowPassword) {
    const labels = { app: 'postgresql', 'app.kubernetes.io/managed-by': 'airflow-gitops' };
    const initSql = [
        `CREATE ROLE ${SHARED_DB.role} LOGIN PASSWORD ${sqlLiteral(airflowPassword)};`,
        `CREATE DATABASE ${SHARED_DB.database};`,
        `GRANT ALL PRIVILEGES ON DATABASE ${SHARED_DB.database} TO ${SHARED_DB.role};`,
        `\\connect ${SHARED_DB.database}`,
        `GRANT ALL ON SCHEMA public TO ${SHARED_DB.role};`,
        '',
    ].join('\n');
    return [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: SHARED_DB.namespace } },
        {
            apiVersion: 'v1',
            kind: 'Secret',
            metadata: { name: SHARED_DB.initSecret, namespace: SHARED_DB.namespace, labels },
            type: 'Opaque',
            stringData: { POSTGRES_PASSWORD: superuserPassword, 'init.sql': initSql },
        },
        {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name: SHARED_DB.service, namespace: SHARED_DB.namespace, labels },
            spec: {
                replicas: 1,
                selector: { matchLabels: { app: 'postgresql' } },
                template: {
                    metadata: { labels },
                    spec: {
                        containers: [
                            {
                                name: 'postgresql',
                                image: versions/* POSTGRES_IMAGE */.WS,
                                ports: [{ name: 'postgresql', containerPort: SHARED_DB.port }],
                                env: [
                                    { name: 'POSTGRES_PASSWORD', valueFrom: { secretKeyRef: { name: SHARED_DB.initSecret, key: 'POSTGRES_PASSWORD' } } },
                                    { name: 'PGDATA', value: '/var/lib/postgresql/data/pgdata' },
                                ],
                                // The entrypoint runs init scripts on a socket-only server, so TCP readiness means init is done.
                                readinessProbe: {
                                    exec: { command: ['pg_isready', '-h', '127.0.0.1', '-U', 'postgres', '-d', SHARED_DB.database] },
                                    periodSeconds: 2,
                                    failureThreshold: 60,
                                },
                                resources: { requests: { cpu: '100m', memory: '256Mi' } },
                                volumeMounts: [
                                    { name: 'init', mountPath: '/docker-entrypoint-initdb.d', readOnly: true },
                                    { name: 'data', mountPath: '/var/lib/postgresql/data' },
                                ],
                            },
                        ],
                        volumes: [
                            { name: 'init', secret: { secretName: SHARED_DB.initSecret, items: [{ key: 'init.sql', path: 'init.sql' }] } },
                            { name: 'data', emptyDir: {} },
                        ],
                    },
                },
            },
        },
        {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name: SHARED_DB.service, namespace: SHARED_DB.namespace, labels },
            spec: { selector: { app: 'postgresql' }, ports: [{ name: 'postgresql', port: SHARED_DB.port, targetPort: SHARED_DB.port }] },
        },
    ];
}
/** The metadata connection the chart reads from the metadata Secret's `connection` key. */
function metadataConnection(airflowPassword) {
    return `postgresql+psycopg2://${SHARED_DB.role}:${encodeURIComponent(airflowPassword)}@${SHARED_DB.host}:${SHARED_DB.port}/${SHARED_DB.database}`;
}
/** Secrets the values name, with the keys the chart reads (connection, fernet-key, jwt-secret, api-secret-key). */
function airflowSecrets(namespace, names, data) {
    const labels = { 'app.kubernetes.io/managed-by': 'airflow-gitops' };
    const secret = (name, key, value) => ({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name, namespace, labels },
        type: 'Opaque',
        stringData: { [key]: value },
    });
    const out = [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } }, secret(names.metadata, 'connection', data.connection)];
    out.push(secret(names.fernetKey, 'fernet-key', data.fernetKey));
    if (names.jwt)
        out.push(secret(names.jwt, 'jwt-secret', data.jwt));
    if (names.apiSecretKey)
        out.push(secret(names.apiSecretKey, 'api-secret-key', data.apiSecretKey));
    return out;
}
/** A Secret holding values a Job reads from env (admin password, connection URI), so they never appear in argv or `describe`. */
function jobInputSecret(namespace, name, data) {
    return { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace, labels: { 'app.kubernetes.io/managed-by': 'airflow-gitops' } }, type: 'Opaque', stringData: data };
}
/**
 * A one-shot Airflow Job shaped like the chart's run-airflow-migrations Job: the release's image, its
 * airflow.cfg config map and AIRFLOW__DATABASE__SQL_ALCHEMY_CONN from the metadata Secret's
 * `connection` key. backoffLimit 0 and restartPolicy Never: it runs exactly once.
 */
function airflowJob(spec) {
    const labels = { tier: 'airflow', component: spec.component, release: spec.release, 'app.kubernetes.io/managed-by': 'airflow-gitops' };
    const env = [
        { name: 'PYTHONUNBUFFERED', value: '1' },
        { name: 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', valueFrom: { secretKeyRef: { name: spec.metadataSecret, key: 'connection' } } },
    ];
    if (spec.fernetKeySecret)
        env.push({ name: 'AIRFLOW__CORE__FERNET_KEY', valueFrom: { secretKeyRef: { name: spec.fernetKeySecret, key: 'fernet-key' } } });
    for (const [name, [secret, key]] of Object.entries(spec.secretEnv ?? {}))
        env.push({ name, valueFrom: { secretKeyRef: { name: secret, key } } });
    const container = {
        name: spec.component,
        image: spec.image,
        imagePullPolicy: 'IfNotPresent',
        args: spec.args,
        env,
        resources: { requests: { cpu: '100m', memory: '512Mi' } },
    };
    const podSpec = { restartPolicy: 'Never', containers: [container] };
    if (spec.configMap) {
        container.volumeMounts = [{ name: 'config', mountPath: '/opt/airflow/airflow.cfg', subPath: 'airflow.cfg', readOnly: true }];
        podSpec.volumes = [{ name: 'config', configMap: { name: spec.configMap } }];
    }
    return {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: spec.name, namespace: spec.namespace, labels },
        spec: {
            backoffLimit: 0,
            activeDeadlineSeconds: spec.activeDeadlineSeconds,
            ttlSecondsAfterFinished: 3600,
            template: { metadata: { labels }, spec: podSpec },
        },
    };
}
/** Reads alembic_version with SQLAlchemy from the image (no airflow CLI prints the revision). */
const REVISION_PROBE_ARGS = [
    'python',
    '-c',
    [
        'import os, sqlalchemy as sa',
        "e = sa.create_engine(os.environ['AIRFLOW__DATABASE__SQL_ALCHEMY_CONN'])",
        'with e.connect() as c:',
        "    has = sa.inspect(c).has_table('alembic_version')",
        "    rev = c.execute(sa.text('SELECT version_num FROM alembic_version')).scalar() if has else None",
        "print('alembic_version=' + (rev or 'none'))",
    ].join('\n'),
];
/** The CI overlay, applied after the user's values: small resources, the image under test, a bounded migrations wait. */
function ciOverlay(params) {
    const at = params.airflowImage.indexOf('@');
    const colon = params.airflowImage.lastIndexOf(':');
    // repository@sha256:… pins by digest (the chart's images.airflow.digest wins over the tag).
    const image = at > 0
        ? { repository: params.airflowImage.slice(0, at), tag: params.airflowVersion, digest: params.airflowImage.slice(at + 1) }
        : { repository: params.airflowImage.slice(0, colon), tag: params.airflowImage.slice(colon + 1) };
    const small = { resources: { requests: { cpu: '50m', memory: '256Mi' } } };
    const overlay = {
        airflowVersion: params.airflowVersion,
        images: {
            airflow: image,
            migrationsWaitTimeout: params.migrationsWaitSeconds,
        },
        scheduler: small,
        apiServer: small,
        webserver: small,
        triggerer: small,
        dagProcessor: small,
    };
    if (params.metadataSecretName)
        overlay.data = { metadataSecretName: params.metadataSecretName };
    // The production DAG repository is not reachable from a throwaway cluster; git-sync would keep pods from Ready.
    if (params.disableGitSync)
        overlay.dags = { gitSync: { enabled: false } };
    return overlay;
}

;// CONCATENATED MODULE: ./src/kube/facts.js



function get(values, keys) {
    let cur = values;
    for (const k of keys) {
        if (!cur || typeof cur !== 'object' || Array.isArray(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}
function str(values, keys) {
    const v = get(values, keys);
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}
/** Secret names as the chart derives them (values first, else the chart's `<release>-…` defaults). */
function secretNames(values, release) {
    return {
        metadata: str(values, ['data', 'metadataSecretName']) ?? `${release}-gitops-metadata`,
        fernetKey: str(values, ['fernetKeySecretName']) ?? `${release}-fernet-key`,
        jwt: str(values, ['jwtSecretName']),
        apiSecretKey: str(values, ['apiSecretKeySecretName']),
        jobInputs: `${release}-gitops-job-inputs`,
    };
}
/** True when the values leave the chart to create the fernet key Secret itself. */
function chartOwnsFernetSecret(values) {
    return !str(values, ['fernetKeySecretName']);
}
function authManagerOf(values, chartVersion) {
    return str(values, ['config', 'core', 'auth_manager']) ?? versions/* CHART_DEFAULT_AUTH_MANAGER */.MX[chartVersion] ?? versions/* FAB_AUTH_MANAGER */.rv;
}
function isFabAuthManager(authManager) {
    return /fab_auth_manager|FabAuthManager/.test(authManager);
}
function buildTarget(label, options, spec, values) {
    const major = (0,versions/* airflowMajor */.Ir)(spec.airflowVersion);
    const components = [...(versions/* AIRFLOW_COMPONENTS */.sv[major] ?? versions/* AIRFLOW_COMPONENTS */.sv['3'])];
    if (major === '2' && get(values, ['dagProcessor', 'enabled']) === true)
        components.push('dag-processor');
    const migrateJob = get(values, ['migrateDatabaseJob', 'enabled']);
    const overlay = ciOverlay({
        airflowImage: spec.airflowImage,
        airflowVersion: spec.airflowVersion,
        // The wait-for-airflow-migrations init container gives up after this; cover the whole migrate phase.
        migrationsWaitSeconds: Math.max(60, Math.round(options.timeoutMinutes * 60 * 0.5)),
        metadataSecretName: str(values, ['data', 'metadataSecretName']) ? undefined : `${options.releaseName}-gitops-metadata`,
        disableGitSync: options.cluster === 'kind' && get(values, ['dags', 'gitSync', 'enabled']) === true,
    });
    return {
        label,
        chartVersion: spec.chartVersion,
        airflowImage: spec.airflowImage,
        airflowVersion: spec.airflowVersion,
        valuesFiles: spec.valuesFiles.map((f) => external_node_path_.resolve(options.cwd, f)),
        values,
        overlayFile: external_node_path_.join(options.workDir, `ci-overlay-${label}.yaml`),
        overlay,
        authManager: authManagerOf(values, spec.chartVersion),
        chartMigrationJob: migrateJob !== false,
        components,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/kube/phases/cluster.js




/** kind create cluster on the pinned node image (or reach the existing cluster), then prove the API answers. */
const clusterPhase = {
    id: 'cluster',
    title: 'cluster',
    share: 0.2,
    appliesTo: () => true,
    async run(run, target) {
        const o = run.options;
        if (o.cluster === 'existing') {
            await run.exec(run.kubectl(['cluster-info'], { note: 'the release pipeline: migrate the real release in place' }));
            await run.exec(run.kubectl(['get', 'namespace', o.namespace, '-o', 'name'], { note: 'the release namespace must exist' }));
            return;
        }
        const configFile = external_node_path_.join(o.workDir, 'kind-config.yaml');
        if (!run.dryRun) {
            external_node_fs_.mkdirSync(o.workDir, { recursive: true });
            external_node_fs_.writeFileSync(configFile, (0,dist/* stringify */.As)(kindConfig(o)));
        }
        const waitSeconds = Math.min(run.remainingSeconds(), 300);
        await run.exec({
            tool: 'kind',
            args: ['create', 'cluster', '--name', o.clusterName, '--image', o.kindNodeImage, '--config', configFile, '--kubeconfig', run.kubeconfig, '--wait', `${waitSeconds}s`],
            note: `config: ${(0,dist/* stringify */.As)(kindConfig(o)).trim().replace(/\n/g, '; ')}`,
        });
        run.report.clusterCreated = true;
        if (o.loadImage) {
            for (const image of new Set([target.airflowImage, ...run.targets.map((t) => t.airflowImage)])) {
                await run.exec({ tool: 'docker', args: ['image', 'inspect', image, '--format', '{{.Id}}'], note: 'the image must be in the local Docker daemon' });
                await run.exec({ tool: 'kind', args: ['load', 'docker-image', image, '--name', o.clusterName], note: 'make the image available on the kind node' });
            }
        }
        await run.exec(run.kubectl(['cluster-info']));
    },
};

// EXTERNAL MODULE: ./src/kube/rules/index.js + 14 modules
var kube_rules = __webpack_require__(6268);
;// CONCATENATED MODULE: ./src/kube/phases/database.js


/**
 * The shared PostgreSQL in warble-system, like the user's production: role and database `airflow`,
 * GRANT on schema public (PostgreSQL 15+ no longer lets every role create there), readiness awaited.
 */
const databasePhase = {
    id: 'database',
    title: 'shared database',
    share: 0.15,
    appliesTo: (o) => o.cluster === 'kind',
    async run(run) {
        const g = run.generated;
        await run.exec(run.kubectl(['apply', '-f', '-'], {
            stdin: toYamlDocuments(sharedDatabaseManifests(g.dbSuperuserPassword, g.dbAirflowPassword)),
            note: `Namespace ${SHARED_DB.namespace}, init Secret, Deployment and Service ${SHARED_DB.service}`,
        }));
        await run.exec(run.kubectl(['rollout', 'status', `deployment/${SHARED_DB.service}`, '-n', SHARED_DB.namespace, `--timeout=${run.remainingSeconds()}s`]));
        const grant = await run.exec(run.kubectlExec(['-n', SHARED_DB.namespace, `deployment/${SHARED_DB.service}`, '-c', 'postgresql'], ['psql', '-U', 'postgres', '-d', SHARED_DB.database, '-tA', '-c', `SELECT has_schema_privilege('${SHARED_DB.role}', 'public', 'CREATE')`], { note: 'the airflow role can create tables in schema public (PostgreSQL 15+)' }));
        if (!run.dryRun && grant.stdout.trim() !== 't') {
            throw run.fail(kube_rules/* commandFailed */.n6, `Role ${SHARED_DB.role} cannot create tables in schema public of database ${SHARED_DB.database} (got "${grant.stdout.trim()}").`, 'GRANT ALL ON SCHEMA public TO airflow; (needed since PostgreSQL 15).');
        }
    },
};

// EXTERNAL MODULE: ./src/kube/parsers.js
var parsers = __webpack_require__(5951);
;// CONCATENATED MODULE: ./src/kube/phases/diagnostics.js





const MAX_LOG_LINES = 500;
/**
 * On failure: pods, events, `describe` and logs of failing containers for the release namespace (and
 * the shared database's), redacted, written to diagnostics-dir for actions/upload-artifact.
 * Returns the files written and a Markdown section for the job summary.
 */
async function collectDiagnostics(run) {
    const o = run.options;
    const dir = o.diagnosticsDir;
    const files = [];
    const parts = [];
    if (!run.dryRun)
        external_node_fs_.mkdirSync(dir, { recursive: true });
    const save = (name, text) => {
        const file = external_node_path_.join(dir, name.replace(/[^A-Za-z0-9_.-]/g, '_'));
        if (!run.dryRun)
            external_node_fs_.writeFileSync(file, (0,secrets/* redact */.E$)(text));
        files.push(file);
        return file;
    };
    const kc = async (args) => {
        const r = await run.exec(run.kubectl(args, { mayFail: true }), { quiet: true, diagnostics: true });
        return (r.stdout + (r.stderr ? `\n${r.stderr}` : '')).trim();
    };
    const namespaces = o.cluster === 'kind' ? [o.namespace, versions/* SHARED_DB_NAMESPACE */.lh] : [o.namespace];
    for (const ns of namespaces) {
        const pods = await kc(['get', 'pods', '-n', ns, '-o', 'wide']);
        save(`${ns}-pods.txt`, pods);
        const events = await kc(['get', 'events', '-n', ns, '--sort-by=.lastTimestamp']);
        save(`${ns}-events.txt`, events);
        parts.push(`<details><summary><code>kubectl get pods -n ${ns}</code></summary>\n\n\`\`\`\n${clip(pods)}\n\`\`\`\n</details>`);
        parts.push(`<details><summary><code>kubectl get events -n ${ns}</code></summary>\n\n\`\`\`\n${clip(events)}\n\`\`\`\n</details>`);
        const json = await run.exec(run.kubectl(['get', 'pods', '-n', ns, '-o', 'json'], { mayFail: true }), { quiet: true, diagnostics: true });
        const problems = (0,parsers/* podProblems */.U3)(json.stdout);
        const described = new Set();
        for (const p of problems) {
            if (!described.has(p.pod)) {
                described.add(p.pod);
                save(`${ns}-describe-${p.pod}.txt`, await kc(['describe', 'pod', p.pod, '-n', ns]));
            }
            const logs = await kc(['logs', p.pod, '-n', ns, '-c', p.container, `--tail=${MAX_LOG_LINES}`]);
            save(`${ns}-logs-${p.pod}-${p.container}.txt`, logs);
            if (p.restarts > 0)
                save(`${ns}-logs-${p.pod}-${p.container}-previous.txt`, await kc(['logs', p.pod, '-n', ns, '-c', p.container, '--previous', `--tail=${MAX_LOG_LINES}`]));
            parts.push(`<details open><summary>${ns}/${p.pod} · ${p.container}${p.init ? ' (init)' : ''} · ${p.reason}${p.restarts ? ` · ${p.restarts} restart(s)` : ''}</summary>\n\n\`\`\`\n${clip(logs || p.message || '(no log)')}\n\`\`\`\n</details>`);
        }
    }
    const markdown = [`Written to \`${dir}\` (${files.length} files; upload it with actions/upload-artifact).`, '', ...parts].join('\n');
    return { files, markdown: (0,secrets/* redact */.E$)(markdown) };
}
function clip(text, max = 6000) {
    const t = (0,secrets/* redact */.E$)(text).replace(/```/g, "'''");
    return t.length > max ? `${t.slice(0, max)}\n… (${t.length - max} more characters in the diagnostics directory)` : t;
}

// EXTERNAL MODULE: ./src/kube/command.js
var command = __webpack_require__(8542);
// EXTERNAL MODULE: ./src/values/chart.js + 1 modules
var chart = __webpack_require__(9781);
;// CONCATENATED MODULE: ./src/kube/jobs.js




/** Runs an Airflow one-shot Job (delete leftovers → apply → wait → logs). */
async function runAirflowJob(run, target, job) {
    const o = run.options;
    // A leftover Job with the same name cannot be patched (spec.template is immutable): remove it first.
    await run.exec(run.kubectl(['delete', 'job', job.name, '-n', o.namespace, '--ignore-not-found', '--wait=true'], { note: 'remove a leftover Job of a previous run' }));
    const manifest = airflowJob({
        name: job.name,
        namespace: o.namespace,
        release: o.releaseName,
        component: job.component,
        image: target.airflowImage,
        args: job.args,
        metadataSecret: run.secretNames.metadata,
        fernetKeySecret: run.secretNames.fernetKey,
        configMap: job.configMap,
        secretEnv: job.secretEnv,
        activeDeadlineSeconds: run.remainingSeconds(),
    });
    await run.exec(run.kubectl(['apply', '-f', '-'], { stdin: toYamlDocuments([manifest]), note: job.note }));
    return waitForJob(run, job.name);
}
/**
 * Failed runs of one container, restarted in place, after which a Job counts as failed. The chart's
 * migration Job has restartPolicy OnFailure and Kubernetes' default backoffLimit of 6: on a real
 * cluster a migration that cannot succeed (a wrong database password) restarts in CrashLoopBackOff for
 * about ten minutes before the Job is marked Failed. Three failures in a row rule out a one-off (a
 * pod that started before kube-proxy wrote its rules); one more wait would only burn the budget.
 */
const CRASH_LOOP_FAILURES = 3;
/** Polls a Job until it completes or fails; stops early on image pull errors and on a crash-looping container. */
async function waitForJob(run, name) {
    const o = run.options;
    const started = Date.now();
    let state;
    let pullErrors = 0;
    let configErrors = 0;
    let crashLoop;
    for (;;) {
        const getJob = run.kubectl(['get', 'job', name, '-n', o.namespace, '-o', 'json'], { repeat: 'until the Job is Complete or Failed' });
        const r = await run.exec(getJob, { quiet: true, allowFailure: true });
        if (run.dryRun) {
            await run.exec(run.kubectl(['get', 'pods', '-n', o.namespace, '-l', `job-name=${name}`, '-o', 'json'], { repeat: 'while waiting: stop early on image pull errors' }), { quiet: true });
            break;
        }
        if (r.exitCode !== 0) {
            throw run.fail(kube_rules/* commandFailed */.n6, (0,parsers/* isNotFound */.c4)(r.stderr) ? `Job ${name} does not exist in namespace ${o.namespace}.` : `Cannot read Job ${name}: ${r.stderr.trim()}`);
        }
        state = run.parsed(() => (0,parsers/* parseJobState */.e6)(r.stdout, (0,command/* formatCommand */.f)(getJob)));
        if (state.complete || state.failedCondition)
            break;
        const pods = await run.exec(run.kubectl(['get', 'pods', '-n', o.namespace, '-l', `job-name=${name}`, '-o', 'json']), { quiet: true, allowFailure: true });
        const problems = (0,parsers/* podProblems */.U3)(pods.stdout);
        // Named in MIG006 if the phase runs out of time here.
        const podWait = (0,parsers/* describePodWait */.CB)(pods.stdout);
        run.waitingFor = `Job ${name}${podWait ? `: ${podWait}` : state.active ? ' (its pod is running)' : ' to start a pod'}`;
        const pulls = problems.filter((p) => parsers/* IMAGE_PULL_REASONS */.E2.has(p.reason));
        if (pulls.length) {
            pullErrors++;
            if (pulls.some((p) => p.reason !== 'ErrImagePull') || pullErrors >= 3)
                throw imagePullFailure(run, pulls);
        }
        // A Secret (or key) the pod reads is missing: the kubelet retries forever, so stop after a few polls.
        const config = problems.find((p) => p.reason === 'CreateContainerConfigError');
        configErrors = config ? configErrors + 1 : 0;
        if (config && configErrors >= 3) {
            throw run.fail(kube_rules/* secretMissing */.zy, `Pod ${config.pod} of Job ${name} cannot start: ${config.message || 'CreateContainerConfigError'}.`, 'Create the Secret (and key) the release reads, or fix its name in the values.');
        }
        // restartCount counts the failed runs before the current one; the container now waits to run again.
        crashLoop = problems.find((p) => !p.init && p.reason === 'CrashLoopBackOff' && p.restarts >= CRASH_LOOP_FAILURES - 1);
        if (crashLoop) {
            state = { ...state, failedCondition: `CrashLoopBackOff: container ${crashLoop.container} failed ${crashLoop.restarts + 1} times` };
            break;
        }
        await run.sleep(o.pollMs);
    }
    // A crash-looping container is waiting to run again; its last failed run is the one with the log.
    const logsArgs = crashLoop ? ['logs', crashLoop.pod, '-c', crashLoop.container, '--previous'] : ['logs', `job/${name}`];
    const logs = await run.exec(run.kubectl([...logsArgs, '-n', o.namespace], { note: 'the Job output (parsed, then shown redacted)' }), { allowFailure: true });
    const seconds = state?.startTime && state.completionTime
        ? (Date.parse(state.completionTime) - Date.parse(state.startTime)) / 1000
        : (Date.now() - started) / 1000;
    return { succeeded: run.dryRun || Boolean(state?.complete), logs: logs.stdout + logs.stderr, seconds, state };
}
function imagePullFailure(run, problems) {
    const p = problems[0];
    return run.fail(kube_rules/* imagePullFailed */.i0, `Pod ${p.pod} cannot pull the image of container ${p.container} (${p.reason})${p.message ? `: ${p.message}` : ''}.`, run.options.cluster === 'kind' && !run.options.loadImage
        ? 'Check the image tag; for an image built earlier in the job set load-image: true so it is loaded into kind.'
        : 'Check the image tag and the registry credentials (imagePullSecrets).');
}
/** The chart's airflow.cfg config map (labels tier=airflow, component=config), for the one-shot Jobs. */
async function findConfigMap(run) {
    const o = run.options;
    const r = await run.exec(run.kubectl(['get', 'configmaps', '-n', o.namespace, '-l', `tier=airflow,component=config,release=${o.releaseName}`, '-o', 'name'], { note: "find the chart's airflow.cfg config map" }), { allowFailure: true });
    if (run.dryRun)
        return `${o.releaseName}-config`;
    const first = r.stdout.split('\n').map((l) => l.trim()).find(Boolean);
    return first ? first.replace(/^configmap\//, '') : undefined;
}

;// CONCATENATED MODULE: ./src/kube/phases/install.js






const MIGRATION_COMPONENT = 'run-airflow-migrations';
/**
 * The chart comes from $AIRFLOW_GITOPS_CHART_REPOSITORY when set (a mirror, or a local repository on
 * machines without internet: our own real-cluster tests), else the official repository — the same
 * default validate-values uses, so both check the same chart.
 */
function chartArgs(run, target) {
    const o = run.options;
    const files = [...target.valuesFiles, target.overlayFile].flatMap((f) => ['-f', f]);
    return [o.releaseName, versions/* CHART_NAME */.DS, '--repo', (0,chart/* defaultChartRepository */.QQ)(), '--version', target.chartVersion, '--namespace', o.namespace, ...files];
}
/**
 * helm upgrade --install with the user's values plus the CI overlay (both rendered and proven free of
 * helm.sh/hook by the render phase, before the cluster existed), after clearing a completed migration
 * Job whose immutable pod template would make the upgrade fail. No --wait: every pod waits for the
 * migration in its init container, so waiting here would wait for itself.
 */
const installPhase = {
    id: 'install',
    title: 'install',
    share: 0.15,
    appliesTo: (o) => o.cluster === 'kind',
    async run(run, target) {
        const o = run.options;
        const gitSync = target.overlay.dags?.gitSync;
        if (gitSync?.enabled === false && target.label === 'target')
            run.report.notes.push('git-sync is disabled in the CI overlay: the production DAG repository is not reachable from the throwaway cluster.');
        await clearCompletedMigrationJobs(run);
        const install = await run.exec(run.helm(['upgrade', '--install', ...chartArgs(run, target), '--create-namespace', '--timeout', `${run.remainingSeconds()}s`], {
            note: target.label === 'from' ? 'the old release first (upgrade gating)' : 'the release under test; no --wait (pods wait for the migration)',
        }), { allowFailure: true });
        if (install.exitCode !== 0) {
            const output = install.stderr + install.stdout;
            const job = (0,parsers/* parseImmutableJobError */.D2)(output);
            if (job) {
                throw run.fail(kube_rules/* immutableJob */.wc, `helm could not replace Job ${job}: its spec.template is immutable and the Job still exists.`, `kubectl delete job ${job} -n ${o.namespace}, or set migrateDatabaseJob.ttlSecondsAfterFinished so finished Jobs go away.`);
            }
            throw run.fail(kube_rules/* commandFailed */.n6, `helm upgrade --install failed (exit ${install.exitCode}): ${output.trim().split('\n').slice(-3).join(' ')}`);
        }
    },
};
/** Waits for running migration Jobs (never two migrations at once) and deletes completed ones before an upgrade. */
async function clearCompletedMigrationJobs(run, deleteCompleted = true) {
    const o = run.options;
    const listJobs = run.kubectl(['get', 'jobs', '-n', o.namespace, '-l', `tier=airflow,component=${MIGRATION_COMPONENT},release=${o.releaseName}`, '-o', 'json'], { note: 'migration Jobs left by an earlier release' });
    const r = await run.exec(listJobs, { quiet: true, allowFailure: true });
    if (run.dryRun) {
        if (deleteCompleted)
            await run.exec(run.kubectl(['delete', 'job', `${o.releaseName}-${MIGRATION_COMPONENT}`, '-n', o.namespace, '--wait=true'], { note: 'only when a completed migration Job exists (after waiting for a running one)' }));
        return;
    }
    if (r.exitCode !== 0)
        return;
    const jobs = run.parsed(() => (0,parsers/* parseItemList */.fk)(r.stdout, (0,command/* formatCommand */.f)(listJobs)));
    for (const job of jobs) {
        if ((job.status?.active ?? 0) > 0) {
            run.log.info(`Migration Job ${job.metadata.name} is still running; waiting for it (a second migration would fail on Airflow's advisory lock).`);
            await waitForJob(run, job.metadata.name);
        }
        // On a real cluster the Job belongs to the GitOps tool; only the throwaway cluster clears it.
        if (!deleteCompleted)
            continue;
        run.add(kube_rules/* immutableJob */.wc, `Deleted completed migration Job ${job.metadata.name} before the upgrade: its spec.template is immutable, so helm (or Argo CD) could not update it to the new image.`, 'Set migrateDatabaseJob.ttlSecondsAfterFinished so finished migration Jobs are removed, or let Argo CD replace the Job (Replace=true sync option).', 'note');
        await run.exec(run.kubectl(['delete', 'job', job.metadata.name, '-n', o.namespace, '--wait=true']));
    }
}

;// CONCATENATED MODULE: ./src/kube/phases/migrate.js







/**
 * Job argv, never a shell: the image's entrypoint runs `airflow …` directly. Secrets come from env;
 * the kubelet substitutes `$(NAME)` in args from the container's env (no shell, no re-expansion of
 * the value), so a password or URI never appears in the Job spec.
 */
const MIGRATE_ARGS = ['airflow', 'db', 'migrate'];
/** `airflow users create` for the admin user; `--flag=value` so even an odd value cannot become a flag. */
function createUserArgs(user) {
    return ['airflow', 'users', 'create', `--username=${user}`, '--password=$(ADMIN_PASSWORD)', '--firstname=Admin', '--lastname=User', '--role=Admin', `--email=${user}@example.invalid`];
}
/** `airflow connections add` for the remote-logging connection (the id is validated at the edge: never option-like). */
function addConnectionArgs(connId) {
    return ['airflow', 'connections', 'add', connId, '--conn-uri=$(CONN_URI)'];
}
/** Runs the revision probe Job: alembic_version straight from the metadata DB. */
async function probeRevision(run, target, name, configMap) {
    const out = await runAirflowJob(run, target, { name, component: 'airflow-gitops-probe', args: REVISION_PROBE_ARGS, configMap, note: 'read alembic_version from the metadata DB' });
    if (run.dryRun)
        return undefined;
    if (!out.succeeded)
        throw run.fail(kube_rules/* commandFailed */.n6, `The revision probe Job ${name} failed: ${lastLines(out.logs)}`);
    return (0,parsers/* parseAlembicRevision */.ef)(out.logs);
}
function lastLines(text, n = 3) {
    return text.trim().split('\n').slice(-n).join(' ').slice(0, 600);
}
function migrationVerdict(steps, succeeded) {
    if (steps.lockTimeout)
        return 'lock-timeout';
    if (steps.concurrentCreate)
        return 'concurrent-create';
    if (!succeeded)
        return 'failed';
    return steps.nothingToDo ? 'no-op' : 'migrated';
}
/** The finding a migration Job's outcome calls for (with the verdict behind it), or none. */
function migrationProblem(name, out, steps = (0,parsers/* parseMigrationOutput */.zT)(out.logs)) {
    const verdict = migrationVerdict(steps, out.succeeded);
    if (verdict === 'lock-timeout' || verdict === 'concurrent-create') {
        const how = verdict === 'lock-timeout' ? "Airflow's migration lock timed out while the other one held it" : steps.collision;
        return { verdict, rule: kube_rules/* migrationLockTimeout */.HQ, message: `Migration Job ${name} ran into another migration against the same database: ${how}.`, fix: 'Run exactly one migration: wait for the other Job, or disable the duplicate (hook Job, Argo CD sync, second pipeline).' };
    }
    if (verdict === 'failed') {
        return { verdict, rule: kube_rules/* migrationFailed */.Eg, message: `airflow db migrate failed in Job ${name}${out.state?.failedCondition ? ` (${out.state.failedCondition})` : ''}: ${steps.error ?? lastLines(out.logs)}`, fix: 'Read the Job log in the diagnostics; fix the database or the image, then re-run.' };
    }
    return { verdict };
}
/** Judges a migration Job's outcome; lock timeouts, races and failures become findings. */
function judgeMigration(run, name, out) {
    const steps = (0,parsers/* parseMigrationOutput */.zT)(out.logs);
    if (run.dryRun)
        return steps;
    const problem = migrationProblem(name, out, steps);
    if (problem.rule)
        throw run.fail(problem.rule, problem.message, problem.fix);
    return steps;
}
/**
 * `airflow db migrate` exactly once, as a Job from the release's image, config map and metadata
 * Secret: the chart's own run-airflow-migrations Job when the chart renders it (hooks off makes it a
 * plain resource), otherwise an equivalent Job — never while another migration runs. Then
 * check-migrations, the revision after, the admin user (FAB only) and the optional WASB connection.
 */
const migratePhase = {
    id: 'migrate',
    title: 'migrate',
    share: 0.25,
    appliesTo: () => true,
    async run(run, target) {
        const o = run.options;
        const r = o.releaseName;
        const previous = run.report.revisions[run.report.revisions.length - 1];
        const configMap = await findConfigMap(run);
        // kind: the database phase created an empty DB, or the old release's migration left `after`.
        let before = previous ? previous.after : null;
        let out;
        const chartJob = `${r}-${MIGRATION_COMPONENT}`;
        let migrationJob = chartJob;
        if (o.cluster === 'kind' && target.chartMigrationJob) {
            run.log.info(`The chart renders ${chartJob} as a plain resource (hooks off); waiting for it — it is the one migration.`);
            out = await waitForJob(run, chartJob);
        }
        else {
            // Never two migrations at once: wait for any running one first, then read the revision it left.
            await clearCompletedMigrationJobs(run, o.cluster === 'kind');
            if (o.cluster === 'existing')
                before = await probeRevision(run, target, `${r}-gitops-revision-before`, configMap);
            migrationJob = `${r}-gitops-migrate`;
            out = await runAirflowJob(run, target, { name: migrationJob, component: MIGRATION_COMPONENT, args: MIGRATE_ARGS, configMap, note: 'airflow db migrate, exactly once' });
        }
        const steps = judgeMigration(run, migrationJob, out);
        const check = await runAirflowJob(run, target, {
            name: `${r}-gitops-check-migrations`,
            component: 'airflow-gitops-check',
            args: ['airflow', 'db', 'check-migrations', '--migration-wait-timeout=60'],
            configMap,
            note: 'the same check the wait-for-airflow-migrations init container runs, in the target image',
        });
        if (!run.dryRun && (0,parsers/* parseCheckMigrations */.nr)(check.logs, check.succeeded ? 0 : 1) !== 'ok') {
            throw run.fail(kube_rules/* unappliedMigrations */.S3, `airflow db check-migrations in ${target.airflowImage} did not pass after the migration: ${lastLines(check.logs)}`);
        }
        const after = await probeRevision(run, target, `${r}-gitops-revision-after`, configMap);
        const expected = (0,versions/* alembicHeadFor */.Dp)(target.airflowVersion);
        if (!run.dryRun && expected && after !== expected) {
            throw run.fail(kube_rules/* unappliedMigrations */.S3, `alembic_version is ${after ?? 'missing'} after the migration, but Airflow ${target.airflowVersion}'s head is ${expected}.`);
        }
        if (!run.dryRun)
            run.report.revisions.push({ label: target.label, before, after, seconds: out.seconds, airflowVersion: target.airflowVersion, chartVersion: target.chartVersion, steps: steps.upgrades.length });
        if (!run.dryRun)
            run.log.info(`alembic revision: ${before ?? '(empty database)'} → ${after ?? '?'} in ${out.seconds.toFixed(1)} s (${steps.upgrades.length} upgrade step(s))`);
        if (target.label === 'target' && o.adminUser)
            await createAdminUser(run, target, configMap);
        if (target.label === 'target' && o.wasbConnection)
            await addConnection(run, target, configMap);
    },
};
async function createAdminUser(run, target, configMap) {
    const o = run.options;
    if (!isFabAuthManager(target.authManager)) {
        const simple = target.authManager === versions/* SIMPLE_AUTH_MANAGER */.yf || /SimpleAuthManager/.test(target.authManager);
        const msg = `Admin user "${o.adminUser}" not created: the auth manager is ${simple ? 'SimpleAuthManager' : target.authManager}, and \`airflow users create\` comes from the FAB provider.`;
        run.add(kube_rules/* adminUserSkipped */.Ne, msg, simple ? 'Define users in [core] simple_auth_manager_users, or switch to the FAB auth manager.' : undefined);
        run.log.notice(msg);
        return;
    }
    const out = await runAirflowJob(run, target, {
        name: `${o.releaseName}-gitops-create-user`,
        component: 'airflow-gitops-create-user',
        args: createUserArgs(o.adminUser),
        configMap,
        secretEnv: { ADMIN_PASSWORD: [run.secretNames.jobInputs, 'ADMIN_PASSWORD'] },
        note: 'the admin user (FAB provider), password from a Secret',
    });
    if (run.dryRun)
        return;
    const outcome = (0,parsers/* parseCreateUserOutput */.I)(out.logs);
    if (outcome === 'created' || outcome === 'exists') {
        run.report.notes.push(outcome === 'created' ? `Admin user ${o.adminUser} created.` : `Admin user ${o.adminUser} already existed (re-run).`);
        return;
    }
    throw run.fail(kube_rules/* userCreationFailed */.GF, `airflow users create failed (${outcome}): ${lastLines(out.logs)}`);
}
async function addConnection(run, target, configMap) {
    const o = run.options;
    const out = await runAirflowJob(run, target, {
        name: `${o.releaseName}-gitops-add-connection`,
        component: 'airflow-gitops-connection',
        args: addConnectionArgs(o.wasbConnectionId),
        configMap,
        secretEnv: { CONN_URI: [run.secretNames.jobInputs, 'CONN_URI'] },
        note: 'the remote-logging connection, URI from a Secret',
    });
    if (run.dryRun)
        return;
    const outcome = (0,parsers/* parseAddConnectionOutput */.AA)(out.logs);
    if (outcome === 'failed')
        throw run.fail(kube_rules/* commandFailed */.n6, `airflow connections add ${o.wasbConnectionId} failed: ${lastLines(out.logs)}`);
    run.report.notes.push(outcome === 'added' ? `Connection ${o.wasbConnectionId} added.` : `Connection ${o.wasbConnectionId} already existed; left unchanged.`);
}

// EXTERNAL MODULE: ../../node_modules/@azure/storage-blob/dist/esm/index.js + 150 modules
var esm = __webpack_require__(6585);
// EXTERNAL MODULE: ./src/wasb/airflow-config.js
var airflow_config = __webpack_require__(2842);
// EXTERNAL MODULE: ./src/wasb/versions.js
var wasb_versions = __webpack_require__(3158);
;// CONCATENATED MODULE: ./src/kube/phases/remote-logs.js






const setups = new WeakMap();
function remoteLogsSetup(run) {
    return setups.get(run);
}
/** The container and connection id the release's values make Airflow use for task logs. */
function remoteLoggingTarget(values) {
    const { config } = (0,airflow_config/* loggingConfigFromValues */._)(values);
    return {
        container: config.remoteWasbLogContainer?.trim() || wasb_versions/* DEFAULT_WASB_CONTAINER */.k2,
        connId: config.remoteLogConnId?.trim() || wasb_versions/* DEFAULT_WASB_CONN_ID */.tF,
        remoteLogging: /^(t|true|1)$/i.test((config.remoteLogging ?? '').split('#')[0].trim()) && (config.remoteBaseLogFolder ?? '').startsWith('wasb'),
    };
}
/**
 * Azurite in the throwaway cluster as the release's log storage: Deployment + NodePort Service, the
 * log container created (Airflow never creates it) through the kind port mapping, and the release's
 * own remote_log_conn_id pointed at it — so the smoke run's task pod ships its log there, and
 * verify-wasb-logs can prove it from the runner. Runs before the secrets phase, which stores the
 * connection URI for the migrate phase's `airflow connections add`.
 */
const remoteLogsPhase = {
    id: 'remote-logs',
    title: 'remote-log storage (Azurite)',
    share: 0.1,
    appliesTo: (o) => o.cluster === 'kind' && o.azurite,
    async run(run) {
        const o = run.options;
        // The release under test decides where task logs go (setup phases run with the first release).
        const logging = remoteLoggingTarget(run.targets[run.targets.length - 1].values);
        await run.exec(run.kubectl(['apply', '-f', '-'], { stdin: toYamlDocuments((0,azurite/* azuriteManifests */.Dg)()), note: `Azurite ${azurite/* AZURITE */.f8.image} as Service ${azurite/* AZURITE */.f8.service}.${azurite/* AZURITE */.f8.namespace} (NodePort ${azurite/* AZURITE */.f8.nodePort} → 127.0.0.1:${o.azuriteHostPort})` }));
        await run.exec(run.kubectl(['rollout', 'status', `deployment/${azurite/* AZURITE */.f8.service}`, '-n', azurite/* AZURITE */.f8.namespace, `--timeout=${run.remainingSeconds()}s`]));
        o.wasbConnection = (0,azurite/* azuriteConnectionUri */.JN)();
        o.wasbConnectionId = logging.connId;
        const hostConnectionString = (0,azurite/* azuriteConnectionString */.cM)((0,azurite/* hostBlobEndpoint */.RO)(o.azuriteHostPort));
        setups.set(run, { container: logging.container, connId: logging.connId, hostConnectionString });
        run.report.notes.push(`Remote-log storage: Azurite at ${(0,azurite/* inClusterBlobEndpoint */.yd)()} (runner: ${(0,azurite/* hostBlobEndpoint */.RO)(o.azuriteHostPort)}), container "${logging.container}", connection ${logging.connId}.`);
        if (!logging.remoteLogging) {
            run.report.notes.push('The values do not turn on WASB remote logging (remote_logging True and a remote_base_log_folder starting with "wasb"), so no task log will reach the emulator.');
        }
        if (run.dryRun) {
            run.log.info(`(plan) create blob container "${logging.container}" at ${(0,azurite/* hostBlobEndpoint */.RO)(o.azuriteHostPort)} through the kind port mapping`);
            return;
        }
        await createContainer(run, hostConnectionString, logging.container);
    },
};
/** The port mapping answers a moment after the pod is Ready; retry until the phase deadline. */
async function createContainer(run, connectionString, container) {
    const client = esm/* BlobServiceClient */.wS.fromConnectionString(connectionString, { retryOptions: { maxTries: 1 } }).getContainerClient(container);
    let last = '';
    for (;;) {
        try {
            const r = await client.createIfNotExists({ abortSignal: AbortSignal.timeout(Math.max(1000, Math.min(10_000, run.remainingMs()))) });
            run.log.info(`blob container "${container}" ${r.succeeded ? 'created' : 'already exists'} at ${(0,azurite/* hostBlobEndpoint */.RO)(run.options.azuriteHostPort)}`);
            return;
        }
        catch (e) {
            last = e.message.split('\n')[0];
            if (run.remainingMs() < 1500)
                throw run.fail(kube_rules/* commandFailed */.n6, `Could not create blob container "${container}" in the in-cluster Azurite through 127.0.0.1:${run.options.azuriteHostPort}: ${last}`, 'Check that the kind port mapping is free on the runner (azurite-host-port) and that the Azurite pod is Ready.');
            await run.sleep(Math.max(200, Math.min(run.options.pollMs, 2000)));
        }
    }
}

// EXTERNAL MODULE: ./src/values/data/chart-facts.js
var chart_facts = __webpack_require__(4391);
;// CONCATENATED MODULE: ./src/kube/phases/render.js







/**
 * Before any cluster exists: write each release's CI overlay and render the chart with it, refusing
 * values that still render a helm.sh/hook (hooks off is the point). It needs only helm and the chart,
 * so values that would be refused cost seconds instead of a kind cluster (a minute or more) first.
 * With upgrade gating both releases are rendered, the old one first.
 */
const renderPhase = {
    id: 'render',
    title: 'render',
    share: 0.05,
    appliesTo: (o) => o.cluster === 'kind',
    async run(run) {
        for (const target of run.targets)
            await renderTarget(run, target);
    },
};
async function renderTarget(run, target) {
    if (!run.dryRun) {
        external_node_fs_.mkdirSync(external_node_path_.dirname(target.overlayFile), { recursive: true });
        external_node_fs_.writeFileSync(target.overlayFile, `# CI overlay written by airflow-gitops migrate\n${(0,dist/* stringify */.As)(target.overlay)}`);
    }
    const overlayNote = `CI overlay ${external_node_path_.basename(target.overlayFile)}: ${(0,dist/* stringify */.As)(target.overlay, { lineWidth: 0 }).trim().replace(/\n\s*/g, ' ')}`;
    // No cluster flags: the cluster does not exist yet, and rendering never talks to one.
    const rendered = await run.exec({ tool: 'helm', args: ['template', ...chartArgs(run, target)], note: `render and look for helm.sh/hook — ${overlayNote}` }, { quiet: true });
    const hooks = (0,parsers/* findHelmHooks */.Mk)(rendered.stdout);
    if (hooks.length) {
        const list = hooks.map((h) => `${h.kind}/${h.name} (${h.hook})`).join(', ');
        throw run.fail(kube_rules/* helmHooksRendered */.KF, `The chart ${target.chartVersion} rendered with these values still has Helm hooks: ${list}. Refusing to install — with hooks off nothing may run as a hook.`, hookFixes(hooks.map((h) => h.name)));
    }
}
/** What turns each rendered hook off (the chart's hook objects by name; anything else came from the values' extra objects). */
function hookFixes(names) {
    const switches = new Set();
    let other = false;
    for (const name of names) {
        const known = chart_facts/* HOOK_OBJECT_SWITCHES */.nn.find((o) => name.endsWith(o.nameSuffix));
        if (known)
            switches.add(known.switch);
        else
            other = true;
    }
    const parts = [...switches].map((s) => `set ${s}`);
    if (other)
        parts.push('drop the helm.sh/hook annotation from the extra objects the values add');
    return `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}

;// CONCATENATED MODULE: ./src/kube/phases/secrets.js




/**
 * The Secrets the values name: generated for the throwaway cluster (every value masked), verified to
 * exist on a real one. Admin password and connection URI go into a Secret the one-shot Jobs read.
 */
const secretsPhase = {
    id: 'secrets',
    title: 'secrets',
    share: 0.05,
    appliesTo: () => true,
    async run(run, target) {
        const o = run.options;
        const names = run.secretNames;
        const g = run.generated;
        if (o.cluster === 'kind') {
            const objects = airflowSecrets(o.namespace, 
            // When the values leave the fernet key to the chart, the chart's own Secret wins; do not pre-create it.
            { metadata: names.metadata, fernetKey: names.fernetKey, jwt: names.jwt, apiSecretKey: names.apiSecretKey }, { connection: metadataConnection(g.dbAirflowPassword), fernetKey: g.fernetKey, jwt: g.jwtSecret, apiSecretKey: g.apiSecretKey }).filter((obj) => !(obj.kind === 'Secret' && obj.metadata.name === names.fernetKey && chartOwnsFernetSecret(target.values)));
            await run.exec(run.kubectl(['apply', '-f', '-'], { stdin: toYamlDocuments(objects), note: `Namespace ${o.namespace} and the Secrets the values name` }));
        }
        else {
            const required = [names.metadata, ...(chartOwnsFernetSecret(target.values) ? [] : [names.fernetKey]), names.jwt, names.apiSecretKey].filter((n) => Boolean(n));
            const missing = [];
            for (const name of required) {
                const r = await run.exec(run.kubectl(['get', 'secret', name, '-n', o.namespace, '-o', 'name'], { mayFail: true }));
                if (!run.dryRun && r.exitCode !== 0) {
                    if (!(0,parsers/* isNotFound */.c4)(r.stderr))
                        throw run.fail(kube_rules/* secretMissing */.zy, `Cannot read Secret ${name} in namespace ${o.namespace}: ${r.stderr.trim()}`);
                    missing.push(name);
                }
            }
            if (missing.length) {
                throw run.fail(kube_rules/* secretMissing */.zy, `Secret(s) ${missing.join(', ')} named in the values do not exist in namespace ${o.namespace}.`, 'Create them (key `connection` for the metadata Secret) before migrating.');
            }
        }
        const inputs = {};
        if (o.adminUser)
            inputs.ADMIN_PASSWORD = g.adminPassword;
        if (o.wasbConnection)
            inputs.CONN_URI = o.wasbConnection;
        if (Object.keys(inputs).length) {
            run.report.jobInputsCreated = true;
            await run.exec(run.kubectl(['apply', '-f', '-'], { stdin: toYamlDocuments([jobInputSecret(o.namespace, names.jobInputs, inputs)]), note: 'admin password / connection URI for the one-shot Jobs (never in argv)' }));
        }
    },
};

;// CONCATENATED MODULE: ./src/kube/phases/verify.js








/**
 * A second migration must be a no-op (idempotency, reported); the scheduler, api-server (webserver on
 * Airflow 2), dag-processor and triggerer must become Ready; optionally a smoke DAG run must succeed.
 */
const verifyPhase = {
    id: 'verify',
    title: 'verify',
    share: 0.2,
    appliesTo: () => true,
    async run(run, target) {
        const o = run.options;
        const configMap = await findConfigMap(run);
        const name = `${o.releaseName}-gitops-migrate-again`;
        const again = await runAirflowJob(run, target, { name, component: MIGRATION_COMPONENT, args: MIGRATE_ARGS, configMap, note: 'a second migration must have nothing to do' });
        const steps = judgeMigration(run, name, again);
        if (!run.dryRun) {
            run.report.idempotent = steps.upgrades.length === 0;
            run.report.idempotencyDetail = steps.upgrades.length === 0
                ? `second \`airflow db migrate\` applied nothing (${again.seconds.toFixed(1)} s)`
                : `second \`airflow db migrate\` applied ${steps.upgrades.length} step(s): ${steps.upgrades.map((u) => `${u.from ?? '∅'}→${u.to}`).join(', ')}`;
            if (!run.report.idempotent)
                throw run.fail(kube_rules/* migrationNotIdempotent */.zw, `The migration is not idempotent: ${run.report.idempotencyDetail}.`);
        }
        await waitForComponents(run, target);
        if (o.smokeDag)
            await smokeRun(run, target);
    },
};
async function waitForComponents(run, target) {
    const o = run.options;
    const listWorkloads = run.kubectl(['get', 'deployments,statefulsets', '-n', o.namespace, '-l', `tier=airflow,release=${o.releaseName}`, '-o', 'json'], { note: 'the long-running Airflow components' });
    const list = await run.exec(listWorkloads, { quiet: true });
    let workloads;
    if (run.dryRun) {
        // Planning only: the chart makes the triggerer a StatefulSet while triggerer.persistence is on (the default).
        const persistence = target.values.triggerer?.persistence?.enabled;
        workloads = target.components.map((c) => ({ kind: c === 'triggerer' && persistence !== false ? 'statefulset' : 'deployment', name: `${o.releaseName}-${c}`, component: c }));
    }
    else {
        const items = run.parsed(() => (0,parsers/* parseItemList */.fk)(list.stdout, (0,command/* formatCommand */.f)(listWorkloads)));
        workloads = items.map((i) => ({ kind: (i.kind ?? '').toLowerCase(), name: i.metadata?.name ?? '', component: i.metadata?.labels?.component ?? '' }));
        const missing = target.components.filter((c) => !workloads.some((w) => w.component === c));
        if (missing.length) {
            throw run.fail(kube_rules/* componentNotReady */.u2, `Airflow ${target.airflowVersion} needs ${target.components.join(', ')}, but the release has no ${missing.join(', ')}.`, missing.includes('api-server') ? 'Airflow 3 replaced the webserver with airflow-api-server; use chart 1.16+ for Airflow 3.' : undefined);
        }
    }
    for (const c of target.components) {
        const w = workloads.find((x) => x.component === c);
        if (!w)
            continue;
        run.waitingFor = `${w.kind}/${w.name} (${c}) to become Ready`;
        const r = await run.exec(run.kubectl(['rollout', 'status', `${w.kind}/${w.name}`, '-n', o.namespace, `--timeout=${run.remainingSeconds()}s`]), { allowFailure: true });
        if (r.exitCode !== 0) {
            const pods = await run.exec(run.kubectl(['get', 'pods', '-n', o.namespace, '-l', `component=${c},release=${o.releaseName}`, '-o', 'json']), { quiet: true, allowFailure: true });
            const problems = (0,parsers/* podProblems */.U3)(pods.stdout);
            const pulls = problems.filter((p) => parsers/* IMAGE_PULL_REASONS */.E2.has(p.reason));
            if (pulls.length)
                throw imagePullFailure(run, pulls);
            const p = problems[0];
            throw run.fail(kube_rules/* componentNotReady */.u2, `${w.kind}/${w.name} (${c}) did not become Ready${p ? `: pod ${p.pod} container ${p.container}${p.init ? ' (init)' : ''} ${p.reason}${p.restarts ? `, ${p.restarts} restart(s)` : ''}` : ''}.`, p?.container === 'wait-for-airflow-migrations' ? 'The pod still waits for migrations: the schema does not match its image.' : 'Read its describe and logs in the diagnostics.');
        }
    }
}
/** The smoke run's id (verify runs on the target release only); upgrade-gate looks for its task log. */
const SMOKE_RUN_ID = 'airflow-gitops-smoke-target';
async function smokeRun(run, target) {
    const o = run.options;
    const scheduler = ['-n', o.namespace, `deployment/${o.releaseName}-scheduler`, '-c', 'scheduler'];
    const runId = `airflow-gitops-smoke-${target.label}`;
    await triggerAndUnpause(run, scheduler, o.smokeDag, runId);
    for (;;) {
        const dagArgs = (versions/* LIST_RUNS_DAG_ARGS */.pI[(0,versions/* airflowMajor */.Ir)(target.airflowVersion)] ?? versions/* LIST_RUNS_DAG_ARGS */.pI['3'])(o.smokeDag);
        const r = await run.exec(run.kubectlExec(scheduler, ['airflow', 'dags', 'list-runs', ...dagArgs, '-o', 'json'], { repeat: 'until the run succeeds or fails' }), { quiet: true });
        if (run.dryRun)
            return;
        let state;
        try {
            state = JSON.parse(r.stdout).find((x) => x.run_id === runId)?.state;
        }
        catch {
            state = undefined;
        }
        if (state === 'success') {
            run.report.notes.push(`Smoke DAG ${o.smokeDag} run ${runId} succeeded (${target.label}).`);
            return;
        }
        if (state === 'failed') {
            const cause = await smokeFailureCause(run, target, o.smokeDag);
            throw run.fail(kube_rules/* smokeRunFailed */.u3, `Smoke DAG ${o.smokeDag} run ${runId} failed${cause ? `: ${cause.message}` : '.'}`, cause?.fix);
        }
        await run.sleep(o.pollMs);
    }
}
/**
 * Triggers a DAG run and unpauses the DAG, once the DAG processor has put the DAG in the database.
 * Right after the components are Ready the file may not be parsed yet. Then `airflow dags trigger`
 * fails with DagNotFound ("Dag id … not found in DagModel", Airflow 2.9 and 3.1 alike) and is retried
 * at the poll interval until the phase's time runs out. `airflow dags unpause` comes second on
 * purpose: for a DAG not in the database yet it prints "No paused DAGs were found" and exits 0,
 * leaving the DAG paused (the default for new DAGs) and its run queued forever.
 */
async function triggerAndUnpause(run, scheduler, dagId, runId, note) {
    for (;;) {
        const trigger = run.kubectlExec(scheduler, ['airflow', 'dags', 'trigger', dagId, '--run-id', runId], { note: note ?? 'retried while the DAG is not parsed yet' });
        const r = await run.exec(trigger, { allowFailure: true });
        if (r.exitCode === 0 || run.dryRun)
            break;
        const output = `${r.stderr}\n${r.stdout}`;
        if (!/DagNotFound|not found in DagModel|Dag id \S+ not found/.test(output)) {
            throw run.fail(kube_rules/* commandFailed */.n6, `\`${(0,command/* formatCommand */.f)(trigger)}\` exited with ${r.exitCode}: ${output.trim().split('\n').slice(-3).join(' ')}`);
        }
        run.waitingFor = `DAG ${dagId} to be parsed by the DAG processor (airflow dags trigger: DagNotFound)`;
        await run.sleep(run.options.pollMs);
    }
    await run.exec(run.kubectlExec(scheduler, ['airflow', 'dags', 'unpause', dagId], { note: 'after the trigger: the run starts once the DAG is unpaused' }));
}
/**
 * Why the smoke run failed, from its failed KubernetesExecutor pod (kept: failed worker pods are not
 * deleted by default). Airflow 3's task supervisor fetches the remote-logging connection before the
 * task runs and, when it is not defined, fails with "RuntimeError: generator didn't yield" from
 * _remote_logging_conn: the task never ran (seen on the real kind cluster with 3.1.8). Otherwise the
 * pod's last exception line. Undefined when no failed pod or log can be read.
 */
async function smokeFailureCause(run, target, dagId) {
    const o = run.options;
    const pods = await run.exec(run.kubectl(['get', 'pods', '-n', o.namespace, '-l', `dag_id=${dagId}`, '-o', 'json'], { note: "the smoke task's worker pod" }), { quiet: true, allowFailure: true });
    let failed;
    try {
        const items = JSON.parse(pods.stdout).items ?? [];
        failed = items
            .filter((p) => p.status?.phase === 'Failed')
            .sort((a, b) => (a.metadata?.creationTimestamp ?? '').localeCompare(b.metadata?.creationTimestamp ?? ''))
            .pop()?.metadata?.name;
    }
    catch {
        return undefined;
    }
    if (!failed)
        return undefined;
    const logs = await run.exec(run.kubectl(['logs', failed, '-n', o.namespace, '--tail=80'], { note: 'why the task failed' }), { quiet: true, allowFailure: true });
    const text = logs.stdout;
    if (/_remote_logging_conn/.test(text) && /generator didn't yield/.test(text)) {
        const { connId } = remoteLoggingTarget(target.values);
        return {
            message: `its task failed before it ran (pod ${failed}): the remote-logging connection ${connId} does not exist in the cluster, and Airflow 3 fetches it before every task`,
            fix: `Define connection ${connId} in the release (set wasb-connection, or azurite: true for a throwaway Azurite), or turn remote logging off for the smoke run.`,
        };
    }
    const last = text.split('\n').filter((l) => /^\w+(\.\w+)*(Error|Exception)\b.*:/.test(l.trim())).pop();
    return { message: `its task pod ${failed} failed${last ? ` with ${last.trim().slice(0, 300)}` : ''}` };
}

;// CONCATENATED MODULE: ./src/kube/phases/seed.js

/** The DAG run the seed phase creates on the old release; the upgraded database must still hold it. */
const SEED_RUN_ID = 'airflow-gitops-seed';
/** Upgrade gating: the old release must be healthy, and carries a DAG run into the upgrade when smoke-dag is set. */
const seedPhase = {
    id: 'seed',
    title: 'seed old release',
    share: 0.15,
    appliesTo: (o) => Boolean(o.from),
    async run(run, target) {
        await waitForComponents(run, target);
        const o = run.options;
        if (!o.smokeDag)
            return;
        const scheduler = ['-n', o.namespace, `deployment/${o.releaseName}-scheduler`, '-c', 'scheduler'];
        await triggerAndUnpause(run, scheduler, o.smokeDag, SEED_RUN_ID, 'a DAG run the upgrade must carry over');
        run.report.notes.push(`Seeded DAG run ${SEED_RUN_ID} of ${o.smokeDag} on Airflow ${target.airflowVersion}.`);
    },
};

;// CONCATENATED MODULE: ./src/kube/engine.js

















/** Fernet keys are 32 random bytes, URL-safe base64 with padding. */
function fernetKey() {
    return (0,external_node_crypto_.randomBytes)(32).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}
function token(bytes) {
    return (0,external_node_crypto_.randomBytes)(bytes).toString('hex');
}
function generateSecrets(options) {
    const g = {
        dbSuperuserPassword: token(16),
        dbAirflowPassword: token(16),
        fernetKey: fernetKey(),
        jwtSecret: token(32),
        apiSecretKey: token(24),
        adminPassword: options.adminPassword || token(12),
    };
    for (const v of Object.values(g))
        (0,secrets/* registerSecret */.cl)(v);
    (0,secrets/* registerSecret */.cl)(options.wasbConnection);
    return g;
}
/** The ordered phases: render (no cluster yet), setup once, install + migrate per release (old one first when gating), verify the target. */
function phaseSequence(targets) {
    const target = targets[targets.length - 1];
    const seq = [renderPhase, clusterPhase, databasePhase, remoteLogsPhase, secretsPhase].map((phase) => ({ phase, target: targets[0] }));
    for (const t of targets) {
        seq.push({ phase: installPhase, target: t }, { phase: migratePhase, target: t });
        if (t.label === 'from')
            seq.push({ phase: seedPhase, target: t });
    }
    seq.push({ phase: verifyPhase, target });
    return seq;
}
function loadTargets(options) {
    const target = (0,load/* loadValuesFiles */.E2)(options.valuesFiles, options.cwd);
    const findings = [...target.findings];
    const targets = [];
    if (options.from) {
        const old = (0,load/* loadValuesFiles */.E2)(options.from.valuesFiles, options.cwd);
        findings.push(...old.findings.filter((f) => !findings.some((g) => g.file === f.file && g.ruleId === f.ruleId && g.message === f.message)));
        targets.push(buildTarget('from', options, options.from, old.values));
    }
    targets.push(buildTarget('target', options, { chartVersion: options.chartVersion, airflowImage: options.airflowImage, airflowVersion: options.airflowVersion, valuesFiles: options.valuesFiles }, target.values));
    return { targets, findings, files: new Set([...options.valuesFiles, ...(options.from?.valuesFiles ?? [])]).size };
}
/** Runs (or, with dryRun, plans) the whole migration and returns findings, outputs and the summary sections. */
async function runMigrate(options, runner, log, dryRun = false) {
    const started = Date.now();
    const rules = [...kube_rules/* migrateRules */.jx, ...load/* loadRules */.A7];
    const { targets, findings, files } = loadTargets(options);
    const baseRun = { tool: 'migrate-kind', version: check/* VERSION */.x, filesChecked: files };
    if (findings.some((f) => f.severity === 'error')) {
        return { result: { findings, rules, run: { ...baseRun, durationMs: Date.now() - started, details: [['stopped', 'the values files cannot be read; nothing was run']] } } };
    }
    const target = targets[targets.length - 1];
    const names = secretNames(target.values, options.releaseName);
    const run = new context/* MigrateRun */.tl(options, runner, log, names, targets, generateSecrets(options), dryRun);
    run.findings.push(...findings);
    const totalMs = options.timeoutMinutes * 60_000;
    let failed = false;
    for (const { phase, target: t } of phaseSequence(targets)) {
        if (!phase.appliesTo(options))
            continue;
        const title = targets.length > 1 && ['install', 'migrate'].includes(phase.id) ? `${phase.title} (${t.label === 'from' ? `from chart ${t.chartVersion} / Airflow ${t.airflowVersion}` : `to chart ${t.chartVersion} / Airflow ${t.airflowVersion}`})` : phase.title;
        const ok = await run.runPhase(phase.id, title, Math.max(1000, Math.round(totalMs * phase.share)), () => phase.run(run, t));
        if (!ok) {
            failed = true;
            // Every stop records its reason; this only guards against a phase that failed silently.
            if (!run.findings.some((f) => f.severity === 'error'))
                run.add(kube_rules/* commandFailed */.n6, `Phase "${title}" failed.`, undefined, 'error');
            break;
        }
    }
    if (run.report.jobInputsCreated && options.cluster === 'existing') {
        // On a real cluster the admin password / connection URI must not outlive the run.
        await run.exec(run.kubectl(['delete', 'secret', names.jobInputs, '-n', options.namespace, '--ignore-not-found'], { mayFail: true, note: 'remove the one-shot Jobs\' input Secret from the real cluster' }), { diagnostics: true });
    }
    const sections = [{ title: 'Phases', markdown: phaseTable(run) }];
    if (run.report.revisions.length)
        sections.push({ title: 'Migration', markdown: migrationTable(run) });
    if (failed && !dryRun) {
        log.startGroup('diagnostics');
        try {
            const diag = await collectDiagnostics(run);
            run.report.diagnosticsFiles = diag.files;
            sections.push({ title: 'Diagnostics', markdown: diag.markdown });
            log.info(`diagnostics written to ${options.diagnosticsDir} (${diag.files.length} files)`);
        }
        catch (e) {
            log.warning(`collecting diagnostics failed: ${e.message}`);
        }
        finally {
            log.endGroup();
        }
    }
    const last = run.report.revisions[run.report.revisions.length - 1];
    const details = [
        ['cluster', options.cluster === 'kind' ? `kind ${options.clusterName} (${options.kindNodeImage})` : `existing${options.context ? ` (${options.context})` : ''}`],
        ['release', `${options.releaseName} in ${options.namespace}, chart ${options.chartVersion}, ${options.airflowImage}`],
    ];
    if (options.from)
        details.push(['upgrade from', `chart ${options.from.chartVersion}, ${options.from.airflowImage}`]);
    if (last)
        details.push(['alembic revision', `${last.before ?? '(empty)'} → ${last.after ?? '?'}`]);
    if (run.report.idempotencyDetail)
        details.push(['idempotency', run.report.idempotencyDetail]);
    for (const n of run.report.notes)
        details.push(['note', n]);
    const outputs = {
        'migration-seconds': last?.seconds !== undefined ? last.seconds.toFixed(1) : '',
        'alembic-revision': last?.after ?? '',
        'diagnostics-dir': run.report.diagnosticsFiles.length ? options.diagnosticsDir : '',
        ...remoteLogsOutputs(run),
    };
    return {
        result: { findings: run.findings, rules, run: { ...baseRun, durationMs: Date.now() - started, details, sections }, outputs },
        run,
    };
}
/** With azurite: where the smoke run's task log went, for verify-wasb-logs (upgrade-gate). */
function remoteLogsOutputs(run) {
    const setup = remoteLogsSetup(run);
    const smoked = Boolean(run.options.smokeDag) && run.report.notes.some((n) => n.startsWith(`Smoke DAG ${run.options.smokeDag} run ${SMOKE_RUN_ID} succeeded`));
    return {
        'remote-logs-connection': setup?.hostConnectionString ?? '',
        'remote-logs-container': setup?.container ?? '',
        'smoke-run-id': smoked ? SMOKE_RUN_ID : '',
    };
}
function phaseTable(run) {
    const rows = run.phases.map((p) => `| ${p.title} | ${p.status === 'ok' ? '✅ ok' : p.status === 'timed out' ? '⏱️ timed out' : '❌ failed'} | ${(0,context/* formatSeconds */.Xo)(p.durationMs, 1)} | ${(0,context/* formatSeconds */.Xo)(p.timeoutMs)} |`);
    return ['| Phase | Status | Duration | Timeout |', '|---|---|---:|---:|', ...rows].join('\n');
}
function migrationTable(run) {
    const rows = run.report.revisions.map((r) => `| ${r.label === 'from' ? 'old release' : 'target'} | ${r.chartVersion} | ${r.airflowVersion} | ${r.before ?? '(empty)'} | ${r.after ?? '?'} | ${r.steps} | ${r.seconds !== undefined ? `${r.seconds.toFixed(1)} s` : ''} |`);
    const lines = ['| Release | Chart | Airflow | Revision before | Revision after | Upgrade steps | Duration |', '|---|---|---|---|---|---:|---:|', ...rows];
    if (run.report.idempotent !== undefined)
        lines.push('', `**Idempotency:** ${run.report.idempotent ? '✅' : '❌'} ${run.report.idempotencyDetail}`);
    return lines.join('\n');
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


/***/ }),

/***/ 4391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ chartFactsFor),
/* harmony export */   fx: () => (/* binding */ isCeleryExecutorFor),
/* harmony export */   nn: () => (/* binding */ HOOK_OBJECT_SWITCHES)
/* harmony export */ });
/* unused harmony export CHART_FACTS */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8520);

/**
 * The objects the chart renders as helm.sh/hook (chart 1.15.0–1.19.0 templates), by the suffix of
 * their name after `<release>`, and the values switch that stops each from being a hook. One table
 * for every tool that names the fix: VAL022 (values), migrate-kind's render refusal (MIG001).
 */
const HOOK_OBJECT_SWITCHES = [
    { nameSuffix: '-run-airflow-migrations', kind: 'Job', switch: 'migrateDatabaseJob.useHelmHooks: false (the chart has no migrateDBJob key)' },
    { nameSuffix: '-create-user', kind: 'Job', switch: 'createUserJob.useHelmHooks: false' },
    { nameSuffix: '-fernet-key', kind: 'Secret', switch: 'fernetKeySecretName (a Secret you create, key fernet-key)' },
    { nameSuffix: '-broker-url', kind: 'Secret', switch: 'data.brokerUrlSecretName' },
    { nameSuffix: '-redis-password', kind: 'Secret', switch: 'redis.enabled: false (no Celery) or redis.passwordSecretName' },
];
const CHART_FACTS = [
    {
        since: '1.0.0',
        createUserJobEnabledKey: false,
        webserverDefaultUserDeprecated: false,
        webserverDefaultUserEnabledStopsJob: true,
        apiServerSection: false,
        airflow3Secrets: false,
        brokerUrlHookForAnyExecutor: true,
        celeryExecutorMatch: 'exact',
        checksumRestarts: { webserverSecretKeySecretName: ['webserver', 'workers'] },
    },
    {
        since: '1.18.0',
        createUserJobEnabledKey: false,
        webserverDefaultUserDeprecated: false,
        webserverDefaultUserEnabledStopsJob: true,
        apiServerSection: true,
        airflow3Secrets: true,
        brokerUrlHookForAnyExecutor: true,
        celeryExecutorMatch: 'substring',
        checksumRestarts: { webserverSecretKeySecretName: ['webserver', 'workers'] },
    },
    {
        since: '1.19.0',
        createUserJobEnabledKey: true,
        webserverDefaultUserDeprecated: true,
        webserverDefaultUserEnabledStopsJob: false,
        apiServerSection: true,
        airflow3Secrets: true,
        brokerUrlHookForAnyExecutor: true,
        celeryExecutorMatch: 'substring',
        checksumRestarts: { jwtSecretName: ['scheduler', 'api-server'], webserverSecretKeySecretName: ['webserver', 'workers'] },
    },
];
const CELERY_EXECUTORS = ['CeleryExecutor', 'CeleryKubernetesExecutor'];
/** Whether the chart treats this executor value as a Celery one: it then renders Redis and the workers. */
function isCeleryExecutorFor(facts, executor) {
    const value = String(executor ?? '');
    return facts.celeryExecutorMatch === 'exact' ? CELERY_EXECUTORS.includes(value) : CELERY_EXECUTORS.some((e) => value.includes(e));
}
function chartFactsFor(chartVersion) {
    return (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .pickByVersion */ .Bh)(CHART_FACTS, chartVersion);
}


/***/ }),

/***/ 8520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ pickByVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/** Minimal semver handling for chart and Airflow versions (x.y.z with optional pre-release). */
function parseVersion(v) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(String(v).trim());
    if (!m)
        return undefined;
    return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}
function compareVersions(a, b) {
    const pa = parseVersion(a) ?? [0, 0, 0];
    const pb = parseVersion(b) ?? [0, 0, 0];
    for (let i = 0; i < 3; i++)
        if (pa[i] !== pb[i])
            return pa[i] - pb[i];
    return 0;
}
/** Picks the entry of a version-keyed table whose `since` is the newest not after `version`. */
function pickByVersion(table, version) {
    const sorted = [...table].sort((a, b) => compareVersions(a.since, b.since));
    let picked = sorted[0];
    for (const row of sorted)
        if (compareVersions(version, row.since) >= 0)
            picked = row;
    return picked;
}


/***/ }),

/***/ 2842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ loggingConfigFromValues)
/* harmony export */ });
/* harmony import */ var _core_versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7372);

const SETTINGS = [
    ['remoteLogging', 'logging', 'remote_logging'],
    ['remoteBaseLogFolder', 'logging', 'remote_base_log_folder'],
    ['remoteLogConnId', 'logging', 'remote_log_conn_id'],
    ['logFilenameTemplate', 'logging', 'log_filename_template'],
    ['remoteWasbLogContainer', 'azure_remote_logging', 'remote_wasb_log_container'],
];
/** How Helm writes a YAML scalar into airflow.cfg: booleans as true/false, numbers as digits. */
function cfgText(v) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return undefined;
}
function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
/**
 * Reads the WASB logging settings from merged chart values: `config.<section>.<key>` (the chart
 * renders it into airflow.cfg), overridden by `env: [{name: AIRFLOW__SECTION__KEY}]` entries, as
 * Airflow prefers environment variables over airflow.cfg.
 */
function loggingConfigFromValues(values) {
    const out = { config: {}, sources: {} };
    const config = obj(values.config);
    for (const [field, section, key] of SETTINGS) {
        const v = cfgText(obj(config?.[section])?.[key]);
        if (v !== undefined) {
            out.config[field] = v;
            out.sources[field] = { path: ['config', section, key] };
        }
    }
    const env = Array.isArray(values.env) ? values.env : [];
    env.forEach((entry, i) => {
        const e = obj(entry);
        const name = typeof e?.name === 'string' ? e.name : undefined;
        const value = cfgText(e?.value);
        if (!name || value === undefined)
            return;
        for (const [field, section, key] of SETTINGS) {
            if (name.toUpperCase() === `AIRFLOW__${section.toUpperCase()}__${key.toUpperCase()}`) {
                out.config[field] = value;
                out.sources[field] = { path: ['env', String(i), 'value'] };
            }
        }
    });
    const version = (0,_core_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .airflowVersionFromValues */ .ru)(values);
    if (version)
        out.airflowVersion = version;
    return out;
}


/***/ })

};

//# sourceMappingURL=820.index.js.map