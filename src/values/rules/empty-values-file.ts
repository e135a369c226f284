import type { RuleMeta } from '../../core/rule.js';

export const emptyValuesFile: RuleMeta = {
  id: 'VAL006',
  name: 'empty-values-file',
  severity: 'error',
  check: 'validate-values',
  summary: 'The values file sets nothing.',
  docs: {
    what: 'Reports a values file that is empty or holds only comments.',
    why: 'An empty file in the values list usually means the wrong path or a lost edit: every chart default (Helm hooks on, bundled PostgreSQL) then applies silently.',
    example: '# platform/airflow/values.yaml\n',
    fix: 'executor: KubernetesExecutor\npostgresql:\n  enabled: false\n',
  },
  exampleLanguage: 'yaml',
};
