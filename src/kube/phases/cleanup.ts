import type { Command } from '../command.js';

/** The post step's command: delete the throwaway kind cluster (skipped with keep-cluster). */
export function deleteClusterCommand(clusterName: string, kubeconfig: string): Command {
  return { tool: 'kind', args: ['delete', 'cluster', '--name', clusterName, '--kubeconfig', kubeconfig], note: 'post step: remove the throwaway cluster (unless keep-cluster)' };
}
