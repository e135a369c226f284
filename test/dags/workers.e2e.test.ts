import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultConfig } from '../../src/core/config.js';
import { lintDags } from '../../src/dags/engine.js';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

describe('worker threads (the bundled CLI on a large tree)', () => {
  it('give the same findings as the single-threaded engine', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'workers-'));
    fs.mkdirSync(path.join(root, 'dags'));
    for (let i = 0; i < 240; i++) {
      const body = [
        'import pendulum',
        i % 3 === 0 ? 'from airflow.utils.dates import days_ago' : 'from airflow.sdk import DAG',
        `with DAG("dag_${i % 200}", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):`,
        `    print(undefined_${i})`,
        i % 17 === 0 ? 'def broken(:' : '',
      ].join('\n');
      fs.writeFileSync(path.join(root, 'dags', `dag_${i}.py`), body + '\n');
    }
    const res = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli/index.js'), 'lint-dags', 'dags', '--format', 'json', '--fail-on', 'never', '--jobs', '2'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(res.status).toBe(0);
    const viaWorkers = JSON.parse(res.stdout).findings;
    const direct = (await lintDags({ paths: ['dags'], root, config: defaultConfig() })).findings;
    const key = (f: { ruleId: string; file?: string; range?: { startLine: number } }) => `${f.file}:${f.range?.startLine}:${f.ruleId}`;
    expect(viaWorkers.map(key).sort()).toEqual(direct.map(key).sort());
    // Cross-file rules still see every file: dag_0..dag_39 are each defined twice.
    expect(viaWorkers.filter((f: { ruleId: string }) => f.ruleId === 'DAG402').length).toBeGreaterThan(0);
  });
});
