/**
 * What Argo CD does with the chart's rendered output, read from the real `helm template` output
 * (and a second render of the same values), never guessed from the values. Facts from Argo CD's
 * documentation: https://argo-cd.readthedocs.io/en/stable/user-guide/helm/#helm-hooks (how helm
 * hook annotations map to Argo CD hooks), .../helm/#random-data (randAlphaNum keeps an application
 * OutOfSync), .../sync-waves/ (hook phases and delete policies) and .../sync-options/ (Replace=true).
 */
import { diffRenders, type RenderedResource } from './render.js';
import { FIX_BY_RESOURCE, JOB_ANNOTATIONS_KEY, USER_NAMED_TEMPLATES, type ResourceFix } from './data/render-fixes.js';
import { isPlainObject } from './load.js';

/** helm.sh/hook values Argo CD maps onto its own hook phases; crd-install is handled as a normal CRD. */
const HELM_HOOK_TO_ARGO: Record<string, string | null> = {
  'pre-install': 'PreSync',
  'pre-upgrade': 'PreSync',
  'post-install': 'PostSync',
  'post-upgrade': 'PostSync',
  'pre-delete': 'PreDelete',
  'post-delete': 'PostDelete',
  'crd-install': null,
};
/** helm.sh/hook-delete-policy values, as Argo CD's hook delete policies. */
const HELM_DELETE_POLICY_TO_ARGO: Record<string, string> = {
  'before-hook-creation': 'BeforeHookCreation',
  'hook-succeeded': 'HookSucceeded',
  'hook-failed': 'HookFailed',
};
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

export interface ArgoHook {
  kind: string;
  name: string;
  source?: string;
  /** The helm.sh/hook annotation as rendered (absent when only argocd.argoproj.io/hook is set). */
  helmHook?: string;
  /** Argo CD hook phases the resource runs in: PreSync, PostSync, … */
  argoPhases: string[];
  /** Helm hook events Argo CD has no equivalent for (test, pre-rollback, …): ignored. */
  unsupported: string[];
  deletePolicy: string[];
  /** From helm.sh/hook-weight (Argo CD's sync wave) or argocd.argoproj.io/sync-wave. */
  syncWave?: string;
  /** What Argo CD does with it on each sync, in one sentence. */
  onSync: string;
  fix?: ResourceFix;
}

export interface ArgoDrift {
  kind: string;
  name: string;
  source?: string;
  /** Paths that differ between two renders of the same values (values never shown: they may be secrets). */
  paths: string[];
  hook: boolean;
  /** A Deployment/StatefulSet/DaemonSet whose pod template differs: Argo CD rolls its pods on every sync. */
  restartsOnSync: boolean;
  fix?: ResourceFix;
}

export interface ArgoSyncRisk {
  kind: string;
  name: string;
  source?: string;
  risk: 'immutable-job';
  /** The Job's pod template differs between two renders: every sync after the first fails. */
  templateDrifts: boolean;
  ttlSecondsAfterFinished?: number;
  fix: ResourceFix;
}

export interface ArgoView {
  hooks: ArgoHook[];
  /** Undefined when only one render ran. */
  drift?: ArgoDrift[];
  syncRisks: ArgoSyncRisk[];
  /** Resources kept on deletion (helm.sh/resource-policy: keep, i.e. Argo CD's Delete=false). */
  keptOnDelete: Array<{ kind: string; name: string }>;
}

function list(v: string | undefined): string[] {
  return (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The values key behind a rendered resource, when the chart's naming says which. */
export function fixFor(resource: { kind: string; name: string; source?: string }, user: Record<string, unknown>): ResourceFix | undefined {
  const known = FIX_BY_RESOURCE.find((f) => f.kind === resource.kind && resource.name.endsWith(f.suffix));
  if (known) return known.fix;
  const template = Object.keys(USER_NAMED_TEMPLATES).find((t) => resource.source?.endsWith(t));
  if (!template) return undefined;
  const section = USER_NAMED_TEMPLATES[template];
  const entries = isPlainObject(user[section]) ? Object.keys(user[section] as object) : [];
  // Entry names go through tpl (e.g. '{{ .Release.Name }}-extra'): match with any text for each template action.
  const entry = entries.find((k) => k === resource.name || new RegExp(`^${k.split(/\{\{.*?\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(resource.name));
  if (!entry) return { key: [section], set: `add useHelmHooks: false to the ${section} entry that renders ${resource.name}` };
  return { key: [section, entry, 'useHelmHooks'], set: `add useHelmHooks: false to the ${section} entry "${entry}"` };
}

/** For a resource that differs between renders: the key whose value is random (a user-named entry: the entry itself). */
function driftFixFor(resource: { kind: string; name: string; source?: string }, user: Record<string, unknown>): ResourceFix | undefined {
  const fix = fixFor(resource, user);
  if (!fix || fix.key[fix.key.length - 1] !== 'useHelmHooks' || fix.key.length !== 3) return fix;
  const [section, entry] = fix.key;
  return { key: [section, entry], set: `give the ${section} entry "${entry}" fixed values (no random template functions)` };
}

function hookOf(r: RenderedResource, user: Record<string, unknown>): ArgoHook | undefined {
  const argoHook = r.annotations['argocd.argoproj.io/hook'];
  const helmHook = r.annotations['helm.sh/hook'];
  if (argoHook === undefined && helmHook === undefined) return undefined;
  let argoPhases: string[];
  let unsupported: string[] = [];
  let deletePolicy: string[];
  if (argoHook !== undefined) {
    // An Argo CD hook annotation wins: the helm ones are then ignored.
    argoPhases = list(argoHook);
    deletePolicy = list(r.annotations['argocd.argoproj.io/hook-delete-policy']);
  } else {
    const events = list(helmHook);
    if (events.length && events.every((e) => e === 'crd-install')) return undefined;
    argoPhases = [...new Set(events.map((e) => HELM_HOOK_TO_ARGO[e]).filter((p): p is string => Boolean(p)))];
    unsupported = events.filter((e) => !(e in HELM_HOOK_TO_ARGO));
    deletePolicy = [...new Set(list(r.annotations['helm.sh/hook-delete-policy']).map((p) => HELM_DELETE_POLICY_TO_ARGO[p] ?? p))];
  }
  const syncWave = r.annotations['argocd.argoproj.io/sync-wave'] ?? r.annotations['helm.sh/hook-weight'];
  return { kind: r.kind, name: r.name, source: r.source, helmHook, argoPhases, unsupported, deletePolicy, syncWave, onSync: onSyncOf(r.kind, argoPhases, deletePolicy), fix: fixFor(r, user) };
}

function onSyncOf(kind: string, phases: string[], deletePolicy: string[]): string {
  if (!phases.length) return 'Argo CD has no equivalent for this helm hook and ignores it, so the resource is never applied';
  const when = phases.join(' and ');
  if (phases.every((p) => p === 'PreDelete' || p === 'PostDelete')) return `Argo CD applies it only when the application is deleted (${when})`;
  const runs = kind === 'Job' || kind === 'Pod' ? `runs it as a ${when} hook on every sync` : `applies it as a ${when} hook on every sync, outside the compared state`;
  const cleanup: string[] = [];
  if (deletePolicy.includes('BeforeHookCreation')) cleanup.push('deletes and re-creates it each time (BeforeHookCreation)');
  if (deletePolicy.includes('HookSucceeded')) cleanup.push('deletes it once it succeeds (HookSucceeded)');
  if (deletePolicy.includes('HookFailed')) cleanup.push('deletes it when it fails (HookFailed)');
  return `Argo CD ${runs}${cleanup.length ? ` and ${cleanup.join(', ')}` : ''}`;
}

/** The fix for a pod template that changes on every render: the value behind each `checksum/…` annotation that changed. */
function workloadFix(paths: string[], byName: Map<string, ResourceFix | undefined>): ResourceFix | undefined {
  for (const p of paths) {
    const m = /^spec\.template\.metadata\.annotations\.checksum\/(.+)$/.exec(p);
    if (!m) continue;
    if (m[1] === 'extra-secrets' || m[1] === 'extra-configmaps') {
      const section = m[1] === 'extra-secrets' ? 'extraSecrets' : 'extraConfigMaps';
      return { key: [section], set: `give the ${section} entries fixed values (no random template functions)` };
    }
    const known = FIX_BY_RESOURCE.find((f) => f.suffix === `-${m[1]}`);
    if (known) return known.fix;
    const drifting = [...byName.entries()].find(([name]) => name.endsWith(`-${m[1]}`));
    if (drifting?.[1]) return drifting[1];
  }
  return undefined;
}

/**
 * The Argo CD view of one render (and, when given, a second render of the same values): the
 * resources Argo CD treats as hooks, those that differ from render to render, and the plain Jobs
 * a sync can only update by replacing them.
 */
export function argoView(first: RenderedResource[], second: RenderedResource[] | undefined, user: Record<string, unknown>): ArgoView {
  const hooks = first.map((r) => hookOf(r, user)).filter((h): h is ArgoHook => Boolean(h));
  const hookNames = new Set(hooks.map((h) => `${h.kind}/${h.name}`));
  let drift: ArgoDrift[] | undefined;
  if (second) {
    const diffs = diffRenders(first, second);
    const fixes = new Map(diffs.map((d) => [d.name, driftFixFor(d, user)]));
    drift = diffs.map((d) => {
      const restartsOnSync = WORKLOADS.has(d.kind) && d.paths.some((p) => p.startsWith('spec.template.'));
      const fix = restartsOnSync ? workloadFix(d.paths, fixes) : fixes.get(d.name);
      return { kind: d.kind, name: d.name, source: d.source, paths: d.paths, hook: hookNames.has(`${d.kind}/${d.name}`), restartsOnSync, fix };
    });
  }
  const syncRisks: ArgoSyncRisk[] = [];
  for (const r of first) {
    if (r.kind !== 'Job' || hookNames.has(`Job/${r.name}`)) continue;
    const suffix = Object.keys(JOB_ANNOTATIONS_KEY).find((s) => r.name.endsWith(s));
    const key = suffix ? JOB_ANNOTATIONS_KEY[suffix] : undefined;
    const ttl = /^\s*ttlSecondsAfterFinished:\s*(\d+)\s*$/m.exec(r.text)?.[1];
    syncRisks.push({
      kind: r.kind,
      name: r.name,
      source: r.source,
      risk: 'immutable-job',
      templateDrifts: Boolean(drift?.some((d) => d.kind === 'Job' && d.name === r.name && d.paths.some((p) => p.startsWith('spec.template')))),
      ttlSecondsAfterFinished: ttl === undefined ? undefined : Number(ttl),
      fix: key
        ? { key, set: `set ${key.join('.')}: {"argocd.argoproj.io/hook": Sync} (Argo CD then runs it on each sync and re-creates it), or {"argocd.argoproj.io/sync-options": Replace=true}` }
        : { key: [], set: 'annotate the Job with argocd.argoproj.io/hook: Sync, or argocd.argoproj.io/sync-options: Replace=true' },
    });
  }
  const keptOnDelete = first.filter((r) => r.annotations['helm.sh/resource-policy'] === 'keep').map((r) => ({ kind: r.kind, name: r.name }));
  return { hooks, drift, syncRisks, keptOnDelete };
}
