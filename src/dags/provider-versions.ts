import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Config } from '../core/config.js';
import { UsageError } from '../core/finding.js';
import { DEFAULT_PROVIDER_VERSIONS } from '../core/versions.js';

/** Files read for provider pins when the config names none (each only when it exists at the root). */
export const DEFAULT_REQUIREMENTS_FILES = ['requirements.txt', 'constraints.txt'];

const PROVIDER_PREFIX = 'apache-airflow-providers-';
/** Big enough for any real requirements or constraints file (Airflow's own constraints are ~30 KB). */
const MAX_REQUIREMENTS_BYTES = 1 << 20;

/** 'postgres', 'apache_airflow_providers_postgres', 'Apache-Airflow-Providers-Postgres' → 'apache-airflow-providers-postgres' (PEP 503). */
export function providerPackageName(name: string): string {
  const normal = name.trim().toLowerCase().replace(/[-_.]+/g, '-');
  return normal.startsWith(PROVIDER_PREFIX) ? normal : PROVIDER_PREFIX + normal;
}

const REQUIREMENT = /^\s*(apache[-_.]airflow[-_.]providers[-_.][A-Za-z0-9._-]+)\s*(?:\[[^\]]*\])?\s*(===?|~=|>=)\s*([0-9][0-9A-Za-z.+!-]*)/i;

/**
 * Provider versions pinned in a requirements or constraints file. `==`/`===` pins are exact; `>=`
 * and `~=` give the lowest version the image can have, which is what a removal check needs (a name
 * removed at or below that version is surely gone). Other lines (comments, options, other packages,
 * URLs, unpinned names) are skipped.
 */
export function parseRequirements(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s#.*$/, '');
    const m = REQUIREMENT.exec(line);
    if (m) out[providerPackageName(m[1])] = m[3].replace(/\.$/, '');
  }
  return out;
}

export interface ProviderVersions {
  /** Package → version assumed for the image. */
  versions: Record<string, string>;
  /** Where the non-default versions came from, for the run details ('requirements.txt', 'config'). */
  sources: string[];
}

/** Defaults, overlaid with requirements/constraints files at the root, overlaid with `dags.provider-versions`. */
export function resolveProviderVersions(config: Config, root: string): ProviderVersions {
  const versions: Record<string, string> = { ...DEFAULT_PROVIDER_VERSIONS };
  const sources: string[] = [];
  const configured = config.dags.requirements;
  for (const file of configured ?? DEFAULT_REQUIREMENTS_FILES) {
    const abs = path.resolve(root, file);
    let text: string;
    try {
      const stat = fs.statSync(abs);
      if (!stat.isFile() || stat.size > MAX_REQUIREMENTS_BYTES) throw new Error(stat.isFile() ? 'too large' : 'not a regular file');
      text = fs.readFileSync(abs, 'utf8');
    } catch (e) {
      // A default file that is absent is the normal case; a configured one must be there.
      if (!configured) continue;
      throw new UsageError(`dags.requirements: "${file}" cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); paths are relative to ${root}.`);
    }
    const pins = parseRequirements(text);
    if (Object.keys(pins).length) sources.push(file);
    Object.assign(versions, pins);
  }
  const explicit = config.dags.providerVersions;
  if (explicit && Object.keys(explicit).length) {
    for (const [name, version] of Object.entries(explicit)) versions[providerPackageName(name)] = version;
    sources.push('config dags.provider-versions');
  }
  return { versions, sources };
}
