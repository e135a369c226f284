import * as core from '@actions/core';
import { sortFindings, type Finding, type Severity } from '../core/finding.js';
import { redact } from '../core/secrets.js';

/** GitHub shows at most 10 annotations per level per step (and 50 per job). */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationResult {
  emitted: number;
  /** Findings not annotated because of GitHub's limits (counted in the summary instead). */
  omitted: number;
}

type Emit = (message: string, props: core.AnnotationProperties) => void;

const EMITTERS: Record<Severity, Emit> = {
  error: (m, p) => core.error(m, p),
  warning: (m, p) => core.warning(m, p),
  note: (m, p) => core.notice(m, p),
};

/**
 * Emits workflow-command annotations, the most severe first, within GitHub's per-level limit.
 * `onlyFiles` restricts annotations to those files (annotate: changed) without changing findings.
 */
export function emitAnnotations(findings: Finding[], onlyFiles?: Set<string>): AnnotationResult {
  const used: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  let emitted = 0;
  let omitted = 0;
  for (const f of sortFindings(findings)) {
    if (onlyFiles && (!f.file || !onlyFiles.has(f.file))) continue;
    if (used[f.severity] >= ANNOTATIONS_PER_LEVEL) {
      omitted++;
      continue;
    }
    used[f.severity]++;
    emitted++;
    const props: core.AnnotationProperties = { title: `${f.ruleId} ${f.ruleName}` };
    if (f.file) {
      props.file = f.file;
      if (f.range) {
        props.startLine = f.range.startLine;
        props.endLine = f.range.endLine;
        // GitHub only honours columns on single-line annotations.
        if (f.range.startLine === f.range.endLine) {
          props.startColumn = f.range.startColumn;
          props.endColumn = f.range.endColumn;
        }
      }
    }
    const text = f.fix ? `${f.message}\nFix: ${f.fix}` : f.message;
    EMITTERS[f.severity](redact(text), props);
  }
  return { emitted, omitted };
}
