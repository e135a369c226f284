import type { RuleMeta } from '../../core/rule.js';

export const duplicateKey: RuleMeta = {
  id: 'VAL002',
  name: 'duplicate-key',
  severity: 'error',
  check: 'validate-values',
  summary: 'A mapping sets the same key twice.',
  docs: {
    what: 'Reports a key that appears twice in the same mapping.',
    why: 'Depending on the Helm version the second key silently wins or the release fails; either way one of the two settings is not what runs.',
    example: 'executor: CeleryExecutor\nexecutor: KubernetesExecutor\n',
    fix: 'executor: KubernetesExecutor\n',
  },
  exampleLanguage: 'yaml',
};
