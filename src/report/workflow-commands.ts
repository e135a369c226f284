import { randomUUID } from 'node:crypto';

/**
 * The Actions runner reads any log line that starts with `::` (or the older `##[`) as a workflow
 * command. Our reports and progress lines hold names the user's repository controls — file names,
 * dag_ids, values keys — and a name with a newline in it could forge `::error::`, `::add-mask::`
 * or `::stop-commands::`. Text that would be read as a command is printed between
 * `::stop-commands::<token>` and `::<token>::`, GitHub's own way to print untrusted output: the
 * token is random per call, so the text cannot end the block itself. Text that cannot be mistaken
 * for a command is returned unchanged, so ordinary logs stay as they are.
 */
const COMMAND_LINE = /(^|[\r\n])[ \t]*(::|##\[)/;

export function neutralizeWorkflowCommands(text: string, newToken: () => string = randomUUID): string {
  if (!COMMAND_LINE.test(text)) return text;
  const token = `airflow-gitops-${newToken()}`;
  // The closing marker must be a line of its own; a text that ended its last line keeps doing so.
  const newline = text.endsWith('\n') ? '\n' : '';
  return `::stop-commands::${token}\n${newline ? text : `${text}\n`}::${token}::${newline}`;
}
