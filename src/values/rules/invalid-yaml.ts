import type { RuleMeta } from '../../core/rule.js';

export const invalidYaml: RuleMeta = {
  id: 'VAL001',
  name: 'invalid-yaml',
  severity: 'error',
  check: 'validate-values',
  summary: 'The values file is not valid YAML.',
  docs: {
    what: 'Reports YAML syntax errors in a values file at the line where the parser stopped.',
    why: 'Helm refuses the whole release when one values file does not parse, so nothing else in the file can be checked or deployed.',
    example: 'scheduler:\n  replicas: [1\n',
    fix: 'scheduler:\n  replicas: 1\n',
  },
  exampleLanguage: 'yaml',
};
