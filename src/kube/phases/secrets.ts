import { chartOwnsFernetSecret } from '../facts.js';
import { airflowSecrets, jobInputSecret, metadataConnection, toYamlDocuments } from '../manifests.js';
import { isNotFound } from '../parsers.js';
import { secretMissing } from '../rules/index.js';
import type { PhaseDef } from './phase.js';

/**
 * The Secrets the values name: generated for the throwaway cluster (every value masked), verified to
 * exist on a real one. Admin password and connection URI go into a Secret the one-shot Jobs read.
 */
export const secretsPhase: PhaseDef = {
  id: 'secrets',
  title: 'secrets',
  share: 0.05,
  appliesTo: () => true,
  async run(run, target) {
    const o = run.options;
    const names = run.secretNames;
    const g = run.generated;
    if (o.cluster === 'kind') {
      const objects = airflowSecrets(
        o.namespace,
        // When the values leave the fernet key to the chart, the chart's own Secret wins; do not pre-create it.
        { metadata: names.metadata, fernetKey: names.fernetKey, jwt: names.jwt, apiSecretKey: names.apiSecretKey },
        { connection: metadataConnection(g.dbAirflowPassword), fernetKey: g.fernetKey, jwt: g.jwtSecret, apiSecretKey: g.apiSecretKey },
      ).filter((obj) => !(obj.kind === 'Secret' && obj.metadata.name === names.fernetKey && chartOwnsFernetSecret(target.values)));
      await run.exec(run.kubectl(['apply', '-f', '-'], { stdin: toYamlDocuments(objects), note: `Namespace ${o.namespace} and the Secrets the values name` }));
    } else {
      const required = [names.metadata, ...(chartOwnsFernetSecret(target.values) ? [] : [names.fernetKey]), names.jwt, names.apiSecretKey].filter((n): n is string => Boolean(n));
      const missing: string[] = [];
      for (const name of required) {
        const r = await run.exec(run.kubectl(['get', 'secret', name, '-n', o.namespace, '-o', 'name'], { mayFail: true }));
        if (!run.dryRun && r.exitCode !== 0) {
          if (!isNotFound(r.stderr)) throw run.fail(secretMissing, `Cannot read Secret ${name} in namespace ${o.namespace}: ${r.stderr.trim()}`);
          missing.push(name);
        }
      }
      if (missing.length) {
        throw run.fail(secretMissing, `Secret(s) ${missing.join(', ')} named in the values do not exist in namespace ${o.namespace}.`, 'Create them (key `connection` for the metadata Secret) before migrating.');
      }
    }
    const inputs: Record<string, string> = {};
    if (o.adminUser) inputs.ADMIN_PASSWORD = g.adminPassword;
    if (o.wasbConnection) inputs.CONN_URI = o.wasbConnection;
    if (Object.keys(inputs).length) {
      run.report.jobInputsCreated = true;
      await run.exec(run.kubectl(['apply', '-f', '-'], { stdin: toYamlDocuments([jobInputSecret(o.namespace, names.jobInputs, inputs)]), note: 'admin password / connection URI for the one-shot Jobs (never in argv)' }));
    }
  },
};
