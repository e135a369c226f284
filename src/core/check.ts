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
  /** The command already printed its own output (lint-dags --diff): reporters print nothing. */
  printed?: boolean;
  /** An exit code the command decided itself (--diff: 1 when files would change), instead of fail-on. */
  exitCode?: number;
}

export const VERSION = '0.1.0';
