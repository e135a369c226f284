/**
 * The DAG model lint-dags prints (`--format json` "dags", SARIF run properties "dags") checked
 * against what Airflow 3.1's real DagBag loads from the hand-written corpus: the same dag_ids, the
 * same task_ids and, for DAGs not marked dynamic, the same edges.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { defaultConfig } from '../../src/core/config.js';
import type { DagModelSummary } from '../../src/core/finding.js';
import { lintDags } from '../../src/dags/engine.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import { HARNESS_DIR, describeAirflow, ensureVenv, runDagBag, type DagBagReport } from './harness.js';

const CORPUS = path.join(HARNESS_DIR, 'corpus', 'handwritten');
const MINUTE = 60_000;

describeAirflow('DAG model in the JSON and SARIF output', () => {
  const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.py')).sort();
  let json: { dags: Record<string, DagModelSummary[]> };
  let sarif: { runs: Array<{ properties?: { dags?: Record<string, DagModelSummary[]> } }> };
  let report: DagBagReport;

  beforeAll(async () => {
    const venv = await ensureVenv('3.1');
    const [result, bag] = await Promise.all([
      lintDags({ paths: files, root: CORPUS, config: defaultConfig() }),
      runDagBag(venv, files.map((f) => path.join(CORPUS, f)), { timeoutMs: 8 * MINUTE }),
    ]);
    json = JSON.parse(formatJson(result.findings, result.run));
    sarif = JSON.parse(formatSarif(result.findings, result.run, result.rules));
    report = bag;
  }, 10 * MINUTE);

  it('JSON and SARIF carry the same model, files in sorted order, with every loaded DAG in it', () => {
    expect(sarif.runs[0].properties?.dags).toEqual(json.dags);
    const keys = Object.keys(json.dags);
    expect(keys).toEqual([...keys].sort());
    expect(keys.length).toBeGreaterThanOrEqual(15);
  });

  it("has DagBag's dag_ids, task_ids and (for static DAGs) edges for every DAG it loads", () => {
    const wrong: string[] = [];
    let compared = 0;
    for (const file of report.files) {
      const ours = json.dags[path.basename(file.path)] ?? [];
      for (const dag of file.dags) {
        const mine = ours.find((d) => d.dagId === dag.dag_id);
        // An id built when the file runs (a factory's f-string) cannot be named: the output must say
        // the file builds a DAG whose id it cannot name.
        if (!mine && ours.some((d) => d.dagId === undefined)) continue;
        if (!mine) {
          wrong.push(`${file.file}: DagBag loads "${dag.dag_id}", the output has ${JSON.stringify(ours.map((d) => d.dagId))}`);
          continue;
        }
        const tasks = [...new Set(mine.tasks)].sort();
        if (mine.dynamic) {
          if (!tasks.filter((t) => t !== '?').every((t) => dag.task_ids.includes(t))) wrong.push(`${dag.dag_id}: tasks ${JSON.stringify(tasks)} not all in ${JSON.stringify(dag.task_ids)}`);
          continue;
        }
        compared++;
        if (JSON.stringify(tasks) !== JSON.stringify([...dag.task_ids].sort())) wrong.push(`${dag.dag_id}: tasks ${JSON.stringify(tasks)} vs DagBag ${JSON.stringify(dag.task_ids)}`);
        const edges = (e: [string, string][]) => e.map(([a, b]) => `${a} -> ${b}`).sort();
        if (JSON.stringify(edges(mine.edges)) !== JSON.stringify(edges(dag.edges))) wrong.push(`${dag.dag_id}: edges ${JSON.stringify(edges(mine.edges))} vs DagBag ${JSON.stringify(edges(dag.edges))}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(15);
  });

  it('has no error-level finding on the files DagBag loads cleanly, and one on every file it rejects', async () => {
    const result = await lintDags({ paths: files, root: CORPUS, config: defaultConfig() });
    const errorFiles = new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.file));
    const rejected = new Set(report.files.filter((f) => f.import_errors.length).map((f) => path.basename(f.path)));
    const cleanWithErrors = files.filter((f) => !rejected.has(f) && errorFiles.has(f));
    const rejectedWithout = [...rejected].filter((f) => !errorFiles.has(f) && f !== 'broken_missing_module.py');
    expect({ cleanWithErrors, rejectedWithout }).toEqual({ cleanWithErrors: [], rejectedWithout: [] });
  });
});
