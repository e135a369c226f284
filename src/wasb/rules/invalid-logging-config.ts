import type { RuleMeta } from '../../core/rule.js';

export const invalidLoggingConfig: RuleMeta = {
  id: 'WASB005',
  name: 'invalid-logging-config',
  severity: 'error',
  check: 'verify-wasb-logs',
  summary: "A logging setting has a value Airflow cannot use.",
  docs: {
    what: "Reports logging settings Airflow rejects or this check cannot evaluate: a `remote_logging` that is not a boolean Airflow accepts, a `log_filename_template` that cannot be rendered, an unknown Airflow version.",
    why: "Airflow fails to start, or writes logs somewhere nobody can predict.",
    example: "config:\n  logging:\n    remote_logging: \"yes\"\n",
    fix: "config:\n  logging:\n    remote_logging: \"True\"\n",
  },
  exampleLanguage: 'yaml',
};
