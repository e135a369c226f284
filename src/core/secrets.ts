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

/**
 * Pieces of a credential shorter than this are not registered on their own. Every piece that is
 * registered is masked in all output, so short ones would blank out ordinary words, versions and
 * numbers ("airflow", "3.1.7", "account") across every report; an 8-character piece of a base64 key
 * (64^8 ≈ 3·10^14 values) does not occur in ordinary text, and a shorter piece discloses less than
 * 48 bits of a 512-bit account key. The real defence stays that no parser quotes a credential at all.
 */
export const MIN_SECRET_FRAGMENT = 8;

/** Where a credential written unencoded into a URI, query or connection string gets cut by a parser. */
const CREDENTIAL_DELIMITERS = /[/?#@:;&=+%\s]+/;

/** Python's unquote (%XX as UTF-8; invalid escapes kept), to register the decoded form of a credential. */
function percentDecode(s: string): string {
  return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * A credential field (account key, password, SAS signature, client secret): registered whole, in its
 * percent-encoded and decoded forms ('+' read as a space too, as a query parser does), and every piece
 * of at least MIN_SECRET_FRAGMENT characters between URI delimiters, because a parser that splits a
 * key containing '/', '#', '?' or ':' may print one piece of it. Not for whole connection strings or
 * URIs, whose pieces are hosts and account names.
 */
export function registerCredential(value: string | undefined | null): void {
  if (!value) return;
  const forms = new Set([value, percentDecode(value), percentDecode(value.replace(/\+/g, ' ')), encodeURIComponent(value)]);
  for (const form of forms) {
    registerSecret(form);
    for (const piece of form.split(CREDENTIAL_DELIMITERS)) if (piece.length >= MIN_SECRET_FRAGMENT && piece !== form) registerSecret(piece);
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
  // Most runs register no secret; reporters call this for every message and JSON piece.
  if (secrets.size === 0) return text;
  let out = text;
  // Longest first so a secret containing another is replaced whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join('***');
  }
  return out;
}
