import type { RuleMeta } from '../../core/rule.js';
import type { ValuesRule } from '../context.js';
import { loadRules } from '../load.js';
import { apiServerDefaultUser } from './api-server-default-user.js';
import { applyCustomEnv } from './apply-custom-env.js';
import { bundledDependency } from './bundled-dependency.js';
import { chartCheckFails } from './chart-check-fails.js';
import { committedSecret } from './committed-secret.js';
import { deprecatedDefaultUser } from './deprecated-default-user.js';
import { executorNotAllowed } from './executor-not-allowed.js';
import { flatDottedKey } from './flat-dotted-key.js';
import { gitSyncConfig } from './git-sync-config.js';
import { helmHookJob } from './helm-hook-job.js';
import { hookSecret } from './hook-secret.js';
import { metadataSecretMissing } from './metadata-secret-missing.js';
import { migrationsNotRun } from './migrations-not-run.js';
import { randomSecretDrift } from './random-secret-drift.js';
import { remoteLoggingConfig } from './remote-logging-config.js';
import { renderedRules } from './rendered-helm-hooks.js';
import { resultBackendWithoutCelery } from './result-backend-without-celery.js';
import { schedulerReplicas } from './scheduler-replicas.js';
import { schemaViolation } from './schema-violation.js';
import { tplValueFails } from './tpl-value-fails.js';
import { unknownTopLevelKey } from './unknown-top-level-key.js';
import { unreadValue } from './unread-value.js';
import { wasbLiteralPrefix } from './wasb-literal-prefix.js';
import { webserverIgnored } from './webserver-ignored.js';

/** Rules that look at the loaded values, in report order. */
export const valueRules: ValuesRule[] = [
  schemaViolation,
  unknownTopLevelKey,
  flatDottedKey,
  chartCheckFails,
  tplValueFails,
  unreadValue,
  helmHookJob,
  applyCustomEnv,
  hookSecret,
  randomSecretDrift,
  bundledDependency,
  executorNotAllowed,
  metadataSecretMissing,
  committedSecret,
  webserverIgnored,
  deprecatedDefaultUser,
  apiServerDefaultUser,
  resultBackendWithoutCelery,
  migrationsNotRun,
  remoteLoggingConfig,
  wasbLiteralPrefix,
  schedulerReplicas,
  gitSyncConfig,
];

/** Every validate-values rule (loader, values, rendered), for docs/rules.md and SARIF. */
export const valuesRules: RuleMeta[] = [...loadRules, ...valueRules.map((r) => r.meta), ...renderedRules].sort((a, b) => a.id.localeCompare(b.id));
