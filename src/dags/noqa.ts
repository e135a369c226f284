import type { Finding } from '../core/finding.js';
import type { SourceText } from './ast.js';

const NOQA = /#\s*noqa(?::\s*([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*))?/i;

/** Drops findings suppressed by `# noqa` (all rules) or `# noqa: DAG301,undefined-name` on their first line. */
export function applyNoqa(findings: Finding[], src: SourceText): Finding[] {
  const cache = new Map<number, Set<string> | 'all' | null>();
  const codesOn = (line: number) => {
    if (!cache.has(line)) {
      const m = NOQA.exec(src.lineText(line));
      cache.set(line, !m ? null : m[1] ? new Set(m[1].split(',').map((s) => s.trim().toUpperCase())) : 'all');
    }
    return cache.get(line)!;
  };
  return findings.filter((f) => {
    if (!f.range) return true;
    const codes = codesOn(f.range.startLine);
    if (codes === null) return true;
    if (codes === 'all') return false;
    return !codes.has(f.ruleId.toUpperCase()) && !codes.has(f.ruleName.toUpperCase());
  });
}
