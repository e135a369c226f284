import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { CheckResult } from '../core/check.js';
import { VERSION } from '../core/check.js';
import { loadConfig } from '../core/config.js';
import { failsAt, parseFailOn, UsageError } from '../core/finding.js';
import { redact } from '../core/secrets.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import type { CliCommand, OptionSpec } from './command.js';

const COMMON_OPTIONS: OptionSpec = {
  format: { type: 'string', default: 'text' },
  sarif: { type: 'string' },
  config: { type: 'string' },
  'fail-on': { type: 'string', default: 'error' },
  help: { type: 'boolean', short: 'h' },
};

function usage(commands: CliCommand[]): string {
  return [
    `airflow-gitops ${VERSION} — gates Airflow 3 deployments on Kubernetes, the GitOps way.`,
    '',
    'Usage: airflow-gitops <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(16)} ${c.summary}`),
    '',
    'Common options: --format text|json, --sarif FILE, --config FILE, --fail-on error|warning|never',
    'Exit codes: 0 nothing at the fail level, 1 findings at the fail level, 2 usage or internal error.',
  ].join('\n');
}

/** Runs the CLI; returns the exit code instead of exiting so tests can call it in-process. */
export interface CliIo {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream;
}

export async function runCli(argv: string[], commands: CliCommand[], io: CliIo = { out: process.stdout, err: process.stderr }, entryScript?: string): Promise<number> {
  const write = (s: string) => io.out.write(s);
  const log = (s: string) => io.err.write(redact(s) + '\n');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    write(usage(commands) + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    write(VERSION + '\n');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    log(`Unknown command "${name}".\n\n${usage(commands)}`);
    return 2;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { ...COMMON_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(`${(e as Error).message}\nUsage: ${command.usage}`);
    }
    const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
    if (values.help) {
      write(`Usage: ${command.usage}\n\n${command.summary}\n`);
      return 0;
    }
    const format = String(values.format);
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got "${format}").`);
    const failOn = parseFailOn(values['fail-on'] as string);
    const cwd = process.cwd();
    const config = loadConfig(values.config as string | undefined, cwd);
    const results = await command.run({ cwd, config, values, positionals: parsed.positionals, log, out: write, entryScript });
    emit(results, format, values.sarif as string | undefined, write, io.out.isTTY === true && !process.env.NO_COLOR);
    return results.some((r) => failsAt(r.findings, failOn)) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      log(`error: ${e.message}`);
      return 2;
    }
    log(`internal error: ${(e as Error).message}`);
    if (process.env.AIRFLOW_GITOPS_DEBUG) log((e as Error).stack ?? '');
    return 2;
  }
}

function emit(results: CheckResult[], format: string, sarif: string | undefined, write: (s: string) => void, color: boolean): void {
  for (const r of results) write(format === 'json' ? formatJson(r.findings, r.run) : formatText(r.findings, r.run, color));
  if (sarif) {
    // One SARIF file per invocation; with several checks (main), one run per check would need
    // distinct files, so the CLI writes the first check's run and names the others after it.
    results.forEach((r, i) => {
      const file = i === 0 ? sarif : sarif.replace(/(\.sarif)?$/, `.${r.run.tool}$1`);
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      fs.writeFileSync(file, formatSarif(r.findings, r.run, r.rules));
    });
  }
}
