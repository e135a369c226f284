import type { RuleMeta } from '../../core/rule.js';

export const aliasLimit: RuleMeta = {
  id: 'VAL003',
  name: 'alias-limit',
  severity: 'error',
  check: 'validate-values',
  summary: 'YAML aliases expand beyond a safe size (an alias bomb).',
  docs: {
    what: 'Rejects a values file whose anchors and aliases expand into an excessive number of nodes.',
    why: 'Nested aliases ("billion laughs") expand exponentially and exhaust memory in every tool that reads the file, including Helm and Argo CD.',
    example: 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n# … and so on\n',
    fix: '# Write the values out; anchors are rarely needed in Helm values.\n',
  },
  exampleLanguage: 'yaml',
};
