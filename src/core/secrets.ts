/**
 * Every secret enters through registerSecret: it is masked in the runner's log (core.setSecret)
 * and redacted by every reporter, so a key can never reach logs, summaries or SARIF.
 */
const secrets = new Set<string>();

/**
 * core.setSecret, installed by each entry point (actions at load, the CLI only on a runner): the
 * CLI does not load @actions/core otherwise, which is a fifth of lint-dags' start-up.
 */
let setSecret: ((value: string) => void) | undefined;

export function installSecretMasker(mask: (value: string) => void): void {
  setSecret = mask;
  if (process.env.GITHUB_ACTIONS === 'true') for (const s of secrets) mask(s);
}

export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < 3) return;
  if (secrets.has(value)) return;
  secrets.add(value);
  mask(value);
  // Secrets also travel percent-encoded (connection URIs) and base64-decoded keys are not printed.
  const encoded = encodeURIComponent(value);
  if (encoded !== value) {
    secrets.add(encoded);
    mask(encoded);
  }
}

/** Outside a runner, ::add-mask:: would print the secret itself, so only mask on GitHub. */
function mask(value: string): void {
  if (process.env.GITHUB_ACTIONS !== 'true') return;
  // Fail loudly rather than let a secret reach an unmasked log.
  if (!setSecret) throw new Error('internal error: a secret was registered before core.setSecret was installed');
  setSecret(value);
}

export function redact(text: string): string {
  let out = text;
  // Longest first so a secret containing another is replaced whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join('***');
  }
  return out;
}
