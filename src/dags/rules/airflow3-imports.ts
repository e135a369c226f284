import type { PyNode, SourceText } from '../ast.js';
import { findImportChange, type ImportChange } from '../data/airflow3.js';
import { compareVersions, findProviderRemoval } from '../data/providers.js';
import { DEFAULT_PROVIDER_VERSIONS } from '../../core/versions.js';
import { defineRule, type FileContext } from '../context.js';

/** A provider name gone from the provider version the image has (data/providers.ts). */
interface ProviderChange extends ImportChange {
  removedFrom: { provider: string; removedIn: string; installed: string };
}

const isProviderChange = (c: ImportChange): c is ProviderChange => 'removedFrom' in c;

/**
 * The provider-table removal for an import, as an ImportChange, when the provider version the image
 * has (settings, else the Airflow 3.1 defaults) no longer has the name; an older pin keeps it quiet.
 */
function providerChange(qualified: string, versions: Record<string, string>): ProviderChange | undefined {
  const removal = findProviderRemoval(qualified);
  if (!removal) return undefined;
  const installed = versions[removal.provider];
  if (!installed || compareVersions(installed, removal.removedIn) < 0) return undefined;
  return {
    path: removal.matchPrefix && qualified !== removal.path ? qualified : removal.path,
    kind: 'removed',
    replacement: removal.replacement,
    provider: (removal.replacement && providerOf(removal.replacement)) || removal.provider,
    importFailsOn31: true,
    note: removal.note,
    removedFrom: { provider: removal.provider, removedIn: removal.removedIn, installed },
  };
}

/** Provider namespaces two segments deep: airflow.providers.common.sql → apache-airflow-providers-common-sql. */
const TWO_SEGMENT_NAMESPACES = new Set(['apache', 'atlassian', 'cncf', 'common', 'dbt', 'microsoft']);

/** The pip package a provider module lives in, from its dotted path. */
function providerOf(qualified: string): string | undefined {
  const parts = qualified.split('.');
  if (parts[0] !== 'airflow' || parts[1] !== 'providers' || parts.length < 3) return undefined;
  const name = TWO_SEGMENT_NAMESPACES.has(parts[2]) && parts[3] ? `${parts[2]}-${parts[3]}` : parts[2];
  return `apache-airflow-providers-${name.replace(/_/g, '-')}`;
}

interface ImportHit {
  /** The import statement, or an attribute chain reaching a removed name through a module import. */
  node: PyNode;
  changes: ImportChange[];
}

type Outcome = 'breaking' | 'deprecated' | 'suggested';

/** Broken imports: removed, or moved without a compatibility shim. */
export function breaksOnAirflow3(change: ImportChange): boolean {
  return change.kind === 'removed' || change.importFailsOn31;
}

function outcomeOf(change: ImportChange): Outcome {
  if (breaksOnAirflow3(change)) return 'breaking';
  return change.kind === 'suggested' ? 'suggested' : 'deprecated';
}

/** Exception names whose handler catches a failed import (ModuleNotFoundError is an ImportError). */
const CATCHES_IMPORT_ERROR = /\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/;

/** Does this except clause catch a failed import? A bare `except:` does. */
function catchesImportError(clause: PyNode, src: SourceText): boolean {
  const caught = clause.children.find((c) => c.type !== 'block');
  return !caught || CATCHES_IMPORT_ERROR.test(src.of(caught));
}

function hasImport(node: PyNode): boolean {
  if (node.type === 'import_statement' || node.type === 'import_from_statement') return true;
  return node.children.some(hasImport);
}

/**
 * Where an import sits relative to a `try` that catches ImportError:
 * - 'fallback': inside such a handler of a try whose body imports something (the classic
 *   `try: <new import> except ImportError: <old import>` compatibility shim). ruff's AIR rules stay
 *   quiet there; the old path only runs where the new one is missing.
 * - 'guarded': inside the try body: if the import fails, the handler takes over, so it is no import error.
 */
function importGuard(stmt: PyNode, src: SourceText): 'fallback' | 'guarded' | undefined {
  for (let node: PyNode = stmt; node.parent; node = node.parent) {
    const parent = node.parent;
    // A def's body runs later, outside any try around the definition.
    if (parent.type === 'function_definition' || parent.type === 'lambda') return undefined;
    if (parent.type === 'except_clause' && node.type === 'block') {
      const tryStmt = parent.parent;
      const body = tryStmt?.children.find((c) => c.field === 'body');
      if (catchesImportError(parent, src) && body && hasImport(body)) return 'fallback';
    } else if (parent.type === 'try_statement' && node.field === 'body') {
      if (parent.children.some((c) => c.type === 'except_clause' && catchesImportError(c, src))) return 'guarded';
    }
  }
  return undefined;
}

/**
 * Import statements naming something Airflow 3 removed or moved (one hit per statement and outcome),
 * and attribute chains that reach such a name through an import that is itself fine
 * (`import airflow` … `airflow.utils.dates.days_ago(1)`). Split by outcome; the three rules read the
 * same file, so it is computed once per file.
 */
type HitsByOutcome = Record<Outcome, ImportHit[]>;
/** The hits of the file being linted only: a WeakMap keyed by the file kept every file's tree alive until a full GC (see argumentCalls in airflow3-arguments.ts). */
let hitsFile: FileContext['scopes'] | undefined;
let hitsOfFile: HitsByOutcome | undefined;

/** Drops the cached hits (analyzeTree calls it when a file is done; see releaseFileCaches in analyze.ts). */
export function forgetImportHits(): void {
  hitsFile = undefined;
  hitsOfFile = undefined;
}

function importHits(ctx: FileContext, outcome: Outcome): ImportHit[] {
  if (hitsFile !== ctx.scopes || !hitsOfFile) {
    hitsFile = ctx.scopes;
    hitsOfFile = collectImportHits(ctx);
  }
  return hitsOfFile[outcome];
}

function collectImportHits(ctx: FileContext): HitsByOutcome {
  const byOutcome: Record<Outcome, Map<PyNode, ImportHit>> = { breaking: new Map(), deprecated: new Map(), suggested: new Map() };
  const add = (node: PyNode, change: ImportChange) => {
    const byNode = byOutcome[outcomeOf(change)];
    let hit = byNode.get(node);
    if (!hit) byNode.set(node, (hit = { node, changes: [] }));
    if (!hit.changes.includes(change)) hit.changes.push(change);
  };
  const cleanImports = new Set<string>();
  const guards = new Map<PyNode, ReturnType<typeof importGuard>>();
  const versions = ctx.settings.providerVersions ?? DEFAULT_PROVIDER_VERSIONS;
  for (const imp of ctx.scopes.imports) {
    const change = findImportChange(imp.qualified) ?? providerChange(imp.qualified, versions);
    if (!change) {
      cleanImports.add(imp.local.split('.')[0]);
      continue;
    }
    let guard = guards.get(imp.statement);
    if (guard === undefined && !guards.has(imp.statement)) guards.set(imp.statement, (guard = importGuard(imp.statement, ctx.src)));
    if (guard === 'fallback') continue;
    if (guard === 'guarded' && breaksOnAirflow3(change)) continue;
    add(imp.statement, change);
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
  return { breaking: [...byOutcome.breaking.values()], deprecated: [...byOutcome.deprecated.values()], suggested: [...byOutcome.suggested.values()] };
}

/** What the autofix does not rewrite among whole-module imports (said by each import rule). */
const MODULE_IMPORT_FIX_LIMITS =
  'The fix rewrites `import airflow.x.y` / `import airflow.x.y as m` and chains such as `airflow.x.y.Name` to the new module path; it offers none when a use of an aliased module is not `m.name` (the module passed around, or a name that moved elsewhere than the module), when a chain reaches a name without a drop-in replacement, or when the file rebinds the imported head name (a chain might then mean something else).';

const isQualifiedName = (s: string | undefined) => s !== undefined && /^[\w.]+$/.test(s);

/** The one check behind DAG101, DAG201 and DAG202: report the imports whose outcome on Airflow 3 is `outcome`. */
function reportImports(outcome: Outcome): (ctx: FileContext) => void {
  return (ctx) => {
    for (const hit of importHits(ctx, outcome)) {
      const { message, fix } = describe(hit);
      ctx.report(hit.node, message, fix);
    }
  };
}

function describe(hit: ImportHit): { message: string; fix?: string } {
  const { changes } = hit;
  const what = changes.map((c) => `\`${c.path}\``).join(', ');
  const plural = changes.length > 1;
  const notes = [...new Set(changes.map((c) => c.note).filter(Boolean))].join(' ');
  const providers = [...new Set(changes.map((c) => c.provider).filter(Boolean))].join(', ');
  let message: string;
  if (changes.every(isProviderChange)) {
    const { provider, removedIn, installed } = changes[0].removedFrom;
    message = `${what} ${plural ? 'were' : 'was'} removed from ${provider} in ${removedIn}; the image has ${installed} (dags.provider-versions, requirements.txt, or the Airflow 3.1 default), so importing ${plural ? 'them' : 'it'} fails.`;
  } else if (changes.every((c) => c.kind === 'removed')) message = `${what} ${plural ? 'were' : 'was'} removed in Airflow 3; importing ${plural ? 'them' : 'it'} fails.`;
  else if (changes.every((c) => c.kind === 'moved-to-provider'))
    message = `${what} moved to ${providers || 'a provider package'} in Airflow 3${changes.some((c) => c.importFailsOn31) ? '; the old path no longer imports' : ''}.`;
  else if (changes.every((c) => c.kind === 'suggested')) message = `${what} still ${plural ? 'import' : 'imports'} on Airflow 3.1 without a deprecation warning (a suggested update, nothing breaks).`;
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
      limits: 'It sees `import` and `from … import` statements of this file and attribute chains on a clean import (`airflow.utils.dates.days_ago`); `importlib.import_module(...)`, `__import__`, and names re-exported through your own helper modules are not followed, so it stays quiet there. An import inside a `try` whose `except` catches ImportError is not reported, and provider removals depend on the provider versions it is told (dags.provider-versions, requirements files, else the Airflow 3.1 defaults). ' + MODULE_IMPORT_FIX_LIMITS,
      what: 'Reports imports of modules and names removed in Airflow 3 (airflow.utils.dates.days_ago, airflow.operators.dummy, airflow.contrib.*, SubDAGs, apply_defaults, Airflow 1 package imports such as `from airflow.operators import BashOperator`, …) of names moved to providers without a compatibility path, and of names a provider package removed (PostgresOperator, MySqlOperator, SimpleHttpOperator, cncf.kubernetes.operators.kubernetes_pod, old amazon/google/azure modules; keyed by the provider version that removed them) when the image\'s provider version lacks them (dags.provider-versions, requirements.txt/constraints.txt pins, else the Airflow 3.1 defaults), with the replacement. Stays quiet on an import inside `try:` whose handler catches ImportError, and on the fallback import in such a handler (`try: <new import> except ImportError: <old import>`), as ruff does. Cannot see imports built at run time (importlib, __import__).',
      why: 'The import raises ImportError when Airflow 3 parses the file: every DAG in it disappears (an import error in the UI).',
      example: 'from airflow.utils.dates import days_ago\n\n@dag(schedule="0 6 * * *", start_date=days_ago(1))\ndef detect_and_retrain(): ...',
      fix: 'import pendulum\n\n@dag(schedule="0 6 * * *", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef detect_and_retrain(): ...',
    },
  },
  { checkFile: reportImports('breaking') },
);

export const deprecatedInAirflow3 = defineRule(
  {
    id: 'DAG201',
    name: 'airflow3-deprecated-import',
    severity: 'warning',
    summary: 'Imports a name Airflow 3 moved (airflow.sdk, the standard provider); the old path is deprecated.',
    docs: {
      limits: 'It sees `import` and `from … import` statements of this file and attribute chains on a clean import; `importlib.import_module(...)`, `__import__` and names re-exported through your own modules are not followed, so it stays quiet there. The fallback branch of `try: <new import> except ImportError: <old import>` is not reported. ' + MODULE_IMPORT_FIX_LIMITS,
      what: 'Reports imports that still work on Airflow 3 through a deprecation shim that warns on import (checked on 3.1.8): airflow.decorators → airflow.sdk, airflow.models.dag.DAG → airflow.sdk.DAG, Dataset → Asset, core operators → airflow.providers.standard. Names 3.1 imports without any warning (airflow.DAG, airflow.models.DAG, Variable, Param, …) are DAG202 notes instead; the fallback import of a `try/except ImportError` shim is not reported.',
      why: 'The shims emit deprecation warnings on every parse and are scheduled for removal; moving now avoids the next breaking upgrade.',
      example: 'from airflow.decorators import dag, task',
      fix: 'from airflow.sdk import dag, task',
    },
  },
  { checkFile: reportImports('deprecated') },
);

export const suggestedAirflow3Update = defineRule(
  {
    id: 'DAG202',
    name: 'airflow3-suggested-update',
    severity: 'note',
    summary: 'Imports a name that still works on Airflow 3.1 without a warning but has a Task SDK home (airflow.DAG, airflow.models.Variable, Param, …).',
    docs: {
      limits: 'It sees `import` and `from … import` statements of this file and attribute chains on a clean import; `importlib.import_module(...)`, `__import__` and names re-exported through your own modules are not followed, so it stays quiet there. The fallback branch of `try: <new import> except ImportError: <old import>` is not reported. ' + MODULE_IMPORT_FIX_LIMITS,
      what: 'Reports imports Airflow 3.1 still accepts silently (no DeprecationWarning, checked on 3.1.8) that have a new home in airflow.sdk: airflow.DAG and airflow.models.DAG → airflow.sdk.DAG, airflow.models.Variable/Param/Connection/BaseOperator → airflow.sdk, like ruff\'s AIR311 "suggested update". A note by default, so it never fails a check (fail-on: error or warning); raise it with `rules: {DAG202: warning}` or silence it with `DAG202: off`.',
      why: 'Nothing breaks today; the Task SDK (airflow.sdk) is the stable public interface for DAG authors in Airflow 3, while airflow.models is the scheduler\'s internals and may change without notice.',
      example: 'from airflow import DAG\nfrom airflow.models import Variable',
      fix: 'from airflow.sdk import DAG, Variable',
    },
  },
  { checkFile: reportImports('suggested') },
);
