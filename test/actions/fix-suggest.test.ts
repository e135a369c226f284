import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_SUGGESTIONS, parseFixMode, planSuggestions, postFixSuggestions } from '../../src/actions/fix-suggest.js';
import { defaultConfig } from '../../src/core/config.js';
import { fixDags } from '../../src/dags/fix/run.js';

const DAG = [
  'from airflow import DAG',
  'from airflow.operators.bash_operator import BashOperator',
  '',
  'with DAG("etl", schedule_interval="@daily"):',
  '    BashOperator(task_id="a", bash_command="echo {{ execution_date }}")',
  '',
].join('\n');

/** A pull request that adds the whole file: every line is in the diff. */
const ADDED_PATCH = `@@ -0,0 +1,5 @@\n${DAG.trimEnd().split('\n').map((l) => '+' + l).join('\n')}`;

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: unknown;
}

/** A local server speaking the two GitHub REST endpoints fix: suggest uses. */
async function fakeGitHub(patches: Record<string, string>): Promise<{ url: string; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, body: raw ? JSON.parse(raw) : undefined });
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && /^\/repos\/acme\/dags\/pulls\/7\/files\?per_page=100&page=1$/.test(req.url!)) {
        res.end(JSON.stringify(Object.entries(patches).map(([filename, patch]) => ({ filename, status: 'added', patch }))));
      } else if (req.method === 'POST' && req.url === '/repos/acme/dags/pulls/7/reviews') {
        res.statusCode = 200;
        res.end(JSON.stringify({ id: 1 }));
      } else {
        res.statusCode = 404;
        res.end(JSON.stringify({ message: 'Not Found' }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('lint-dags action, fix: suggest', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fix-suggest-'));
  beforeAll(() => {
    fs.mkdirSync(path.join(root, 'dags'));
    fs.writeFileSync(path.join(root, 'dags/etl.py'), DAG);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('posts one review whose suggestions replace exactly the changed lines (RIGHT side), writing nothing', async () => {
    const server = await fakeGitHub({ 'dags/etl.py': ADDED_PATCH });
    process.env.GITHUB_API_URL = server.url;
    try {
      const { changes } = await fixDags({ paths: ['dags'], root, config: defaultConfig(), unsafe: false, dryRun: true });
      expect(fs.readFileSync(path.join(root, 'dags/etl.py'), 'utf8')).toBe(DAG);
      const posted = await postFixSuggestions({ apiUrl: process.env.GITHUB_API_URL, token: 'ghs_secret123', owner: 'acme', repo: 'dags', number: 7, headSha: 'abc123' }, changes);
      expect(posted.reviewed).toBe(true);
      expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /repos/acme/dags/pulls/7/files?per_page=100&page=1', 'POST /repos/acme/dags/pulls/7/reviews']);
      expect(server.seen.every((s) => s.authorization === 'Bearer ghs_secret123')).toBe(true);
      expect(server.seen[1].body).toEqual({
        commit_id: 'abc123',
        event: 'COMMENT',
        body: `lint-dags can fix ${changes[0].fixesApplied} Airflow 3 problems in 1 file: 2 suggestions below.`,
        comments: [
          {
            path: 'dags/etl.py',
            start_line: 1,
            start_side: 'RIGHT',
            line: 2,
            side: 'RIGHT',
            body: '```suggestion\nfrom airflow.sdk import DAG\nfrom airflow.providers.standard.operators.bash import BashOperator\n```',
          },
          {
            path: 'dags/etl.py',
            start_line: 4,
            start_side: 'RIGHT',
            line: 5,
            side: 'RIGHT',
            body: '```suggestion\nwith DAG("etl", schedule="@daily"):\n    BashOperator(task_id="a", bash_command="echo {{ logical_date }}")\n```',
          },
        ],
      });
    } finally {
      await server.close();
      delete process.env.GITHUB_API_URL;
    }
  });

  test('lines outside the pull request diff get no comment; the review says how many', async () => {
    const server = await fakeGitHub({ 'dags/etl.py': '@@ -4,2 +4,2 @@\n-with DAG("etl"):\n-    pass\n+with DAG("etl", schedule_interval="@daily"):\n+    BashOperator(task_id="a", bash_command="echo {{ execution_date }}")' });
    try {
      const { changes } = await fixDags({ paths: ['dags'], root, config: defaultConfig(), unsafe: false, dryRun: true });
      const posted = await postFixSuggestions({ apiUrl: server.url, token: 't0ken', owner: 'acme', repo: 'dags', number: 7 }, changes);
      expect(posted.comments.map((c) => [c.start_line, c.line])).toEqual([[4, 5]]);
      expect(posted.notPosted).toBe(1);
      expect((server.seen[1].body as { body: string }).body).toContain("1 more change lie outside this pull request's diff");
    } finally {
      await server.close();
    }
  });

  test('at most MAX_SUGGESTIONS comments in the one review; fix input validated', () => {
    const before = Array.from({ length: 120 }, (_, i) => `a${i}`).join('\n');
    const after = Array.from({ length: 120 }, (_, i) => (i % 2 ? `b${i}` : `a${i}`)).join('\n');
    const plan = planSuggestions([{ file: 'x.py', before, after, fixesApplied: 60 }], new Map([['x.py', '@@ -1,120 +1,120 @@']]));
    expect(plan.comments).toHaveLength(MAX_SUGGESTIONS);
    expect(plan.notPosted).toBe(60 - MAX_SUGGESTIONS);
    expect(parseFixMode('')).toBe('off');
    expect(() => parseFixMode('yes')).toThrow('fix must be off, suggest or commit (got "yes").');
  });
});
