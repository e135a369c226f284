import type { Finding, RunInfo } from './finding.js';
import type { RuleMeta } from './rule.js';

/** What every engine returns; reporters, the CLI and the actions only ever see this. */
export interface CheckResult {
  findings: Finding[];
  run: RunInfo;
  /** The rules of this check, for SARIF tool.driver.rules. */
  rules: RuleMeta[];
  /** Extra action outputs (e.g. blob-path, alembic-revision). */
  outputs?: Record<string, string>;
}

export const VERSION = '0.1.0';
