import { randomBytes } from 'node:crypto';
import type { CheckResult } from '../core/check.js';
import { VERSION } from '../core/check.js';
import type { Finding } from '../core/finding.js';
import { registerSecret } from '../core/secrets.js';
import { loadRules, loadValuesFiles } from '../values/load.js';
import { MigrateRun, formatSeconds, type GeneratedSecrets, type ReleaseTarget } from './context.js';
import { buildTarget, secretNames } from './facts.js';
import type { Logger } from './logger.js';
import type { MigrateOptions } from './options.js';
import { clusterPhase } from './phases/cluster.js';
import { databasePhase } from './phases/database.js';
import { collectDiagnostics } from './phases/diagnostics.js';
import { installPhase } from './phases/install.js';
import { migratePhase } from './phases/migrate.js';
import type { PhaseDef } from './phases/phase.js';
import { remoteLogsPhase, remoteLogsSetup } from './phases/remote-logs.js';
import { renderPhase } from './phases/render.js';
import { secretsPhase } from './phases/secrets.js';
import { seedPhase } from './phases/seed.js';
import { SMOKE_RUN_ID, verifyPhase } from './phases/verify.js';
import { commandFailed, migrateRules } from './rules/index.js';
import type { Runner } from './runner.js';

export interface MigrateOutcome {
  result: CheckResult;
  run?: MigrateRun;
}

/** Fernet keys are 32 random bytes, URL-safe base64 with padding. */
function fernetKey(): string {
  return randomBytes(32).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

function token(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

export function generateSecrets(options: MigrateOptions): GeneratedSecrets {
  const g: GeneratedSecrets = {
    dbSuperuserPassword: token(16),
    dbAirflowPassword: token(16),
    fernetKey: fernetKey(),
    jwtSecret: token(32),
    apiSecretKey: token(24),
    adminPassword: options.adminPassword || token(12),
  };
  for (const v of Object.values(g)) registerSecret(v);
  registerSecret(options.wasbConnection);
  return g;
}

/** The ordered phases: render (no cluster yet), setup once, install + migrate per release (old one first when gating), verify the target. */
export function phaseSequence(targets: ReleaseTarget[]): Array<{ phase: PhaseDef; target: ReleaseTarget }> {
  const target = targets[targets.length - 1];
  const seq: Array<{ phase: PhaseDef; target: ReleaseTarget }> = [renderPhase, clusterPhase, databasePhase, remoteLogsPhase, secretsPhase].map((phase) => ({ phase, target: targets[0] }));
  for (const t of targets) {
    seq.push({ phase: installPhase, target: t }, { phase: migratePhase, target: t });
    if (t.label === 'from') seq.push({ phase: seedPhase, target: t });
  }
  seq.push({ phase: verifyPhase, target });
  return seq;
}

function loadTargets(options: MigrateOptions): { targets: ReleaseTarget[]; findings: Finding[]; files: number } {
  const target = loadValuesFiles(options.valuesFiles, options.cwd);
  const findings = [...target.findings];
  const targets: ReleaseTarget[] = [];
  if (options.from) {
    const old = loadValuesFiles(options.from.valuesFiles, options.cwd);
    findings.push(...old.findings.filter((f) => !findings.some((g) => g.file === f.file && g.ruleId === f.ruleId && g.message === f.message)));
    targets.push(buildTarget('from', options, options.from, old.values));
  }
  targets.push(buildTarget('target', options, { chartVersion: options.chartVersion, airflowImage: options.airflowImage, airflowVersion: options.airflowVersion, valuesFiles: options.valuesFiles }, target.values));
  return { targets, findings, files: new Set([...options.valuesFiles, ...(options.from?.valuesFiles ?? [])]).size };
}

/** Runs (or, with dryRun, plans) the whole migration and returns findings, outputs and the summary sections. */
export async function runMigrate(options: MigrateOptions, runner: Runner, log: Logger, dryRun = false): Promise<MigrateOutcome> {
  const started = Date.now();
  const rules = [...migrateRules, ...loadRules];
  const { targets, findings, files } = loadTargets(options);
  const baseRun = { tool: 'migrate-kind', version: VERSION, filesChecked: files };
  if (findings.some((f) => f.severity === 'error')) {
    return { result: { findings, rules, run: { ...baseRun, durationMs: Date.now() - started, details: [['stopped', 'the values files cannot be read; nothing was run']] } } };
  }
  const target = targets[targets.length - 1];
  const names = secretNames(target.values, options.releaseName);
  const run = new MigrateRun(options, runner, log, names, targets, generateSecrets(options), dryRun);
  run.findings.push(...findings);
  const totalMs = options.timeoutMinutes * 60_000;
  let failed = false;
  for (const { phase, target: t } of phaseSequence(targets)) {
    if (!phase.appliesTo(options)) continue;
    const title = targets.length > 1 && ['install', 'migrate'].includes(phase.id) ? `${phase.title} (${t.label === 'from' ? `from chart ${t.chartVersion} / Airflow ${t.airflowVersion}` : `to chart ${t.chartVersion} / Airflow ${t.airflowVersion}`})` : phase.title;
    const ok = await run.runPhase(phase.id, title, Math.max(1000, Math.round(totalMs * phase.share)), () => phase.run(run, t));
    if (!ok) {
      failed = true;
      // Every stop records its reason; this only guards against a phase that failed silently.
      if (!run.findings.some((f) => f.severity === 'error')) run.add(commandFailed, `Phase "${title}" failed.`, undefined, 'error');
      break;
    }
  }
  if (run.report.jobInputsCreated && options.cluster === 'existing') {
    // On a real cluster the admin password / connection URI must not outlive the run.
    await run.exec(run.kubectl(['delete', 'secret', names.jobInputs, '-n', options.namespace, '--ignore-not-found'], { mayFail: true, note: 'remove the one-shot Jobs\' input Secret from the real cluster' }), { diagnostics: true });
  }
  const sections: Array<{ title: string; markdown: string }> = [{ title: 'Phases', markdown: phaseTable(run) }];
  if (run.report.revisions.length) sections.push({ title: 'Migration', markdown: migrationTable(run) });
  if (failed && !dryRun) {
    log.startGroup('diagnostics');
    try {
      const diag = await collectDiagnostics(run);
      run.report.diagnosticsFiles = diag.files;
      sections.push({ title: 'Diagnostics', markdown: diag.markdown });
      log.info(`diagnostics written to ${options.diagnosticsDir} (${diag.files.length} files)`);
    } catch (e) {
      log.warning(`collecting diagnostics failed: ${(e as Error).message}`);
    } finally {
      log.endGroup();
    }
  }
  const last = run.report.revisions[run.report.revisions.length - 1];
  const details: Array<[string, string]> = [
    ['cluster', options.cluster === 'kind' ? `kind ${options.clusterName} (${options.kindNodeImage})` : `existing${options.context ? ` (${options.context})` : ''}`],
    ['release', `${options.releaseName} in ${options.namespace}, chart ${options.chartVersion}, ${options.airflowImage}`],
  ];
  if (options.from) details.push(['upgrade from', `chart ${options.from.chartVersion}, ${options.from.airflowImage}`]);
  if (last) details.push(['alembic revision', `${last.before ?? '(empty)'} → ${last.after ?? '?'}`]);
  if (run.report.idempotencyDetail) details.push(['idempotency', run.report.idempotencyDetail]);
  for (const n of run.report.notes) details.push(['note', n]);
  const outputs: Record<string, string> = {
    'migration-seconds': last?.seconds !== undefined ? last.seconds.toFixed(1) : '',
    'alembic-revision': last?.after ?? '',
    'diagnostics-dir': run.report.diagnosticsFiles.length ? options.diagnosticsDir : '',
    ...remoteLogsOutputs(run),
  };
  return {
    result: { findings: run.findings, rules, run: { ...baseRun, durationMs: Date.now() - started, details, sections }, outputs },
    run,
  };
}

/** With azurite: where the smoke run's task log went, for verify-wasb-logs (upgrade-gate). */
function remoteLogsOutputs(run: MigrateRun): Record<string, string> {
  const setup = remoteLogsSetup(run);
  const smoked = Boolean(run.options.smokeDag) && run.report.notes.some((n) => n.startsWith(`Smoke DAG ${run.options.smokeDag} run ${SMOKE_RUN_ID} succeeded`));
  return {
    'remote-logs-connection': setup?.hostConnectionString ?? '',
    'remote-logs-container': setup?.container ?? '',
    'smoke-run-id': smoked ? SMOKE_RUN_ID : '',
  };
}

function phaseTable(run: MigrateRun): string {
  const rows = run.phases.map((p) => `| ${p.title} | ${p.status === 'ok' ? '✅ ok' : p.status === 'timed out' ? '⏱️ timed out' : '❌ failed'} | ${formatSeconds(p.durationMs, 1)} | ${formatSeconds(p.timeoutMs)} |`);
  return ['| Phase | Status | Duration | Timeout |', '|---|---|---:|---:|', ...rows].join('\n');
}

function migrationTable(run: MigrateRun): string {
  const rows = run.report.revisions.map(
    (r) => `| ${r.label === 'from' ? 'old release' : 'target'} | ${r.chartVersion} | ${r.airflowVersion} | ${r.before ?? '(empty)'} | ${r.after ?? '?'} | ${r.steps} | ${r.seconds !== undefined ? `${r.seconds.toFixed(1)} s` : ''} |`,
  );
  const lines = ['| Release | Chart | Airflow | Revision before | Revision after | Upgrade steps | Duration |', '|---|---|---|---|---|---:|---:|', ...rows];
  if (run.report.idempotent !== undefined) lines.push('', `**Idempotency:** ${run.report.idempotent ? '✅' : '❌'} ${run.report.idempotencyDetail}`);
  return lines.join('\n');
}
