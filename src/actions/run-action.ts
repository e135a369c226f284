import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import type { CheckResult } from '../core/check.js';
import { countBySeverity, failsAt, parseFailOn, UsageError, type FailOn } from '../core/finding.js';
import { installSecretMasker, redact } from '../core/secrets.js';
import { emitAnnotations } from '../report/annotations.js';
import { buildSummary } from '../report/summary.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { neutralizeWorkflowCommands } from '../report/workflow-commands.js';

// Every action entry imports this module first thing: from here on secrets are masked in the log.
installSecretMasker((value) => core.setSecret(value));

export interface ReportOptions {
  failOn: FailOn;
  sarifFile?: string;
  /** Annotate only these files (annotate: changed); undefined = all. */
  annotateFiles?: Set<string>;
}

/** Inputs every check action shares, parsed once at the edge. */
/** core.info for lines that may hold names from the user's repository (see neutralizeWorkflowCommands). */
export function logLine(line: string): void {
  core.info(neutralizeWorkflowCommands(redact(line)));
}

export function readReportInputs(): Omit<ReportOptions, 'annotateFiles'> {
  const sarif = core.getInput('sarif-file').trim();
  return { failOn: parseFailOn(core.getInput('fail-on')), sarifFile: sarif || undefined };
}

/** The shared tail of every action: annotations, job summary, SARIF, outputs, exit status. */
export async function reportToGitHub(result: CheckResult, options: ReportOptions): Promise<void> {
  core.info(neutralizeWorkflowCommands(formatText(result.findings, result.run)));
  const annotations = emitAnnotations(result.findings, options.annotateFiles);
  const summary = buildSummary(result.findings, result.run, annotations.omitted);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
  const totals = countBySeverity(result.findings);
  core.setOutput('error-count', String(totals.error));
  core.setOutput('warning-count', String(totals.warning));
  if (options.sarifFile) {
    const abs = path.resolve(options.sarifFile);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, formatSarif(result.findings, result.run, result.rules));
    core.setOutput('sarif-file', abs);
  } else {
    core.setOutput('sarif-file', '');
  }
  for (const [k, v] of Object.entries(result.outputs ?? {})) core.setOutput(k, v);
  if (failsAt(result.findings, options.failOn)) {
    core.setFailed(`${result.run.tool}: ${totals.error} error(s), ${totals.warning} warning(s) at fail-on=${options.failOn}.`);
  }
}

/** Runs an action body; expected errors fail with one sentence, unexpected ones exit 2. */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (e instanceof UsageError) {
      core.setFailed(redact(e.message));
      return;
    }
    core.debug(redact((e as Error).stack ?? String(e)));
    core.setFailed(`Internal error: ${redact((e as Error).message ?? String(e))}`);
    process.exitCode = 2;
  }
}
