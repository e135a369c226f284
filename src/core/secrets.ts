import * as core from '@actions/core';

/**
 * Every secret enters through registerSecret: it is masked in the runner's log (core.setSecret)
 * and redacted by every reporter, so a key can never reach logs, summaries or SARIF.
 */
const secrets = new Set<string>();

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
  if (process.env.GITHUB_ACTIONS === 'true') core.setSecret(value);
}

export function redact(text: string): string {
  let out = text;
  // Longest first so a secret containing another is replaced whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join('***');
  }
  return out;
}
