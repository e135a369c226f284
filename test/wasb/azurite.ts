// Shared helpers for tests that run against a real Azurite started by the test.
import { BlobServiceClient, ContainerSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-blob';
import type { Emulator } from '../../src/wasb/emulator.js';

export function adminClient(emu: Emulator): BlobServiceClient {
  return new BlobServiceClient(emu.blobEndpoint, new StorageSharedKeyCredential(emu.accountName, emu.accountKey));
}

export async function createContainer(emu: Emulator, name: string): Promise<void> {
  await adminClient(emu).getContainerClient(name).createIfNotExists();
}

/** A container SAS with the given permission letters, as "?sv=…". */
export function containerSas(emu: Emulator, container: string, permissions: string): string {
  const q = generateBlobSASQueryParameters(
    { containerName: container, permissions: ContainerSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + 3600_000), startsOn: new Date(Date.now() - 60_000) },
    new StorageSharedKeyCredential(emu.accountName, emu.accountKey),
  );
  return `?${q.toString()}`;
}

/** The Airflow JSON connection form pointing at the emulator. */
export function jsonConnection(emu: Emulator, fields: Record<string, unknown>): string {
  return JSON.stringify({ conn_type: 'wasb', host: emu.blobEndpoint, login: emu.accountName, ...fields });
}
