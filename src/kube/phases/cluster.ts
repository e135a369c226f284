import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { kindConfig } from '../manifests.js';
import type { PhaseDef } from './phase.js';

/** kind create cluster on the pinned node image (or reach the existing cluster), then prove the API answers. */
export const clusterPhase: PhaseDef = {
  id: 'cluster',
  title: 'cluster',
  share: 0.2,
  appliesTo: () => true,
  async run(run, target) {
    const o = run.options;
    if (o.cluster === 'existing') {
      await run.exec(run.kubectl(['cluster-info'], { note: 'the release pipeline: migrate the real release in place' }));
      await run.exec(run.kubectl(['get', 'namespace', o.namespace, '-o', 'name'], { note: 'the release namespace must exist' }));
      return;
    }
    const configFile = path.join(o.workDir, 'kind-config.yaml');
    if (!run.dryRun) {
      fs.mkdirSync(o.workDir, { recursive: true });
      fs.writeFileSync(configFile, stringify(kindConfig(o)));
    }
    const waitSeconds = Math.min(run.remainingSeconds(), 300);
    await run.exec({
      tool: 'kind',
      args: ['create', 'cluster', '--name', o.clusterName, '--image', o.kindNodeImage, '--config', configFile, '--kubeconfig', run.kubeconfig, '--wait', `${waitSeconds}s`],
      note: `config: ${stringify(kindConfig(o)).trim().replace(/\n/g, '; ')}`,
    });
    run.report.clusterCreated = true;
    if (o.loadImage) {
      for (const image of new Set([target.airflowImage, ...run.targets.map((t) => t.airflowImage)])) {
        await run.exec({ tool: 'docker', args: ['image', 'inspect', image, '--format', '{{.Id}}'], note: 'the image must be in the local Docker daemon' });
        await run.exec({ tool: 'kind', args: ['load', 'docker-image', image, '--name', o.clusterName], note: 'make the image available on the kind node' });
      }
    }
    await run.exec(run.kubectl(['cluster-info']));
  },
};
