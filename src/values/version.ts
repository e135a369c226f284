/** Minimal semver handling for chart and Airflow versions (x.y.z with optional pre-release). */
export function parseVersion(v: string): [number, number, number] | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(String(v).trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a) ?? [0, 0, 0];
  const pb = parseVersion(b) ?? [0, 0, 0];
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** Picks the entry of a version-keyed table whose `since` is the newest not after `version`. */
export function pickByVersion<T extends { since: string }>(table: T[], version: string): T {
  const sorted = [...table].sort((a, b) => compareVersions(a.since, b.since));
  let picked = sorted[0];
  for (const row of sorted) if (compareVersions(version, row.since) >= 0) picked = row;
  return picked;
}
