import type { CliCommand } from './command.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `airflow-gitops verify-wasb`: proves a task log written where Airflow writes it can be read back. */
export const verifyWasbCommand: CliCommand = {
  name: 'verify-wasb',
  summary: 'Write a task log where Airflow writes it in Azure Blob Storage, read it back, list, append, delete.',
  usage: 'airflow-gitops verify-wasb [values.yaml…] [--connection URI|JSON|CONNECTION_STRING | --emulator | --account-name N --account-key K] [options]',
  options: {
    values: { type: 'string', multiple: true, short: 'f', value: 'FILE', description: 'Helm values file read for config.logging and config.azure_remote_logging (repeatable; positionals work too).' },
    'airflow-version': { type: 'string', value: 'X.Y.Z', description: 'Airflow version whose log-path behaviour to apply (default: airflowVersion or a version-like defaultAirflowTag from the values, else the Airflow version of chart 1.19.0, 3.1.7, as validate-values assumes).' },
    connection: { type: 'string', value: 'CONN', description: 'The remote-log connection: AIRFLOW_CONN_<ID> URI, its JSON form, or a storage connection string (default: AIRFLOW_CONN_<remote_log_conn_id>).' },
    container: { type: 'string', value: 'NAME', description: 'Overrides remote_wasb_log_container (default: airflow-logs).' },
    'dag-id': { type: 'string', value: 'ID', description: 'DAG id in the test log path (default: airflow_gitops_verify; the run id is always unique).' },
    'task-id': { type: 'string', value: 'ID', description: 'Task id in the test log path (default: verify_wasb_logs).' },
    'map-index': { type: 'string', value: 'N', description: 'Map index in the test log path (default: -1, unmapped).' },
    'try-number': { type: 'string', value: 'N', description: 'Try number in the test log path (default: 1).' },
    'no-cleanup': { type: 'boolean', description: 'Keep the test log (by default only the blob written here is deleted).' },
    timeout: { type: 'string', value: 'SECONDS', description: 'Seconds the whole round trip may take (default: 60).' },
    emulator: { type: 'boolean', description: 'Run the round trip against a local Azurite (installed on first use) instead of Azure.' },
    'account-name': { type: 'string', value: 'NAME', description: 'Storage account name, for explicit credentials instead of a connection.' },
    'account-key': { type: 'string', value: 'KEY', description: 'Storage account key (prefer the connection in the environment: argv is visible to other users).' },
    'account-url': { type: 'string', value: 'URL', description: 'Account URL (default: https://<account-name>.blob.core.windows.net).' },
    'sas-token': { type: 'string', value: 'TOKEN', description: 'SAS token (needs sp=rcwl; add d for cleanup), for explicit credentials instead of a connection.' },
    'client-id': { type: 'string', value: 'ID', description: 'Client id of an Entra ID app or managed identity (with --tenant-id).' },
    'tenant-id': { type: 'string', value: 'ID', description: 'Tenant id for --client-id.' },
  },
  async run(ctx) {
    // Loaded on demand: the Azure SDK is large and no other command needs it.
    const { verifyWasbLogs } = await import('../wasb/engine.js');
    const { parseWasbSection, toEngineOptions } = await import('../wasb/options.js');
    const v = ctx.values;
    const section = parseWasbSection(ctx.config.sections.wasb, ctx.config.file);
    const options = toEngineOptions(
      {
        values: [...((v.values as string[] | undefined) ?? []), ...ctx.positionals],
        airflowVersion: str(v['airflow-version']),
        connection: str(v.connection),
        container: str(v.container),
        dagId: str(v['dag-id']),
        taskId: str(v['task-id']),
        mapIndex: str(v['map-index']),
        tryNumber: str(v['try-number']),
        cleanup: v['no-cleanup'] ? false : undefined,
        timeout: str(v.timeout),
        emulator: v.emulator === true,
        accountName: str(v['account-name']),
        accountKey: str(v['account-key']),
        accountUrl: str(v['account-url']),
        sasToken: str(v['sas-token']),
        clientId: str(v['client-id']),
        tenantId: str(v['tenant-id']),
      },
      section,
      ctx.cwd,
    );
    return [await verifyWasbLogs({ ...options, severities: ctx.config.rules, log: ctx.log })];
  },
};
