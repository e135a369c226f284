import { defineRule } from '../context.js';

/** Reported by the engine itself (the file never reaches the parser); declared here for docs and SARIF. */
export const unreadableFile = defineRule(
  {
    id: 'DAG002',
    name: 'unreadable-file',
    severity: 'error',
    summary: 'A .py file that is binary, not valid in its declared encoding, too large, unreadable, or that the linter could not analyse.',
    docs: {
      limits: 'It looks only at the bytes of the file (NUL bytes, the declared or UTF-8 encoding, the size limit), not at what Python would do when importing it. A file above dags.max-file-bytes is skipped with a warning and no other rule checks it.',
      what: 'Reports DAG-folder .py files the linter cannot read as Python source: NUL bytes (binary), bytes invalid in the declared encoding (UTF-8 unless a PEP 263 coding line says otherwise), files above dags.max-file-bytes (default 10 MiB, reported as a warning and skipped), files that cannot be opened or are not regular files, and a coding line declaring UTF-16 or UTF-32 (Python cannot import such a file). A file the linter itself could not analyse — the parser crashed on it, or parsing ran past its CPU budget (10 s, or 30 ms per KiB for larger files) — is reported as a warning: that is not proof of a bug in the file, but no other rule checked it.',
      why: 'git-sync ships whatever is in the folder; Airflow fails to import such a file (SyntaxError: invalid utf-8 / source code cannot contain null bytes) and the DAGs in it vanish.',
      example: '# dags/report.py saved as Latin-1 without a coding line:\nTITLE = "Rapport g\\xe9n\\xe9ral"',
      fix: '# dags/report.py saved as UTF-8:\nTITLE = "Rapport général"',
    },
  },
  {},
);
