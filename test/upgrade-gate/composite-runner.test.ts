import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseOutputFile, runComposite } from './composite-runner.js';
import { evaluate, evaluateIf, interpolate, type ExpressionContext } from './expressions.js';

/** The test runner for composite actions must itself behave like GitHub's, or the gate tests prove nothing. */
const ctx = (over: Partial<ExpressionContext> = {}): ExpressionContext => ({
  inputs: { 'fail-on': 'error', empty: '', flag: 'true', dir: 'out' },
  steps: { lint: { outputs: { 'error-count': '3' }, outcome: 'failure', conclusion: 'success' } },
  github: { action_path: '/a' },
  failed: false,
  ...over,
});

describe('expressions', () => {
  it('&& and || return an operand; comparisons of strings ignore case', () => {
    expect(evaluate("inputs.empty != '' && inputs.empty || 'fallback'", ctx())).toBe('fallback');
    expect(evaluate("inputs.dir != '' && format('{0}/x.sarif', inputs.dir) || ''", ctx())).toBe('out/x.sarif');
    expect(evaluate("inputs.FLAG == 'TRUE'", ctx())).toBe(true);
    expect(evaluate('steps.lint.outputs.error-count > 2', ctx())).toBe(true);
    expect(evaluate("steps.missing.outputs.x == ''", ctx())).toBe(true);
    expect(evaluate("format('{{{0}}}', 'x')", ctx())).toBe('{x}');
  });

  it('throws on unknown contexts and functions instead of evaluating to empty', () => {
    expect(() => evaluate('input.fail-on', ctx())).toThrow(/unknown context "input"/);
    expect(() => evaluate('toLower(inputs.flag)', ctx())).toThrow(/unknown function/);
    expect(() => evaluate("'unterminated", ctx())).toThrow(/unterminated/);
  });

  it('if: implies success() unless a status function is used', () => {
    expect(evaluateIf(undefined, ctx({ failed: true }))).toBe(false);
    expect(evaluateIf("inputs.flag == 'true'", ctx({ failed: true }))).toBe(false);
    expect(evaluateIf('${{ always() }}', ctx({ failed: true }))).toBe(true);
    expect(evaluateIf("${{ !cancelled() && steps.lint.outcome == 'failure' }}", ctx({ failed: true }))).toBe(true);
  });

  it('interpolation keeps a whole expression\'s type and stringifies embedded ones', () => {
    expect(interpolate("${{ inputs.empty == '' }}", ctx())).toBe(true);
    expect(interpolate('x-${{ inputs.dir }}-${{ 1 == 1 }}', ctx())).toBe('x-out-true');
  });
});

describe('parseOutputFile', () => {
  it('reads name=value and heredoc forms, and rejects what the runner rejects', () => {
    expect(parseOutputFile('a=1\nb<<EOF\nline 1\nline 2\nEOF\nc=x=y\n')).toEqual({ a: '1', b: 'line 1\nline 2', c: 'x=y' });
    expect(() => parseOutputFile('b<<EOF\nnever closed\n')).toThrow(/never closes/);
    expect(() => parseOutputFile('no equals sign\n')).toThrow(/invalid line/);
  });
});

describe('runComposite', () => {
  it('runs bash steps with GitHub\'s env, skips and continues as the runner does, masks add-mask values', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'composite-'));
    const actionDir = path.join(dir, 'action');
    fs.mkdirSync(actionDir);
    fs.writeFileSync(
      path.join(actionDir, 'action.yml'),
      `name: t
inputs:
  secret: { required: true }
  go-on: { default: 'false' }
outputs:
  first: { value: '\${{ steps.one.outputs.msg }}' }
  second-outcome: { value: '\${{ steps.two.outcome }}' }
runs:
  using: composite
  steps:
    - id: one
      shell: bash
      env:
        SECRET: \${{ inputs.secret }}
      run: |
        echo "::add-mask::$SECRET"
        echo "the secret is $SECRET"
        echo "msg=$(basename "$GITHUB_ACTION_PATH")" >> "$GITHUB_OUTPUT"
        echo "# one" >> "$GITHUB_STEP_SUMMARY"
    - id: two
      shell: bash
      continue-on-error: \${{ inputs.go-on == 'true' }}
      run: exit 3
    - id: three
      shell: bash
      run: echo three
    - id: four
      if: always()
      shell: bash
      run: false | true
`,
    );
    const run = await runComposite({ actionDir, inputs: { secret: 's3cr3t', 'go-on': 'true' }, workspace: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
    expect(run.steps.map((s) => [s.id, s.outcome, s.conclusion])).toEqual([
      ['one', 'success', 'success'],
      ['two', 'failure', 'success'],
      ['three', 'success', 'success'],
      // shell: bash is bash -e -o pipefail: a failing command inside a pipe fails the step.
      ['four', 'failure', 'failure'],
    ]);
    expect(run.outputs).toEqual({ first: 'action', 'second-outcome': 'failure' });
    expect(run.log).toContain('the secret is ***');
    expect(run.log).not.toContain('s3cr3t');
    expect(run.rawLog).toContain('::add-mask::s3cr3t');
    expect(run.summary).toBe('# one\n');
    expect(run.success).toBe(false);

    const stop = await runComposite({ actionDir, inputs: { secret: 's' }, workspace: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
    expect(stop.steps.map((s) => s.outcome)).toEqual(['success', 'failure', 'skipped', 'failure']);
    expect(stop.success).toBe(false);
    await expect(runComposite({ actionDir, inputs: {}, workspace: dir, env: {} })).rejects.toThrow(/input secret is required/);
    await expect(runComposite({ actionDir, inputs: { secret: 's', typo: 'x' }, workspace: dir, env: {} })).rejects.toThrow(/unexpected input typo/);
  });
});
