/**
 * A one-node "cluster" for migrate-kind's `cluster: existing` mode whose Jobs really run: every Job the
 * engine applies is executed with the real Airflow of its image (a cached venv) against the real
 * PostgreSQL, with the env the Job manifest declares (secretKeyRef resolved from the Secrets the
 * action built) and the chart's airflow.cfg mounted from a ConfigMap, like the kubelet would.
 *
 * It implements exactly the kubectl subcommands the cluster/secrets/migrate/verify phases use in
 * existing mode; anything else fails loudly so a new engine command cannot slip past unexercised.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Command, ExecResult } from '../../src/kube/command.js';
import { airflowJob, type K8sObject } from '../../src/kube/manifests.js';
import type { Runner } from '../../src/kube/runner.js';
import { AIRFLOW_COMPONENTS, airflowMajor, airflowVersionFromImage } from '../../src/kube/versions.js';
import type { AirflowVenv } from './harness.js';

type Labels = Record<string, string>;

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}

interface Container {
  image: string;
  args: string[];
  env?: EnvVar[];
  volumeMounts?: Array<{ name: string; mountPath: string; subPath?: string }>;
}

interface PodSpec {
  containers: Container[];
  volumes?: Array<{ name: string; configMap?: { name: string } }>;
}

export interface LocalJob {
  name: string;
  labels: Labels;
  image: string;
  args: string[];
  /** The env the process got from the manifest (secret values resolved). */
  env: Record<string, string>;
  state: 'active' | 'complete' | 'failed';
  /** stdout and stderr interleaved in arrival order, as `kubectl logs` shows them. */
  logs: string;
  exitCode?: number | null;
  startedAt: number;
  finishedAt?: number;
  finished: Promise<void>;
  process?: ChildProcess;
}

const ok = (stdout = ''): ExecResult => ({ exitCode: 0, stdout, stderr: '', durationMs: 0 });
const notFound = (kind: string, name: string): ExecResult => ({ exitCode: 1, stdout: '', stderr: `Error from server (NotFound): ${kind} "${name}" not found\n`, durationMs: 0 });

function matches(labels: Labels, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [key, value] = term.split('=');
    return labels[key] === value;
  });
}

export interface LocalClusterOptions {
  namespace: string;
  release: string;
  /** image reference → the venv that plays it (apache/airflow:3.1.8 → the 3.1 venv). */
  images: Record<string, AirflowVenv>;
  /** The image the release currently runs (what `helm upgrade` would have rolled out). */
  releaseImage: string;
  /** A scratch directory for pod filesystems. */
  workDir: string;
}

/** A Runner the engine drives like kubectl; Jobs run the real `airflow` of their image. */
export class LocalCluster implements Runner {
  readonly secrets = new Map<string, Record<string, string>>();
  readonly configMaps = new Map<string, { labels: Labels; data: Record<string, string> }>();
  readonly jobs = new Map<string, LocalJob>();
  /** Every Job ever started, in order (deleted ones included). */
  readonly history: LocalJob[] = [];
  /** Every kubectl argv the engine sent. */
  readonly commands: string[][] = [];
  releaseImage: string;

  constructor(private readonly options: LocalClusterOptions) {
    this.releaseImage = options.releaseImage;
  }

  /** kubectl apply of plain objects (the action's Secret builders, the chart's ConfigMap). */
  apply(objects: K8sObject[]): void {
    for (const object of objects) this.store(object as unknown as Record<string, unknown>);
  }

  async run(cmd: Command): Promise<ExecResult> {
    if (cmd.tool !== 'kubectl') return { exitCode: 127, stdout: '', stderr: `${cmd.tool}: not available on the local cluster\n`, durationMs: 0 };
    this.commands.push([...cmd.args]);
    const dash = cmd.args.indexOf('--');
    const head = dash >= 0 ? cmd.args.slice(0, dash) : [...cmd.args];
    const tailArgv = dash >= 0 ? cmd.args.slice(dash + 1) : [];
    const take = (flag: string): string | undefined => {
      const i = head.indexOf(flag);
      if (i < 0) return undefined;
      const value = head[i + 1];
      head.splice(i, 2);
      return value;
    };
    const namespace = take('-n');
    const selector = take('-l');
    const output = take('-o');
    const container = take('-c');
    take('-f');
    take('--context');
    const words = head.filter((w) => !w.startsWith('--'));
    if (namespace && namespace !== this.options.namespace && words[0] !== 'get') return notFound('namespaces', namespace);
    const [verb, what, name] = words;
    const subject = ['logs', 'exec', 'apply', 'cluster-info'].includes(verb) ? verb : `${verb} ${what ?? ''}`.trim();
    switch (subject) {
      case 'cluster-info':
        return ok('Kubernetes control plane is running at https://127.0.0.1 (local Job runner)\n');
      case 'get namespace':
        return name === this.options.namespace ? ok(`namespace/${name}\n`) : notFound('namespaces', name);
      case 'get secret':
        return this.secrets.has(name) ? ok(`secret/${name}\n`) : notFound('secrets', name);
      case 'apply':
        for (const doc of parseAllDocuments(cmd.stdin ?? '')) {
          const object = doc.toJS() as Record<string, unknown> | null;
          if (object) this.store(object);
        }
        return ok();
      case 'delete secret':
        this.secrets.delete(name);
        return ok(`secret "${name}" deleted\n`);
      case 'get configmaps': {
        const names = [...this.configMaps].filter(([, cm]) => matches(cm.labels, selector)).map(([n]) => `configmap/${n}\n`);
        return ok(names.join(''));
      }
      case 'get jobs': {
        const items = [...this.jobs.values()].filter((j) => matches(j.labels, selector)).map((j) => this.jobJson(j));
        return ok(JSON.stringify({ items }));
      }
      case 'get job': {
        const job = this.jobs.get(name);
        return job ? ok(JSON.stringify(this.jobJson(job))) : notFound('jobs.batch', name);
      }
      case 'delete job': {
        const job = this.jobs.get(name);
        if (job) {
          job.process?.kill('SIGKILL');
          await job.finished;
          this.jobs.delete(name);
        }
        return ok(job ? `job.batch "${name}" deleted\n` : '');
      }
      case 'get pods':
        // Pods start at once here: no image pulls, no missing config to report.
        return ok(JSON.stringify({ items: [] }));
      case 'logs': {
        const job = this.jobs.get(what.replace(/^job\//, ''));
        return job ? ok(job.logs) : notFound('jobs.batch', what);
      }
      case 'get deployments,statefulsets': {
        const version = airflowVersionFromImage(this.releaseImage) ?? '3';
        const items = (AIRFLOW_COMPONENTS[airflowMajor(version)] ?? []).map((component) => ({
          kind: 'Deployment',
          metadata: { name: `${this.options.release}-${component}`, labels: { tier: 'airflow', component, release: this.options.release } },
        }));
        return ok(JSON.stringify({ items }));
      }
      case 'rollout status':
        return ok(`${what} successfully rolled out\n`);
      case 'exec': {
        if (container !== 'scheduler' || what !== `deployment/${this.options.release}-scheduler`) return notFound('pods', what);
        const result = await this.execInScheduler(tailArgv);
        return { exitCode: result.exitCode ?? 1, stdout: result.logs, stderr: '', durationMs: 0 };
      }
      default:
        return { exitCode: 1, stdout: '', stderr: `local cluster: unsupported kubectl ${cmd.args.join(' ')}\n`, durationMs: 0 };
    }
  }

  private store(object: Record<string, unknown>): void {
    const metadata = object.metadata as { name: string; labels?: Labels };
    switch (object.kind) {
      case 'Namespace':
        return;
      case 'Secret': {
        const data: Record<string, string> = { ...((object.stringData as Record<string, string>) ?? {}) };
        for (const [k, v] of Object.entries((object.data as Record<string, string>) ?? {})) data[k] = Buffer.from(v, 'base64').toString('utf8');
        this.secrets.set(metadata.name, data);
        return;
      }
      case 'ConfigMap':
        this.configMaps.set(metadata.name, { labels: metadata.labels ?? {}, data: (object.data as Record<string, string>) ?? {} });
        return;
      case 'Job': {
        if (this.jobs.has(metadata.name)) throw new Error(`Job ${metadata.name} exists: spec.template is immutable (delete it first)`);
        const pod = ((object.spec as { template: { spec: PodSpec } }).template.spec);
        this.startJob(metadata.name, metadata.labels ?? {}, pod);
        return;
      }
      default:
        throw new Error(`local cluster: cannot apply a ${String(object.kind)}`);
    }
  }

  /** Starts a Job from a manifest the way a controller would (also used to play a concurrent migration). */
  startJobFromManifest(manifest: K8sObject): LocalJob {
    const pod = (manifest.spec as { template: { spec: PodSpec } }).template.spec;
    return this.startJob(manifest.metadata.name, manifest.metadata.labels ?? {}, pod);
  }

  private startJob(name: string, labels: Labels, pod: PodSpec): LocalJob {
    const c = pod.containers[0];
    const job: LocalJob = { name, labels, image: c.image, args: c.args, env: {}, state: 'active', logs: '', startedAt: Date.now(), finished: Promise.resolve() };
    job.finished = this.runContainer(c, pod, job);
    this.jobs.set(name, job);
    this.history.push(job);
    return job;
  }

  /** `kubectl exec` into the scheduler: the release's image, metadata Secret and airflow.cfg. */
  async execInScheduler(argv: string[]): Promise<LocalJob> {
    const names = this.schedulerSecrets();
    const manifest = airflowJob({
      name: `${this.options.release}-scheduler-exec`,
      namespace: this.options.namespace,
      release: this.options.release,
      component: 'scheduler',
      image: this.releaseImage,
      args: argv,
      metadataSecret: names.metadata,
      fernetKeySecret: names.fernetKey,
      configMap: [...this.configMaps.keys()][0],
      activeDeadlineSeconds: 600,
    });
    const pod = (manifest.spec as { template: { spec: PodSpec } }).template.spec;
    const c = pod.containers[0];
    const job: LocalJob = { name: manifest.metadata.name, labels: {}, image: c.image, args: argv, env: {}, state: 'active', logs: '', startedAt: Date.now(), finished: Promise.resolve() };
    job.finished = this.runContainer(c, pod, job);
    await job.finished;
    return job;
  }

  /** Which Secrets the scheduler reads; set by the test from the action's own secretNames(). */
  schedulerSecrets: () => { metadata: string; fernetKey: string } = () => {
    throw new Error('schedulerSecrets is not set');
  };

  private async runContainer(c: Container, pod: PodSpec, job: LocalJob): Promise<void> {
    const venv = this.options.images[c.image];
    const finish = (state: LocalJob['state'], exitCode: number | null, text = '') => {
      job.logs += text;
      job.state = state;
      job.exitCode = exitCode;
      job.finishedAt = Date.now();
    };
    if (!venv) return finish('failed', null, `ErrImagePull: no local venv plays image ${c.image}\n`);
    const env: Record<string, string> = {};
    for (const e of c.env ?? []) {
      const ref = e.valueFrom?.secretKeyRef;
      if (!ref) {
        env[e.name] = e.value ?? '';
        continue;
      }
      const value = this.secrets.get(ref.name)?.[ref.key];
      if (value === undefined) return finish('failed', null, `CreateContainerConfigError: secret "${ref.name}" (key ${ref.key}) not found\n`);
      env[e.name] = value;
    }
    job.env = env;

    // The pod's filesystem: AIRFLOW_HOME like the image's /opt/airflow, airflow.cfg from the ConfigMap.
    const home = await fsp.mkdtemp(path.join(this.options.workDir, `pod-${job.name}-`));
    for (const mount of c.volumeMounts ?? []) {
      const volume = pod.volumes?.find((v) => v.name === mount.name);
      const cm = volume?.configMap && this.configMaps.get(volume.configMap.name);
      if (!cm) return finish('failed', null, `CreateContainerConfigError: configmap for volume ${mount.name} not found\n`);
      await fsp.writeFile(path.join(home, path.basename(mount.mountPath)), cm.data[mount.subPath ?? path.basename(mount.mountPath)] ?? '');
    }
    const processEnv: NodeJS.ProcessEnv = {
      PATH: `${path.join(venv.dir, 'bin')}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: home,
      LANG: 'C.UTF-8',
      TMPDIR: os.tmpdir(),
      AIRFLOW_HOME: home,
      ...env,
    };
    await new Promise<void>((resolve) => {
      // As the kubelet does: $(NAME) in args becomes the container's env value ($$ is a literal $, an
      // unknown name stays as written, a substituted value is not expanded again). No shell runs.
      const argv = c.args.map((a) => a.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name: string | undefined) => (m === '$$' ? '$' : (name !== undefined ? env[name] : undefined) ?? m)));
      const child = spawn(argv[0], argv.slice(1), { env: processEnv, cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
      job.process = child;
      child.stdout.on('data', (chunk) => (job.logs += chunk));
      child.stderr.on('data', (chunk) => (job.logs += chunk));
      child.on('error', (error) => {
        finish('failed', null, `${error.message}\n`);
        resolve();
      });
      child.on('close', (code) => {
        finish(code === 0 ? 'complete' : 'failed', code);
        resolve();
      });
    });
    await fsp.rm(home, { recursive: true, force: true });
  }

  private jobJson(job: LocalJob): Record<string, unknown> {
    const iso = (ms: number) => new Date(ms).toISOString();
    const conditions = job.state === 'complete' ? [{ type: 'Complete', status: 'True' }] : job.state === 'failed' ? [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }] : [];
    return {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: job.name, namespace: this.options.namespace, labels: job.labels },
      spec: { template: { spec: { containers: [{ image: job.image, args: job.args }] } } },
      status: {
        active: job.state === 'active' ? 1 : undefined,
        succeeded: job.state === 'complete' ? 1 : undefined,
        failed: job.state === 'failed' ? 1 : undefined,
        startTime: iso(job.startedAt),
        completionTime: job.state === 'complete' && job.finishedAt ? iso(job.finishedAt) : undefined,
        conditions,
      },
    };
  }

  /** Waits for every Job still running (a test must not leave processes behind). */
  async settle(): Promise<void> {
    await Promise.all(this.history.map((j) => j.finished));
  }
}

/**
 * The airflow.cfg the chart's ConfigMap carries for these values, reduced to what the one-shot Jobs
 * read: the chart's non-templated [core]/[logging] defaults, `executor`, and the auth manager
 * (FAB unless config.core.auth_manager says otherwise: that decides whether `airflow db migrate`
 * also migrates FAB's tables and whether `airflow users` exists).
 */
export function chartAirflowCfg(values: Record<string, unknown>, authManager: string, dagsFolder: string): string {
  const executor = typeof values.executor === 'string' ? values.executor : 'CeleryExecutor';
  return [
    '[core]',
    `dags_folder = ${dagsFolder}`,
    'load_examples = False',
    `executor = ${executor}`,
    `auth_manager = ${authManager}`,
    'colored_console_log = False',
    '',
    '[logging]',
    'colored_console_log = False',
    '',
  ].join('\n');
}

/** What Airflow itself says about its schema: alembic heads, the version → head map, the lock id. */
export interface AirflowSchemaFacts {
  version: string;
  heads: string[];
  /** Heads of the FAB provider's own migrations (alembic_version_fab); empty where it has none. */
  fabHeads: string[];
  revisionHeadsMap: Record<string, string>;
  migrationsLockId: number;
}

export const SCHEMA_FACTS_SCRIPT = [
  'import json',
  'import airflow',
  'from airflow.utils import db',
  'from alembic.script import ScriptDirectory',
  'heads = ScriptDirectory.from_config(db._get_alembic_config()).get_heads()',
  'try:',
  '    from airflow.providers.fab.auth_manager.models.db import FABDBManager',
  '    fab_heads = list(ScriptDirectory(FABDBManager.migration_dir).get_heads())',
  'except ImportError:',
  '    fab_heads = []',
  'print("SCHEMA_FACTS=" + json.dumps({"version": airflow.__version__, "heads": list(heads), "fabHeads": fab_heads, "revisionHeadsMap": db._REVISION_HEADS_MAP, "migrationsLockId": db.DBLocks.MIGRATIONS.value}))',
].join('\n');

export function parseSchemaFacts(stdout: string): AirflowSchemaFacts {
  const line = stdout.split('\n').find((l) => l.startsWith('SCHEMA_FACTS='));
  if (!line) throw new Error(`no SCHEMA_FACTS line in:\n${stdout.slice(-2000)}`);
  return JSON.parse(line.slice('SCHEMA_FACTS='.length)) as AirflowSchemaFacts;
}

/** Airflow's _REVISION_HEADS_MAP names the release that introduced a head; later patches keep it. */
export function headForVersion(map: Record<string, string>, version: string): string | undefined {
  const key = (v: string) => v.split('.').map(Number);
  const cmp = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  const floor = Object.keys(map)
    .filter((v) => cmp(key(v), key(version)) <= 0)
    .sort((a, b) => cmp(key(a), key(b)))
    .pop();
  return floor ? map[floor] : undefined;
}
