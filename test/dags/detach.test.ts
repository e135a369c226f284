import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detachFinding, detachString } from '../../src/core/detach.js';
import type { Finding } from '../../src/core/finding.js';

describe('detached strings', () => {
  it('copies text exactly, lone surrogates and all', () => {
    const text = 'dag_id = "nightly_etl"\n' + 'x'.repeat(5000) + '\ud800 tail';
    const slice = text.slice(10, 21);
    expect(detachString(slice)).toBe('nightly_etl');
    expect(detachString('\ud800 tail')).toBe('\ud800 tail');
    expect(detachString('')).toBe('');
    // Strings that mean something special elsewhere (as property keys) come back unchanged.
    for (const key of ['__proto__', '123', '01', 'constructor']) expect(detachString(key)).toBe(key);
  });

  it('releases the text a string was cut from (the copies keep 60 MB of file text alive otherwise)', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept: string[] = [];
    for (let i = 0; i < 60; i++) {
      const text = String.fromCharCode(97 + (i % 26)).repeat(1_000_000) + i;
      // A slice, a concatenation around a slice, and a short slice: the three shapes findings hold.
      kept.push(detachString(text.slice(10, 40)), detachString(`Task \`${text.slice(3, 30)}\` is odd.`), detachString(text.slice(5, 8)));
    }
    gc();
    const grownMb = (process.memoryUsage().heapUsed - before) / 1e6;
    expect(kept[0]).toBe('a'.repeat(30));
    expect(kept[4]).toBe(`Task \`${'b'.repeat(27)}\` is odd.`);
    expect(grownMb).toBeLessThan(20);
  });

  it('detachFinding copies every field a rule builds from the file: message, fix and edits', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept: Finding[] = [];
    for (let i = 0; i < 60; i++) {
      const text = String.fromCharCode(97 + (i % 26)).repeat(1_000_000) + i;
      const finding: Finding = {
        ruleId: 'DAG101',
        ruleName: 'airflow3-removal',
        severity: 'error',
        message: `\`${text.slice(10, 40)}\` was removed.`,
        fix: text.slice(20, 60),
        edits: { safety: 'safe', description: `Import ${text.slice(0, 30)}.`, edits: [{ range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 }, newText: text.slice(100, 140) }] },
        file: 'dags/a.py',
        range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
        docsUrl: 'https://example.invalid/dag101',
      };
      kept.push(detachFinding(finding));
    }
    gc();
    const grownMb = (process.memoryUsage().heapUsed - before) / 1e6;
    expect(kept[1].message).toBe(`\`${'b'.repeat(30)}\` was removed.`);
    expect(kept[1].edits?.edits[0].newText).toBe('b'.repeat(40));
    expect(grownMb).toBeLessThan(20);
  });
});
