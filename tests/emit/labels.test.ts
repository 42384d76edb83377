import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/emit/labels.js';

/** Every label as "key=value", nested keys dotted. */
const flatten = (value: unknown, prefix = ''): [string, string][] =>
  typeof value === 'string' ? [[prefix, value]] : Object.entries(value as object).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));

/** Labels that are the same word in French and in the language, reviewed one by one. */
const sameAsFrench = {
  de: ['of=/', 'total=Total', 'version=Version', 'position=Position', 'organisation=Organisation'],
  it: ['of=/', 'ci=CI'],
  en: ['date=Date', 'module=Module', 'of=/', 'oral=oral', 'organisation=Organisation', 'position=Position', 'source=Source', 'version=Version', 'introduction=Introduction', 'ci=CI', 'message=Message', 'total=Total', 'page=page', 'site.document=Document', 'site.type=Type', 'site.counts.modules=modules', 'site.lines.moduleTotal=module {subject}'],
};

describe('labels', () => {
  const french = new Map(flatten(labelsFor('fr')));
  for (const language of ['de', 'it', 'en'] as const) {
    it(`translates every label into ${language} instead of falling back to French`, () => {
      const same = flatten(labelsFor(language)).filter(([key, value]) => french.get(key) === value);
      expect(same.map(([key, value]) => `${key}=${value}`)).toEqual(sameAsFrench[language]);
    });
  }
});
