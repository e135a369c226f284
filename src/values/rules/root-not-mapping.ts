import type { RuleMeta } from '../../core/rule.js';

export const rootNotMapping: RuleMeta = {
  id: 'VAL004',
  name: 'root-not-mapping',
  severity: 'error',
  check: 'validate-values',
  summary: 'The top level of a values file must be a mapping.',
  docs: {
    what: 'Reports a values file whose top level is a list or a scalar, or that holds several YAML documents.',
    why: 'Helm only accepts a mapping of keys to values; anything else fails the release.',
    example: '- executor: KubernetesExecutor\n',
    fix: 'executor: KubernetesExecutor\n',
  },
  exampleLanguage: 'yaml',
};
