import type { CheckResult } from '../core/check.js';
import type { Config } from '../core/config.js';

/** One command-line option: what node:util parseArgs needs, plus the line `--help` prints for it. */
export interface OptionDef {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean;
  /** One line for `--help`. */
  description: string;
  /** Placeholder for the value in `--help` (string options), e.g. FILE. */
  value?: string;
}

export type OptionSpec = Record<string, OptionDef>;

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
  /** The synopsis after `Usage:`; every option is listed with its description below it by `--help`. */
  usage: string;
  options: OptionSpec;
  run(ctx: CliContext): Promise<CheckResult[]>;
}
