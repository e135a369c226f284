import { SHARED_DB, sharedDatabaseManifests, toYamlDocuments } from '../manifests.js';
import { commandFailed } from '../rules/index.js';
import type { PhaseDef } from './phase.js';

/**
 * The shared PostgreSQL in warble-system, like the user's production: role and database `airflow`,
 * GRANT on schema public (PostgreSQL 15+ no longer lets every role create there), readiness awaited.
 */
export const databasePhase: PhaseDef = {
  id: 'database',
  title: 'shared database',
  share: 0.15,
  appliesTo: (o) => o.cluster === 'kind',
  async run(run) {
    const g = run.generated;
    await run.exec(
      run.kubectl(['apply', '-f', '-'], {
        stdin: toYamlDocuments(sharedDatabaseManifests(g.dbSuperuserPassword, g.dbAirflowPassword)),
        note: `Namespace ${SHARED_DB.namespace}, init Secret, Deployment and Service ${SHARED_DB.service}`,
      }),
    );
    await run.exec(run.kubectl(['rollout', 'status', `deployment/${SHARED_DB.service}`, '-n', SHARED_DB.namespace, `--timeout=${run.remainingSeconds()}s`]));
    const grant = await run.exec(
      run.kubectlExec(
        ['-n', SHARED_DB.namespace, `deployment/${SHARED_DB.service}`, '-c', 'postgresql'],
        ['psql', '-U', 'postgres', '-d', SHARED_DB.database, '-tA', '-c', `SELECT has_schema_privilege('${SHARED_DB.role}', 'public', 'CREATE')`],
        { note: 'the airflow role can create tables in schema public (PostgreSQL 15+)' },
      ),
    );
    if (!run.dryRun && grant.stdout.trim() !== 't') {
      throw run.fail(commandFailed, `Role ${SHARED_DB.role} cannot create tables in schema public of database ${SHARED_DB.database} (got "${grant.stdout.trim()}").`, 'GRANT ALL ON SCHEMA public TO airflow; (needed since PostgreSQL 15).');
    }
  },
};
