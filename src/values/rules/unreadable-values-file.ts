import type { RuleMeta } from '../../core/rule.js';

export const unreadableValuesFile: RuleMeta = {
  id: 'VAL005',
  name: 'unreadable-values-file',
  severity: 'error',
  check: 'validate-values',
  summary: 'The values file is missing, binary, not UTF-8 or too large.',
  docs: {
    what: 'Reports a values file that cannot be read as UTF-8 text of a sane size.',
    why: 'Helm reads values files as UTF-8 YAML; a binary, mis-encoded or huge file is almost always the wrong file in the list.',
    example: 'values-files: platform/airflow/values.yaml.gz\n',
    fix: 'values-files: platform/airflow/values.yaml\n',
  },
  exampleLanguage: 'yaml',
};
