import type { CliCommand } from './command.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `airflow-gitops verify-wasb`: proves a task log written where Airflow writes it can be read back. */
export const verifyWasbCommand: CliCommand = {
  name: 'verify-wasb',
  summary: 'Write a task log where Airflow writes it in Azure Blob Storage, read it back, list, append, delete.',
  usage:
    'airflow-gitops verify-wasb [--values FILE …] [--airflow-version X.Y.Z] [--connection URI|JSON|CONNECTION_STRING] ' +
    '[--account-name N --account-key K | --sas-token T] [--account-url URL] [--client-id ID --tenant-id ID] [--container NAME] ' +
    '[--dag-id ID] [--task-id ID] [--map-index N] [--try-number N] [--no-cleanup] [--timeout SECONDS] [--emulator] [--sarif FILE]',
  options: {
    values: { type: 'string', multiple: true, short: 'f' },
    'airflow-version': { type: 'string' },
    connection: { type: 'string' },
    container: { type: 'string' },
    'dag-id': { type: 'string' },
    'task-id': { type: 'string' },
    'map-index': { type: 'string' },
    'try-number': { type: 'string' },
    'no-cleanup': { type: 'boolean' },
    timeout: { type: 'string' },
    emulator: { type: 'boolean' },
    'account-name': { type: 'string' },
    'account-key': { type: 'string' },
    'account-url': { type: 'string' },
    'sas-token': { type: 'string' },
    'client-id': { type: 'string' },
    'tenant-id': { type: 'string' },
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
