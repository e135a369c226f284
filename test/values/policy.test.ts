import { parseGoDuration } from '../../src/values/go-duration.js';
import { DEFAULT_POLICY, parseValuesPolicy } from '../../src/values/policy.js';
import { editDistance } from '../../src/core/suggest.js';
import { didYouMean } from '../../src/values/suggest.js';

describe('Go durations (git-sync --period)', () => {
  it.each([
    ['60s', 60],
    ['1m30s', 90],
    ['1.5h', 5400],
    ['500ms', 0.5],
    ['0', 0],
    ['-2m', -120],
  ])('%s = %d s', (text, seconds) => expect(parseGoDuration(text)).toBeCloseTo(seconds));
  it.each(['60', '1d', '', 's', '1m30', '5 s'])('%s is rejected', (text) => expect(parseGoDuration(text)).toBeUndefined());
});

describe('values policy', () => {
  it('defaults to KubernetesExecutor and one scheduler', () => {
    expect(parseValuesPolicy(undefined)).toEqual(DEFAULT_POLICY);
  });
  it('reads every key', () => {
    expect(
      parseValuesPolicy({
        'allowed-executors': ['KubernetesExecutor', 'CeleryExecutor'],
        'scheduler-replicas': 2,
        'git-sync-min-period': '30s',
        'require-git-sync': true,
        chart: '1.19.0',
        'chart-repository': 'https://charts.example.com',
      }),
    ).toEqual({
      allowedExecutors: ['KubernetesExecutor', 'CeleryExecutor'],
      schedulerReplicas: 2,
      gitSyncMinPeriodSeconds: 30,
      requireGitSync: true,
      chart: '1.19.0',
      chartRepository: 'https://charts.example.com',
    });
  });
  it.each([
    [{ 'allowed-executors': [] }, /allowed-executors must be a non-empty list/],
    [{ 'git-sync-min-period': '30' }, /must be a Go duration/],
    [{ 'require-git-sync': 'yes' }, /require-git-sync must be true or false/],
    [{ executors: ['x'] }, /unknown key values\.executors/],
    [['x'], /values must be a mapping/],
  ])('rejects %j with one sentence', (raw, message) => expect(() => parseValuesPolicy(raw)).toThrow(message));
});

describe('did-you-mean', () => {
  const keys = ['migrateDatabaseJob', 'createUserJob', 'scheduler', 'webserver', 'apiServer', 'dags'];
  it('knows abbreviations spelling distance cannot reach', () => expect(didYouMean('migrateDBJob', keys)).toBe('migrateDatabaseJob'));
  it('matches case-insensitively and by distance', () => {
    expect(didYouMean('ApiServer', keys)).toBe('apiServer');
    expect(didYouMean('shceduler', keys)).toBe('scheduler');
    expect(didYouMean('createUserJobs', keys)).toBe('createUserJob');
  });
  it('suggests nothing far away', () => expect(didYouMean('kubernetes', keys)).toBeUndefined());
  it('counts a transposition as one edit', () => expect(editDistance('dgas', 'dags')).toBe(1));
});
