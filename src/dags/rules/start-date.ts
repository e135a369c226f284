import { childByField, type PyNode } from '../ast.js';
import { NAIVE_DATETIME_CONSTRUCTORS, NOW_FUNCTIONS } from '../data/airflow-names.js';
import { dictEntry, followVariable, moduleAssignments } from '../code.js';
import { defineRule, type FileContext } from '../context.js';
import type { DagInfo } from '../model.js';
import { callArguments } from '../resolve.js';

/** Every start_date expression (DAG/@dag and operator arguments, default_args entries) with the calls that pass it. */
function startDates(ctx: FileContext): Array<{ expr: PyNode; calls: PyNode[] }> {
  const assignments = moduleAssignments(ctx.tree.root, ctx.src);
  const byNode = new Map<PyNode, PyNode[]>();
  const add = (node: PyNode, call: PyNode) => {
    const calls = byNode.get(node);
    if (calls) calls.push(call);
    else byNode.set(node, [call]);
  };
  for (const call of [...ctx.model.dagCalls, ...ctx.model.taskCalls]) {
    const { keywords } = callArguments(call, ctx.src);
    const direct = keywords.get('start_date');
    if (direct) add(direct, call);
    const defaults = keywords.get('default_args');
    if (defaults) {
      const dict = followVariable(defaults, assignments, ctx.src);
      const entry = dictEntry(dict, 'start_date', ctx.src);
      if (entry) add(entry, call);
    }
  }
  const out = new Map<PyNode, PyNode[]>();
  for (const [node, calls] of byNode) {
    const expr = followVariable(node, assignments, ctx.src);
    out.set(expr, [...(out.get(expr) ?? []), ...calls]);
  }
  return [...out].map(([expr, calls]) => ({ expr, calls }));
}

/**
 * Whether the DAG is never scheduled: schedule=None (or schedule_interval/timetable=None), or no
 * schedule at all, which is None on Airflow 3. Unknown (`**kwargs`, a variable) counts as scheduled.
 */
export function neverScheduled(dag: DagInfo, ctx: FileContext): boolean {
  if (!dag.call) return true;
  const { keywords, splat } = callArgumentsWithSplat(dag.call, ctx);
  const value = keywords.get('schedule') ?? keywords.get('schedule_interval') ?? keywords.get('timetable');
  if (!value) return !splat;
  const followed = followVariable(value, moduleAssignments(ctx.tree.root, ctx.src), ctx.src);
  return ctx.src.of(followed) === 'None';
}

function callArgumentsWithSplat(call: PyNode, ctx: FileContext): { keywords: ReadonlyMap<string, PyNode>; splat: boolean } {
  const { keywords } = callArguments(call, ctx.src);
  const args = childByField(call, 'arguments');
  const splat = (args?.children ?? []).some((a) => a.type === 'dictionary_splat' || a.type === 'list_splat');
  return { keywords, splat };
}

/** The DAGs a DAG call or task call belongs to. */
function dagsOfCalls(ctx: FileContext): Map<PyNode, DagInfo> {
  const out = new Map<PyNode, DagInfo>();
  for (const dag of ctx.model.dags) {
    if (dag.call) out.set(dag.call, dag);
    for (const t of dag.tasks) out.set(t.call, dag);
  }
  return out;
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
    // A warning, not an error: Airflow imports the DAG and, with catchup off and a short schedule,
    // it often still runs; the failure is a scheduling hazard, not a DAG that never loads (the
    // real-world corpus had scheduled DAGs with now()-1 day that work).
    severity: 'warning',
    summary: 'start_date is computed from "now", so it moves on every parse.',
    docs: {
      limits: 'It follows start_date from DAG, @dag and operator calls, `default_args` dicts and module-level variables (up to five assignments) to a call of now()/today()/utcnow() and friends. A start_date computed in a function you call, read from a Variable or config, or passed through `**kwargs` is not seen; a DAG whose schedule it cannot read (a variable, `**kwargs`) counts as scheduled.',
      what: 'Reports start_date values (in DAG/@dag or operator arguments, in default_args, or through a module variable) built from datetime.now(), utcnow(), today(), pendulum.now()/today() or timezone.utcnow(), on DAGs that have a schedule. Not reported when every DAG using the value has schedule=None or no schedule (None on Airflow 3): such a DAG only runs when triggered, and a moving start_date changes nothing.',
      why: 'The DAG file is re-parsed every few seconds; a start_date that moves with it makes the scheduler compute a different first interval each time, so runs are skipped or never created.',
      example: 'from datetime import datetime, timedelta\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nSTART = datetime.now() - timedelta(days=1)\n\nwith DAG("report", schedule="@daily", start_date=START):\n    ...',
      fix: 'from datetime import datetime, timedelta\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...',
    },
  },
  {
    checkFile(ctx) {
      const owners = dagsOfCalls(ctx);
      for (const { expr, calls } of startDates(ctx)) {
        // A DAG that is never scheduled only runs when triggered: its start_date decides nothing.
        const dags = calls.map((c) => owners.get(c));
        if (dags.every((d) => d !== undefined && neverScheduled(d, ctx))) continue;
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
      limits: 'It reports a start_date that is itself a datetime.datetime(...) call without tzinfo, found the same way as DAG409 (DAG and operator calls, `default_args`, module-level variables). A datetime built in a function or returned by a helper is not checked: it stays quiet.',
      what: 'Reports start_date values built with datetime.datetime(...) without tzinfo=.',
      why: "Airflow interprets a naive date in the configured default_timezone; when that setting differs between environments (or changes), schedules silently shift by hours.",
      example: 'from datetime import datetime\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=datetime(2025, 1, 1)):\n    ...',
      fix: 'from datetime import datetime\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...',
    },
  },
  {
    checkFile(ctx) {
      for (const { expr } of startDates(ctx)) {
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
