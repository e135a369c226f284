import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A new temporary folder holding `files` (relative path → content), like a small repository checkout. */
export function tempRepo(files: Record<string, string | Buffer>, prefix = 'repo-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}
