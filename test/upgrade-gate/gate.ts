import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runComposite, type CompositeRun, type RunCompositeOptions } from './composite-runner.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const actionDir = path.join(repoRoot, 'actions/upgrade-gate');
export const fakeToolchain = path.join(repoRoot, 'test/fake-toolchain');
const fixtureWorkspace = path.join(import.meta.dirname, 'fixtures/workspace');

/** The bundles the composite calls; they are committed, and check-dist keeps them fresh. */
export const SIBLING_BUNDLES = ['lint-dags', 'validate-values', 'migrate-kind', 'verify-wasb-logs'];

export interface GateRun extends CompositeRun {
  dir: string;
  workspace: string;
  /** The fake cluster's state after the run: every kind/helm/kubectl/docker call, task-log uploads. */
  fake: { calls: Array<{ tool: string; args: string[]; stdin?: string }>; clusters: Record<string, unknown>; taskLogs?: Array<{ dagId: string; runId: string; taskId: string; container?: string; blob?: string; outcome: string }>; deleted?: number };
}

/** A fresh workspace (the fixture repository plus `extra` files) and runner directories. */
export function gateWorkspace(extra: Record<string, string> = {}): { dir: string; workspace: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-gate-'));
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  for (const [name, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    fs.writeFileSync(path.join(workspace, name), text);
  }
  for (const d of ['runner_temp', 'tool_cache', 'home']) fs.mkdirSync(path.join(dir, d));
  return { dir, workspace };
}

/** Runs the composite action with the fake toolchain first on PATH, as a GitHub runner would run it. */
export async function runGate(inputs: Record<string, string>, opts: { scenario?: string; extraFiles?: Record<string, string>; beforeStep?: RunCompositeOptions['beforeStep']; env?: Record<string, string> } = {}): Promise<GateRun> {
  const { dir, workspace } = gateWorkspace(opts.extraFiles);
  const stateFile = path.join(dir, 'fake-state.json');
  const run = await runComposite({
    actionDir,
    inputs,
    workspace,
    beforeStep: opts.beforeStep,
    env: {
      PATH: [fakeToolchain, path.dirname(process.execPath), '/usr/bin', '/bin'].join(path.delimiter),
      HOME: path.join(dir, 'home'),
      RUNNER_TEMP: path.join(dir, 'runner_temp'),
      RUNNER_TOOL_CACHE: path.join(dir, 'tool_cache'),
      FAKE_KUBE_STATE: stateFile,
      FAKE_KUBE_SCENARIO: opts.scenario ?? '',
      AIRFLOW_GITOPS_POLL_MS: '1',
      ...opts.env,
    },
  });
  const fake = fs.existsSync(stateFile) ? JSON.parse(fs.readFileSync(stateFile, 'utf8')) : { calls: [], clusters: {} };
  return { ...run, dir, workspace, fake };
}

export function step(run: CompositeRun, id: string) {
  const s = run.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
}

export function outcomes(run: CompositeRun): Record<string, string> {
  return Object.fromEntries(run.steps.map((s) => [s.id, s.outcome]));
}

export function callLines(run: GateRun): string[] {
  return run.fake.calls.map((c) => [c.tool, ...c.args].join(' '));
}
