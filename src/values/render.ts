import { UsageError } from '../core/finding.js';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { isPlainObject } from './load.js';

export interface HookResource {
  kind: string;
  name: string;
  hook: string;
  /** Template the resource came from (helm prints `# Source: airflow/templates/...`). */
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
  | { kind: 'rendered'; hooks: HookResource[]; resources: number }
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

/** Runs `helm template` (argv only, no shell) and lists every rendered resource with a helm.sh/hook annotation. */
export async function renderChart(options: {
  helm?: string;
  chartDir: string;
  renderable: boolean;
  valuesFiles: string[];
  cwd: string;
  releaseName?: string;
  namespace?: string;
  timeoutMs?: number;
}): Promise<RenderOutcome> {
  const helm = options.helm ?? findOnPath('helm');
  if (!helm) return { kind: 'skipped', reason: 'helm is not on PATH' };
  if (!options.renderable) return { kind: 'skipped', reason: 'the chart source has no templates/ directory' };
  const args = ['template', options.releaseName ?? 'airflow', options.chartDir, '--namespace', options.namespace ?? 'airflow'];
  for (const f of options.valuesFiles) args.push('--values', path.resolve(options.cwd, f));
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(helm, args, { cwd: options.cwd, env: process.env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 }, (err, out, errOut) => {
      const c = err ? (typeof (err as NodeJS.ErrnoException & { code?: unknown }).code === 'number' ? ((err as unknown as { code: number }).code) : 1) : 0;
      resolve({ code: c, stdout: String(out ?? ''), stderr: String(errOut ?? (err ? err.message : '')) });
    });
  });
  if (code !== 0) return { kind: 'failed', stderr: stderr.trim() || `helm exited with code ${code}` };
  return { kind: 'rendered', ...findHooks(stdout) };
}

export function findHooks(manifests: string): { hooks: HookResource[]; resources: number } {
  const hooks: HookResource[] = [];
  let resources = 0;
  for (const doc of parseAllDocuments(manifests, { uniqueKeys: false })) {
    if (!('contents' in doc)) continue;
    const obj = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (!isPlainObject(obj)) continue;
    resources++;
    const meta = isPlainObject(obj.metadata) ? obj.metadata : {};
    const annotations = isPlainObject(meta.annotations) ? meta.annotations : {};
    const hook = annotations['helm.sh/hook'];
    if (hook === undefined) continue;
    const source = /^# Source: (.+)$/m.exec(String(doc.commentBefore ?? ''))?.[1] ?? /# Source: (.+)/.exec(doc.toString())?.[1];
    hooks.push({ kind: String(obj.kind ?? '?'), name: String(meta.name ?? '?'), hook: String(hook), source: source?.trim() });
  }
  return { hooks, resources };
}
