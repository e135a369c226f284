/**
 * Which value paths a chart's templates read, found by scanning them (not by evaluating them): every
 * `.Values.a.b.c` chain, `index .Values "a" "b"` with literal keys, and a dynamic key as a wildcard.
 * Reading a path counts as reading everything below it: `toYaml`, `range`, `with`, `tpl` and helper
 * arguments all hand a subtree on whole, and the scan does not follow them. Where the templates hand
 * the whole `.Values` to a helper, any field chain a template spells out may start at the root, so
 * those count too. The result over-approximates the reads: a path it calls unread is never read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A path segment `*` matches any key. */
export type ReadPath = string[];

export interface ChartReads {
  /** Paths the templates read (each with everything below it). */
  paths: ReadPath[];
}

const IDENT = '[A-Za-z_][A-Za-z0-9_]*';
const CHAIN_RE = new RegExp(`((?:\\.${IDENT})+)`, 'g');
/** `index .Values "a" "b"`, `get .Values "a"`, `dig`/`hasKey` alike: literal keys, then a dynamic one. */
const INDEX_RE = /(?:index|get|hasKey|dig)\s+\(?\s*\$?\.Values\s*\)?((?:\s+(?:"[^"]*"|\$?[A-Za-z_.][A-Za-z0-9_.]*))+)/g;
/** `get (get .Values .key) "serviceAccount"` (_helpers.yaml): field `serviceAccount` of a component chosen at run time. */
const DYNAMIC_COMPONENT_RE = /get\s+\(\s*get\s+\$?\.Values\s+[$.][A-Za-z0-9_.]*\s*\)\s+"([^"]+)"/g;

function templateFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...templateFiles(p));
    else out.push(p);
  }
  return out;
}

export function chartReads(chartDir: string): ChartReads | undefined {
  const templates = path.join(chartDir, 'templates');
  if (!fs.existsSync(templates)) return undefined;
  const paths: ReadPath[] = [];
  const rootCandidates: ReadPath[] = [];
  let escapes = false;
  for (const file of templateFiles(templates)) {
    // Only template actions are code; the rest of the file is output text.
    const text = fs.readFileSync(file, 'utf8');
    for (const action of text.matchAll(/\{\{([\s\S]*?)\}\}/g)) {
      const code = action[1].replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"/g, (s) => s.replace(/\./g, '\u0000'));
      for (const m of code.matchAll(CHAIN_RE)) {
        const segments = m[1].slice(1).split('.');
        const before = code.slice(0, m.index);
        // `.Values` with no field after it: the whole tree goes to a helper or a function (escapes), except as index's argument.
        const valuesAt = segments.indexOf('Values');
        if (valuesAt >= 0) {
          const rest = segments.slice(valuesAt + 1);
          if (rest.length) paths.push(rest);
          else if (!/index\s+\(?\s*$/.test(before)) escapes = true;
        } else {
          rootCandidates.push(segments);
        }
      }
      // Restore the string literals for `index .Values "a" "b"`.
      const withStrings = action[1];
      const dynamicComponent = [...withStrings.matchAll(DYNAMIC_COMPONENT_RE)];
      for (const m of dynamicComponent) paths.push(['*', m[1]]);
      for (const m of dynamicComponent.length ? [] : withStrings.matchAll(INDEX_RE)) {
        const args = m[1].trim().split(/\s+/);
        const p: string[] = [];
        for (const a of args) {
          if (a.startsWith('"')) p.push(a.slice(1, -1));
          else {
            p.push('*');
            break;
          }
        }
        paths.push(p);
      }
    }
  }
  if (escapes) paths.push(...rootCandidates);
  return { paths };
}

const matches = (readSeg: string, seg: string) => readSeg === '*' || readSeg === seg;

/** Whether the templates read this path, an ancestor of it, or something below it. */
export function isRead(reads: ChartReads, valuePath: string[]): boolean {
  return reads.paths.some((r) => {
    const n = Math.min(r.length, valuePath.length);
    for (let i = 0; i < n; i++) if (!matches(r[i], valuePath[i])) return false;
    return true;
  });
}
