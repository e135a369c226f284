import * as exec from '@actions/exec';
import type { Command, ExecResult, Tool } from './command.js';

/** Runs one command; the fake toolchain in tests and the real tools in CI sit behind the same interface. */
export interface Runner {
  run(cmd: Command): Promise<ExecResult>;
}

/** @actions/exec with argv arrays; output is captured (silent) so it can be redacted before it is logged. */
export class ExecRunner implements Runner {
  constructor(private readonly toolPaths: Partial<Record<Tool, string>> = {}) {}

  async run(cmd: Command): Promise<ExecResult> {
    const started = Date.now();
    const result = await exec.getExecOutput(this.toolPaths[cmd.tool] ?? cmd.tool, cmd.args, {
      input: cmd.stdin !== undefined ? Buffer.from(cmd.stdin) : undefined,
      silent: true,
      ignoreReturnCode: true,
    });
    return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr, durationMs: Date.now() - started };
  }
}

/** Records commands instead of running them (`migrate --plan`). */
export class DryRunner implements Runner {
  readonly commands: Command[] = [];
  async run(cmd: Command): Promise<ExecResult> {
    this.commands.push(cmd);
    return { exitCode: 0, stdout: '', stderr: '', durationMs: 0 };
  }
}
