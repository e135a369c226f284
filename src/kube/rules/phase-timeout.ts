import type { RuleMeta } from '../../core/rule.js';

export const phaseTimeout: RuleMeta = {
  id: 'MIG006',
  name: 'phase-timeout',
  severity: 'error',
  check: 'migrate-kind',
  summary: "A phase exceeded its timeout.",
  docs: {
    what: "Gives every phase (cluster, database, secrets, install, migrate, verify) its own timeout and stops with diagnostics when one is exceeded.",
    why: "A hung step otherwise burns the whole job timeout without saying where it hung.",
    example: "timeout-minutes: 1\n",
    fix: "timeout-minutes: 30\n",
  },
  exampleLanguage: 'yaml',
};
