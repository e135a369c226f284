/** One external command: a tool and an argv array (never a shell string), plus optional stdin. */
export type Tool = 'kind' | 'helm' | 'kubectl' | 'docker';

export interface Command {
  tool: Tool;
  args: string[];
  /** Written to the tool's stdin (manifests for `kubectl apply -f -`); may contain secrets, so it is redacted when shown. */
  stdin?: string;
  /** Why the command runs, shown in the plan. */
  note?: string;
  /** Polling commands run repeatedly until a condition holds; the plan says so. */
  repeat?: string;
  /** Failure is expected and handled (probes); not a phase failure by itself. */
  mayFail?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Quotes an argument for display only; commands are always executed as argv arrays. */
export function shellQuote(arg: string): string {
  if (arg === '') return "''";
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function formatCommand(cmd: Command): string {
  return [cmd.tool, ...cmd.args].map(shellQuote).join(' ') + (cmd.stdin !== undefined ? ' <<< (stdin)' : '');
}
