import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import * as os from 'node:os';
import { actionlint } from '../helpers/actionlint.js';
import { aboveLow, REQUIRE_ENV, zizmor, zizmorBinary, type ZizmorFinding } from '../helpers/zizmor.js';
import { interpolatedRunScripts, loadWorkflow, permissionProblems, unknownActionInputs, unpinnedActions } from './policy.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Every workflow in the repository: the project's own and the ones users copy. */
const files = ['.github/workflows', 'workflows-examples'].flatMap((dir) =>
  fs
    .readdirSync(path.join(repoRoot, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`),
);

/** And every action of this repository: zizmor audits composite actions too. */
const actionFiles = fs
  .readdirSync(path.join(repoRoot, 'actions'))
  .filter((a) => fs.existsSync(path.join(repoRoot, 'actions', a, 'action.yml')))
  .map((a) => `actions/${a}/action.yml`);

describe('the workflow set', () => {
  it('covers the project workflows and the three examples', () => {
    expect(files).toEqual(expect.arrayContaining(['.github/workflows/tests.yml', '.github/workflows/check-dist.yml', '.github/workflows/self-test.yml', 'workflows-examples/pr-checks.yml', 'workflows-examples/release.yml', 'workflows-examples/upgrade-gate.yml']));
  });
});

describe.each(files)('%s', (file) => {
  const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
  const wf = loadWorkflow(text);

  it('passes actionlint', () => {
    // Linted under .github/workflows/ so actionlint treats the examples as the workflows they become.
    const results = actionlint(text, `.github/workflows/${path.basename(file)}`);
    expect(results.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
  });

  it('pins every action to a version tag or a commit SHA', () => {
    expect(unpinnedActions(wf)).toEqual([]);
  });

  it('declares minimal permissions: read at workflow level, writes only on the jobs that need them', () => {
    expect(permissionProblems(wf)).toEqual([]);
  });

  it('passes no expression into a run: script', () => {
    expect(interpolatedRunScripts(wf)).toEqual([]);
  });

  it("gives this repository's actions only inputs they declare", () => {
    expect(unknownActionInputs(wf, repoRoot)).toEqual([]);
  });
});

describe('actions/upgrade-gate/action.yml', () => {
  it('passes no expression into its run: scripts either (inputs reach them through env)', () => {
    const action = parse(fs.readFileSync(path.join(repoRoot, 'actions/upgrade-gate/action.yml'), 'utf8'));
    expect(action.runs.steps.filter((s: { run?: string }) => s.run).length).toBeGreaterThan(5);
    expect(interpolatedRunScripts(action)).toEqual([]);
  });
});

describe('the checks catch what they claim to (negative fixtures)', () => {
  const bad = loadWorkflow(`
on: pull_request
permissions: write-all
jobs:
  a:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
    steps:
      - uses: actions/checkout@main
      - uses: actions/setup-node
      - uses: ./actions/lint-dags
        with:
          path: dags
      - uses: ./actions/validate-values
      - run: echo "\${{ github.event.pull_request.title }}"
      - id: x
        run: echo "\${{ inputs.name }} \${{ steps.y.outputs.z }}"
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: github/codeql-action/upload-sarif@v4
      - uses: ./actions/verify-wasb-logs
        with:
          azure-client-id: abc
`);

  it('unpinned actions', () => {
    expect(unpinnedActions(bad)).toEqual(['a: actions/checkout@main is not pinned to a version tag or a commit SHA', 'a: actions/setup-node is not pinned to a version tag or a commit SHA']);
  });

  it('excess and missing permissions', () => {
    expect(permissionProblems(bad)).toEqual([
      'workflow: permissions: write-all is not minimal; list what is needed (contents: read)',
      'a: contents: write is never needed by these workflows',
      'a: id-token: write without a step that needs it',
      'b: uploads SARIF but lacks security-events: write',
      'b: signs in with OIDC but lacks id-token: write',
    ]);
    expect(permissionProblems(loadWorkflow('on: push\njobs:\n  a:\n    runs-on: x\n    steps: []\n'))).toEqual(['workflow: no top-level permissions (the default token may be read-write)']);
    expect(permissionProblems(loadWorkflow('on: push\npermissions:\n  security-events: write\njobs: {}\n'))).toEqual(['workflow: security-events: write at workflow level; grant it only to the job that needs it']);
  });

  it('expressions inside run: scripts', () => {
    expect(interpolatedRunScripts(bad)).toEqual([
      'a/step: ${{ github.event.pull_request.title }} inside run: (script injection); pass it through env:',
      'a/x: ${{ inputs.name }} inside run: (script injection); pass it through env:',
      'a/x: ${{ steps.y.outputs.z }} inside run:; pass it through env:',
    ]);
  });

  it('inputs the action does not declare, and required ones left out', () => {
    expect(unknownActionInputs(bad, repoRoot)).toEqual(['a: lint-dags has no input "path"', 'a: validate-values needs input "values-files"']);
  });

  it('actionlint itself reports a broken workflow (the linter is really running)', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'workflows-examples/upgrade-gate.yml'), 'utf8');
    const broken = text.replace('needs.changes.outputs.changed', 'needs.change.outputs.changed');
    expect(broken).not.toBe(text);
    expect(actionlint(broken, '.github/workflows/upgrade-gate.yml').map((r) => r.message)).toEqual([expect.stringContaining('"change"')]);
  });
});

const zizmorTool = zizmorBinary();
const zizmorRequired = process.env[REQUIRE_ENV] === '1';
const show = (findings: ZizmorFinding[]) => findings.map((f) => `${f.where} ${f.severity} ${f.ident}: ${f.desc}`);

describe('zizmor (offline, the version pinned in test/workflows/zizmor.lock.txt)', () => {
  if (!zizmorTool.binary) {
    if (!zizmorRequired) process.stderr.write(`[zizmor] skipped: ${zizmorTool.problem} (set ${REQUIRE_ENV}=1 to make this a failure)\n`);
    it(`needs zizmor: ${zizmorTool.problem}`, () => {
      if (zizmorRequired) throw new Error(`${REQUIRE_ENV}=1 but ${zizmorTool.problem}`);
      expect(zizmorRequired).toBe(false);
    });
    return;
  }
  const binary = zizmorTool.binary;
  const audited = [...files, ...actionFiles];
  let findings: ZizmorFinding[] = [];
  beforeAll(() => {
    findings = zizmor(binary, audited);
  });

  it('audits every workflow and every action of the repository', () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(5);
    expect(audited).toEqual(expect.arrayContaining(['.github/workflows/tests.yml', 'workflows-examples/pr-checks.yml', 'actions/lint-dags/action.yml']));
  });

  it.each([...files, ...actionFiles])('%s: nothing above Low', (file) => {
    expect(show(aboveLow(findings.filter((f) => f.where.startsWith(`${file}:`))))).toEqual([]);
  });

  it('reports an unpinned action and a checkout that keeps its credentials (zizmor is really running), but not our own @v0', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zizmor-'));
    try {
      fs.mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
      const workflow = [
        'on: pull_request',
        'permissions:',
        '  contents: read',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v5',
        '      - uses: actions/upload-artifact@v5',
        '        with:',
        '          name: repo',
        '          path: .',
        '      - uses: airflow-gitops/airflow-gitops-actions/actions/lint-dags@v0',
        '',
      ].join('\n');
      fs.writeFileSync(path.join(dir, '.github/workflows/bad.yml'), workflow);
      const bad = aboveLow(zizmor(binary, ['.github/workflows/bad.yml'], dir));
      expect(bad.filter((f) => f.ident === 'unpinned-uses').map((f) => f.where)).toEqual(['.github/workflows/bad.yml:8', '.github/workflows/bad.yml:9']);
      expect(bad.map((f) => f.ident)).toContain('artipacked');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
