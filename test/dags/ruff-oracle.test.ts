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
  'AIR301_args.py:108:appbuilder': 'Airflow 3.1 still accepts `FabAuthManager(None)` (its first parameter is now `context=None`), so nothing fails: not reported.',
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
}

const { dir, why } = fixtureDir();
const required = process.env.AIRFLOW_GITOPS_REQUIRE_RUFF_FIXTURES === '1';
const describeIf = dir || required ? describe : describe.skip;
if (!dir && !required) process.stderr.write(`ruff-oracle skipped: ${why}\n`);

describeIf(`ruff ${expectations.ruffVersion} AIR fixtures as an oracle`, () => {
  const tally = new Map<string, CodeTally>();
  const unmatched: Array<{ key: string; d: RuffDiagnostic }> = [];

  beforeAll(async () => {
    if (!dir) throw new Error(`ruff fixtures are required (AIRFLOW_GITOPS_REQUIRE_RUFF_FIXTURES=1) but absent: ${why}`);
    for (const [name, fixture] of Object.entries(expectations.fixtures)) {
      const { findings } = await lint(fs.readFileSync(path.join(dir, name), 'utf8'), {}, {}, `dags/${name}`);
      for (const d of fixture.diagnostics) {
        const t = tally.get(d.code) ?? { total: 0, matched: 0 };
        tally.set(d.code, t);
        t.total++;
        if (matchDiagnostic(d, findings)) t.matched++;
        else if ((MIGRATION_CODES as readonly string[]).includes(d.code)) unmatched.push({ key: `${name}:${d.line}:${d.symbol}`, d });
      }
    }
  });

  it('every unmatched migration diagnostic is listed with a reason, and every listed one is really unmatched', () => {
    expect(unmatched.map((u) => u.key).filter((k) => !(k in UNMATCHED))).toEqual([]);
    expect(Object.keys(UNMATCHED).filter((k) => !unmatched.some((u) => u.key === k))).toEqual([]);
  });

  it.each(MIGRATION_CODES.map((c) => [c]))('%s: at least 95%% of ruff\'s diagnostics matched by symbol', (code) => {
    const t = tally.get(code);
    expect(t?.total).toBeGreaterThan(0);
    expect(t!.matched / t!.total).toBeGreaterThanOrEqual(0.95);
  });

  it('docs/accuracy.md shows the figures of this run', () => {
    const pct = (t: CodeTally) => `${((100 * t.matched) / t.total).toFixed(1)}%`;
    const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, t]) => `| ${code} | ${t.total} | ${t.matched} | ${pct(t)} | ${OUT_OF_SCOPE[code] ?? 'Airflow 3 migration: held to ≥ 95%'} |`);
    const misses = unmatched.map((u) => `- ${u.d.code} \`${u.key}\`: ${UNMATCHED[u.key] ?? 'NOT LISTED'}`);
    const rendered = [
      `Fixtures: ruff ${expectations.ruffVersion} (commit ${expectations.ruffCommit.slice(0, 12)}), ${Object.keys(expectations.fixtures).length} files of crates/ruff_linter/resources/test/fixtures/airflow, ${[...tally.values()].reduce((n, t) => n + t.total, 0)} diagnostics in ruff's snapshots.`,
      '',
      '| ruff code | ruff diagnostics | matched by lint-dags | % | scope |',
      '|---|---:|---:|---:|---|',
      ...rows,
      '',
      'Unmatched Airflow 3 migration diagnostics, and why:',
      '',
      ...(misses.length ? misses : ['- none']),
    ].join('\n');
    const { stale, hint } = checkGeneratedSection(path.join(REPO_ROOT, 'docs/accuracy.md'), 'ruff-air-fixtures', rendered);
    if (stale) throw new Error(hint);
  });
});
