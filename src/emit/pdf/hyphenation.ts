import { createRequire } from 'node:module';
import { detached } from '../../text/detached.js';

/** The soft hyphen: an allowed break that prints a hyphen only where the line breaks. */
export const SOFT_HYPHEN = '\u00AD';

interface HyphenPatternModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

/** `hyphen` pattern modules by document language (Liang's TeX patterns). */
const patternModules: Record<string, string> = { fr: 'hyphen/fr', de: 'hyphen/de', it: 'hyphen/it', en: 'hyphen/en-us' };

/** A word → the same word with soft hyphens at its allowed breaks. */
export type Hyphenator = (word: string) => string;

const hyphenators = new Map<string, Hyphenator>();

/**
 * The hyphenator of a language, memoised per word. Words are hyphenated one by one (never whole texts: the
 * library skips anything that looks like an HTML tag). Languages without patterns get no breaks.
 */
export function hyphenatorFor(language: string): Hyphenator {
  const existing = hyphenators.get(language);
  if (existing) return existing;
  const moduleName = patternModules[language];
  let hyphenator: Hyphenator = (word) => word;
  if (moduleName) {
    const patterns = createRequire(import.meta.url)(moduleName) as HyphenPatternModule;
    const memo = new Map<string, string>();
    hyphenator = (word) => {
      let result = memo.get(word);
      if (result === undefined) {
        result = detached(word.length < 5 ? word : patterns.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 5 }));
        memo.set(detached(word), result);
      }
      return result;
    };
  }
  hyphenators.set(language, hyphenator);
  return hyphenator;
}
