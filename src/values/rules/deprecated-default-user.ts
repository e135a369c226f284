import { helmTruthy, type ValuesRule } from '../context.js';
import { isPlainObject } from '../load.js';

export const deprecatedDefaultUser: ValuesRule = {
  meta: {
    id: 'VAL031',
    name: 'deprecated-default-user',
    severity: 'warning',
    check: 'validate-values',
    summary: 'webserver.defaultUser is deprecated in chart 1.19 in favour of createUserJob.',
    docs: {
      what: 'Reports webserver.defaultUser on chart versions that moved it to createUserJob.defaultUser and createUserJob.enabled (1.19.0 and later).',
      why: 'On chart 1.19.0 `webserver.defaultUser.enabled: false` does not stop the create-user Job: createUserJob.enabled defaults to true and either switch renders it (fixed later by apache/airflow#62143). The Job then runs with the empty user fields of webserver.defaultUser.',
      example: 'webserver:\n  defaultUser:\n    enabled: false\n',
      fix: 'createUserJob:\n  enabled: false\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    if (!ctx.chartFacts.webserverDefaultUserDeprecated) return;
    const wsdu = ctx.user.webserver;
    if (!isPlainObject(wsdu) || !Object.prototype.hasOwnProperty.call(wsdu, 'defaultUser')) return;
    const du = wsdu.defaultUser;
    const disabling = isPlainObject(du) && Object.prototype.hasOwnProperty.call(du, 'enabled') && !helmTruthy(du.enabled);
    const jobStillOn = helmTruthy(ctx.get(['createUserJob', 'enabled']));
    let message = `webserver.defaultUser is deprecated in chart ${ctx.chart.version}; use createUserJob.defaultUser and createUserJob.enabled.`;
    if (disabling && jobStillOn && !ctx.chartFacts.webserverDefaultUserEnabledStopsJob) {
      message += ` Here it does not do what it says: webserver.defaultUser.enabled: false does not stop the create-user Job on chart ${ctx.chart.version}, because createUserJob.enabled ${ctx.isSet(['createUserJob', 'enabled']) ? 'is true' : 'defaults to true'}; the Job still renders, with the empty user fields of webserver.defaultUser.`;
    }
    ctx.report(['webserver', 'defaultUser'], {
      message,
      fix: disabling ? 'Remove webserver.defaultUser and set createUserJob.enabled: false.' : 'Move the user to createUserJob.defaultUser and remove webserver.defaultUser.',
    });
  },
};
