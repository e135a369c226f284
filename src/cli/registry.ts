import type { CliCommand } from './command.js';
import { docsCommand } from './docs.js';
import { lintDagsCommand } from './lint-dags.js';
import { mainJobCommand } from './main-job.js';
import { migrateCommand } from './migrate.js';
import { rulesCommand } from './rules.js';
import { validateValuesCommand } from './validate-values.js';
import { verifyWasbCommand } from './verify-wasb.js';

/** Every CLI subcommand; each lives in its own module next to this one. */
export const commands: CliCommand[] = [mainJobCommand, lintDagsCommand, validateValuesCommand, verifyWasbCommand, migrateCommand, rulesCommand, docsCommand];
