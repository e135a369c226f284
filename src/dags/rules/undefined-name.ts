import { PYTHON_BUILTINS } from '../data/python-builtins.js';
import { defineRule } from '../context.js';
import { resolves } from '../scopes.js';

export const undefinedName = defineRule(
  {
    id: 'DAG301',
    name: 'undefined-name',
    severity: 'error',
    summary: 'A name is used that is never defined or imported.',
    docs: {
      limits: 'A file with a `from m import *` is skipped entirely (the star may bind any name). Names created at run time (`globals()[name] = …`, `exec`, `setattr` on the module, builtins a plugin adds) look undefined and are reported, and a name bound only in a branch that does not run counts as defined.',
      what: 'Resolves every name through Python scopes (module, class, function, lambda, comprehension, global/nonlocal, builtins, imports) and reports the ones that bind to nothing. At module level a name must be bound before it is used. A star import turns the rule off for that file.',
      why: 'At module level it is a NameError when Airflow imports the file (an import error, the DAG vanishes); inside a task it is a NameError when the task runs, after the deployment looked healthy.',
      example: 'from airflow.sdk import task\n\n@task\ndef compute_drift() -> float:\n    vectors = load_vectors()\n    return compute_cosine_drift(vectors)',
      fix: 'from airflow.sdk import task\n\nfrom drift.metrics import compute_cosine_drift, load_vectors\n\n@task\ndef compute_drift() -> float:\n    return compute_cosine_drift(load_vectors())',
    },
  },
  {
    checkFile(ctx) {
      if (ctx.scopes.hasStarImport) return;
      const seen = new Set<string>();
      for (const use of ctx.scopes.uses) {
        if (resolves(use, PYTHON_BUILTINS, ctx.scopes.module)) continue;
        const key = `${use.name}@${use.node.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ctx.report(use.node, `Undefined name \`${use.name}\`.`, `Define or import \`${use.name}\` before it is used.`);
      }
    },
  },
);
