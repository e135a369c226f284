import { UsageError } from '../core/finding.js';
import { registerSecret } from '../core/secrets.js';
import type { Tool } from '../kube/command.js';
import type { RawMigrateInputs } from '../kube/options.js';
import type { CheckResult } from '../core/check.js';
import type { CliCommand, CliContext } from './command.js';

const list = (v: unknown): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);

/**
 * `migrate`: the migrate-kind engine from a terminal. `--plan` prints every phase with its timeout
 * and the exact commands (argv, stdin manifests redacted) without running anything.
 */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Run (or --plan) the Airflow DB migration with Helm hooks off on kind or an existing cluster.',
  usage:
    'airflow-gitops migrate [--plan] --values FILE [--values FILE …] [options]\n' +
    'Secrets come from the environment, never argv: AIRFLOW_ADMIN_PASSWORD, AIRFLOW_WASB_CONNECTION.',
  options: {
    plan: { type: 'boolean', default: false, description: 'Print every phase with its timeout and the exact commands; run nothing.' },
    values: { type: 'string', multiple: true, value: 'FILE', description: "Helm values file of the release, in helm -f order (repeat or comma-separate; default: migrate.values in the config)." },
    'chart-version': { type: 'string', value: 'V', description: 'Version of the official apache-airflow chart (default: migrate.chartVersion in the config, else 1.19.0).' },
    'airflow-image': { type: 'string', value: 'IMG', description: "Airflow image (repository:tag) the release runs (default: the chart's own Airflow version)." },
    cluster: { type: 'string', value: 'kind|existing', description: 'kind: a throwaway cluster; existing: the current kubeconfig/context (default: kind).' },
    'cluster-name': { type: 'string', value: 'NAME', description: 'Name of the kind cluster (default: airflow-gitops).' },
    'kind-node-image': { type: 'string', value: 'IMG', description: 'Pinned kind node image (default: the tested kindest/node version).' },
    context: { type: 'string', value: 'CTX', description: 'Kube context for --cluster existing (default: the current context).' },
    namespace: { type: 'string', value: 'NS', description: 'Namespace of the Airflow release (default: airflow).' },
    'release-name': { type: 'string', value: 'NAME', description: 'Helm release name (default: airflow).' },
    'from-chart-version': { type: 'string', value: 'V', description: 'Upgrade gating: install this chart version first, migrate, then upgrade to --chart-version.' },
    'from-airflow-version': { type: 'string', value: 'V', description: 'Upgrade gating: the Airflow version of the old release (e.g. 2.9.3).' },
    'from-airflow-image': { type: 'string', value: 'IMAGE', description: 'Upgrade gating: the image of the old release when it is not apache/airflow:<from-airflow-version> (your own build).' },
    'from-values': { type: 'string', multiple: true, value: 'FILE', description: 'Upgrade gating: values files of the old release (default: --values).' },
    'admin-user': { type: 'string', value: 'NAME', description: 'Create this admin user after the migration (password from AIRFLOW_ADMIN_PASSWORD, else generated).' },
    'wasb-connection-id': { type: 'string', value: 'ID', description: 'Connection id for AIRFLOW_WASB_CONNECTION (default: azure_blob_storage).' },
    'timeout-minutes': { type: 'string', value: 'N', description: 'Budget for the whole run; every phase gets its share as a timeout (default: 30).' },
    'keep-cluster': { type: 'boolean', default: false, description: 'Leave the kind cluster running afterwards.' },
    'load-image': { type: 'boolean', default: false, description: 'Load --airflow-image (and --from-airflow-image) from the local Docker daemon into kind.' },
    'smoke-dag': { type: 'string', value: 'ID', description: 'DAG id to trigger after the migration; its run must succeed.' },
    'work-dir': { type: 'string', value: 'DIR', description: 'Directory for the kubeconfig and rendered manifests (default: airflow-gitops-migrate under RUNNER_TEMP or the system temp directory).' },
    'diagnostics-dir': { type: 'string', value: 'DIR', description: 'Where diagnostics go on failure (default: diagnostics under --work-dir).' },
  },
  async run(ctx) {
    const v = ctx.values;
    const values = list(v.values);
    const sectionValues = migrateSection(ctx.config.sections['migrate']);
    const adminPassword = process.env.AIRFLOW_ADMIN_PASSWORD ?? '';
    const wasbConnection = process.env.AIRFLOW_WASB_CONNECTION ?? '';
    registerSecret(adminPassword);
    registerSecret(wasbConnection);
    const raw: RawMigrateInputs = {
      ...sectionValues,
      valuesFiles: values.length ? values : sectionValues.valuesFiles,
      chartVersion: (v['chart-version'] as string) ?? sectionValues.chartVersion,
      airflowImage: (v['airflow-image'] as string) ?? sectionValues.airflowImage,
      cluster: v.cluster as string,
      clusterName: v['cluster-name'] as string,
      kindNodeImage: v['kind-node-image'] as string,
      context: v.context as string,
      namespace: (v.namespace as string) ?? sectionValues.namespace,
      releaseName: (v['release-name'] as string) ?? sectionValues.releaseName,
      fromChartVersion: v['from-chart-version'] as string,
      fromAirflowVersion: v['from-airflow-version'] as string,
      fromAirflowImage: v['from-airflow-image'] as string,
      fromValues: list(v['from-values']),
      adminUser: v['admin-user'] as string,
      adminPassword,
      wasbConnection,
      wasbConnectionId: v['wasb-connection-id'] as string,
      timeoutMinutes: v['timeout-minutes'] as string,
      keepCluster: Boolean(v['keep-cluster']),
      loadImage: Boolean(v['load-image']),
      smokeDag: v['smoke-dag'] as string,
      workDir: v['work-dir'] as string,
      diagnosticsDir: v['diagnostics-dir'] as string,
      pollMs: process.env.AIRFLOW_GITOPS_POLL_MS,
      cwd: ctx.cwd,
    };
    if (!raw.valuesFiles?.length) {
      if (!v.plan) throw new UsageError('migrate needs at least one --values file (the release\'s Helm values).');
      ctx.log("note: no --values given; planning with the chart's default values.");
    }
    // Loaded on demand: the kube engine (manifests, phases, tool downloads) is only needed here.
    // One import at a time: jest's VM modules fail concurrent imports that share dependencies.
    const { runMigrate } = await import('../kube/engine.js');
    const { lineLogger } = await import('../kube/logger.js');
    const { parseMigrateOptions } = await import('../kube/options.js');
    const { formatPlan } = await import('../kube/plan.js');
    const { DryRunner, ExecRunner } = await import('../kube/runner.js');
    const { ensureTools } = await import('../kube/tools.js');
    const options = parseMigrateOptions(raw);
    const log = lineLogger(ctx.log);
    if (v.plan) {
      const dry = new DryRunner();
      // The plan is the output; progress lines of the dry run would only repeat it.
      const outcome = await runMigrate(options, dry, lineLogger(() => undefined), true);
      if (outcome.run) ctx.out(formatPlan(outcome.run));
      if (raw.valuesFiles?.length && !outcome.result.findings.some((f) => f.severity === 'error')) {
        await addMigrationValueChecks(outcome.result, raw.valuesFiles, options.chartVersion, options.airflowVersion, ctx);
      }
      return [outcome.result];
    }
    const needed: Tool[] = options.cluster === 'kind' ? ['kind', 'kubectl', 'helm', ...(options.loadImage ? (['docker'] as Tool[]) : [])] : ['kubectl'];
    const tools = await ensureTools(needed, log, false);
    const outcome = await runMigrate(options, new ExecRunner(tools), log);
    if (outcome.run?.report.clusterCreated && !options.keepCluster) {
      ctx.log(`kind cluster ${options.clusterName} left running; delete it with: kind delete cluster --name ${options.clusterName}`);
    }
    return [outcome.result];
  },
};

/**
 * The validate-values rules whose findings decide how the migration can run: the migration or
 * create-user Job as a Helm hook, Secrets rendered as hooks or left to random values, a missing
 * metadata Secret, migrations that never run. A misspelt job key (VAL011) is not among them: what
 * it breaks shows as the hook it leaves on (VAL020), and once the right key is set too, the leftover
 * key no longer changes the migration.
 */
export const MIGRATION_VALUE_RULES = ['VAL020', 'VAL021', 'VAL022', 'VAL023', 'VAL026', 'VAL040'];

/**
 * A plan runs nothing, so the cluster never gets to show that the chart renders the migration as a
 * hook; the values checks say it now (from the chart, cached or downloaded, else the built-in facts).
 */
async function addMigrationValueChecks(result: CheckResult, valuesFiles: string[], chartVersion: string, airflowVersion: string, ctx: CliContext): Promise<void> {
  const { validateValues } = await import('../values/engine.js');
  const values = await validateValues({ files: valuesFiles, chart: chartVersion, airflowVersion, cwd: ctx.cwd, config: ctx.config, log: ctx.log, render: 'off', onlyRules: MIGRATION_VALUE_RULES });
  result.findings.unshift(...values.findings);
  result.rules = [...result.rules, ...values.rules.filter((r) => MIGRATION_VALUE_RULES.includes(r.id))];
  const chart = values.run.details?.find(([k]) => k === 'Chart')?.[1] ?? chartVersion;
  result.run.details = [...(result.run.details ?? []), ['values checks', `${MIGRATION_VALUE_RULES.join(', ')} against chart ${chart}`]];
}

/** The `migrate:` section of .airflow-gitops.yml: defaults for values files, chart and release. */
function migrateSection(raw: unknown): Partial<RawMigrateInputs> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError('Config section migrate must be a mapping (values, chartVersion, airflowImage, namespace, releaseName).');
  const r = raw as Record<string, unknown>;
  const known = new Set(['values', 'chartVersion', 'airflowImage', 'namespace', 'releaseName']);
  const unknown = Object.keys(r).filter((k) => !known.has(k));
  if (unknown.length) throw new UsageError(`Config section migrate has unknown key(s) ${unknown.join(', ')}; allowed: ${[...known].join(', ')}.`);
  const s = (k: string) => {
    if (r[k] === undefined) return undefined;
    if (typeof r[k] !== 'string') throw new UsageError(`Config migrate.${k} must be a string.`);
    return r[k] as string;
  };
  if (r.values !== undefined && (!Array.isArray(r.values) || r.values.some((x) => typeof x !== 'string'))) throw new UsageError('Config migrate.values must be a list of file paths.');
  return { valuesFiles: r.values as string[] | undefined, chartVersion: s('chartVersion'), airflowImage: s('airflowImage'), namespace: s('namespace'), releaseName: s('releaseName') };
}
