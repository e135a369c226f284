import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../src/core/finding.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export { chartDir } from '../helpers/charts.js';
export { USER_VALUES as userValuesFile } from '../helpers/user-files.js';
export const fixturesDir = path.join(repoRoot, 'test', 'values', 'fixtures');

export function tempDir(prefix = 'vv-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes files (name → content) under dir and returns dir. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): string {
  for (const [name, content] of Object.entries(files)) {
    const f = path.join(dir, name);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, content);
  }
  return dir;
}

export function byRule(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

export function summarize(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.range?.startLine} ${f.message}`);
}
