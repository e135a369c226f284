import type { ValuesRule } from '../context.js';
import { isPlainObject } from '../load.js';

export const apiServerDefaultUser: ValuesRule = {
  needsChart: 'values.schema.json',
  meta: {
    id: 'VAL032',
    name: 'api-server-default-user',
    severity: 'error',
    check: 'validate-values',
    summary: 'apiServer.defaultUser is not where the chart reads the default user.',
    docs: {
      what: 'Reports apiServer.defaultUser, a guess at where webserver.defaultUser moved to in Airflow 3.',
      why: "Chart 1.19's schema rejects it (helm install fails); chart 1.18's schema accepts it but no template reads it, so the create-user Job still follows webserver.defaultUser. The default user lives in createUserJob.defaultUser from chart 1.19 and in webserver.defaultUser before.",
      example: 'apiServer:\n  defaultUser:\n    enabled: false\n',
      fix: 'createUserJob:\n  enabled: false\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    const api = ctx.user.apiServer;
    if (!isPlainObject(api) || !Object.prototype.hasOwnProperty.call(api, 'defaultUser')) return;
    const where = ctx.chartFacts.createUserJobEnabledKey ? 'createUserJob.defaultUser (and createUserJob.enabled)' : 'webserver.defaultUser';
    // Chart 1.18's schema lists apiServer.defaultUser, but its create-user Job reads webserver.defaultUser.
    const apiSchema = (ctx.chart.schema?.properties as Record<string, { properties?: Record<string, unknown> }> | undefined)?.apiServer;
    const schemaAllows = Boolean(apiSchema?.properties && 'defaultUser' in apiSchema.properties);
    ctx.report(['apiServer', 'defaultUser'], {
      severity: schemaAllows ? 'warning' : undefined,
      message: schemaAllows
        ? `apiServer.defaultUser is accepted by the chart ${ctx.chart.version} schema but nothing reads it: the create-user Job takes its user and its on/off switch from ${where}.`
        : `apiServer.defaultUser is not a chart ${ctx.chart.version} key (the schema rejects it); the default user is configured in ${where}.`,
      fix: `Move it to ${where}.`,
    });
  },
};
