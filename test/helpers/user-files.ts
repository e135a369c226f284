import * as path from 'node:path';

/**
 * The users' files as they wrote them (bugs included), kept in the project under examples/original/
 * so that `npm start` shows the suite catching them and the tests need nothing beside the clone.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
export const USER_VALUES = path.join(repoRoot, 'examples/original/platform/airflow/values.yaml');
export const USER_DAG = path.join(repoRoot, 'examples/original/dags/detect_and_retrain.py');
