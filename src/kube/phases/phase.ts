import type { MigrateRun, ReleaseTarget } from '../context.js';
import type { MigrateOptions } from '../options.js';

/** One step of the run: its own group, timeout (a share of timeout-minutes) and commands. */
export interface PhaseDef {
  id: string;
  title: string;
  /** Fraction of timeout-minutes this phase may take. */
  share: number;
  appliesTo(options: MigrateOptions): boolean;
  run(run: MigrateRun, target: ReleaseTarget): Promise<void>;
}
