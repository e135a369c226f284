import { UsageError } from '../core/finding.js';
import { registerCredential, registerSecret } from '../core/secrets.js';

/** An Airflow connection as the task SDK's Connection holds it after parsing. */
export interface AirflowConnection {
  connType: string;
  host?: string;
  login?: string;
  password?: string;
  schema?: string;
  port?: number;
  /** extra_dejson: the parsed `extra` (an invalid JSON extra is {} as in Airflow, plus a warning). */
  extra: Record<string, unknown>;
  /** Which form it came in, for the report. */
  form: 'uri' | 'json' | 'connection-string' | 'explicit';
  /** Parse remarks worth a finding (e.g. a '+' in the query that Airflow decodes to a space). */
  warnings: ConnectionWarning[];
}

export interface ConnectionWarning {
  kind: 'plus-in-query' | 'invalid-extra-json' | 'non-wasb-conn-type';
  message: string;
}

/** Extra fields that carry secrets, with and without the legacy `extra__wasb__` prefix. */
const SECRET_EXTRA_FIELDS = ['connection_string', 'shared_access_key', 'sas_token', 'account_key', 'client_secret'];

/** Python's urllib.parse.unquote: %XX decoded as UTF-8; '+' stays '+'. Invalid escapes stay as-is. */
export function pyUnquote(s: string): string {
  return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8');
    }
  });
}

/** Python's parse_qsl(keep_blank_values=True): '+' means space, then %XX decoding; later keys win in dict(). */
export function pyParseQuery(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq >= 0 ? part.slice(0, eq) : part;
    const value = eq >= 0 ? part.slice(eq + 1) : '';
    out[pyUnquote(key.replace(/\+/g, ' '))] = pyUnquote(value.replace(/\+/g, ' '));
  }
  return out;
}

interface SplitUrl {
  scheme: string;
  netloc: string;
  path: string;
  query: string;
}

/** Python's urlsplit for the parts Airflow reads. */
function urlsplit(uri: string): SplitUrl {
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
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  return { scheme, netloc, path: q >= 0 ? rest.slice(0, q) : rest, query: q >= 0 ? rest.slice(q + 1) : '' };
}

function netlocParts(netloc: string): { username?: string; password?: string; hostname?: string; port?: number } {
  const at = netloc.lastIndexOf('@');
  const userinfo = at >= 0 ? netloc.slice(0, at) : undefined;
  const hostinfo = at >= 0 ? netloc.slice(at + 1) : netloc;
  let username: string | undefined;
  let password: string | undefined;
  if (userinfo !== undefined) {
    const colon = userinfo.indexOf(':');
    username = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
    password = colon >= 0 ? userinfo.slice(colon + 1) : undefined;
  }
  let hostname: string;
  let portText = '';
  const bracket = hostinfo.indexOf('[');
  if (bracket >= 0) {
    const close = hostinfo.indexOf(']', bracket);
    hostname = hostinfo.slice(bracket + 1, close < 0 ? undefined : close);
    const afterClose = close < 0 ? '' : hostinfo.slice(close + 1);
    portText = afterClose.includes(':') ? afterClose.slice(afterClose.indexOf(':') + 1) : '';
  } else {
    const colon = hostinfo.indexOf(':');
    hostname = colon >= 0 ? hostinfo.slice(0, colon) : hostinfo;
    portText = colon >= 0 ? hostinfo.slice(colon + 1) : '';
  }
  let port: number | undefined;
  if (portText) {
    // Never quote portText: with an unencoded '/', '#' or '?' in the key, it is the first part of the key.
    if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
      throw new UsageError("The connection URI has no valid port after the host (what follows ':' is not a number up to 65535); percent-encode '/', '#', '?', '@' and ':' in the login and key.");
    }
    port = Number(portText);
  }
  return { username, password, hostname: hostname ? hostname.toLowerCase() : undefined, port };
}

/** Airflow's _parse_netloc_to_hostname: a percent-encoded host keeps its case and its slashes. */
function hostFromNetloc(netloc: string, hostname: string | undefined): string {
  let host = pyUnquote(hostname ?? '');
  if (host.includes('/')) {
    host = netloc;
    if (host.includes('@')) host = host.slice(host.lastIndexOf('@') + 1);
    if (host.includes(':')) host = host.slice(0, host.indexOf(':'));
    host = pyUnquote(host);
  }
  return host;
}

function normalizeConnType(t: string): string {
  const lower = t.toLowerCase();
  return lower === 'postgresql' ? 'postgres' : lower.replace(/-/g, '_');
}

function parseExtraJson(text: string, warnings: ConnectionWarning[]): Record<string, unknown> {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    /* handled below */
  }
  warnings.push({ kind: 'invalid-extra-json', message: 'The connection extra is not a JSON object; Airflow ignores it and uses an empty extra.' });
  return {};
}

/** Parses the AIRFLOW_CONN_<ID> URI form exactly as the Airflow 3 task SDK's Connection does. */
export function parseConnectionUri(uri: string): AirflowConnection {
  registerRawUriCredentials(uri);
  const warnings: ConnectionWarning[] = [];
  const schemes = uri.split('://').length - 1;
  if (schemes > 2 || schemes === 0) throw new UsageError('The connection URI is not of the form wasb://login:password@host?extra; see Airflow\'s "URI format" for connections.');
  const hostWithProtocol = schemes === 2;
  const first = urlsplit(uri);
  const connType = normalizeConnType(first.scheme);
  // Python's str.replace: every occurrence of the (lower-cased) scheme prefix.
  const restOfUrl = uri.split(`${first.scheme}://`).join(hostWithProtocol ? '' : '//');
  if (hostWithProtocol) {
    const head = restOfUrl.split('://', 1)[0];
    if (head.includes('@') || head.includes(':')) throw new UsageError('The connection URI has credentials before the host\'s protocol; put them after it (wasb://https://login:key@host) or percent-encode the host.');
  }
  const parts = urlsplit(restOfUrl);
  const net = netlocParts(parts.netloc);
  let host = hostFromNetloc(parts.netloc, net.hostname);
  if (hostWithProtocol && host) host = `${parts.scheme}://${host}`;
  const conn: AirflowConnection = { connType, extra: {}, form: 'uri', warnings };
  if (host) conn.host = host;
  const schema = parts.path.slice(1);
  if (schema) conn.schema = pyUnquote(schema);
  if (net.username) conn.login = pyUnquote(net.username);
  if (net.password) conn.password = pyUnquote(net.password);
  if (net.port !== undefined) conn.port = net.port;
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
function registerRawUriCredentials(uri: string): void {
  const afterScheme = uri.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '').replace(/^https?:\/\//i, '');
  const at = afterScheme.lastIndexOf('@');
  if (at > 0) {
    const userinfo = afterScheme.slice(0, at);
    const colon = userinfo.indexOf(':');
    if (colon >= 0) registerCredential(userinfo.slice(colon + 1));
  }
  // A SAS token in the query is cut at its own '&'s: its signature is found on its own.
  for (const m of uri.matchAll(/[?&]((?:extra__wasb__)?(?:connection_string|shared_access_key|sas_token|account_key|client_secret|sig))=([^&#]*)/g)) {
    registerSecretField(m[1] === 'sig' ? 'account_key' : m[1], pyUnquote(m[2]));
    if (m[1] !== 'sig') registerSecretField(m[1], m[2]);
  }
}

/** Secret fields of a JSON text that may not parse: the value after the key, quoted or not, to ',' or '}'. */
function registerRawJsonCredentials(text: string): void {
  const fields = ['password', ...SECRET_EXTRA_FIELDS].join('|');
  for (const m of text.matchAll(new RegExp(`\\\\?"(?:extra__wasb__)?(${fields})\\\\?"\\s*:\\s*\\\\?"?([^"\\\\,}]*)`, 'g'))) registerSecretField(m[1], m[2].trim());
}

/** The JSON form (AIRFLOW_CONN_<ID>='{"conn_type": "wasb", ...}'), as Connection.from_json reads it. */
export function parseConnectionJson(text: string): AirflowConnection {
  registerRawJsonCredentials(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    // JSON.parse's message quotes the text around the error, which may be an unquoted key: give the position only.
    const position = /position (\d+)/.exec((e as Error).message)?.[1];
    throw new UsageError(`The connection JSON cannot be parsed${position ? ` (syntax error at character ${position})` : ''}; check that every value is quoted.`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError('The connection JSON must be an object such as {"conn_type": "wasb", "login": "account", "password": "key"}.');
  const o = raw as Record<string, unknown>;
  const warnings: ConnectionWarning[] = [];
  const str = (k: string): string | undefined => (o[k] === undefined || o[k] === null ? undefined : String(o[k]));
  const conn: AirflowConnection = { connType: normalizeConnType(str('conn_type') ?? ''), extra: {}, form: 'json', warnings };
  for (const [key, field] of [['host', 'host'], ['login', 'login'], ['password', 'password'], ['schema', 'schema']] as const) {
    const v = str(key);
    if (v) conn[field] = v;
  }
  if (o.port !== undefined && o.port !== null && o.port !== '') {
    const port = Number(o.port);
    if (!Number.isInteger(port)) throw new UsageError(`The connection JSON has port ${JSON.stringify(o.port)}; Airflow expects an integer.`);
    conn.port = port;
  }
  const extra = o.extra;
  if (typeof extra === 'string') conn.extra = parseExtraJson(extra, warnings);
  else if (extra && typeof extra === 'object' && !Array.isArray(extra)) conn.extra = extra as Record<string, unknown>;
  finish(conn);
  return conn;
}

/** An Azure Storage connection string, as WasbHook would receive it in extra.connection_string. */
export function isAzureConnectionString(text: string): boolean {
  return /(^|;)\s*(AccountName|BlobEndpoint|SharedAccessSignature|UseDevelopmentStorage)\s*=/i.test(text);
}

export function parseAzureConnectionString(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/**
 * Any of the forms a user may hand over: `AIRFLOW_CONN_X=…`, the URI, the JSON, or a bare Azure
 * connection string. Every secret in it is registered before anything else sees it.
 */
export function parseConnectionInput(input: string): AirflowConnection {
  let text = input.trim();
  registerSecret(text);
  const named = /^AIRFLOW_CONN_[A-Z0-9_]+=(.*)$/s.exec(text);
  if (named) text = named[1].trim().replace(/^'(.*)'$/s, '$1').replace(/^"(.*)"$/s, '$1');
  if (!text) throw new UsageError('The connection is empty; pass an Airflow connection URI or JSON.');
  if (text.startsWith('{')) return parseConnectionJson(text);
  if (isAzureConnectionString(text) && !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text)) {
    registerCredential(/(?:^|;)\s*AccountKey\s*=([^;]*)/i.exec(text)?.[1]?.trim());
    const conn: AirflowConnection = { connType: 'wasb', extra: { connection_string: text }, form: 'connection-string', warnings: [] };
    finish(conn);
    return conn;
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text)) return parseConnectionUri(text);
  throw new UsageError('The connection is neither an Airflow connection URI (wasb://…), its JSON form ({"conn_type": "wasb", …}) nor an Azure connection string.');
}

/** WasbHook._get_field: the plain key wins, then `extra__wasb__<key>`; empty values count as unset. */
export function extraField(extra: Record<string, unknown>, name: string): string | undefined {
  const plain = extra[name];
  if (name in extra) return plain === undefined || plain === null || plain === '' || plain === false ? undefined : String(plain);
  const legacy = extra[`extra__wasb__${name}`];
  return legacy === undefined || legacy === null || legacy === '' || legacy === false ? undefined : String(legacy);
}

/**
 * Registers one secret field's value. Whole connection strings and SAS tokens are registered whole
 * (their pieces are account names, endpoints and dates); the key and the signature inside them, and
 * every other secret field, as credentials, pieces included.
 */
function registerSecretField(field: string, value: string | undefined): void {
  if (!value) return;
  const name = field.replace(/^extra__wasb__/, '');
  if (name === 'connection_string') {
    registerSecret(value);
    const cs = parseAzureConnectionString(value);
    registerCredential(cs.AccountKey);
    registerSecret(cs.SharedAccessSignature);
    registerCredential(/(?:^|[?&])sig=([^&;]+)/.exec(cs.SharedAccessSignature ?? '')?.[1]);
  } else if (name === 'sas_token') {
    registerSecret(value);
    registerCredential(/(?:^|[?&])sig=([^&#",}]+)/.exec(value)?.[1]);
  } else {
    registerCredential(value);
  }
}

function finish(conn: AirflowConnection): void {
  registerCredential(conn.password);
  for (const field of SECRET_EXTRA_FIELDS) registerSecretField(field, extraField(conn.extra, field));
  if (conn.connType && conn.connType !== 'wasb') {
    conn.warnings.push({ kind: 'non-wasb-conn-type', message: `The connection type is "${conn.connType}", not "wasb"; WasbHook reads its fields anyway, but the Airflow UI will not show them as a Blob Storage connection.` });
  }
}
