import type { RuleMeta } from '../../core/rule.js';

export const storagePermissionMissing: RuleMeta = {
  id: 'WASB102',
  name: 'storage-permission-missing',
  severity: 'error',
  check: 'verify-wasb-logs',
  summary: "The credential lacks a permission Airflow needs for task logs (create, write, read or list).",
  docs: {
    what: "Runs each operation Airflow performs on task logs and names the permission whose operation Azure refused (403 AuthorizationPermissionMismatch, or a SAS whose `sp` lacks it).",
    why: "Workers need create and write to upload logs, read to append to an existing log, and the API server needs list and read to show them; a missing one loses or hides logs without failing any task.",
    example: "sas_token: \"?sv=2024-11-04&ss=b&srt=co&sp=cw&sig=\u2026\"   # no read, no list\n",
    fix: "sas_token: \"?sv=2024-11-04&ss=b&srt=co&sp=rcwl&sig=\u2026\"  # or the Storage Blob Data Contributor role\n",
  },
  exampleLanguage: 'yaml',
};
