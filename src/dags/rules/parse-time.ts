import { childByField } from '../ast.js';
import { NETWORK_CALL_PREFIXES, VARIABLE_CONNECTION_CALLS } from '../data/airflow-names.js';
import { runsAtParseTime } from '../code.js';
import { defineRule } from '../context.js';

export const parseTimeVariable = defineRule(
  {
    id: 'DAG501',
    name: 'parse-time-variable-or-connection',
    severity: 'warning',
    summary: 'Variable.get / Connection / BaseHook.get_connection runs at every parse.',
    docs: {
      limits: 'It reports Variable.get, Connection.get and BaseHook.get_connection calls (resolved through this file\'s imports) at module level, in class bodies, decorators, default arguments and @dag function bodies. The same calls inside a helper function that runs at import, or inside your own module that wraps them, are not seen.',
      what: 'Reports reads of Airflow Variables and Connections in code that runs when the file is parsed: module level, DAG bodies and operator arguments.',
      why: 'The DAG processor re-parses each file every 30 s by default; each read is a metadata-DB or secrets-backend round trip per parse per file, and on Airflow 3 the DAG processor has no direct DB access at all.',
      example: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG, Variable\n\nbucket = Variable.get("export_bucket")\n\nwith DAG("export", schedule="@daily"):\n    BashOperator(task_id="upload", bash_command=f"upload.sh {bucket}")',
      fix: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG, Variable\n\nwith DAG("export", schedule="@daily"):\n    BashOperator(task_id="upload", bash_command="upload.sh {{ var.value.export_bucket }}")',
    },
  },
  {
    checkFile(ctx) {
      for (const node of ctx.tree.index.get('call') ?? []) {
        const q = ctx.resolver.callee(node);
        if (!q || !VARIABLE_CONNECTION_CALLS.has(q) || !runsAtParseTime(node, ctx.model)) continue;
        const short = q.split('.').slice(-2).join('.');
        ctx.report(node, `\`${short}()\` runs every time the DAG file is parsed.`, 'Read it inside the task, or use a Jinja template ({{ var.value.x }}, {{ conn.x }}).');
      }
    },
  },
);

export const parseTimeNetworkCall = defineRule(
  {
    id: 'DAG502',
    name: 'parse-time-network-call',
    severity: 'warning',
    summary: 'An HTTP or database call runs at every parse.',
    docs: {
      limits: 'It reports calls whose name, resolved through this file\'s imports, starts with a known network or database client (requests, httpx, urllib, socket, psycopg2.connect, boto3.client, …) where they run at parse time. Calls inside helper functions called at import, through your own wrapper modules, or methods of a client object held in a variable are not seen.',
      what: `Reports calls into network and database clients (${NETWORK_CALL_PREFIXES.slice(0, 6).join(', ')}, …) in code that runs when the file is parsed.`,
      why: 'Parsing must be fast and side-effect free: a slow or failing endpoint turns into DAG processor timeouts and import errors for the whole file.',
      example: 'import requests\nfrom airflow.sdk import DAG, task\n\nTABLES = requests.get("https://catalog/api/tables").json()\n\nwith DAG("sync", schedule="@hourly"):\n    ...',
      fix: 'import requests\nfrom airflow.sdk import DAG, task\n\n@task\ndef list_tables():\n    return requests.get("https://catalog/api/tables").json()',
    },
  },
  {
    checkFile(ctx) {
      for (const node of ctx.tree.index.get('call') ?? []) {
        const q = ctx.resolver.callee(node);
        if (!q || !NETWORK_CALL_PREFIXES.some((p) => q === p || q.startsWith(p)) || !runsAtParseTime(node, ctx.model)) continue;
        ctx.report(node, `\`${ctx.src.of(childByField(node, 'function')!)}()\` performs I/O every time the DAG file is parsed.`, 'Move the call into a task.');
      }
    },
  },
);

export const heavyTopLevelImport = defineRule(
  {
    id: 'DAG503',
    name: 'heavy-top-level-import',
    severity: 'warning',
    summary: 'A heavy library is imported at module level.',
    docs: {
      limits: 'It reports imports at module level (and in @dag function bodies) whose top package is in the heavy-import list. A heavy package imported indirectly, through your own module that imports it, or with importlib at run time is not seen.',
      what: 'Reports module-level imports (and imports in @dag bodies) of heavy libraries; the list is configurable (dags.heavy-imports / dags.extra-heavy-imports) and defaults to kubernetes, pandas, numpy, torch, tensorflow, sklearn, transformers, qdrant_client and a few more.',
      why: 'Module-level imports run on every parse of the file by the DAG processor; importing large libraries there slows parsing for every DAG and can hit the DAG file processor timeout.',
      example: 'from airflow.sdk import task\n\nfrom kubernetes import client, config\n\n@task\ndef submit():\n    config.load_incluster_config()',
      fix: 'from airflow.sdk import task\n\n@task\ndef submit():\n    from kubernetes import client, config\n    config.load_incluster_config()',
    },
  },
  {
    checkFile(ctx) {
      const heavy = new Set(ctx.settings.heavyImports);
      const seen = new Set<string>();
      for (const imp of ctx.scopes.imports) {
        if (imp.scope !== ctx.scopes.module && !ctx.model.dags.some((d) => d.function && ctx.scopes.scopeOf.get(d.function) === imp.scope)) continue;
        const root = imp.qualified.split('.')[0];
        if (!heavy.has(root)) continue;
        const key = `${imp.statement.start}:${root}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ctx.report(imp.statement, `\`${root}\` is imported at module level and loads on every parse of this file.`, `Import ${root} inside the task function that uses it.`);
      }
    },
  },
);
