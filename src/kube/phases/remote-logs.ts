import { BlobServiceClient } from '@azure/storage-blob';
import { loggingConfigFromValues } from '../../wasb/airflow-config.js';
import { DEFAULT_WASB_CONN_ID, DEFAULT_WASB_CONTAINER } from '../../wasb/versions.js';
import { AZURITE, azuriteConnectionString, azuriteConnectionUri, azuriteManifests, hostBlobEndpoint, inClusterBlobEndpoint } from '../azurite.js';
import type { MigrateRun } from '../context.js';
import { toYamlDocuments } from '../manifests.js';
import { commandFailed } from '../rules/index.js';
import type { PhaseDef } from './phase.js';

/** What the remote-logs phase set up, for outputs and the summary. */
export interface RemoteLogsSetup {
  container: string;
  connId: string;
  /** Host-reachable connection string (Azurite's public development account). */
  hostConnectionString: string;
}

const setups = new WeakMap<MigrateRun, RemoteLogsSetup>();

export function remoteLogsSetup(run: MigrateRun): RemoteLogsSetup | undefined {
  return setups.get(run);
}

/** The container and connection id the release's values make Airflow use for task logs. */
export function remoteLoggingTarget(values: Record<string, unknown>): { container: string; connId: string; remoteLogging: boolean } {
  const { config } = loggingConfigFromValues(values);
  return {
    container: config.remoteWasbLogContainer?.trim() || DEFAULT_WASB_CONTAINER,
    connId: config.remoteLogConnId?.trim() || DEFAULT_WASB_CONN_ID,
    remoteLogging: /^(t|true|1)$/i.test((config.remoteLogging ?? '').split('#')[0].trim()) && (config.remoteBaseLogFolder ?? '').startsWith('wasb'),
  };
}

/**
 * Azurite in the throwaway cluster as the release's log storage: Deployment + NodePort Service, the
 * log container created (Airflow never creates it) through the kind port mapping, and the release's
 * own remote_log_conn_id pointed at it — so the smoke run's task pod ships its log there, and
 * verify-wasb-logs can prove it from the runner. Runs before the secrets phase, which stores the
 * connection URI for the migrate phase's `airflow connections add`.
 */
export const remoteLogsPhase: PhaseDef = {
  id: 'remote-logs',
  title: 'remote-log storage (Azurite)',
  share: 0.1,
  appliesTo: (o) => o.cluster === 'kind' && o.azurite,
  async run(run) {
    const o = run.options;
    // The release under test decides where task logs go (setup phases run with the first release).
    const logging = remoteLoggingTarget(run.targets[run.targets.length - 1].values);
    await run.exec(run.kubectl(['apply', '-f', '-'], { stdin: toYamlDocuments(azuriteManifests()), note: `Azurite ${AZURITE.image} as Service ${AZURITE.service}.${AZURITE.namespace} (NodePort ${AZURITE.nodePort} → 127.0.0.1:${o.azuriteHostPort})` }));
    await run.exec(run.kubectl(['rollout', 'status', `deployment/${AZURITE.service}`, '-n', AZURITE.namespace, `--timeout=${run.remainingSeconds()}s`]));
    o.wasbConnection = azuriteConnectionUri();
    o.wasbConnectionId = logging.connId;
    const hostConnectionString = azuriteConnectionString(hostBlobEndpoint(o.azuriteHostPort));
    setups.set(run, { container: logging.container, connId: logging.connId, hostConnectionString });
    run.report.notes.push(`Remote-log storage: Azurite at ${inClusterBlobEndpoint()} (runner: ${hostBlobEndpoint(o.azuriteHostPort)}), container "${logging.container}", connection ${logging.connId}.`);
    if (!logging.remoteLogging) {
      run.report.notes.push('The values do not turn on WASB remote logging (remote_logging True and a remote_base_log_folder starting with "wasb"), so no task log will reach the emulator.');
    }
    if (run.dryRun) {
      run.log.info(`(plan) create blob container "${logging.container}" at ${hostBlobEndpoint(o.azuriteHostPort)} through the kind port mapping`);
      return;
    }
    await createContainer(run, hostConnectionString, logging.container);
  },
};

/** The port mapping answers a moment after the pod is Ready; retry until the phase deadline. */
async function createContainer(run: MigrateRun, connectionString: string, container: string): Promise<void> {
  const client = BlobServiceClient.fromConnectionString(connectionString, { retryOptions: { maxTries: 1 } }).getContainerClient(container);
  let last = '';
  for (;;) {
    try {
      const r = await client.createIfNotExists({ abortSignal: AbortSignal.timeout(Math.max(1000, Math.min(10_000, run.remainingMs()))) });
      run.log.info(`blob container "${container}" ${r.succeeded ? 'created' : 'already exists'} at ${hostBlobEndpoint(run.options.azuriteHostPort)}`);
      return;
    } catch (e) {
      last = (e as Error).message.split('\n')[0];
      if (run.remainingMs() < 1500) throw run.fail(commandFailed, `Could not create blob container "${container}" in the in-cluster Azurite through 127.0.0.1:${run.options.azuriteHostPort}: ${last}`, 'Check that the kind port mapping is free on the runner (azurite-host-port) and that the Azurite pod is Ready.');
      await run.sleep(Math.max(200, Math.min(run.options.pollMs, 2000)));
    }
  }
}
