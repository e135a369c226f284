import * as core from '@actions/core';
import * as github from '@actions/github';

/**
 * Files changed in the current pull request (paths relative to the repository root), or undefined
 * when this is not a pull request or the API cannot be reached — callers then annotate everything.
 */
export async function pullRequestFiles(token: string): Promise<Set<string> | undefined> {
  const pr = github.context.payload.pull_request;
  if (!pr) {
    core.info('annotate: changed — not a pull_request event, annotating all files.');
    return undefined;
  }
  if (!token) {
    core.warning('annotate: changed needs github-token to list the pull request files; annotating all files.');
    return undefined;
  }
  try {
    const octokit = github.getOctokit(token);
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...github.context.repo,
      pull_number: pr.number as number,
      per_page: 100,
    });
    return new Set(files.map((f) => f.filename));
  } catch (e) {
    core.warning(`Could not list the pull request files (${(e as Error).message}); annotating all files.`);
    return undefined;
  }
}
