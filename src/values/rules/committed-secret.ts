import { registerSecret } from '../../core/secrets.js';
import type { ValuesRule } from '../context.js';
import { isPlainObject } from '../load.js';

/** Values that hold credentials; setting them in a values file commits them to git. */
const SECRET_PATHS: Array<{ path: string[]; what: string; instead: string }> = [
  { path: ['data', 'metadataConnection', 'pass'], what: 'the metadata database password', instead: 'data.metadataSecretName' },
  { path: ['data', 'resultBackendConnection', 'pass'], what: 'the result backend password', instead: 'data.resultBackendSecretName' },
  { path: ['data', 'brokerUrl'], what: 'the broker URL', instead: 'data.brokerUrlSecretName' },
  { path: ['fernetKey'], what: 'the fernet key', instead: 'fernetKeySecretName' },
  { path: ['webserverSecretKey'], what: 'the webserver secret key', instead: 'webserverSecretKeySecretName' },
  { path: ['apiSecretKey'], what: 'the API secret key', instead: 'apiSecretKeySecretName' },
  { path: ['jwtSecret'], what: 'the JWT secret', instead: 'jwtSecretName' },
  { path: ['redis', 'password'], what: 'the Redis password', instead: 'redis.passwordSecretName' },
];

/**
 * Every place the user's files set `keyPath`: nested, or through flat dotted keys
 * (`data.metadataConnection.pass: …` as one key). Helm ignores the flat forms, but git holds them
 * all the same.
 */
function settingsOf(node: unknown, keyPath: string[], at: string[] = []): Array<{ at: string[]; value: unknown }> {
  if (keyPath.length === 0) return [{ at, value: node }];
  if (!isPlainObject(node)) return [];
  const found: Array<{ at: string[]; value: unknown }> = [];
  for (let n = 1; n <= keyPath.length; n++) {
    const key = keyPath.slice(0, n).join('.');
    if (Object.prototype.hasOwnProperty.call(node, key)) found.push(...settingsOf(node[key], keyPath.slice(n), [...at, key]));
  }
  return found;
}

/** user:password@ in a URL. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/:@\s]*:([^@\s]+)@/i;

/**
 * Values files that a tool fills in before helm sees them hold a placeholder, not a secret: Terraform
 * interpolation (`${var.db_password}`), envsubst and shells (`${PASSWORD}`, `$PASSWORD`), Helmfile and
 * other Go-template layers (`{{ requiredEnv "DB_PASSWORD" }}`, `{{ .Values.pass }}`), the Argo CD
 * Vault plugin (`<path:secret/data/airflow#password>`, `<password>`) and Argo CD's build environment
 * (`$ARGOCD_APP_NAME`). A value made only of such placeholders (and separators) is not reported.
 */
const PLACEHOLDER = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{[\s\S]*?\}\}|<path:[^>]*>|<[A-Za-z_][\w.-]*>/g;

export function isPlaceholderOnly(value: string): boolean {
  if (!PLACEHOLDER.test(value)) return false;
  PLACEHOLDER.lastIndex = 0;
  // What is left once the placeholders are gone may only join them (user:${pw}@host keeps `user:` and `@host`, not a secret).
  return value.replace(PLACEHOLDER, '').trim().length === 0;
}

export const committedSecret: ValuesRule = {
  meta: {
    id: 'VAL027',
    name: 'committed-secret',
    severity: 'error',
    check: 'validate-values',
    summary: 'A password or key is written in the values file, i.e. committed to git.',
    docs: {
      what: 'Reports passwords and keys set directly in the values (database passwords, broker URLs with credentials, fernet/API/JWT keys). The value itself is never printed. A value that is only a placeholder filled in before helm runs (Terraform `${var.x}`, envsubst `${X}`/`$X`, Helmfile `{{ requiredEnv "X" }}`, Argo CD Vault plugin `<path:…#key>`, `$ARGOCD_…`) is not a secret and is not reported.',
      why: 'Values files live in git; anything in them is readable by everyone with repository access and stays in history after it is removed.',
      example: 'data:\n  metadataConnection:\n    user: airflow\n    pass: hunter2\n',
      fix: 'data:\n  metadataSecretName: airflow-metadata\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    for (const s of SECRET_PATHS) {
      for (const { at, value } of settingsOf(ctx.user, s.path)) {
        // A numeric password (pass: 314159) is as committed as a quoted one.
        if ((typeof value !== 'string' && typeof value !== 'number') || value === '') continue;
        let secret = String(value);
        if (s.path[1] === 'brokerUrl') {
          const m = URL_PASSWORD.exec(secret);
          if (!m) continue;
          secret = m[1];
        }
        if (isPlaceholderOnly(secret)) continue;
        registerSecret(secret);
        ctx.report(at, {
          message: `${at.join('.')} puts ${s.what} in the values file, so it is committed to git.`,
          fix: `Remove it, rotate it, and reference a Secret through ${s.instead} instead.`,
        });
      }
    }
  },
};
