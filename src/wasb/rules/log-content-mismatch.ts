import type { RuleMeta } from '../../core/rule.js';

export const logContentMismatch: RuleMeta = {
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
