// Deterministic generator of a realistic Airflow DAG corpus for benchmarks.
// Every file is 2–10 KB and mixes the styles found in real DAG repositories: `with DAG(...)`,
// TaskFlow `@dag`/`@task` with data passing, classic operators, task groups, dynamic DAG loops,
// Airflow 2 leftovers and the occasional syntax error, so a linter meets the work it meets in practice.
//
// CLI: node scripts/bench/dag-corpus.mjs <dir> [--files N] [--seed S]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const MIN_BYTES = 2048;
export const MAX_BYTES = 10240;
const SYNTAX_ERROR_RATE = 0.01;

/** mulberry32: tiny, fast, and identical on every platform. */
export function createRng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One independent stream per file, so file i is the same whatever the corpus size. */
export function fileRng(seed, index) {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return createRng(h >>> 0);
}

const pick = (rng, items) => items[Math.floor(rng() * items.length)];
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const chance = (rng, p) => rng() < p;
function weighted(rng, table) {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[table.length - 1][0];
}
const indent = (lines, n) => lines.map((l) => (l === '' ? '' : ' '.repeat(n) + l));

const DOMAINS = ['sales', 'orders', 'customers', 'billing', 'inventory', 'marketing', 'finance', 'payments',
  'clickstream', 'ml_features', 'embeddings', 'crm', 'support', 'logistics', 'hr', 'risk', 'fraud', 'search'];
const ENTITIES = ['orders', 'customers', 'invoices', 'events', 'sessions', 'products', 'refunds', 'shipments',
  'accounts', 'leads', 'tickets', 'features', 'documents', 'metrics', 'transactions', 'users'];
const VERBS = ['extract', 'fetch', 'download', 'clean', 'transform', 'validate', 'enrich', 'aggregate', 'load',
  'publish', 'export', 'score', 'train', 'dedupe', 'snapshot', 'compact', 'sync', 'report'];
const OWNERS = ['data-eng', 'analytics', 'ml-platform', 'bi-team', 'platform', 'growth', 'finops'];
const IMAGES = ['ghcr.io/acme/etl:1.4.2', 'registry.acme.io/spark-runner:3.5', 'python:3.12-slim',
  'ghcr.io/acme/dbt:1.8.0', 'ghcr.io/acme/trainer:2025.06', 'bitnami/kubectl:1.31'];
const SCHEDULES_AF3 = ['"@daily"', '"@hourly"', '"0 3 * * *"', '"*/15 * * * *"', '"30 2 * * 1-5"', '"@weekly"',
  'None', 'timedelta(hours=6)', '"0 0 1 * *"', '"@once"', '"15 */4 * * *"'];
const BAD_SCHEDULES = ['"0 25 * * *"', '"@dailly"', '"*/61 * * * *"'];

const TEMPLATES_AF3 = [
  'echo "run for {{ ds }}" && python /opt/jobs/ENTITY.py --date {{ ds_nodash }}',
  'dbt run --select tag:ENTITY --vars \'{"run_date": "{{ ds }}"}\'',
  'aws s3 sync s3://{{ var.value.raw_bucket }}/ENTITY/{{ ds }}/ /tmp/ENTITY/',
  'python -m jobs.ENTITY --start {{ data_interval_start }} --end {{ data_interval_end }}',
  'echo {{ params.table }} {{ macros.ds_add(ds, -1) }}',
  'psql -h {{ conn.warehouse.host }} -c "VACUUM ANALYZE ENTITY"',
  'echo "{{ ti.xcom_pull(task_ids=\'UPSTREAM\') }}"',
  'spark-submit --conf spark.app.name=ENTITY_{{ ts_nodash }} /opt/jobs/ENTITY.py',
  'curl -fsS -X POST https://hooks.acme.io/ENTITY?date={{ logical_date | ds }}',
];
const TEMPLATES_AF2 = [
  'echo "run for {{ execution_date }}" && python /opt/jobs/ENTITY.py --date {{ ds_nodash }}',
  'python -m jobs.ENTITY --start {{ prev_ds }} --end {{ next_ds }}',
  'echo {{ yesterday_ds }} {{ tomorrow_ds_nodash }}',
  'aws s3 cp s3://raw/ENTITY/{{ execution_date.strftime("%Y/%m/%d") }}/ /tmp/ENTITY/ --recursive',
  'python /opt/jobs/ENTITY.py --next {{ next_execution_date }}',
];

function syntaxErrorMutation(rng, text) {
  const kind = int(rng, 0, 3);
  const lines = text.split('\n');
  if (kind === 0) {
    // Missing colon after the first function signature.
    const at = lines.findIndex((l) => /^\s*def .*\):\s*$/.test(l) || /^\s*def .*\) -> .*:\s*$/.test(l));
    if (at >= 0) {
      lines[at] = lines[at].replace(/:\s*$/, '');
      return lines.join('\n');
    }
  }
  if (kind === 1) {
    // An unclosed bracket in the middle of the file.
    const at = lines.findIndex((l, i) => i > lines.length / 2 && /^\S+ = /.test(l));
    if (at >= 0) {
      lines.splice(at, 0, 'PENDING_TABLES = [');
      return lines.join('\n');
    }
  }
  if (kind === 2) {
    const at = lines.findIndex((l) => /^def /.test(l));
    if (at >= 0) {
      lines.splice(at, 0, 'def broken_helper(:', '    pass', '');
      return lines.join('\n');
    }
  }
  // An unterminated string at the end: always a syntax error.
  return `${text}\nBROKEN_NOTE = "unterminated\n`;
}

class FileBuilder {
  constructor(index, rng) {
    this.index = index;
    this.rng = rng;
    this.af2 = chance(rng, 0.25);
    this.domain = pick(rng, DOMAINS);
    this.entity = pick(rng, ENTITIES);
    this.style = weighted(rng, [
      ['classic', 34], ['taskflow', 30], ['mixed', 10], ['legacy', 10], ['dynamic', 8], ['groups', 8],
    ]);
    this.dagId = `${this.domain}_${this.entity}_${pick(rng, VERBS)}_${String(index).padStart(5, '0')}`;
    this.heavy = chance(rng, 0.15);
    this.usesK8sModels = chance(rng, 0.3);
    this.moduleVariable = chance(rng, 0.1);
    this.needed = new Set();
    this.helpers = [];
    this.usedNames = new Set();
  }

  uniqueName(base) {
    let name = base;
    for (let n = 2; this.usedNames.has(name); n++) name = `${base}_${n}`;
    this.usedNames.add(name);
    return name;
  }

  taskName() {
    return this.uniqueName(`${pick(this.rng, VERBS)}_${pick(this.rng, ENTITIES)}`);
  }

  template(upstream) {
    const pool = this.af2 && chance(this.rng, 0.5) ? TEMPLATES_AF2 : TEMPLATES_AF3;
    return pick(this.rng, pool).replaceAll('ENTITY', this.entity).replaceAll('UPSTREAM', upstream ?? 'start');
  }

  schedule() {
    if (chance(this.rng, 0.005)) return pick(this.rng, BAD_SCHEDULES);
    if (chance(this.rng, 0.06)) {
      // Data-aware scheduling: Asset in Airflow 3, Dataset in Airflow 2.
      const kind = this.af2 ? 'Dataset' : 'Asset';
      this.needed.add(kind);
      return `[${kind}("s3://acme-lake/${this.domain}/${this.entity}")]`;
    }
    const value = pick(this.rng, SCHEDULES_AF3);
    return value;
  }

  startDate() {
    const r = this.rng;
    if (this.af2) {
      const v = weighted(r, [['days_ago', 4], ['naive', 3], ['pendulum', 3]]);
      if (v === 'days_ago') {
        this.needed.add('days_ago');
        return `days_ago(${int(r, 1, 3)})`;
      }
      if (v === 'naive') {
        this.needed.add('datetime');
        return `datetime(${int(r, 2021, 2024)}, ${int(r, 1, 12)}, 1)`;
      }
    }
    this.needed.add('pendulum');
    return `pendulum.datetime(${int(r, 2023, 2025)}, ${int(r, 1, 12)}, ${int(r, 1, 28)}, tz="${pick(r, ['UTC', 'Europe/Amsterdam', 'America/New_York'])}")`;
  }

  dagArgs(dagIdExpr) {
    const r = this.rng;
    const args = [`dag_id=${dagIdExpr}`];
    const scheduleKey = this.af2 && chance(r, 0.7) ? 'schedule_interval' : 'schedule';
    args.push(`${scheduleKey}=${this.schedule()}`);
    args.push(`start_date=${this.startDate()}`);
    args.push(`catchup=${chance(r, 0.8) ? 'False' : 'True'}`);
    if (this.hasDefaultArgs) args.push('default_args=default_args');
    if (chance(r, 0.5)) args.push(`max_active_runs=${int(r, 1, 3)}`);
    if (this.af2 && chance(r, 0.2)) args.push(`concurrency=${int(r, 2, 16)}`);
    if (chance(r, 0.6)) args.push(`tags=["${this.domain}", "${pick(r, OWNERS)}"]`);
    if (chance(r, 0.4)) args.push('doc_md=__doc__');
    if (chance(r, 0.2)) args.push(`params={"table": "${this.entity}", "full_refresh": False}`);
    if (chance(r, 0.15)) args.push(`dagrun_timeout=timedelta(hours=${int(r, 1, 6)})`);
    return args;
  }

  // --- helpers (python callables) -------------------------------------------------------------

  helper(kind) {
    const r = this.rng;
    const name = this.uniqueName(`_${pick(r, VERBS)}_${pick(r, ENTITIES)}`);
    const ent = pick(r, ENTITIES);
    const ctxKey = this.af2 && chance(r, 0.5)
      ? pick(r, ['execution_date', 'next_ds', 'prev_ds', 'yesterday_ds', 'next_execution_date'])
      : pick(r, ['ds', 'logical_date', 'data_interval_start', 'run_id', 'dag_run']);
    const bodies = {
      fetch: [
        `def ${name}(ds: str, **context) -> list[dict]:`,
        `    """Fetch ${ent} for the logical date from the upstream API.`,
        '',
        '    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.',
        '    """',
        '    import requests',
        '',
        `    url = f"{BASE_URL}/${ent}"`,
        '    rows: list[dict] = []',
        `    for page in range(1, ${int(r, 5, 50)}):`,
        '        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)',
        '        response.raise_for_status()',
        '        batch = response.json().get("items", [])',
        '        rows.extend(batch)',
        '        if len(batch) < 500:',
        '            break',
        `    log.info("Fetched %d ${ent} for %s", len(rows), ds)`,
        '    return rows',
      ],
      clean: [
        `def ${name}(**context):`,
        `    ti = context["ti"]`,
        `    run_marker = context["${ctxKey}"]`,
        `    rows = ti.xcom_pull(task_ids="${pick(r, VERBS)}_${ent}") or []`,
        '    cleaned = [row for row in rows if row.get("value") is not None]',
        '    dropped = len(rows) - len(cleaned)',
        '    if dropped:',
        '        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)',
        '    totals = {}',
        '    for row in cleaned:',
        '        key = row.get("category", "unknown")',
        '        totals[key] = totals.get(key, 0) + row["value"]',
        '    return {"count": len(cleaned), "totals": totals}',
      ],
      load: [
        `def ${name}(table: str, batch_size: int = ${pick(r, [500, 1000, 5000])}, **context) -> int:`,
        `    """Load the staged ${ent} file into the warehouse table."""`,
        '    import csv',
        '',
        `    path = os.path.join(STAGING_DIR, f"{table}_{context['ds_nodash']}.csv")`,
        '    loaded = 0',
        '    try:',
        '        with open(path, newline="") as handle:',
        '            reader = csv.DictReader(handle)',
        '            batch = []',
        '            for record in reader:',
        '                batch.append(record)',
        '                if len(batch) >= batch_size:',
        '                    loaded += _flush(table, batch)',
        '                    batch = []',
        '            if batch:',
        '                loaded += _flush(table, batch)',
        '    except FileNotFoundError:',
        '        log.error("Nothing staged at %s", path)',
        '        raise',
        '    return loaded',
      ],
      score: [
        `def ${name}(model_uri: str, threshold: float = ${(0.5 + r() * 0.4).toFixed(2)}, **context) -> dict:`,
        '    """Score the day\'s features; heavy libraries are imported here so DAG parsing stays fast."""',
        '    import numpy as np',
        '    import pandas as pd',
        '',
        `    frame = pd.read_parquet(f"{FEATURE_STORE}/${ent}/{context['ds']}.parquet")`,
        '    scores = np.clip(frame["raw_score"].to_numpy() * 1.07, 0.0, 1.0)',
        '    flagged = int((scores > threshold).sum())',
        '    summary = {',
        '        "rows": len(frame),',
        '        "flagged": flagged,',
        '        "ratio": flagged / max(len(frame), 1),',
        '        "model": model_uri,',
        '    }',
        '    log.info("Scoring summary: %s", json.dumps(summary))',
        '    return summary',
      ],
      klass: [
        `class ${name.replace(/(^_|_)(\w)/g, (_, __, c) => c.toUpperCase())}Report:`,
        `    """Builds the ${ent} report e-mailed to the ${pick(r, OWNERS)} team."""`,
        '',
        '    def __init__(self, rows, title=None):',
        '        self.rows = list(rows)',
        `        self.title = title or "${ent} report"`,
        '',
        '    def summary(self):',
        '        by_status = {}',
        '        for row in self.rows:',
        '            by_status.setdefault(row.get("status", "n/a"), []).append(row)',
        '        return {status: len(items) for status, items in sorted(by_status.items())}',
        '',
        '    def render(self) -> str:',
        '        lines = [self.title, "=" * len(self.title)]',
        '        lines += [f"{status}: {count}" for status, count in self.summary().items()]',
        '        return "\\n".join(lines)',
      ],
    };
    this.helpers.push(bodies[kind]);
    if (kind === 'load') this.needsFlush = true;
    return name;
  }

  // --- tasks ------------------------------------------------------------------------------------

  operatorTask(upstream, dagKwarg) {
    const r = this.rng;
    const kind = weighted(r, [['bash', 4], ['python', 4], ['k8s', 2], ['empty', 1]]);
    const name = this.taskName();
    const extra = dagKwarg ? ['dag=dag,'] : [];
    if (kind === 'bash') {
      this.needed.add('BashOperator');
      const lines = [`${name} = BashOperator(`, `    task_id="${name}",`,
        `    bash_command=${JSON.stringify(this.template(upstream))},`];
      if (chance(r, 0.3)) lines.push(`    env={"ENV": ENVIRONMENT, "TARGET": "${this.entity}"},`);
      if (chance(r, 0.3)) lines.push(`    retries=${int(r, 1, 5)},`);
      if (this.af2 && chance(r, 0.15)) lines.push(`    task_concurrency=${int(r, 1, 4)},`);
      if (this.af2 && chance(r, 0.1)) lines.push('    sla=timedelta(hours=1),');
      return { name, lines: [...lines, ...indent(extra, 4), ')'] };
    }
    if (kind === 'python') {
      this.needed.add('PythonOperator');
      const helperKind = weighted(r, [['fetch', 3], ['clean', 3], ['load', 2], ['score', 2]]);
      const callable = this.helper(helperKind);
      const lines = [`${name} = PythonOperator(`, `    task_id="${name}",`, `    python_callable=${callable},`];
      if (helperKind === 'load') lines.push(`    op_kwargs={"table": "${this.entity}"},`);
      if (helperKind === 'score') lines.push(`    op_kwargs={"model_uri": "models:/${this.entity}/production"},`);
      if (this.af2 && chance(r, 0.4)) lines.push('    provide_context=True,');
      if (chance(r, 0.2)) lines.push(`    trigger_rule="${this.af2 && chance(r, 0.3) ? 'none_failed_or_skipped' : pick(r, ['all_done', 'none_failed', 'one_success'])}",`);
      return { name, lines: [...lines, ...indent(extra, 4), ')'] };
    }
    if (kind === 'k8s') {
      this.needed.add('KubernetesPodOperator');
      const lines = [`${name} = KubernetesPodOperator(`, `    task_id="${name}",`, `    name="${name.replaceAll('_', '-')}",`,
        `    namespace="${pick(r, ['airflow', 'batch', 'ml-jobs'])}",`, `    image="${pick(r, IMAGES)}",`,
        '    cmds=["python", "-m", "jobs.run"],',
        `    arguments=["--entity", "${this.entity}", "--date", "{{ ${this.af2 && chance(r, 0.5) ? 'execution_date' : 'ds'} }}"],`,
        `    env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "${pick(r, ['INFO', 'DEBUG'])}"},`];
      if (this.usesK8sModels) {
        lines.push('    container_resources=k8s.V1ResourceRequirements(',
          `        requests={"cpu": "${int(r, 1, 4) * 250}m", "memory": "${int(r, 1, 8)}Gi"},`,
          `        limits={"cpu": "${int(r, 1, 4)}", "memory": "${int(r, 2, 16)}Gi"},`, '    ),');
      }
      lines.push('    get_logs=True,');
      lines.push(this.af2 ? '    is_delete_operator_pod=True,' : '    on_finish_action="delete_pod",');
      return { name, lines: [...lines, ...indent(extra, 4), ')'] };
    }
    const empty = this.af2 && chance(this.rng, 0.6) ? 'DummyOperator' : 'EmptyOperator';
    this.needed.add(empty);
    const args = [`task_id="${name}"`, ...(dagKwarg ? ['dag=dag'] : [])];
    return { name, lines: [`${name} = ${empty}(${args.join(', ')})`] };
  }

  emptyTask(base, dagKwarg) {
    const empty = this.af2 && chance(this.rng, 0.6) ? 'DummyOperator' : 'EmptyOperator';
    this.needed.add(empty);
    const name = this.uniqueName(base);
    return { name, lines: [`${name} = ${empty}(task_id="${name}"${dagKwarg ? ', dag=dag' : ''})`] };
  }

  /** Wires a list of task names with a mix of >>, <<, lists, chain() and set_downstream. */
  dependencies(names) {
    const r = this.rng;
    const layers = [];
    for (let i = 0; i < names.length;) {
      const size = Math.min(names.length - i, layers.length && layers[layers.length - 1].length > 1 ? 1 : int(r, 1, 3));
      layers.push(names.slice(i, i + size));
      i += size;
    }
    const expr = (layer) => (layer.length === 1 ? layer[0] : `[${layer.join(', ')}]`);
    const style = weighted(r, [['bitshift', 5], ['fluent', 3], ['chain', 2], ['set', 1]]);
    if (layers.length < 2) return [];
    if (style === 'chain') {
      this.needed.add('chain');
      return [`chain(${layers.map(expr).join(', ')})`];
    }
    if (style === 'fluent') return [layers.map(expr).join(' >> ')];
    const out = [];
    for (let i = 1; i < layers.length; i++) {
      const [a, b] = [layers[i - 1], layers[i]];
      if (style === 'set' && a.length === 1) out.push(`${a[0]}.set_downstream(${expr(b)})`);
      else if (chance(r, 0.15) && b.length === 1) out.push(`${b[0]} << ${expr(a)}`);
      else out.push(`${expr(a)} >> ${expr(b)}`);
    }
    return out;
  }

  classicBody(taskCount, dagKwarg) {
    const r = this.rng;
    const lines = [];
    const names = [];
    const start = this.emptyTask('start', dagKwarg);
    lines.push(...start.lines, '');
    names.push(start.name);
    for (let i = 0; i < taskCount; i++) {
      const task = this.operatorTask(names[names.length - 1], dagKwarg);
      lines.push(...task.lines, '');
      names.push(task.name);
    }
    if (chance(r, 0.6)) {
      const end = this.emptyTask('end', dagKwarg);
      lines.push(...end.lines, '');
      names.push(end.name);
    }
    lines.push(...this.dependencies(names));
    return lines;
  }

  taskflowTasks(taskCount) {
    const r = this.rng;
    const defs = [];
    const calls = [];
    const outputs = [];
    for (let i = 0; i < taskCount; i++) {
      const name = this.taskName();
      const decorator = weighted(r, [['@task', 6], [`@task(retries=${int(r, 1, 4)})`, 2], ['@task.bash', 1],
        [`@task(task_id="${name}_step")`, 1]]);
      const inputs = outputs.length === 0 ? [] : outputs.slice(-Math.min(outputs.length, int(r, 1, 2)));
      const params = inputs.map((_, j) => `data_${j}: dict`).join(', ');
      const body = decorator === '@task.bash'
        ? [`def ${name}(${params}) -> str:`, `    return ${JSON.stringify(this.template(outputs.at(-1)))}`]
        : [`def ${name}(${params}) -> dict:`,
          `    """${pick(r, VERBS)} step for ${this.entity}."""`,
          ...(inputs.length ? [`    merged = {**${inputs.map((_, j) => `data_${j}`).join(', **')}}`] : ['    merged = {}']),
          `    merged["${name}"] = ${pick(r, ['len(merged)', 'sum(range(10))', 'os.getpid()', '[n * 2 for n in range(5)]'])}`,
          ...(chance(r, 0.3) ? ['    context = get_current_context()', '    merged["run_id"] = context["run_id"]'] : []),
          `    log.info("${name} produced %d keys", len(merged))`,
          '    return merged'];
      if (body.some((l) => l.includes('get_current_context'))) this.needed.add('get_current_context');
      defs.push(decorator, ...body, '');
      const out = `${name}_out`;
      calls.push(`${out} = ${name}(${inputs.join(', ')})`);
      outputs.push(out);
    }
    return { defs, calls };
  }

  taskflowDag(taskCount) {
    const r = this.rng;
    this.needed.add('dag');
    this.needed.add('task');
    const fn = this.uniqueName(this.dagId.replace(/_\d+$/, '') + '_pipeline');
    const args = this.dagArgs(`"${this.dagId}"`);
    const lines = ['@dag(', ...indent(args.map((a) => `${a},`), 4), ')', `def ${fn}():`];
    const inner = [`"""TaskFlow pipeline for ${this.entity}."""`];
    const { defs, calls } = this.taskflowTasks(taskCount);
    inner.push(...defs);
    if (chance(r, 0.3)) {
      // A branch that returns a downstream task_id.
      const yes = this.taskName();
      const no = this.taskName();
      inner.push('@task.branch', 'def choose_path(summary: dict) -> str:',
        `    return "${yes}" if summary else "${no}"`, '',
        '@task', `def ${yes}():`, `    log.info("publishing ${this.entity}")`, '',
        '@task', `def ${no}():`, '    log.info("nothing to publish")', '');
      calls.push(`choose_path(${calls.length ? calls[calls.length - 1].split(' = ')[0] : '{}'}) >> [${yes}(), ${no}()]`);
    }
    if (chance(r, 0.25)) {
      // Dynamic task mapping over a list produced at run time.
      const lister = this.uniqueName(`list_${this.entity}_partitions`);
      const mapped = this.uniqueName(`process_${this.entity}_partition`);
      inner.push('@task', `def ${lister}() -> list[str]:`,
        `    return [f"${this.entity}/part={n:03d}" for n in range(${int(r, 4, 64)})]`, '',
        `@task(max_active_tis_per_dag=${int(r, 2, 8)})`, `def ${mapped}(partition: str) -> int:`,
        '    log.info("processing %s", partition)', '    return len(partition)', '');
      calls.push(`${mapped}.expand(partition=${lister}())`);
    }
    inner.push(...calls);
    lines.push(...indent(inner, 4), '', '');
    // Roughly 3% forget to call the @dag function: a real-world bug.
    if (!chance(r, 0.03)) lines.push(chance(r, 0.5) ? `${fn}()` : `${fn}_dag = ${fn}()`);
    return lines;
  }

  withDag(body) {
    this.needed.add('DAG');
    const args = this.dagArgs(`"${this.dagId}"`);
    return ['with DAG(', ...indent(args.map((a) => `${a},`), 4), ') as dag:', ...indent(body, 4)];
  }

  groupsBody(taskCount) {
    const r = this.rng;
    const lines = [];
    const start = this.emptyTask('start');
    lines.push(...start.lines, '');
    const groups = [];
    let remaining = taskCount;
    while (remaining > 0) {
      const size = Math.min(remaining, int(r, 2, 4));
      remaining -= size;
      const group = this.uniqueName(`${pick(r, VERBS)}_${pick(r, ENTITIES)}_group`);
      this.needed.add('TaskGroup');
      const inner = [];
      const names = [];
      for (let i = 0; i < size; i++) {
        const t = this.operatorTask(names.at(-1));
        inner.push(...t.lines);
        names.push(t.name);
      }
      inner.push(...this.dependencies(names));
      lines.push(`with TaskGroup(group_id="${group}", tooltip="${this.entity} ${group}") as ${group}:`, ...indent(inner, 4), '');
      groups.push(group);
    }
    const end = this.emptyTask('end');
    lines.push(...end.lines, '');
    lines.push(`${start.name} >> ${groups.join(' >> ')} >> ${end.name}`);
    return lines;
  }

  dynamicDags(taskCount) {
    const r = this.rng;
    this.needed.add('DAG');
    const sources = Array.from({ length: int(r, 2, 5) }, () => pick(r, ENTITIES));
    const unique = [...new Set(sources)];
    const lines = ['SOURCES = {'];
    for (const s of unique) {
      lines.push(`    "${s}": {"table": "raw.${s}", "partition": "${pick(r, ['ds', 'hour', 'none'])}", "owner": "${pick(r, OWNERS)}"},`);
    }
    lines.push('}', '', '', 'for source, cfg in SOURCES.items():');
    const args = this.dagArgs(`f"${this.dagId}_{source}"`).filter((a) => !a.startsWith('doc_md'));
    const body = ['with DAG(', ...indent(args.map((a) => `${a},`), 4), ') as dag:'];
    const inner = [];
    const names = [];
    for (let i = 0; i < taskCount; i++) {
      const t = this.operatorTask(names.at(-1));
      inner.push(...t.lines);
      names.push(t.name);
    }
    inner.push(...this.dependencies(names));
    body.push(...indent(inner, 4), '', 'globals()[dag.dag_id] = dag');
    lines.push(...indent(body, 4));
    return lines;
  }

  mixedBody(taskCount) {
    const classicCount = Math.max(1, Math.floor(taskCount / 2));
    const lines = this.classicBody(classicCount);
    this.needed.add('task');
    const { defs, calls } = this.taskflowTasks(taskCount - classicCount);
    const first = lines.find((l) => / = (Empty|Dummy)Operator\(/.test(l))?.split(' = ')[0];
    lines.push('', ...defs, ...calls);
    if (first && calls.length) lines.push(`${first} >> ${calls[0].split(' = ')[0]}`);
    return lines;
  }

  imports() {
    const n = this.needed;
    const usesJson = this.helpers.some((h) => h.some((l) => l.includes('json.')));
    const lines = ['from __future__ import annotations', '', ...(usesJson || chance(this.rng, 0.2) ? ['import json'] : []),
      'import logging', 'import os'];
    // timedelta is always imported: default_args, schedules and timeouts all use it.
    lines.push(`from datetime import ${n.has('datetime') ? 'datetime, timedelta' : 'timedelta'}`, '');
    if (n.has('pendulum')) lines.push('import pendulum');
    if (this.heavy) lines.push(pick(this.rng, ['import pandas as pd', 'import numpy as np', 'from sklearn.ensemble import IsolationForest']));
    if (n.has('KubernetesPodOperator') && this.usesK8sModels) lines.push('from kubernetes.client import models as k8s');
    lines.push('');
    if (this.af2) {
      if (n.has('DAG')) lines.push('from airflow import DAG');
      const decorators = ['dag', 'task', 'get_current_context'].filter((x) => n.has(x));
      if (decorators.length) lines.push(`from airflow.decorators import ${decorators.join(', ')}`);
      if (n.has('chain')) lines.push('from airflow.models.baseoperator import chain');
      if (n.has('Variable')) lines.push('from airflow.models import Variable');
      if (n.has('BashOperator')) lines.push('from airflow.operators.bash import BashOperator');
      if (n.has('PythonOperator')) lines.push('from airflow.operators.python import PythonOperator');
      if (n.has('DummyOperator')) lines.push('from airflow.operators.dummy import DummyOperator');
      if (n.has('EmptyOperator')) lines.push('from airflow.operators.empty import EmptyOperator');
      if (n.has('KubernetesPodOperator')) lines.push('from airflow.providers.cncf.kubernetes.operators.kubernetes_pod import KubernetesPodOperator');
      if (n.has('TaskGroup')) lines.push('from airflow.utils.task_group import TaskGroup');
      if (n.has('days_ago')) lines.push('from airflow.utils.dates import days_ago');
      if (n.has('Dataset')) lines.push('from airflow.datasets import Dataset');
    } else {
      const sdk = ['Asset', 'DAG', 'TaskGroup', 'Variable', 'chain', 'dag', 'get_current_context', 'task'].filter((x) => n.has(x));
      if (sdk.length) lines.push(`from airflow.sdk import ${sdk.join(', ')}`);
      if (n.has('BashOperator')) lines.push('from airflow.providers.standard.operators.bash import BashOperator');
      if (n.has('EmptyOperator') || n.has('DummyOperator')) lines.push('from airflow.providers.standard.operators.empty import EmptyOperator');
      if (n.has('PythonOperator')) lines.push('from airflow.providers.standard.operators.python import PythonOperator');
      if (n.has('KubernetesPodOperator')) lines.push('from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator');
    }
    return lines;
  }

  build(taskCount) {
    const r = this.rng;
    this.hasDefaultArgs = chance(r, 0.7);
    let body;
    if (this.style === 'taskflow') body = this.taskflowDag(taskCount);
    else if (this.style === 'legacy') {
      this.needed.add('DAG');
      const args = this.dagArgs(`"${this.dagId}"`);
      body = ['dag = DAG(', ...indent(args.map((a) => `${a},`), 4), ')', '', ...this.classicBody(taskCount, true)];
    } else if (this.style === 'dynamic') body = this.dynamicDags(taskCount);
    else if (this.style === 'groups') body = this.withDag(this.groupsBody(taskCount));
    else if (this.style === 'mixed') body = this.withDag(this.mixedBody(taskCount));
    else body = this.withDag(this.classicBody(taskCount));

    const header = [
      '"""',
      `${this.dagId.replaceAll('_', ' ')}: ${pick(r, VERBS)} ${this.entity} for the ${this.domain} domain.`,
      '',
      `Owner: ${pick(r, OWNERS)}. Runbook: https://wiki.acme.io/data/${this.domain}/${this.entity}`,
      `Upstream: ${pick(r, ['Postgres replica', 'Kafka topic', 'partner SFTP', 'S3 landing zone', 'REST API'])}.`,
      `Downstream: ${pick(r, ['Looker dashboards', 'feature store', 'finance exports', 'the ML training set'])}.`,
      '"""',
    ];
    const constants = [
      'log = logging.getLogger(__name__)',
      '',
      `ENVIRONMENT = os.environ.get("DEPLOY_ENV", "${pick(r, ['dev', 'staging', 'prod'])}")`,
      `BASE_URL = os.environ.get("${this.domain.toUpperCase()}_API", "https://api.acme.io/v2")`,
      `STAGING_DIR = "/opt/airflow/staging/${this.domain}"`,
      `FEATURE_STORE = "s3://acme-features/${this.domain}"`,
    ];
    if (this.moduleVariable) {
      this.needed.add('Variable');
      constants.push(`ALERT_EMAILS = Variable.get("${this.domain}_alert_emails", ${this.af2 ? 'default_var' : 'default'}="data@acme.io").split(",")`);
    }
    const defaultArgs = this.hasDefaultArgs ? [
      '',
      'default_args = {',
      `    "owner": "${pick(r, OWNERS)}",`,
      '    "depends_on_past": False,',
      `    "retries": ${int(r, 0, 3)},`,
      `    "retry_delay": timedelta(minutes=${pick(r, [1, 5, 10, 15])}),`,
      `    "email": ["${pick(r, OWNERS)}@acme.io"],`,
      `    "email_on_failure": ${chance(r, 0.5) ? 'True' : 'False'},`,
      ...(this.af2 && chance(r, 0.2) ? ['    "sla": timedelta(hours=2),'] : []),
      ...(chance(r, 0.3) ? ['    "on_failure_callback": _notify_failure,'] : []),
      '}',
    ] : [];
    const callbacks = defaultArgs.some((l) => l.includes('_notify_failure')) ? [
      'def _notify_failure(context):',
      '    """Post a short failure message; keeps working when the hook is not configured."""',
      '    ti = context["ti"]',
      `    message = f"{ti.dag_id}.{ti.task_id} failed (try {ti.try_number}) in {ENVIRONMENT}"`,
      '    log.error(message)',
      '',
      '',
    ] : [];
    const flush = this.needsFlush ? [
      'def _flush(table: str, batch: list) -> int:',
      '    """Insert one batch; the warehouse client is imported lazily to keep parsing cheap."""',
      '    from warehouse.client import connect',
      '',
      '    with connect(os.environ["WAREHOUSE_DSN"]) as conn:',
      '        conn.insert_many(table, batch)',
      '    return len(batch)',
      '',
      '',
    ] : [];
    if (chance(r, 0.25)) this.helper('klass');
    const helperLines = this.helpers.flatMap((h) => [...h, '', '']);
    const lines = [...header, '', ...this.imports(), '', ...constants, '', '', ...callbacks, ...flush, ...helperLines,
      ...defaultArgs, '', '', ...body, ''];
    return lines.join('\n');
  }
}

/**
 * Generates file number `index` from `rng` (use fileRng(seed, index) for the corpus stream).
 * Returns { name, text, syntaxError }; text is 2–10 KB.
 */
export function generateFile(index, rng) {
  const target = MIN_BYTES + 200 + Math.floor(rng() * (MAX_BYTES - MIN_BYTES - 900));
  const syntaxError = rng() < SYNTAX_ERROR_RATE;
  const buildSeed = Math.floor(rng() * 4294967296);
  let chosen = '';
  let builder;
  for (let tasks = 1; tasks <= 60; tasks++) {
    builder = new FileBuilder(index, createRng(buildSeed));
    const text = builder.build(tasks);
    if (Buffer.byteLength(text) > MAX_BYTES - 300 && chosen) break;
    chosen = text;
    if (Buffer.byteLength(text) >= target) break;
  }
  if (Buffer.byteLength(chosen) < MIN_BYTES) {
    // Small styles get a realistic changelog comment block until they reach the minimum.
    const notes = ['', '# Changelog'];
    for (let n = 1; Buffer.byteLength(chosen) + Buffer.byteLength(notes.join('\n')) < MIN_BYTES + 100; n++) {
      notes.push(`# - v1.${n}: adjusted retries and alerting for ${builder.entity} after incident ${1000 + n * 7}.`);
    }
    chosen += `${notes.join('\n')}\n`;
  }
  let text = chosen;
  if (syntaxError) text = syntaxErrorMutation(createRng(buildSeed ^ 0x5bd1e995), text);
  const name = `${builder.dagId}.py`;
  return { name, text, syntaxError };
}

/** Writes `files` DAG files into `dir`; returns { files, bytes, syntaxErrors, dir }. */
export function generateCorpus(dir, { files = 2000, seed = 1 } = {}) {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let syntaxErrors = 0;
  for (let i = 0; i < files; i++) {
    const { name, text, syntaxError } = generateFile(i, fileRng(seed, i));
    // Spread files over sub-folders like real repos (dags/<domain>/...).
    const sub = path.join(dir, name.split('_')[0]);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, name), text);
    bytes += Buffer.byteLength(text);
    if (syntaxError) syntaxErrors++;
  }
  return { dir, files, bytes, syntaxErrors };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { files: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' } },
  });
  if (positionals.length !== 1) {
    console.error('usage: node scripts/bench/dag-corpus.mjs <dir> [--files N] [--seed S]');
    process.exit(2);
  }
  const result = generateCorpus(positionals[0], { files: Number(values.files), seed: Number(values.seed) });
  console.log(`${result.files} files, ${result.bytes} bytes (${(result.bytes / 1048576).toFixed(2)} MiB), ` +
    `${result.syntaxErrors} with a syntax error, in ${result.dir}`);
}
