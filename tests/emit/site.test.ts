import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSite } from '../../src/emit/index.js';
import type { DocumentReport } from '../../src/emit/report/model.js';
import type { Language } from '../../src/validate/schema/common.js';
import { temporaryDirectory } from '../helpers/fixtures.js';
import { attribute, elements, textOf } from '../helpers/html.js';

const report = (id: string, language: Language): DocumentReport => ({
  id,
  kind: 'training-plan',
  title: `Plan ${id}`,
  language,
  errors: 0,
  warnings: 1,
  counts: [{ key: 'evaluationObjectives', value: 3 }],
  arithmetic: [{ key: 'weights', subject: 'Travail pratique', declared: 100, computed: 90, ok: false }],
  coverage: [],
  findings: [],
});

/** index.html and report.html written for these documents: their language, h1 and every cell's text. */
function site(reports: DocumentReport[]) {
  const out = temporaryDirectory();
  writeSite(reports.map((r) => ({ report: r, written: [] })), reports, { outDirectory: out, html: true, pdf: false });
  return ['index.html', 'report.html'].map((name) => {
    const page = elements(readFileSync(join(out, name), 'utf8'));
    return {
      lang: attribute(page.find((e) => e.tagName === 'html')!, 'lang'),
      heading: textOf(page.find((e) => e.tagName === 'h1')!).trim(),
      cells: page.filter((e) => e.tagName === 'td' || e.tagName === 'th').map((e) => textOf(e).replace(/\s+/g, ' ').trim()),
    };
  });
}

describe('index and report pages', () => {
  it('speak the language the documents share', () => {
    const [index, consistency] = site([report('a', 'it'), report('b', 'it')]);
    expect([index!.lang, index!.heading, consistency!.heading]).toEqual(['it', 'Manuali', 'Rapporto di coerenza']);
    expect(index!.cells).toEqual(expect.arrayContaining(['piano di formazione', '3 obiettivi di valutazione', '0 errori, 1 avvertenze']));
    expect(consistency!.cells).toEqual(expect.arrayContaining(['Travail pratique: ponderazioni (%)', 'DIVERGENZA']));
  });

  it('fall back to English when the documents are in different languages', () => {
    const [index, consistency] = site([report('a', 'fr'), report('b', 'de')]);
    expect([index!.lang, index!.heading, consistency!.heading]).toEqual(['en', 'Handbooks', 'Consistency report']);
    expect(index!.cells).toEqual(expect.arrayContaining(['training plan', '3 evaluation objectives']));
    expect(consistency!.cells).toEqual(expect.arrayContaining(['Travail pratique: weights (%)', 'MISMATCH']));
  });
});
