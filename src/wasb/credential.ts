import { ClientAssertionCredential, ClientSecretCredential, DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import { BlobServiceClient, StorageSharedKeyCredential, type StoragePipelineOptions } from '@azure/storage-blob';
import * as core from '@actions/core';
import { UsageError } from '../core/finding.js';
import { registerCredential, registerSecret } from '../core/secrets.js';
import { extraField, parseAzureConnectionString, type AirflowConnection } from './connection.js';

/** Which WasbHook.get_conn branch the connection takes, in its order of precedence. */
export type AuthMethod =
  | 'connection_string'
  | 'client_secret'
  | 'shared_access_key'
  | 'sas_token'
  | 'password'
  | 'account_key'
  | 'oidc'
  | 'default_credential';

export const AUTH_LABEL: Record<AuthMethod, string> = {
  connection_string: 'connection string (extra.connection_string)',
  client_secret: 'service principal secret (extra.tenant_id + login/password)',
  shared_access_key: 'account key (extra.shared_access_key)',
  sas_token: 'SAS token (extra.sas_token)',
  password: 'account key (password)',
  account_key: 'account key (extra.account_key)',
  oidc: "GitHub OIDC token (workload identity federation)",
  default_credential: 'DefaultAzureCredential (managed/workload identity, environment)',
};

export interface ResolvedAuth {
  method: AuthMethod;
  /** Account URL without any SAS query, for display. */
  accountUrl: string;
  accountName?: string;
  /** For SAS: the `sp` permission letters, when the token states them. */
  sasPermissions?: string;
  client: BlobServiceClient;
}

/** Explicit OIDC settings (GitHub's ID token exchanged through a federated credential). */
export interface OidcSettings {
  clientId: string;
  tenantId: string;
  audience?: string;
}

/**
 * airflow.providers.microsoft.azure.utils.parse_blob_account_url: host if given (https:// added
 * when it has no scheme; a dotless host is taken as a name and replaced), else
 * https://<login>.blob.core.windows.net/; the first DNS label is cut to 24 characters.
 */
export function parseBlobAccountUrl(host: string | undefined, login: string | undefined): string {
  let accountUrl = host ? host : `https://${login}.blob.core.windows.net/`;
  let parsed = splitUrl(accountUrl);
  if (!parsed.scheme) {
    accountUrl = `https://${accountUrl}`;
    parsed = splitUrl(accountUrl);
  }
  let netloc = parsed.netloc;
  if (!netloc.includes('.')) netloc = `${login}.blob.core.windows.net/`;
  const labels = netloc.split('.');
  labels[0] = labels[0].slice(0, 24);
  netloc = labels.join('.');
  return `${parsed.scheme}://${netloc}${parsed.path}${parsed.query ? `?${parsed.query}` : ''}`;
}

function splitUrl(url: string): { scheme: string; netloc: string; path: string; query: string } {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/.exec(url);
  if (!m) return { scheme: '', netloc: '', path: url, query: '' };
  return { scheme: m[1], netloc: m[2], path: m[3], query: m[4] ?? '' };
}

/**
 * The account name the Python SDK derives from an account URL: the label before
 * `.blob.core.` or, for localhost/127.0.0.1 (Azurite, path-style), the first path segment.
 */
export function accountNameFromUrl(accountUrl: string): string | undefined {
  const u = splitUrl(accountUrl);
  const host = u.netloc.replace(/^.*@/, '');
  const hostname = host.replace(/:\d+$/, '');
  if (hostname === 'localhost' || hostname === '127.0.0.1' || /^\d+\.\d+\.\d+\.\d+$/.test(hostname) || hostname.startsWith('[')) {
    return u.path.split('/').filter(Boolean)[0];
  }
  const m = /^([^.]+)\.blob\.core\./.exec(hostname);
  return m ? m[1] : hostname.split('.')[0] || undefined;
}

function sasPermissionsOf(url: string): string | undefined {
  const q = url.indexOf('?');
  if (q < 0) return undefined;
  const sp = new URLSearchParams(url.slice(q + 1)).get('sp');
  return sp ?? undefined;
}

function sharedKeyClient(accountUrl: string, key: string, options: StoragePipelineOptions): { client: BlobServiceClient; accountName: string } {
  const accountName = accountNameFromUrl(accountUrl);
  if (!accountName) throw new UsageError(`Cannot tell the storage account from ${accountUrl}; set the connection's login to the account name or host to its blob URL.`);
  registerCredential(key);
  return { client: new BlobServiceClient(accountUrl, new StorageSharedKeyCredential(accountName, key), options), accountName };
}

function githubOidcCredential(settings: OidcSettings): TokenCredential {
  const audience = settings.audience ?? 'api://AzureADTokenExchange';
  return new ClientAssertionCredential(settings.tenantId, settings.clientId, async () => {
    const token = await core.getIDToken(audience);
    registerSecret(token);
    return token;
  });
}

/** Builds the client WasbHook.get_conn would build from this connection, in the same precedence. */
export function resolveAuth(conn: AirflowConnection, options: StoragePipelineOptions, oidc?: OidcSettings): ResolvedAuth {
  const extra = conn.extra;
  const connectionString = extraField(extra, 'connection_string');
  if (connectionString) {
    registerSecret(connectionString);
    const cs = parseAzureConnectionString(connectionString);
    registerCredential(cs.AccountKey);
    let client: BlobServiceClient;
    try {
      client = BlobServiceClient.fromConnectionString(connectionString, options);
    } catch (e) {
      throw new UsageError(`The connection string cannot be used (${(e as Error).message}); copy it again from the storage account's "Access keys" page.`);
    }
    const accountUrl = client.url.split('?')[0];
    return { method: 'connection_string', accountUrl, accountName: client.accountName || cs.AccountName, sasPermissions: sasPermissionsOf(client.url), client };
  }

  const accountUrl = parseBlobAccountUrl(conn.host, conn.login);
  const tenant = extraField(extra, 'tenant_id');
  if (tenant) {
    if (!conn.login || !conn.password) throw new UsageError('The connection sets extra.tenant_id but lacks login (client id) or password (client secret); set both for service-principal auth.');
    registerCredential(conn.password);
    const credential = new ClientSecretCredential(tenant, conn.login, conn.password);
    return { method: 'client_secret', accountUrl, accountName: accountNameFromUrl(accountUrl), client: new BlobServiceClient(accountUrl, credential, options) };
  }

  const sharedAccessKey = extraField(extra, 'shared_access_key');
  if (sharedAccessKey) {
    const { client, accountName } = sharedKeyClient(accountUrl, sharedAccessKey, options);
    return { method: 'shared_access_key', accountUrl, accountName, client };
  }

  const sasToken = extraField(extra, 'sas_token');
  if (sasToken) {
    registerSecret(sasToken);
    // WasbHook: a token starting with "https" is the whole URL, anything else is appended after "/".
    const url = sasToken.startsWith('https') ? sasToken : `${accountUrl.replace(/\/+$/, '')}/${sasToken}`;
    return {
      method: 'sas_token',
      accountUrl: url.split('?')[0],
      accountName: accountNameFromUrl(url),
      sasPermissions: sasPermissionsOf(url),
      client: new BlobServiceClient(url, undefined, options),
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
    return { method: 'oidc', accountUrl, accountName: accountNameFromUrl(accountUrl), client: new BlobServiceClient(accountUrl, githubOidcCredential({ clientId, tenantId, audience: oidc?.audience }), options) };
  }
  const credential = new DefaultAzureCredential(clientId ? { managedIdentityClientId: clientId, ...(tenantId ? { tenantId } : {}) } : {});
  return { method: 'default_credential', accountUrl, accountName: accountNameFromUrl(accountUrl), client: new BlobServiceClient(accountUrl, credential, options) };
}
