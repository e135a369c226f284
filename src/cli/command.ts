import type { ParseArgsConfig } from 'node:util';
import type { CheckResult } from '../core/check.js';
import type { Config } from '../core/config.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CliContext {
  cwd: string;
  config: Config;
  /** Parsed option values (common and command-specific). */
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  /** Progress lines go to stderr so stdout stays machine-readable with --format json. */
  log: (line: string) => void;
  /** Writes to stdout, for commands that print something other than findings. */
  out: (text: string) => void;
  /** The running bundle (dist/cli/index.js), when there is one: worker threads re-run it. */
  entryScript?: string;
}

/** A subcommand: parses its own options, calls an engine, returns results for the shared reporters. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec;
  run(ctx: CliContext): Promise<CheckResult[]>;
}
