import * as fs from 'node:fs';
import * as path from 'node:path';
import { redact } from '../../core/secrets.js';
import type { MigrateRun } from '../context.js';
import { podProblems } from '../parsers.js';
import { SHARED_DB_NAMESPACE } from '../versions.js';

const MAX_LOG_LINES = 500;

/**
 * On failure: pods, events, `describe` and logs of failing containers for the release namespace (and
 * the shared database's), redacted, written to diagnostics-dir for actions/upload-artifact.
 * Returns the files written and a Markdown section for the job summary.
 */
export async function collectDiagnostics(run: MigrateRun): Promise<{ files: string[]; markdown: string }> {
  const o = run.options;
  const dir = o.diagnosticsDir;
  const files: string[] = [];
  const parts: string[] = [];
  if (!run.dryRun) fs.mkdirSync(dir, { recursive: true });
  const save = (name: string, text: string) => {
    const file = path.join(dir, name.replace(/[^A-Za-z0-9_.-]/g, '_'));
    if (!run.dryRun) fs.writeFileSync(file, redact(text));
    files.push(file);
    return file;
  };
  const kc = async (args: string[]) => {
    const r = await run.exec(run.kubectl(args, { mayFail: true }), { quiet: true, diagnostics: true });
    return (r.stdout + (r.stderr ? `\n${r.stderr}` : '')).trim();
  };
  const namespaces = o.cluster === 'kind' ? [o.namespace, SHARED_DB_NAMESPACE] : [o.namespace];
  for (const ns of namespaces) {
    const pods = await kc(['get', 'pods', '-n', ns, '-o', 'wide']);
    save(`${ns}-pods.txt`, pods);
    const events = await kc(['get', 'events', '-n', ns, '--sort-by=.lastTimestamp']);
    save(`${ns}-events.txt`, events);
    parts.push(`<details><summary><code>kubectl get pods -n ${ns}</code></summary>\n\n\`\`\`\n${clip(pods)}\n\`\`\`\n</details>`);
    parts.push(`<details><summary><code>kubectl get events -n ${ns}</code></summary>\n\n\`\`\`\n${clip(events)}\n\`\`\`\n</details>`);
    const json = await run.exec(run.kubectl(['get', 'pods', '-n', ns, '-o', 'json'], { mayFail: true }), { quiet: true, diagnostics: true });
    const problems = podProblems(json.stdout);
    const described = new Set<string>();
    for (const p of problems) {
      if (!described.has(p.pod)) {
        described.add(p.pod);
        save(`${ns}-describe-${p.pod}.txt`, await kc(['describe', 'pod', p.pod, '-n', ns]));
      }
      const logs = await kc(['logs', p.pod, '-n', ns, '-c', p.container, `--tail=${MAX_LOG_LINES}`]);
      save(`${ns}-logs-${p.pod}-${p.container}.txt`, logs);
      if (p.restarts > 0) save(`${ns}-logs-${p.pod}-${p.container}-previous.txt`, await kc(['logs', p.pod, '-n', ns, '-c', p.container, '--previous', `--tail=${MAX_LOG_LINES}`]));
      parts.push(
        `<details open><summary>${ns}/${p.pod} · ${p.container}${p.init ? ' (init)' : ''} · ${p.reason}${p.restarts ? ` · ${p.restarts} restart(s)` : ''}</summary>\n\n\`\`\`\n${clip(logs || p.message || '(no log)')}\n\`\`\`\n</details>`,
      );
    }
  }
  const markdown = [`Written to \`${dir}\` (${files.length} files; upload it with actions/upload-artifact).`, '', ...parts].join('\n');
  return { files, markdown: redact(markdown) };
}

function clip(text: string, max = 6000): string {
  const t = redact(text).replace(/```/g, "'''");
  return t.length > max ? `${t.slice(0, max)}\n… (${t.length - max} more characters in the diagnostics directory)` : t;
}
