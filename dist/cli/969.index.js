export const id = 969;
export const ids = [969];
export const modules = {

/***/ 6969:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseWasbSection: () => (/* binding */ parseWasbSection),
/* harmony export */   toEngineOptions: () => (/* binding */ toEngineOptions)
/* harmony export */ });
/* unused harmony exports parseTimeoutSeconds, parseNonNegativeInt, parseBooleanInput, splitList */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9976);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8640);


const KNOWN = ['values', 'airflow-version', 'container', 'dag-id', 'task-id', 'timeout', 'cleanup'];
function parseWasbSection(raw, file = '.airflow-gitops.yml') {
    if (raw === undefined || raw === null)
        return {};
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Config ${file}: wasb must be a mapping.`);
    const out = {};
    for (const [key, v] of Object.entries(raw)) {
        const str = () => {
            if (typeof v !== 'string' && typeof v !== 'number')
                throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Config ${file}: wasb.${key} must be a string.`);
            return String(v);
        };
        switch (key) {
            case 'values':
                if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
                    throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Config ${file}: wasb.values must be a list of values files.`);
                out.values = v;
                break;
            case 'airflow-version':
                out.airflowVersion = str();
                break;
            case 'container':
                out.container = str();
                break;
            case 'dag-id':
                out.dagId = str();
                break;
            case 'task-id':
                out.taskId = str();
                break;
            case 'timeout':
                out.timeoutSeconds = parseTimeoutSeconds(str());
                break;
            case 'cleanup':
                if (typeof v !== 'boolean')
                    throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Config ${file}: wasb.cleanup must be true or false.`);
                out.cleanup = v;
                break;
            default:
                throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Config ${file}: unknown key wasb.${key} (known: ${KNOWN.join(', ')}).`);
        }
    }
    return out;
}
function parseTimeoutSeconds(text) {
    const t = text.trim().replace(/s$/, '');
    const n = Number(t);
    if (!t || !Number.isFinite(n) || n <= 0 || n > 3600)
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`timeout must be a number of seconds between 1 and 3600 (got "${text}").`);
    return n;
}
function parseNonNegativeInt(name, text, min) {
    if (text === undefined || text.trim() === '')
        return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min)
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name} must be an integer of at least ${min} (got "${text}").`);
    return n;
}
function parseBooleanInput(name, text, fallback) {
    const v = (text ?? '').trim().toLowerCase();
    if (!v)
        return fallback;
    if (v === 'true' || v === 'yes' || v === '1')
        return true;
    if (v === 'false' || v === 'no' || v === '0')
        return false;
    throw new UsageError(`${name} must be true or false (got "${text}").`);
}
/** Values files from a multi-line, comma- or space-separated input. */
function splitList(text) {
    return (text ?? '')
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** Inputs (CLI flags or action inputs) over the config section, into the engine's options. */
function toEngineOptions(raw, section, cwd) {
    for (const secret of [raw.connection, raw.sasToken])
        (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(secret);
    (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerCredential */ .J4)(raw.accountKey);
    const timeoutSeconds = raw.timeout?.trim() ? parseTimeoutSeconds(raw.timeout) : (section.timeoutSeconds ?? 60);
    if ((raw.clientId && !raw.tenantId) || (!raw.clientId && raw.tenantId)) {
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('OIDC needs both the Azure client id and tenant id.');
    }
    const options = {
        cwd,
        valuesFiles: raw.values.length ? raw.values : (section.values ?? []),
        airflowVersion: raw.airflowVersion?.trim() || section.airflowVersion,
        connection: raw.connection?.trim() || undefined,
        container: raw.container?.trim() || section.container,
        dagId: raw.dagId?.trim() || section.dagId,
        taskId: raw.taskId?.trim() || section.taskId,
        mapIndex: parseNonNegativeInt('map-index', raw.mapIndex, -1),
        tryNumber: parseNonNegativeInt('try-number', raw.tryNumber, 1),
        cleanup: raw.cleanup ?? section.cleanup ?? true,
        timeoutMs: timeoutSeconds * 1000,
        emulator: raw.emulator ?? false,
        explicit: { accountName: raw.accountName?.trim() || undefined, accountKey: raw.accountKey?.trim() || undefined, accountUrl: raw.accountUrl?.trim() || undefined, sasToken: raw.sasToken?.trim() || undefined },
    };
    if (raw.clientId && raw.tenantId)
        options.oidc = { clientId: raw.clientId.trim(), tenantId: raw.tenantId.trim() };
    if (options.emulator && (options.connection || options.explicit?.accountKey || options.explicit?.sasToken)) {
        throw new _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--emulator brings its own account; drop --connection and the explicit credentials, or drop --emulator.');
    }
    return options;
}


/***/ })

};

//# sourceMappingURL=969.index.js.map