import { wasbSchemeInBlobName } from './wasb-scheme-in-blob-name.js';
import { baseFolderNamesContainerOrAccount } from './base-folder-names-container-or-account.js';
import { remoteLoggingDisabled } from './remote-logging-disabled.js';
import { notAWasbBaseFolder } from './not-a-wasb-base-folder.js';
import { invalidLoggingConfig } from './invalid-logging-config.js';
import { logReadPrefixMismatch } from './log-read-prefix-mismatch.js';
import { connectionMisread } from './connection-misread.js';
import { storageAuthenticationFailed } from './storage-authentication-failed.js';
import { storagePermissionMissing } from './storage-permission-missing.js';
import { logContainerNotFound } from './log-container-not-found.js';
import { storageUnreachable } from './storage-unreachable.js';
import { roundTripTimeout } from './round-trip-timeout.js';
import { logContentMismatch } from './log-content-mismatch.js';
import { cleanupFailed } from './cleanup-failed.js';
import { storageRequestFailed } from './storage-request-failed.js';
import { taskLogNotFound } from './task-log-not-found.js';

export { wasbSchemeInBlobName, baseFolderNamesContainerOrAccount, remoteLoggingDisabled, notAWasbBaseFolder, invalidLoggingConfig, logReadPrefixMismatch, connectionMisread, storageAuthenticationFailed, storagePermissionMissing, logContainerNotFound, storageUnreachable, roundTripTimeout, logContentMismatch, cleanupFailed, storageRequestFailed, taskLogNotFound };

/** Every rule of verify-wasb-logs, for SARIF and docs/rules.md. */
export const wasbRules = [wasbSchemeInBlobName, baseFolderNamesContainerOrAccount, remoteLoggingDisabled, notAWasbBaseFolder, invalidLoggingConfig, logReadPrefixMismatch, connectionMisread, storageAuthenticationFailed, storagePermissionMissing, logContainerNotFound, storageUnreachable, roundTripTimeout, logContentMismatch, cleanupFailed, storageRequestFailed, taskLogNotFound];
