import * as core from '@actions/core';
import { redact } from '../core/secrets.js';
import { neutralizeWorkflowCommands } from '../report/workflow-commands.js';

/** Where progress goes: the Actions log (groups, notices) or the CLI's stderr. Every line is redacted. */
export interface Logger {
  info(line: string): void;
  notice(line: string): void;
  warning(line: string): void;
  startGroup(title: string): void;
  endGroup(): void;
}

export const actionsLogger: Logger = {
  info: (l) => core.info(neutralizeWorkflowCommands(redact(l))),
  notice: (l) => core.notice(redact(l)),
  warning: (l) => core.warning(redact(l)),
  startGroup: (t) => core.startGroup(redact(t)),
  endGroup: () => core.endGroup(),
};

export function lineLogger(write: (line: string) => void): Logger {
  return {
    info: (l) => write(redact(l)),
    notice: (l) => write(`notice: ${redact(l)}`),
    warning: (l) => write(`warning: ${redact(l)}`),
    startGroup: (t) => write(`▶ ${redact(t)}`),
    endGroup: () => undefined,
  };
}
