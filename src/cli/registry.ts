import type { CliCommand } from './command.js';

/** Every CLI subcommand; each lives in its own module next to this one. */
export const commands: CliCommand[] = [];
