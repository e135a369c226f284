/**
 * validate-values judged by the real helm (issue 14): for the three chart versions, a matrix of values
 * (executor × Redis × hooks × secrets × default user) and every values file of our tests, the real
 * `helm template` is run twice (what differs between the two renders is random, nothing is guessed),
 * and every claim validate-values makes about the rendered output is checked against it:
 * each hook and each random Secret helm renders is flagged, nothing is claimed that helm does not
 * render, and no error is false. The tally is the "validate-values vs helm" table of docs/accuracy.md.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { concurrencyLimit } from '../../src/core/limit.js';
import { parseAllDocuments } from 'yaml';
import type { Finding } from '../../src/core/finding.js';
import { validateValues } from '../../src/values/engine.js';
import { isPlainObject } from '../../src/values/load.js';
import { bundledDependency } from '../../src/values/rules/bundled-dependency.js';
import { deprecatedDefaultUser } from '../../src/values/rules/deprecated-default-user.js';
import { helmHookJob } from '../../src/values/rules/helm-hook-job.js';
import { hookSecret } from '../../src/values/rules/hook-secret.js';
import { metadataSecretMissing } from '../../src/values/rules/metadata-secret-missing.js';
import { randomSecretDrift } from '../../src/values/rules/random-secret-drift.js';
import { helmTemplateFailed, renderedHelmHooks } from '../../src/values/rules/rendered-helm-hooks.js';
import { schemaViolation } from '../../src/values/rules/schema-violation.js';
import { chartCheckFails } from '../../src/values/rules/chart-check-fails.js';
import { tplValueFails } from '../../src/values/rules/tpl-value-fails.js';
import { valueRules } from '../../src/values/rules/index.js';
import { checkGeneratedSection } from '../helpers/doc-section.js';
import { describeWithHelm } from '../helpers/helm.js';
import { TEST_CHART_VERSIONS } from '../helpers/charts.js';
import { chartDir, repoRoot, tempDir, writeFiles } from './helpers.js';

const RELEASE = 'airflow';
const HELM_PARALLELISM = 2;

// ---------------------------------------------------------------------------------------------
// What helm renders

interface Rendered {
  ok: true;
  /** kind/name → the object. */
  resources: Map<string, Record<string, unknown>>;
  /** kind/name → its helm.sh/hook annotation. */
  hooks: Map<string, string>;
  /** Secrets and ConfigMaps whose data differs between two renders of the same values. */
  random: Set<string>;
  /** Workload name → the pod-template annotations that differ between the two renders (a restart on every sync). */
  restarted: Map<string, string[]>;
}
type RenderResult = Rendered | { ok: false; stderr: string };

function runHelm(helm: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(helm, args, { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

function parseManifests(text: string): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const doc of parseAllDocuments(text)) {
    const obj = doc.toJS() as unknown;
    if (!isPlainObject(obj) || !isPlainObject(obj.metadata)) continue;
    out.set(`${String(obj.kind)}/${String(obj.metadata.name)}`, obj);
  }
  return out;
}

function annotationsOf(obj: unknown): Record<string, unknown> {
  return isPlainObject(obj) && isPlainObject(obj.metadata) && isPlainObject(obj.metadata.annotations) ? obj.metadata.annotations : {};
}

function podAnnotations(obj: Record<string, unknown>): Record<string, unknown> {
  const spec = isPlainObject(obj.spec) ? obj.spec : {};
  const template = isPlainObject(spec.template) ? spec.template : isPlainObject(spec.jobTemplate) && isPlainObject(spec.jobTemplate.spec) ? spec.jobTemplate.spec.template : undefined;
  return annotationsOf(template);
}

async function renderTwice(run: <T>(task: () => Promise<T>) => Promise<T>, helm: string, chart: string, files: string[]): Promise<RenderResult> {
  const args = ['template', RELEASE, chart, '--namespace', 'airflow', ...files.flatMap((f) => ['--values', f])];
  const [a, b] = await Promise.all([run(() => runHelm(helm, args)), run(() => runHelm(helm, args))]);
  if (a.code !== 0) return { ok: false, stderr: a.stderr.trim() };
  const first = parseManifests(a.stdout);
  const second = parseManifests(b.stdout);
  const hooks = new Map<string, string>();
  const random = new Set<string>();
  const restarted = new Map<string, string[]>();
  for (const [key, obj] of first) {
    const hook = annotationsOf(obj)['helm.sh/hook'];
    if (hook !== undefined) hooks.set(key, String(hook));
    const other = second.get(key);
    if (!other) throw new Error(`${key} renders only once out of two renders`);
    if ((obj.kind === 'Secret' || obj.kind === 'ConfigMap') && JSON.stringify([obj.data, obj.stringData]) !== JSON.stringify([other.data, other.stringData])) random.add(key);
    const [pa, pb] = [podAnnotations(obj), podAnnotations(other)];
    const changed = Object.keys({ ...pa, ...pb }).filter((k) => pa[k] !== pb[k]);
    if (changed.length) restarted.set(String((obj.metadata as Record<string, unknown>).name), changed.sort());
  }
  return { ok: true, resources: first, hooks, random, restarted };
}

// ---------------------------------------------------------------------------------------------
// What validate-values claims about the render

interface Claims {
  /** kind/name → the hook annotation claimed. */
  hooks: Map<string, string>;
  random: Set<string>;
  renders: Set<string>;
  /** Workload names claimed to restart on every sync. */
  restarts: Set<string>;
  /** Findings of the render-claiming rules whose message the test does not know how to read. */
  unread: string[];
}

const RANDOM_SECRET_OF: Record<string, string> = {
  jwtSecretName: `Secret/${RELEASE}-jwt-secret`,
  apiSecretKeySecretName: `Secret/${RELEASE}-api-secret-key`,
  webserverSecretKeySecretName: `Secret/${RELEASE}-webserver-secret-key`,
};
/** The component names the messages use → the workload the chart names after them. */
const WORKLOAD_OF: Record<string, string> = { workers: `${RELEASE}-worker`, 'api-server': `${RELEASE}-api-server`, scheduler: `${RELEASE}-scheduler`, webserver: `${RELEASE}-webserver` };
const JOB_OF: Record<string, string> = { migrateDatabaseJob: `Job/${RELEASE}-run-airflow-migrations`, createUserJob: `Job/${RELEASE}-create-user` };
/** Error-level rules whose error means "helm template fails with these values". */
const PREDICTS_RENDER_FAILURE = [schemaViolation.meta.id, chartCheckFails.meta.id, tplValueFails.meta.id];
const RENDER_CLAIMING = [helmHookJob.meta.id, hookSecret.meta.id, randomSecretDrift.meta.id, bundledDependency.meta.id];

function claimsOf(findings: Finding[]): Claims {
  const claims: Claims = { hooks: new Map(), random: new Set(), renders: new Set(), restarts: new Set(), unread: [] };
  for (const f of findings) {
    const m = f.message;
    let match: RegExpExecArray | null;
    if (f.ruleId === helmHookJob.meta.id && (match = /^(migrateDatabaseJob|createUserJob)\.useHelmHooks .*helm\.sh\/hook: (\S+),/.exec(m))) {
      claims.hooks.set(JOB_OF[match[1]], match[2]);
    } else if (f.ruleId === hookSecret.meta.id && (match = /^(?:fernetKeySecretName|data\.brokerUrlSecretName|redis\.enabled is true and redis\.passwordSecretName) .*renders <release>-([a-z-]+) as a helm\.sh\/hook: (\S+) Secret/.exec(m))) {
      const key = `Secret/${RELEASE}-${match[1]}`;
      claims.hooks.set(key, match[2]);
      if (/with a random (key|password)/.test(m)) claims.random.add(key);
    } else if (f.ruleId === hookSecret.meta.id && (match = /^(extraSecrets|extraConfigMaps) entry "(.+)" .* as a helm\.sh\/hook: (\S+) resource/.exec(m))) {
      claims.hooks.set(`${match[1] === 'extraSecrets' ? 'Secret' : 'ConfigMap'}/${match[2]}`, match[3]);
    } else if (f.ruleId === randomSecretDrift.meta.id && (match = /^(\w+) is not set, so the chart generates/.exec(m)) && RANDOM_SECRET_OF[match[1]]) {
      claims.random.add(RANDOM_SECRET_OF[match[1]]);
      const restarts = /restarts the (.+) pods on every sync/.exec(m)?.[1];
      for (const c of restarts?.split(' and ') ?? []) claims.restarts.add(WORKLOAD_OF[c] ?? `unknown component ${c}`);
    } else if (f.ruleId === bundledDependency.meta.id && (match = /^(redis|postgresql)\.enabled /.exec(m))) {
      claims.renders.add(`StatefulSet/${RELEASE}-${match[1]}`);
    } else if (f.ruleId === deprecatedDefaultUser.meta.id) {
      if (/does not stop the create-user Job/.test(m)) claims.renders.add(JOB_OF.createUserJob);
    } else if (f.ruleId === metadataSecretMissing.meta.id) {
      claims.renders.add(`Secret/${RELEASE}-metadata`);
    } else if (RENDER_CLAIMING.includes(f.ruleId)) {
      claims.unread.push(`${f.ruleId}: ${m}`);
    }
  }
  return claims;
}

// ---------------------------------------------------------------------------------------------
// The cases

interface Case {
  chart: string;
  /** "matrix" (generated values) or "file" (a values file of the project, or a rule's docs). */
  group: 'matrix' | 'file';
  name: string;
  /** helm -f order. */
  files: string[];
}

const workDir = tempDir('vv-helm-real-');
const matrixDir = path.join(workDir, 'matrix');
fs.mkdirSync(matrixDir);

const EXECUTORS = ['KubernetesExecutor', 'CeleryExecutor', 'LocalExecutor', 'CeleryKubernetesExecutor'];
type SecretsMode = 'unset' | 'names' | 'literals';
const SECRETS: SecretsMode[] = ['unset', 'names', 'literals'];

/** The values of one matrix row, as YAML text (the same keys users write). */
function matrixValues(chart: string, row: { executor: string; redis: boolean; hooks: boolean; secrets: SecretsMode; defaultUserOff: boolean; airflowVersion?: string; apiServerOff?: boolean }): string {
  const airflow3Secrets = chart !== '1.15.0';
  const lines = [`executor: ${row.executor}`, `redis:\n  enabled: ${row.redis}`];
  if (row.airflowVersion) lines.push(`airflowVersion: "${row.airflowVersion}"`, `defaultAirflowTag: "${row.airflowVersion}"`);
  if (row.apiServerOff) lines.push('apiServer:\n  enabled: false');
  if (!row.hooks) lines.push('migrateDatabaseJob:\n  useHelmHooks: false', 'createUserJob:\n  useHelmHooks: false');
  if (row.defaultUserOff) lines.push('webserver:\n  defaultUser:\n    enabled: false');
  if (row.secrets === 'names') {
    lines.push('fernetKeySecretName: my-fernet-key', 'webserverSecretKeySecretName: my-webserver-secret-key', 'data:\n  metadataSecretName: my-metadata\n  brokerUrlSecretName: my-broker-url');
    if (airflow3Secrets) lines.push('apiSecretKeySecretName: my-api-secret-key', 'jwtSecretName: my-jwt-secret');
    if (row.redis) lines[1] += '\n  passwordSecretName: my-redis-password';
  } else if (row.secrets === 'literals') {
    // Placeholders, not secrets: the point is that a literal makes the value stable.
    lines.push('fernetKey: placeholder-fernet-key', 'webserverSecretKey: placeholder-webserver-key');
    if (airflow3Secrets) lines.push('apiSecretKey: placeholder-api-key', 'jwtSecret: placeholder-jwt');
    if (row.redis) lines[1] += '\n  password: placeholder-redis';
  }
  return `${lines.join('\n')}\n`;
}

function matrixCases(chart: string): Case[] {
  const rows: Array<Parameters<typeof matrixValues>[1]> = [];
  // Every executor with Redis on and off; hooks, secrets and the default user cycle through their
  // values across the rows so that each pair of settings meets at least once per chart.
  EXECUTORS.forEach((executor, e) => {
    for (const redis of [true, false]) {
      const r = redis ? 1 : 0;
      rows.push({ executor, redis, hooks: (e + r) % 2 === 0, secrets: SECRETS[(e + 2 * r) % 3], defaultUserOff: Math.floor(e / 2) % 2 === r });
    }
  });
  if (chart !== '1.15.0') {
    // A list of executors (1.18+): the chart matches Celery by substring.
    rows.push({ executor: 'CeleryExecutor,KubernetesExecutor', redis: true, hooks: true, secrets: 'unset', defaultUserOff: true });
    // Airflow 2 on a chart made for 3: the webserver secret key instead of the JWT and API secrets.
    rows.push({ executor: 'KubernetesExecutor', redis: false, hooks: true, secrets: 'unset', defaultUserOff: false, airflowVersion: '2.10.5' });
  }
  // The API server off (1.19+; 1.18's schema has no such switch): its JWT and API secret Secrets go with it.
  if (chart === '1.19.0') rows.push({ executor: 'KubernetesExecutor', redis: false, hooks: true, secrets: 'unset', defaultUserOff: false, apiServerOff: true });
  const cases: Case[] = [{ chart, group: 'matrix', name: 'chart defaults', files: [writeValues(`${chart}-defaults.yaml`, '{}\n')] }];
  for (const row of rows) {
    const name = [row.executor, `redis ${row.redis ? 'on' : 'off'}`, `hooks ${row.hooks ? 'on' : 'off'}`, `secrets ${row.secrets}`, row.defaultUserOff ? 'defaultUser off' : '', row.airflowVersion ? `Airflow ${row.airflowVersion}` : '', row.apiServerOff ? 'apiServer off' : ''].filter(Boolean).join(', ');
    cases.push({ chart, group: 'matrix', name, files: [writeValues(`${chart}-${cases.length}.yaml`, matrixValues(chart, row))] });
  }
  return cases;
}

function writeValues(name: string, text: string): string {
  writeFiles(matrixDir, { [name]: text });
  return path.join(matrixDir, name);
}

const project = (p: string) => path.join(repoRoot, p);
/** Every values file of our tests, with the chart it is written for (the users' files: 1.19.0). */
const FILE_SETS: Array<{ chart: string; files: string[] }> = [
  { chart: '1.19.0', files: ['examples/original/platform/airflow/values.yaml'] },
  { chart: '1.19.0', files: ['examples/platform/airflow/values.yaml'] },
  { chart: '1.19.0', files: ['test/kube/fixtures/user-values.yaml', 'test/kube/fixtures/hooks-off-fix.yaml'] },
  { chart: '1.19.0', files: ['test/kube/fixtures/user-values.yaml', 'test/kube/fixtures/hooks-off-fix.yaml', 'test/kube/fixtures/simple-auth.yaml'] },
  { chart: '1.19.0', files: ['test/upgrade-gate/fixtures/workspace/platform/airflow/values.yaml'] },
  { chart: '1.15.0', files: ['test/upgrade-gate/fixtures/workspace/platform/airflow/values-current.yaml'] },
  { chart: '1.15.0', files: ['test/kube/fixtures/airflow2-values.yaml'] },
  { chart: '1.19.0', files: ['test/values/fixtures/ingress-tpl-host.yaml'] },
  ...fs
    .readdirSync(project('test/wasb/fixtures'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ chart: '1.18.0', files: [`test/wasb/fixtures/${f}`] })),
];

/** The docs example and fix of each rule that claims something about the render, on each chart. */
function ruleDocCases(): Case[] {
  const cases: Case[] = [];
  for (const rule of valueRules.filter((r) => RENDER_CLAIMING.includes(r.meta.id))) {
    for (const which of ['example', 'fix'] as const) {
      for (const chart of ['1.15.0', '1.18.0']) {
        cases.push({ chart, group: 'file', name: `${rule.meta.id} docs ${which}`, files: [writeValues(`${rule.meta.id}-${which}-${chart}.yaml`, rule.meta.docs[which])] });
      }
    }
  }
  return cases;
}

/**
 * Each of the chart's own checks (VAL013) and tpl'd values (VAL014), on the side that fails and on the
 * side that renders: helm decides, validate-values must agree without rendering.
 */
const CHART_CHECK_CASES: Array<{ name: string; values: string; charts?: string[] }> = [
  { name: 'Celery, external Redis without a broker URL', values: 'executor: CeleryExecutor\nredis:\n  enabled: false\n' },
  { name: 'Celery, external Redis with data.brokerUrl', values: 'executor: CeleryExecutor\nredis:\n  enabled: false\ndata:\n  brokerUrl: redis://redis.example:6379/0\n' },
  { name: 'Celery, broker URL given twice', values: 'executor: CeleryExecutor\nredis:\n  enabled: false\ndata:\n  brokerUrl: redis://redis.example:6379/0\n  brokerUrlSecretName: my-broker-url\n' },
  { name: 'Kubernetes, broker URL given twice (not checked)', values: 'executor: KubernetesExecutor\ndata:\n  brokerUrl: redis://redis.example:6379/0\n  brokerUrlSecretName: my-broker-url\n' },
  { name: 'Celery, Redis password Secret without broker URL Secret', values: 'executor: CeleryExecutor\nredis:\n  passwordSecretName: my-redis-password\n' },
  { name: 'Celery, Redis password Secret with AIRFLOW__CELERY__BROKER_URL_CMD', values: 'executor: CeleryExecutor\nredis:\n  passwordSecretName: my-redis-password\nenv:\n  - name: AIRFLOW__CELERY__BROKER_URL_CMD\n    value: cat /secrets/broker-url\n' },
  { name: 'Celery, Redis password given twice', values: 'executor: CeleryExecutor\nredis:\n  passwordSecretName: my-redis-password\n  password: placeholder\ndata:\n  brokerUrlSecretName: my-broker-url\n' },
  { name: 'Elasticsearch without a connection', values: 'elasticsearch:\n  enabled: true\n' },
  { name: 'Elasticsearch connection given twice', values: 'elasticsearch:\n  enabled: true\n  secretName: my-es\n  connection:\n    host: es.example\n' },
  { name: 'Elasticsearch with a connection Secret', values: 'elasticsearch:\n  enabled: true\n  secretName: my-es\n' },
  { name: 'OpenSearch without a connection', values: 'opensearch:\n  enabled: true\n', charts: ['1.18.0', '1.19.0'] },
  { name: 'Elasticsearch and OpenSearch', values: 'elasticsearch:\n  enabled: true\n  secretName: my-es\nopensearch:\n  enabled: true\n  secretName: my-os\n', charts: ['1.18.0', '1.19.0'] },
  { name: 'old bundled-PostgreSQL user', values: 'postgresql:\n  postgresqlUsername: airflow\n' },
  { name: 'config.core.executor overrides executor', values: 'executor: KubernetesExecutor\nconfig:\n  core:\n    executor: LocalExecutor\n' },
  { name: 'config.core.executor equal to executor', values: 'executor: KubernetesExecutor\nconfig:\n  core:\n    executor: KubernetesExecutor\n' },
  { name: 'webserver ingress host with an undefined function', values: 'airflowVersion: "2.10.5"\ndefaultAirflowTag: "2.10.5"\ningress:\n  web:\n    enabled: true\n    hosts:\n      - "pr{{number}}.airflow.example.com"\n' },
  { name: 'webserver ingress host (deprecated key) with an undefined function', values: 'airflowVersion: "2.10.5"\ndefaultAirflowTag: "2.10.5"\ningress:\n  web:\n    enabled: true\n    host: "pr{{number}}.airflow.example.com"\n' },
  { name: 'webserver ingress host with a valid template', values: 'airflowVersion: "2.10.5"\ndefaultAirflowTag: "2.10.5"\ningress:\n  web:\n    enabled: true\n    hosts:\n      - "{{ .Release.Name }}.airflow.example.com"\n' },
  { name: 'API server ingress off, host with an undefined function', values: 'ingress:\n  apiServer:\n    enabled: false\n    hosts:\n      - name: "pr{{number}}.airflow.example.com"\n', charts: ['1.18.0', '1.19.0'] },
  { name: "Airflow's Jinja in an airflow.cfg value", values: 'config:\n  logging:\n    log_filename_template: "{{ ti.dag_id }}/{{ ts }}.log"\n' },
  { name: 'a valid Go template in an airflow.cfg value', values: 'config:\n  webserver:\n    instance_name: "{{ .Release.Name }}"\n' },
  { name: 'flower ingress on KubernetesExecutor, host with an undefined function', values: 'executor: KubernetesExecutor\ningress:\n  flower:\n    enabled: true\n    hosts:\n      - "pr{{number}}.airflow.example.com"\n' },
  { name: 'flower ingress on CeleryExecutor, host with an unclosed action', values: 'executor: CeleryExecutor\ningress:\n  flower:\n    enabled: true\n    hosts:\n      - "pr{{ .Release.Name.example.com"\n' },
];

function chartCheckCases(): Case[] {
  return TEST_CHART_VERSIONS.flatMap((chart) =>
    CHART_CHECK_CASES.filter((c) => !c.charts || c.charts.includes(chart)).map((c, i) => ({ chart, group: 'matrix' as const, name: `chart check: ${c.name}`, files: [writeValues(`${chart}-check-${i}.yaml`, c.values)] })),
  );
}

const CASES: Case[] = [
  ...TEST_CHART_VERSIONS.flatMap((v) => matrixCases(v)),
  ...chartCheckCases(),
  ...FILE_SETS.map((s) => ({ chart: s.chart, group: 'file' as const, name: s.files.join(' + '), files: s.files.map(project) })),
  ...ruleDocCases(),
];

// ---------------------------------------------------------------------------------------------
// The comparison

interface Verdict {
  case: Case;
  render: RenderResult;
  /** helm template fails and only the rendered check says so (render off reports no error). */
  missedWithoutRender: boolean;
  /** Everything validate-values got wrong here, one line each. */
  problems: string[];
  hooksRendered: number;
  hooksFlagged: number;
  randomRendered: number;
  randomFlagged: number;
  /** Workloads whose pod template differs between two renders / those VAL023 says restart. */
  restartsRendered: number;
  restartsFlagged: number;
  falseClaims: number;
  falseErrors: number;
}

function compare(c: Case, render: RenderResult, off: Finding[], on: Finding[] | undefined, onDetail: string | undefined, onHooks: string[] | undefined): Verdict {
  const problems: string[] = [];
  const v: Verdict = { case: c, render, problems, missedWithoutRender: false, hooksRendered: 0, hooksFlagged: 0, randomRendered: 0, randomFlagged: 0, restartsRendered: 0, restartsFlagged: 0, falseClaims: 0, falseErrors: 0 };
  const falseClaim = (line: string) => {
    v.falseClaims++;
    problems.push(`false claim: ${line}`);
  };
  const errorsOff = off.filter((f) => f.severity === 'error');
  if (!render.ok) {
    // helm refuses the values: with rendering, validate-values must say so with an error (the render
    // rule, or the schema rule that stops the render). Without rendering, an error must predict
    // it: the schema rule, or the chart's own checks and tpl values evaluated without helm (VAL013, VAL014).
    v.missedWithoutRender = !errorsOff.some((f) => PREDICTS_RENDER_FAILURE.includes(f.ruleId));
    if (on && !on.some((f) => f.severity === 'error' && (f.ruleId === helmTemplateFailed.id || f.ruleId === schemaViolation.meta.id))) problems.push(`helm template fails but render on reports neither ${helmTemplateFailed.id} nor ${schemaViolation.meta.id} (helm: ${render.stderr.split('\n')[0]})`);
    return v;
  }
  const claims = claimsOf(off);
  for (const line of claims.unread) problems.push(`unread claim (teach claimsOf): ${line}`);

  // Hooks: each rendered hook flagged; each flagged hook rendered, with the annotation claimed.
  v.hooksRendered = render.hooks.size;
  for (const [key, hook] of render.hooks) {
    if (claims.hooks.has(key)) v.hooksFlagged++;
    else problems.push(`hook not flagged: ${key} (helm.sh/hook: ${hook})`);
  }
  for (const [key, hook] of claims.hooks) {
    if (!render.hooks.has(key)) falseClaim(`${key} claimed as a hook, helm renders it ${render.resources.has(key) ? 'without helm.sh/hook' : 'not at all'}`);
    else if (render.hooks.get(key) !== hook) falseClaim(`${key} claimed with helm.sh/hook: ${hook}, helm renders ${render.hooks.get(key)}`);
  }
  // Random Secrets: each flagged (as random, or as the hook that carries it); each claimed one random.
  v.randomRendered = render.random.size;
  for (const key of render.random) {
    if (claims.random.has(key) || claims.hooks.has(key)) v.randomFlagged++;
    else problems.push(`random Secret not flagged: ${key}`);
  }
  for (const key of claims.random) if (!render.random.has(key)) falseClaim(`${key} claimed random, helm renders ${render.resources.has(key) ? 'the same value twice' : 'no such Secret'}`);
  // Restarts from checksum annotations: claimed exactly where the render changes a pod template.
  for (const name of claims.restarts) if (!render.restarted.has(name)) falseClaim(`${name} claimed to restart on every sync, its pod template is the same in two renders`);
  v.restartsRendered = render.restarted.size;
  for (const [name, keys] of render.restarted) {
    if (claims.restarts.has(name)) v.restartsFlagged++;
    else problems.push(`restart not flagged: ${name} (${keys.join(', ')} differ between renders)`);
  }
  // Resources claimed to render.
  for (const key of claims.renders) if (!render.resources.has(key)) falseClaim(`${key} claimed to render, helm renders no such resource`);
  for (const dep of ['redis', 'postgresql']) {
    const key = `StatefulSet/${RELEASE}-${dep}`;
    if (render.resources.has(key) && !claims.renders.has(key)) problems.push(`${key} renders but ${bundledDependency.meta.id} does not say so`);
  }
  // Errors the render proves wrong: helm accepted the values, so no schema or render error is right.
  for (const f of errorsOff.filter((e) => PREDICTS_RENDER_FAILURE.includes(e.ruleId))) {
    v.falseErrors++;
    problems.push(`false error: ${f.ruleId} ${f.message} (helm template accepts these values)`);
  }
  if (!on) return finish(v);
  // Render on: the engine's own Argo CD view lists exactly the hooks helm renders, and each of them
  // is in a finding: VAL070, or the value rule it confirms ("helm template confirms: …").
  const real = [...render.hooks.keys()].sort();
  const seen = [...(onHooks ?? [])].sort();
  if (seen.join() !== real.join()) problems.push(`render on: the Argo CD view lists helm hooks [${seen.join(', ')}], helm renders [${real.join(', ')}]`);
  const reported = new Set(
    on.flatMap((f) => {
      if (f.ruleId === renderedHelmHooks.id) return [/renders (\S+) (\S+) with helm\.sh\/hook/.exec(f.message)?.slice(1, 3).join('/') ?? f.message];
      return [...f.message.matchAll(/helm template confirms: (\S+) (\S+) carries helm\.sh\/hook/g)].map((m) => `${m[1]}/${m[2]}`);
    }),
  );
  if ([...reported].sort().join() !== real.join()) problems.push(`render on: findings name hooks [${[...reported].sort().join(', ')}], helm renders [${real.join(', ')}]`);
  for (const f of on.filter((x) => x.ruleId === helmTemplateFailed.id)) {
    v.falseErrors++;
    problems.push(`false error with render on: ${f.message}`);
  }
  const detail = new RegExp(`^${render.resources.size} resources rendered( \\(twice, compared\\))? in [\\d.]+ s, ${render.hooks.size} with helm\\.sh/hook`);
  if (!detail.test(onDetail ?? '')) problems.push(`render on: "Rendered check" says "${onDetail}" for ${render.resources.size} resources and ${render.hooks.size} hooks`);
  return finish(v);
}

/** Every claim above comes from an error-level rule: a false claim is a false error too. */
function finish(v: Verdict): Verdict {
  v.falseErrors += v.falseClaims;
  return v;
}

function table(verdicts: Verdict[]): string {
  const rows = ['| Chart | Cases | helm template failed (of which seen only with render on) | Hooks rendered / flagged | Random Secrets rendered / flagged | Pods restarted by a render / flagged | False claims | False errors |', '|---|---|---|---|---|---|---|---|'];
  for (const chart of TEST_CHART_VERSIONS) {
    const of = verdicts.filter((v) => v.case.chart === chart);
    const sum = (k: 'hooksRendered' | 'hooksFlagged' | 'randomRendered' | 'randomFlagged' | 'restartsRendered' | 'restartsFlagged' | 'falseClaims' | 'falseErrors') => of.reduce((n, v) => n + v[k], 0);
    const files = of.filter((v) => v.case.group === 'file').length;
    const matrix = of.length - files;
    rows.push(`| ${chart} | ${files} files + ${matrix} matrix cases | ${of.filter((v) => !v.render.ok).length} (${of.filter((v) => v.missedWithoutRender).length}) | ${sum('hooksRendered')} / ${sum('hooksFlagged')} | ${sum('randomRendered')} / ${sum('randomFlagged')} | ${sum('restartsRendered')} / ${sum('restartsFlagged')} | ${sum('falseClaims')} | ${sum('falseErrors')} |`);
  }
  return `${rows.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------

describeWithHelm('validate-values judged by the real helm', (helm) => {
  const verdicts: Verdict[] = [];
  const schemaCacheDir = path.join(workDir, 'schemas');

  beforeAll(async () => {
    const run = concurrencyLimit(HELM_PARALLELISM);
    const renders = CASES.map((c) => renderTwice(run, helm, chartDir(c.chart), c.files));
    for (const [i, c] of CASES.entries()) {
      const common = { files: c.files, chart: chartDir(c.chart), cwd: repoRoot, schemaCacheDir };
      const off = await validateValues({ ...common, render: 'off' });
      // The engine's own render (a third helm process): on every file and the chart defaults; the
      // matrix rows add nothing to it but CPU time, the two renders above judge their claims.
      const on = c.group === 'file' || c.name === 'chart defaults' ? await run(() => validateValues({ ...common, render: 'on', helmPath: helm })) : undefined;
      const onDetail = on?.run.details?.find(([k]) => k === 'Rendered check')?.[1];
      const onHooks = (on?.run.data?.render as { argo?: { hooks: Array<{ kind: string; name: string; helmHook?: string }> } } | undefined)?.argo?.hooks
        // Argo CD's own hooks (`argocd.argoproj.io/hook`, e.g. the corrected file's Sync migration Job) are not helm hooks.
        .filter((h) => h.helmHook)
        .map((h) => `${h.kind}/${h.name}`);
      verdicts.push(compare(c, await renders[i], off.findings, on?.findings, onDetail, onHooks));
    }
  }, 600_000);

  it('flags every hook and random Secret helm renders, claims nothing helm does not render, and raises no false error', () => {
    const problems = verdicts.flatMap((v) => v.problems.map((p) => `${v.case.chart} ${v.case.name}: ${p}`));
    expect(problems).toEqual([]);
    // The matrix really exercised the claims (a render that never has a hook would prove nothing).
    expect(verdicts.reduce((n, v) => n + v.hooksRendered, 0)).toBeGreaterThan(20);
    expect(verdicts.reduce((n, v) => n + v.randomRendered, 0)).toBeGreaterThan(10);
  });

  it.each(TEST_CHART_VERSIONS)("chart %s: every helm template failure is predicted without rendering (the schema, the chart's own checks, tpl'd values)", (chart) => {
    const of = verdicts.filter((v) => v.case.chart === chart);
    expect(of.filter((v) => v.missedWithoutRender).map((v) => `${v.case.name}: ${!v.render.ok ? v.render.stderr.split('\n')[0] : ''}`)).toEqual([]);
    // Both sides of the chart's checks were rendered: some fail, some pass.
    const checks = of.filter((v) => v.case.name.startsWith('chart check: '));
    expect(checks.filter((v) => !v.render.ok).length).toBeGreaterThanOrEqual(8);
    expect(checks.filter((v) => v.render.ok).length).toBeGreaterThanOrEqual(5);
  });

  it('docs/accuracy.md "validate-values vs helm" is the table of this run', () => {
    const { stale, hint } = checkGeneratedSection(path.join(repoRoot, 'docs/accuracy.md'), 'validate-values-vs-helm', table(verdicts));
    if (stale) throw new Error(hint);
  });

  // The facts issue 14 settled with the real helm, kept true by this run.
  const rendered = (chart: string, name: string): Rendered => {
    const v = verdicts.find((x) => x.case.chart === chart && x.case.name === name);
    if (!v) throw new Error(`no case ${chart} ${name}`);
    if (!v.render.ok) throw new Error(`${chart} ${name} did not render: ${v.render.stderr}`);
    return v.render;
  };
  const decoded = (r: Rendered, key: string, entry: string) => Buffer.from(String((r.resources.get(key)?.data as Record<string, unknown>)[entry]), 'base64').toString();
  /** The matrix cases helm renders whose name matches. */
  const matrixWith = (chart: string, pattern: RegExp) => verdicts.filter((v) => v.case.chart === chart && v.case.group === 'matrix' && v.render.ok && pattern.test(v.case.name)).map((v) => v.case.name);

  it.each(TEST_CHART_VERSIONS)('chart %s: broker-url is a pre-install hook Secret whenever data.brokerUrlSecretName is unset, whatever the executor', (chart) => {
    const unset = matrixWith(chart, /secrets (unset|literals)/);
    // Every executor of the matrix is among them.
    expect(new Set(unset.map((n) => n.split(', ')[0]).filter((e) => EXECUTORS.includes(e)))).toEqual(new Set(EXECUTORS));
    for (const name of unset) expect([name, rendered(chart, name).hooks.get(`Secret/${RELEASE}-broker-url`)]).toEqual([name, 'pre-install']);
    // Without Redis and without data.brokerUrl, its value is Go's rendering of a nil string.
    const noRedis = matrixWith(chart, /redis off, .*secrets (unset|literals)/)[0];
    expect(decoded(rendered(chart, noRedis), `Secret/${RELEASE}-broker-url`, 'connection')).toBe('%!s(<nil>)');
    for (const name of matrixWith(chart, /secrets names/)) expect(rendered(chart, name).resources.has(`Secret/${RELEASE}-broker-url`)).toBe(false);
  });

  it.each(TEST_CHART_VERSIONS)('chart %s: fernet-key is a random pre-install hook Secret', (chart) => {
    const r = rendered(chart, 'chart defaults');
    expect(r.hooks.get(`Secret/${RELEASE}-fernet-key`)).toBe('pre-install');
    expect(r.random.has(`Secret/${RELEASE}-fernet-key`)).toBe(true);
  });

  it.each(TEST_CHART_VERSIONS)('chart %s: the webserver secret key is a plain random Secret on 1.15 always, on 1.18/1.19 only for Airflow < 3; API secret key and JWT secret are plain random Secrets on 1.18/1.19 with Airflow 3', (chart) => {
    const plainRandom = (r: Rendered) => [...r.random].filter((k) => !r.hooks.has(k) && k.startsWith('Secret/')).sort();
    const defaults = rendered(chart, 'chart defaults');
    if (chart === '1.15.0') {
      expect(plainRandom(defaults)).toEqual([`Secret/${RELEASE}-webserver-secret-key`]);
    } else {
      expect(plainRandom(defaults)).toEqual([`Secret/${RELEASE}-api-secret-key`, `Secret/${RELEASE}-jwt-secret`]);
      expect(plainRandom(rendered(chart, matrixWith(chart, /Airflow 2\./)[0]))).toEqual([`Secret/${RELEASE}-webserver-secret-key`]);
    }
  });

  it.each(TEST_CHART_VERSIONS)('chart %s: the migrate and create-user Jobs are post-install,post-upgrade hooks unless useHelmHooks is false', (chart) => {
    for (const name of matrixWith(chart, /./)) {
      const r = rendered(chart, name);
      for (const job of Object.values(JOB_OF)) {
        if (!r.resources.has(job)) continue;
        expect([name, job, r.hooks.get(job)]).toEqual([name, job, /hooks off/.test(name) ? undefined : 'post-install,post-upgrade']);
      }
    }
    expect(rendered(chart, 'chart defaults').hooks.get(JOB_OF.migrateDatabaseJob)).toBe('post-install,post-upgrade');
  });

  it.each(TEST_CHART_VERSIONS)('chart %s: webserver.defaultUser.enabled: false stops the create-user Job except on 1.19', (chart) => {
    const off = matrixWith(chart, /defaultUser off/);
    expect(off.length).toBeGreaterThan(0);
    for (const name of off) expect([name, rendered(chart, name).resources.has(JOB_OF.createUserJob)]).toEqual([name, chart === '1.19.0']);
  });

});
