import type { RuleMeta } from '../../core/rule.js';

export const connectionMisread: RuleMeta = {
  id: 'WASB010',
  name: 'connection-misread',
  severity: 'warning',
  check: 'verify-wasb-logs',
  summary: "Airflow reads the connection differently from how it is written.",
  docs: {
    what: "Reports connection values that Airflow parses into something else: a `+` in the URI query (decoded as a space), an `extra` that is not JSON, a SAS token without its leading `?`, a connection type other than `wasb`.",
    why: "The key, token or option Airflow ends up with is not the one in the secret, so authentication fails only at run time, after the task has finished and its log is lost.",
    example: "AIRFLOW_CONN_WASB_DEFAULT='wasb://myaccount@?sas_token=sv=2024-11-04&sig=ab+cd'\n",
    fix: "AIRFLOW_CONN_WASB_DEFAULT='wasb://myaccount@?sas_token=%3Fsv%3D2024-11-04%26sig%3Dab%252Bcd'\n",
  },
  exampleLanguage: 'text',
};
