import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportParts, writeSite } from '../../src/emit/site.js';
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

/** The site pages written for these documents, their report parts prepared beforehand or not. */
function writeSiteOf(reports: DocumentReport[], prepared: boolean): string {
  const out = temporaryDirectory();
  const target = { outDirectory: out, html: true, pdf: false };
  const parts = new ReportParts(target);
  if (prepared) for (const r of reports) parts.add(r);
  writeSite(reports.map((r) => ({ report: r, written: [] })), reports, target, parts);
  return out;
}

const readAll = (out: string) => ['index.html', 'report.html', 'report.json'].map((name) => readFileSync(join(out, name), 'utf8'));

/** index.html and report.html written for these documents: their language, h1 and every cell's text. */
function site(reports: DocumentReport[]) {
  const out = writeSiteOf(reports, false);
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

  it('are the same whether the report parts were prepared during the build or not', () => {
    // prepared in each document's language: kept when the site speaks it, rendered again in English when not
    for (const reports of [[report('a', 'it'), report('b', 'it')], [report('a', 'fr'), report('b', 'de')]]) {
      expect(readAll(writeSiteOf(reports, true))).toEqual(readAll(writeSiteOf(reports, false)));
    }
  });
});

describe('report.json', () => {
  it('holds every document in order, formatted as JSON.stringify formats the whole', () => {
    const text = readAll(writeSiteOf([report('a', 'fr'), report('b', 'de')], true))[2]!;
    const json = JSON.parse(text) as { version: number; documents: { id: string; counts: unknown[] }[] };
    expect(text).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(json.version).toBe(1);
    expect(json.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(json.documents[0]!.counts).toEqual([{ label: 'evaluation objectives', value: 3 }]);
  });

  it('has an empty list when there are no documents', () => {
    expect(JSON.parse(readAll(writeSiteOf([], true))[2]!)).toEqual({ version: 1, documents: [] });
  });
});
