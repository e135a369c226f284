import type { ValuesRule } from '../context.js';
import { chartTplValuesFor } from '../data/chart-checks.js';
import { certainTplFailure } from '../go-template.js';
import { isPlainObject } from '../load.js';

function* strings(value: unknown, path: string[]): Generator<[string[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, String(i)]);
  else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

export const tplValueFails: ValuesRule = {
  meta: {
    id: 'VAL014',
    name: 'invalid-template-in-value',
    severity: 'error',
    check: 'validate-values',
    summary: 'A value holds a Go template action helm cannot render (`{{number}}`).',
    docs: {
      what: "Reports a string value with a `{{ … }}` action that certainly fails as a Go template: an unclosed `{{`, or a call of a function neither Go, Sprig nor helm defines. An error where the chart renders the value with `tpl` (every airflow.cfg value under `config`, the host names of a rendered ingress), a warning elsewhere (the chart passes many other values through `tpl` too; where it does not, the braces reach the pod as they are).",
      why: 'helm template fails with "function … not defined" and Argo CD renders nothing; usually a templating step (a CI substitution, Helmfile, Argo CD plugin) that was meant to replace the placeholder never ran, or Airflow\'s own Jinja (`{{ ti.dag_id }}` in a log template) was written where the chart reads Go templates.',
      example: 'ingress:\n  apiServer:\n    enabled: true\n    hosts:\n      - name: "pr{{number}}.airflow.example.com"\n',
      fix: 'ingress:\n  apiServer:\n    enabled: true\n    hosts:\n      - name: "pr-123.airflow.example.com"\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    const view = { get: (p: string[]) => ctx.get(p), chartFacts: ctx.chartFacts };
    // Paths the chart certainly renders with tpl under these values.
    const tplRendered = new Set(chartTplValuesFor(ctx.chart.version).flatMap((paths) => paths(view).map((p) => JSON.stringify(p))));
    for (const [path, text] of strings(ctx.user, [])) {
      const failure = certainTplFailure(text);
      if (!failure) continue;
      const certain = tplRendered.has(JSON.stringify(path));
      ctx.report(path, {
        severity: certain ? 'error' : 'warning',
        message: certain
          ? `${path.join('.')} is rendered by the chart with tpl, and ${JSON.stringify(text)} is not a valid Go template (${failure}): helm template fails.`
          : `${path.join('.')} holds ${JSON.stringify(text)}, not a valid Go template (${failure}): if the chart renders it with tpl, helm template fails; otherwise the braces reach the pods as they are.`,
        fix: 'Replace the placeholder with the real value (the templating step that should have done it did not run), or escape the braces as {{ "{{" }}.',
      });
    }
  },
};
