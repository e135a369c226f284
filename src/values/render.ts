import { UsageError } from '../core/finding.js';
import { concurrencyLimit } from '../core/limit.js';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { isPlainObject } from './load.js';

/** One document of `helm template` output: what the Argo CD view needs, read without parsing the whole document. */
export interface RenderedResource {
  kind: string;
  name: string;
  namespace?: string;
  /** Template the resource came from (helm prints `# Source: airflow/templates/...`). */
  source?: string;
  annotations: Record<string, string>;
  /** The document's text as helm printed it: two renders are compared on it. */
  text: string;
}

export interface HookResource {
  kind: string;
  name: string;
  hook: string;
  source?: string;
}

/** One vocabulary for the CLI's --render and the actions' `render` input. */
export type RenderMode = 'auto' | 'on' | 'off';
const RENDER_MODES: RenderMode[] = ['auto', 'on', 'off'];

/** Parses --render / input `render` (empty: auto). */
export function parseRenderMode(raw: string | undefined): RenderMode {
  const value = (raw ?? '').trim() || 'auto';
  if (!RENDER_MODES.includes(value as RenderMode)) throw new UsageError(`render must be auto, on or off (got "${value}").`);
  return value as RenderMode;
}

export type RenderOutcome =
  | {
      kind: 'rendered';
      resources: RenderedResource[];
      hooks: HookResource[];
      /** A second render of the same values (when asked for): what differs is random at render time. */
      second?: RenderedResource[];
      ms: number;
    }
  | { kind: 'failed'; stderr: string }
  | { kind: 'skipped'; reason: string };

/** Finds an executable on PATH without a shell. */
export function findOnPath(name: string, envPath = process.env.PATH ?? ''): string | undefined {
  const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of envPath.split(path.delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/**
 * How many helm processes run at once in this process, across every file set being validated: helm
 * template is CPU-bound (one core each), so more than the machine has only slows each one down.
 */
const HELM_SLOTS = Math.max(2, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
const withHelmSlot = concurrencyLimit(HELM_SLOTS);

function runHelm(helm: string, args: string[], cwd: string, timeoutMs: number): Promise<{ code: number; stdout: string; stderr: string }> {
  return withHelmSlot(
    () =>
      new Promise((resolve) => {
        execFile(helm, args, { cwd, env: process.env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, out, errOut) => {
          const c = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as unknown as { code: number }).code : 1) : 0;
          resolve({ code: c, stdout: String(out ?? ''), stderr: String(errOut ?? (err ? err.message : '')) });
        });
      }),
  );
}

/**
 * Runs `helm template` (argv only, no shell) once, or twice in parallel when `twice` is set (the
 * second render shows what the chart generates at random), and lists the rendered resources.
 */
export async function renderChart(options: {
  helm?: string;
  chartDir: string;
  renderable: boolean;
  valuesFiles: string[];
  cwd: string;
  releaseName?: string;
  namespace?: string;
  timeoutMs?: number;
  twice?: boolean;
}): Promise<RenderOutcome> {
  const helm = options.helm ?? findOnPath('helm');
  if (!helm) return { kind: 'skipped', reason: 'helm is not on PATH' };
  if (!options.renderable) return { kind: 'skipped', reason: 'the chart source has no templates/ directory' };
  const args = ['template', options.releaseName ?? 'airflow', options.chartDir, '--namespace', options.namespace ?? 'airflow'];
  for (const f of options.valuesFiles) args.push('--values', path.resolve(options.cwd, f));
  const started = performance.now();
  const timeout = options.timeoutMs ?? 120_000;
  const runs = await Promise.all((options.twice ? [0, 1] : [0]).map(() => runHelm(helm, args, options.cwd, timeout)));
  const failed = runs.find((r) => r.code !== 0);
  if (failed) return { kind: 'failed', stderr: failed.stderr.trim() || `helm exited with code ${failed.code}` };
  const resources = scanManifests(runs[0].stdout);
  return {
    kind: 'rendered',
    resources,
    hooks: hooksOf(resources),
    second: runs[1] ? scanManifests(runs[1].stdout) : undefined,
    ms: Math.round(performance.now() - started),
  };
}

function hooksOf(resources: RenderedResource[]): HookResource[] {
  return resources.filter((r) => r.annotations['helm.sh/hook'] !== undefined).map((r) => ({ kind: r.kind, name: r.name, hook: r.annotations['helm.sh/hook'], source: r.source }));
}

/** Every resource with a helm.sh/hook annotation, and how many resources the output holds. */
export function findHooks(manifests: string): { hooks: HookResource[]; resources: number } {
  const resources = scanManifests(manifests);
  return { hooks: hooksOf(resources), resources: resources.length };
}

const DOCUMENT_START = /^---[ \t]*(?:#.*)?$/;
/** The top-level keys the Argo CD view reads; everything else (specs, data) is skipped unparsed. */
const HEADER_KEY = /^(kind|metadata)[ \t]*:/;

/**
 * Splits helm's output into documents and reads kind and metadata only. helm prints block-style
 * YAML whose top-level keys start in column 0, so a document's `kind:` and `metadata:` entries are
 * their line plus the indented lines below it; only those few lines go through the YAML parser.
 * (Parsing every document whole was a sixth of the rendered check's time.) A document whose header
 * cannot be read this way is parsed whole.
 */
export function scanManifests(manifests: string): RenderedResource[] {
  const out: RenderedResource[] = [];
  const lines = manifests.split(/\r?\n/);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !DOCUMENT_START.test(lines[i])) continue;
    if (i > start) {
      const resource = readDocument(lines.slice(start, i));
      if (resource) out.push(resource);
    }
    start = i + 1;
  }
  return out;
}

function readDocument(lines: string[]): RenderedResource | undefined {
  let source: string | undefined;
  const header: string[] = [];
  let inHeader = false;
  let content = false;
  for (const line of lines) {
    if (!content && !source) {
      const m = /^# Source: (.+)$/.exec(line);
      if (m) source = m[1].trim();
    }
    if (line === '' || /^[ \t]*#/.test(line)) {
      if (inHeader) header.push(line);
      continue;
    }
    content = true;
    if (/^[ \t]/.test(line)) {
      if (inHeader) header.push(line);
      continue;
    }
    inHeader = HEADER_KEY.test(line);
    if (inHeader) header.push(line);
  }
  if (!content) return undefined;
  const text = lines.join('\n');
  let head: unknown;
  try {
    head = parse(header.length ? header.join('\n') : text, { uniqueKeys: false, maxAliasCount: 100 });
    if (!isPlainObject(head) || head.kind === undefined) head = parse(text, { uniqueKeys: false, maxAliasCount: 100 });
  } catch {
    try {
      head = parse(text, { uniqueKeys: false, maxAliasCount: 100 });
    } catch {
      return undefined;
    }
  }
  if (!isPlainObject(head)) return undefined;
  const meta = isPlainObject(head.metadata) ? head.metadata : {};
  const annotations: Record<string, string> = {};
  if (isPlainObject(meta.annotations)) for (const [k, v] of Object.entries(meta.annotations)) annotations[k] = v === null || v === undefined ? '' : String(v);
  return {
    kind: String(head.kind ?? '?'),
    name: String(meta.name ?? meta.generateName ?? '?'),
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
    source,
    annotations,
    text,
  };
}

/** Where two renders of the same values differ: the resource and the paths (never the values: they may be secrets). */
export interface ResourceDrift {
  kind: string;
  name: string;
  source?: string;
  paths: string[];
}

/**
 * Compares two renders resource by resource. Documents are compared as text first (helm's output
 * is otherwise identical from run to run); only the few that differ are parsed in full to name the
 * paths that changed.
 */
export function diffRenders(first: RenderedResource[], second: RenderedResource[]): ResourceDrift[] {
  const key = (r: RenderedResource) => `${r.kind}/${r.namespace ?? ''}/${r.name}/${r.source ?? ''}`;
  const secondByKey = new Map<string, RenderedResource[]>();
  for (const r of second) secondByKey.set(key(r), [...(secondByKey.get(key(r)) ?? []), r]);
  const drifts: ResourceDrift[] = [];
  for (const r of first) {
    const other = secondByKey.get(key(r))?.shift();
    if (other?.text === r.text) continue;
    const paths = other ? differingPaths(parseWhole(r.text), parseWhole(other.text), []) : ['(absent from the second render)'];
    drifts.push({ kind: r.kind, name: r.name, source: r.source, paths: paths.length ? paths : ['(formatting only)'] });
  }
  return drifts;
}

function parseWhole(text: string): unknown {
  try {
    return parse(text, { uniqueKeys: false, maxAliasCount: 100 });
  } catch {
    return text;
  }
}

function differingPaths(a: unknown, b: unknown, at: string[]): string[] {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => differingPaths(a[k], b[k], [...at, k]));
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.flatMap((v, i) => differingPaths(v, b[i], [...at, String(i)]));
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [at.join('.') || '(document)'];
}
