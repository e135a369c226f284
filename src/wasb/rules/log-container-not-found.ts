import type { RuleMeta } from '../../core/rule.js';

export const logContainerNotFound: RuleMeta = {
  id: 'WASB103',
  name: 'log-container-not-found',
  severity: 'error',
  check: 'verify-wasb-logs',
  summary: "The log container does not exist; Airflow never creates it.",
  docs: {
    what: "Reports 404 ContainerNotFound for the container from `[azure_remote_logging] remote_wasb_log_container` (default `airflow-logs`).",
    why: "Airflow uploads with create_container=False, so every upload fails and every task log is lost.",
    example: "config:\n  azure_remote_logging:\n    remote_wasb_log_container: airflow-logs   # never created\n",
    fix: "az storage container create --account-name myaccount --name airflow-logs --auth-mode login\n",
  },
  exampleLanguage: 'text',
};
