import type { RuleMeta } from '../../core/rule.js';

export const storageRequestFailed: RuleMeta = {
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
