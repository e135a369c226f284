import { UsageError } from '../../src/core/finding.js';
import { AZURITE, azuriteConnectionUri, azuriteManifests, hostBlobEndpoint, inClusterBlobEndpoint } from '../../src/kube/azurite.js';
import { phaseSequence } from '../../src/kube/engine.js';
import { kindConfig } from '../../src/kube/manifests.js';
import { parseMigrateOptions } from '../../src/kube/options.js';
import { remoteLoggingTarget } from '../../src/kube/phases/remote-logs.js';
import { parseConnectionInput } from '../../src/wasb/connection.js';
import { resolveAuth } from '../../src/wasb/credential.js';
import { validateK8s, validateKindConfig } from '../kube/k8s-validate.js';

/** migrate-kind's azurite addition: manifests, kind port mapping, the connection Airflow reads, options. */
describe('in-cluster Azurite for remote logging (migrate-kind azurite: true)', () => {
  it('Namespace, Deployment and NodePort Service validate against the Kubernetes API schemas', () => {
    const objects = azuriteManifests();
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Namespace/warble-system', 'Deployment/azurite', 'Service/azurite']);
    for (const o of objects) validateK8s(o);
    const svc = objects[2] as unknown as { spec: { type: string; ports: Array<{ port: number; nodePort: number }> } };
    expect(svc.spec).toMatchObject({ type: 'NodePort', ports: [{ port: 10000, nodePort: AZURITE.nodePort }] });
    // Same Azurite release as the npm package the tests run against.
    expect(AZURITE.image).toMatch(/^mcr\.microsoft\.com\/azure-storage\/azurite:\d+\.\d+\.\d+$/);
  });

  it('kind maps the NodePort to 127.0.0.1:<host port> only when asked', () => {
    const withAzurite = kindConfig({ clusterName: 'gate', kindNodeImage: 'kindest/node:v1.33.1', azurite: true, azuriteHostPort: 12345 });
    validateKindConfig(withAzurite);
    expect(withAzurite.nodes).toEqual([{ role: 'control-plane', image: 'kindest/node:v1.33.1', extraPortMappings: [{ containerPort: AZURITE.nodePort, hostPort: 12345, listenAddress: '127.0.0.1', protocol: 'TCP' }] }]);
    expect(kindConfig({ clusterName: 'gate', kindNodeImage: 'kindest/node:v1.33.1' }).nodes).toEqual([{ role: 'control-plane', image: 'kindest/node:v1.33.1' }]);
  });

  it('the connection URI is read (by our model of Airflow) as a connection string to the in-cluster endpoint', () => {
    const conn = parseConnectionInput(azuriteConnectionUri());
    expect(conn.connType).toBe('wasb');
    expect(conn.warnings).toEqual([]);
    expect(conn.extra.connection_string).toBe(`DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE.key};BlobEndpoint=${inClusterBlobEndpoint()};`);
    // connection_string wins WasbHook's precedence over login/password/host.
    const auth = resolveAuth(conn, {});
    expect(auth.method).toBe('connection_string');
    expect(auth.accountUrl).toBe('http://azurite.warble-system.svc.cluster.local:10000/devstoreaccount1');
    expect(hostBlobEndpoint(10000)).toBe('http://127.0.0.1:10000/devstoreaccount1');
  });

  it('uses the container and connection id the values give Airflow, with Airflow\'s defaults', () => {
    expect(remoteLoggingTarget({ config: { logging: { remote_logging: 'True', remote_base_log_folder: 'wasb-logs', remote_log_conn_id: 'azure_blob_storage' }, azure_remote_logging: { remote_wasb_log_container: 'logs' } } })).toEqual({ container: 'logs', connId: 'azure_blob_storage', remoteLogging: true });
    expect(remoteLoggingTarget({})).toEqual({ container: 'airflow-logs', connId: 'wasb_default', remoteLogging: false });
    expect(remoteLoggingTarget({ config: { logging: { remote_logging: 'True', remote_base_log_folder: 's3://bucket' } } }).remoteLogging).toBe(false);
  });

  it('runs after the shared database and before the secrets phase (which stores the connection URI)', () => {
    const ids = phaseSequence([{ label: 'target' } as never]).map((p) => p.phase.id);
    expect(ids.slice(0, 5)).toEqual(['render', 'cluster', 'database', 'remote-logs', 'secrets']);
  });

  it('validates its options at the edge', () => {
    const base = { valuesFiles: ['v.yaml'], azurite: true };
    expect(parseMigrateOptions(base)).toMatchObject({ azurite: true, azuriteHostPort: 10000 });
    expect(parseMigrateOptions({ ...base, azuriteHostPort: '31000' }).azuriteHostPort).toBe(31000);
    expect(() => parseMigrateOptions({ ...base, azuriteHostPort: '80' })).toThrow(/azurite-host-port must be a port between 1024 and 65535/);
    expect(() => parseMigrateOptions({ ...base, cluster: 'existing' })).toThrow(UsageError);
    expect(() => parseMigrateOptions({ ...base, wasbConnection: 'wasb://x' })).toThrow(/drop wasb-connection or drop azurite/);
    expect(parseMigrateOptions({ valuesFiles: ['v.yaml'] }).azurite).toBe(false);
  });
});
