import type { ValuesRule } from '../context.js';
import { didYouMean } from '../suggest.js';

/** Keys helm itself accepts at the top level of any chart's values. */
const HELM_RESERVED = new Set(['global']);

export function knownTopLevelKeys(ctx: { chart: { schema?: Record<string, unknown>; defaults: Record<string, unknown>; topLevelKeys?: string[] } }): Set<string> {
  const props = (ctx.chart.schema?.properties as Record<string, unknown> | undefined) ?? {};
  return new Set([...Object.keys(props), ...Object.keys(ctx.chart.defaults), ...(ctx.chart.topLevelKeys ?? []), ...HELM_RESERVED]);
}

export const unknownTopLevelKey: ValuesRule = {
  meta: {
    id: 'VAL011',
    name: 'unknown-top-level-key',
    severity: 'error',
    check: 'validate-values',
    summary: 'A top-level key the chart does not know; Helm ignores it silently.',
    docs: {
      what: "Reports a top-level key that is neither in the chart's values.yaml nor in its schema, with the closest known key.",
      why: "The chart's schema does not forbid unknown top-level keys, so `helm install` accepts a misspelled section and applies the defaults instead: `migrateDBJob.useHelmHooks: false` leaves the migration job a Helm hook.",
      example: 'migrateDBJob:\n  useHelmHooks: false\n',
      fix: 'migrateDatabaseJob:\n  useHelmHooks: false\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    const known = knownTopLevelKeys(ctx);
    for (const key of Object.keys(ctx.user)) {
      if (known.has(key)) continue;
      // Dotted keys whose first part is known are flat-dotted-key's business.
      if (key.includes('.') && known.has(key.split('.')[0])) continue;
      const suggestion = didYouMean(key, [...known].filter((k) => !HELM_RESERVED.has(k)));
      const consequence = suggestion
        ? ` Helm ignores it, so everything under ${suggestion} keeps the chart defaults${defaultsNote(ctx.chart.defaults[suggestion])}.`
        : ' Helm ignores it silently.';
      ctx.report([key], {
        message: `Unknown top-level key ${key}${suggestion ? `; did you mean ${suggestion}?` : ` for chart ${ctx.chart.version}.`}${consequence}`,
        fix: suggestion ? `Rename ${key} to ${suggestion}.` : 'Remove the key or move it under the section it belongs to.',
      });
    }
  },
};

function defaultsNote(defaults: unknown): string {
  if (!defaults || typeof defaults !== 'object' || Array.isArray(defaults)) return '';
  const d = defaults as Record<string, unknown>;
  const notable = ['useHelmHooks', 'applyCustomEnv', 'enabled'].filter((k) => d[k] === true);
  return notable.length ? ` (${notable.map((k) => `${k}: true`).join(', ')})` : '';
}
