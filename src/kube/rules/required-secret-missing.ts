import type { RuleMeta } from '../../core/rule.js';

export const secretMissing: RuleMeta = {
  id: 'MIG009',
  name: 'required-secret-missing',
  severity: 'error',
  check: 'migrate-kind',
  summary: "A Secret the values name does not exist in the namespace.",
  docs: {
    what: "In cluster: existing mode, checks that the metadata, fernet-key, JWT and API secret-key Secrets named in the values exist before migrating.",
    why: "Pods and the migration Job fail with CreateContainerConfigError when a referenced Secret is missing.",
    example: "data:\n  metadataSecretName: airflow-postgres-secret   # never created\n",
    fix: "# Create the Secret (key `connection`) before the release, e.g. with External Secrets.\n",
  },
  exampleLanguage: 'yaml',
};
