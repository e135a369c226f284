import { Writable } from 'node:stream';
import type { CliCommand } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/main.js';

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return { stream, text: () => text };
}

/** Runs the CLI in-process with captured stdout/stderr, optionally from another working directory. */
export async function runCliCaptured(argv: string[], commands: CliCommand[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  const out = capture();
  const err = capture();
  const prev = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await runCli(argv, commands, { out: out.stream, err: err.stream });
    return { code, out: out.text(), err: err.text() };
  } finally {
    if (cwd) process.chdir(prev);
  }
}
