/**
 * The workflow commands the Actions runner would act on in a step's log: a line starting with `::`
 * (leading blanks allowed) or `##[`, except between `::stop-commands::TOKEN` and `::TOKEN::`
 * (the stop-commands line itself is listed: it is a command too).
 */
export function runnerCommands(log: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const raw of log.split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = /^::([\w-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (m && m[1] === 'stop-commands') stopToken = m[2];
    if (m || line.startsWith('##[')) commands.push(line);
  }
  return commands;
}
