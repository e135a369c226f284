import { stringValue } from '../ast.js';
import { CRON_PRESETS } from '../data/airflow-names.js';
import { defineRule } from '../context.js';
import { callArguments } from '../resolve.js';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31, special: /^(L|\d{1,2}W|LW|\?)$/ },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 7, names: DAYS, special: /^(L|\d[L]|\d#[1-5]|[A-Z]{3}#[1-5]|\?)$/ },
  { name: 'second', min: 0, max: 59 },
];

function atom(value: string, f: (typeof FIELDS)[number]): number | undefined {
  if (/^\d+$/.test(value)) return Number(value);
  const idx = f.names?.indexOf(value.toUpperCase());
  return idx !== undefined && idx >= 0 ? idx + (f.name === 'month' ? 1 : 0) : undefined;
}

/** Returns why a cron expression is invalid (croniter's grammar: 5 fields, or 6 with seconds), or undefined. */
export function cronProblem(expr: string): string | undefined {
  const parts = expr.trim().split(/\s+/);
  if (parts.length < 5 || parts.length > 6) return `has ${parts.length} fields; a cron expression has 5 (minute hour day-of-month month day-of-week)`;
  for (let i = 0; i < parts.length; i++) {
    const f = FIELDS[i];
    for (const item of parts[i].split(',')) {
      if (f.special?.test(item.toUpperCase())) continue;
      const [range, step, extra] = item.split('/');
      if (extra !== undefined || (step !== undefined && !/^\d+$/.test(step))) return `field ${i + 1} (${f.name}) "${item}" has an invalid step`;
      if (step !== undefined && Number(step) === 0) return `field ${i + 1} (${f.name}) has a step of 0`;
      if (range === '*') continue;
      const bounds = range.split('-');
      if (bounds.length > 2) return `field ${i + 1} (${f.name}) "${item}" is not a value or range`;
      const nums = bounds.map((b) => atom(b, f));
      if (nums.some((n) => n === undefined)) return `field ${i + 1} (${f.name}) "${item}" is not a number${f.names ? ' or name' : ''}`;
      for (const n of nums as number[]) if (n < f.min || n > f.max) return `field ${i + 1} (${f.name}) value ${n} is outside ${f.min}-${f.max}`;
      if (nums.length === 2 && (nums[0] as number) > (nums[1] as number) && f.name !== 'day of week') return `field ${i + 1} (${f.name}) range "${range}" runs backwards`;
    }
  }
  return undefined;
}

export const missingSchedule = defineRule(
  {
    id: 'DAG407',
    name: 'missing-schedule',
    severity: 'warning',
    summary: 'The DAG has no schedule: on Airflow 3 it never runs by itself.',
    docs: {
      limits: 'It reads the schedule, schedule_interval and timetable keywords at the DAG call; a DAG call with `**kwargs` is not reported (the schedule may be in them). A schedule set on the DAG object after it is built is not seen, so that DAG is reported.',
      what: 'Reports DAG(...) and @dag(...) without a `schedule` argument.',
      why: 'Airflow 2 defaulted to a daily schedule; Airflow 3 defaults to None, so a DAG migrated as-is is only ever run when someone triggers it.',
      example: 'import pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("nightly_export", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...',
      fix: 'import pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("nightly_export", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...\n# or schedule=None when it is meant to be triggered only',
    },
  },
  {
    checkFile(ctx) {
      for (const dag of ctx.model.dags) {
        const kwargs = dag.call ? callArguments(dag.call, ctx.src).keywords : new Map();
        // schedule_interval / timetable are reported by removed-dag-argument.
        if (kwargs.has('schedule') || kwargs.has('schedule_interval') || kwargs.has('timetable')) continue;
        if (dag.call && ctx.src.of(dag.call).includes('**')) continue;
        ctx.report(dag.call ?? dag.idNode, `DAG "${dag.dagId ?? '?'}" has no schedule; on Airflow 3 the default is None, so it never runs on its own.`, 'Set schedule= (a cron, a preset such as "@daily", a timedelta or assets), or schedule=None to make manual runs explicit.');
      }
    },
  },
);

export const invalidSchedule = defineRule(
  {
    id: 'DAG408',
    name: 'invalid-schedule',
    severity: 'error',
    summary: 'The schedule string is not a valid cron expression or preset.',
    docs: {
      limits: 'It checks schedule= given as a string literal at a DAG call; a schedule from a variable, a function, a config value or `**kwargs` is not checked: it stays quiet.',
      what: `Validates string schedules: a cron expression (5 fields, or 6 with seconds; numbers, names, ranges, steps, lists) or one of ${[...CRON_PRESETS].join(', ')}.`,
      why: 'Airflow rejects the schedule when it imports the file: an import error, and the DAG disappears.',
      example: 'from airflow.sdk import DAG\n\nwith DAG("hourly_sync", schedule="0 */1 * *"):\n    ...',
      fix: 'from airflow.sdk import DAG\n\nwith DAG("hourly_sync", schedule="0 * * * *"):\n    ...',
    },
  },
  {
    checkFile(ctx) {
      for (const call of ctx.model.dagCalls) {
        const value = callArguments(call, ctx.src).keywords.get('schedule');
        if (!value) continue;
        const s = stringValue(value, ctx.src);
        if (s === undefined) continue;
        if (s.startsWith('@')) {
          if (!CRON_PRESETS.has(s)) ctx.report(value, `Unknown schedule preset "${s}".`, `Use one of ${[...CRON_PRESETS].join(', ')} or a cron expression.`);
          continue;
        }
        const problem = cronProblem(s);
        if (problem) ctx.report(value, `Invalid cron schedule "${s}": ${problem}.`, 'Fix the cron expression (minute hour day-of-month month day-of-week).');
      }
    },
  },
);
