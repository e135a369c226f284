import { childByField } from '../ast.js';
import { METADATA_DB_CALLS } from '../data/airflow-names.js';
import { defineRule } from '../context.js';

export const metadataDbAccess = defineRule(
  {
    id: 'DAG601',
    name: 'metadata-db-access',
    severity: 'error',
    summary: 'Direct metadata-database access, which Airflow 3 tasks cannot do.',
    docs: {
      limits: 'It reports calls and decorators resolved through this file\'s imports to Airflow\'s session helpers (create_session, provide_session, settings.Session) and `<x>.query(<airflow.models class>)`. Sessions obtained through your own helpers, or models reached through variables or other modules, are not seen.',
      what: 'Reports create_session / provide_session, settings.Session and session.query(<Airflow model>) in DAG files.',
      why: 'Airflow 3 runs tasks through the Task SDK and the API server: task pods have no connection to the metadata database, so such code fails at run time (and the DAG processor has none either).',
      example: 'from airflow.models import TaskInstance\nfrom airflow.sdk import task\nfrom airflow.utils.session import create_session\n\n@task\ndef count_failures():\n    with create_session() as session:\n        return session.query(TaskInstance).filter_by(state="failed").count()',
      fix: 'from airflow.models import TaskInstance\nfrom airflow.sdk import task\nfrom airflow.utils.session import create_session\n\n@task\ndef count_failures():\n    # Use the Airflow REST API (or the task context) instead of the metadata DB.\n    return client.get_task_instances(state=["failed"]).total_entries',
    },
  },
  {
    checkFile(ctx) {
      // Decorators first, then calls (the report order); the index holds each type's nodes.
      for (const n of ctx.tree.index.get('decorator') ?? []) {
        const expr = n.children[0];
        const q = expr && ctx.resolver.qualify(expr.type === 'call' ? childByField(expr, 'function') ?? expr : expr);
        if (q && METADATA_DB_CALLS.has(q)) ctx.report(n, `\`@${q.split('.').pop()}\` opens a metadata-DB session, which Airflow 3 tasks do not have.`, 'Use the Airflow REST API or the task context instead.');
      }
      for (const n of ctx.tree.index.get('call') ?? []) {
        const fn = childByField(n, 'function');
        if (!fn) continue;
        const q = ctx.resolver.qualify(fn);
        if (q && METADATA_DB_CALLS.has(q)) {
          ctx.report(n, `\`${ctx.src.of(fn)}()\` accesses the metadata database directly; Airflow 3 tasks have no DB connection.`, 'Use the Airflow REST API or the task context instead.');
          continue;
        }
        // session.query(TaskInstance) — a query on an Airflow model
        if (fn.type === 'attribute' && ctx.src.of(childByField(fn, 'attribute')!) === 'query') {
          const first = childByField(n, 'arguments')?.children[0];
          const model = first ? ctx.resolver.qualify(first) : undefined;
          if (model?.startsWith('airflow.models')) ctx.report(n, `Querying \`${model.split('.').pop()}\` reads the metadata database directly; Airflow 3 tasks have no DB connection.`, 'Use the Airflow REST API (e.g. airflow-client) instead.');
        }
      }
    },
  },
);
