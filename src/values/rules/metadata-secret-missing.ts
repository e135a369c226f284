import { helmTruthy, type ValuesRule } from '../context.js';

export const metadataSecretMissing: ValuesRule = {
  meta: {
    id: 'VAL026',
    name: 'metadata-secret-missing',
    severity: 'error',
    check: 'validate-values',
    summary: 'data.metadataSecretName is not set.',
    docs: {
      what: 'Reports values without data.metadataSecretName.',
      why: 'Without it the chart builds the metadata database URL from data.metadataConnection, whose defaults (user and password "postgres", the bundled host) are wrong for an external database, and any real password would have to be committed to git.',
      example: 'data:\n  metadataConnection:\n    host: postgresql.db\n    pass: s3cret\n',
      fix: 'data:\n  metadataSecretName: airflow-metadata   # a Secret with a `connection` key\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    if (helmTruthy(ctx.get(['data', 'metadataSecretName']))) return;
    ctx.report(['data', 'metadataSecretName'], {
      message: 'data.metadataSecretName is not set, so the chart renders the metadata connection Secret from data.metadataConnection (default user/password postgres/postgres on the bundled database).',
      fix: 'Create a Secret with a `connection` key holding the database URL and set data.metadataSecretName to its name.',
    });
  },
};
