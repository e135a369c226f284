import type { RuleMeta } from '../../core/rule.js';

export const roundTripTimeout: RuleMeta = {
  id: 'WASB105',
  name: 'round-trip-timeout',
  severity: 'error',
  check: 'verify-wasb-logs',
  summary: "The round trip did not finish within the timeout.",
  docs: {
    what: "Stops the round trip when the `timeout` input runs out and reports the step that was waiting.",
    why: "A storage endpoint that hangs stalls every task's log upload at the end of the task.",
    example: "timeout: 1\n",
    fix: "timeout: 60\n",
  },
  exampleLanguage: 'yaml',
};
