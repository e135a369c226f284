import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fakeToolchain, repoRoot } from './bundle.js';
import { expect } from '@jest/globals';
import { parseAllDocuments } from 'yaml';

export const CANARY = 'canary-Pa55w0rd-7f3e';
export const WASB_CANARY = 'wasb://warbleosstate:canary-AccountKey-9c1d@airflow-logs';

export interface FakeCall {
  tool: string;
  args: string[];
  stdin?: string;
}

export interface FakeState {
  calls: FakeCall[];
  clusters: Record<string, unknown>;
  objects: Record<string, { kind: string; metadata: { name: string; namespace?: string }; spec?: unknown }>;
  db: { revision: string | null; users: string[]; connections: string[]; grant: boolean };
  deleted?: number;
  existingContext?: string;
  dockerImages?: string[];
}

export interface ActionResult {
  code: number;
  log: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  fake: FakeState;
  dir: string;
}

/** Parses the runner's key<<delimiter files (GITHUB_OUTPUT, GITHUB_STATE). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<=]+)<<(.+)$/);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-kind-'));
}

/** Copies the fixtures the tests pass as values files into the run's working directory. */
export function workspace(files: Record<string, string> = {}): string {
  const dir = tempDir();
  const fixtures = path.join(repoRoot, 'test/kube/fixtures');
  for (const f of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, f), path.join(dir, f));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

export interface RunOptions {
  scenario?: string;
  env?: Record<string, string>;
  /** Initial fake cluster state (merged into an empty state). */
  seed?: Record<string, unknown>;
  /** Run the post step (the runner passes saved state as STATE_* variables). */
  post?: boolean;
  dir?: string;
}

/** Runs the built bundle like the runner does: INPUT_* (hyphens kept), GITHUB_* files, the fake toolchain first on PATH. */
export function runBundle(bundle: string, inputs: Record<string, string>, opts: RunOptions = {}): ActionResult {
  const dir = opts.dir ?? workspace();
  const files = { out: path.join(dir, 'github_output'), summary: path.join(dir, 'step_summary'), state: path.join(dir, 'github_state') };
  for (const f of Object.values(files)) if (!fs.existsSync(f)) fs.writeFileSync(f, '');
  const stateFile = path.join(dir, 'fake-state.json');
  if (opts.seed && !fs.existsSync(stateFile)) fs.writeFileSync(stateFile, JSON.stringify(opts.seed));
  const env: Record<string, string> = {
    PATH: `${fakeToolchain}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}/usr/bin:/bin`,
    HOME: dir,
    RUNNER_TEMP: path.join(dir, 'runner_temp'),
    RUNNER_TOOL_CACHE: path.join(dir, 'tool_cache'),
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: files.out,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    FAKE_KUBE_STATE: stateFile,
    FAKE_KUBE_SCENARIO: opts.scenario ?? '',
    AIRFLOW_GITOPS_POLL_MS: '1',
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  if (opts.post) {
    for (const [k, v] of Object.entries(parseCommandFile(fs.readFileSync(files.state, 'utf8')))) env[`STATE_${k}`] = v;
  }
  const r = spawnSync(process.execPath, [bundle], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  return {
    code: r.status ?? -1,
    log: `${r.stdout}${r.stderr}`,
    outputs: parseCommandFile(fs.readFileSync(files.out, 'utf8')),
    summary: fs.readFileSync(files.summary, 'utf8'),
    state: parseCommandFile(fs.readFileSync(files.state, 'utf8')),
    fake: fs.existsSync(stateFile) ? (JSON.parse(fs.readFileSync(stateFile, 'utf8')) as FakeState) : ({ calls: [] } as unknown as FakeState),
    dir,
  };
}

/** argv of every fake call, as one line each (for readable assertions). */
/** Every Job the run applied with `kubectl apply -f -`: its name and its container's argv (command + args). */
export function appliedJobs(fake: FakeState): Array<{ name: string; argv: string[] }> {
  const jobs: Array<{ name: string; argv: string[] }> = [];
  for (const call of fake.calls) {
    if (call.tool !== 'kubectl' || call.args[0] !== 'apply' || !call.stdin) continue;
    for (const doc of parseAllDocuments(call.stdin)) {
      const o = doc.toJS() as { kind?: string; metadata?: { name: string }; spec?: { template: { spec: { containers: Array<{ command?: string[]; args?: string[] }> } } } } | null;
      if (o?.kind !== 'Job') continue;
      const c = o.spec!.template.spec.containers[0];
      jobs.push({ name: o.metadata!.name, argv: [...(c.command ?? []), ...(c.args ?? [])] });
    }
  }
  return jobs;
}

export function callLines(fake: FakeState): string[] {
  return fake.calls.map((c) => [c.tool, ...c.args].join(' '));
}

/** Every file under a directory, concatenated (to prove no secret reached disk output). */
export function readTree(dir: string): string {
  if (!fs.existsSync(dir)) return '';
  let out = '';
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    out += entry.isDirectory() ? readTree(p) : fs.readFileSync(p, 'utf8');
  }
  return out;
}
/** The user's values plus the one-line hooks fix; secrets are canaries that must never be printed. */
export const FIXED = 'user-values.yaml\nhooks-off-fix.yaml';
export const base = { 'values-files': FIXED, 'admin-user': 'admin', 'admin-password': CANARY, 'wasb-connection': WASB_CANARY, 'timeout-minutes': '5', 'fail-on': 'error' };

export function findings(r: ActionResult): string {
  return r.log.split('\n').filter((l) => /^MIG\d{3}|^VAL\d{3}/.test(l) || /MIG\d{3} \[/.test(l)).join('\n');
}

export function expectNoSecretLeak(r: ActionResult): void {
  const everywhere = [r.log, r.summary, JSON.stringify(r.outputs), JSON.stringify(r.state), readTree(path.join(r.dir, 'runner_temp'))].join('\n');
  for (const secret of [CANARY, WASB_CANARY, 'canary-AccountKey-9c1d']) expect(everywhere).not.toContain(secret);
  // Secrets never travel in argv; they reach the cluster only inside Secret manifests on stdin.
  for (const call of r.fake.calls) {
    expect(call.args.join(' ')).not.toMatch(/canary-/);
    if (call.stdin?.includes('canary-')) {
      for (const doc of call.stdin.split(/^---$/m).filter((d) => d.includes('canary-'))) expect(doc).toMatch(/^kind: Secret$/m);
    }
  }
}

