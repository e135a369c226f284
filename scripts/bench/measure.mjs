// Measurement discipline shared by the benchmarks: every figure is a whole child process timed by
// /usr/bin/time (the child's own rusage: user + system CPU of it and the children it waited for, and
// its max RSS), contenders of one case run in interleaved rounds so they see the same machine load,
// and each case records the load average before and after it. Ratios are only ever taken between
// medians of the same interleaved case.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TIME_BINARY = '/usr/bin/time';
// wait4() gives the child's rusage in microseconds (GNU time prints only centiseconds, too coarse for a
// 15 ms ruff run). The Python parent's own start-up is not counted: only the waited-for child is.
const RUSAGE_WRAPPER = [
  'import json, os, sys',
  'pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)',
  '_, status, ru = os.wait4(pid, 0)',
  'json.dump({"user": ru.ru_utime, "sys": ru.ru_stime, "maxrss_kib": ru.ru_maxrss}, open(sys.argv[1], "w"))',
  'sys.exit(os.waitstatus_to_exitcode(status) & 255)',
].join('\n');

let python;
/** python3 (≥ 3.9, for waitstatus_to_exitcode) when present, else undefined; probed once. */
function pythonForRusage() {
  if (python === undefined) {
    const candidate = process.env.AIRFLOW_GITOPS_PYTHON || 'python3';
    const probe = spawnSync(candidate, ['-c', 'import os; os.waitstatus_to_exitcode; os.posix_spawn'], { stdio: 'ignore' });
    python = probe.status === 0 ? candidate : null;
  }
  return python ?? undefined;
}
const CLOCK_TICKS = 100; // USER_HZ: 100 on every mainstream Linux

/** True when GNU time is there; without it CPU comes from /proc (no max RSS) or is missing. */
export const haveGnuTime = () => existsSync(TIME_BINARY);

/** CPU seconds of this process's reaped children (Linux /proc/self/stat cutime + cstime), else undefined. */
function childrenCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

function resolveExecutable(command, env) {
  if (command.includes('/')) return command;
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command);
    if (existsSync(candidate)) return candidate;
  }
  return command;
}

/** Parses GNU time's `-f '%U %S %M'` line (the last line of its -o file). */
export function parseTimeOutput(text) {
  const line = text.trim().split('\n').at(-1) ?? '';
  const match = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)$/.exec(line.trim());
  if (!match) throw new Error(`unexpected /usr/bin/time output: ${JSON.stringify(text.slice(0, 200))}`);
  const [user, sys, maxRssKiB] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { userSeconds: user, sysSeconds: sys, cpuSeconds: user + sys, maxRssMB: (maxRssKiB * 1024) / 1e6 };
}

/**
 * Runs argv (no shell) once and measures it. stdout goes to a file (not a pipe this process would have
 * to drain while the child runs); the caller gets its text back.
 * Returns { code, cpuSeconds, userSeconds, sysSeconds, maxRssMB, wallSeconds, stdout, stderr }.
 */
export function timeCommand(argv, { env = process.env, cwd } = {}) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-run-'));
  try {
    const outPath = path.join(scratch, 'stdout');
    const timePath = path.join(scratch, 'time');
    const outFd = openSync(outPath, 'w');
    const wrapper = pythonForRusage();
    const useTime = !wrapper && haveGnuTime();
    // posix_spawn needs a path: resolve a bare command name through PATH first.
    const command = wrapper
      ? [wrapper, '-c', RUSAGE_WRAPPER, timePath, resolveExecutable(argv[0], env), ...argv.slice(1)]
      : useTime ? [TIME_BINARY, '-f', '%U %S %M', '-o', timePath, '--', ...argv] : argv;
    const cpuBefore = wrapper || useTime ? undefined : childrenCpuSeconds();
    const started = process.hrtime.bigint();
    let result;
    try {
      result = spawnSync(command[0], command.slice(1), { cwd, env, stdio: ['ignore', outFd, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    } finally {
      closeSync(outFd);
    }
    const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const stdout = readFileSync(outPath, 'utf8');
    const stderr = String(result.stderr ?? '');
    if (result.error) return { code: -1, wallSeconds, stdout, stderr: String(result.error) };
    let usage;
    if (wrapper) {
      let figures;
      try {
        figures = JSON.parse(readFileSync(timePath, 'utf8'));
      } catch {
        return { code: -1, wallSeconds, stdout, stderr: stderr || 'the rusage wrapper wrote no figures' };
      }
      usage = { userSeconds: figures.user, sysSeconds: figures.sys, cpuSeconds: figures.user + figures.sys, maxRssMB: (figures.maxrss_kib * 1024) / 1e6 };
    } else if (useTime) {
      // GNU time writes "Command exited with non-zero status N" before the figures; the status is ours to judge.
      usage = parseTimeOutput(readFileSync(timePath, 'utf8'));
    } else {
      const after = childrenCpuSeconds();
      usage = { cpuSeconds: cpuBefore === undefined || after === undefined ? undefined : after - cpuBefore };
    }
    return { code: result.status ?? -1, wallSeconds, stdout, stderr, ...usage };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Median, min, max, first and third quartile (linear interpolation) of a non-empty list. */
export function summarize(values) {
  if (!values.length) throw new Error('summarize: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => {
    const pos = (sorted.length - 1) * q;
    const lower = Math.floor(pos);
    const upper = Math.ceil(pos);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (pos - lower);
  };
  return { median: at(0.5), min: sorted[0], max: sorted.at(-1), q1: at(0.25), q3: at(0.75), n: sorted.length };
}

export const loadAverage = () => os.loadavg()[0];
export const cores = () => os.availableParallelism();

/**
 * Runs every contender `rounds` times, interleaved (A B C, B C A, C A B, …: the starting contender
 * rotates so none always runs right after the same other), after one untimed warm-up each when asked
 * (page cache, lazily built caches). Each contender is { label, argv, env?, cwd?, check(run) } where check
 * throws when the output is wrong (a fast wrong run must not count) and may return facts
 * (e.g. { findings }) kept from the last run; optional prepare() returns extra environment for one run.
 * Returns { contenders: [{ label, error?, cpu, wall, maxRssMB, facts }], loadBefore, loadAfter, busy }.
 */
export function interleaved(contenders, { rounds, warmUp = true }) {
  const loadBefore = loadAverage();
  const state = contenders.map((c) => ({ contender: c, cpu: [], wall: [], rss: [], facts: undefined, error: undefined }));
  const runOne = (entry, timed) => {
    if (entry.error) return;
    const { contender } = entry;
    // prepare() gives per-run environment (e.g. a fresh empty cache directory for a cold run).
    const perRun = contender.prepare ? contender.prepare() : {};
    const result = timeCommand(contender.argv, { env: { ...process.env, ...(contender.env ?? {}), ...perRun }, cwd: contender.cwd });
    const okCodes = contender.okCodes ?? [0];
    if (!okCodes.includes(result.code)) {
      const reason = (result.stderr || result.stdout).trim().split('\n').slice(0, 3).join(' ');
      entry.error = `exit code ${result.code}: ${reason || 'no output'}`;
      return;
    }
    try {
      entry.facts = contender.check ? contender.check(result) : undefined;
    } catch (error) {
      entry.error = String(error instanceof Error ? error.message : error);
      return;
    }
    if (!timed) return;
    entry.wall.push(result.wallSeconds);
    if (result.cpuSeconds !== undefined) entry.cpu.push(result.cpuSeconds);
    if (result.maxRssMB !== undefined) entry.rss.push(result.maxRssMB);
  };
  if (warmUp) for (const entry of state) runOne(entry, false);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < state.length; i++) runOne(state[(round + i) % state.length], true);
  }
  const loadAfter = loadAverage();
  return {
    loadBefore,
    loadAfter,
    busy: Math.max(loadBefore, loadAfter) > cores(),
    contenders: state.map((entry) => ({
      label: entry.contender.label,
      error: entry.error,
      facts: entry.facts,
      cpu: entry.cpu.length && entry.cpu.length === entry.wall.length ? summarize(entry.cpu) : undefined,
      wall: entry.wall.length ? summarize(entry.wall) : undefined,
      maxRssMB: entry.rss.length ? Math.max(...entry.rss) : undefined,
    })),
  };
}

const num = (n, digits) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** "0.123 (0.120–0.130)": median and the full range of a summary. */
export const spread = (s, digits = 3) => (s ? `${num(s.median, digits)} (${num(s.min, digits)}–${num(s.max, digits)})` : 'n/a');
export const fmt = num;

/** "1.2 → 3.4" plus a marker when the case ran on a machine busier than its cores. */
export function loadCell(result) {
  return `${result.loadBefore.toFixed(1)} → ${result.loadAfter.toFixed(1)}${result.busy ? ' ⚠' : ''}`;
}

/** The note every section prints under its tables: what the load column means, and a warning when it was high. */
export function loadNote(results) {
  const busy = results.filter((r) => r.busy).length;
  const note = `Load = 1-minute load average before → after the case, on ${cores()} cores.`;
  if (!busy) return note;
  return `${note} **⚠ ${busy} of ${results.length} case(s) ran with load above the core count: the machine was shared, ` +
    'so CPU and wall figures there are inflated (CPU less than wall: cache and frequency effects only); ratios ' +
    'within such a case are still fair (interleaved rounds), absolute figures are not. Re-run on an idle machine.**';
}
