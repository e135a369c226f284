import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { HOOK_OBJECT_SWITCHES } from '../../values/data/chart-facts.js';
import type { MigrateRun, ReleaseTarget } from '../context.js';
import { findHelmHooks } from '../parsers.js';
import { helmHooksRendered } from '../rules/index.js';
import { chartArgs } from './install.js';
import type { PhaseDef } from './phase.js';

/**
 * Before any cluster exists: write each release's CI overlay and render the chart with it, refusing
 * values that still render a helm.sh/hook (hooks off is the point). It needs only helm and the chart,
 * so values that would be refused cost seconds instead of a kind cluster (a minute or more) first.
 * With upgrade gating both releases are rendered, the old one first.
 */
export const renderPhase: PhaseDef = {
  id: 'render',
  title: 'render',
  share: 0.05,
  appliesTo: (o) => o.cluster === 'kind',
  async run(run) {
    for (const target of run.targets) await renderTarget(run, target);
  },
};

async function renderTarget(run: MigrateRun, target: ReleaseTarget): Promise<void> {
  if (!run.dryRun) {
    fs.mkdirSync(path.dirname(target.overlayFile), { recursive: true });
    fs.writeFileSync(target.overlayFile, `# CI overlay written by airflow-gitops migrate\n${stringify(target.overlay)}`);
  }
  const overlayNote = `CI overlay ${path.basename(target.overlayFile)}: ${stringify(target.overlay, { lineWidth: 0 }).trim().replace(/\n\s*/g, ' ')}`;
  // No cluster flags: the cluster does not exist yet, and rendering never talks to one.
  const rendered = await run.exec({ tool: 'helm', args: ['template', ...chartArgs(run, target)], note: `render and look for helm.sh/hook — ${overlayNote}` }, { quiet: true });
  const hooks = findHelmHooks(rendered.stdout);
  if (hooks.length) {
    const list = hooks.map((h) => `${h.kind}/${h.name} (${h.hook})`).join(', ');
    throw run.fail(
      helmHooksRendered,
      `The chart ${target.chartVersion} rendered with these values still has Helm hooks: ${list}. Refusing to install — with hooks off nothing may run as a hook.`,
      hookFixes(hooks.map((h) => h.name)),
    );
  }
}

/** What turns each rendered hook off (the chart's hook objects by name; anything else came from the values' extra objects). */
function hookFixes(names: string[]): string {
  const switches = new Set<string>();
  let other = false;
  for (const name of names) {
    const known = HOOK_OBJECT_SWITCHES.find((o) => name.endsWith(o.nameSuffix));
    if (known) switches.add(known.switch);
    else other = true;
  }
  const parts = [...switches].map((s) => `set ${s}`);
  if (other) parts.push('drop the helm.sh/hook annotation from the extra objects the values add');
  return `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}
