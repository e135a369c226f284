import type { RuleMeta } from '../../core/rule.js';

export const logReadPrefixMismatch: RuleMeta = {
  id: 'WASB006',
  name: 'log-read-prefix-mismatch',
  severity: 'error',
  check: 'verify-wasb-logs',
  summary: "The UI lists a different prefix from the blob name Airflow writes.",
  docs: {
    what: "Compares the blob name the upload uses (the normalised local path) with the prefix the API server lists (the rendered `log_filename_template`).",
    why: "When they differ, for instance because the template has `//` or `./`, logs are uploaded but the UI never finds them.",
    example: "config:\n  logging:\n    log_filename_template: \"{{ ti.dag_id }}//{{ ti.task_id }}/{{ try_number }}.log\"\n",
    fix: "config:\n  logging:\n    log_filename_template: \"{{ ti.dag_id }}/{{ ti.task_id }}/{{ try_number }}.log\"\n",
  },
  exampleLanguage: 'yaml',
};
