import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { UsageError } from './finding.js';
import type { RuleMeta, SeverityOverride } from './rule.js';
import { closestMatch } from './suggest.js';

export const CONFIG_FILE_NAMES = ['.airflow-gitops.yml', '.airflow-gitops.yaml'];

/** The parsed .airflow-gitops.yml; each engine reads its own section and validates it. */
export interface Config {
  /** Absolute path of the file, or undefined when running on defaults. */
  file?: string;
  /** Rule id or name → severity or off. */
  rules: Record<string, SeverityOverride>;
  /** Globs (relative to the repository root) never linted. */
  ignore: string[];
  dags: DagsConfig;
  /** Raw sections for the other engines (values, wasb, migrate): validated where used. */
  sections: Record<string, unknown>;
}

export interface DagsConfig {
  /** Replaces the default heavy-import list when given. */
  heavyImports?: string[];
  /** Added to the (default or replaced) heavy-import list. */
  extraHeavyImports?: string[];
  requiredTags?: string[];
  requireOwner?: boolean;
  /** Files larger than this are skipped with a finding. */
  maxFileBytes?: number;
  /** Provider package (or short name: postgres) → the version the image has; wins over requirements files. */
  providerVersions?: Record<string, string>;
  /** Requirements/constraints files (relative to the root) to read provider pins from; default requirements.txt and constraints.txt when present. */
  requirements?: string[];
}

const SEVERITIES = new Set(['error', 'warning', 'note', 'off']);
/** Sections read by the engines other than lint-dags (each validates its own keys where used). */
const ENGINE_SECTIONS = ['values', 'wasb', 'migrate'];
const TOP_LEVEL_KEYS = ['rules', 'ignore', 'dags', ...ENGINE_SECTIONS];
const DAGS_KEYS = ['heavy-imports', 'extra-heavy-imports', 'required-tags', 'require-owner', 'max-file-bytes', 'provider-versions', 'requirements'];
const VERSION = /^\d+(\.\d+)*$/;

export function defaultConfig(): Config {
  return { rules: {}, ignore: [], dags: {}, sections: {} };
}

/** Finds the config file upward from `startDir` (stops at the filesystem root). */
export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfig(explicitPath: string | undefined, cwd: string = process.cwd()): Config {
  const file = explicitPath ? path.resolve(cwd, explicitPath) : findConfigFile(cwd);
  if (!file) return defaultConfig();
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`Config file ${file} cannot be read; check the path given to --config.`);
  }
  return parseConfig(text, file);
}

function fail(file: string, what: string): never {
  throw new UsageError(`Config ${file}: ${what}`);
}

function unknownKey(file: string, prefix: string, key: string, known: string[]): never {
  const match = closestMatch(key, known);
  fail(file, `unknown key ${prefix}${key}${match ? `; did you mean ${prefix}${match}?` : '.'} Known: ${known.map((k) => prefix + k).join(', ')}.`);
}

function stringList(value: unknown, file: string, key: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    fail(file, `${key} must be a list of strings.`);
  }
  return value as string[];
}

export function parseConfig(text: string, file: string): Config {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) fail(file, `invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  const raw = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (raw === null || raw === undefined) return { ...defaultConfig(), file };
  if (typeof raw !== 'object' || Array.isArray(raw)) fail(file, 'the top level must be a mapping.');
  const obj = raw as Record<string, unknown>;
  const config: Config = { ...defaultConfig(), file };

  for (const [key, value] of Object.entries(obj)) {
    switch (key) {
      case 'rules': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, 'rules must be a mapping of rule id to severity.');
        for (const [rule, sev] of Object.entries(value as Record<string, unknown>)) {
          const s = sev === false ? 'off' : String(sev);
          if (!SEVERITIES.has(s)) fail(file, `rules.${rule} must be error, warning, note or off (got "${String(sev)}").`);
          config.rules[rule] = s as SeverityOverride;
        }
        break;
      }
      case 'ignore':
        config.ignore = stringList(value, file, 'ignore');
        break;
      case 'dags':
        config.dags = parseDagsSection(value, file);
        break;
      default:
        if (!ENGINE_SECTIONS.includes(key)) unknownKey(file, '', key, TOP_LEVEL_KEYS);
        config.sections[key] = value;
    }
  }
  return config;
}

function parseDagsSection(value: unknown, file: string): DagsConfig {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) fail(file, 'dags must be a mapping.');
  const out: DagsConfig = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    switch (key) {
      case 'heavy-imports':
        out.heavyImports = stringList(v, file, 'dags.heavy-imports');
        break;
      case 'extra-heavy-imports':
        out.extraHeavyImports = stringList(v, file, 'dags.extra-heavy-imports');
        break;
      case 'required-tags':
        out.requiredTags = stringList(v, file, 'dags.required-tags');
        break;
      case 'require-owner':
        if (typeof v !== 'boolean') fail(file, 'dags.require-owner must be true or false.');
        out.requireOwner = v;
        break;
      case 'max-file-bytes':
        if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) fail(file, 'dags.max-file-bytes must be a positive integer.');
        out.maxFileBytes = v;
        break;
      case 'provider-versions': {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, 'dags.provider-versions must be a mapping of provider package to version, e.g. apache-airflow-providers-postgres: "6.2.0".');
        out.providerVersions = {};
        for (const [name, version] of Object.entries(v as Record<string, unknown>)) {
          const text = typeof version === 'number' ? String(version) : version;
          if (typeof text !== 'string' || !VERSION.test(text.trim())) fail(file, `dags.provider-versions.${name} must be a version such as "6.2.0" (got ${JSON.stringify(version)}); quote it in YAML.`);
          out.providerVersions[name] = text.trim();
        }
        break;
      }
      case 'requirements':
        out.requirements = stringList(v, file, 'dags.requirements');
        break;
      default:
        unknownKey(file, 'dags.', key, DAGS_KEYS);
    }
  }
  return out;
}

/**
 * Fails on a `rules:` entry that names no rule (a typo would otherwise silently keep the rule on).
 * `known` is every rule of every check: one config file serves all of them. The caller passes the
 * registry so core stays free of engine imports.
 */
export function checkRuleNames(config: Config, known: Pick<RuleMeta, 'id' | 'name'>[]): void {
  const names = new Set(known.flatMap((r) => [r.id, r.name]));
  for (const rule of Object.keys(config.rules)) {
    if (names.has(rule)) continue;
    const match = closestMatch(rule, names);
    fail(config.file ?? 'config', `rules.${rule} is not a rule id or name${match ? `; did you mean ${match}?` : '.'} \`airflow-gitops rules\` lists them all.`);
  }
}
