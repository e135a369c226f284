import type { RuleMeta } from '../../core/rule.js';

export const commandFailed: RuleMeta = {
  id: 'MIG011',
  name: 'command-failed',
  severity: 'error',
  check: 'migrate-kind',
  summary: "A kind, helm, kubectl or docker command failed.",
  docs: {
    what: "Reports a failing tool command with its exit code and (redacted) error output.",
    why: "The phase cannot continue without it.",
    example: "helm upgrade --install airflow airflow --repo https://airflow.apache.org --version 9.9.9\n",
    fix: "helm upgrade --install airflow airflow --repo https://airflow.apache.org --version 1.19.0\n",
  },
  exampleLanguage: 'text',
};
