export const id = 166;
export const ids = [166];
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


/***/ }),

/***/ 7166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyWasbLogs: () => (/* binding */ verifyWasbLogs)
});

// UNUSED EXPORTS: ASSUMED_BASE_FOLDER, DEFAULT_DAG_ID, DEFAULT_TASK_ID, DEFAULT_TIMEOUT_MS, TOOL, uniqueRunId

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/check.js
var check = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/core/finding.js
var finding = __webpack_require__(9976);
// EXTERNAL MODULE: ./src/core/rule.js
var core_rule = __webpack_require__(7147);
// EXTERNAL MODULE: ./src/core/secrets.js
var secrets = __webpack_require__(8640);
// EXTERNAL MODULE: ./src/values/load.js + 6 modules
var load = __webpack_require__(1619);
// EXTERNAL MODULE: ./src/wasb/airflow-config.js
var airflow_config = __webpack_require__(2842);
;// CONCATENATED MODULE: ./src/wasb/connection.js


/** Extra fields that carry secrets, with and without the legacy `extra__wasb__` prefix. */
const SECRET_EXTRA_FIELDS = ['connection_string', 'shared_access_key', 'sas_token', 'account_key', 'client_secret'];
/** Python's urllib.parse.unquote: %XX decoded as UTF-8; '+' stays '+'. Invalid escapes stay as-is. */
function pyUnquote(s) {
    return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
        try {
            return decodeURIComponent(run);
        }
        catch {
            return Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8');
        }
    });
}
/** Python's parse_qsl(keep_blank_values=True): '+' means space, then %XX decoding; later keys win in dict(). */
function pyParseQuery(query) {
    const out = {};
    for (const part of query.split('&')) {
        if (!part)
            continue;
        const eq = part.indexOf('=');
        const key = eq >= 0 ? part.slice(0, eq) : part;
        const value = eq >= 0 ? part.slice(eq + 1) : '';
        out[pyUnquote(key.replace(/\+/g, ' '))] = pyUnquote(value.replace(/\+/g, ' '));
    }
    return out;
}
/** Python's urlsplit for the parts Airflow reads. */
function urlsplit(uri) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(uri);
    let scheme = '';
    let rest = uri;
    if (m) {
        scheme = m[1].toLowerCase();
        rest = m[2];
    }
    let netloc = '';
    if (rest.startsWith('//')) {
        const after = rest.slice(2);
        const end = after.search(/[/?#]/);
        netloc = end < 0 ? after : after.slice(0, end);
        rest = end < 0 ? '' : after.slice(end);
    }
    const hash = rest.indexOf('#');
    if (hash >= 0)
        rest = rest.slice(0, hash);
    const q = rest.indexOf('?');
    return { scheme, netloc, path: q >= 0 ? rest.slice(0, q) : rest, query: q >= 0 ? rest.slice(q + 1) : '' };
}
function netlocParts(netloc) {
    const at = netloc.lastIndexOf('@');
    const userinfo = at >= 0 ? netloc.slice(0, at) : undefined;
    const hostinfo = at >= 0 ? netloc.slice(at + 1) : netloc;
    let username;
    let password;
    if (userinfo !== undefined) {
        const colon = userinfo.indexOf(':');
        username = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
        password = colon >= 0 ? userinfo.slice(colon + 1) : undefined;
    }
    let hostname;
    let portText = '';
    const bracket = hostinfo.indexOf('[');
    if (bracket >= 0) {
        const close = hostinfo.indexOf(']', bracket);
        hostname = hostinfo.slice(bracket + 1, close < 0 ? undefined : close);
        const afterClose = close < 0 ? '' : hostinfo.slice(close + 1);
        portText = afterClose.includes(':') ? afterClose.slice(afterClose.indexOf(':') + 1) : '';
    }
    else {
        const colon = hostinfo.indexOf(':');
        hostname = colon >= 0 ? hostinfo.slice(0, colon) : hostinfo;
        portText = colon >= 0 ? hostinfo.slice(colon + 1) : '';
    }
    let port;
    if (portText) {
        // Never quote portText: with an unencoded '/', '#' or '?' in the key, it is the first part of the key.
        if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
            throw new finding/* UsageError */.eb("The connection URI has no valid port after the host (what follows ':' is not a number up to 65535); percent-encode '/', '#', '?', '@' and ':' in the login and key.");
        }
        port = Number(portText);
    }
    return { username, password, hostname: hostname ? hostname.toLowerCase() : undefined, port };
}
/** Airflow's _parse_netloc_to_hostname: a percent-encoded host keeps its case and its slashes. */
function hostFromNetloc(netloc, hostname) {
    let host = pyUnquote(hostname ?? '');
    if (host.includes('/')) {
        host = netloc;
        if (host.includes('@'))
            host = host.slice(host.lastIndexOf('@') + 1);
        if (host.includes(':'))
            host = host.slice(0, host.indexOf(':'));
        host = pyUnquote(host);
    }
    return host;
}
function normalizeConnType(t) {
    const lower = t.toLowerCase();
    return lower === 'postgresql' ? 'postgres' : lower.replace(/-/g, '_');
}
function parseExtraJson(text, warnings) {
    if (!text)
        return {};
    try {
        const v = JSON.parse(text);
        if (v && typeof v === 'object' && !Array.isArray(v))
            return v;
    }
    catch {
        /* handled below */
    }
    warnings.push({ kind: 'invalid-extra-json', message: 'The connection extra is not a JSON object; Airflow ignores it and uses an empty extra.' });
    return {};
}
/** Parses the AIRFLOW_CONN_<ID> URI form exactly as the Airflow 3 task SDK's Connection does. */
function parseConnectionUri(uri) {
    registerRawUriCredentials(uri);
    const warnings = [];
    const schemes = uri.split('://').length - 1;
    if (schemes > 2 || schemes === 0)
        throw new finding/* UsageError */.eb('The connection URI is not of the form wasb://login:password@host?extra; see Airflow\'s "URI format" for connections.');
    const hostWithProtocol = schemes === 2;
    const first = urlsplit(uri);
    const connType = normalizeConnType(first.scheme);
    // Python's str.replace: every occurrence of the (lower-cased) scheme prefix.
    const restOfUrl = uri.split(`${first.scheme}://`).join(hostWithProtocol ? '' : '//');
    if (hostWithProtocol) {
        const head = restOfUrl.split('://', 1)[0];
        if (head.includes('@') || head.includes(':'))
            throw new finding/* UsageError */.eb('The connection URI has credentials before the host\'s protocol; put them after it (wasb://https://login:key@host) or percent-encode the host.');
    }
    const parts = urlsplit(restOfUrl);
    const net = netlocParts(parts.netloc);
    let host = hostFromNetloc(parts.netloc, net.hostname);
    if (hostWithProtocol && host)
        host = `${parts.scheme}://${host}`;
    const conn = { connType, extra: {}, form: 'uri', warnings };
    if (host)
        conn.host = host;
    const schema = parts.path.slice(1);
    if (schema)
        conn.schema = pyUnquote(schema);
    if (net.username)
        conn.login = pyUnquote(net.username);
    if (net.password)
        conn.password = pyUnquote(net.password);
    if (net.port !== undefined)
        conn.port = net.port;
    if (parts.query) {
        if (parts.query.includes('+')) {
            warnings.push({
                kind: 'plus-in-query',
                message: "The connection URI's query contains '+', which Airflow decodes as a space; a key or SAS token with '+' must be written as %2B.",
            });
        }
        const query = pyParseQuery(parts.query);
        conn.extra = '__extra__' in query ? parseExtraJson(query.__extra__, warnings) : query;
    }
    finish(conn);
    return conn;
}
/**
 * The credential as written, before any parsing: the userinfo after the login's ':' up to the last '@',
 * and the secret fields of the query. A URI with an unencoded '/', '#' or '?' in the key is cut there
 * by the parser, so the pieces it could print are registered before it runs.
 */
function registerRawUriCredentials(uri) {
    const afterScheme = uri.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '').replace(/^https?:\/\//i, '');
    const at = afterScheme.lastIndexOf('@');
    if (at > 0) {
        const userinfo = afterScheme.slice(0, at);
        const colon = userinfo.indexOf(':');
        if (colon >= 0)
            (0,secrets/* registerCredential */.J4)(userinfo.slice(colon + 1));
    }
    // A SAS token in the query is cut at its own '&'s: its signature is found on its own.
    for (const m of uri.matchAll(/[?&]((?:extra__wasb__)?(?:connection_string|shared_access_key|sas_token|account_key|client_secret|sig))=([^&#]*)/g)) {
        registerSecretField(m[1] === 'sig' ? 'account_key' : m[1], pyUnquote(m[2]));
        if (m[1] !== 'sig')
            registerSecretField(m[1], m[2]);
    }
}
/** Secret fields of a JSON text that may not parse: the value after the key, quoted or not, to ',' or '}'. */
function registerRawJsonCredentials(text) {
    const fields = ['password', ...SECRET_EXTRA_FIELDS].join('|');
    for (const m of text.matchAll(new RegExp(`\\\\?"(?:extra__wasb__)?(${fields})\\\\?"\\s*:\\s*\\\\?"?([^"\\\\,}]*)`, 'g')))
        registerSecretField(m[1], m[2].trim());
}
/** The JSON form (AIRFLOW_CONN_<ID>='{"conn_type": "wasb", ...}'), as Connection.from_json reads it. */
function parseConnectionJson(text) {
    registerRawJsonCredentials(text);
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        // JSON.parse's message quotes the text around the error, which may be an unquoted key: give the position only.
        const position = /position (\d+)/.exec(e.message)?.[1];
        throw new finding/* UsageError */.eb(`The connection JSON cannot be parsed${position ? ` (syntax error at character ${position})` : ''}; check that every value is quoted.`);
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new finding/* UsageError */.eb('The connection JSON must be an object such as {"conn_type": "wasb", "login": "account", "password": "key"}.');
    const o = raw;
    const warnings = [];
    const str = (k) => (o[k] === undefined || o[k] === null ? undefined : String(o[k]));
    const conn = { connType: normalizeConnType(str('conn_type') ?? ''), extra: {}, form: 'json', warnings };
    for (const [key, field] of [['host', 'host'], ['login', 'login'], ['password', 'password'], ['schema', 'schema']]) {
        const v = str(key);
        if (v)
            conn[field] = v;
    }
    if (o.port !== undefined && o.port !== null && o.port !== '') {
        const port = Number(o.port);
        if (!Number.isInteger(port))
            throw new finding/* UsageError */.eb(`The connection JSON has port ${JSON.stringify(o.port)}; Airflow expects an integer.`);
        conn.port = port;
    }
    const extra = o.extra;
    if (typeof extra === 'string')
        conn.extra = parseExtraJson(extra, warnings);
    else if (extra && typeof extra === 'object' && !Array.isArray(extra))
        conn.extra = extra;
    finish(conn);
    return conn;
}
/** An Azure Storage connection string, as WasbHook would receive it in extra.connection_string. */
function isAzureConnectionString(text) {
    return /(^|;)\s*(AccountName|BlobEndpoint|SharedAccessSignature|UseDevelopmentStorage)\s*=/i.test(text);
}
function parseAzureConnectionString(text) {
    const out = {};
    for (const part of text.split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0)
            out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    return out;
}
/**
 * Any of the forms a user may hand over: `AIRFLOW_CONN_X=…`, the URI, the JSON, or a bare Azure
 * connection string. Every secret in it is registered before anything else sees it.
 */
function parseConnectionInput(input) {
    let text = input.trim();
    (0,secrets/* registerSecret */.cl)(text);
    const named = /^AIRFLOW_CONN_[A-Z0-9_]+=(.*)$/s.exec(text);
    if (named)
        text = named[1].trim().replace(/^'(.*)'$/s, '$1').replace(/^"(.*)"$/s, '$1');
    if (!text)
        throw new finding/* UsageError */.eb('The connection is empty; pass an Airflow connection URI or JSON.');
    if (text.startsWith('{'))
        return parseConnectionJson(text);
    if (isAzureConnectionString(text) && !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text)) {
        (0,secrets/* registerCredential */.J4)(/(?:^|;)\s*AccountKey\s*=([^;]*)/i.exec(text)?.[1]?.trim());
        const conn = { connType: 'wasb', extra: { connection_string: text }, form: 'connection-string', warnings: [] };
        finish(conn);
        return conn;
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text))
        return parseConnectionUri(text);
    throw new finding/* UsageError */.eb('The connection is neither an Airflow connection URI (wasb://…), its JSON form ({"conn_type": "wasb", …}) nor an Azure connection string.');
}
/** WasbHook._get_field: the plain key wins, then `extra__wasb__<key>`; empty values count as unset. */
function extraField(extra, name) {
    const plain = extra[name];
    if (name in extra)
        return plain === undefined || plain === null || plain === '' || plain === false ? undefined : String(plain);
    const legacy = extra[`extra__wasb__${name}`];
    return legacy === undefined || legacy === null || legacy === '' || legacy === false ? undefined : String(legacy);
}
/**
 * Registers one secret field's value. Whole connection strings and SAS tokens are registered whole
 * (their pieces are account names, endpoints and dates); the key and the signature inside them, and
 * every other secret field, as credentials, pieces included.
 */
function registerSecretField(field, value) {
    if (!value)
        return;
    const name = field.replace(/^extra__wasb__/, '');
    if (name === 'connection_string') {
        (0,secrets/* registerSecret */.cl)(value);
        const cs = parseAzureConnectionString(value);
        (0,secrets/* registerCredential */.J4)(cs.AccountKey);
        (0,secrets/* registerSecret */.cl)(cs.SharedAccessSignature);
        (0,secrets/* registerCredential */.J4)(/(?:^|[?&])sig=([^&;]+)/.exec(cs.SharedAccessSignature ?? '')?.[1]);
    }
    else if (name === 'sas_token') {
        (0,secrets/* registerSecret */.cl)(value);
        (0,secrets/* registerCredential */.J4)(/(?:^|[?&])sig=([^&#",}]+)/.exec(value)?.[1]);
    }
    else {
        (0,secrets/* registerCredential */.J4)(value);
    }
}
function finish(conn) {
    (0,secrets/* registerCredential */.J4)(conn.password);
    for (const field of SECRET_EXTRA_FIELDS)
        registerSecretField(field, extraField(conn.extra, field));
    if (conn.connType && conn.connType !== 'wasb') {
        conn.warnings.push({ kind: 'non-wasb-conn-type', message: `The connection type is "${conn.connType}", not "wasb"; WasbHook reads its fields anyway, but the Airflow UI will not show them as a Blob Storage connection.` });
    }
}

// EXTERNAL MODULE: ../../node_modules/@azure/identity/dist/esm/index.js + 155 modules
var esm = __webpack_require__(3740);
// EXTERNAL MODULE: ../../node_modules/@azure/storage-blob/dist/esm/index.js + 150 modules
var dist_esm = __webpack_require__(6585);
// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(8806);
;// CONCATENATED MODULE: ./src/wasb/credential.js






const AUTH_LABEL = {
    connection_string: 'connection string (extra.connection_string)',
    client_secret: 'service principal secret (extra.tenant_id + login/password)',
    shared_access_key: 'account key (extra.shared_access_key)',
    sas_token: 'SAS token (extra.sas_token)',
    password: 'account key (password)',
    account_key: 'account key (extra.account_key)',
    oidc: "GitHub OIDC token (workload identity federation)",
    default_credential: 'DefaultAzureCredential (managed/workload identity, environment)',
};
/**
 * airflow.providers.microsoft.azure.utils.parse_blob_account_url: host if given (https:// added
 * when it has no scheme; a dotless host is taken as a name and replaced), else
 * https://<login>.blob.core.windows.net/; the first DNS label is cut to 24 characters.
 */
function parseBlobAccountUrl(host, login) {
    let accountUrl = host ? host : `https://${login}.blob.core.windows.net/`;
    let parsed = splitUrl(accountUrl);
    if (!parsed.scheme) {
        accountUrl = `https://${accountUrl}`;
        parsed = splitUrl(accountUrl);
    }
    let netloc = parsed.netloc;
    if (!netloc.includes('.'))
        netloc = `${login}.blob.core.windows.net/`;
    const labels = netloc.split('.');
    labels[0] = labels[0].slice(0, 24);
    netloc = labels.join('.');
    return `${parsed.scheme}://${netloc}${parsed.path}${parsed.query ? `?${parsed.query}` : ''}`;
}
function splitUrl(url) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/.exec(url);
    if (!m)
        return { scheme: '', netloc: '', path: url, query: '' };
    return { scheme: m[1], netloc: m[2], path: m[3], query: m[4] ?? '' };
}
/**
 * The account name the Python SDK derives from an account URL: the label before
 * `.blob.core.` or, for localhost/127.0.0.1 (Azurite, path-style), the first path segment.
 */
function accountNameFromUrl(accountUrl) {
    const u = splitUrl(accountUrl);
    const host = u.netloc.replace(/^.*@/, '');
    const hostname = host.replace(/:\d+$/, '');
    if (hostname === 'localhost' || hostname === '127.0.0.1' || /^\d+\.\d+\.\d+\.\d+$/.test(hostname) || hostname.startsWith('[')) {
        return u.path.split('/').filter(Boolean)[0];
    }
    const m = /^([^.]+)\.blob\.core\./.exec(hostname);
    return m ? m[1] : hostname.split('.')[0] || undefined;
}
function sasPermissionsOf(url) {
    const q = url.indexOf('?');
    if (q < 0)
        return undefined;
    const sp = new URLSearchParams(url.slice(q + 1)).get('sp');
    return sp ?? undefined;
}
function sharedKeyClient(accountUrl, key, options) {
    const accountName = accountNameFromUrl(accountUrl);
    if (!accountName)
        throw new finding/* UsageError */.eb(`Cannot tell the storage account from ${accountUrl}; set the connection's login to the account name or host to its blob URL.`);
    (0,secrets/* registerCredential */.J4)(key);
    return { client: new dist_esm/* BlobServiceClient */.wS(accountUrl, new dist_esm/* StorageSharedKeyCredential */.Z3(accountName, key), options), accountName };
}
function githubOidcCredential(settings) {
    const audience = settings.audience ?? 'api://AzureADTokenExchange';
    return new esm/* ClientAssertionCredential */.XI(settings.tenantId, settings.clientId, async () => {
        const token = await core.getIDToken(audience);
        (0,secrets/* registerSecret */.cl)(token);
        return token;
    });
}
/** Builds the client WasbHook.get_conn would build from this connection, in the same precedence. */
function resolveAuth(conn, options, oidc) {
    const extra = conn.extra;
    const connectionString = extraField(extra, 'connection_string');
    if (connectionString) {
        (0,secrets/* registerSecret */.cl)(connectionString);
        const cs = parseAzureConnectionString(connectionString);
        (0,secrets/* registerCredential */.J4)(cs.AccountKey);
        let client;
        try {
            client = dist_esm/* BlobServiceClient */.wS.fromConnectionString(connectionString, options);
        }
        catch (e) {
            throw new finding/* UsageError */.eb(`The connection string cannot be used (${e.message}); copy it again from the storage account's "Access keys" page.`);
        }
        const accountUrl = client.url.split('?')[0];
        return { method: 'connection_string', accountUrl, accountName: client.accountName || cs.AccountName, sasPermissions: sasPermissionsOf(client.url), client };
    }
    const accountUrl = parseBlobAccountUrl(conn.host, conn.login);
    const tenant = extraField(extra, 'tenant_id');
    if (tenant) {
        if (!conn.login || !conn.password)
            throw new finding/* UsageError */.eb('The connection sets extra.tenant_id but lacks login (client id) or password (client secret); set both for service-principal auth.');
        (0,secrets/* registerCredential */.J4)(conn.password);
        const credential = new esm/* ClientSecretCredential */.HC(tenant, conn.login, conn.password);
        return { method: 'client_secret', accountUrl, accountName: accountNameFromUrl(accountUrl), client: new dist_esm/* BlobServiceClient */.wS(accountUrl, credential, options) };
    }
    const sharedAccessKey = extraField(extra, 'shared_access_key');
    if (sharedAccessKey) {
        const { client, accountName } = sharedKeyClient(accountUrl, sharedAccessKey, options);
        return { method: 'shared_access_key', accountUrl, accountName, client };
    }
    const sasToken = extraField(extra, 'sas_token');
    if (sasToken) {
        (0,secrets/* registerSecret */.cl)(sasToken);
        // WasbHook: a token starting with "https" is the whole URL, anything else is appended after "/".
        const url = sasToken.startsWith('https') ? sasToken : `${accountUrl.replace(/\/+$/, '')}/${sasToken}`;
        return {
            method: 'sas_token',
            accountUrl: url.split('?')[0],
            accountName: accountNameFromUrl(url),
            sasPermissions: sasPermissionsOf(url),
            client: new dist_esm/* BlobServiceClient */.wS(url, undefined, options),
        };
    }
    if (conn.password) {
        const { client, accountName } = sharedKeyClient(accountUrl, conn.password, options);
        return { method: 'password', accountUrl, accountName, client };
    }
    const accountKey = extraField(extra, 'account_key');
    if (accountKey) {
        const { client, accountName } = sharedKeyClient(accountUrl, accountKey, options);
        return { method: 'account_key', accountUrl, accountName, client };
    }
    // No secret: Airflow falls back to DefaultAzureCredential. On a GitHub runner with id-token
    // permission, the federated GitHub token stands in for the pod's workload identity.
    const clientId = oidc?.clientId ?? extraField(extra, 'managed_identity_client_id');
    const tenantId = oidc?.tenantId ?? extraField(extra, 'workload_identity_tenant_id');
    if (clientId && tenantId && (oidc || process.env.ACTIONS_ID_TOKEN_REQUEST_URL)) {
        return { method: 'oidc', accountUrl, accountName: accountNameFromUrl(accountUrl), client: new dist_esm/* BlobServiceClient */.wS(accountUrl, githubOidcCredential({ clientId, tenantId, audience: oidc?.audience }), options) };
    }
    const credential = new esm/* DefaultAzureCredential */.gv(clientId ? { managedIdentityClientId: clientId, ...(tenantId ? { tenantId } : {}) } : {});
    return { method: 'default_credential', accountUrl, accountName: accountNameFromUrl(accountUrl), client: new dist_esm/* BlobServiceClient */.wS(accountUrl, credential, options) };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/cache-dir.js
var cache_dir = __webpack_require__(8265);
;// CONCATENATED MODULE: ./src/wasb/emulator.js







/** Azurite's documented development account (public, not a secret). */
const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/**
 * The Azurite version installed on first use of --emulator (keep equal to package.json's
 * devDependency; a test checks). Azurite brings ~370 packages, so it is not a dependency of the
 * published CLI: `npx airflow-gitops lint-dags` should not download a storage server.
 */
const AZURITE_VERSION = '3.35.0';
/** Where --emulator installs Azurite when no node_modules has it. */
function azuriteInstallDir() {
    return external_node_path_.join((0,cache_dir/* userCacheDir */.b)(), `azurite-${AZURITE_VERSION}`);
}
/**
 * Finds azurite's blob server at run time (never bundled): from the working directory, then from
 * the running script's directory, each walking up node_modules, then in the first-use install.
 */
function findAzuriteBlobMain(bases = defaultSearchBases()) {
    const specifier = ['azurite', 'package.json'].join('/');
    for (const base of bases) {
        try {
            const pkg = (0,external_node_module_.createRequire)(external_node_path_.join(base, 'noop.js')).resolve(specifier);
            return external_node_path_.join(external_node_path_.dirname(pkg), 'dist', 'src', 'blob', 'main.js');
        }
        catch {
            /* try the next base */
        }
    }
    return undefined;
}
function defaultSearchBases() {
    return [process.cwd(), process.argv[1] ? external_node_path_.dirname(external_node_path_.resolve(process.argv[1])) : undefined, azuriteInstallDir()].filter(Boolean);
}
/** npm's argv for the first-use install (no scripts: Azurite needs none; pinned version). */
function azuriteInstallArgs(dir) {
    return ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', `azurite@${AZURITE_VERSION}`];
}
/**
 * npm's own script, run with this node: no shell and no npm.cmd on Windows. Under npx/npm it is
 * npm_execpath; otherwise the npm that ships beside node (Windows and Unix layouts).
 */
function npmCliScript() {
    const nodeDir = external_node_path_.dirname(process.execPath);
    const candidates = [
        process.env.npm_execpath?.endsWith('.js') ? process.env.npm_execpath : undefined,
        external_node_path_.join(nodeDir, 'node_modules', 'npm', 'bin', 'npm-cli.js'),
        external_node_path_.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    ];
    return candidates.find((c) => c && /npm-cli\.js$/.test(c) && external_node_fs_.existsSync(c));
}
const AZURITE_INSTALL_TIMEOUT_MS = 5 * 60_000;
/** Installs Azurite into the user cache with npm (which came with Node), saying so first. */
function installAzurite(log) {
    const dir = azuriteInstallDir();
    log(`Azurite is not installed; installing azurite@${AZURITE_VERSION} into ${dir} (first use of --emulator only)…`);
    external_node_fs_.mkdirSync(dir, { recursive: true });
    const npmCli = npmCliScript();
    const [command, args] = npmCli ? [process.execPath, [npmCli, ...azuriteInstallArgs(dir)]] : ['npm', azuriteInstallArgs(dir)];
    // npm retries an unreachable registry for minutes; a bounded install fails with a clear line instead.
    const r = (0,external_node_child_process_.spawnSync)(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: AZURITE_INSTALL_TIMEOUT_MS, killSignal: 'SIGKILL' });
    if (r.status !== 0) {
        const timedOut = r.signal === 'SIGKILL' || r.error?.code === 'ETIMEDOUT';
        const why = timedOut
            ? `npm did not finish within ${AZURITE_INSTALL_TIMEOUT_MS / 60_000} minutes; is the npm registry reachable?`
            : r.error
                ? r.error.message
                : (r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' ');
        throw new finding/* UsageError */.eb(`Installing Azurite failed (${why}); install it yourself with \`npm install --prefix ${dir} azurite@${AZURITE_VERSION}\` and try --emulator again.`);
    }
    return findAzuriteBlobMain([dir]);
}
/** Starts Azurite's blob service on 127.0.0.1 with in-memory storage and returns once it listens. */
async function startAzurite(options = {}) {
    const main = process.env.AZURITE_BLOB_MAIN || findAzuriteBlobMain() || installAzurite(options.log ?? ((line) => process.stderr.write(line + '\n')));
    if (!main || !external_node_fs_.existsSync(main)) {
        throw new finding/* UsageError */.eb(`The Azurite emulator is not installed at ${main ?? azuriteInstallDir()}; run \`npm install --prefix ${azuriteInstallDir()} azurite@${AZURITE_VERSION}\` and try --emulator again.`);
    }
    const args = [
        main,
        '--blobHost', '127.0.0.1',
        '--blobPort', String(options.port ?? 0),
        '--inMemoryPersistence',
        '--skipApiVersionCheck',
        '--disableTelemetry',
        '--silent',
    ];
    // A custom account list in the environment would replace the well-known development account.
    const env = { ...process.env };
    delete env.AZURITE_ACCOUNTS;
    const child = (0,external_node_child_process_.spawn)(process.execPath, args, { cwd: external_node_os_.tmpdir(), stdio: ['ignore', 'pipe', 'pipe'], env });
    const exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    const port = await new Promise((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`Azurite did not start within ${(options.startTimeoutMs ?? 30000) / 1000} s: ${output.trim().slice(-300)}`));
        }, options.startTimeoutMs ?? 30000);
        const onData = (chunk) => {
            output += chunk.toString();
            const m = /listens on https?:\/\/127\.0\.0\.1:(\d+)/.exec(output);
            if (m) {
                clearTimeout(timer);
                resolve(Number(m[1]));
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`Azurite exited with code ${code} before listening: ${output.trim().slice(-300)}`));
        });
        child.once('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
    });
    // Drain output so a chatty emulator never blocks on a full pipe.
    child.stdout.resume();
    child.stderr.resume();
    const blobEndpoint = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`;
    return {
        port,
        blobEndpoint,
        accountName: AZURITE_ACCOUNT,
        accountKey: AZURITE_KEY,
        connectionString: `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=${blobEndpoint};`,
        stop: () => stopChild(child, exited, killOnExit),
    };
}
async function stopChild(child, exited, killOnExit) {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null)
        return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
}

// EXTERNAL MODULE: ./src/wasb/rules/index.js + 16 modules
var rules = __webpack_require__(4567);
;// CONCATENATED MODULE: ./src/wasb/errors.js


/** What each step needs, in SAS letters and words, and why Airflow needs it. */
const STEP_PERMISSION = {
    create: { letter: 'c', name: 'create', airflowUse: 'workers upload a new task log (load_string)' },
    read: { letter: 'r', name: 'read', airflowUse: 'the API server reads the log; workers read it before appending' },
    list: { letter: 'l', name: 'list', airflowUse: 'the API server lists blobs under the log prefix to find attempts' },
    append: { letter: 'w', name: 'write', airflowUse: 'workers overwrite the log with old + new lines (read-modify-write)' },
    verify: { letter: 'r', name: 'read', airflowUse: 'the UI shows the appended log' },
    delete: { letter: 'd', name: 'delete', airflowUse: 'only this check, to remove its test log' },
};
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EPIPE', 'REQUEST_SEND_ERROR', 'UND_ERR_SOCKET']);
function errorCode(e) {
    const fromDetails = e.details?.errorCode;
    if (fromDetails)
        return fromDetails;
    if (e.code)
        return e.code;
    const cause = e.cause;
    return cause?.code;
}
const isSas = (m) => m === 'sas_token';
const isRbac = (m) => m === 'client_secret' || m === 'oidc' || m === 'default_credential';
function where(ctx) {
    return `container "${ctx.container}" of account ${ctx.accountName ?? ctx.accountUrl}`;
}
/** Turns whatever the SDK threw into one finding with a cause and a fix. */
function classifyStorageError(error, ctx) {
    const e = (error ?? {});
    const code = errorCode(e);
    const status = e.statusCode;
    const perm = STEP_PERMISSION[ctx.step];
    if (ctx.timedOut || e.name === 'AbortError') {
        return {
            rule: rules/* roundTripTimeout */.n4,
            message: `The ${ctx.step} step was still waiting for ${ctx.accountUrl} when the ${Math.round(ctx.timeoutMs / 1000)} s timeout ran out.`,
            fix: 'Check that the account URL is reachable from this runner (firewall, private endpoint, proxy) or raise the timeout input.',
            fatal: true,
            code: 'Timeout',
        };
    }
    if (code && NETWORK_CODES.has(code)) {
        const dns = code === 'ENOTFOUND' || code === 'EAI_AGAIN';
        return {
            rule: rules/* storageUnreachable */.oR,
            message: dns
                ? `The host of ${ctx.accountUrl} does not resolve (${code}) during the ${ctx.step} step.`
                : `The connection to ${ctx.accountUrl} failed with ${code} during the ${ctx.step} step.`,
            fix: dns
                ? "Check the account name in the connection's login or host (https://<account>.blob.core.windows.net) and the runner's DNS."
                : 'Check that the storage endpoint is running and reachable from this runner (firewall, private endpoint, emulator still up).',
            fatal: true,
            code,
        };
    }
    if (code === 'LogNotListed') {
        return {
            rule: rules/* logReadPrefixMismatch */.bR,
            message: `The log was written, but listing its prefix in ${where(ctx)} as the API server does did not return it, so the UI would not find it.`,
            fix: 'Make log_filename_template render a normalised path (no "//", "./" or leading "/"), or check for a proxy rewriting blob names.',
            fatal: false,
            code,
        };
    }
    if (code === 'ContainerNotFound') {
        return {
            rule: rules/* logContainerNotFound */.zw,
            message: `The log container "${ctx.container}" does not exist in account ${ctx.accountName ?? ctx.accountUrl}, and Airflow never creates it.`,
            fix: `Create it once (az storage container create --name ${ctx.container} --account-name ${ctx.accountName ?? '<account>'} --auth-mode login) or set [azure_remote_logging] remote_wasb_log_container to the existing container.`,
            fatal: true,
            code,
        };
    }
    if (code === 'AuthorizationPermissionMismatch' || code === 'AuthorizationResourceTypeMismatch' || (status === 403 && isSas(ctx.method) && ctx.sasPermissions !== undefined && !ctx.sasPermissions.includes(perm.letter))) {
        const resourceType = code === 'AuthorizationResourceTypeMismatch';
        return {
            rule: rules/* storagePermissionMissing */.Zv,
            message: resourceType
                ? `The SAS token does not cover blob objects (srt lacks "o"), so the ${ctx.step} step on ${where(ctx)} was refused.`
                : `The credential lacks the ${perm.name} (${perm.letter}) permission on ${where(ctx)}, which Airflow needs because ${perm.airflowUse}.`,
            fix: isSas(ctx.method)
                ? resourceType
                    ? 'Issue a new account SAS whose srt includes "co" and sp includes "rcwl" (add d for cleanup).'
                    : `Issue a new SAS token whose sp includes "${perm.letter}" (Airflow needs r, c, w and l; add d for cleanup).`
                : isRbac(ctx.method)
                    ? `Assign the identity the "Storage Blob Data Contributor" role on the storage account or the ${ctx.container} container.`
                    : `Use a credential that may ${perm.name} blobs in ${ctx.container}.`,
            fatal: false,
            code: code ?? 'AuthorizationPermissionMismatch',
        };
    }
    if (code === 'AuthenticationFailed' || code === 'AuthorizationFailure' || code === 'InvalidAuthenticationInfo' || code === 'NoAuthenticationInformation' || status === 401 || e.name === 'AuthenticationError' || e.name === 'CredentialUnavailableError' || (status === 403 && !code)) {
        const token = e.name === 'AuthenticationError' || e.name === 'CredentialUnavailableError';
        const cause = token
            ? `No Azure AD token could be obtained for ${ctx.accountUrl} (${e.name})`
            : isSas(ctx.method)
                ? `Azure Storage rejected the SAS token for ${where(ctx)} (${code ?? status}): it is expired, not yet valid, restricted to other IPs, or its signature does not match`
                : isRbac(ctx.method)
                    ? `Azure Storage refused the identity's token for ${where(ctx)} (${code ?? status}): network rules or a firewall block it, or it is for another tenant`
                    : `Azure Storage rejected the credential for account ${ctx.accountName ?? ctx.accountUrl} (${code ?? status}): the account key is wrong or was rotated${code === 'AuthorizationFailure' ? ', or network rules or disabled shared-key access block it' : ''}`;
        return {
            rule: rules/* storageAuthenticationFailed */.$s,
            message: `${cause}.`,
            fix: token
                ? "Check the client id, tenant id and federated credential (or secret) of the identity, and that the workflow has id-token: write."
                : isSas(ctx.method)
                    ? 'Issue a new SAS token (sp=rcwl, valid for the whole deployment) and update the Airflow connection secret.'
                    : "Copy the current key from the storage account's Access keys page into the connection's password (or extra.account_key) and update the secret.",
            fatal: true,
            code: code ?? (token ? e.name : String(status)),
        };
    }
    return {
        rule: rules/* storageRequestFailed */.s4,
        message: `Azure Storage refused the ${ctx.step} step on ${where(ctx)} with ${code ?? status ?? e.name ?? 'an unknown error'}: ${(0,secrets/* redact */.E$)(firstLine(e.message ?? ''))}`.replace(/:\s*$/, '.'),
        fix: 'Look up the error code in the Azure Storage error reference and fix the account or connection accordingly.',
        fatal: true,
        code: code ?? (status ? String(status) : undefined),
    };
}
function firstLine(s) {
    const line = s.split('\n')[0].trim();
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

;// CONCATENATED MODULE: ./src/wasb/template.js
/**
 * Renders `[logging] log_filename_template` the way Airflow's FileTaskHandler does: a template
 * containing `{{` is Jinja (context: ti, ts, try_number); anything else is a Python str.format
 * string (keys dag_id, task_id, run_id, logical_date/execution_date, try_number, ...).
 * Only the Jinja subset log templates use is supported; anything else is a TemplateError.
 */
class TemplateError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TemplateError';
    }
}
const AIRFLOW3_FORMAT_KEYS = ['dag_id', 'task_id', 'run_id', 'data_interval_start', 'data_interval_end', 'logical_date', 'try_number'];
function isJinjaTemplate(template) {
    return template.includes('{{');
}
function renderLogFilename(template, ctx) {
    return isJinjaTemplate(template) ? renderJinja(template, ctx) : renderFormat(template, ctx);
}
function jinjaScope(ctx) {
    const ti = {
        dag_id: ctx.ti.dagId,
        task_id: ctx.ti.taskId,
        run_id: ctx.ti.runId,
        map_index: ctx.ti.mapIndex,
        try_number: ctx.ti.tryNumber,
    };
    return { ti, ts: ctx.ts, try_number: ctx.ti.tryNumber };
}
// ---- Python str.format -------------------------------------------------------------------
function renderFormat(template, ctx) {
    const values = {
        dag_id: ctx.ti.dagId,
        task_id: ctx.ti.taskId,
        run_id: ctx.ti.runId,
        execution_date: ctx.ts,
        logical_date: ctx.ts,
        data_interval_start: ctx.ts,
        data_interval_end: ctx.ts,
        try_number: String(ctx.ti.tryNumber),
    };
    const fields = {};
    for (const key of ctx.formatKeys ?? AIRFLOW3_FORMAT_KEYS)
        fields[key] = values[key];
    let out = '';
    for (let i = 0; i < template.length; i++) {
        const c = template[i];
        if (c === '{' && template[i + 1] === '{') {
            out += '{';
            i++;
        }
        else if (c === '}' && template[i + 1] === '}') {
            out += '}';
            i++;
        }
        else if (c === '{') {
            const end = template.indexOf('}', i);
            if (end < 0)
                throw new TemplateError(`unclosed "{" in log_filename_template at position ${i + 1}.`);
            const name = template.slice(i + 1, end).split(/[!:]/)[0].trim();
            if (!(name in fields))
                throw new TemplateError(`log_filename_template uses {${name}}, which this Airflow version does not provide (KeyError); available: ${Object.keys(fields).join(', ')}.`);
            out += fields[name];
            i = end;
        }
        else {
            out += c;
        }
    }
    return out;
}
function tokenize(template) {
    const tokens = [];
    let i = 0;
    while (i < template.length) {
        const expr = template.indexOf('{{', i);
        const tag = template.indexOf('{%', i);
        const next = [expr, tag].filter((n) => n >= 0).sort((a, b) => a - b)[0];
        if (next === undefined) {
            tokens.push({ kind: 'text', text: template.slice(i) });
            break;
        }
        if (next > i)
            tokens.push({ kind: 'text', text: template.slice(i, next) });
        const isExpr = next === expr;
        const close = template.indexOf(isExpr ? '}}' : '%}', next + 2);
        if (close < 0)
            throw new TemplateError(`unclosed "${isExpr ? '{{' : '{%'}" in log_filename_template.`);
        const src = template.slice(next + 2, close).replace(/^-/, '').replace(/-$/, '').trim();
        tokens.push(isExpr ? { kind: 'expr', src } : { kind: 'tag', src });
        i = close + 2;
    }
    return tokens;
}
function renderJinja(template, ctx) {
    const scope = jinjaScope(ctx);
    strictNames = ctx.minimalJinjaContext === false;
    const tokens = tokenize(template);
    // Stack of [branchTaken, currentlyEmitting] for nested ifs.
    const stack = [];
    let emitting = true;
    let out = '';
    for (const t of tokens) {
        if (t.kind === 'text') {
            if (emitting)
                out += t.text;
        }
        else if (t.kind === 'expr') {
            if (emitting)
                out += toText(evaluate(t.src, scope));
        }
        else {
            const [keyword, ...rest] = t.src.split(/\s+/);
            const cond = rest.join(' ');
            if (keyword === 'if') {
                const value = emitting ? truthy(evaluate(cond, scope)) : false;
                stack.push({ taken: value, emitting: emitting && value, parentEmitting: emitting });
                emitting = emitting && value;
            }
            else if (keyword === 'elif' || keyword === 'else') {
                const top = stack[stack.length - 1];
                if (!top)
                    throw new TemplateError(`"{% ${keyword} %}" without "{% if %}" in log_filename_template.`);
                const value = !top.taken && top.parentEmitting && (keyword === 'else' || truthy(evaluate(cond, scope)));
                top.taken = top.taken || value;
                top.emitting = value;
                emitting = value;
            }
            else if (keyword === 'endif') {
                const top = stack.pop();
                if (!top)
                    throw new TemplateError('"{% endif %}" without "{% if %}" in log_filename_template.');
                emitting = top.parentEmitting;
            }
            else {
                throw new TemplateError(`log_filename_template uses "{% ${keyword} %}", which this check cannot render; use {{ }} and {% if %} only.`);
            }
        }
    }
    if (stack.length)
        throw new TemplateError('"{% if %}" without "{% endif %}" in log_filename_template.');
    return out;
}
function toText(v) {
    if (v === undefined || v === null)
        return v === null ? 'None' : '';
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    if (typeof v === 'object')
        throw new TemplateError('log_filename_template renders an object; name one of its attributes.');
    return String(v);
}
function truthy(v) {
    return !(v === undefined || v === null || v === false || v === 0 || v === '');
}
const COMPARATORS = ['>=', '<=', '==', '!=', '>', '<'];
/** Set per render: whether names outside {ti, ts, try_number} are an error (Airflow 2 context). */
let strictNames = false;
/** Evaluates `a.b`, literals, `x|default(y)`, one comparison, `not x`. */
function evaluate(src, scope) {
    const s = src.trim();
    if (s.startsWith('not '))
        return !truthy(evaluate(s.slice(4), scope));
    for (const op of COMPARATORS) {
        const at = findOutsideQuotes(s, op);
        if (at > 0) {
            const left = evaluate(s.slice(0, at), scope);
            const right = evaluate(s.slice(at + op.length), scope);
            return compare(left, right, op);
        }
    }
    const pipe = findOutsideQuotes(s, '|');
    if (pipe > 0) {
        const value = evaluate(s.slice(0, pipe), scope);
        const filter = s.slice(pipe + 1).trim();
        const m = /^(\w+)\s*(?:\((.*)\))?$/.exec(filter);
        if (!m)
            throw new TemplateError(`cannot read the filter "${filter}" in log_filename_template.`);
        const [, name, args] = m;
        if (name === 'default' || name === 'd')
            return value === undefined || value === null ? evaluate(args ?? "''", scope) : value;
        if (name === 'string')
            return toText(value);
        if (name === 'lower')
            return toText(value).toLowerCase();
        if (name === 'upper')
            return toText(value).toUpperCase();
        throw new TemplateError(`log_filename_template uses the filter "${name}", which this check cannot render.`);
    }
    if (/^-?\d+$/.test(s))
        return Number(s);
    const quoted = /^'(.*)'$|^"(.*)"$/.exec(s);
    if (quoted)
        return quoted[1] ?? quoted[2];
    if (s === 'True' || s === 'true')
        return true;
    if (s === 'False' || s === 'false')
        return false;
    if (s === 'None' || s === 'none')
        return null;
    if (!/^[A-Za-z_][\w.]*$/.test(s))
        throw new TemplateError(`cannot evaluate "{{ ${s} }}" in log_filename_template.`);
    const top = s.split('.')[0];
    if (strictNames && !(top in scope)) {
        throw new TemplateError(`log_filename_template uses "${top}" from the Airflow 2 task context, which this check cannot render; use ti, ts and try_number.`);
    }
    let value = scope;
    for (const part of s.split('.')) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[part];
    }
    return value;
}
function findOutsideQuotes(s, needle) {
    let quote;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === "'") {
            quote = c;
        }
        else if (s.startsWith(needle, i)) {
            // `>=` must not be read as `>` followed by `=`.
            if ((needle === '>' || needle === '<') && s[i + 1] === '=')
                continue;
            return i;
        }
    }
    return -1;
}
function compare(a, b, op) {
    if (op === '==')
        return a === b;
    if (op === '!=')
        return a !== b;
    if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) {
        throw new TemplateError(`log_filename_template compares values of different types (${typeof a} ${op} ${typeof b}).`);
    }
    const x = a;
    const y = b;
    switch (op) {
        case '>=':
            return x >= y;
        case '<=':
            return x <= y;
        case '>':
            return x > y;
        default:
            return x < y;
    }
}

// EXTERNAL MODULE: ./src/wasb/versions.js
var versions = __webpack_require__(3158);
;// CONCATENATED MODULE: ./src/wasb/log-path.js


class ConfigValueError extends Error {
}
/** airflow.configuration getboolean: t/true/1 and f/false/0, case-insensitive, `#` starts a comment. */
function airflowBoolean(value, fallback) {
    if (value === undefined)
        return fallback;
    const v = value.split('#')[0].trim().toLowerCase();
    if (v === 't' || v === 'true' || v === '1')
        return true;
    if (v === 'f' || v === 'false' || v === '0')
        return false;
    throw new ConfigValueError(`"${value}" is not a boolean Airflow accepts (True/False, t/f, 1/0).`);
}
/** Python os.path.join for two POSIX parts: an absolute second part replaces the first. */
function posixJoin(base, rel) {
    if (rel.startsWith('/') || base === '')
        return rel;
    return base.endsWith('/') ? base + rel : `${base}/${rel}`;
}
/**
 * pathlib's view of the relative path (Path(full).relative_to(base_log_folder)): empty and "."
 * segments vanish. The upload uses this; the rendered template is the read prefix.
 */
function pathlibRelative(rendered) {
    return rendered
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .join('/');
}
function baseFolderFor(handling, remoteBaseLogFolder) {
    return handling === 'strip-wasb-scheme' && remoteBaseLogFolder.startsWith('wasb://')
        ? remoteBaseLogFolder.slice('wasb://'.length)
        : remoteBaseLogFolder;
}
/** Where Airflow `airflowVersion` writes the log of task instance `ti`, given its config. */
function computeLogLocation(config, airflowVersion, ti, ts) {
    const version = (0,versions/* parseVersion */.ot)(airflowVersion);
    if (!version)
        throw new ConfigValueError(`"${airflowVersion}" is not an Airflow version (expected e.g. 3.1.3).`);
    const handlingRow = (0,versions/* lookup */.$I)(versions/* BASE_FOLDER_HANDLING */.D_, version);
    const templateRow = (0,versions/* lookup */.$I)(versions/* DEFAULT_LOG_FILENAME_TEMPLATE */.SG, version);
    const formatRow = (0,versions/* lookup */.$I)(versions/* LOG_RECORD_FORMAT */.xR, version);
    const contextRow = (0,versions/* lookup */.$I)(versions/* TEMPLATE_CONTEXT */.Nb, version);
    if (!handlingRow || !templateRow || !formatRow || !contextRow) {
        throw new ConfigValueError(`Airflow ${airflowVersion} is older than any version this check knows (2.3.0 and later).`);
    }
    const remoteBaseLogFolder = config.remoteBaseLogFolder ?? '';
    const template = config.logFilenameTemplate?.trim() ? config.logFilenameTemplate : templateRow.value;
    const rendered = renderLogFilename(template, { ti, ts, formatKeys: contextRow.value.formatKeys, minimalJinjaContext: contextRow.value.minimalJinjaContext });
    const remoteBase = baseFolderFor(handlingRow.value, remoteBaseLogFolder);
    const relativePath = pathlibRelative(rendered);
    return {
        airflowVersion,
        remoteLogging: airflowBoolean(config.remoteLogging, false),
        wasbHandler: remoteBaseLogFolder.startsWith('wasb'),
        handling: handlingRow.value,
        handlingSource: handlingRow.source,
        container: config.remoteWasbLogContainer?.trim() || versions/* DEFAULT_WASB_CONTAINER */.k2,
        connId: config.remoteLogConnId?.trim() || versions/* DEFAULT_WASB_CONN_ID */.tF,
        remoteBase,
        template,
        relativePath,
        blobName: posixJoin(remoteBase, relativePath),
        readPrefix: posixJoin(remoteBase, rendered),
        recordFormat: formatRow.value,
    };
}
function parseWasbUrl(value) {
    const m = /^wasbs?:\/\/([^/]*)(\/.*)?$/.exec(value);
    if (!m)
        return undefined;
    const authority = m[1];
    const at = authority.lastIndexOf('@');
    const container = at >= 0 ? authority.slice(0, at) : authority || undefined;
    const host = at >= 0 ? authority.slice(at + 1) : '';
    const account = host ? host.split('.')[0] : undefined;
    return { container: container || undefined, account, path: (m[2] ?? '').replace(/^\/+/, '') };
}

;// CONCATENATED MODULE: ./src/wasb/find-task-log.js


const PLACEHOLDER_TASK = '__airflow_gitops_any_task__';
/**
 * The prefix under which Airflow `airflowVersion` writes the logs of one DAG run (of one task when
 * taskId is given): the blob name of a probe task instance, cut before its task_id segment.
 */
function taskLogPrefix(config, airflowVersion, dagId, runId, taskId) {
    const location = computeLogLocation(config, airflowVersion, { dagId, taskId: taskId || PLACEHOLDER_TASK, runId, mapIndex: -1, tryNumber: 1 }, new Date().toISOString().replace('Z', '+00:00'));
    if (taskId) {
        const cut = location.blobName.lastIndexOf(`task_id=${taskId}/`);
        return cut >= 0 ? location.blobName.slice(0, cut + `task_id=${taskId}/`.length) : location.blobName.slice(0, location.blobName.lastIndexOf('/') + 1);
    }
    const at = location.blobName.indexOf(PLACEHOLDER_TASK);
    if (at < 0)
        return location.remoteBase;
    // Back to the start of the segment that holds the task id ("task_id=" in the default template).
    const segmentStart = location.blobName.lastIndexOf('/', at) + 1;
    return location.blobName.slice(0, segmentStart);
}
async function readAll(stream) {
    if (!stream)
        return Buffer.alloc(0);
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
}
/**
 * Finds and reads the logs an Airflow task already wrote under `prefix` (listing flat, as the
 * API server's reader does per attempt), polling until `timeoutMs` because KubernetesExecutor pods
 * upload their log when the task ends. Never writes or deletes anything.
 */
async function findTaskLog(client, options) {
    const started = performance.now();
    const deadline = started + options.timeoutMs;
    const container = client.getContainerClient(options.container);
    const result = { prefix: options.prefix, found: [], listed: [], polls: 0, ms: 0 };
    const classify = (error, step) => classifyStorageError(error, { ...options.failureContext, step, container: options.container, timeoutMs: options.timeoutMs, timedOut: performance.now() >= deadline });
    for (;;) {
        result.polls++;
        const remaining = Math.max(1, Math.round(deadline - performance.now()));
        try {
            const names = [];
            for await (const item of container.listBlobsFlat({ prefix: options.prefix, abortSignal: AbortSignal.timeout(remaining) }))
                names.push(item.name);
            result.listed = names;
        }
        catch (error) {
            const failure = classify(error, 'list');
            // Our own deadline ending the last listing means "not found", which the caller reports.
            if (failure.code === 'Timeout')
                break;
            if (failure.fatal) {
                result.failure = failure;
                break;
            }
        }
        const logs = result.listed.filter((n) => n.endsWith('.log'));
        if (logs.length) {
            try {
                for (const name of logs.slice(0, 10)) {
                    const body = (await readAll((await container.getBlobClient(name).download(0, undefined, { abortSignal: AbortSignal.timeout(remaining) })).readableStreamBody)).toString('utf8');
                    const lines = body.split('\n').filter((l) => l.trim());
                    result.found.push({ name, bytes: Buffer.byteLength(body), lines: lines.length, firstLine: (lines[0] ?? '').trim().slice(0, 200) });
                }
            }
            catch (error) {
                result.failure = classify(error, 'read');
            }
            break;
        }
        // Never hammer the account: at least 200 ms between listings.
        const pause = Math.max(200, options.pollMs ?? 2000);
        if (performance.now() + pause >= deadline)
            break;
        await new Promise((r) => setTimeout(r, pause));
    }
    result.ms = performance.now() - started;
    return result;
}

;// CONCATENATED MODULE: ./src/wasb/round-trip.js

async function round_trip_readAll(stream) {
    if (!stream)
        return Buffer.alloc(0);
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
}
function firstDifference(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++)
        if (a[i] !== b[i])
            return i;
    return n;
}
/**
 * Does to one blob what Airflow does to a task log: the worker's first upload, the API server's
 * read and prefix listing, the worker's read-modify-write append, a read of the result, and
 * (optionally) a delete of only that blob. Every call shares one deadline.
 */
async function runRoundTrip(client, options) {
    const started = performance.now();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, options.timeoutMs);
    const abortSignal = controller.signal;
    const blob = client.getContainerClient(options.container).getBlockBlobClient(options.blobName);
    const steps = [];
    const result = { steps, totalMs: 0, listed: [] };
    let stopAll = false;
    const failedSteps = new Set();
    const run = async (step, needs, body) => {
        const blocker = needs.find((n) => failedSteps.has(n));
        if (stopAll || blocker) {
            failedSteps.add(step);
            steps.push({ step, status: 'skipped', ms: 0, note: stopAll ? 'not run after an earlier failure' : `needs ${blocker}` });
            return;
        }
        const t0 = performance.now();
        try {
            const note = await body();
            steps.push({ step, status: 'ok', ms: performance.now() - t0, ...(note ? { note } : {}) });
        }
        catch (error) {
            const failure = classifyStorageError(error, { ...options.failureContext, step, container: options.container, timeoutMs: options.timeoutMs, timedOut });
            steps.push({ step, status: 'failed', ms: performance.now() - t0, failure });
            failedSteps.add(step);
            if (failure.fatal)
                stopAll = true;
        }
        if (options.onStep && !stopAll)
            await options.onStep(step);
    };
    const checkContent = (step, expected, actual) => {
        if (!expected.equals(actual)) {
            result.mismatch = { step, expectedBytes: expected.length, actualBytes: actual.length, firstDifference: firstDifference(expected, actual) };
            return `content differs at byte ${result.mismatch.firstDifference}`;
        }
        return `${actual.length} bytes identical`;
    };
    try {
        const first = Buffer.from(options.firstWrite, 'utf8');
        await run('create', [], async () => {
            // WasbHook.load_string(..., overwrite=True) after a failed existence check.
            await blob.upload(first, first.length, { abortSignal, blobHTTPHeaders: { blobContentType: 'application/octet-stream' } });
            return `${first.length} bytes`;
        });
        await run('read', ['create'], async () => checkContent('read', first, await round_trip_readAll((await blob.download(0, undefined, { abortSignal })).readableStreamBody)));
        await run('list', ['create'], async () => {
            const container = client.getContainerClient(options.container);
            const names = [];
            for await (const item of container.listBlobsByHierarchy('/', { prefix: options.readPrefix, abortSignal })) {
                names.push(item.kind === 'prefix' ? `${item.name} (prefix)` : item.name);
            }
            result.listed = names;
            if (!names.includes(options.blobName)) {
                throw Object.assign(new Error(`listing prefix "${options.readPrefix}" did not return the log`), { code: 'LogNotListed' });
            }
            return `${names.length} blob(s) under the prefix`;
        });
        const combined = Buffer.from(`${options.firstWrite}\n${options.appended}`, 'utf8');
        await run('append', ['create'], async () => {
            // WasbRemoteLogIO.write(append=True): if the blob exists, read it and upload old + "\n" + new
            // (overwrite). Airflow swallows errors of the existence check and the read, so without read
            // permission it overwrites the old log with the new part alone.
            let old;
            try {
                await blob.getProperties({ abortSignal });
                old = await round_trip_readAll((await blob.download(0, undefined, { abortSignal })).readableStreamBody);
            }
            catch {
                old = undefined;
            }
            const next = old ? Buffer.concat([old, Buffer.from(`\n${options.appended}`, 'utf8')]) : Buffer.from(options.appended, 'utf8');
            await blob.upload(next, next.length, { abortSignal });
            return old ? `${next.length} bytes` : `${next.length} bytes; old log unreadable, so Airflow would overwrite it`;
        });
        await run('verify', ['append', 'read'], async () => checkContent('verify', combined, await round_trip_readAll((await blob.download(0, undefined, { abortSignal })).readableStreamBody)));
        if (options.cleanup) {
            await run('delete', ['create'], async () => {
                await blob.delete({ abortSignal });
                return undefined;
            });
        }
        else {
            steps.push({ step: 'delete', status: 'skipped', ms: 0, note: 'cleanup: false' });
        }
    }
    finally {
        clearTimeout(timer);
        result.totalMs = performance.now() - started;
    }
    return result;
}
/** A test task log in the format Airflow `version` writes (JSON lines for 3.x, text for 2.x). */
function buildTestLog(format, runId, phase, now = new Date()) {
    const iso = now.toISOString();
    // Airflow 3 stamps records with microseconds: 2026-11-24T13:40:00.123000Z.
    const micro = iso.replace(/Z$/, '000Z');
    const messages = [
        `airflow-gitops verify-wasb-logs ${phase}: probe log for run ${runId}`,
        'Non-ASCII survives the round trip: ünïcødé ✓ 日本語',
    ];
    if (format === 'json-lines') {
        return messages
            .map((event, i) => JSON.stringify({ timestamp: micro, level: i === 0 ? 'info' : 'warning', event, logger: 'airflow.task', run_id: runId }))
            .join('\n');
    }
    const stamp = iso.replace(/Z$/, '+0000');
    return messages.map((m, i) => `[${stamp}] {verify_wasb_logs.py:1} ${i === 0 ? 'INFO' : 'WARNING'} - ${m}`).join('\n');
}

// EXTERNAL MODULE: ./src/core/versions.js
var core_versions = __webpack_require__(7372);
;// CONCATENATED MODULE: ./src/wasb/engine.js

















const TOOL = 'verify-wasb-logs';
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_DAG_ID = 'airflow_gitops_verify';
const DEFAULT_TASK_ID = 'verify_wasb_logs';
/** Used when no values file is given: the plain-prefix form every Airflow version reads the same way. */
const ASSUMED_BASE_FOLDER = core_versions/* PLAIN_WASB_BASE_FOLDER */.qG;
/** A run id no scheduler ever produces, so the probe can never touch a real task log. */
function uniqueRunId(now = new Date()) {
    return `airflow_gitops_verify__${now.toISOString().replace(/[:.]/g, '-')}_${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
class FindingSink {
    severities;
    findings = [];
    constructor(severities) {
        this.severities = severities;
    }
    add(rule, message, fix, where) {
        const severity = (0,core_rule/* effectiveSeverity */.X)(rule, this.severities);
        if (severity === 'off')
            return;
        this.findings.push((0,core_rule/* makeFinding */.M)(rule, severity, message, where?.file, where?.range, fix));
    }
}
function connectionFromExplicit(explicit) {
    const { accountName, accountKey, accountUrl, sasToken } = explicit;
    if (!accountName && !accountKey && !accountUrl && !sasToken)
        return undefined;
    (0,secrets/* registerCredential */.J4)(accountKey);
    (0,secrets/* registerSecret */.cl)(sasToken);
    (0,secrets/* registerCredential */.J4)(sasToken ? /(?:^|[?&])sig=([^&]+)/.exec(sasToken)?.[1] : undefined);
    const conn = { connType: 'wasb', extra: {}, form: 'explicit', warnings: [] };
    if (accountName)
        conn.login = accountName;
    if (accountUrl)
        conn.host = accountUrl;
    if (accountKey)
        conn.password = accountKey;
    if (sasToken)
        conn.extra.sas_token = sasToken.startsWith('?') || sasToken.startsWith('https') ? sasToken : `?${sasToken}`;
    if (!accountName && !accountUrl)
        throw new finding/* UsageError */.eb('Explicit credentials need the account name or account URL as well as the key or SAS token.');
    return conn;
}
function connectionFromEmulator(emulator) {
    return { connType: 'wasb', host: emulator.blobEndpoint, login: emulator.accountName, password: emulator.accountKey, extra: {}, form: 'explicit', warnings: [] };
}
function envConnection(connId, env) {
    const value = env[`AIRFLOW_CONN_${connId.toUpperCase()}`];
    return value && value.trim() ? value : undefined;
}
function permissionTable(result, auth) {
    const rows = ['| Permission | Step | Airflow needs it because | Result | Time |', '|---|---|---|---|---:|'];
    for (const step of ['create', 'append', 'read', 'list', 'verify', 'delete']) {
        const perm = STEP_PERMISSION[step];
        const s = result?.steps.find((x) => x.step === step);
        const status = !s ? '➖ not run' : s.status === 'ok' ? `✅ ${s.note ?? 'ok'}` : s.status === 'failed' ? `❌ ${s.failure?.code ?? 'failed'}` : `➖ skipped (${s.note ?? ''})`;
        rows.push(`| ${perm.name} (${perm.letter}) | ${step} | ${perm.airflowUse} | ${status} | ${s && s.status !== 'skipped' ? `${Math.round(s.ms)} ms` : ''} |`);
    }
    if (auth?.sasPermissions !== undefined)
        rows.push('', `SAS permissions (sp): \`${auth.sasPermissions}\``);
    return rows.join('\n');
}
/** The whole check: where Airflow writes, the connection as Airflow reads it, and the round trip. */
async function verifyWasbLogs(options) {
    const started = performance.now();
    const log = options.log ?? (() => { });
    const sink = new FindingSink(options.severities);
    const details = [];
    const cwd = options.cwd ?? process.cwd();
    const valuesFiles = options.valuesFiles ?? [];
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // One deadline for everything that waits: emulator start, container setup, the round trip.
    const deadline = performance.now() + timeoutMs;
    const remaining = () => Math.max(1, Math.round(deadline - performance.now()));
    let auth;
    let result;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
        throw new finding/* UsageError */.eb('timeout must be a positive number of seconds.');
    // 1. The logging settings, from the values files (or an assumed plain prefix).
    let values = { config: { remoteLogging: 'True', remoteBaseLogFolder: ASSUMED_BASE_FOLDER }, sources: {} };
    let origin = () => undefined;
    if (valuesFiles.length) {
        const loaded = (0,load/* loadValuesFiles */.E2)(valuesFiles, cwd);
        sink.findings.push(...loaded.findings);
        values = (0,airflow_config/* loggingConfigFromValues */._)(loaded.values);
        origin = loaded.origin;
    }
    else {
        details.push(['Values', `none given; assuming remote_base_log_folder = ${ASSUMED_BASE_FOLDER}`]);
    }
    const at = (field) => {
        const src = values.sources[field];
        return src ? origin(src.path) : undefined;
    };
    const config = { ...values.config };
    if (options.container)
        config.remoteWasbLogContainer = options.container;
    const airflowVersion = options.airflowVersion?.trim() || values.airflowVersion || core_versions/* DEFAULT_AIRFLOW_VERSION */.EO;
    // 2. Where Airflow writes.
    const runId = options.expectLog?.runId ?? uniqueRunId();
    if (options.expectLog && (options.emulator || options.emulatorInstance)) {
        throw new finding/* UsageError */.eb('expect-log reads a log Airflow wrote to the release\'s storage; a fresh emulator cannot hold it. Pass the connection instead of --emulator.');
    }
    const ti = { dagId: options.dagId || DEFAULT_DAG_ID, taskId: options.taskId || DEFAULT_TASK_ID, runId, mapIndex: options.mapIndex ?? -1, tryNumber: options.tryNumber ?? 1 };
    let location;
    try {
        location = computeLogLocation(config, airflowVersion, ti, new Date().toISOString().replace('Z', '+00:00'));
    }
    catch (e) {
        if (!(e instanceof ConfigValueError || e instanceof TemplateError))
            throw e;
        const field = e instanceof TemplateError ? 'logFilenameTemplate' : /boolean/.test(e.message) ? 'remoteLogging' : undefined;
        sink.add(rules/* invalidLoggingConfig */.Fl, e.message, 'Set a value Airflow accepts; see the [logging] section of the Airflow configuration reference.', field ? at(field) : undefined);
        return finish();
    }
    const baseFolder = config.remoteBaseLogFolder ?? '';
    details.push(['Airflow', airflowVersion], ['Container', location.container], 
    // expect-log looks for every task of the run; the probe task's path would only mislead.
    ...(options.expectLog ? [] : [['Blob path', location.blobName]]), ['Base folder handling', `${location.handling} (${location.handlingSource})`]);
    if (valuesFiles.length) {
        if (!location.remoteLogging) {
            sink.add(rules/* remoteLoggingDisabled */.Gk, `[logging] remote_logging is ${config.remoteLogging ?? 'not set (False)'}, so KubernetesExecutor task logs are lost when their pods are deleted.`, 'Set config.logging.remote_logging: "True" in the values.', at('remoteLogging') ?? at('remoteBaseLogFolder'));
        }
        if (!location.wasbHandler) {
            sink.add(rules/* notAWasbBaseFolder */.vT, baseFolder ? `remote_base_log_folder "${baseFolder}" does not start with "wasb", so Airflow does not use the Azure Blob handler.` : 'remote_base_log_folder is not set, so Airflow has no remote log handler.', `Set config.logging.remote_base_log_folder to a value starting with "wasb", such as "${core_versions/* PLAIN_WASB_BASE_FOLDER */.qG}".`, at('remoteBaseLogFolder'));
        }
    }
    if (location.wasbHandler && location.remoteBase.includes('://')) {
        sink.add(rules/* wasbSchemeInBlobName */.Cu, `Airflow ${airflowVersion} writes every task log in container "${location.container}" under the literal prefix "${location.remoteBase}", because it keeps the scheme text of remote_base_log_folder (apache/airflow#58946).`, (0,core_versions/* wasbBaseFolderFix */.QX)(location.container), at('remoteBaseLogFolder'));
    }
    if (location.readPrefix !== location.blobName) {
        sink.add(rules/* logReadPrefixMismatch */.bR, `Workers upload the log as "${location.blobName}" but the API server lists "${location.readPrefix}", so the UI will not find it.`, 'Remove "//", "./" and leading "/" from log_filename_template.', at('logFilenameTemplate'));
    }
    // 3. The connection, as Airflow reads it.
    const env = options.env ?? process.env;
    let conn;
    let connSource;
    if (options.connection?.trim()) {
        conn = parseConnectionInput(options.connection);
        connSource = `given (${conn.form} form)`;
    }
    else if ((conn = connectionFromExplicit(options.explicit ?? {}))) {
        connSource = 'explicit account/key/SAS';
    }
    else if (options.emulator || options.emulatorInstance) {
        connSource = 'Azurite development account';
    }
    else {
        const fromEnv = envConnection(location.connId, env);
        if (!fromEnv) {
            throw new finding/* UsageError */.eb(`No connection given: pass --connection (input connection) with the Airflow connection "${location.connId}" as a URI or JSON, or set AIRFLOW_CONN_${location.connId.toUpperCase()}, or use --emulator.`);
        }
        conn = parseConnectionInput(fromEnv);
        connSource = `AIRFLOW_CONN_${location.connId.toUpperCase()} (${conn.form} form)`;
    }
    for (const w of conn?.warnings ?? [])
        sink.add(rules/* connectionMisread */.k9, w.message, 'Write the connection so that Airflow reads back exactly the stored secret (percent-encode reserved characters).');
    const sas = conn ? extraField(conn.extra, 'sas_token') : undefined;
    if (sas && !sas.startsWith('?') && !sas.startsWith('https')) {
        sink.add(rules/* connectionMisread */.k9, 'extra.sas_token does not start with "?" or "https", so WasbHook appends it to the account URL as a path segment and every request is unauthenticated.', 'Store the SAS token with its leading "?" (or as the full https:// SAS URL).');
    }
    // 4. The round trip.
    let emulator = options.emulatorInstance;
    let startedEmulator;
    try {
        if (options.emulator && !emulator) {
            log('Starting Azurite (in-memory, 127.0.0.1, random port)…');
            emulator = startedEmulator = await startAzurite({ startTimeoutMs: remaining(), log: options.log });
            log(`Azurite listens on ${emulator.blobEndpoint}`);
        }
        if (!conn)
            conn = connectionFromEmulator(emulator);
        const pipeline = {
            retryOptions: { maxTries: 3, retryDelayInMs: 100, maxRetryDelayInMs: 1000, tryTimeoutInMs: timeoutMs },
            userAgentOptions: { userAgentPrefix: `airflow-gitops/${check/* VERSION */.x}` },
        };
        auth = resolveAuth(conn, pipeline, options.oidc);
        details.push(['Account', auth.accountName ?? '(unknown)'], ['Account URL', auth.accountUrl], ['Connection', connSource], ['Auth', AUTH_LABEL[auth.method]]);
        const urlParts = parseWasbUrl(baseFolder);
        if (urlParts && baseFolder.includes('@') && !startedEmulator && !options.emulatorInstance) {
            const wrongContainer = urlParts.container && urlParts.container !== location.container;
            const wrongAccount = urlParts.account && auth.accountName && urlParts.account.toLowerCase() !== auth.accountName.toLowerCase();
            if (wrongContainer || wrongAccount) {
                sink.add(rules/* baseFolderNamesContainerOrAccount */.Pn, `remote_base_log_folder names ${urlParts.container ?? '?'}@${urlParts.account ?? '?'}, but Airflow writes to container "${location.container}" of account ${auth.accountName}; it never reads the container or account from this URL.`, 'Set [azure_remote_logging] remote_wasb_log_container and the connection to the intended container and account, and keep remote_base_log_folder a plain prefix.', at('remoteBaseLogFolder'));
            }
        }
        if (options.expectLog) {
            const prefix = taskLogPrefix(config, airflowVersion, ti.dagId, runId, options.taskId);
            details.push(['Mode', `expect-log: the log of DAG run ${runId} written by Airflow (nothing is written or deleted)`], ['Log prefix', prefix]);
            log(`Looking for the task log of ${ti.dagId} run ${runId} under ${location.container}/${prefix}`);
            const found = await findTaskLog(auth.client, {
                container: location.container,
                prefix,
                timeoutMs: remaining(),
                pollMs: options.expectLog.pollMs,
                failureContext: { accountName: auth.accountName, accountUrl: auth.accountUrl, method: auth.method, sasPermissions: auth.sasPermissions },
            });
            return expectLogResult(found);
        }
        if (emulator && (options.emulator || options.emulatorInstance) && !options.connection && !options.explicit?.accountKey) {
            // The emulator starts empty; create the container as the platform team would (Airflow never does).
            await auth.client.getContainerClient(location.container).createIfNotExists({ abortSignal: AbortSignal.timeout(remaining()) });
            details.push(['Emulator', `${emulator.blobEndpoint} (container "${location.container}" created for the check)`]);
        }
        log(`Round trip on ${location.container}/${location.blobName}`);
        result = await runRoundTrip(auth.client, {
            container: location.container,
            blobName: location.blobName,
            readPrefix: location.readPrefix,
            firstWrite: buildTestLog(location.recordFormat, runId, 'first upload'),
            appended: buildTestLog(location.recordFormat, runId, 'appended upload'),
            cleanup: options.cleanup ?? true,
            timeoutMs: remaining(),
            failureContext: { accountName: auth.accountName, accountUrl: auth.accountUrl, method: auth.method, sasPermissions: auth.sasPermissions },
            onStep: options.onStep,
        });
    }
    finally {
        if (startedEmulator)
            await startedEmulator.stop();
    }
    for (const s of result.steps) {
        if (s.status !== 'failed' || !s.failure)
            continue;
        if (s.step === 'delete' && s.failure.rule === rules/* storagePermissionMissing */.Zv) {
            sink.add(rules/* cleanupFailed */._z, `The test log ${location.blobName} could not be deleted (${s.failure.code}); Airflow itself does not need delete.`, 'Delete it by hand or grant delete (d); set cleanup: false to keep test logs on purpose.');
            continue;
        }
        sink.add(s.failure.rule, s.failure.message, s.failure.fix);
    }
    if (result.mismatch) {
        const m = result.mismatch;
        sink.add(rules/* logContentMismatch */.sQ, `The log read back in the ${m.step} step differs from what was written (${m.actualBytes} bytes read, ${m.expectedBytes} written, first difference at byte ${m.firstDifference}).`, 'Look for a proxy or another writer changing blobs in the container.');
    }
    const roundTripMs = Math.round(result.totalMs);
    details.push(['Round trip', `${roundTripMs} ms`]);
    return finish({ 'blob-path': location.blobName, container: location.container, 'round-trip-ms': String(roundTripMs), account: auth?.accountName ?? '' });
    function expectLogResult(found) {
        if (found.failure)
            sink.add(found.failure.rule, found.failure.message, found.failure.fix);
        const empty = found.found.filter((f) => f.bytes === 0);
        if (!found.failure && !found.found.length) {
            sink.add(rules/* taskLogNotFound */.Hb, `No task log of DAG ${ti.dagId} run ${runId} under "${found.prefix}" in container "${location.container}" after ${Math.round(found.ms / 1000)} s${found.listed.length ? ` (the prefix holds only ${found.listed.slice(0, 5).join(', ')})` : ''}: the task ran, but its log never reached blob storage.`, `Check that connection "${location.connId}" exists in Airflow and points at this account, that remote_logging is True, and that the container exists; Airflow only logs upload failures in the worker pod, which is gone.`);
        }
        for (const f of empty)
            sink.add(rules/* taskLogNotFound */.Hb, `The task log ${f.name} exists but is empty.`, 'Read the worker pod\'s output for upload errors; an empty log means the task wrote nothing before the upload.');
        const first = found.found[0];
        details.push(['Task logs found', String(found.found.length)], ['Search', `${found.polls} listing(s) in ${Math.round(found.ms)} ms`]);
        const rows = ['| Task log | Bytes | Lines | First line |', '|---|---:|---:|---|', ...found.found.map((f) => `| \`${f.name}\` | ${f.bytes} | ${f.lines} | \`${f.firstLine.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`)];
        return {
            findings: sink.findings,
            rules: rules/* wasbRules */.TS,
            outputs: { 'blob-path': first?.name ?? '', container: location.container, 'round-trip-ms': String(Math.round(found.ms)), account: auth?.accountName ?? '', 'task-log-bytes': first ? String(first.bytes) : '' },
            run: { tool: TOOL, version: check/* VERSION */.x, filesChecked: valuesFiles.length, durationMs: performance.now() - started, details, sections: [{ title: 'Task log written by Airflow', markdown: found.found.length ? rows.join('\n') : `Nothing under \`${found.prefix}\`.` }] },
        };
    }
    function finish(outputs = {}) {
        return {
            findings: sink.findings,
            rules: rules/* wasbRules */.TS,
            outputs,
            run: {
                tool: TOOL,
                version: check/* VERSION */.x,
                filesChecked: valuesFiles.length,
                durationMs: performance.now() - started,
                details,
                sections: result || auth ? [{ title: 'Permissions Airflow needs for task logs', markdown: permissionTable(result, auth) }] : [],
            },
        };
    }
}


/***/ }),

/***/ 4567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pn: () => (/* reexport */ baseFolderNamesContainerOrAccount),
  _z: () => (/* reexport */ cleanupFailed),
  k9: () => (/* reexport */ connectionMisread),
  Fl: () => (/* reexport */ invalidLoggingConfig),
  zw: () => (/* reexport */ logContainerNotFound),
  sQ: () => (/* reexport */ logContentMismatch),
  bR: () => (/* reexport */ logReadPrefixMismatch),
  vT: () => (/* reexport */ notAWasbBaseFolder),
  Gk: () => (/* reexport */ remoteLoggingDisabled),
  n4: () => (/* reexport */ roundTripTimeout),
  $s: () => (/* reexport */ storageAuthenticationFailed),
  Zv: () => (/* reexport */ storagePermissionMissing),
  s4: () => (/* reexport */ storageRequestFailed),
  oR: () => (/* reexport */ storageUnreachable),
  Hb: () => (/* reexport */ taskLogNotFound),
  TS: () => (/* binding */ wasbRules),
  Cu: () => (/* reexport */ wasbSchemeInBlobName)
});

;// CONCATENATED MODULE: ./src/wasb/rules/wasb-scheme-in-blob-name.js
const wasbSchemeInBlobName = {
    id: 'WASB001',
    name: 'wasb-scheme-in-blob-name',
    severity: 'warning',
    check: 'verify-wasb-logs',
    summary: "Airflow before 3.1.8 keeps the literal wasb:// value of remote_base_log_folder as the blob-name prefix.",
    docs: {
        what: "Computes the blob name Airflow writes and reports when the `wasb://\u2026` text of `[logging] remote_base_log_folder` ends up inside it, as it does in Airflow 3.0 and 3.1.",
        why: "Airflow only uses the `wasb` prefix to pick the WASB handler; before the fix for apache/airflow#58946 it joins the whole value to every log path, so logs land under a `wasb:` folder and an unnamed folder in the container. Log lifecycle rules, dashboards and anything else that looks under the intended prefix find nothing, and an upgrade to a fixed Airflow moves new logs to a different prefix from old ones.",
        example: "config:\n  logging:\n    remote_logging: \"True\"\n    remote_base_log_folder: \"wasb://airflow-logs@myaccount.blob.core.windows.net/\"\n",
        fix: "config:\n  logging:\n    remote_logging: \"True\"\n    # Any value starting with \"wasb\" selects the handler; keep it a plain prefix.\n    remote_base_log_folder: \"wasb-airflow-logs\"\n  azure_remote_logging:\n    remote_wasb_log_container: airflow-logs\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/base-folder-names-container-or-account.js
const baseFolderNamesContainerOrAccount = {
    id: 'WASB002',
    name: 'base-folder-names-container-or-account',
    severity: 'warning',
    check: 'verify-wasb-logs',
    summary: "remote_base_log_folder names a container or account that Airflow does not use.",
    docs: {
        what: "Reports a `wasb://container@account\u2026` value of `[logging] remote_base_log_folder` whose container or account differs from where Airflow really writes: the container from `[azure_remote_logging] remote_wasb_log_container` (default `airflow-logs`) and the account of the connection.",
        why: "Airflow never parses the container or account out of `remote_base_log_folder`. Writing them there suggests the logs go somewhere they do not, so a wrong container or account goes unnoticed until someone needs a log.",
        example: "config:\n  logging:\n    remote_base_log_folder: \"wasb://task-logs@otheraccount.blob.core.windows.net/\"\n",
        fix: "config:\n  logging:\n    remote_base_log_folder: \"wasb-airflow-logs\"\n  azure_remote_logging:\n    remote_wasb_log_container: task-logs\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/remote-logging-disabled.js
const remoteLoggingDisabled = {
    id: 'WASB003',
    name: 'remote-logging-disabled',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "Remote logging is off, so task logs die with their KubernetesExecutor pods.",
    docs: {
        what: "Reports values files whose `[logging] remote_logging` is not true (or missing).",
        why: "With the KubernetesExecutor every task runs in a pod that is deleted when the task ends; without remote logging its log is gone with the pod.",
        example: "config:\n  logging:\n    remote_base_log_folder: \"wasb-airflow-logs\"\n",
        fix: "config:\n  logging:\n    remote_logging: \"True\"\n    remote_base_log_folder: \"wasb-airflow-logs\"\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/not-a-wasb-base-folder.js
const notAWasbBaseFolder = {
    id: 'WASB004',
    name: 'not-a-wasb-base-folder',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "remote_base_log_folder does not start with \"wasb\", so Airflow does not use the Azure Blob handler.",
    docs: {
        what: "Reports `[logging] remote_base_log_folder` values that do not start with `wasb` while WASB logging is being verified.",
        why: "Airflow picks the remote log handler from the prefix of `remote_base_log_folder`; an `https://\u2026blob.core.windows.net` or `az://` value selects no WASB handler and Airflow fails to configure logging or keeps logs local.",
        example: "config:\n  logging:\n    remote_logging: \"True\"\n    remote_base_log_folder: \"https://myaccount.blob.core.windows.net/airflow-logs\"\n",
        fix: "config:\n  logging:\n    remote_logging: \"True\"\n    remote_base_log_folder: \"wasb-airflow-logs\"\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/invalid-logging-config.js
const invalidLoggingConfig = {
    id: 'WASB005',
    name: 'invalid-logging-config',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "A logging setting has a value Airflow cannot use.",
    docs: {
        what: "Reports logging settings Airflow rejects or this check cannot evaluate: a `remote_logging` that is not a boolean Airflow accepts, a `log_filename_template` that cannot be rendered, an unknown Airflow version.",
        why: "Airflow fails to start, or writes logs somewhere nobody can predict.",
        example: "config:\n  logging:\n    remote_logging: \"yes\"\n",
        fix: "config:\n  logging:\n    remote_logging: \"True\"\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/log-read-prefix-mismatch.js
const logReadPrefixMismatch = {
    id: 'WASB006',
    name: 'log-read-prefix-mismatch',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "The UI lists a different prefix from the blob name Airflow writes.",
    docs: {
        what: "Compares the blob name the upload uses (the normalised local path) with the prefix the API server lists (the rendered `log_filename_template`).",
        why: "When they differ, for instance because the template has `//` or `./`, logs are uploaded but the UI never finds them.",
        example: "config:\n  logging:\n    log_filename_template: \"{{ ti.dag_id }}//{{ ti.task_id }}/{{ try_number }}.log\"\n",
        fix: "config:\n  logging:\n    log_filename_template: \"{{ ti.dag_id }}/{{ ti.task_id }}/{{ try_number }}.log\"\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/connection-misread.js
const connectionMisread = {
    id: 'WASB010',
    name: 'connection-misread',
    severity: 'warning',
    check: 'verify-wasb-logs',
    summary: "Airflow reads the connection differently from how it is written.",
    docs: {
        what: "Reports connection values that Airflow parses into something else: a `+` in the URI query (decoded as a space), an `extra` that is not JSON, a SAS token without its leading `?`, a connection type other than `wasb`.",
        why: "The key, token or option Airflow ends up with is not the one in the secret, so authentication fails only at run time, after the task has finished and its log is lost.",
        example: "AIRFLOW_CONN_WASB_DEFAULT='wasb://myaccount@?sas_token=sv=2024-11-04&sig=ab+cd'\n",
        fix: "AIRFLOW_CONN_WASB_DEFAULT='wasb://myaccount@?sas_token=%3Fsv%3D2024-11-04%26sig%3Dab%252Bcd'\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/wasb/rules/storage-authentication-failed.js
const storageAuthenticationFailed = {
    id: 'WASB101',
    name: 'storage-authentication-failed',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "Azure Storage rejected the credential (wrong key, expired or malformed SAS, bad service principal).",
    docs: {
        what: "Writes a test log with the connection's credential and reports when Azure answers 403 AuthenticationFailed / AuthorizationFailure or the identity platform refuses a token.",
        why: "Airflow only logs upload failures: tasks succeed while their logs silently vanish.",
        example: "{\"conn_type\": \"wasb\", \"login\": \"myaccount\", \"password\": \"<an old, rotated key>\"}\n",
        fix: "{\"conn_type\": \"wasb\", \"login\": \"myaccount\", \"password\": \"<the current key1 from Access keys>\"}\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/wasb/rules/storage-permission-missing.js
const storagePermissionMissing = {
    id: 'WASB102',
    name: 'storage-permission-missing',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "The credential lacks a permission Airflow needs for task logs (create, write, read or list).",
    docs: {
        what: "Runs each operation Airflow performs on task logs and names the permission whose operation Azure refused (403 AuthorizationPermissionMismatch, or a SAS whose `sp` lacks it).",
        why: "Workers need create and write to upload logs, read to append to an existing log, and the API server needs list and read to show them; a missing one loses or hides logs without failing any task.",
        example: "sas_token: \"?sv=2024-11-04&ss=b&srt=co&sp=cw&sig=\u2026\"   # no read, no list\n",
        fix: "sas_token: \"?sv=2024-11-04&ss=b&srt=co&sp=rcwl&sig=\u2026\"  # or the Storage Blob Data Contributor role\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/log-container-not-found.js
const logContainerNotFound = {
    id: 'WASB103',
    name: 'log-container-not-found',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "The log container does not exist; Airflow never creates it.",
    docs: {
        what: "Reports 404 ContainerNotFound for the container from `[azure_remote_logging] remote_wasb_log_container` (default `airflow-logs`).",
        why: "Airflow uploads with create_container=False, so every upload fails and every task log is lost.",
        example: "config:\n  azure_remote_logging:\n    remote_wasb_log_container: airflow-logs   # never created\n",
        fix: "az storage container create --account-name myaccount --name airflow-logs --auth-mode login\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/wasb/rules/storage-unreachable.js
const storageUnreachable = {
    id: 'WASB104',
    name: 'storage-unreachable',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "The storage endpoint cannot be reached (DNS failure, connection refused or reset).",
    docs: {
        what: "Reports network failures on the way to the account URL: unknown host, refused or reset connections.",
        why: "If the runner cannot reach the account, neither can the task pods behind the same network rules, and their logs never leave the pod.",
        example: "host: https://myaccount.blob.core.windows.nett\n",
        fix: "host: https://myaccount.blob.core.windows.net\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/round-trip-timeout.js
const roundTripTimeout = {
    id: 'WASB105',
    name: 'round-trip-timeout',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "The round trip did not finish within the timeout.",
    docs: {
        what: "Stops the round trip when the `timeout` input runs out and reports the step that was waiting.",
        why: "A storage endpoint that hangs stalls every task's log upload at the end of the task.",
        example: "timeout: 1\n",
        fix: "timeout: 60\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/log-content-mismatch.js
const logContentMismatch = {
    id: 'WASB106',
    name: 'log-content-mismatch',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "The log read back differs from the log written.",
    docs: {
        what: "Compares, byte for byte, what was written (and appended) with what is read back from the blob Airflow's UI reads.",
        why: "A proxy, an encoding problem or another writer is changing logs; what the UI shows is not what the task wrote.",
        example: "(written) {\"event\": \"done\"}\n(read)    {\"event\": \"d?ne\"}\n",
        fix: "(written) {\"event\": \"done\"}\n(read)    {\"event\": \"done\"}\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/wasb/rules/cleanup-failed.js
const cleanupFailed = {
    id: 'WASB107',
    name: 'cleanup-failed',
    severity: 'warning',
    check: 'verify-wasb-logs',
    summary: "The test log could not be deleted.",
    docs: {
        what: "Deletes the one blob the round trip wrote and warns when that fails (usually no delete permission, which Airflow itself does not need).",
        why: "A test log is left in the container under a unique run id; harmless, but clutter.",
        example: "sas_token: \"?sp=rcwl&\u2026\"   # no d: the probe log stays\n",
        fix: "sas_token: \"?sp=rcwld&\u2026\"  # or set cleanup: false to keep it on purpose\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/storage-request-failed.js
const storageRequestFailed = {
    id: 'WASB108',
    name: 'storage-request-failed',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "Azure Storage refused a request for another reason.",
    docs: {
        what: "Reports storage errors that are neither authentication, permission, missing container nor network failures, with Azure's error code.",
        why: "Whatever blocks this request blocks Airflow's log upload too.",
        example: "(any other Azure error code, e.g. AccountIsDisabled)\n",
        fix: "(fix the account as the error code says)\n",
    },
    exampleLanguage: 'text',
};

;// CONCATENATED MODULE: ./src/wasb/rules/task-log-not-found.js
const taskLogNotFound = {
    id: 'WASB109',
    name: 'task-log-not-found',
    severity: 'error',
    check: 'verify-wasb-logs',
    summary: "A task that ran left no log where Airflow's UI reads it.",
    docs: {
        what: "With expect-log, looks for the log of an existing DAG run (e.g. migrate-kind's smoke run) under the prefix Airflow computes from the values, and reads it.",
        why: "Airflow swallows upload failures: the task succeeds, its pod is deleted, and the log is gone — the UI shows nothing, or a \"could not read\" message.",
        example: "config:\n  logging:\n    remote_log_conn_id: azure_blob_storage   # connection never created in the cluster\n",
        fix: "config:\n  logging:\n    remote_log_conn_id: azure_blob_storage   # and: airflow connections add azure_blob_storage --conn-uri …\n",
    },
    exampleLanguage: 'yaml',
};

;// CONCATENATED MODULE: ./src/wasb/rules/index.js

















/** Every rule of verify-wasb-logs, for SARIF and docs/rules.md. */
const wasbRules = [wasbSchemeInBlobName, baseFolderNamesContainerOrAccount, remoteLoggingDisabled, notAWasbBaseFolder, invalidLoggingConfig, logReadPrefixMismatch, connectionMisread, storageAuthenticationFailed, storagePermissionMissing, logContainerNotFound, storageUnreachable, roundTripTimeout, logContentMismatch, cleanupFailed, storageRequestFailed, taskLogNotFound];


/***/ })

};

//# sourceMappingURL=166.index.js.map