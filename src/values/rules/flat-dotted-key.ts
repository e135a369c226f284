import type { ValuesRule } from '../context.js';
import { isPlainObject } from '../load.js';
import { quotableValue } from '../quote-value.js';
import { knownTopLevelKeys } from './unknown-top-level-key.js';

export const flatDottedKey: ValuesRule = {
  meta: {
    id: 'VAL012',
    name: 'flat-dotted-key',
    severity: 'error',
    check: 'validate-values',
    summary: 'A dotted key such as `createUserJob.useHelmHooks` in a values file; Helm does not nest it.',
    docs: {
      what: 'Reports a key containing dots whose first part is a chart key, at the top level or inside a known section.',
      why: 'Dots nest only in `--set`; in a values file `createUserJob.useHelmHooks: false` is one literal key that the chart never reads, so the default (true) stays.',
      example: 'createUserJob.useHelmHooks: false\n',
      fix: 'createUserJob:\n  useHelmHooks: false\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    const visit = (user: Record<string, unknown>, defaults: Record<string, unknown> | undefined, known: Set<string>, at: string[]) => {
      for (const [key, value] of Object.entries(user)) {
        const parts = key.split('.');
        if (parts.length > 1 && parts.every(Boolean) && known.has(parts[0])) {
          // The value is shown only when it is a plain, non-secret scalar (see quote-value.ts).
          const nested = `${parts.join(': { ')}: ${quotableValue([...at, key], value) ?? '…'}${' }'.repeat(parts.length - 1)}`;
          ctx.report([...at, key], {
            message: `${[...at, key].join('.')} is a single key with dots in it; Helm does not nest dotted keys from values files, so ${[...at, ...parts].join('.')} keeps its default.`,
            fix: `Nest it as a mapping: ${nested}.`,
          });
          continue;
        }
        const d = defaults?.[key];
        if (isPlainObject(value) && isPlainObject(d) && at.length < 3) visit(value, d, new Set(Object.keys(d)), [...at, key]);
      }
    };
    visit(ctx.user, ctx.chart.defaults, knownTopLevelKeys(ctx), []);
  },
};
