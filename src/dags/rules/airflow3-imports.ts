import type { PyNode } from '../ast.js';
import { findImportChange, type ImportChange } from '../data/airflow3.js';
import { defineRule, type FileContext } from '../context.js';

interface ImportHit {
  /** The import statement, or an attribute chain reaching a removed name through a module import. */
  node: PyNode;
  changes: ImportChange[];
}

/** Broken imports: removed, or moved without a compatibility shim. */
export function breaksOnAirflow3(change: ImportChange): boolean {
  return change.kind === 'removed' || change.importFailsOn31;
}

/**
 * Import statements naming something Airflow 3 removed or moved (one hit per statement and outcome),
 * and attribute chains that reach such a name through an import that is itself fine
 * (`import airflow` … `airflow.utils.dates.days_ago(1)`). Split by whether the change breaks
 * the import; both rules read the same file, so it is computed once per file.
 */
const hitsByFile = new WeakMap<FileContext['scopes'], { breaking: ImportHit[]; other: ImportHit[] }>();

function importHits(ctx: FileContext, breaking: boolean): ImportHit[] {
  let hits = hitsByFile.get(ctx.scopes);
  if (!hits) hitsByFile.set(ctx.scopes, (hits = collectImportHits(ctx)));
  return breaking ? hits.breaking : hits.other;
}

function collectImportHits(ctx: FileContext): { breaking: ImportHit[]; other: ImportHit[] } {
  const breakingHits = new Map<PyNode, ImportHit>();
  const otherHits = new Map<PyNode, ImportHit>();
  const add = (node: PyNode, change: ImportChange) => {
    const byNode = breaksOnAirflow3(change) ? breakingHits : otherHits;
    let hit = byNode.get(node);
    if (!hit) byNode.set(node, (hit = { node, changes: [] }));
    if (!hit.changes.includes(change)) hit.changes.push(change);
  };
  const cleanImports = new Set<string>();
  for (const imp of ctx.scopes.imports) {
    const change = findImportChange(imp.qualified);
    if (change) add(imp.statement, change);
    else cleanImports.add(imp.local.split('.')[0]);
  }
  if (cleanImports.size) {
    for (const use of ctx.scopes.uses) {
      // Only the head of an attribute chain can reach a moved name (checked before hashing the name).
      const parent = use.node.parent;
      if (parent?.type !== 'attribute' || parent.children[0] !== use.node || !cleanImports.has(use.name)) continue;
      let chain = parent;
      while (chain.parent?.type === 'attribute' && chain.parent.children[0] === chain) chain = chain.parent;
      const qualified = ctx.resolver.qualify(chain);
      const change = qualified ? findImportChange(qualified) : undefined;
      if (change) add(chain, change);
    }
  }
  return { breaking: [...breakingHits.values()], other: [...otherHits.values()] };
}

const isQualifiedName = (s: string | undefined) => s !== undefined && /^[\w.]+$/.test(s);

function describe(hit: ImportHit): { message: string; fix?: string } {
  const { changes } = hit;
  const what = changes.map((c) => `\`${c.path}\``).join(', ');
  const plural = changes.length > 1;
  const notes = [...new Set(changes.map((c) => c.note).filter(Boolean))].join(' ');
  const providers = [...new Set(changes.map((c) => c.provider).filter(Boolean))].join(', ');
  let message: string;
  if (changes.every((c) => c.kind === 'removed')) message = `${what} ${plural ? 'were' : 'was'} removed in Airflow 3; importing ${plural ? 'them' : 'it'} fails.`;
  else if (changes.every((c) => c.kind === 'moved-to-provider'))
    message = `${what} moved to ${providers || 'a provider package'} in Airflow 3${changes.some((c) => c.importFailsOn31) ? '; the old path no longer imports' : ''}.`;
  else message = `${what} ${plural ? 'are' : 'is'} deprecated in Airflow 3.`;
  if (notes) message += ' ' + notes;
  // One import line when every replacement is a plain qualified name.
  const replacements = changes.map((c) => c.replacement);
  let fix: string | undefined;
  if (replacements.every(isQualifiedName)) {
    const modules = new Set(replacements.map((r) => r!.split('.').slice(0, -1).join('.')));
    fix = modules.size === 1
      ? `Use \`from ${[...modules][0]} import ${replacements.map((r) => r!.split('.').pop()).join(', ')}\`${providers ? ` (${providers})` : ''}.`
      : `Use ${replacements.map((r) => `\`${r}\``).join(', ')}.`;
  } else fix = replacements.filter(Boolean).join(' ') || undefined;
  return { message, fix };
}

export const removedInAirflow3 = defineRule(
  {
    id: 'DAG101',
    name: 'airflow3-removed-import',
    severity: 'error',
    summary: 'Imports a name that no longer exists in Airflow 3.',
    docs: {
      what: 'Reports imports of modules and names removed in Airflow 3 (airflow.utils.dates.days_ago, airflow.operators.dummy, airflow.contrib.*, SubDAGs, apply_defaults, …) and of names moved to providers without a compatibility path, with the replacement.',
      why: 'The import raises ImportError when Airflow 3 parses the file: every DAG in it disappears (an import error in the UI).',
      example: 'from airflow.utils.dates import days_ago\n\n@dag(schedule="0 6 * * *", start_date=days_ago(1))\ndef detect_and_retrain(): ...',
      fix: 'import pendulum\n\n@dag(schedule="0 6 * * *", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef detect_and_retrain(): ...',
    },
  },
  {
    checkFile(ctx) {
      for (const hit of importHits(ctx, true)) {
        const { message, fix } = describe(hit);
        ctx.report(hit.node, message, fix);
      }
    },
  },
);

export const deprecatedInAirflow3 = defineRule(
  {
    id: 'DAG201',
    name: 'airflow3-deprecated-import',
    severity: 'warning',
    summary: 'Imports a name Airflow 3 moved (airflow.sdk, the standard provider); the old path is deprecated.',
    docs: {
      what: 'Reports imports that still work on Airflow 3 through a deprecation shim but have a new home: airflow.decorators → airflow.sdk, airflow.DAG/airflow.models.dag.DAG → airflow.sdk.DAG, Dataset → Asset, core operators → airflow.providers.standard.',
      why: 'The shims emit deprecation warnings on every parse and are scheduled for removal; moving now avoids the next breaking upgrade.',
      example: 'from airflow.decorators import dag, task',
      fix: 'from airflow.sdk import dag, task',
    },
  },
  {
    checkFile(ctx) {
      for (const hit of importHits(ctx, false)) {
        const { message, fix } = describe(hit);
        ctx.report(hit.node, message, fix);
      }
    },
  },
);
