import type { RuleMeta } from '../../core/rule.js';

export const storageAuthenticationFailed: RuleMeta = {
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
