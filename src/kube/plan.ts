import { redact } from '../core/secrets.js';
import { formatCommand } from './command.js';
import type { MigrateRun } from './context.js';
import { formatSeconds } from './context.js';
import { deleteClusterCommand } from './phases/cleanup.js';

/** The plan as text: every phase with its timeout and the exact commands, in order (from a dry run). */
export function formatPlan(run: MigrateRun, withStdin = true): string {
  const out: string[] = [`# airflow-gitops migrate --plan — nothing below was executed`];
  run.phases.forEach((p, i) => {
    out.push('', `## ${i + 1}. ${p.title} (timeout ${formatSeconds(p.timeoutMs)})`);
    const seen = new Set<string>();
    for (const { cmd } of run.executed.filter((e) => e.phaseIndex === i)) {
      const line = formatCommand(cmd);
      out.push(`$ ${line}`);
      if (cmd.note) out.push(`    # ${cmd.note}`);
      if (cmd.repeat) out.push(`    # repeated ${cmd.repeat}`);
      if (withStdin && cmd.stdin !== undefined && !seen.has(cmd.stdin)) {
        seen.add(cmd.stdin);
        out.push(...cmd.stdin.trimEnd().split('\n').map((l) => `    | ${l}`));
      }
    }
  });
  if (run.options.cluster === 'kind') {
    out.push('', `## post: cleanup${run.options.keepCluster ? ' (skipped: keep-cluster)' : ''}`, `$ ${formatCommand(deleteClusterCommand(run.options.clusterName, run.kubeconfig))}`);
  }
  out.push('', '## on failure: diagnostics', '$ kubectl get pods -n <ns> -o wide · kubectl get events -n <ns> --sort-by=.lastTimestamp · kubectl describe pod <failing pod> · kubectl logs <failing pod> -c <container> --tail=500');
  return redact(out.join('\n')) + '\n';
}
