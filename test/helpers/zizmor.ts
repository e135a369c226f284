import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
/** Set by CI (.ci/run): a missing zizmor fails the policy test instead of skipping it. */
export const REQUIRE_ENV = 'AIRFLOW_GITOPS_REQUIRE_AIRFLOW';
/** Our zizmor policy: every action pinned by SHA except this repository's own, which the docs name at @v0. */
export const ZIZMOR_CONFIG = path.join(repoRoot, '.github/zizmor.yml');

export interface ZizmorFinding {
  /** The audit, e.g. unpinned-uses. */
  ident: string;
  severity: 'Unknown' | 'Informational' | 'Low' | 'Medium' | 'High';
  /** file:line of the primary location, as zizmor reports it (1-based line). */
  where: string;
  desc: string;
}

/** The pinned zizmor built by scripts/zizmor.mjs, or the one line saying why there is none. */
export function zizmorBinary(): { binary?: string; problem?: string } {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/zizmor.mjs'), '--path'], { encoding: 'utf8', timeout: 30_000 });
  if (r.status === 0) return { binary: r.stdout.trim() };
  return { problem: r.stderr.trim().split('\n').pop() || `scripts/zizmor.mjs --path exited ${r.status}` };
}

interface RawLocation {
  symbolic: { kind: string; key: { Local?: { verbatim_path: string } } };
  concrete: { location: { start_point: { row: number } } };
}

/**
 * zizmor offline (no GitHub API: the audits that need it are skipped) on workflow and action files,
 * paths relative to the repository root. Every finding at every severity, ignored ones left out.
 */
export function zizmor(binary: string, files: string[], cwd = repoRoot): ZizmorFinding[] {
  const r = spawnSync(binary, ['--offline', '--no-progress', '--format', 'json', '--config', ZIZMOR_CONFIG, ...files], { cwd, encoding: 'utf8', timeout: 120_000 });
  // 0: no findings; 10-14: findings, the code naming the worst severity; anything else is a failure to run.
  if (r.status === null || (r.status !== 0 && r.status < 10)) throw new Error(`zizmor did not run (exit ${r.status ?? r.signal}): ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  const raw = JSON.parse(r.stdout) as { ident: string; desc: string; ignored: boolean; determinations: { severity: ZizmorFinding['severity'] }; locations: RawLocation[] }[];
  return raw
    .filter((f) => !f.ignored)
    .map((f) => {
      const primary = f.locations.find((l) => l.symbolic.kind === 'Primary') ?? f.locations[0];
      const file = primary?.symbolic.key.Local?.verbatim_path ?? '?';
      return { ident: f.ident, severity: f.determinations.severity, desc: f.desc, where: `${file}:${(primary?.concrete.location.start_point.row ?? -1) + 1}` };
    });
}

export function aboveLow(findings: ZizmorFinding[]): ZizmorFinding[] {
  return findings.filter((f) => f.severity === 'Medium' || f.severity === 'High' || f.severity === 'Unknown');
}
