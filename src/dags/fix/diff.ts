/**
 * A unified diff of two texts (what `--diff` prints, `diff -u` style with 3 lines of context).
 * Line-based LCS over the part between the common prefix and suffix: fixes touch few lines.
 */
export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops = middleOps(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf));
  // Full op list: ' ' keep, '-' delete, '+' insert, each with its line.
  const all: Array<[string, Line]> = [...a.slice(0, pre).map((l): [string, Line] => [' ', l]), ...ops, ...a.slice(a.length - suf).map((l): [string, Line] => [' ', l])];
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let i = 0;
  let aLine = 1;
  let bLine = 1;
  while (i < all.length) {
    if (all[i][0] === ' ') {
      i++;
      aLine++;
      bLine++;
      continue;
    }
    // A hunk: back up `context` lines, run until `2*context` unchanged lines in a row.
    const back = Math.min(context, countKeepsBefore(all, i));
    const start = i - back;
    const aStart = aLine - back;
    const bStart = bLine - back;
    let end = i;
    let keeps = 0;
    while (end < all.length) {
      if (all[end][0] === ' ') {
        keeps++;
        if (keeps > 2 * context) break;
      } else keeps = 0;
      end++;
    }
    end -= Math.max(0, keeps - context);
    const hunk = all.slice(start, end);
    const aCount = hunk.filter(([k]) => k !== '+').length;
    const bCount = hunk.filter(([k]) => k !== '-').length;
    out.push(`@@ -${aCount ? aStart : aStart - 1},${aCount} +${bCount ? bStart : bStart - 1},${bCount} @@`);
    for (const [k, l] of hunk) out.push(k + l.text + (l.eol ? '' : '\n\\ No newline at end of file'));
    for (const [k] of all.slice(i, end)) {
      if (k !== '+') aLine++;
      if (k !== '-') bLine++;
    }
    i = end;
  }
  return out.join('\n') + '\n';
}

interface Line {
  text: string;
  eol: boolean;
}

function splitLines(text: string): Line[] {
  const parts = text.split('\n');
  const lines = parts.map((t, i) => ({ text: t.replace(/\r$/, ''), eol: i < parts.length - 1 }));
  if (lines.length && lines[lines.length - 1].text === '' && !lines[lines.length - 1].eol) lines.pop();
  return lines;
}

function countKeepsBefore(all: Array<[string, Line]>, i: number): number {
  let n = 0;
  while (i - n - 1 >= 0 && all[i - n - 1][0] === ' ') n++;
  return n;
}

function same(x: Line, y: Line): boolean {
  return x.text === y.text && x.eol === y.eol;
}

function middleOps(a: Line[], b: Line[]): Array<[string, Line]> {
  if (a.length * b.length > 4_000_000) return [...a.map((l): [string, Line] => ['-', l]), ...b.map((l): [string, Line] => ['+', l])];
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = same(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: Array<[string, Line]> = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(a[i], b[j])) {
      ops.push([' ', a[i]]);
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(['-', a[i++]]);
    else ops.push(['+', b[j++]]);
  }
  return ops;
}
