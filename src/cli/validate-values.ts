import type { CliCommand } from './command.js';
import { UsageError } from '../core/finding.js';

export const validateValuesCommand: CliCommand = {
  name: 'validate-values',
  summary: "Validate the Airflow chart's values files: schema per chart version plus GitOps invariants.",
  usage:
    'airflow-gitops validate-values <values.yaml…> --chart <dir|tgz|version> [--airflow-version X.Y.Z] [--chart-repository URL] [--no-render] [--sarif FILE] [--format text|json] [--config FILE] [--fail-on error|warning|never]',
  options: {
    chart: { type: 'string' },
    'airflow-version': { type: 'string' },
    'chart-repository': { type: 'string' },
    'no-render': { type: 'boolean' },
  },
  async run(ctx) {
    if (!ctx.positionals.length) throw new UsageError(`Pass at least one values file.\nUsage: ${validateValuesCommand.usage}`);
    // Loaded on demand: ajv, the chart schemas and tar are not needed by any other command.
    const { validateValues } = await import('../values/engine.js');
    const result = await validateValues({
      files: ctx.positionals,
      chart: ctx.values.chart as string | undefined,
      airflowVersion: ctx.values['airflow-version'] as string | undefined,
      chartRepository: ctx.values['chart-repository'] as string | undefined,
      render: ctx.values['no-render'] ? 'off' : 'auto',
      cwd: ctx.cwd,
      config: ctx.config,
      log: ctx.log,
    });
    return [result];
  },
};
