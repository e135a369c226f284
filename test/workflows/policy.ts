import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

/**
 * The repository's rules for workflows users copy (and the ones it runs itself), beyond actionlint:
 * actions pinned by version, least-privilege permissions, and no expression interpolated into a
 * shell script (script injection). Each check returns human-readable violations; [] means clean.
 */
export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

export interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
  uses?: string;
}

export interface Workflow {
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

export function loadWorkflow(text: string): Workflow {
  return parse(text) as Workflow;
}

/** Refs that name a release: v1, v1.2, v1.2.3 (tags) or a full commit SHA. Branches (main) move. */
const PINNED_REF = /^(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;

export function unpinnedActions(wf: Workflow): string[] {
  const out: string[] = [];
  for (const [jobId, job] of Object.entries(wf.jobs)) {
    const refs = [job.uses, ...(job.steps ?? []).map((s) => s.uses)].filter((u): u is string => typeof u === 'string');
    for (const uses of refs) {
      if (uses.startsWith('./')) continue;
      if (uses.startsWith('docker://')) {
        if (!/@sha256:[0-9a-f]{64}$|:[\w.-]+$/.test(uses)) out.push(`${jobId}: ${uses} has no tag or digest`);
        continue;
      }
      const at = uses.lastIndexOf('@');
      const ref = at > 0 ? uses.slice(at + 1) : '';
      if (!PINNED_REF.test(ref)) out.push(`${jobId}: ${uses} is not pinned to a version tag or a commit SHA`);
    }
  }
  return out;
}

function steps(job: Job): Step[] {
  return job.steps ?? [];
}

const needsSecurityEvents = (job: Job) => steps(job).some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
/** A job signs in to Azure with GitHub's OIDC token: an action given azure-client-id, or azure/login. */
const needsIdToken = (job: Job) => steps(job).some((s) => s.uses?.startsWith('azure/login@') || (s.with && String(s.with['azure-client-id'] ?? '').trim() !== ''));
/** lint-dags with fix: suggest posts a pull-request review. */
const needsPullRequestWrite = (job: Job) => steps(job).some((s) => s.uses?.includes('/actions/lint-dags@') && String(s.with?.fix ?? '').trim() === 'suggest');

/** Permissions a job may be granted write access to, and the evidence it needs them. */
const WRITE_ALLOWED: Record<string, (job: Job) => boolean> = {
  'security-events': needsSecurityEvents,
  'id-token': needsIdToken,
  'pull-requests': needsPullRequestWrite,
};

export function permissionProblems(wf: Workflow): string[] {
  const out: string[] = [];
  const top = wf.permissions;
  if (top === undefined) out.push('workflow: no top-level permissions (the default token may be read-write)');
  else if (typeof top === 'string') out.push(`workflow: permissions: ${top} is not minimal; list what is needed (contents: read)`);
  else for (const [scope, level] of Object.entries(top)) if (level === 'write') out.push(`workflow: ${scope}: write at workflow level; grant it only to the job that needs it`);
  for (const [jobId, job] of Object.entries(wf.jobs)) {
    const perms = job.permissions;
    if (typeof perms === 'string') {
      out.push(`${jobId}: permissions: ${perms} is not minimal`);
      continue;
    }
    for (const [scope, level] of Object.entries(perms ?? {})) {
      if (level !== 'write') continue;
      const allowed = WRITE_ALLOWED[scope];
      if (!allowed) out.push(`${jobId}: ${scope}: write is never needed by these workflows`);
      else if (!allowed(job)) out.push(`${jobId}: ${scope}: write without a step that needs it`);
    }
    // The converse: a job that needs a permission must be granted it, or it fails at run time.
    const effective = { ...(typeof top === 'object' ? top : {}), ...(perms ?? {}) } as Record<string, string>;
    if (needsSecurityEvents(job) && effective['security-events'] !== 'write') out.push(`${jobId}: uploads SARIF but lacks security-events: write`);
    if (needsIdToken(job) && effective['id-token'] !== 'write') out.push(`${jobId}: signs in with OIDC but lacks id-token: write`);
  }
  return out;
}

/**
 * `${{ … }}` inside `run:` is pasted into the script before bash parses it, so a PR title or an
 * input can inject commands; values must reach scripts through `env:`. Inputs and event payloads
 * are the dangerous ones, but no expression belongs in a script.
 */
export function interpolatedRunScripts(wf: { jobs?: Record<string, Job>; runs?: { steps?: Step[] } }): string[] {
  const out: string[] = [];
  const all: Array<[string, Step]> = [
    ...Object.entries(wf.jobs ?? {}).flatMap(([jobId, job]) => steps(job).map((s) => [jobId, s] as [string, Step])),
    ...(wf.runs?.steps ?? []).map((s) => ['runs', s] as [string, Step]),
  ];
  for (const [where, step] of all) {
    if (typeof step.run !== 'string') continue;
    for (const m of step.run.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
      const expr = m[1].trim();
      const kind = /^(inputs|github\.event)\b/.test(expr) ? ' (script injection)' : '';
      out.push(`${where}/${step.id ?? step.name ?? 'step'}: \${{ ${expr} }} inside run:${kind}; pass it through env:`);
    }
  }
  return out;
}

/**
 * actionlint cannot read this repository's own action.yml files, so `with:` keys given to them are
 * checked here: ./actions/<name> and airflow-gitops/airflow-gitops-actions/actions/<name>@ref.
 */
export function unknownActionInputs(wf: Workflow, repoRoot: string): string[] {
  const out: string[] = [];
  for (const [jobId, job] of Object.entries(wf.jobs)) {
    for (const step of steps(job)) {
      const m = /^(?:\.\/|airflow-gitops\/airflow-gitops-actions\/)actions\/([\w-]+)(?:@.+)?$/.exec(step.uses ?? '');
      if (!m) continue;
      const file = path.join(repoRoot, 'actions', m[1], 'action.yml');
      if (!fs.existsSync(file)) {
        out.push(`${jobId}: ${step.uses} names no action in actions/`);
        continue;
      }
      const inputs = (parse(fs.readFileSync(file, 'utf8')) as { inputs?: Record<string, { required?: boolean; default?: unknown }> }).inputs ?? {};
      for (const key of Object.keys(step.with ?? {})) if (!(key in inputs)) out.push(`${jobId}: ${m[1]} has no input "${key}"`);
      for (const [name, spec] of Object.entries(inputs)) if (spec.required && spec.default === undefined && !(name in (step.with ?? {}))) out.push(`${jobId}: ${m[1]} needs input "${name}"`);
    }
  }
  return out;
}
