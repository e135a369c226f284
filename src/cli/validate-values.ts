import type { CliCommand } from './command.js';
import { UsageError } from '../core/finding.js';

export const validateValuesCommand: CliCommand = {
  name: 'validate-values',
  summary: "Validate the Airflow chart's values files: schema per chart version plus GitOps invariants.",
  usage: 'airflow-gitops validate-values <values.yaml…> --chart <dir|tgz|version> [options]',
  options: {
    chart: { type: 'string', value: 'DIR|TGZ|VERSION', description: 'The chart: a directory, a .tgz, or a version such as 1.19.0 (downloaded and cached). Default: values.chart in the config.' },
    'airflow-version': { type: 'string', value: 'X.Y.Z', description: 'Airflow version the rules reason about (default: airflowVersion / defaultAirflowTag in the values, else the chart appVersion).' },
    'chart-repository': { type: 'string', value: 'URL', description: 'Chart repository (its index.yaml) for a chart version (default: values.chart-repository in the config, else https://airflow.apache.org).' },
    render: { type: 'string', value: 'auto|on|off', default: 'auto', description: 'Run `helm template` and fail on any helm.sh/hook: auto when helm is on PATH, on always (an error when it cannot), off never.' },
  },
  async run(ctx) {
    if (!ctx.positionals.length) throw new UsageError(`Pass at least one values file.\nUsage: ${validateValuesCommand.usage}`);
    // Loaded on demand: ajv, the chart schemas and tar are not needed by any other command.
    const { validateValues } = await import('../values/engine.js');
    const { parseRenderMode } = await import('../values/render.js');
    const result = await validateValues({
      files: ctx.positionals,
      chart: ctx.values.chart as string | undefined,
      airflowVersion: ctx.values['airflow-version'] as string | undefined,
      chartRepository: ctx.values['chart-repository'] as string | undefined,
      render: parseRenderMode(ctx.values.render as string | undefined),
      cwd: ctx.cwd,
      config: ctx.config,
      log: ctx.log,
    });
    return [result];
  },
};
