/**
 * ruff's own AIR fixtures as an oracle: every diagnostic ruff's snapshots record (rebuilt into
 * test/dags/data/ruff-air-expectations.json by scripts/ruff-fixtures/extract.mjs) must be matched by a
 * lint-dags finding naming the same symbol (on the same line, or on the import for import rules), or be
 * listed below with the reason we differ. Per ruff migration code the match rate must be ≥ 95%.
 * The fixtures come from scripts/ruff-fixtures/fetch.mjs (GitHub or a local ruff repository; ruff's
 * sdist excludes them), checked by sha256; without them the test skips, unless
 * AIRFLOW_GITOPS_REQUIRE_RUFF_FIXTURES=1 (set by `npm run accuracy`).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkGeneratedSection } from '../helpers/doc-section.js';
import { lint } from './helpers.js';
import { MIGRATION_CODES, matchDiagnostic, type RuffDiagnostic, type RuffExpectations } from './ruff-oracle/match.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const expectations = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/dags/data/ruff-air-expectations.json'), 'utf8')) as RuffExpectations;

/** Where fetch.mjs put the fixtures, or why they are not there. */
function fixtureDir(): { dir?: string; why?: string } {
  try {
    return { dir: execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/ruff-fixtures/fetch.mjs'), '--path'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim() };
  } catch (error) {
    return { why: String((error as { stderr?: string }).stderr ?? error).trim() };
  }
}

/**
 * ruff diagnostics we do not match, by `fixture:line:symbol`, with the reason. An unmatched diagnostic
 * missing here fails the test; an entry that is matched after all fails it too (the list stays true).
 */
const UNMATCHED: Record<string, string> = {
  'AIR311_names.py:73:datasets':
    'Airflow 3.1.8 accepts `DatasetOrTimeSchedule(datasets=…)` (with the class\'s own deprecation warning, which DAG201 reports on the import); the `assets=` name belongs to its replacement AssetOrTimeSchedule.',
  'AIR301_args.py:108:appbuilder': 'Airflow 3.1 still accepts `FabAuthManager(None)` (its first parameter is now `context=None`), so nothing fails: not reported.',
};

/**
 * ruff says these still work (AIR311/AIR312/AIR321: "still works in Airflow 3.0"), lint-dags reports
 * an error: each checked to fail to import on Airflow 3.1.8 (`import_module(...)`, `getattr(...)`).
 */
const ERROR_WHERE_RUFF_SAYS_STILL_WORKS: Record<string, string> = {
  'AIR311_names.py:52:airflow.io.store.attach': 'airflow.io.store is gone on 3.1.8 (ModuleNotFoundError)',
  'AIR311_names.py:98:airflow.models.DagParam': 'airflow.models has no DagParam on 3.1.8',
  'AIR311_names.py:99:airflow.models.ParamsDict': 'airflow.models has no ParamsDict on 3.1.8',
  'AIR311_names.py:106:airflow.models.param.DagParam': 'airflow.models.param has no DagParam on 3.1.8',
};

/** ruff codes lint-dags does not aim at, with why (counted in the table, not held to 95%). */
const OUT_OF_SCOPE: Record<string, string> = {
  AIR001: 'style: task variable name vs task_id',
  AIR002: 'style: DAG without an explicit schedule (DAG406 reports a missing schedule in its own way)',
  AIR003: 'style: Variable.get outside a task (DAG501 reports parse-time Variable access in its own way)',
  AIR004: 'style: suggests a newer API',
  AIR201: 'style: XCom pull in templates',
  AIR202: 'style: TaskFlow inference',
  AIR304: 'runtime values in DAG arguments: only start_date is checked (DAG409); other arguments are not',
};

interface CodeTally {
  total: number;
  matched: number;
  /** Matched findings by severity: ruff's AIR301 is "removed", but what 3.1 still runs is no error of ours. */
  bySeverity: Record<string, number>;
}

const { dir, why } = fixtureDir();
const required = process.env.AIRFLOW_GITOPS_REQUIRE_RUFF_FIXTURES === '1';
const describeIf = dir || required ? describe : describe.skip;
if (!dir && !required) process.stderr.write(`ruff-oracle skipped: ${why}\n`);

describeIf(`ruff ${expectations.ruffVersion} AIR fixtures as an oracle`, () => {
  const tally = new Map<string, CodeTally>();
  const unmatched: Array<{ key: string; d: RuffDiagnostic }> = [];
  /** Matched at error level where ruff calls the name still working. */
  const strictlyErrors: string[] = [];

  beforeAll(async () => {
    if (!dir) throw new Error(`ruff fixtures are required (AIRFLOW_GITOPS_REQUIRE_RUFF_FIXTURES=1) but absent: ${why}`);
    for (const [name, fixture] of Object.entries(expectations.fixtures)) {
      const { findings } = await lint(fs.readFileSync(path.join(dir, name), 'utf8'), {}, {}, `dags/${name}`);
      for (const d of fixture.diagnostics) {
        const t = tally.get(d.code) ?? { total: 0, matched: 0, bySeverity: {} };
        tally.set(d.code, t);
        t.total++;
        // Style codes are not compared: a symbol they name (`DAG`) would match unrelated findings.
        if (!(MIGRATION_CODES as readonly string[]).includes(d.code)) continue;
        const match = matchDiagnostic(d, findings);
        if (match) {
          t.matched++;
          t.bySeverity[match.severity] = (t.bySeverity[match.severity] ?? 0) + 1;
          if (match.severity === 'error' && / still works /.test(d.kind)) strictlyErrors.push(`${name}:${d.line}:${d.symbol}`);
        } else unmatched.push({ key: `${name}:${d.line}:${d.symbol}`, d });
      }
    }
  });

  it('every unmatched migration diagnostic is listed with a reason, and every listed one is really unmatched', () => {
    expect(unmatched.map((u) => u.key).filter((k) => !(k in UNMATCHED))).toEqual([]);
    expect(Object.keys(UNMATCHED).filter((k) => !unmatched.some((u) => u.key === k))).toEqual([]);
  });

  it('an error where ruff says the name still works is one Airflow 3.1.8 really fails to import (listed, checked)', () => {
    expect(strictlyErrors.filter((k) => !(k in ERROR_WHERE_RUFF_SAYS_STILL_WORKS))).toEqual([]);
    expect(Object.keys(ERROR_WHERE_RUFF_SAYS_STILL_WORKS).filter((k) => !strictlyErrors.includes(k))).toEqual([]);
  });

  it.each(MIGRATION_CODES.map((c) => [c]))('%s: at least 95%% of ruff\'s diagnostics matched by symbol', (code) => {
    const t = tally.get(code);
    expect(t?.total).toBeGreaterThan(0);
    expect(t!.matched / t!.total).toBeGreaterThanOrEqual(0.95);
  });

  it('every ruff code in the snapshots is either held to 95% or listed as not compared, with why', () => {
    expect([...tally.keys()].filter((c) => !(MIGRATION_CODES as readonly string[]).includes(c) && !OUT_OF_SCOPE[c])).toEqual([]);
  });

  it('docs/accuracy.md shows the figures of this run', () => {
    const pct = (t: CodeTally) => `${((100 * t.matched) / t.total).toFixed(1)}%`;
    const levels = (t: CodeTally) => (['error', 'warning', 'note'] as const).map((s) => `${t.bySeverity[s] ?? 0}`).join(' / ');
    const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, t]) =>
      OUT_OF_SCOPE[code] ? `| ${code} | ${t.total} | — | — | — | not compared: ${OUT_OF_SCOPE[code]} |` : `| ${code} | ${t.total} | ${t.matched} | ${pct(t)} | ${levels(t)} | Airflow 3 migration: held to ≥ 95% |`,
    );
    const misses = unmatched.map((u) => `- ${u.d.code} \`${u.key}\`: ${UNMATCHED[u.key] ?? 'NOT LISTED'}`);
    const rendered = [
      `Fixtures: ruff ${expectations.ruffVersion} (commit ${expectations.ruffCommit.slice(0, 12)}), ${Object.keys(expectations.fixtures).length} files of crates/ruff_linter/resources/test/fixtures/airflow, ${[...tally.values()].reduce((n, t) => n + t.total, 0)} diagnostics in ruff's snapshots.`,
      '',
      '| ruff code | ruff diagnostics | matched by lint-dags | % | matched as error / warning / note | scope |',
      '|---|---:|---:|---:|---|---|',
      ...rows,
      '',
      'Unmatched Airflow 3 migration diagnostics, and why:',
      '',
      ...(misses.length ? misses : ['- none']),
      '',
      'Errors where ruff says the name still works on Airflow 3.0 (each fails to import on 3.1.8):',
      '',
      ...(strictlyErrors.length ? strictlyErrors.map((k) => `- \`${k}\`: ${ERROR_WHERE_RUFF_SAYS_STILL_WORKS[k] ?? 'NOT LISTED'}`) : ['- none']),
    ].join('\n');
    const { stale, hint } = checkGeneratedSection(path.join(REPO_ROOT, 'docs/accuracy.md'), 'ruff-air-fixtures', rendered);
    if (stale) throw new Error(hint);
  });
});
