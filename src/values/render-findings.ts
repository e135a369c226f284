/**
 * Turns the Argo CD view of a render into findings at the values line to change. Where a value rule
 * already reported the same key, the render confirms that finding (its message gains the rendered
 * evidence) instead of adding a second one at the same line.
 */
import type { Finding } from '../core/finding.js';
import type { RuleMeta } from '../core/rule.js';
import type { ArgoDrift, ArgoView } from './argo.js';
import type { Location, Report } from './context.js';
import type { ResourceFix } from './data/render-fixes.js';
import type { RenderOutcome } from './render.js';
import { renderedDrift, renderedHelmHooks, renderedPlainJob } from './rules/rendered-helm-hooks.js';

export interface RenderReportIo {
  push(meta: RuleMeta, location: Location, report: Report): void;
  locate(path: string[]): Location;
  /** Findings so far (the value rules'): the ones the render confirms. */
  findings: Finding[];
  /** Where a finding with no known values key goes: the last values file. */
  fallback: Location;
}

/** Value rules whose claims a rendered hook / a rendered drift confirms. */
const HOOK_CLAIMS = new Set(['VAL020', 'VAL022']);
const DRIFT_CLAIMS = new Set(['VAL022', 'VAL023']);

function sameLine(a: Finding, b: Location): boolean {
  return a.file === b.file && a.range?.startLine === b.range?.startLine;
}

function locationOf(io: RenderReportIo, fix: ResourceFix | undefined): Location {
  return fix?.key.length ? io.locate(fix.key) : io.fallback;
}

/**
 * How a value rule's message names the key it claims about: unset keys all fall back to line 1, so
 * the line alone does not tell jwtSecretName from fernetKeySecretName.
 */
function claimPrefix(key: string[]): string {
  return key.length === 3 && key[2] === 'useHelmHooks' && (key[0] === 'extraSecrets' || key[0] === 'extraConfigMaps') ? `${key[0]} entry "${key[1]}"` : key.join('.');
}

function confirm(io: RenderReportIo, claims: Set<string>, at: Location, fix: ResourceFix | undefined, evidence: string): boolean {
  if (!fix?.key.length) return false;
  const prefix = claimPrefix(fix.key);
  const claimed = io.findings.filter((f) => claims.has(f.ruleId) && sameLine(f, at) && f.message.startsWith(prefix));
  for (const f of claimed) f.message = `${f.message} helm template confirms: ${evidence}`;
  return claimed.length > 0;
}

const named = (r: { kind: string; name: string }) => `${r.kind} ${r.name}`;

export function reportArgoView(view: ArgoView, io: RenderReportIo): void {
  for (const h of view.hooks) {
    if (h.helmHook === undefined) continue; // only an argocd.argoproj.io/hook: the user's own Argo CD set-up
    const at = locationOf(io, h.fix);
    const evidence = `${named(h)} carries helm.sh/hook: ${h.helmHook}${h.deletePolicy.length ? ` (delete policy ${h.deletePolicy.join(', ')})` : ''}; ${h.onSync}.`;
    if (confirm(io, HOOK_CLAIMS, at, h.fix, evidence)) continue;
    io.push(renderedHelmHooks, at, {
      message: `helm template renders ${named(h)} with helm.sh/hook: ${h.helmHook}${h.source ? ` (from ${h.source})` : ''}; ${h.onSync}.`,
      fix: h.fix ? `${capital(h.fix.set)}.` : 'Change the values that make the chart render it as a hook, then re-run.',
    });
  }

  // One finding per values key: a random Secret and the pods that restart because of it share one fix.
  const groups = new Map<string, { fix?: ResourceFix; drifts: ArgoDrift[] }>();
  for (const d of view.drift ?? []) {
    const id = d.fix ? d.fix.key.join('\u0000') : `${d.kind}/${d.name}`;
    const g = groups.get(id) ?? { fix: d.fix, drifts: [] };
    g.drifts.push(d);
    groups.set(id, g);
  }
  for (const { fix, drifts } of groups.values()) {
    const at = locationOf(io, fix);
    const changed = drifts.filter((d) => !d.restartsOnSync).map((d) => `${named(d)}${d.hook ? ' (a hook, re-created on each sync)' : ''} differs at ${d.paths.join(', ')}`);
    const restarted = drifts.filter((d) => d.restartsOnSync);
    const restarts = restarted.length
      ? `${restarted.map(named).join(', ')} ${restarted.length === 1 ? 'has' : 'have'} a pod template that differs at ${[...new Set(restarted.flatMap((d) => d.paths))].join(', ')}, so Argo CD restarts ${restarted.length === 1 ? 'its pods' : 'their pods'} on every sync`
      : '';
    const evidence = `rendered twice with the same values, ${[...changed, restarts].filter(Boolean).join('; ')}.`;
    if (confirm(io, DRIFT_CLAIMS, at, fix, evidence)) continue;
    io.push(renderedDrift, at, {
      message: `Two helm template renders of the same values differ: ${[...changed, restarts].filter(Boolean).join('; ')}. Argo CD shows the application OutOfSync after every refresh.`,
      fix: fix ? `${capital(fix.set)}.` : `Set explicitly the value the chart generates at render time in ${drifts[0].source ?? 'that template'}.`,
    });
  }

  for (const r of view.syncRisks) {
    const ttl = r.ttlSecondsAfterFinished;
    const consequence = r.templateDrifts
      ? 'its pod template differs between two renders of the same values, so every sync while the Job exists fails with "field is immutable"'
      : 'a sync that changes its pod template (a new image, new env) while the Job exists fails with "field is immutable"';
    const afterTtl = ttl !== undefined ? `; with ttlSecondsAfterFinished: ${ttl}, Kubernetes deletes the finished Job and Argo CD shows it Missing (OutOfSync) until a sync creates and runs it again` : '';
    io.push(renderedPlainJob, r.fix.key.length ? io.locate(r.fix.key) : io.fallback, {
      message: `${named(r)} is a plain resource to Argo CD (no hook annotation): ${consequence}${afterTtl}.`,
      fix: `${capital(r.fix.set)}.`,
      severity: r.templateDrifts ? 'error' : undefined,
    });
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The `render` section of `--format json`: what helm rendered and what Argo CD makes of it. */
export function renderSection(render: RenderOutcome | undefined, view: ArgoView | undefined, mode: string): Record<string, unknown> {
  if (!render) return { mode, status: 'off' };
  if (render.kind !== 'rendered') return { mode, status: render.kind, ...(render.kind === 'skipped' ? { reason: render.reason } : {}) };
  const fix = (f: ResourceFix | undefined) => (f ? { key: f.key.join('.'), set: f.set } : undefined);
  return {
    mode,
    status: 'rendered',
    renders: render.second ? 2 : 1,
    durationMs: render.ms,
    resources: render.resources.length,
    argo: view && {
      hooks: view.hooks.map((h) => ({ ...h, fix: fix(h.fix) })),
      drift: view.drift?.map((d) => ({ ...d, fix: fix(d.fix) })) ?? null,
      syncRisks: view.syncRisks.map((r) => ({ ...r, fix: fix(r.fix) })),
      keptOnDelete: view.keptOnDelete,
    },
  };
}
