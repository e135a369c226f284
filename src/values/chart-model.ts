import { helmTruthy, type RuleContext } from './context.js';
import { isPlainObject } from './load.js';

/** Whether the chart renders the create-user Job with these values (the condition changed in 1.19). */
export function createUserJobRendered(ctx: RuleContext): boolean {
  const wsdu = ctx.get(['webserver', 'defaultUser']);
  const wsduEnabled = isPlainObject(wsdu) && helmTruthy(wsdu.enabled);
  if (!ctx.chartFacts.createUserJobEnabledKey) return wsduEnabled;
  const jobEnabled = helmTruthy(ctx.get(['createUserJob', 'enabled']));
  if (ctx.chartFacts.webserverDefaultUserEnabledStopsJob) return helmTruthy(wsdu) ? wsduEnabled : jobEnabled;
  // 1.19.0: either switch renders it, so webserver.defaultUser.enabled: false alone does not stop it.
  return jobEnabled || wsduEnabled;
}

export function migrateJobRendered(ctx: RuleContext): boolean {
  const enabled = ctx.get(['migrateDatabaseJob', 'enabled']);
  return enabled === undefined || helmTruthy(enabled);
}

export function executors(ctx: RuleContext): string[] {
  return String(ctx.get(['executor']) ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
}

export function usesCelery(ctx: RuleContext): boolean {
  return executors(ctx).some((e) => e.includes('CeleryExecutor') || e.includes('CeleryKubernetesExecutor'));
}

export function isAirflow3(ctx: RuleContext): boolean {
  return !ctx.airflowFacts.webserver;
}

/** Components that run Airflow and can wait for migrations in an init container. */
export function migrationWaitingComponents(ctx: RuleContext): string[] {
  const candidates = isAirflow3(ctx) ? ['scheduler', 'apiServer', 'triggerer', 'dagProcessor'] : ['scheduler', 'webserver', 'triggerer', 'dagProcessor'];
  if (usesCelery(ctx)) candidates.push('workers');
  return candidates.filter((c) => {
    const section = ctx.get([c]);
    if (!isPlainObject(section)) return false;
    // enabled: ~ (dagProcessor) means "decided by the Airflow version": standalone on Airflow 3.
    const enabled = section.enabled;
    const on = enabled === undefined || (enabled === null ? isAirflow3(ctx) : helmTruthy(enabled));
    return on && isPlainObject(section.waitForMigrations) && helmTruthy(section.waitForMigrations.enabled);
  });
}

export interface AirflowSetting {
  /** The value Airflow sees; undefined when unset or when it comes from a Secret (valueFrom). */
  value: unknown;
  /** Where it is set: config.<section>.<key> or the env entry that overrides it. */
  path: string[];
  /** Set by the user (a chart default does not count). */
  set: boolean;
  fromEnv: boolean;
}

/**
 * An airflow.cfg setting as the pods get it: an `env` entry AIRFLOW__SECTION__KEY overrides
 * config.<section>.<key> (Airflow reads environment variables first).
 */
export function airflowSetting(ctx: RuleContext, section: string, key: string): AirflowSetting {
  const envName = `AIRFLOW__${section.toUpperCase()}__${key.toUpperCase()}`;
  const env = ctx.get(['env']);
  if (Array.isArray(env)) {
    for (let i = env.length - 1; i >= 0; i--) {
      const item = env[i];
      if (!isPlainObject(item) || item.name !== envName) continue;
      const hasValue = Object.prototype.hasOwnProperty.call(item, 'value');
      return { value: hasValue ? item.value : undefined, path: ['env', String(i), hasValue ? 'value' : 'name'], set: ctx.isSet(['env', String(i)]), fromEnv: true };
    }
  }
  const path = ['config', section, key];
  return { value: ctx.get(path), path, set: ctx.isSet(path), fromEnv: false };
}
