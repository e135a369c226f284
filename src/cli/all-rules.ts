import type { RuleMeta } from '../core/rule.js';
import { dagRules } from '../dags/rules/index.js';
import { migrateRules } from '../kube/rules/index.js';
import { valuesRules } from '../values/rules/index.js';
import { wasbRules } from '../wasb/rules/index.js';

/** Every rule of every check, in documentation order. */
export function allRules(): RuleMeta[] {
  return [...dagRules.map((r) => r.meta), ...valuesRules, ...wasbRules, ...migrateRules];
}
