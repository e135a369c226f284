'use strict';
/**
 * A stateful fake of the kind, helm, kubectl and docker subcommands migrate-kind uses — and only
 * those: anything else exits 64 so a test notices the action calling something the fake does not
 * model. Cluster state lives in the JSON file named by FAKE_KUBE_STATE; every call is appended to
 * state.calls (argv and stdin) so tests can assert the exact commands.
 *
 * The model: Deployments and StatefulSets of Airflow components have a wait-for-airflow-migrations
 * init container that holds the pod until the metadata DB's alembic revision equals the head of the
 * pod's image; Jobs run a "program" recognised from their args (db migrate, check-migrations, the
 * revision probe, users create, connections add) and finish after FAKE_KUBE_JOB_POLLS status reads.
 *
 * Faults (FAKE_KUBE_SCENARIO, comma-separated): image-pull-backoff, migration-failure, lock-timeout,
 * pod-never-ready, existing-completed-job(-unlabelled), helm-hook, kind-create-fails.
 * FAKE_KUBE_WAIT_MS caps how long a failing `rollout status` pretends to wait (default 20 ms);
 * FAKE_KUBE_DELAY_MS (+ FAKE_KUBE_DELAY_MATCH) makes calls slow, for phase timeouts.
 * FAKE_KUBE_OUTPUT=empty|garbage (+ FAKE_KUBE_OUTPUT_MATCH) replaces matching calls' stdout, exit 0.
 */
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
// yaml is loaded on first use: most calls (get, logs) never parse YAML, and node startup dominates.
let yamlModule;
const YAML = new Proxy({}, { get: (_, k) => (yamlModule ??= require('yaml'))[k] });

const HEADS = {
  '2.9.3': '686269002441',
  '3.0.2': '29ce7909c52b',
  '3.1.7': 'cc92b33c6709',
};
/** Alembic chain between the heads above (real revision ids; one step per release line). */
const CHAIN = [
  ['686269002441', '22ed7efa9da2', 'Add dag_priority_parsing_request table.'],
  ['22ed7efa9da2', '5f2621c13b39', 'Rename dataset as asset.'],
  ['5f2621c13b39', '29ce7909c52b', 'Change TI table to have unique UUID id/pk per attempt.'],
  ['29ce7909c52b', 'fe199e1abd77', 'Delete import errors.'],
  ['fe199e1abd77', 'cc92b33c6709', 'Add HITL detail table.'],
];
const CHART_APP_VERSION = { '1.15.0': '2.9.3', '1.18.0': '3.0.2', '1.19.0': '3.1.7' };
const T0 = Date.parse('2026-01-01T00:00:00Z');

// ---------------------------------------------------------------- state

function statePath() {
  const p = process.env.FAKE_KUBE_STATE;
  if (!p) fatal('FAKE_KUBE_STATE is not set');
  return p;
}

// The tail of a real Airflow 3.1.8 worker pod's log (kind cluster, 2026-12-07) when the release's
// remote-logging connection is not defined: the supervisor fails before the task runs.
const REMOTE_CONN_MISSING_LOG = [
  '{"timestamp":"2026-01-01T00:00:05.000000Z","level":"info","event":"Connecting to server:","server":"http://airflow-api-server:8080/execution/","logger":"__main__"}',
  'Traceback (most recent call last):',
  '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/sdk/execution_time/supervisor.py", line 1887, in _configure_logging',
  '    with _remote_logging_conn(client):',
  '  File "/usr/lib/python3.11/contextlib.py", line 139, in __enter__',
  '    raise RuntimeError("generator didn\'t yield") from None',
  "RuntimeError: generator didn't yield",
  '',
].join('\n');

function scenario(name) {
  return (process.env.FAKE_KUBE_SCENARIO || '').split(',').map((s) => s.trim()).includes(name);
}

function load() {
  const p = statePath();
  let s;
  if (fs.existsSync(p)) s = JSON.parse(fs.readFileSync(p, 'utf8'));
  else s = {};
  s.clusters ??= {};
  s.objects ??= {};
  s.releases ??= {};
  s.events ??= [];
  s.calls ??= [];
  s.dockerImages ??= ['apache/airflow:3.1.7', 'apache/airflow:2.9.3'];
  s.db ??= { deployed: false, airflowPassword: null, grant: false, revision: null, users: [], connections: [], external: false };
  s.clock ??= 0;
  s.dagRuns ??= [];
  return s;
}

function save(s) {
  fs.writeFileSync(statePath(), JSON.stringify(s, null, 1));
}

function fatal(msg) {
  process.stderr.write(`fake toolchain: ${msg}\n`);
  process.exit(70);
}

class ExitError extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
}

function unsupported(tool, args) {
  process.stderr.write(`fake ${tool}: unsupported invocation: ${args.join(' ')}\n`);
  throw new ExitError(64);
}

function key(ns, kind, name) {
  return `${ns || ''}/${kind}/${name}`;
}

function get(s, ns, kind, name) {
  return s.objects[key(ns, kind, name)];
}

function list(s, kind, ns) {
  return Object.values(s.objects).filter((o) => o.kind === kind && (ns === undefined || o.metadata.namespace === ns));
}

function now(s) {
  s.clock += 1;
  return new Date(T0 + s.clock * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function event(s, ns, type, reason, object, message) {
  s.events.push({ ns, type, reason, object, message, at: now(s) });
}

function hash5(text) {
  const h = crypto.createHash('sha1').update(text).digest('hex');
  return h.replace(/[^a-z0-9]/g, '').slice(0, 5).replace(/[0-9]/g, (d) => 'bcdfghjklm'[Number(d)]);
}

function sleepMs(ms) {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// ---------------------------------------------------------------- argv

/** Splits argv into positionals and flags; `valued` flags take the next argument unless written --x=y. */
function parseArgs(tool, args, valued, booleans) {
  const flags = {};
  const pos = [];
  let rest = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      rest = args.slice(i + 1);
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (valued.includes(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : args[++i];
        if (v === undefined) unsupported(tool, args);
        (flags[name] ??= []).push(v);
      } else if (booleans.includes(name)) {
        flags[name] = [eq > 0 ? a.slice(eq + 1) : 'true'];
      } else {
        process.stderr.write(`Error: unknown flag: ${name}\n`);
        throw new ExitError(1);
      }
    } else pos.push(a);
  }
  const one = (...names) => {
    for (const n of names) if (flags[n]) return flags[n][flags[n].length - 1];
    return undefined;
  };
  return { flags, pos, rest, one, all: (n) => flags[n] || [] };
}

function selectorMatches(selector, labels) {
  if (!selector) return true;
  return selector.split(',').every((pair) => {
    const [k, v] = pair.split('=');
    return (labels || {})[k] === v;
  });
}

// ---------------------------------------------------------------- cluster access

function requireCluster(s, p) {
  const kubeconfig = p.one('--kubeconfig');
  const context = p.one('--context', '--kube-context');
  if (kubeconfig) {
    const cluster = Object.entries(s.clusters).find(([, c]) => c.kubeconfig === kubeconfig);
    if (!cluster || !fs.existsSync(kubeconfig)) {
      process.stderr.write('E1124 memcache.go:265] "Unhandled Error" err="couldn\'t get current server API group list: Get \\"https://127.0.0.1:40000/api?timeout=32s\\": dial tcp 127.0.0.1:40000: connect: connection refused"\nThe connection to the server 127.0.0.1:40000 was refused - did you specify the right host or port?\n');
      throw new ExitError(1);
    }
    return;
  }
  const current = s.existingContext;
  if (!current || (context && context !== current)) {
    process.stderr.write(context ? `error: context "${context}" does not exist\n` : 'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n');
    throw new ExitError(1);
  }
}

// ---------------------------------------------------------------- chart model

function deepMerge(base, over) {
  const out = { ...base };
  for (const [k, v] of Object.entries(over || {})) {
    if (v && typeof v === 'object' && !Array.isArray(v) && out[k] && typeof out[k] === 'object' && !Array.isArray(out[k])) out[k] = deepMerge(out[k], v);
    else out[k] = v;
  }
  return out;
}

const { dig } = require('./task-log.cjs');

function loadValues(files) {
  let values = {};
  for (const f of files) {
    if (!fs.existsSync(f)) {
      process.stderr.write(`Error: open ${f}: no such file or directory\n`);
      throw new ExitError(1);
    }
    values = deepMerge(values, YAML.parse(fs.readFileSync(f, 'utf8')) || {});
  }
  return values;
}

function airflowEnv(rel, values) {
  const metadata = dig(values, 'data', 'metadataSecretName') || `${rel}-airflow-metadata`;
  const fernet = values.fernetKeySecretName || `${rel}-fernet-key`;
  return [
    { name: 'AIRFLOW__CORE__FERNET_KEY', valueFrom: { secretKeyRef: { name: fernet, key: 'fernet-key' } } },
    { name: 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', valueFrom: { secretKeyRef: { name: metadata, key: 'connection' } } },
  ];
}

/** What the chart renders for these values — only the parts migrate-kind looks at. */
function renderChart(rel, ns, chartVersion, values) {
  const airflowVersion = values.airflowVersion || CHART_APP_VERSION[chartVersion];
  const image = `${dig(values, 'images', 'airflow', 'repository') || 'apache/airflow'}:${dig(values, 'images', 'airflow', 'tag') || airflowVersion}`;
  const major = airflowVersion.split('.')[0];
  const labels = (component) => ({ tier: 'airflow', component, release: rel, chart: `airflow-${chartVersion}`, heritage: 'Helm' });
  const env = airflowEnv(rel, values);
  const docs = [];
  const push = (source, obj) => docs.push({ source, obj });
  push('secrets/fernetkey-secret.yaml', values.fernetKeySecretName ? null : { apiVersion: 'v1', kind: 'Secret', metadata: { name: `${rel}-fernet-key`, namespace: ns, labels: labels('fernet-key') }, type: 'Opaque', data: { 'fernet-key': Buffer.from('Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmE=').toString('base64') } });
  if (!dig(values, 'data', 'metadataSecretName')) {
    const conn = dig(values, 'data', 'metadataConnection') || {};
    push('secrets/metadata-connection-secret.yaml', { apiVersion: 'v1', kind: 'Secret', metadata: { name: `${rel}-airflow-metadata`, namespace: ns, labels: labels('metadata') }, type: 'Opaque', data: { connection: Buffer.from(`postgresql://${conn.user || 'postgres'}:${conn.pass || 'postgres'}@${conn.host || `${rel}-postgresql.${ns}`}:5432/postgres?sslmode=disable`).toString('base64') } });
  }
  push('configmaps/configmap.yaml', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${rel}-config`, namespace: ns, labels: labels('config') }, data: { 'airflow.cfg': '[core]\nexecutor = KubernetesExecutor\n' } });
  const hookAnnotations = (useHooks, weight) => (useHooks ? { 'helm.sh/hook': 'post-install,post-upgrade', 'helm.sh/hook-weight': weight, 'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded' } : undefined);
  const job = (name, component, args, annotations) => ({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name, namespace: ns, labels: labels(component), ...(annotations ? { annotations } : {}) },
    spec: { ttlSecondsAfterFinished: 300, template: { metadata: { labels: labels(component) }, spec: { restartPolicy: 'OnFailure', containers: [{ name: component, image, args, env }], volumes: [{ name: 'config', configMap: { name: `${rel}-config` } }] } } },
  });
  if (dig(values, 'migrateDatabaseJob', 'enabled') !== false) {
    const hooks = dig(values, 'migrateDatabaseJob', 'useHelmHooks') !== false || scenario('helm-hook');
    push('jobs/migrate-database-job.yaml', job(`${rel}-run-airflow-migrations`, 'run-airflow-migrations', ['bash', '-c', 'exec \\\nairflow db migrate'], hookAnnotations(hooks, '1')));
  }
  const defaultUser = dig(values, 'webserver', 'defaultUser', 'enabled') ?? dig(values, 'createUserJob', 'defaultUser', 'enabled') ?? true;
  if (defaultUser !== false) {
    push('jobs/create-user-job.yaml', job(`${rel}-create-user`, 'create-user-job', ['bash', '-c', 'exec \\\nairflow users create "$@"', '--', '-r', 'Admin', '-u', 'admin'], hookAnnotations(dig(values, 'createUserJob', 'useHelmHooks') !== false, '2')));
  }
  const components = major === '2' ? ['scheduler', 'webserver', ...(dig(values, 'dagProcessor', 'enabled') ? ['dag-processor'] : [])] : ['scheduler', 'api-server', 'dag-processor'];
  const waitInit = { name: 'wait-for-airflow-migrations', image, args: ['airflow', 'db', 'check-migrations', `--migration-wait-timeout=${dig(values, 'images', 'migrationsWaitTimeout') ?? 60}`], env };
  const podSpec = (component) => ({
    initContainers: [waitInit, ...(dig(values, 'dags', 'gitSync', 'enabled') ? [{ name: 'git-sync-init', image: 'registry.k8s.io/git-sync/git-sync:v4.4.2' }] : [])],
    containers: [{ name: component, image, args: ['bash', '-c', `exec airflow ${component}`], env }],
  });
  for (const c of components) {
    push(`${c}/${c}-deployment.yaml`, { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `${rel}-${c}`, namespace: ns, labels: labels(c) }, spec: { replicas: 1, selector: { matchLabels: { tier: 'airflow', component: c, release: rel } }, template: { metadata: { labels: labels(c) }, spec: podSpec(c) } } });
  }
  push('triggerer/triggerer-deployment.yaml', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: `${rel}-triggerer`, namespace: ns, labels: labels('triggerer') }, spec: { replicas: 1, serviceName: `${rel}-triggerer`, selector: { matchLabels: { tier: 'airflow', component: 'triggerer', release: rel } }, template: { metadata: { labels: labels('triggerer') }, spec: podSpec('triggerer') } } });
  return docs.filter((d) => d.obj);
}

function renderYaml(docs) {
  return docs.map((d) => `---\n# Source: airflow/templates/${d.source}\n${YAML.stringify(d.obj)}`).join('');
}

// ---------------------------------------------------------------- objects

function templateOf(obj) {
  return JSON.stringify(dig(obj, 'spec', 'template'));
}

/** Creates or updates an object; Jobs refuse template changes like the API server does. */
function upsert(s, obj, source) {
  const ns = obj.kind === 'Namespace' ? '' : obj.metadata.namespace;
  if (obj.kind !== 'Namespace' && !get(s, '', 'Namespace', ns)) {
    return { error: `Error from server (NotFound): error when creating "${source}": namespaces "${ns}" not found` };
  }
  const k = key(ns, obj.kind, obj.metadata.name);
  const existing = s.objects[k];
  if (existing && obj.kind === 'Job' && templateOf(existing) !== templateOf(obj)) {
    return { error: `The Job "${obj.metadata.name}" is invalid: spec.template: Invalid value: core.PodTemplateSpec{ObjectMeta:v1.ObjectMeta{Name:"", Labels:map[string]string{"job-name":"${obj.metadata.name}"}}}: field is immutable`, immutable: true };
  }
  if (existing && JSON.stringify(stripStatus(existing)) === JSON.stringify(stripStatus(obj))) return { verb: 'unchanged' };
  const stored = JSON.parse(JSON.stringify(obj));
  if (existing && existing.status) stored.status = existing.status;
  if (existing && existing.fake) stored.fake = existing.fake;
  s.objects[k] = stored;
  if (obj.kind === 'Job' && !existing) startJob(s, stored);
  if (obj.kind === 'Deployment' && obj.metadata.name === 'postgresql' && ns === 'warble-system') deployPostgres(s);
  return { verb: existing ? 'configured' : 'created' };
}

function stripStatus(o) {
  const { status, fake, ...rest } = o;
  void status;
  void fake;
  return rest;
}

function resourceName(obj) {
  const group = { Deployment: 'deployment.apps', StatefulSet: 'statefulset.apps', Job: 'job.batch' }[obj.kind] || obj.kind.toLowerCase();
  return `${group}/${obj.metadata.name}`;
}

function secretValue(s, ns, name, k) {
  const sec = get(s, ns, 'Secret', name);
  if (!sec) return undefined;
  if (sec.stringData && sec.stringData[k] !== undefined) return sec.stringData[k];
  if (sec.data && sec.data[k] !== undefined) return Buffer.from(sec.data[k], 'base64').toString('utf8');
  return undefined;
}

function deployPostgres(s) {
  const sql = secretValue(s, 'warble-system', 'postgresql-init', 'init.sql') || '';
  const pw = sql.match(/CREATE ROLE airflow LOGIN PASSWORD '((?:[^']|'')*)'/);
  s.db.deployed = true;
  s.db.airflowPassword = pw ? pw[1].replace(/''/g, "'") : null;
  s.db.grant = /GRANT ALL ON SCHEMA public TO airflow/.test(sql);
}

function imageVersion(image) {
  const m = /:(\d+\.\d+\.\d+)/.exec(image || '');
  return m ? m[1] : '3.1.7';
}

/** Secrets a pod's env references that do not exist → CreateContainerConfigError, like the kubelet. */
function missingSecret(s, ns, containers) {
  for (const c of containers || []) {
    for (const e of c.env || []) {
      const ref = e.valueFrom && e.valueFrom.secretKeyRef;
      if (ref && secretValue(s, ns, ref.name, ref.key) === undefined) return `secret "${ref.name}" not found`;
    }
  }
  return undefined;
}

function imagePullFails(image) {
  return scenario('image-pull-backoff') && /airflow/.test(image);
}

function startJob(s, job) {
  job.status = { active: 1, startTime: now(s) };
  job.fake = { polls: 0 };
}

/** Runs the Job's program against the fake database; returns exit code and log. */
function runProgram(s, job) {
  const ns = job.metadata.namespace;
  const c = job.spec.template.spec.containers[0];
  const envOf = (name) => {
    const e = (c.env || []).find((x) => x.name === name);
    if (!e) return undefined;
    if (e.value !== undefined) return e.value;
    const ref = e.valueFrom.secretKeyRef;
    return secretValue(s, ns, ref.name, ref.key);
  };
  // As the kubelet does: $(NAME) in command/args becomes the container's env value ($$ is a literal $,
  // an unknown name stays as written, a substituted value is never expanded again). No shell runs.
  const expand = (a) => String(a).replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name) => (m === '$$' ? '$' : envOf(name) ?? m));
  const argv = (c.command || []).concat(c.args || []).map(expand);
  const cmd = argv.join(' ');
  // argparse-style: `--name value` or `--name=value`.
  const flag = (name) => {
    for (let i = 0; i < argv.length; i++) {
      if (argv[i] === name) return argv[i + 1];
      if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
    }
    return undefined;
  };
  const conn = envOf('AIRFLOW__DATABASE__SQL_ALCHEMY_CONN') || '';
  const masked = conn.replace(/:\/\/([^:]+):[^@]*@/, '://$1:***@');
  const version = imageVersion(c.image);
  const head = HEADS[version];
  const ts = () => `[${new Date(T0 + s.clock * 1000).toISOString().replace('Z', '+0000')}]`;
  if (!s.db.external) {
    const pw = (/:\/\/[^:]+:([^@]*)@/.exec(conn) || [])[1];
    if (!s.db.deployed || !/postgresql\.warble-system/.test(conn)) {
      return { code: 1, log: `${ts()} {cli_action_loggers.py:100} ERROR - could not translate host name\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "${(/@([^:/]+)/.exec(conn) || [])[1] || '?'}" to address: Name or service not known\n` };
    }
    if (decodeURIComponent(pw || '') !== s.db.airflowPassword) {
      return { code: 1, log: `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "postgresql.warble-system" (10.96.0.20), port 5432 failed: FATAL:  password authentication failed for user "airflow"\n` };
    }
  }
  if (/alembic_version/.test(cmd) && /python/.test(cmd)) {
    return { code: 0, log: `alembic_version=${s.db.revision || 'none'}\n` };
  }
  if (/airflow db migrate/.test(cmd)) {
    const out = [`DB: ${masked}`, `Performing upgrade to the metadata database ${masked}`];
    if (scenario('lock-timeout')) {
      out.push(`${ts()} {db.py:1140} INFO - Migrating the Airflow database`, 'Traceback (most recent call last):', '  File "/home/airflow/.local/lib/python3.12/site-packages/airflow/utils/db.py", line 1129, in create_global_lock', '    conn.execute(text("SELECT pg_advisory_lock(:id)"), {"id": lock.value})', 'psycopg2.errors.LockNotAvailable: canceling statement due to lock timeout', '', 'The above exception was the direct cause of the following exception:', 'sqlalchemy.exc.OperationalError: (psycopg2.errors.LockNotAvailable) canceling statement due to lock timeout', '[SQL: SELECT pg_advisory_lock(%(id)s)]');
      return { code: 1, log: out.join('\n') + '\n' };
    }
    if (!s.db.grant || scenario('migration-failure')) {
      out.push(`${ts()} {migration.py:207} INFO - Context impl PostgresqlImpl.`, `${ts()} {migration.py:210} INFO - Will assume transactional DDL.`, 'Traceback (most recent call last):', 'psycopg2.errors.InsufficientPrivilege: permission denied for schema public', 'LINE 2: CREATE TABLE alembic_version (', 'sqlalchemy.exc.ProgrammingError: (psycopg2.errors.InsufficientPrivilege) permission denied for schema public');
      return { code: 1, log: out.join('\n') + '\n' };
    }
    if (!s.db.revision) {
      out.push(`${ts()} {db.py:1148} INFO - Creating Airflow database tables from the ORM`, `${ts()} {migration.py:207} INFO - Context impl PostgresqlImpl.`, `${ts()} {migration.py:210} INFO - Will assume transactional DDL.`, `${ts()} {db.py:1160} INFO - Airflow database tables created`);
      s.db.revision = head;
    } else if (s.db.revision !== head) {
      out.push(`${ts()} {db.py:1140} INFO - Migrating the Airflow database`, `${ts()} {migration.py:207} INFO - Context impl PostgresqlImpl.`, `${ts()} {migration.py:210} INFO - Will assume transactional DDL.`);
      let rev = s.db.revision;
      for (const [from, to, msg] of CHAIN) {
        if (from === rev && rev !== head) {
          out.push(`${ts()} {migration.py:618} INFO - Running upgrade ${from} -> ${to}, ${msg}`);
          rev = to;
        }
      }
      s.db.revision = rev;
    } else {
      out.push(`${ts()} {db.py:1140} INFO - Migrating the Airflow database`, `${ts()} {migration.py:207} INFO - Context impl PostgresqlImpl.`, `${ts()} {migration.py:210} INFO - Will assume transactional DDL.`);
    }
    out.push('Database migrating done!');
    return { code: 0, log: out.join('\n') + '\n', seconds: 3 };
  }
  if (/airflow db check-migrations/.test(cmd)) {
    if (s.db.revision === head) return { code: 0, log: '' };
    return { code: 1, log: `Traceback (most recent call last):\nTimeoutError: There are still unapplied migrations after 60 seconds. Migration Head(s) in DB: {'${s.db.revision}'} | Migration Head(s) in Source Code: {'${head}'}\n` };
  }
  if (/airflow users create/.test(cmd)) {
    const user = flag('--username');
    const password = flag('--password');
    if (!password) return { code: 1, log: 'Password:\nError: no password given\n' };
    const role = flag('--role');
    if (role !== 'Admin') return { code: 1, log: `${role} is not a valid role. Valid roles are: [Admin, User, Op, Viewer, Public]\n` };
    if (s.db.users.includes(user)) return { code: 0, log: `${user} already exist in the db\n` };
    s.db.users.push(user);
    return { code: 0, log: `User "${user}" created with role "Admin"\n` };
  }
  if (/airflow connections add/.test(cmd)) {
    const id = argv[argv.indexOf('add') + 1];
    const uri = flag('--conn-uri');
    if (s.db.connections.includes(id)) return { code: 0, log: `A connection with \`conn_id\`=${id} already exists.\n` };
    s.db.connections.push(id);
    (s.db.connUris ??= {})[id] = uri;
    // Airflow echoes the URI it stored: the action must redact it.
    return { code: 0, log: `Successfully added \`conn_id\`=${id} : ${uri}\n` };
  }
  return { code: 127, log: `bash: ${cmd}: command not found\n` };
}

/** Advances a Job: after FAKE_KUBE_JOB_POLLS reads it has run its program. */
function tickJob(s, job) {
  if (!job.fake || job.fake.done) return;
  const ns = job.metadata.namespace;
  const spec = job.spec.template.spec;
  if (imagePullFails(spec.containers[0].image) || missingSecret(s, ns, spec.containers)) return;
  job.fake.polls++;
  if (job.fake.polls < Number(process.env.FAKE_KUBE_JOB_POLLS || 1)) return;
  const r = runProgram(s, job);
  job.fake.log = r.log;
  if (r.code !== 0 && spec.restartPolicy === 'OnFailure') {
    // As on a real cluster (seen with the chart's migration Job and a wrong DB password): the container
    // restarts in place in CrashLoopBackOff, and the Job fails only after backoffLimit (default 6) restarts.
    // While it waits to run again, restartCount counts the runs before the failed one (failures - 1).
    job.fake.failures = (job.fake.failures || 0) + 1;
    if (job.fake.failures <= (job.spec.backoffLimit ?? 6)) {
      job.status = { startTime: job.status.startTime, active: 1 };
      return;
    }
  }
  job.fake.done = true;
  job.fake.exitCode = r.code;
  const start = Date.parse(job.status.startTime);
  const end = new Date(start + (r.seconds || 1) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (r.code === 0) {
    job.status = { startTime: job.status.startTime, completionTime: end, succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] };
  } else {
    job.status = { startTime: job.status.startTime, failed: 1, conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }] };
    event(s, ns, 'Warning', 'BackoffLimitExceeded', `job/${job.metadata.name}`, 'Job has reached the specified backoff limit');
  }
}

function containerStatus(name, state, ready, restarts = 0) {
  return { name, ready, restartCount: restarts, image: '', state };
}

/** Pods derived from Deployments, StatefulSets and Jobs, with statuses from the model. */
function pods(s, ns) {
  const out = [];
  for (const w of [...list(s, 'Deployment', ns), ...list(s, 'StatefulSet', ns)]) {
    const spec = w.spec.template.spec;
    const name = w.kind === 'StatefulSet' ? `${w.metadata.name}-0` : `${w.metadata.name}-6d9f7${hash5(w.metadata.name).slice(0, 3)}-${hash5(`${w.metadata.name}pod`)}`;
    const labels = { ...w.spec.template.metadata.labels };
    const image = spec.containers[0].image;
    const init = spec.initContainers || [];
    const status = { phase: 'Running', initContainerStatuses: [], containerStatuses: [] };
    const secretProblem = missingSecret(s, ns, spec.containers);
    if (imagePullFails(image)) {
      status.phase = 'Pending';
      status.initContainerStatuses = init.map((c, i) => containerStatus(c.name, i === 0 ? { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` } } : { waiting: { reason: 'PodInitializing' } }, false));
      status.containerStatuses = spec.containers.map((c) => containerStatus(c.name, { waiting: { reason: 'PodInitializing' } }, false));
    } else if (secretProblem) {
      status.phase = 'Pending';
      status.initContainerStatuses = init.map((c) => containerStatus(c.name, { waiting: { reason: 'CreateContainerConfigError', message: secretProblem } }, false));
      status.containerStatuses = spec.containers.map((c) => containerStatus(c.name, { waiting: { reason: 'PodInitializing' } }, false));
    } else {
      const waits = init.some((c) => c.name === 'wait-for-airflow-migrations');
      const migrated = !waits || s.db.revision === HEADS[imageVersion(image)];
      status.initContainerStatuses = init.map((c) => containerStatus(c.name, migrated ? { terminated: { reason: 'Completed', exitCode: 0 } } : { running: { startedAt: now(s) } }, migrated));
      if (!migrated) {
        status.phase = 'Pending';
        status.containerStatuses = spec.containers.map((c) => containerStatus(c.name, { waiting: { reason: 'PodInitializing' } }, false));
      } else {
        const neverReady = scenario('pod-never-ready') && labels.component === 'scheduler';
        status.containerStatuses = spec.containers.map((c) => containerStatus(c.name, { running: { startedAt: now(s) } }, !neverReady, neverReady ? 4 : 0));
      }
    }
    out.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns, labels }, spec, status });
  }
  for (const job of list(s, 'Job', ns)) {
    const spec = job.spec.template.spec;
    const c = spec.containers[0];
    const name = `${job.metadata.name}-${hash5(job.metadata.name + (job.status.startTime || ''))}`;
    const labels = { ...(job.spec.template.metadata || {}).labels, 'job-name': job.metadata.name };
    let status;
    const secretProblem = missingSecret(s, ns, spec.containers);
    if (imagePullFails(c.image)) status = { phase: 'Pending', containerStatuses: [containerStatus(c.name, { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}"` } }, false)] };
    else if (secretProblem) status = { phase: 'Pending', containerStatuses: [containerStatus(c.name, { waiting: { reason: 'CreateContainerConfigError', message: secretProblem } }, false)] };
    else if (job.fake && !job.fake.done && job.fake.failures) {
      status = { phase: 'Running', containerStatuses: [{ ...containerStatus(c.name, { waiting: { reason: 'CrashLoopBackOff', message: `back-off 10s restarting failed container=${c.name} pod=${job.metadata.name}` } }, false, job.fake.failures - 1), lastState: { terminated: { reason: 'Error', exitCode: 1 } } }] };
    } else if (!job.fake || !job.fake.done) status = { phase: 'Running', containerStatuses: [containerStatus(c.name, { running: { startedAt: job.status.startTime } }, true)] };
    else status = { phase: job.fake.exitCode === 0 ? 'Succeeded' : 'Failed', containerStatuses: [containerStatus(c.name, { terminated: { reason: job.fake.exitCode === 0 ? 'Completed' : 'Error', exitCode: job.fake.exitCode } }, false)] };
    out.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns, labels }, spec, status, fakeJob: job.metadata.name });
  }
  // KubernetesExecutor worker pods of failed tasks (kept: Airflow deletes only successful ones by default).
  for (const w of (s.workerPods || []).filter((x) => x.ns === ns)) {
    const spec = { containers: [{ name: 'base', image: w.image }] };
    const status = { phase: 'Failed', containerStatuses: [containerStatus('base', { terminated: { reason: 'Error', exitCode: 1 } }, false)] };
    out.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name: w.name, namespace: ns, labels: { dag_id: w.dagId, task_id: w.taskId, kubernetes_executor: 'True' }, creationTimestamp: w.created }, spec, status, fakeWorkerLog: w.log });
  }
  return out;
}

function podReady(p) {
  return p.status.phase === 'Running' && (p.status.containerStatuses || []).every((c) => c.ready);
}

function podLog(s, pod, container, previous) {
  if (pod.fakeWorkerLog !== undefined) return { code: 0, out: pod.fakeWorkerLog };
  if (pod.fakeJob) {
    const job = get(s, pod.metadata.namespace, 'Job', pod.fakeJob);
    if (!job.fake || (!job.fake.done && !job.fake.failures)) return { code: 0, out: '' };
    return { code: 0, out: job.fake.log || '' };
  }
  const cs = [...(pod.status.initContainerStatuses || []), ...(pod.status.containerStatuses || [])].find((c) => c.name === container);
  if (!cs) return { code: 1, err: `error: container ${container} is not valid for pod ${pod.metadata.name}\n` };
  if (cs.state.waiting) return { code: 1, err: `Error from server (BadRequest): container "${container}" in pod "${pod.metadata.name}" is waiting to start: ${cs.state.waiting.reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : cs.state.waiting.reason}\n` };
  if (container === 'wait-for-airflow-migrations') return { code: 0, out: `[${new Date(T0).toISOString()}] {db.py:870} INFO - Waiting for migrations... 1 second(s)\n` };
  if (previous) return { code: 0, out: `[${new Date(T0).toISOString()}] {scheduler_job_runner.py:950} ERROR - Exception when executing SchedulerJob._run_scheduler_loop\nairflow.exceptions.AirflowConfigException: error: cannot use SQLite with the KubernetesExecutor\n` };
  return { code: 0, out: `[${new Date(T0).toISOString()}] {${container}.py:1} INFO - Starting the ${container}\n` };
}

// ---------------------------------------------------------------- kind

function kind(s, args) {
  const sub = args.slice(0, 2).join(' ');
  if (sub === 'create cluster') {
    const p = parseArgs('kind', args.slice(2), ['--name', '--image', '--config', '--kubeconfig', '--wait'], []);
    const name = p.one('--name') || 'kind';
    const config = p.one('--config');
    if (config) {
      const cfg = YAML.parse(fs.readFileSync(config, 'utf8'));
      if (cfg.kind !== 'Cluster' || cfg.apiVersion !== 'kind.x-k8s.io/v1alpha4') fatalOut(`ERROR: failed to create cluster: unknown apiVersion: ${cfg.apiVersion}`);
    }
    if (s.clusters[name]) fatalOut(`ERROR: failed to create cluster: node(s) already exist for a cluster with the name "${name}"`);
    if (scenario('kind-create-fails')) fatalOut('ERROR: failed to create cluster: failed to ensure docker network: command "docker network create -d=bridge -o com.docker.network.bridge.enable_ip_masquerade=true kind" failed with error: exit status 1');
    const kubeconfig = p.one('--kubeconfig');
    if (!kubeconfig) fatalOut('fake kind: this fake requires --kubeconfig so the real ~/.kube/config is never touched');
    fs.mkdirSync(path.dirname(kubeconfig), { recursive: true });
    fs.writeFileSync(kubeconfig, YAML.stringify({ apiVersion: 'v1', kind: 'Config', 'current-context': `kind-${name}`, clusters: [{ name: `kind-${name}`, cluster: { server: 'https://127.0.0.1:40000' } }], contexts: [{ name: `kind-${name}`, context: { cluster: `kind-${name}`, user: `kind-${name}` } }], users: [{ name: `kind-${name}`, user: {} }] }));
    // extraPortMappings: NodePorts the runner reaches on 127.0.0.1 (the in-cluster Azurite's, in tests a real Azurite).
    const portMappings = config ? (YAML.parse(fs.readFileSync(config, 'utf8')).nodes || []).flatMap((n) => n.extraPortMappings || []) : [];
    s.clusters[name] = { nodeImage: p.one('--image'), kubeconfig, images: [], portMappings };
    for (const ns of ['default', 'kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage']) s.objects[key('', 'Namespace', ns)] = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } };
    if (scenario('existing-completed-job')) seedCompletedJob(s, true);
    if (scenario('existing-completed-job-unlabelled')) seedCompletedJob(s, false);
    process.stderr.write(`Creating cluster "${name}" ...\n ✓ Ensuring node image (${p.one('--image')}) 🖼\n ✓ Preparing nodes 📦\n ✓ Writing configuration 📜\n ✓ Starting control-plane 🕹️\n ✓ Installing CNI 🔌\n ✓ Installing StorageClass 💾\n ✓ Waiting ≤ ${p.one('--wait') || '0s'} for control-plane = Ready ⏳\n • Ready after 15s 💚\nSet kubectl context to "kind-${name}"\n`);
    return 0;
  }
  if (sub === 'delete cluster') {
    const p = parseArgs('kind', args.slice(2), ['--name', '--kubeconfig'], []);
    const name = p.one('--name') || 'kind';
    process.stderr.write(`Deleting cluster "${name}" ...\n`);
    if (s.clusters[name]) {
      delete s.clusters[name];
      s.objects = {};
      s.db = { deployed: false, airflowPassword: null, grant: false, revision: null, users: [], connections: [], external: false };
      s.releases = {};
      s.deleted = (s.deleted || 0) + 1;
    }
    return 0;
  }
  if (sub === 'load docker-image') {
    const p = parseArgs('kind', args.slice(2), ['--name'], []);
    const name = p.one('--name') || 'kind';
    const image = p.pos[0];
    if (!s.clusters[name]) fatalOut(`ERROR: no nodes found for cluster "${name}"`);
    if (!s.dockerImages.includes(image)) fatalOut(`ERROR: image: "${image}" not present locally`);
    s.clusters[name].images.push(image);
    process.stdout.write(`Image: "${image}" with ID "sha256:${hash5(image)}0000" not yet present on node "${name}-control-plane", loading...\n`);
    return 0;
  }
  if (args[0] === 'version') {
    process.stdout.write('kind v0.29.0 go1.24.2 linux/amd64\n');
    return 0;
  }
  unsupported('kind', args);
}

function seedCompletedJob(s, labelled) {
  // A finished migration Job from an earlier release (older image): helm cannot patch its template.
  // Unlabelled: created by hand or by an old tool, so a label query does not find it.
  const ns = 'airflow';
  s.objects[key('', 'Namespace', ns)] = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } };
  s.objects[key(ns, 'Job', 'airflow-run-airflow-migrations')] = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'airflow-run-airflow-migrations', namespace: ns, labels: labelled ? { tier: 'airflow', component: 'run-airflow-migrations', release: 'airflow' } : { app: 'airflow-migrate' } },
    spec: { template: { metadata: { labels: { tier: 'airflow', component: 'run-airflow-migrations', release: 'airflow' } }, spec: { restartPolicy: 'OnFailure', containers: [{ name: 'run-airflow-migrations', image: 'apache/airflow:3.0.2', args: ['bash', '-c', 'exec \\\nairflow db migrate'] }] } } },
    status: { startTime: '2025-12-31T00:00:00Z', completionTime: '2025-12-31T00:00:30Z', succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] },
    fake: { done: true, exitCode: 0, log: 'Database migrating done!\n' },
  };
}

function fatalOut(msg) {
  process.stderr.write(msg + '\n');
  throw new ExitError(1);
}

// ---------------------------------------------------------------- helm

const HELM_VALUED = ['--repo', '--version', '--namespace', '-n', '-f', '--values', '--timeout', '--kubeconfig', '--kube-context'];
const HELM_BOOL = ['--install', '--create-namespace', '--wait', '--atomic'];

function helm(s, args) {
  if (args[0] === 'version') {
    process.stdout.write('v3.18.4+gd80839c\n');
    return 0;
  }
  const isTemplate = args[0] === 'template';
  const isUpgrade = args[0] === 'upgrade';
  if (!isTemplate && !isUpgrade) unsupported('helm', args);
  const p = parseArgs('helm', args.slice(1), HELM_VALUED, HELM_BOOL);
  if (isUpgrade && !p.one('--install')) unsupported('helm', args);
  if (p.one('--wait') || p.one('--atomic')) fatalOut('fake helm: --wait would block on pods that wait for the migration');
  const [rel, chart] = p.pos;
  const version = p.one('--version');
  if (chart !== 'airflow' || p.one('--repo') !== 'https://airflow.apache.org') fatalOut(`Error: failed to download "${chart}"`);
  if (!CHART_APP_VERSION[version]) fatalOut(`Error: chart "airflow" version "${version}" not found in https://airflow.apache.org repository`);
  const ns = p.one('--namespace', '-n') || 'default';
  const values = loadValues([...p.all('-f'), ...p.all('--values')]);
  const docs = renderChart(rel, ns, version, values);
  if (isTemplate) {
    process.stdout.write(renderYaml(docs));
    return 0;
  }
  requireCluster(s, p);
  if (!get(s, '', 'Namespace', ns)) {
    if (!p.one('--create-namespace')) fatalOut(`Error: create: failed to create: namespaces "${ns}" not found`);
    s.objects[key('', 'Namespace', ns)] = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } };
  }
  const existing = s.releases[`${ns}/${rel}`];
  for (const d of docs) {
    const r = upsert(s, d.obj, 'helm');
    if (r.error) {
      fatalOut(`Error: ${existing ? 'UPGRADE' : 'INSTALLATION'} FAILED: cannot patch "${d.obj.metadata.name}" with kind ${d.obj.kind}: ${r.error.replace(/^The /, '')}`);
    }
  }
  const revision = existing ? existing.revision + 1 : 1;
  s.releases[`${ns}/${rel}`] = { chart: `airflow-${version}`, revision, values };
  if (!existing) process.stdout.write(`Release "${rel}" does not exist. Installing it now.\n`);
  process.stdout.write(`NAME: ${rel}\nLAST DEPLOYED: Thu Jan  1 00:00:00 2026\nNAMESPACE: ${ns}\nSTATUS: deployed\nREVISION: ${revision}\nTEST SUITE: None\nNOTES:\nThank you for installing Apache Airflow ${CHART_APP_VERSION[version]}!\n`);
  if (existing) process.stdout.write(`Release "${rel}" has been upgraded. Happy Helming!\n`);
  return 0;
}

// ---------------------------------------------------------------- kubectl

const KUBECTL_VALUED = ['-n', '--namespace', '-o', '--output', '-l', '--selector', '--kubeconfig', '--context', '--timeout', '-f', '--filename', '-c', '--container', '--tail', '--sort-by'];
const KUBECTL_BOOL = ['--ignore-not-found', '--wait', '--previous'];

function kubectl(s, args) {
  const p = parseArgs('kubectl', args, KUBECTL_VALUED, KUBECTL_BOOL);
  const [verb, ...rest] = p.pos;
  if (!verb) unsupported('kubectl', args);
  requireCluster(s, p);
  const ns = p.one('-n', '--namespace') || 'default';
  const output = p.one('-o', '--output');
  switch (verb) {
    case 'cluster-info':
      process.stdout.write('Kubernetes control plane is running at https://127.0.0.1:40000\nCoreDNS is running at https://127.0.0.1:40000/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\nTo further debug and diagnose cluster problems, use \'kubectl cluster-info dump\'.\n');
      return 0;
    case 'apply':
      return kubectlApply(s, p);
    case 'get':
      return kubectlGet(s, p, rest, ns, output);
    case 'delete':
      return kubectlDelete(s, p, rest, ns);
    case 'rollout':
      return kubectlRollout(s, p, rest, ns);
    case 'logs':
      return kubectlLogs(s, p, rest, ns);
    case 'describe':
      return kubectlDescribe(s, rest, ns);
    case 'exec':
      return kubectlExec(s, p, rest, ns);
    default:
      unsupported('kubectl', args);
  }
}

function kubectlApply(s, p) {
  if (p.one('-f', '--filename') !== '-') unsupported('kubectl', ['apply', ...p.pos]);
  const docs = YAML.parseAllDocuments(s.stdin).map((d) => d.toJS()).filter(Boolean);
  let code = 0;
  for (const obj of docs) {
    if (!obj.apiVersion || !obj.kind || !obj.metadata || !obj.metadata.name) {
      process.stderr.write('error: error validating "STDIN": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n');
      return 1;
    }
    const r = upsert(s, obj, 'STDIN');
    if (r.error) {
      process.stderr.write(`${r.error}\n`);
      code = 1;
      continue;
    }
    process.stdout.write(`${resourceName(obj)} ${r.verb}\n`);
  }
  return code;
}

const KIND_OF = { service: 'Service', services: 'Service', job: 'Job', jobs: 'Job', 'job.batch': 'Job', pod: 'Pod', pods: 'Pod', deployment: 'Deployment', deployments: 'Deployment', statefulset: 'StatefulSet', statefulsets: 'StatefulSet', secret: 'Secret', secrets: 'Secret', configmap: 'ConfigMap', configmaps: 'ConfigMap', namespace: 'Namespace', namespaces: 'Namespace', events: 'Event' };
const PLURAL = { Job: 'jobs.batch', Pod: 'pods', Deployment: 'deployments.apps', StatefulSet: 'statefulsets.apps', Secret: 'secrets', ConfigMap: 'configmaps', Namespace: 'namespaces' };

function kubectlGet(s, p, rest, ns, output) {
  const [type, name] = rest;
  const kinds = type.split(',').map((t) => KIND_OF[t] || unsupported('kubectl', ['get', type]));
  const selector = p.one('-l', '--selector');
  if (kinds[0] === 'Event') {
    // The kubelet's events for containers stuck on their image or config, as kubectl shows them.
    const live = [];
    for (const pod of pods(s, ns)) {
      for (const c of [...(pod.status.initContainerStatuses || []), ...(pod.status.containerStatuses || [])]) {
        const w = c.state.waiting;
        if (w && w.reason === 'ImagePullBackOff') live.push({ ns, type: 'Warning', reason: 'Failed', object: `pod/${pod.metadata.name}`, message: `Error: ImagePullBackOff (${w.message})` });
        if (w && w.reason === 'CreateContainerConfigError') live.push({ ns, type: 'Warning', reason: 'Failed', object: `pod/${pod.metadata.name}`, message: `Error: ${w.message}` });
      }
    }
    const evs = [...s.events.filter((e) => e.ns === ns), ...live];
    if (!evs.length) {
      process.stderr.write(`No resources found in ${ns} namespace.\n`);
      return 0;
    }
    process.stdout.write('LAST SEEN   TYPE      REASON                 OBJECT                                        MESSAGE\n' + evs.map((e) => `10s         ${e.type.padEnd(9)} ${e.reason.padEnd(22)} ${e.object.padEnd(45)} ${e.message}`).join('\n') + '\n');
    return 0;
  }
  let items = [];
  for (const kind of kinds) {
    if (kind === 'Pod') items.push(...pods(s, ns));
    else if (kind === 'Namespace') items.push(...list(s, 'Namespace'));
    else items.push(...list(s, kind, ns));
  }
  items = items.filter((o) => selectorMatches(selector, o.metadata.labels));
  if (name) {
    const obj = items.find((o) => o.metadata.name === name);
    if (!obj) {
      process.stderr.write(`Error from server (NotFound): ${PLURAL[kinds[0]]} "${name}" not found\n`);
      return 1;
    }
    if (obj.kind === 'Job') {
      tickJob(s, obj);
    }
    return printObjects(s, [obj], output, false);
  }
  // Lists show Jobs as they are; only `get job NAME` (the action's status poll) advances one.
  if (!items.length && output !== 'json') {
    process.stderr.write(`No resources found in ${ns} namespace.\n`);
    return 0;
  }
  return printObjects(s, items, output, true);
}

function clean(o) {
  const { fake, fakeJob, ...rest } = o;
  void fake;
  void fakeJob;
  return rest;
}

function printObjects(s, items, output, asList) {
  if (output === 'json') {
    const body = asList ? { apiVersion: 'v1', kind: 'List', items: items.map(clean), metadata: { resourceVersion: '' } } : clean(items[0]);
    process.stdout.write(JSON.stringify(body, null, 4) + '\n');
    return 0;
  }
  if (output === 'name') {
    process.stdout.write(items.map((o) => `${o.kind === 'Job' ? 'job.batch' : o.kind === 'Deployment' ? 'deployment.apps' : o.kind.toLowerCase()}/${o.metadata.name}`).join('\n') + '\n');
    return 0;
  }
  if (output === 'wide' && items[0] && items[0].kind === 'Pod') {
    const rows = items.map((pod) => {
      const cs = pod.status.containerStatuses || [];
      const ready = `${cs.filter((c) => c.ready).length}/${cs.length}`;
      const waiting = [...(pod.status.initContainerStatuses || []), ...cs].find((c) => c.state.waiting && c.state.waiting.reason !== 'PodInitializing');
      const initRunning = (pod.status.initContainerStatuses || []).find((c) => c.state.running);
      const status = waiting ? (pod.status.initContainerStatuses || []).includes(waiting) ? `Init:${waiting.state.waiting.reason}` : waiting.state.waiting.reason : initRunning ? 'Init:0/1' : pod.status.phase === 'Succeeded' ? 'Completed' : pod.status.phase === 'Failed' ? 'Error' : pod.status.phase;
      const restarts = cs.reduce((n, c) => n + (c.restartCount || 0), 0);
      return `${pod.metadata.name.padEnd(52)} ${ready.padEnd(7)} ${status.padEnd(26)} ${String(restarts).padEnd(9)} 2m    10.244.0.${hash5(pod.metadata.name).length + 10}   ${'kind-control-plane'.padEnd(20)} <none>           <none>`;
    });
    process.stdout.write(`${'NAME'.padEnd(52)} READY   STATUS                     RESTARTS  AGE   IP            NODE                 NOMINATED NODE   READINESS GATES\n${rows.join('\n')}\n`);
    return 0;
  }
  if (output === undefined) {
    process.stdout.write(items.map((o) => o.metadata.name).join('\n') + '\n');
    return 0;
  }
  unsupported('kubectl', ['get', '-o', output]);
}

function kubectlDelete(s, p, rest, ns) {
  const [type, name] = rest;
  const kind = KIND_OF[type];
  if (!kind || !name) unsupported('kubectl', ['delete', ...rest]);
  const k = key(kind === 'Namespace' ? '' : ns, kind, name);
  if (!s.objects[k]) {
    if (p.one('--ignore-not-found')) return 0;
    process.stderr.write(`Error from server (NotFound): ${PLURAL[kind]} "${name}" not found\n`);
    return 1;
  }
  delete s.objects[k];
  process.stdout.write(`${kind === 'Job' ? 'job.batch' : kind.toLowerCase()} "${name}" deleted\n`);
  return 0;
}

function kubectlRollout(s, p, rest, ns) {
  const [sub, target] = rest;
  if (sub !== 'status' || !target) unsupported('kubectl', ['rollout', ...rest]);
  const [type, name] = target.split('/');
  const kind = KIND_OF[type];
  const w = get(s, ns, kind, name);
  if (!w) {
    process.stderr.write(`Error from server (NotFound): ${PLURAL[kind]} "${name}" not found\n`);
    return 1;
  }
  const mine = pods(s, ns).filter((pod) => pod.metadata.name.startsWith(`${name}-`) && !pod.fakeJob);
  if (mine.length && mine.every(podReady)) {
    process.stdout.write(kind === 'StatefulSet' ? `partitioned roll out complete: 1 new pods have been updated...\n` : `deployment "${name}" successfully rolled out\n`);
    return 0;
  }
  const timeout = p.one('--timeout') || '0s';
  const ms = Math.min(Number(timeout.replace(/s$/, '')) * 1000, Number(process.env.FAKE_KUBE_WAIT_MS || 20));
  sleepMs(ms);
  process.stdout.write(kind === 'StatefulSet' ? 'Waiting for 1 pods to be ready...\n' : `Waiting for deployment "${name}" rollout to finish: 0 of 1 updated replicas are available...\n`);
  process.stderr.write('error: timed out waiting for the condition\n');
  for (const pod of mine) if (!podReady(pod)) event(s, ns, 'Warning', 'Unhealthy', `pod/${pod.metadata.name}`, 'Readiness probe failed: ');
  return 1;
}

function findPod(s, ns, name) {
  return pods(s, ns).find((p) => p.metadata.name === name);
}

function kubectlLogs(s, p, rest, ns) {
  const [target] = rest;
  let pod;
  if (target.startsWith('job/')) {
    const job = get(s, ns, 'Job', target.slice(4));
    if (!job) {
      process.stderr.write(`error: error from server (NotFound): jobs.batch "${target.slice(4)}" not found in namespace "${ns}"\n`);
      return 1;
    }
    pod = pods(s, ns).find((x) => x.fakeJob === job.metadata.name);
  } else pod = findPod(s, ns, target.replace(/^pods?\//, ''));
  if (!pod) {
    process.stderr.write(`Error from server (NotFound): pods "${target}" not found\n`);
    return 1;
  }
  const container = p.one('-c', '--container') || pod.spec.containers[0].name;
  const r = podLog(s, pod, container, p.one('--previous'));
  if (r.code !== 0) {
    process.stderr.write(r.err);
    return r.code;
  }
  let out = r.out;
  const tail = p.one('--tail');
  if (tail && Number(tail) >= 0) out = out.split('\n').slice(-Number(tail) - 1).join('\n');
  process.stdout.write(out);
  return 0;
}

function kubectlDescribe(s, rest, ns) {
  const [type, name] = rest;
  if (KIND_OF[type] !== 'Pod') unsupported('kubectl', ['describe', ...rest]);
  const pod = findPod(s, ns, name);
  if (!pod) {
    process.stderr.write(`Error from server (NotFound): pods "${name}" not found\n`);
    return 1;
  }
  const lines = [`Name:             ${name}`, `Namespace:        ${ns}`, `Status:           ${pod.status.phase}`, 'Containers:'];
  for (const c of [...(pod.status.initContainerStatuses || []), ...(pod.status.containerStatuses || [])]) {
    const st = Object.keys(c.state)[0];
    lines.push(`  ${c.name}:`, `    State:          ${st[0].toUpperCase()}${st.slice(1)}`, ...(c.state[st].reason ? [`      Reason:       ${c.state[st].reason}`] : []), `    Ready:          ${c.ready ? 'True' : 'False'}`, `    Restart Count:  ${c.restartCount}`);
  }
  const spec = pod.spec.containers[0];
  lines.push('    Environment:');
  for (const e of spec.env || []) lines.push(`      ${e.name}:  ${e.value !== undefined ? e.value : `<set to the key '${e.valueFrom.secretKeyRef.key}' in secret '${e.valueFrom.secretKeyRef.name}'>  Optional: false`}`);
  lines.push('Events:', '  Type     Reason   Age   From     Message', '  ----     ------   ----  ----     -------');
  for (const e of s.events.filter((x) => x.ns === ns && x.object.endsWith(name))) lines.push(`  ${e.type}  ${e.reason}  10s   kubelet  ${e.message}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

function kubectlExec(s, p, rest, ns) {
  const [target] = rest;
  const argv = p.rest || [];
  const [type, name] = target.split('/');
  const w = get(s, ns, KIND_OF[type] || 'Deployment', name);
  if (!w) {
    process.stderr.write(`Error from server (NotFound): deployments.apps "${name}" not found\n`);
    return 1;
  }
  const pod = pods(s, ns).find((x) => x.metadata.name.startsWith(`${name}-`) && !x.fakeJob);
  if (!pod || pod.status.phase !== 'Running') {
    // The user's original approach: before the migration every pod waits in its init container.
    process.stderr.write(`error: unable to upgrade connection: container not found ("${p.one('-c', '--container') || pod?.spec.containers[0].name}")\n`);
    return 1;
  }
  if (name === 'postgresql' && argv[0] === 'psql') {
    const sql = argv[argv.indexOf('-c') + 1] || '';
    if (/has_schema_privilege\('airflow', 'public', 'CREATE'\)/.test(sql)) {
      process.stdout.write(`${s.db.grant ? 't' : 'f'}\n`);
      return 0;
    }
    unsupported('kubectl', ['exec', ...argv]);
  }
  if (argv[0] === 'airflow' && argv[1] === 'dags') {
    const [, , sub, dag] = argv;
    // As Airflow 2.9 / 3.1 do: a DAG the DAG processor has not parsed yet is not in the database;
    // unpause then finds nothing and still exits 0, trigger fails with DagNotFound. New DAGs are
    // paused; a run of a paused DAG stays queued. Scenario dag-parsed-late: parsed after 2 triggers.
    s.dagTriggerAttempts ??= {};
    s.unpaused ??= [];
    const parsed = !scenario('dag-parsed-late') || (s.dagTriggerAttempts[dag] ?? 0) >= 2;
    if (sub === 'unpause') {
      if (!parsed || s.unpaused.includes(dag)) {
        process.stdout.write('No paused DAGs were found\n');
        return 0;
      }
      s.unpaused.push(dag);
      for (const r of s.dagRuns) if (r.dag_id === dag && r.state === 'queued') r.state = r.failed ? 'failed' : 'success';
      process.stdout.write(`dag_id | is_paused\n=======+==========\n${dag} | False\n`);
      return 0;
    }
    if (sub === 'trigger') {
      const runId = argv[argv.indexOf('--run-id') + 1];
      s.dagTriggerAttempts[dag] = (s.dagTriggerAttempts[dag] ?? 0) + 1;
      if (!parsed) {
        process.stderr.write(`airflow.exceptions.DagNotFound: Dag id ${dag} not found in DagModel\n`);
        return 1;
      }
      const dagRun = { dag_id: dag, run_id: runId, state: s.unpaused.includes(dag) ? 'success' : 'queued' };
      s.dagRuns.push(dagRun);
      // The run's one task (a KubernetesExecutor pod) ships its log through the release's remote logging.
      const task = require('./task-log.cjs').uploadTaskLog(s, ns, name.replace(/-scheduler$/, ''), pod.spec.containers[0].image, dag, runId);
      if (task === 'failed') {
        dagRun.failed = true;
        // The worker pod's output as the real 3.1.8 task supervisor prints it when the remote-logging connection is missing.
        const taskId = process.env.FAKE_KUBE_SMOKE_TASK || 'smoke';
        s.workerPods ??= [];
        s.workerPods.push({ ns, name: `${dag}-${taskId}-${hash5(runId)}`.toLowerCase(), dagId: dag, taskId, image: pod.spec.containers[0].image, created: now(s), log: REMOTE_CONN_MISSING_LOG });
      }
      if (dagRun.failed && dagRun.state === 'success') dagRun.state = 'failed';
      process.stdout.write(`dag_id | run_id | state\n${dag} | ${runId} | queued\n`);
      return 0;
    }
    if (sub === 'list-runs') {
      // Airflow 3: positional dag id; Airflow 2: -d DAG_ID.
      const id = dag === '-d' ? argv[4] : dag;
      process.stdout.write(JSON.stringify(s.dagRuns.filter((r) => r.dag_id === id).map(({ failed, ...r }) => r)) + '\n');
      return 0;
    }
  }
  unsupported('kubectl', ['exec', ...argv]);
}

// ---------------------------------------------------------------- docker

function docker(s, args) {
  if (args[0] === 'image' && args[1] === 'inspect') {
    const image = args[2];
    if (!s.dockerImages.includes(image)) {
      process.stdout.write('\n');
      process.stderr.write(`Error response from daemon: No such image: ${image}\n`);
      return 1;
    }
    process.stdout.write(`sha256:${crypto.createHash('sha256').update(image).digest('hex')}\n`);
    return 0;
  }
  unsupported('docker', args);
}

// ---------------------------------------------------------------- main

function main(tool, args) {
  const s = load();
  s.stdin = '';
  // Only `apply -f -` reads stdin; @actions/exec leaves stdin open otherwise, so never read it blindly.
  const fi = args.indexOf('-f');
  if (tool === 'kubectl' && fi >= 0 && args[fi + 1] === '-') s.stdin = fs.readFileSync(0, 'utf8');
  s.calls.push({ tool, args, ...(s.stdin ? { stdin: s.stdin } : {}) });
  // FAKE_KUBE_DELAY_MS slows every call, or only those matching FAKE_KUBE_DELAY_MATCH (a regex on "tool args").
  const match = process.env.FAKE_KUBE_DELAY_MATCH;
  if (!match || new RegExp(match).test([tool, ...args].join(' '))) sleepMs(Number(process.env.FAKE_KUBE_DELAY_MS || 0));
  // Fault injection: FAKE_KUBE_OUTPUT=empty|garbage replaces the stdout of calls matching
  // FAKE_KUBE_OUTPUT_MATCH (a regex on "tool args") while the exit code stays 0, as a broken plugin,
  // proxy or version skew would.
  const outputFault = process.env.FAKE_KUBE_OUTPUT_MATCH && new RegExp(process.env.FAKE_KUBE_OUTPUT_MATCH).test([tool, ...args].join(' ')) ? process.env.FAKE_KUBE_OUTPUT : undefined;
  const realWrite = process.stdout.write.bind(process.stdout);
  if (outputFault) process.stdout.write = () => true;
  let code;
  try {
    code = { kind, helm, kubectl, docker }[tool](s, args);
  } catch (e) {
    if (!(e instanceof ExitError)) throw e;
    code = e.code;
  }
  if (outputFault) {
    process.stdout.write = realWrite;
    if (outputFault === 'garbage') realWrite('<html><body>502 Bad Gateway</body></html>\n');
  }
  delete s.stdin;
  save(s);
  process.exitCode = code || 0;
}

module.exports = { main, HEADS, renderChart };
