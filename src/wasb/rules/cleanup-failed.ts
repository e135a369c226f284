import type { RuleMeta } from '../../core/rule.js';

export const cleanupFailed: RuleMeta = {
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
