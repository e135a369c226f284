import { closestMatch } from '../core/suggest.js';
import { KNOWN_KEY_ALIASES } from './data/key-aliases.js';

/** The known values key a misspelled one most likely meant: a documented rename first, then the closest spelling. */
export function didYouMean(key: string, known: Iterable<string>): string | undefined {
  const candidates = [...known];
  const alias = KNOWN_KEY_ALIASES[key];
  if (alias && candidates.includes(alias)) return alias;
  return closestMatch(key, candidates);
}
