import { helmTruthy, show, type ValuesRule } from '../context.js';
import { parseGoDuration } from '../go-duration.js';

const GIT_SYNC = ['dags', 'gitSync'];

export const gitSyncConfig: ValuesRule = {
  meta: {
    id: 'VAL061',
    name: 'git-sync-config',
    severity: 'error',
    check: 'validate-values',
    summary: 'git-sync is enabled with a missing or invalid repo, branch, subPath or period.',
    docs: {
      what: 'With dags.gitSync.enabled, checks that repo is set (and is not the chart\'s example repository), a branch or rev is set, subPath is relative, `period` is a Go duration (such as "60s") not shorter than the policy minimum, and an SSH repo has sshKeySecret.',
      why: 'git-sync fails at pod start on a bad period ("60" is not a Go duration) and silently syncs the chart\'s example DAGs from apache/airflow when repo is left at the default.',
      example: 'dags:\n  gitSync:\n    enabled: true\n    period: 60\n',
      fix: 'dags:\n  gitSync:\n    enabled: true\n    repo: https://github.com/example/platform.git\n    branch: main\n    subPath: dags\n    period: 60s\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    const enabled = helmTruthy(ctx.get([...GIT_SYNC, 'enabled']));
    if (!enabled) {
      if (ctx.policy.requireGitSync) {
        ctx.report([...GIT_SYNC, 'enabled'], { message: 'dags.gitSync.enabled is not true, but the policy requires DAGs from git-sync.', fix: 'Enable dags.gitSync and set its repo, branch and subPath.' });
      }
      return;
    }
    const get = (k: string) => ctx.get([...GIT_SYNC, k]);
    const defaults = (ctx.chart.defaults.dags as Record<string, Record<string, unknown>> | undefined)?.gitSync ?? {};
    const repo = get('repo');
    if (typeof repo !== 'string' || !repo.trim()) {
      ctx.report([...GIT_SYNC, 'repo'], { message: 'dags.gitSync.repo is empty; git-sync has nothing to clone.', fix: 'Set dags.gitSync.repo to your DAG repository URL.' });
    } else if (!ctx.isSet([...GIT_SYNC, 'repo']) && repo === defaults.repo) {
      ctx.report([...GIT_SYNC, 'repo'], { message: `dags.gitSync.repo is unset, so git-sync clones the chart's example repository ${repo}.`, fix: 'Set dags.gitSync.repo to your DAG repository URL.' });
    } else if (/^(git@|ssh:\/\/)/.test(repo) && !helmTruthy(get('sshKeySecret'))) {
      ctx.report([...GIT_SYNC, 'repo'], { message: `dags.gitSync.repo ${show(repo)} is an SSH URL but dags.gitSync.sshKeySecret is not set, so the clone cannot authenticate.`, fix: 'Set dags.gitSync.sshKeySecret (and knownHosts) or use an HTTPS URL.' });
    }
    const branch = get('branch');
    const rev = get('rev');
    if ((typeof branch !== 'string' || !branch.trim()) && (typeof rev !== 'string' || !rev.trim())) {
      ctx.report([...GIT_SYNC, 'branch'], { message: 'dags.gitSync.branch (and rev) are empty; git-sync does not know what to check out.', fix: 'Set dags.gitSync.branch, e.g. main.' });
    } else if (!ctx.isSet([...GIT_SYNC, 'branch']) && !ctx.isSet([...GIT_SYNC, 'rev']) && ctx.isSet([...GIT_SYNC, 'repo'])) {
      ctx.report([...GIT_SYNC, 'branch'], { message: `dags.gitSync.branch is unset, so the chart default ${show(branch)} is checked out of your repository.`, fix: 'Set dags.gitSync.branch to the branch your DAGs live on.' });
    }
    const subPath = get('subPath');
    if (typeof subPath === 'string' && (subPath.startsWith('/') || subPath.split('/').includes('..'))) {
      ctx.report([...GIT_SYNC, 'subPath'], { message: `dags.gitSync.subPath ${show(subPath)} must be a path inside the repository (no leading / or ..).`, fix: 'Use a relative path such as dags.' });
    } else if (!ctx.isSet([...GIT_SYNC, 'subPath']) && ctx.isSet([...GIT_SYNC, 'repo'])) {
      ctx.report([...GIT_SYNC, 'subPath'], { severity: 'warning', message: `dags.gitSync.subPath is unset, so the chart default ${show(subPath)} is used inside your repository.`, fix: 'Set dags.gitSync.subPath to the DAG folder of your repository.' });
    }
    const period = get('period');
    if (period !== undefined && period !== null) {
      const seconds = typeof period === 'string' ? parseGoDuration(period) : undefined;
      if (seconds === undefined) {
        ctx.report([...GIT_SYNC, 'period'], { message: `dags.gitSync.period ${show(period)} is not a Go duration; git-sync exits at start.`, fix: `Write it with a unit, e.g. "${typeof period === 'number' ? `${period}s` : '60s'}".` });
      } else if (seconds < ctx.policy.gitSyncMinPeriodSeconds) {
        ctx.report([...GIT_SYNC, 'period'], {
          severity: 'warning',
          message: `dags.gitSync.period ${show(period)}${ctx.isSet([...GIT_SYNC, 'period']) ? '' : ' (chart default)'} is shorter than the policy minimum of ${ctx.policy.gitSyncMinPeriodSeconds}s; every pod polls the git server that often.`,
          fix: `Set dags.gitSync.period to at least "${ctx.policy.gitSyncMinPeriodSeconds}s".`,
        });
      }
    }
  },
};
