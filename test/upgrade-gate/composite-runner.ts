import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { evaluateIf, interpolate, toText, truthy, type ExpressionContext } from './expressions.js';

/**
 * Runs a composite action (runs.using: composite) the way the GitHub runner does, for tests:
 * inputs with their defaults; each step's `if`, `env` and `continue-on-error` evaluated against
 * inputs / steps / github; its `run` script written to a file and started as
 * `bash --noprofile --norc -e -o pipefail <file>` (the runner's `shell: bash`) in the workspace, with
 * GITHUB_ACTION_PATH and fresh GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files per step;
 * outputs read back from the output file (name=value and name<<DELIM forms); `::add-mask::` honoured
 * in the log the runner would show. Steps with `uses:` are not supported (the gate has none).
 */
export interface CompositeStep {
  id?: string;
  name?: string;
  if?: string | boolean;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string | number | boolean>;
  'continue-on-error'?: string | boolean;
  'working-directory'?: string;
}

export interface ActionMetadata {
  name: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string; value: string }>;
  runs: { using: string; steps: CompositeStep[] };
}

export interface StepRun {
  id: string;
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  conclusion: 'success' | 'failure' | 'skipped';
  exitCode: number | null;
  /** stdout + stderr as the process wrote them (for the no-secret assertions). */
  rawLog: string;
  /** What the runner's log shows: add-mask commands consumed, masked values replaced by ***. */
  log: string;
  outputs: Record<string, string>;
  /** The env mapping as evaluated (step-level only). */
  env: Record<string, string>;
  summary: string;
  /** argv the step ran with. */
  argv: string[];
}

export interface CompositeRun {
  steps: StepRun[];
  outputs: Record<string, string>;
  /** Every step summary, in order, as the job summary shows them. */
  summary: string;
  success: boolean;
  log: string;
  rawLog: string;
  masks: string[];
}

export interface RunCompositeOptions {
  actionDir: string;
  inputs: Record<string, string>;
  workspace: string;
  /** Environment every step inherits (PATH with the fake toolchain first, RUNNER_TEMP, …). */
  env: Record<string, string>;
  github?: Record<string, string>;
  stepTimeoutMs?: number;
  /** Called before a step runs (tests use it to change the world between steps). */
  beforeStep?: (id: string) => void | Promise<void>;
}

function runProcess(cmd: string, args: string[], opts: { cwd: string; env: Record<string, string>; timeoutMs: number }): Promise<{ status: number | null; stdout: string; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let error: Error | undefined;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => {
      error = new Error(`step timed out after ${opts.timeoutMs} ms`);
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.on('error', (e) => (error = e));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status: error ? null : status, stdout, stderr, error });
    });
  });
}

export function loadAction(actionDir: string): ActionMetadata {
  const meta = parse(fs.readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as ActionMetadata;
  if (meta.runs?.using !== 'composite') throw new Error(`${actionDir}/action.yml is not a composite action`);
  return meta;
}

/** Parses a GITHUB_OUTPUT-style file: `name=value` lines and `name<<DELIM … DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`output ${heredoc[1]}: delimiter ${heredoc[2]} never closes`);
      out[heredoc[1]] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`invalid line in output file: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

function mask(text: string, masks: string[]): string {
  let out = text
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  for (const m of [...masks].sort((a, b) => b.length - a.length)) if (m) out = out.split(m).join('***');
  return out;
}

export async function runComposite(options: RunCompositeOptions): Promise<CompositeRun> {
  const meta = loadAction(options.actionDir);
  const inputs: Record<string, string> = {};
  const github = { action_path: options.actionDir, workspace: options.workspace, token: 'ghs_composite-runner-token', event_name: 'pull_request', ...options.github };
  const ctx: ExpressionContext = { inputs, steps: {}, github, runner: { temp: options.env.RUNNER_TEMP ?? '' }, failed: false };
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    const given = options.inputs[name];
    if (given === undefined && spec.required) throw new Error(`input ${name} is required`);
    inputs[name] = given ?? toText(interpolate(spec.default ?? '', ctx));
  }
  for (const name of Object.keys(options.inputs)) if (!(name in inputs)) throw new Error(`unexpected input ${name} (not in action.yml)`);

  const stepsDir = fs.mkdtempSync(path.join(options.env.RUNNER_TEMP ?? options.workspace, 'composite-'));
  const masks: string[] = [];
  const runs: StepRun[] = [];
  for (const [index, step] of meta.runs.steps.entries()) {
    const id = step.id ?? `__step${index}`;
    const name = step.name ?? step.run?.split('\n')[0] ?? id;
    if (step.uses) throw new Error(`step ${id}: uses: is not supported by this runner`);
    const base: StepRun = { id, name, outcome: 'skipped', conclusion: 'skipped', exitCode: null, rawLog: '', log: '', outputs: {}, env: {}, summary: '', argv: [] };
    if (!evaluateIf(step.if, ctx)) {
      runs.push(base);
      ctx.steps[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    if (step.shell !== 'bash') throw new Error(`step ${id}: only shell: bash is supported (got ${step.shell})`);
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = toText(typeof v === 'string' ? interpolate(v, ctx) : v);
    const continueOnError = step['continue-on-error'] === undefined ? false : truthy(typeof step['continue-on-error'] === 'string' ? interpolate(step['continue-on-error'], ctx) : step['continue-on-error']);
    const files = { output: path.join(stepsDir, `${index}-output`), state: path.join(stepsDir, `${index}-state`), summary: path.join(stepsDir, `${index}-summary`), env: path.join(stepsDir, `${index}-env`), path: path.join(stepsDir, `${index}-path`) };
    for (const f of Object.values(files)) fs.writeFileSync(f, '');
    await options.beforeStep?.(id);
    const script = path.join(stepsDir, `${index}-${id}.sh`);
    fs.writeFileSync(script, step.run ?? '');
    const argv = ['--noprofile', '--norc', '-e', '-o', 'pipefail', script];
    // Asynchronous on purpose: servers the test runs in this process (chart repository) must keep answering.
    const r = await runProcess('bash', argv, {
      cwd: step['working-directory'] ? path.resolve(options.workspace, step['working-directory']) : options.workspace,
      env: {
        ...options.env,
        ...env,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_ACTION_PATH: options.actionDir,
        GITHUB_OUTPUT: files.output,
        GITHUB_STATE: files.state,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_ENV: files.env,
        GITHUB_PATH: files.path,
      },
      timeoutMs: options.stepTimeoutMs ?? 120_000,
    });
    const rawLog = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    // Workflow-command data is escaped by the toolkit (% CR LF); the runner unescapes it.
    for (const m of rawLog.matchAll(/^::add-mask::(.*)$/gm)) masks.push(m[1].replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
    const exitCode = r.status;
    const outcome = exitCode === 0 ? 'success' : 'failure';
    const conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome;
    const run: StepRun = {
      ...base,
      outcome,
      conclusion,
      exitCode,
      rawLog,
      log: mask(rawLog, masks),
      outputs: parseOutputFile(fs.readFileSync(files.output, 'utf8')),
      env,
      summary: fs.readFileSync(files.summary, 'utf8'),
      argv: ['bash', ...argv],
    };
    if (r.error) run.rawLog += `\n[composite-runner] ${r.error.message}`;
    runs.push(run);
    ctx.steps[id] = { outputs: run.outputs, outcome, conclusion };
    if (conclusion === 'failure') ctx.failed = true;
  }

  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.outputs ?? {})) outputs[name] = toText(interpolate(spec.value, ctx));
  return {
    steps: runs,
    outputs,
    summary: runs.map((s) => s.summary).join(''),
    success: !ctx.failed,
    log: runs.map((s) => `##[group]${s.name}\n${mask(s.rawLog, masks)}\n##[endgroup]`).join('\n'),
    rawLog: runs.map((s) => s.rawLog).join('\n'),
    masks,
  };
}
