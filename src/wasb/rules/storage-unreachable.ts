import type { RuleMeta } from '../../core/rule.js';

export const storageUnreachable: RuleMeta = {
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
