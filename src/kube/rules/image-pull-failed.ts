import type { RuleMeta } from '../../core/rule.js';

export const imagePullFailed: RuleMeta = {
  id: 'MIG004',
  name: 'image-pull-failed',
  severity: 'error',
  check: 'migrate-kind',
  summary: "A container image could not be pulled.",
  docs: {
    what: "Reports pods whose containers wait in ErrImagePull or ImagePullBackOff instead of waiting for a timeout.",
    why: "The image tag does not exist, is private without pull secrets, or (in kind) was not loaded into the node.",
    example: "images:\n  airflow:\n    repository: apache/airflow\n    tag: 3.1.77\n",
    fix: "images:\n  airflow:\n    repository: apache/airflow\n    tag: 3.1.7\n",
  },
  exampleLanguage: 'yaml',
};
