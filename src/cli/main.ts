import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CheckResult } from '../core/check.js';
import { VERSION } from '../core/check.js';
import { checkRuleNames, loadConfig } from '../core/config.js';
import { failsAt, parseFailOn, UsageError } from '../core/finding.js';
import { redact } from '../core/secrets.js';
import { closestMatch } from '../core/suggest.js';
import { formatJsonChunks } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { neutralizeWorkflowCommands } from '../report/workflow-commands.js';
import type { CliCommand, OptionDef, OptionSpec } from './command.js';

const COMMON_OPTIONS: OptionSpec = {
  format: { type: 'string', default: 'text', value: 'text|json', description: 'Output format on stdout: ruff-style text lines or one JSON document.' },
  sarif: { type: 'string', value: 'FILE', description: 'Also write the findings as SARIF 2.1.0 to FILE (for code scanning).' },
  config: { type: 'string', value: 'FILE', description: 'Path to .airflow-gitops.yml (default: found upward from the working directory).' },
  'fail-on': { type: 'string', default: 'error', value: 'LEVEL', description: 'Exit 1 on findings at this level or above: error, warning or never.' },
  help: { type: 'boolean', short: 'h', description: 'Print this help and exit.' },
};

/** One row of the option table `--help` prints: the flag with its value placeholder, and what it does. */
function optionRow(name: string, o: OptionDef): [string, string] {
  const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}${o.multiple ? ' …' : ''}`;
  const def = o.type === 'string' && o.default !== undefined ? ` [default: ${String(o.default)}]` : '';
  return [flag, o.description + def];
}

/** `airflow-gitops <command> --help`: what it does, its synopsis, then every option with one line each. */
export function commandHelp(command: CliCommand): string {
  const own = Object.entries(command.options).map(([n, o]) => optionRow(n, o));
  const common = Object.entries(COMMON_OPTIONS).map(([n, o]) => optionRow(n, o));
  const width = Math.max(...[...own, ...common].map(([flag]) => flag.length));
  const table = (rows: [string, string][]) => rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`);
  return [
    command.summary,
    '',
    `Usage: ${command.usage}`,
    ...(own.length ? ['', 'Options:', ...table(own)] : []),
    '',
    'Common options:',
    ...table(common),
    '',
    EXIT_CODES,
  ].join('\n');
}

const EXIT_CODES = 'Exit codes: 0 nothing at the fail level, 1 findings at the fail level, 2 usage or internal error.';

/** node:util parseArgs takes the option table without our descriptions. */
function parseArgsOptions(options: OptionSpec): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(Object.entries(options).map(([name, { description: _d, value: _v, ...o }]) => [name, o]));
}

/**
 * Rejects options the command does not know before the strict parse does: node's own message for
 * them (about positionals after `--`) explains nothing, and a close spelling is usually the intent.
 */
function rejectUnknownOptions(args: string[], options: OptionSpec, command: CliCommand): void {
  const { tokens } = parseArgs({ args, options: parseArgsOptions(options), allowPositionals: true, strict: false, tokens: true });
  const longNames = Object.keys(options);
  for (const t of tokens) {
    if (t.kind !== 'option' || t.name in options || longNames.some((n) => options[n].short === t.name)) continue;
    const match = closestMatch(t.name, longNames);
    const hint = match ? `; did you mean --${match}?` : '.';
    throw new UsageError(`unknown option ${t.rawName} for ${command.name}${hint} See \`airflow-gitops ${command.name} --help\`.`);
  }
}

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
    "Every option of a command: airflow-gitops <command> --help",
    EXIT_CODES,
  ].join('\n');
}

/** Runs the CLI; returns the exit code instead of exiting so tests can call it in-process. */
export interface CliIo {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream;
}

export async function runCli(argv: string[], commands: CliCommand[], io: CliIo = { out: process.stdout, err: process.stderr }, entryScript?: string): Promise<number> {
  // On a runner the log is parsed for workflow commands, and our output holds names from the user's
  // repository: anything that would read as a command is printed inside a stop-commands block.
  const guard = process.env.GITHUB_ACTIONS === 'true' ? neutralizeWorkflowCommands : (s: string) => s;
  const write = (s: string) => io.out.write(guard(s));
  const log = (s: string) => io.err.write(guard(redact(s)) + '\n');
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
    const options = { ...COMMON_OPTIONS, ...command.options };
    if (rest.includes('--help') || rest.includes('-h')) {
      write(commandHelp(command) + '\n');
      return 0;
    }
    rejectUnknownOptions(rest, options, command);
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: parseArgsOptions(options), allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(`${(e as Error).message}\nUsage: ${command.usage}`);
    }
    const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
    const format = String(values.format);
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got "${format}").`);
    const failOn = parseFailOn(values['fail-on'] as string);
    const cwd = process.cwd();
    const config = loadConfig(values.config as string | undefined, cwd);
    if (Object.keys(config.rules).length) {
      // Every check's rule metadata is loaded only when the config names rules.
      const { allRules } = await import('./all-rules.js');
      checkRuleNames(config, allRules());
    }
    const results = await command.run({ cwd, config, values, positionals: parsed.positionals, log, out: write, entryScript });
    emit(results.filter((r) => !r.printed), format, values.sarif as string | undefined, write, io.out.isTTY === true && !process.env.NO_COLOR);
    const decided = results.filter((r) => r.exitCode !== undefined);
    if (decided.length) return Math.max(...decided.map((r) => r.exitCode!));
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
  for (const r of results) {
    if (format === 'json') for (const chunk of formatJsonChunks(r.findings, r.run)) write(chunk);
    else write(formatText(r.findings, r.run, color));
  }
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
