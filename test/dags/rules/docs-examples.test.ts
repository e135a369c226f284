import { dagRules } from '../../../src/dags/rules/index.js';
import { lint } from '../helpers.js';

// Rules whose examples cannot be linted as one file: cross-file, unreadable bytes, or policy needing config.
const NOT_SINGLE_FILE = new Set(['DAG002', 'DAG402']);
const SETTINGS: Record<string, object> = { DAG701: { requiredTags: ['team'] }, DAG702: { requireOwner: true } };

describe('every rule: its documented example triggers it, its documented fix does not', () => {
  const cases = dagRules.filter((r) => !NOT_SINGLE_FILE.has(r.meta.id)).map((r) => [r.meta.id, r] as const);
  it.each(cases)('%s', async (id, rule) => {
    const settings = SETTINGS[id] ?? {};
    const example = await lint(rule.meta.docs.example, settings);
    const fixed = await lint(rule.meta.docs.fix, settings);
    expect(example.findings.filter((f) => f.ruleId === id).length).toBeGreaterThan(0);
    expect(fixed.findings.filter((f) => f.ruleId === id)).toEqual([]);
  });
});
