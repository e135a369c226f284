import { childByField, type PyNode } from '../ast.js';
import { defineRule } from '../context.js';

/** Calls that end the interpreter (SystemExit) when the file is imported. */
const EXIT_CALLS = new Set(['sys.exit', 'exit', 'quit', 'os._exit']);

export const moduleLevelExit = defineRule(
  {
    id: 'DAG413',
    name: 'module-level-exit',
    severity: 'error',
    summary: 'The file raises or exits unconditionally when imported.',
    docs: {
      limits: 'It looks at statements that run at import: module level and the bodies of module-level `with` blocks. A `raise` or sys.exit() inside if/try blocks, loops, or functions called at import is not reported, and an exit reached through your own helper module is not seen.',
      what: 'Reports a `raise` statement or a sys.exit()/exit()/quit()/os._exit() call that runs every time the file is imported: at module level or in a module-level `with` block, outside any if/try/function.',
      why: 'Airflow imports the file to find its DAGs; the exception (SystemExit included) becomes an import error and no DAG of the file is loaded.',
      example: 'import sys\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...\n\nsys.exit(0)',
      fix: 'import sys\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...\n\nif __name__ == "__main__":\n    sys.exit(0)',
    },
  },
  {
    checkFile(ctx) {
      const visit = (stmts: PyNode[]) => {
        for (const stmt of stmts) {
          if (stmt.type === 'raise_statement') {
            ctx.report(stmt, 'This `raise` runs whenever the file is imported: Airflow records an import error and loads no DAG from the file.', 'Raise inside a function or task, or behind a condition.');
          } else if (stmt.type === 'expression_statement' && stmt.children[0]?.type === 'call') {
            const call = stmt.children[0];
            const fn = childByField(call, 'function');
            const q = fn ? (ctx.resolver.qualify(fn) ?? ctx.src.of(fn)) : undefined;
            // A bare exit/quit is the builtin unless the file binds that name itself.
            const shadowed = q === ctx.src.of(fn!) && ctx.scopes.module.bindings.has(q);
            if (q && EXIT_CALLS.has(q) && !shadowed) {
              ctx.report(call, `\`${ctx.src.of(fn!)}()\` runs whenever the file is imported: Airflow records an import error and loads no DAG from the file.`, 'Call it only under `if __name__ == "__main__":`.');
            }
          } else if (stmt.type === 'with_statement') {
            const body = childByField(stmt, 'body');
            if (body) visit(body.children);
          }
        }
      };
      visit(ctx.tree.root.children);
    },
  },
);
