import type { ErrorObject } from 'ajv';
import type { ValuesRule } from '../context.js';
import { quotableValue } from '../quote-value.js';
import { didYouMean } from '../suggest.js';

/** Schema errors that a dedicated rule explains better (so they are not reported twice). */
const EXPLAINED_ELSEWHERE = [{ instancePath: '/apiServer', property: 'defaultUser' }];

function segments(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The sub-schema at a JSON pointer such as #/properties/webserver (following local $refs on the way). */
function schemaAt(root: Record<string, unknown> | undefined, pointer: string): { properties?: Record<string, unknown> } | undefined {
  let cur: unknown = root;
  for (const raw of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  for (let hops = 0; cur && typeof cur === 'object' && typeof (cur as { $ref?: unknown }).$ref === 'string' && hops < 10; hops++) {
    cur = schemaAt(root, (cur as { $ref: string }).$ref);
  }
  return cur as { properties?: Record<string, unknown> } | undefined;
}

/** `quoted` is the offending value as it may be shown (see quotableValue), or undefined to show none. */
function describe(e: ErrorObject, quoted: string | undefined): string {
  const got = quoted === undefined ? '' : ` (got ${quoted})`;
  switch (e.keyword) {
    case 'type':
      return `must be ${String(e.params.type).replace(/,/g, ' or ')}${got}`;
    case 'enum':
      return `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${got}`;
    case 'const':
      return `must be ${JSON.stringify(e.params.allowedValue)}${got}`;
    case 'format':
      return `must be a valid ${e.params.format}${got}`;
    default:
      return `${e.message ?? 'is invalid'}${got}`;
  }
}

export const schemaViolation: ValuesRule = {
  needsChart: 'values.schema.json',
  meta: {
    id: 'VAL010',
    name: 'schema-violation',
    severity: 'error',
    check: 'validate-values',
    summary: "A value does not match the chart's values.schema.json.",
    docs: {
      what: "Validates the merged values (chart defaults plus your files) against the chart version's values.schema.json, as `helm install` does, and points each error at the line that set the value.",
      why: 'Helm rejects the whole release on any schema error, but only at deploy time; in a GitOps flow that is after the merge, when Argo CD shows a failed sync.',
      example: 'scheduler:\n  replicas: "2"\nwebserver:\n  defaultUsr:\n    enabled: false\n',
      fix: 'scheduler:\n  replicas: 2\nwebserver:\n  defaultUser:\n    enabled: false\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    const errors = ctx.schemaErrors();
    if (!errors) return;
    // anyOf/oneOf report one error per branch; keep the summary and drop the branch noise.
    const branchParents = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
    const isBranchNoise = (e: ErrorObject) =>
      e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && branchParents.some((p) => e.schemaPath.startsWith(p.schemaPath.replace(/\/(anyOf|oneOf)$/, '/$1/')));
    const seen = new Set<string>();
    for (const e of errors) {
      if (isBranchNoise(e)) continue;
      const at = segments(e.instancePath);
      if (e.keyword === 'additionalProperties') {
        const prop = String(e.params.additionalProperty);
        if (EXPLAINED_ELSEWHERE.some((x) => x.instancePath === e.instancePath && x.property === prop)) continue;
        const key = [...at, prop];
        const sig = `add:${key.join('.')}`;
        if (seen.has(sig)) continue;
        seen.add(sig);
        const parentSchemaKeys = Object.keys(schemaAt(ctx.chart.schema, e.schemaPath.replace(/\/additionalProperties$/, ''))?.properties ?? {});
        const suggestion = didYouMean(prop, parentSchemaKeys);
        ctx.report(key, {
          message: `${key.join('.')} is not a key the chart ${ctx.chart.version} allows under ${at.length ? at.join('.') : 'the top level'}${suggestion ? `; did you mean ${[...at, suggestion].join('.')}?` : '.'}`,
          fix: suggestion ? `Rename it to ${suggestion}.` : `Remove it; see the chart's values.yaml for the keys under ${at.join('.') || 'the top level'}.`,
        });
        continue;
      }
      const anyOf = e.keyword === 'anyOf' || e.keyword === 'oneOf';
      const sig = `${e.instancePath}|${anyOf ? 'branch' : e.keyword}|${JSON.stringify(e.params)}`;
      if (seen.has(sig)) continue;
      seen.add(sig);
      // Never a secret-looking value, nor a whole mapping (it could hold one): see quote-value.ts.
      const quoted = quotableValue(at, ctx.get(at));
      const where = at.length ? at.join('.') : 'The values';
      const message = anyOf
        ? `${where} matches none of the forms the chart ${ctx.chart.version} schema allows${quoted === undefined ? '' : ` (got ${quoted})`}.`
        : `${where} ${describe(e, quoted)}.`;
      ctx.report(at, { message, fix: "Use the type and values the chart's values.yaml documents for this key." });
    }
  },
};
