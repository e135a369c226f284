import type { ErrorObject } from 'ajv';
import type { Range, Severity } from '../core/finding.js';
import type { RuleMeta } from '../core/rule.js';
import type { ChartSource } from './chart.js';
import type { AirflowFacts } from './data/airflow-facts.js';
import type { ChartFacts } from './data/chart-facts.js';
import { isPlainObject } from './load.js';
import type { ValuesPolicy } from './policy.js';

/** Where a finding points: a file and (usually) a range. */
export interface Location {
  file?: string;
  range?: Range;
}

export interface Report {
  message: string;
  fix?: string;
  /** Overrides the rule's default severity for this one report (before config overrides). */
  severity?: Severity;
}

/** What a rule sees: the values (as set and as effective), the chart, the versions and the policy. */
export interface RuleContext {
  /** The user's files merged, without chart defaults. */
  user: Record<string, unknown>;
  /** Chart defaults coalesced with the user's values, as helm renders them. */
  effective: Record<string, unknown>;
  chart: ChartSource;
  chartFacts: ChartFacts;
  airflowVersion: string;
  airflowFacts: AirflowFacts;
  policy: ValuesPolicy;
  /** ajv errors of the effective values against the chart schema; undefined when the chart has none. */
  schemaErrors(): ErrorObject[] | undefined;
  /** Whether the user's files set this path (to anything, null included). */
  isSet(path: string[]): boolean;
  /** The effective value at a path (user value, else chart default). */
  get(path: string[]): unknown;
  /** The location of a path: where it was set, else its nearest set ancestor, else the first file. */
  locate(path: string[]): Location;
  /** Reports at the location of `path`. */
  report(path: string[], report: Report): void;
  /** Reports at an explicit location. */
  reportAt(location: Location, report: Report): void;
}

/** A check over the loaded values: metadata plus a function that calls ctx.report. */
export interface ValuesRule {
  meta: RuleMeta;
  /**
   * What of the chart's own files the rule reads beyond the built-in chart facts (its schema, every
   * nested default); such a rule does not run when the chart could not be downloaded.
   */
  needsChart?: string;
  check(ctx: RuleContext): void | Promise<void>;
}

export function getPath(root: unknown, path: string[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isPlainObject(cur)) cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : undefined;
    else return undefined;
  }
  return cur;
}

export function hasPath(root: unknown, path: string[]): boolean {
  let cur: unknown = root;
  for (const seg of path) {
    if (!isPlainObject(cur) || !Object.prototype.hasOwnProperty.call(cur, seg)) {
      if (Array.isArray(cur) && Number(seg) < cur.length) {
        cur = cur[Number(seg)];
        continue;
      }
      return false;
    }
    cur = cur[seg];
  }
  return true;
}

/** Helm and Airflow both read these as true; Airflow's config parser accepts the strings too. */
export function isTruthy(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return ['true', 't', '1', 'yes', 'y', 'on'].includes(v.trim().toLowerCase());
  return false;
}

/** A Helm template's truthiness (`{{ if .Values.x }}`): empty strings, 0, false, nil, empty maps/lists are false. */
export function helmTruthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isPlainObject(v)) return Object.keys(v).length > 0;
  return true;
}

export function dotted(path: string[]): string {
  return path.join('.');
}

/** Renders a value for a message: strings quoted, the rest as YAML-ish JSON. */
export function show(v: unknown): string {
  if (v === undefined) return 'unset';
  if (typeof v === 'string') return JSON.stringify(v);
  return JSON.stringify(v);
}
