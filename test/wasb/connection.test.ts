import { describe, expect, it } from '@jest/globals';
import { UsageError } from '../../src/core/finding.js';
import { redact } from '../../src/core/secrets.js';
import { parseConnectionInput, parseConnectionJson, parseConnectionUri, pyParseQuery } from '../../src/wasb/connection.js';
import { accountNameFromUrl, parseBlobAccountUrl, resolveAuth } from '../../src/wasb/credential.js';

const KEY = 'q1w2e3r4+t5y6/u7i8o9p0==';

describe('Airflow connection URI form', () => {
  it('percent-decodes login, password and a URL-valued host, keeping the host case', () => {
    const uri = `wasb://devstoreaccount1:${encodeURIComponent(KEY)}@${encodeURIComponent('http://127.0.0.1:10000/DevStoreAccount1')}`;
    const c = parseConnectionUri(uri);
    expect(c.connType).toBe('wasb');
    expect(c.login).toBe('devstoreaccount1');
    expect(c.password).toBe(KEY);
    expect(c.host).toBe('http://127.0.0.1:10000/DevStoreAccount1');
    expect(c.port).toBeUndefined();
    expect(c.warnings).toEqual([]);
  });

  it('lower-cases a plain host and reads the port and schema', () => {
    const c = parseConnectionUri('wasb://user:pw@MyAccount.Blob.Core.Windows.Net:443/schema%2Fx');
    expect(c.host).toBe('myaccount.blob.core.windows.net');
    expect(c.port).toBe(443);
    expect(c.schema).toBe('schema/x');
  });

  it("decodes '+' in the query as a space and warns about it", () => {
    const c = parseConnectionUri('wasb://acct@?shared_access_key=ab+cd%2Bef&tenant_id=');
    expect(c.extra).toEqual({ shared_access_key: 'ab cd+ef', tenant_id: '' });
    expect(c.warnings.map((w) => w.kind)).toContain('plus-in-query');
    expect(pyParseQuery('a=1&a=2&b')).toEqual({ a: '2', b: '' });
  });

  it('reads __extra__ as the JSON extra', () => {
    const extra = encodeURIComponent(JSON.stringify({ sas_token: '?sv=2024&sig=abc', connection_string: '' }));
    const c = parseConnectionUri(`wasb://acct@host.example.com?__extra__=${extra}`);
    expect(c.extra).toEqual({ sas_token: '?sv=2024&sig=abc', connection_string: '' });
    const bad = parseConnectionUri('wasb://acct@h.example.com?__extra__=not-json');
    expect(bad.extra).toEqual({});
    expect(bad.warnings.map((w) => w.kind)).toContain('invalid-extra-json');
  });

  it('accepts a host with its own protocol and rejects credentials before it', () => {
    const c = parseConnectionUri('wasb://https://acct:pw@acct.blob.core.windows.net');
    expect(c.host).toBe('https://acct.blob.core.windows.net');
    expect(c.login).toBe('acct');
    expect(() => parseConnectionUri('wasb://acct:pw@https://host')).toThrow(UsageError);
    expect(() => parseConnectionUri('a://b://c://d')).toThrow(UsageError);
  });
});

describe('JSON form, connection strings and AIRFLOW_CONN_ lines', () => {
  it('reads the JSON form with an object or string extra', () => {
    const c = parseConnectionJson(JSON.stringify({ conn_type: 'wasb', login: 'acct', password: KEY, port: '10000', extra: { account_key: 'x' } }));
    expect(c).toMatchObject({ connType: 'wasb', login: 'acct', password: KEY, port: 10000, extra: { account_key: 'x' }, form: 'json' });
    const s = parseConnectionJson(JSON.stringify({ conn_type: 'WASB', extra: JSON.stringify({ sas_token: '?a=1' }) }));
    expect(s.extra).toEqual({ sas_token: '?a=1' });
    expect(() => parseConnectionJson('{"port": "ten"}')).toThrow(/integer/);
    expect(() => parseConnectionJson('{nope')).toThrow(UsageError);
  });

  it('takes AIRFLOW_CONN_X=… lines, bare Azure connection strings, and registers every secret', () => {
    const line = `AIRFLOW_CONN_AZURE_BLOB_STORAGE='${JSON.stringify({ conn_type: 'wasb', login: 'warbleosstate', password: 'canary-secret-1' })}'`;
    const c = parseConnectionInput(line);
    expect(c.login).toBe('warbleosstate');
    expect(redact('key canary-secret-1 here')).toBe('key *** here');
    const cs = parseConnectionInput('DefaultEndpointsProtocol=https;AccountName=a1;AccountKey=canary-secret-2;EndpointSuffix=core.windows.net');
    expect(cs.form).toBe('connection-string');
    expect(redact('canary-secret-2')).toBe('***');
    expect(() => parseConnectionInput('just some words')).toThrow(UsageError);
  });
});

describe('a key written unencoded never comes back in part (fragment cases)', () => {
  // Pieces are long enough to be registered (MIN_SECRET_FRAGMENT) and distinctive enough to search for.
  const pieces = ['FragKeyHeadAAA', 'FragKeyMidBBBB', 'FragKeyTailCCC'];
  const expectNoPiece = (text: string) => {
    for (const p of pieces) expect(text).not.toContain(p);
  };
  const errorOf = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected an error');
  };

  it.each([
    ['/ then #', `${pieces[0]}/${pieces[1]}#${pieces[2]}`],
    ['?', `${pieces[0]}?${pieces[1]}=${pieces[2]}`],
    ['# first', `${pieces[0]}#${pieces[1]}/${pieces[2]}`],
  ])('URI with %s in the key: the port error quotes nothing, and every piece is registered', (_label, key) => {
    const message = errorOf(() => parseConnectionInput(`wasb://warbleosstate:${key}@warbleosstate.blob.core.windows.net`));
    expect(message).toMatch(/no valid port after the host .*percent-encode '\/', '#', '\?'/);
    expectNoPiece(message);
    // Whatever printed them later would be redacted: each piece was registered before parsing.
    for (const p of pieces) expect(redact(`invalid port "${p}"`)).toBe('invalid port "***"');
  });

  it('JSON with an unquoted key: the parse error gives a position, never the text', () => {
    const key = `${pieces[0]}/${pieces[1]}+${pieces[2]}==`;
    const message = errorOf(() => parseConnectionInput(`{"conn_type": "wasb", "login": "warbleosstate", "password": ${key}}`));
    expect(message).toMatch(/^The connection JSON cannot be parsed(?: \(syntax error at character \d+\))?; check that every value is quoted\.$/);
    expectNoPiece(message);
    for (const p of pieces) expect(redact(p)).toBe('***');
  });

  it('a connection string key and a SAS signature are masked in pieces; the account name and dates are not', () => {
    parseConnectionInput(`DefaultEndpointsProtocol=https;AccountName=warbleosstate;AccountKey=${pieces[0]}/${pieces[1]};EndpointSuffix=core.windows.net`);
    expect(redact(`${pieces[0]} ${pieces[1]} warbleosstate`)).toBe('*** *** warbleosstate');
    parseConnectionInput(JSON.stringify({ conn_type: 'wasb', login: 'warbleosstate', extra: { sas_token: `sv=2022-11-02&se=2031-01-01T00:00:00Z&sp=rcwl&sig=${pieces[2]}%2Bx%2FSigPieceDDD%3D` } }));
    expect(redact(`${pieces[2]} SigPieceDDD 2031-01-01T00:00:00Z`)).toBe('*** *** 2031-01-01T00:00:00Z');
  });
});

describe("WasbHook's precedence and account URL", () => {
  const opts = {};
  it('builds the account URL from host or login like parse_blob_account_url', () => {
    expect(parseBlobAccountUrl(undefined, 'acct')).toBe('https://acct.blob.core.windows.net/');
    expect(parseBlobAccountUrl('acct.blob.core.windows.net', 'acct')).toBe('https://acct.blob.core.windows.net');
    expect(parseBlobAccountUrl('http://127.0.0.1:10000/devstoreaccount1', 'x')).toBe('http://127.0.0.1:10000/devstoreaccount1');
    // A dotless host is taken as an AD name and replaced by the login's URL.
    expect(parseBlobAccountUrl('myapp', 'acct')).toBe('https://acct.blob.core.windows.net/');
    expect(accountNameFromUrl('http://127.0.0.1:10000/devstoreaccount1')).toBe('devstoreaccount1');
    expect(accountNameFromUrl('https://acct.blob.core.windows.net/')).toBe('acct');
  });

  it('prefers connection_string, then tenant_id, shared_access_key, sas_token, password, account_key, default', () => {
    const base = { connType: 'wasb', login: 'acct', form: 'json' as const, warnings: [] };
    const cs = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net';
    const all = { connection_string: cs, tenant_id: 't', shared_access_key: 'a2V5', sas_token: '?sv=1&sp=rl&sig=x', account_key: 'a2V5' };
    const method = (extra: Record<string, unknown>, password?: string) => resolveAuth({ ...base, extra, ...(password ? { password } : {}) }, opts).method;
    expect(method(all, 'pw')).toBe('connection_string');
    const { connection_string: _a, ...noCs } = all;
    expect(method(noCs, 'pw')).toBe('client_secret');
    const { tenant_id: _b, ...noTenant } = noCs;
    expect(method(noTenant, 'a2V5')).toBe('shared_access_key');
    const { shared_access_key: _c, ...noShared } = noTenant;
    expect(method(noShared, 'a2V5')).toBe('sas_token');
    const { sas_token: _d, ...noSas } = noShared;
    expect(method(noSas, 'a2V5')).toBe('password');
    expect(method(noSas)).toBe('account_key');
    expect(method({})).toBe('default_credential');
    // The legacy extra__wasb__ prefix counts too; an empty value does not.
    expect(method({ extra__wasb__sas_token: '?sp=r&sig=y', shared_access_key: '' })).toBe('sas_token');
    const sas = resolveAuth({ ...base, extra: { sas_token: '?sv=1&sp=rl&sig=x' } }, opts);
    expect(sas.sasPermissions).toBe('rl');
    expect(sas.accountUrl).toBe('https://acct.blob.core.windows.net/');
  });

  it('uses the GitHub OIDC token for the DefaultAzureCredential branch on a runner with id-token permission', () => {
    const base = { connType: 'wasb', login: 'acct', form: 'json' as const, warnings: [] };
    const extra = { managed_identity_client_id: '00000000-0000-0000-0000-000000000001', workload_identity_tenant_id: '00000000-0000-0000-0000-000000000002' };
    expect(resolveAuth({ ...base, extra }, opts).method).toBe('default_credential');
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'http://127.0.0.1:1/token';
    try {
      expect(resolveAuth({ ...base, extra }, opts).method).toBe('oidc');
    } finally {
      delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    }
    // Explicit client/tenant ids select OIDC too; a secret in the connection still wins, as in WasbHook.
    const oidc = { clientId: 'c', tenantId: 't' };
    expect(resolveAuth({ ...base, extra: {} }, opts, oidc).method).toBe('oidc');
    expect(resolveAuth({ ...base, password: 'a2V5', extra: {} }, opts, oidc).method).toBe('password');
  });
});
