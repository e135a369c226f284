import { MIN_SECRET_FRAGMENT, installSecretMasker, redact, registerCredential, registerSecret } from '../../src/core/secrets.js';

describe('secret masking on a runner', () => {
  const saved = process.env.GITHUB_ACTIONS;
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_ACTIONS;
    else process.env.GITHUB_ACTIONS = saved;
  });

  it('refuses a secret before core.setSecret is installed, then masks it and every later one, encoded forms too', () => {
    process.env.GITHUB_ACTIONS = 'true';
    expect(() => registerSecret('early-secret-value')).toThrow(/before core\.setSecret was installed/);
    const masked: string[] = [];
    installSecretMasker((value) => masked.push(value));
    // The refused secret is still known: installing masks it, and it is redacted.
    expect(masked).toContain('early-secret-value');
    registerSecret('key+with/slash=');
    expect(masked).toEqual(expect.arrayContaining(['key+with/slash=', encodeURIComponent('key+with/slash=')]));
    expect(redact('a early-secret-value b key%2Bwith%2Fslash%3D')).toBe('a *** b ***');
  });

  it('never prints a mask command off a runner', () => {
    delete process.env.GITHUB_ACTIONS;
    const masked: string[] = [];
    installSecretMasker((value) => masked.push(value));
    registerSecret('local-only-secret');
    expect(masked).toEqual([]);
    expect(redact('x local-only-secret')).toBe('x ***');
  });
});

describe('credential fragments', () => {
  it('registers a key whole, encoded, decoded and in pieces of at least MIN_SECRET_FRAGMENT characters between URI delimiters', () => {
    delete process.env.GITHUB_ACTIONS;
    const key = 'FRAGfirstPart1/SecondPart22#tiny?ThirdPart333+plus=';
    registerCredential(key);
    for (const form of [key, encodeURIComponent(key), 'FRAGfirstPart1', 'SecondPart22', 'ThirdPart333']) expect(redact(`x ${form} y`)).toBe('x *** y');
    // '+' read as a space by a query parser: that form is masked too.
    expect(redact(`x ${key.replace('+', ' ')} y`)).toBe('x *** y');
    // Pieces shorter than the minimum stay visible, so ordinary words are never masked because of a key.
    expect(MIN_SECRET_FRAGMENT).toBe(8);
    expect(redact('tiny plus')).toBe('tiny plus');
  });
});
