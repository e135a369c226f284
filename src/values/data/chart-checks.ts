import { helmTruthy } from '../context.js';
import { isPlainObject } from '../load.js';
import { compareVersions } from '../version.js';
import { pickByVersion } from '../version.js';
import { isCeleryExecutorFor, type ChartFacts } from './chart-facts.js';

/**
 * The chart's own consistency checks: the `required "…" nil` calls of templates/check-values.yaml
 * and the `fail` calls of templates/NOTES.txt, by chart version. helm template stops on the first
 * one whose condition holds, whatever the schema says; test/values/helm-real.test.ts renders each
 * condition with the real helm to keep this table true.
 */
export interface ChartCheck {
  /** Where the finding points: the value the user is most likely to change. */
  at: string[];
  /** The chart's condition, read with helm's truthiness. */
  fails(values: ValuesView): boolean;
  /** What the chart says, in our words. */
  message: string;
  fix: string;
}

/** The effective values as the templates see them, plus the chart facts the conditions need. */
export interface ValuesView {
  get(path: string[]): unknown;
  chartFacts: ChartFacts;
}

const on = (v: ValuesView, ...path: string[]) => helmTruthy(v.get(path));
const celery = (v: ValuesView) => isCeleryExecutorFor(v.chartFacts, v.get(['executor']));

/** Whether `env` has an AIRFLOW__CELERY__BROKER_URL_CMD entry (1.18+ accepts it in place of data.brokerUrlSecretName). */
function brokerUrlCmdInEnv(v: ValuesView): boolean {
  const env = v.get(['env']);
  return Array.isArray(env) && env.some((e) => isPlainObject(e) && e.name === 'AIRFLOW__CELERY__BROKER_URL_CMD');
}

const BROKER_CHECKS = (brokerUrlCmdCounts: boolean): ChartCheck[] => [
  {
    at: ['redis', 'passwordSecretName'],
    fails: (v) => celery(v) && on(v, 'redis', 'enabled') && on(v, 'redis', 'passwordSecretName') && !on(v, 'data', 'brokerUrlSecretName') && !(brokerUrlCmdCounts && brokerUrlCmdInEnv(v)),
    message: `redis.passwordSecretName is set for the chart's Redis but data.brokerUrlSecretName is not${brokerUrlCmdCounts ? ' (nor AIRFLOW__CELERY__BROKER_URL_CMD in env)' : ''}: the chart cannot build the broker URL with a password it does not know, and its check-values template fails.`,
    fix: `Set data.brokerUrlSecretName to a Secret holding the broker URL (key \`connection\`)${brokerUrlCmdCounts ? ', or add AIRFLOW__CELERY__BROKER_URL_CMD to env' : ''}.`,
  },
  {
    at: ['redis', 'password'],
    fails: (v) => celery(v) && on(v, 'redis', 'enabled') && on(v, 'redis', 'passwordSecretName') && on(v, 'redis', 'password'),
    message: 'redis.password and redis.passwordSecretName are both set: the chart refuses both, and its check-values template fails.',
    fix: 'Keep redis.passwordSecretName and remove redis.password.',
  },
  {
    at: ['redis', 'enabled'],
    fails: (v) => celery(v) && !on(v, 'redis', 'enabled') && !on(v, 'data', 'brokerUrlSecretName') && !on(v, 'data', 'brokerUrl'),
    message: "A Celery executor with redis.enabled false needs the URL of an external broker, but neither data.brokerUrlSecretName nor data.brokerUrl is set: the chart's check-values template fails.",
    fix: 'Set data.brokerUrlSecretName to a Secret holding the broker URL (key `connection`), or turn redis.enabled back on.',
  },
  {
    at: ['data', 'brokerUrl'],
    fails: (v) => celery(v) && on(v, 'data', 'brokerUrlSecretName') && on(v, 'data', 'brokerUrl'),
    message: "data.brokerUrl and data.brokerUrlSecretName are both set: the chart's check-values template refuses both.",
    fix: 'Keep data.brokerUrlSecretName and remove data.brokerUrl.',
  },
];

const SEARCH_CHECKS = (engine: 'elasticsearch' | 'opensearch'): ChartCheck[] => [
  {
    at: [engine, 'connection'],
    fails: (v) => on(v, engine, 'enabled') && on(v, engine, 'secretName') && on(v, engine, 'connection'),
    message: `${engine}.secretName and ${engine}.connection are both set: the chart's check-values template refuses both.`,
    fix: `Keep ${engine}.secretName and remove ${engine}.connection.`,
  },
  {
    at: [engine, 'enabled'],
    fails: (v) => on(v, engine, 'enabled') && !on(v, engine, 'secretName') && !on(v, engine, 'connection'),
    message: `${engine}.enabled is true but neither ${engine}.secretName nor ${engine}.connection is set: the chart's check-values template fails.`,
    fix: `Set ${engine}.secretName to a Secret holding the connection (key \`connection\`).`,
  },
];

/** templates/NOTES.txt: checks every chart version of the table has. */
const NOTES_CHECKS: ChartCheck[] = [
  {
    at: ['postgresql', 'postgresqlUsername'],
    fails: (v) => on(v, 'postgresql', 'postgresqlUsername') || on(v, 'postgresql', 'postgresqlPassword'),
    message: "postgresql.postgresqlUsername / postgresql.postgresqlPassword belong to the old bundled PostgreSQL chart: the chart's NOTES.txt fails on them.",
    fix: "Set the 'postgres' user's password with postgresql.auth.postgresPassword (or postgresql.auth.username / password for another user).",
  },
  {
    at: ['config', 'core', 'executor'],
    // The default is the template `{{ .Values.executor }}`; only a literal that differs certainly fails.
    fails: (v) => {
      const cfg = v.get(['config', 'core', 'executor']);
      return typeof cfg === 'string' && !cfg.includes('{{') && cfg !== String(v.get(['executor']) ?? '');
    },
    message: 'config.core.executor differs from executor: the chart takes the executor from `executor` only, and its NOTES.txt fails.',
    fix: 'Set `executor` and remove config.core.executor.',
  },
];

export interface ChartChecks {
  since: string;
  checks: ChartCheck[];
}

export const CHART_CHECKS: ChartChecks[] = [
  { since: '1.0.0', checks: [...BROKER_CHECKS(false), ...SEARCH_CHECKS('elasticsearch'), ...NOTES_CHECKS] },
  {
    since: '1.18.0',
    checks: [
      ...BROKER_CHECKS(true),
      {
        at: ['opensearch', 'enabled'],
        fails: (v) => on(v, 'elasticsearch', 'enabled') && on(v, 'opensearch', 'enabled'),
        message: "elasticsearch.enabled and opensearch.enabled are both true: the chart's check-values template refuses both.",
        fix: 'Enable one of elasticsearch and opensearch.',
      },
      ...SEARCH_CHECKS('elasticsearch'),
      ...SEARCH_CHECKS('opensearch'),
      ...NOTES_CHECKS,
    ],
  },
];

export function chartChecksFor(chartVersion: string): ChartCheck[] {
  return pickByVersion(CHART_CHECKS, chartVersion).checks;
}

// ---------------------------------------------------------------------------------------------
// Values the chart passes through `tpl`

/** Values the templates render with `tpl`: the concrete paths, under the values at hand. */
export type TplValues = (values: ValuesView) => string[][];

const airflowVersionAtLeast3 = (v: ValuesView) => compareVersions(String(v.get(['airflowVersion']) ?? ''), '3.0.0') >= 0;

/**
 * An ingress's host names (`host: {{ tpl $hostname $ }}` in templates/*-ingress.yaml) when the ingress
 * renders: each entry of `hosts` (a string or its `name`), else the deprecated single `host`.
 */
function ingressHosts(component: string, renders: (v: ValuesView) => boolean): TplValues {
  return (v) => {
    if (!renders(v)) return [];
    const hosts = v.get(['ingress', component, 'hosts']);
    if (Array.isArray(hosts) && hosts.length) return hosts.map((h, i) => (isPlainObject(h) ? ['ingress', component, 'hosts', String(i), 'name'] : ['ingress', component, 'hosts', String(i)]));
    return [['ingress', component, 'host']];
  };
}

const INGRESS_WEB = (gatedOnAirflow2: boolean) =>
  ingressHosts('web', (v) => on(v, 'webserver', 'enabled') && (!gatedOnAirflow2 || !airflowVersionAtLeast3(v)) && (on(v, 'ingress', 'web', 'enabled') || on(v, 'ingress', 'enabled')));
const INGRESS_FLOWER = ingressHosts('flower', (v) => on(v, 'flower', 'enabled') && celery(v) && (on(v, 'ingress', 'flower', 'enabled') || on(v, 'ingress', 'enabled')));
const INGRESS_API_SERVER = (apiServerSwitch: boolean) =>
  ingressHosts('apiServer', (v) => (!apiServerSwitch || on(v, 'apiServer', 'enabled')) && airflowVersionAtLeast3(v) && (on(v, 'ingress', 'apiServer', 'enabled') || on(v, 'ingress', 'enabled')));

/** templates/configmaps/configmap.yaml renders every airflow.cfg value with `tpl ($val | toString)`, unconditionally. */
const CONFIG_VALUES: TplValues = (v) => {
  const config = v.get(['config']);
  if (!isPlainObject(config)) return [];
  return Object.entries(config).flatMap(([section, settings]) => (isPlainObject(settings) ? Object.keys(settings).map((key) => ['config', section, key]) : []));
};

export const CHART_TPL_VALUES: Array<{ since: string; values: TplValues[] }> = [
  { since: '1.0.0', values: [INGRESS_WEB(false), INGRESS_FLOWER, CONFIG_VALUES] },
  { since: '1.18.0', values: [INGRESS_WEB(true), INGRESS_FLOWER, INGRESS_API_SERVER(false), CONFIG_VALUES] },
  { since: '1.19.0', values: [INGRESS_WEB(true), INGRESS_FLOWER, INGRESS_API_SERVER(true), CONFIG_VALUES] },
];

export function chartTplValuesFor(chartVersion: string): TplValues[] {
  return pickByVersion(CHART_TPL_VALUES, chartVersion).values;
}
