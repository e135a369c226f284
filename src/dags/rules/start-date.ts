import { childByField, type PyNode } from '../ast.js';
import { NAIVE_DATETIME_CONSTRUCTORS, NOW_FUNCTIONS } from '../data/airflow-names.js';
import { dictEntry, followVariable, moduleAssignments } from '../code.js';
import { defineRule, type FileContext } from '../context.js';
import { callArguments } from '../resolve.js';

/** Every start_date expression: DAG/@dag and operator arguments, and default_args entries. */
function startDates(ctx: FileContext): PyNode[] {
  const assignments = moduleAssignments(ctx.tree.root, ctx.src);
  const out: PyNode[] = [];
  for (const call of [...ctx.model.dagCalls, ...ctx.model.taskCalls]) {
    const { keywords } = callArguments(call, ctx.src);
    const direct = keywords.get('start_date');
    if (direct) out.push(direct);
    const defaults = keywords.get('default_args');
    if (defaults) {
      const dict = followVariable(defaults, assignments, ctx.src);
      const entry = dictEntry(dict, 'start_date', ctx.src);
      if (entry) out.push(entry);
    }
  }
  return [...new Set(out)].map((n) => followVariable(n, assignments, ctx.src));
}

/** Calls inside an expression (the expression itself included), e.g. `datetime.now() - timedelta(1)`. */
function callsIn(expr: PyNode): PyNode[] {
  const out: PyNode[] = [];
  const stack = [expr];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'call') out.push(n);
    if (n.type !== 'lambda') stack.push(...n.children);
  }
  return out;
}

export const dynamicStartDate = defineRule(
  {
    id: 'DAG409',
    name: 'dynamic-start-date',
    severity: 'error',
    summary: 'start_date is computed from "now", so it moves on every parse.',
    docs: {
      what: 'Reports start_date values (in DAG/@dag or operator arguments, in default_args, or through a module variable) built from datetime.now(), utcnow(), today(), pendulum.now()/today() or timezone.utcnow().',
      why: 'The DAG file is re-parsed every few seconds; a start_date that moves with it makes the scheduler compute a different first interval each time, so runs are skipped or never created.',
      example: 'from datetime import datetime, timedelta\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nSTART = datetime.now() - timedelta(days=1)\n\nwith DAG("report", schedule="@daily", start_date=START):\n    ...',
      fix: 'from datetime import datetime, timedelta\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...',
    },
  },
  {
    checkFile(ctx) {
      for (const expr of startDates(ctx)) {
        const now = callsIn(expr).find((c) => {
          const q = ctx.resolver.callee(c);
          return q !== undefined && NOW_FUNCTIONS.has(q);
        });
        if (now) ctx.report(now, `start_date is computed from \`${ctx.src.of(childByField(now, 'function')!)}()\` and changes every time the file is parsed.`, 'Use a fixed, timezone-aware date such as pendulum.datetime(2025, 1, 1, tz="UTC").');
      }
    },
  },
);

export const naiveStartDate = defineRule(
  {
    id: 'DAG410',
    name: 'naive-start-date',
    severity: 'warning',
    summary: 'start_date is a naive datetime (no timezone).',
    docs: {
      what: 'Reports start_date values built with datetime.datetime(...) without tzinfo=.',
      why: "Airflow interprets a naive date in the configured default_timezone; when that setting differs between environments (or changes), schedules silently shift by hours.",
      example: 'from datetime import datetime\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=datetime(2025, 1, 1)):\n    ...',
      fix: 'from datetime import datetime\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...',
    },
  },
  {
    checkFile(ctx) {
      for (const expr of startDates(ctx)) {
        if (expr.type !== 'call') continue;
        const q = ctx.resolver.callee(expr);
        if (!q || !NAIVE_DATETIME_CONSTRUCTORS.has(q)) continue;
        const { keywords, positional } = callArguments(expr, ctx.src);
        // datetime(y, m, d, h, mi, s, us, tzinfo): the eighth positional argument is the zone.
        if (keywords.has('tzinfo') || positional.length >= 8) continue;
        ctx.report(expr, 'start_date is a naive datetime; Airflow will read it in default_timezone.', 'Pass tzinfo= or use pendulum.datetime(..., tz="UTC").');
      }
    },
  },
);
