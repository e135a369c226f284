import type { RuleMeta } from '../../core/rule.js';
import { helmHooksRendered } from './helm-hooks-rendered.js';
import { migrationFailed } from './migration-failed.js';
import { migrationLockTimeout } from './migration-lock-timeout.js';
import { imagePullFailed } from './image-pull-failed.js';
import { componentNotReady } from './component-not-ready.js';
import { phaseTimeout } from './phase-timeout.js';
import { migrationNotIdempotent } from './migration-not-idempotent.js';
import { immutableJob } from './immutable-migration-job.js';
import { secretMissing } from './required-secret-missing.js';
import { adminUserSkipped } from './admin-user-skipped.js';
import { commandFailed } from './command-failed.js';
import { unappliedMigrations } from './unapplied-migrations.js';
import { userCreationFailed } from './admin-user-failed.js';
import { smokeRunFailed } from './smoke-run-failed.js';

export { helmHooksRendered, migrationFailed, migrationLockTimeout, imagePullFailed, componentNotReady, phaseTimeout, migrationNotIdempotent, immutableJob, secretMissing, adminUserSkipped, commandFailed, unappliedMigrations, userCreationFailed, smokeRunFailed };

/** Every migrate-kind rule, for docs and SARIF. */
export const migrateRules: RuleMeta[] = [helmHooksRendered, migrationFailed, migrationLockTimeout, imagePullFailed, componentNotReady, phaseTimeout, migrationNotIdempotent, immutableJob, secretMissing, adminUserSkipped, commandFailed, unappliedMigrations, userCreationFailed, smokeRunFailed];
