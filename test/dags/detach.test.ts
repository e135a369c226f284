import { detachString, detachStrings } from '../../src/core/detach.js';

describe('detached strings', () => {
  it('copies text exactly, lone surrogates and all', () => {
    const text = 'dag_id = "nightly_etl"\n' + 'x'.repeat(5000) + '\ud800 tail';
    const slice = text.slice(10, 21);
    expect(detachString(slice)).toBe('nightly_etl');
    expect(detachString('\ud800 tail')).toBe('\ud800 tail');
    expect(detachString('')).toBe('');
  });

  it('walks findings and summaries, leaving shapes and non-strings alone', () => {
    const value = { file: 'dags/a.py', findings: [{ ruleId: 'DAG101', message: 'm', range: { startLine: 1 }, edits: { edits: [{ newText: 'n' }] } }], syntaxOk: true, summaries: [{ dagId: 'd', taskIds: ['a', 'b'] }] };
    expect(detachStrings(structuredClone(value))).toEqual(value);
  });
});
