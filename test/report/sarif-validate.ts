import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';

const schema = JSON.parse(fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'sarif-github.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Validates a SARIF document against what GitHub's upload-sarif requires; returns error strings. */
export function sarifErrors(doc: unknown): string[] {
  if (validate(doc)) {
    // Every result's ruleId must name a rule in tool.driver.rules.
    const run = (doc as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string }> }> }).runs[0];
    const ids = new Set(run.tool.driver.rules.map((r) => r.id));
    return run.results.filter((r) => !ids.has(r.ruleId)).map((r) => `result ruleId ${r.ruleId} not in tool.driver.rules`);
  }
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
