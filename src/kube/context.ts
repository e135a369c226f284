import * as path from 'node:path';
import type { Finding } from '../core/finding.js';
import { makeFinding, type RuleMeta } from '../core/rule.js';
import { redact } from '../core/secrets.js';
import { formatCommand, type Command, type ExecResult } from './command.js';
import type { Logger } from './logger.js';
import type { MigrateOptions } from './options.js';
import { ToolOutputError } from './parsers.js';
import type { Runner } from './runner.js';
import { commandFailed, phaseTimeout } from './rules/index.js';

/** A phase stopped with a finding already recorded; the run continues with diagnostics and cleanup. */
export class PhaseFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PhaseFailed';
  }
}

export class PhaseTimedOut extends PhaseFailed {}

/** One release the run installs and migrates: the target, and in upgrade gating the old one first. */
export interface ReleaseTarget {
  label: 'target' | 'from';
  chartVersion: string;
  airflowImage: string;
  airflowVersion: string;
  valuesFiles: string[];
  values: Record<string, unknown>;
  overlayFile: string;
  overlay: Record<string, unknown>;
  authManager: string;
  /** The chart renders its own run-airflow-migrations Job (migrateDatabaseJob.enabled, the default). */
  chartMigrationJob: boolean;
  components: string[];
}

export interface SecretNames {
  metadata: string;
  fernetKey: string;
  jwt?: string;
  apiSecretKey?: string;
  /** Holds admin password / connection URI for the one-shot Jobs. */
  jobInputs: string;
}

export interface PhaseRecord {
  id: string;
  title: string;
  timeoutMs: number;
  durationMs: number;
  status: 'ok' | 'failed' | 'timed out' | 'skipped';
}

/** What the run learned, for outputs and the job summary. */
/** Credentials generated for the throwaway cluster (registered as secrets when created). */
export interface GeneratedSecrets {
  dbSuperuserPassword: string;
  dbAirflowPassword: string;
  fernetKey: string;
  jwtSecret: string;
  apiSecretKey: string;
  adminPassword: string;
}

export interface MigrationReport {
  /** The run created a kind cluster (the post step deletes it unless keep-cluster). */
  clusterCreated?: boolean;
  /** The Secret with the admin password / connection URI exists and must be removed at the end. */
  jobInputsCreated?: boolean;
  revisions: Array<{ label: string; before: string | null | undefined; after: string | null | undefined; seconds?: number; airflowVersion: string; chartVersion: string; steps: number }>;
  idempotent?: boolean;
  idempotencyDetail?: string;
  notes: string[];
  diagnosticsFiles: string[];
}

/** The state of one run: options, tools, findings, phase records. Phases read and extend it. */
export class MigrateRun {
  readonly findings: Finding[] = [];
  readonly phases: PhaseRecord[] = [];
  /** Every command in order, with the phase that ran it (the plan is this list from a dry run). */
  readonly executed: Array<{ phase: string; phaseIndex: number; cmd: Command }> = [];
  readonly report: MigrationReport = { revisions: [], notes: [], diagnosticsFiles: [] };
  /** Epoch ms when the running phase must stop; exec() and sleep() refuse to go past it. */
  private deadline = Infinity;
  private currentPhase = '';
  /** What the current phase is polling for, set by its wait loops; a timeout finding names it. */
  waitingFor?: string;
  /** Set once a phase fails or times out: a straggler of that phase stops at its next exec()/sleep(). */
  private stopped = false;

  constructor(
    readonly options: MigrateOptions,
    readonly runner: Runner,
    readonly log: Logger,
    readonly secretNames: SecretNames,
    readonly targets: ReleaseTarget[],
    readonly generated: GeneratedSecrets,
    /** `--plan`: commands are recorded, not run; waits end after one poll. */
    readonly dryRun = false,
  ) {}

  get kubeconfig(): string {
    return path.join(this.options.workDir, 'kubeconfig');
  }

  /** Flags every kubectl call carries: the throwaway cluster's kubeconfig, or the chosen context. */
  kubectlFlags(): string[] {
    if (this.options.cluster === 'kind') return ['--kubeconfig', this.kubeconfig];
    return this.options.context ? ['--context', this.options.context] : [];
  }

  helmFlags(): string[] {
    if (this.options.cluster === 'kind') return ['--kubeconfig', this.kubeconfig];
    return this.options.context ? ['--kube-context', this.options.context] : [];
  }

  kubectl(args: string[], extra: Partial<Command> = {}): Command {
    return { tool: 'kubectl', args: [...args, ...this.kubectlFlags()], ...extra };
  }

  /** kubectl exec: flags go before `--`, the in-container argv after it. */
  kubectlExec(target: string[], argv: string[], extra: Partial<Command> = {}): Command {
    return { tool: 'kubectl', args: ['exec', ...target, ...this.kubectlFlags(), '--', ...argv], ...extra };
  }

  helm(args: string[], extra: Partial<Command> = {}): Command {
    return { tool: 'helm', args: [...args, ...this.helmFlags()], ...extra };
  }

  remainingMs(): number {
    return this.deadline - Date.now();
  }

  /** Seconds left in the phase, for tool-level --timeout flags (at least 1). */
  remainingSeconds(): number {
    return Math.max(1, Math.floor(this.remainingMs() / 1000));
  }

  private checkDeadline(): void {
    if (this.stopped || Date.now() >= this.deadline) throw new PhaseTimedOut(`phase ${this.currentPhase} timed out`);
  }

  async exec(cmd: Command, opts: { quiet?: boolean; allowFailure?: boolean; diagnostics?: boolean } = {}): Promise<ExecResult> {
    if (!opts.diagnostics) this.checkDeadline();
    this.executed.push({ phase: opts.diagnostics ? 'diagnostics' : this.currentPhase, phaseIndex: opts.diagnostics ? -1 : this.phases.length, cmd });
    if (!opts.quiet) this.log.info(`$ ${formatCommand(cmd)}`);
    const result = await this.runner.run(cmd);
    if (!opts.quiet) {
      const out = (result.stdout + (result.stderr ? `\n${result.stderr}` : '')).trim();
      if (out) this.log.info(indent(out.length > 4000 ? `${out.slice(0, 4000)}\n… (${out.length - 4000} more characters)` : out));
    }
    if (result.exitCode !== 0 && !opts.allowFailure && !cmd.mayFail) {
      const detail = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ');
      throw this.fail(commandFailed, `\`${formatCommand(cmd)}\` exited with ${result.exitCode}: ${detail}`);
    }
    return result;
  }

  async sleep(ms: number): Promise<void> {
    this.checkDeadline();
    const wait = Math.max(0, Math.min(ms, this.remainingMs()));
    await new Promise((r) => setTimeout(r, wait));
    this.checkDeadline();
  }

  /**
   * Runs a parser over a tool's output: output that is not what the command promises (empty, not JSON,
   * the wrong shape) stops the phase with a finding that names the command, not an internal error.
   */
  parsed<T>(parse: () => T): T {
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof ToolOutputError)) throw e;
      throw this.fail(commandFailed, e.message, 'Run that command by hand on the same cluster and context: a proxy or plugin printing instead of kubectl, or a kubectl far from the server version, is the usual cause.');
    }
  }

  /** Records an error finding (a stopped phase always fails the run) and returns the PhaseFailed to throw. */
  fail(rule: RuleMeta, message: string, fix?: string): PhaseFailed {
    this.add(rule, message, fix, 'error');
    return new PhaseFailed(message);
  }

  add(rule: RuleMeta, message: string, fix?: string, severity = rule.severity): void {
    this.findings.push(makeFinding(rule, severity, redact(message), undefined, undefined, fix));
  }

  /** Runs one phase in a collapsible group with its own timeout and records its duration. */
  async runPhase(id: string, title: string, timeoutMs: number, body: () => Promise<void>): Promise<boolean> {
    this.currentPhase = id;
    this.waitingFor = undefined;
    this.deadline = Date.now() + timeoutMs;
    const started = Date.now();
    this.log.startGroup(`${title} (timeout ${formatSeconds(timeoutMs)})`);
    let status: PhaseRecord['status'] = 'ok';
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new PhaseTimedOut(`phase ${id} timed out`)), timeoutMs + 50);
      });
      const work = body();
      // A timed-out body keeps running until its next exec()/sleep() throws; that late rejection is expected.
      work.catch(() => undefined);
      await Promise.race([work, timeout]);
    } catch (e) {
      if (e instanceof PhaseTimedOut) {
        status = 'timed out';
        const waiting = this.waitingFor ? ` It was still waiting for ${this.waitingFor}.` : '';
        this.add(phaseTimeout, `Phase "${title}" did not finish within its ${formatSeconds(timeoutMs)} timeout.${waiting}`, timeoutFix(this.waitingFor));
      } else if (e instanceof PhaseFailed) {
        status = 'failed';
      } else {
        throw e;
      }
    } finally {
      clearTimeout(timer);
      if (status !== 'ok') this.stopped = true;
      const durationMs = Date.now() - started;
      this.phases.push({ id, title, timeoutMs, durationMs, status });
      this.log.info(`${status === 'ok' ? '✓' : '✗'} ${title}: ${status} in ${formatSeconds(durationMs, 1)}`);
      this.log.endGroup();
      this.deadline = Infinity;
    }
    return status === 'ok';
  }
}

/** Unschedulable is not slowness: more time will not help, capacity or requests will. */
function timeoutFix(waitingFor: string | undefined): string {
  if (waitingFor && /unscheduled/.test(waitingFor)) return 'No node can run the pod as it is: lower its resource requests (or nodeSelector/affinity/tolerations) in the values, or give the cluster a node that fits. More time will not help.';
  return 'Read the diagnostics for what it was waiting on, or raise timeout-minutes.';
}

export function formatSeconds(ms: number, digits = 0): string {
  return `${(ms / 1000).toFixed(digits)} s`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
