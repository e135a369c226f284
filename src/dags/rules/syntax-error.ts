import { defineRule } from '../context.js';
import { findSyntaxProblems } from '../syntax.js';

export const syntaxError = defineRule(
  {
    id: 'DAG001',
    name: 'syntax-error',
    severity: 'error',
    summary: 'The file is not valid Python 3: Airflow cannot import it.',
    docs: {
      limits: 'It reads the file\'s text and never runs it: a syntax error in a module the file imports is seen only when that module is linted too. An error that only tree-sitter finds, where the hand-written parser stopped at a construct Python accepts, is lowered to a warning rather than reported as an error.',
      what: 'Reports Python syntax errors with their position, including the compile-time errors CPython raises (Python 2 print, `return` outside a function, more than 200 nested brackets or 100 indentation levels, repeated keyword arguments).',
      why: 'The DAG processor records an import error and every DAG in the file disappears from the UI; with git-sync that happens within a minute of the merge.',
      example: 'with DAG("etl", schedule="@daily") as dag:\n    print "starting"',
      fix: 'with DAG("etl", schedule="@daily") as dag:\n    print("starting")',
    },
  },
  {
    checkFile(ctx) {
      for (const p of findSyntaxProblems(ctx.tree, ctx.src)) ctx.report(p, p.message);
    },
  },
);
