import type { RuleMeta } from '../../core/rule.js';

export const remoteLoggingDisabled: RuleMeta = {
  id: 'WASB003',
  name: 'remote-logging-disabled',
  severity: 'error',
  check: 'verify-wasb-logs',
  summary: "Remote logging is off, so task logs die with their KubernetesExecutor pods.",
  docs: {
    what: "Reports values files whose `[logging] remote_logging` is not true (or missing).",
    why: "With the KubernetesExecutor every task runs in a pod that is deleted when the task ends; without remote logging its log is gone with the pod.",
    example: "config:\n  logging:\n    remote_base_log_folder: \"wasb-airflow-logs\"\n",
    fix: "config:\n  logging:\n    remote_logging: \"True\"\n    remote_base_log_folder: \"wasb-airflow-logs\"\n",
  },
  exampleLanguage: 'yaml',
};
