import { UsageError } from '../core/finding.js';
import type { FileChange } from '../dags/fix/run.js';

/** The lint-dags action's `fix` input. */
export type FixMode = 'off' | 'suggest' | 'commit';

export function parseFixMode(value: string | undefined): FixMode {
  const v = (value ?? '').trim() || 'off';
  if (v === 'off' || v === 'suggest' || v === 'commit') return v;
  throw new UsageError(`fix must be off, suggest or commit (got "${v}").`);
}

/** One review comment holding a ```suggestion block (GitHub's multi-line comment fields). */
export interface SuggestionComment {
  path: string;
  /** Last line replaced, on the pull request's head (RIGHT side). */
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

/**
 * GitHub rejects very large reviews (the limit is not documented as a number; reviews with a few
 * hundred comments fail with 422), so one review carries at most this many suggestions and says
 * how many more a local `lint-dags --fix` would make.
 */
export const MAX_SUGGESTIONS = 50;

/** Lines of each file a review comment may sit on: the RIGHT-side lines of the file's diff hunks, by hunk. */
export function commentableHunks(patch: string | undefined): Array<[number, number]> {
  const hunks: Array<[number, number]> = [];
  if (!patch) return hunks;
  for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) hunks.push([start, start + count - 1]);
  }
  return hunks;
}

interface Hunk {
  /** 1-based first line of `before` replaced, and how many. */
  start: number;
  count: number;
  lines: string[];
}

/** Changed line blocks between two texts (common lines matched greedily around each change). */
function changedBlocks(before: string, after: string): Hunk[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | undefined;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      open = undefined;
      i++;
      j++;
      continue;
    }
    if (!open) hunks.push((open = { start: i + 1, count: 0, lines: [] }));
    if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      open.count++;
      i++;
    } else open.lines.push(b[j++]);
  }
  return hunks;
}

export interface SuggestionPlan {
  comments: SuggestionComment[];
  /** Changes that fall outside the pull request's diff, or over MAX_SUGGESTIONS. */
  notPosted: number;
}

/**
 * The fixes as suggestion comments on the pull request's head. A pure insertion is suggested on
 * the line before it (that line, then the new ones). Only blocks lying inside one diff hunk of the
 * file can carry a comment.
 */
export function planSuggestions(changes: FileChange[], patches: Map<string, string | undefined>): SuggestionPlan {
  const comments: SuggestionComment[] = [];
  let notPosted = 0;
  for (const change of changes) {
    const hunks = commentableHunks(patches.get(change.file));
    const beforeLines = change.before.split('\n');
    for (const block of changedBlocks(change.before, change.after)) {
      let { start, count, lines } = block;
      if (count === 0) {
        if (start === 1) {
          notPosted++;
          continue;
        }
        start -= 1;
        count = 1;
        lines = [beforeLines[start - 1], ...lines];
      }
      const end = start + count - 1;
      if (!hunks.some(([s, e]) => s <= start && end <= e) || comments.length >= MAX_SUGGESTIONS) {
        notPosted++;
        continue;
      }
      const comment: SuggestionComment = { path: change.file, line: end, side: 'RIGHT', body: '```suggestion\n' + lines.map((l) => l + '\n').join('') + '```' };
      if (count > 1) Object.assign(comment, { start_line: start, start_side: 'RIGHT' as const });
      comments.push(comment);
    }
  }
  return { comments, notPosted };
}

export interface PullRequestRef {
  /** GITHUB_API_URL, e.g. https://api.github.com */
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  number: number;
  /** The head commit the suggestions are for. */
  headSha?: string;
}

async function github(ref: PullRequestRef, method: string, route: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${ref.apiUrl.replace(/\/$/, '')}${route}`, {
    method,
    headers: {
      authorization: `Bearer ${ref.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'airflow-gitops-actions',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`GitHub API ${method} ${route} answered ${res.status}: ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : undefined;
}

/** The pull request's files with their patches (GitHub lists at most 3000, 100 per page). */
export async function pullRequestPatches(ref: PullRequestRef): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  for (let page = 1; page <= 30; page++) {
    const files = (await github(ref, 'GET', `/repos/${ref.owner}/${ref.repo}/pulls/${ref.number}/files?per_page=100&page=${page}`)) as Array<{ filename: string; patch?: string }>;
    for (const f of files) out.set(f.filename, f.patch);
    if (files.length < 100) break;
  }
  return out;
}

/** Posts every placeable fix as one review of suggestions; returns what was posted. Nothing to suggest: no review. */
export async function postFixSuggestions(ref: PullRequestRef, changes: FileChange[]): Promise<SuggestionPlan & { reviewed: boolean }> {
  if (changes.length === 0) return { comments: [], notPosted: 0, reviewed: false };
  const plan = planSuggestions(changes, await pullRequestPatches(ref));
  if (plan.comments.length === 0) return { ...plan, reviewed: false };
  const fixes = changes.reduce((n, c) => n + c.fixesApplied, 0);
  const body = [
    `lint-dags can fix ${fixes} Airflow 3 problem${fixes === 1 ? '' : 's'} in ${changes.length} file${changes.length === 1 ? '' : 's'}: ${plan.comments.length} suggestion${plan.comments.length === 1 ? '' : 's'} below.`,
    ...(plan.notPosted ? [`${plan.notPosted} more change${plan.notPosted === 1 ? '' : 's'} lie outside this pull request's diff or over the ${MAX_SUGGESTIONS}-suggestion limit: run \`airflow-gitops lint-dags --fix\` locally for all of them.`] : []),
  ].join('\n\n');
  await github(ref, 'POST', `/repos/${ref.owner}/${ref.repo}/pulls/${ref.number}/reviews`, { ...(ref.headSha ? { commit_id: ref.headSha } : {}), event: 'COMMENT', body, comments: plan.comments });
  return { ...plan, reviewed: true };
}
