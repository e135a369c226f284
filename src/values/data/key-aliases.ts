/**
 * Top-level keys people write that the chart does not know, and what they meant. Spelling distance
 * finds most typos; these are the ones too far apart for it (abbreviations, old chart names).
 */
export const KNOWN_KEY_ALIASES: Record<string, string> = {
  migrateDBJob: 'migrateDatabaseJob',
  migrateDbJob: 'migrateDatabaseJob',
  migrateJob: 'migrateDatabaseJob',
  migrationJob: 'migrateDatabaseJob',
  dbMigrationJob: 'migrateDatabaseJob',
  createAdminJob: 'createUserJob',
  createUser: 'createUserJob',
  apiserver: 'apiServer',
  api: 'apiServer',
  worker: 'workers',
  dag: 'dags',
  log: 'logs',
  postgres: 'postgresql',
  fernetSecretName: 'fernetKeySecretName',
  jwtSecretKeySecretName: 'jwtSecretName',
};
