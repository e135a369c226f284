import { neutralizeWorkflowCommands } from '../../src/report/workflow-commands.js';
import { runnerCommands } from '../helpers/runner-commands.js';

/** The commands left once the neutralizer's own stop-commands line is set aside. */
const forged = (log: string) => runnerCommands(log).filter((c) => !/^::stop-commands::airflow-gitops-[\w-]+$/.test(c));

describe('neutralizeWorkflowCommands', () => {
  const hostile = [
    'dags/x.py\n::error file=forged.py::forged',
    'dags/x.py\r::add-mask::visible',
    'dag_id a\n  ::stop-commands::abc\n::error::after a forged stop',
    'dags/x.py\n##[error]legacy form',
    '::warning::at the very start',
  ];
  it.each(hostile.map((h) => [JSON.stringify(h), h]))('leaves the runner no command to act on in %s', (_label, text) => {
    expect(runnerCommands(text).length).toBeGreaterThan(0); // the attack works unescaped…
    expect(forged(neutralizeWorkflowCommands(text))).toEqual([]); // …and not once neutralized
  });

  it('keeps the text itself readable inside the block', () => {
    const out = neutralizeWorkflowCommands('a\n::error::b', () => 'T');
    expect(out).toBe('::stop-commands::airflow-gitops-T\na\n::error::b\n::airflow-gitops-T::');
  });

  it('keeps a last line ended when the text ended it, with the closing marker on a line of its own', () => {
    expect(neutralizeWorkflowCommands('a\n::error::b\n', () => 'T')).toBe('::stop-commands::airflow-gitops-T\na\n::error::b\n::airflow-gitops-T::\n');
  });

  it('cannot be closed early by a text that guesses a fixed token', () => {
    const text = 'x\n::airflow-gitops-T::\n::error::forged';
    expect(forged(neutralizeWorkflowCommands(text))).toEqual([]);
  });

  it('returns ordinary text unchanged', () => {
    const text = 'dags/a.py:3:1: DAG101 [error] `airflow.utils.dates.days_ago` was removed :: see docs';
    expect(neutralizeWorkflowCommands(text)).toBe(text);
  });
});
