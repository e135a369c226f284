/**
 * Messages quote the user's values so a finding is understood without opening the file ("must be
 * integer (got "2")"), but a value under a key that looks like a credential is never quoted: such
 * keys hold passwords and tokens (data.metadataConnection.pass, fernetKey, a broker URL with its
 * password, an env entry), and a finding's text reaches stdout, the job summary, annotations and
 * SARIF uploaded to code scanning.
 *
 * The test is on key names rather than on the chart's known secret keys, so a misspelled or flat
 * dotted key (`data.metadataConnection.pass: …` as one key) and a section the chart adds later are
 * covered too; over-matching only costs a quote in a message.
 */
const SECRET_LOOKING_KEY = /pass|pwd|secret|token|key|connection|conn$|credential|auth|fernet|private|cert|dsn|url$|uri$|env/i;

/** True when any key on the path (flat dotted keys split at their dots) looks like it holds a credential. */
export function isSecretLookingPath(keyPath: readonly string[]): boolean {
  return keyPath.some((segment) => segment.split('.').some((part) => SECRET_LOOKING_KEY.test(part)));
}

const MAX_QUOTED_LENGTH = 120;

/**
 * The value as a message may quote it (JSON), or undefined when it must not be quoted: under a
 * secret-looking key, or a mapping or list (whose members could be anything, secrets included).
 */
export function quotableValue(keyPath: readonly string[], value: unknown): string | undefined {
  if (value === undefined || (typeof value === 'object' && value !== null)) return undefined;
  if (isSecretLookingPath(keyPath)) return undefined;
  const json = JSON.stringify(value);
  return json.length > MAX_QUOTED_LENGTH ? `${json.slice(0, MAX_QUOTED_LENGTH)}…` : json;
}
