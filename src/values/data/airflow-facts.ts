import { pickByVersion } from '../version.js';

/** What Airflow itself does, by Airflow version. */
export interface AirflowFacts {
  since: string;
  /** The webserver component exists (Airflow 2); Airflow 3 replaced it with the API server. */
  webserver: boolean;
  /** The secret whose random default drifts: webserverSecretKey (2) or apiSecretKey + jwtSecret (3). */
  driftingSecrets: Array<{ key: string; what: string }>;
}

export const AIRFLOW_FACTS: AirflowFacts[] = [
  {
    since: '2.0.0',
    webserver: true,
    driftingSecrets: [{ key: 'webserverSecretKeySecretName', what: 'webserver secret key' }],
  },
  {
    since: '3.0.0',
    webserver: false,
    driftingSecrets: [
      { key: 'jwtSecretName', what: 'JWT signing secret' },
      { key: 'apiSecretKeySecretName', what: 'API secret key' },
    ],
  },
];

export function airflowFactsFor(airflowVersion: string): AirflowFacts {
  return pickByVersion(AIRFLOW_FACTS, airflowVersion);
}

/** Default of [azure_remote_logging] remote_wasb_log_container when unset. */
export const DEFAULT_WASB_LOG_CONTAINER = 'airflow-logs';
