import { stringValue } from '../ast.js';
import { dictEntry, followVariable, moduleAssignments } from '../code.js';
import { defineRule } from '../context.js';
import { callArguments } from '../resolve.js';

export const requiredTags = defineRule(
  {
    id: 'DAG701',
    name: 'policy-required-tags',
    severity: 'warning',
    summary: 'The DAG lacks tags your policy requires (dags.required-tags).',
    docs: {
      limits: 'It reads tags= given as a list, tuple or set literal at the DAG call; tags from a variable, a function or `**kwargs` are not checked (it stays quiet), and non-literal elements are ignored.',
      what: 'When `dags.required-tags` is set in .airflow-gitops.yml, reports DAGs whose literal tags= list lacks any of them.',
      why: 'Teams use tags for ownership, alert routing and UI filtering; an untagged DAG falls through all three.',
      example: 'from airflow.sdk import DAG\n\n# .airflow-gitops.yml: dags: { required-tags: [team] }\nwith DAG("export", schedule="@daily", tags=["etl"]):\n    ...',
      fix: 'from airflow.sdk import DAG\n\nwith DAG("export", schedule="@daily", tags=["etl", "team"]):\n    ...',
    },
  },
  {
    checkFile(ctx) {
      const required = ctx.settings.requiredTags;
      if (!required.length) return;
      for (const dag of ctx.model.dags) {
        const tagsNode = dag.call ? callArguments(dag.call, ctx.src).keywords.get('tags') : undefined;
        const tags = new Set<string>();
        if (tagsNode && (tagsNode.type === 'list' || tagsNode.type === 'tuple' || tagsNode.type === 'set')) {
          for (const c of tagsNode.children) {
            const v = stringValue(c, ctx.src);
            if (v !== undefined) tags.add(v);
          }
        } else if (tagsNode) continue;
        const missing = required.filter((t) => !tags.has(t));
        if (missing.length) ctx.report(tagsNode ?? dag.idNode, `DAG "${dag.dagId ?? '?'}" is missing required tag(s): ${missing.join(', ')}.`, `Add ${missing.map((m) => `"${m}"`).join(', ')} to tags=.`);
      }
    },
  },
);

export const requireOwner = defineRule(
  {
    id: 'DAG702',
    name: 'policy-owner',
    severity: 'warning',
    summary: 'The DAG names no owner (dags.require-owner).',
    docs: {
      limits: 'It looks for an owner key in `default_args` at the DAG call: a dict literal, dict(...), or a module-level variable holding one. `default_args` from a function parameter or another name it cannot follow is not checked (it stays quiet), but `default_args` returned by another call is read as having no owner and reported.',
      what: 'When `dags.require-owner: true` is set, reports DAGs whose default_args has no "owner" entry.',
      why: 'Without an owner, failures page nobody and the UI shows the default "airflow" owner.',
      example: 'from airflow.sdk import DAG\n\nwith DAG("export", schedule="@daily", default_args={"retries": 2}):\n    ...',
      fix: 'from airflow.sdk import DAG\n\nwith DAG("export", schedule="@daily", default_args={"retries": 2, "owner": "data-platform"}):\n    ...',
    },
  },
  {
    checkFile(ctx) {
      if (!ctx.settings.requireOwner) return;
      const assignments = moduleAssignments(ctx.tree.root, ctx.src);
      for (const dag of ctx.model.dags) {
        const defaults = dag.call ? callArguments(dag.call, ctx.src).keywords.get('default_args') : undefined;
        const dict = defaults ? followVariable(defaults, assignments, ctx.src) : undefined;
        if (dict && dict.type !== 'dictionary' && dict.type !== 'call') continue;
        if (dict && dictEntry(dict, 'owner', ctx.src)) continue;
        ctx.report(dag.idNode, `DAG "${dag.dagId ?? '?'}" has no owner in default_args.`, 'Add "owner": "<team>" to default_args.');
      }
    },
  },
);
