import * as fs from 'node:fs';
import * as path from 'node:path';
import { USER_DAG } from '../helpers/user-files.js';
import { lint } from './helpers.js';

const here = path.dirname(new URL(import.meta.url).pathname);

describe("the user's DAG", () => {
  it('original (Airflow 2 style): exactly the findings that break it on Airflow 3', async () => {
    const code = fs.readFileSync(USER_DAG, 'utf8');
    const { findings, summaries } = await lint(code, {}, {}, 'dags/detect_and_retrain.py');
    const got = findings.map((f) => `${f.ruleId} ${f.severity} ${f.range?.startLine}:${f.range?.startColumn} ${f.message}`).sort();
    expect(got).toEqual([
      expect.stringMatching(/^DAG101 error 3:1 `airflow\.utils\.dates\.days_ago` was removed in Airflow 3/),
      expect.stringMatching(/^DAG201 warning 2:1 `airflow\.decorators\.dag`, `airflow\.decorators\.task` are deprecated in Airflow 3/),
      expect.stringMatching(/^DAG301 error 16:16 Undefined name `compute_cosine_drift`/),
      expect.stringMatching(/^DAG301 error 28:39 Undefined name `rayjob_manifest`/),
      expect.stringMatching(/^DAG503 warning 4:1 `kubernetes` is imported at module level/),
    ]);
    // The DAG model as Airflow would build it.
    expect(summaries).toEqual([
      {
        dagId: 'detect_and_retrain',
        line: 9,
        tasks: ['compute_drift', 'gate', 'skip', 'submit_rayjob'],
        edges: [
          ['compute_drift', 'gate'],
          ['gate', 'skip'],
          ['gate', 'submit_rayjob'],
        ],
        dynamic: false,
        registered: true,
      },
    ]);
  });

  it('ported dags/detect_and_retrain.py is lint-clean', async () => {
    const file = path.resolve(here, '../../dags/detect_and_retrain.py');
    const { findings, summaries } = await lint(fs.readFileSync(file, 'utf8'), {}, {}, 'dags/detect_and_retrain.py');
    expect(findings).toEqual([]);
    expect(summaries[0].tasks).toEqual(['compute_drift', 'gate', 'skip', 'submit_rayjob']);
  });
});
