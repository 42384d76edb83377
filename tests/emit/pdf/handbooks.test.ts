import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookFor, renderPdf } from '../../../src/emit/pdf/index.js';
import type { ResolvedDocument } from '../../../src/resolve/index.js';
import { shippedCurricula } from '../../helpers/curricula.js';
import { repositoryDirectory, temporaryDirectory } from '../../helpers/fixtures.js';
import { structureProblems } from './pdf-structure.js';
import { normalizeExtracted, normalizeSource, pdfFonts, pdfInfo, pdfPages, pdfText, renderPng, structureText } from './poppler.js';

const { result, trainingPlan, teachingPlan } = shippedCurricula();
const out = temporaryDirectory();
const creationDate = new Date('2024-03-01T12:00:00Z');
const reviewDirectory = join(repositoryDirectory, 'dist', 'review');

const diagnosticsOf = (document: ResolvedDocument) => result.documents.find((d) => d.resolved === document)!.diagnostics;

/** Each shipped handbook built once for the whole file. */
function build(document: ResolvedDocument) {
  const pdf = renderPdf({ document, diagnostics: diagnosticsOf(document), creationDate });
  const file = join(out, `${document.id}.pdf`);
  writeFileSync(file, pdf);
  return { document, pdf, file, text: normalizeExtracted(pdfText(file)), info: pdfInfo(file) };
}
const built = [build(trainingPlan), build(teachingPlan)] as const;
const [training, teaching] = built;

describe('PDF handbooks of the shipped curricula', () => {
  it('contain every evaluation objective and every competence-dimension statement, words intact', () => {
    const missing = trainingPlan.evaluationObjectives.map(({ objective }) => objective).filter((objective) => !training.text.includes(normalizeSource(objective.text)));
    expect(missing.map((o) => o.id)).toEqual([]);
    expect(trainingPlan.evaluationObjectives).toHaveLength(281);
    const statements = teachingPlan.dimensions.flatMap(({ dimension }) => dimension.statements.map((s) => s.text));
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((s) => !teaching.text.includes(normalizeSource(s)))).toEqual([]);
  });

  it('extract without soft hyphens or hyphens inside lines that the source does not have', () => {
    for (const { file } of built) expect(pdfText(file)).not.toContain('\u00AD');
    // a hyphen the layout inserts only ever ends a line: hyphens inside a line are the source's own
    for (const { file, document } of built) {
      const corpus = JSON.stringify([document.plan, diagnosticsOf(document)]);
      const inside = pdfText(file, { raw: true })
        .split(/\s+/)
        .map((word) => word.replace(/-$/, '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
        .filter((word) => /\p{L}-\p{L}/u.test(word));
      expect(inside.length).toBeGreaterThan(0);
      expect(inside.filter((word) => !corpus.includes(word))).toEqual([]);
    }
  });

  it('list the work situations with every performance criterion', () => {
    for (const criterion of teachingPlan.criteria.values()) expect(teaching.text).toContain(normalizeSource(criterion.text));
  });

  for (const handbook of built) {
    describe(handbook.document.id, () => {
      it('has a table of contents whose page numbers are the pages of the headings', () => {
        const entries = handbookFor(handbook.document, []).blocks.flatMap((b) => (b.kind === 'heading' && b.toc ? [b.text] : []));
        const firstTocPage = normalizeExtracted(pdfText(handbook.file, { first: 2, last: 2, layout: true, bodyOnly: true }));
        const firstEntry = new RegExp(`${escape(normalizeSource(entries[0]!))} (\\d+)`).exec(firstTocPage);
        expect(firstEntry, 'first entry on page 2').not.toBeNull();
        const contentStart = Number(firstEntry![1]);
        const toc = normalizeExtracted(pdfText(handbook.file, { first: 2, last: contentStart - 1, layout: true, bodyOnly: true }));
        const pages = pdfPages(handbook.file, { bodyOnly: true }).map(normalizeExtracted);
        let previous = contentStart;
        for (const entry of entries) {
          const match = new RegExp(`${escape(normalizeSource(entry))} (\\d+)`).exec(toc);
          expect(match, `TOC entry "${entry}"`).not.toBeNull();
          const page = Number(match![1]);
          expect(page, entry).toBeGreaterThanOrEqual(previous);
          expect(pages[page - 1], `"${entry}" on page ${page}`).toContain(normalizeSource(entry));
          previous = page;
        }
      });

      it('has a cross-reference table that points at every object, and streams that inflate', () => {
        expect(handbook.pdf.toString('latin1').match(/stream\n/g)?.length).toBeGreaterThan(10);
        expect(structureProblems(handbook.pdf)).toEqual([]);
      });

      it('embeds all its fonts, DejaVu only', () => {
        const fonts = pdfFonts(handbook.file);
        expect(fonts.length).toBeGreaterThanOrEqual(3);
        for (const font of fonts) {
          expect(font.embedded, font.name).toBe(true);
          expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSansCondensed/);
        }
      });

      it('is tagged, titled and numbered "page X / Y" on every page but the title page', () => {
        const plan = handbook.document.plan;
        expect(handbook.info['Tagged']).toBe('yes');
        expect(handbook.info['Title']).toBe('subtitle' in plan && plan.subtitle ? `${plan.title} — ${plan.subtitle}` : `${plan.title} — ${plan.profession}`);
        expect(handbook.info['Author']).toBe(plan.organisation);
        expect(handbook.info['Subject']).toBe(plan.profession);
        expect(handbook.info['Keywords']).toContain(plan.profession);
        expect(handbook.info['CreationDate']).toMatch(/2024/);
        expect(handbook.pdf.toString('latin1')).toContain(`/Lang (${plan.language})`);
        expect(handbook.pdf.toString('latin1')).toContain('/DisplayDocTitle true');
        expect(handbook.info['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
        const count = Number(handbook.info['Pages']);
        const pages = pdfPages(handbook.file);
        expect(pages).toHaveLength(count);
        expect(pages[0]).not.toMatch(/Page \d+ \/ \d+/);
        pages.slice(1).forEach((text, index) => expect(text, `page ${index + 2}`).toContain(`Page ${index + 2} / ${count}`));
      });

      it('is byte-identical when built again from the same input', async () => {
        const again = renderPdf({ document: handbook.document, diagnostics: diagnosticsOf(handbook.document), creationDate });
        expect(again.equals(handbook.pdf)).toBe(true);
      });

      it('has a structure tree: headings H1–H3 without skipped levels, table headers with scope, TOC, links; running heads outside it', () => {
        const tree = structureText(handbook.file);
        const levels = [...tree.matchAll(/^\s*H([1-6]) /gm)].map((m) => Number(m[1]));
        expect(levels[0]).toBe(1);
        expect(Math.max(...levels)).toBe(3);
        levels.forEach((level, index) => index > 0 && expect(level, `heading ${index}`).toBeLessThanOrEqual(levels[index - 1]! + 1));
        for (const type of ['Table', 'THead', 'TBody', 'TR', 'TH', 'TD', 'TOC', 'TOCI', 'Link', 'L', 'LI']) expect(tree).toMatch(new RegExp(`^\\s*${type}\\b`, 'm'));
        expect(tree).toContain('/Scope /Column');
        expect(tree).toContain('/Scope /Row');
        expect(tree).not.toMatch(/Page \d+ \/ \d+/);
      });

      it('links only to destinations it defines, and has them', () => {
        const source = handbook.pdf.toString('latin1');
        const targets = new Set([...source.matchAll(/\/S \/GoTo \/D \(([^)]*)\)/g)].map((m) => m[1]!));
        const names = source.slice(source.indexOf('/Dests'));
        const defined = new Set([...source.matchAll(/\(([^)]*)\) \[\d+ 0 R \/XYZ/g)].map((m) => m[1]!));
        expect(names.length).toBeGreaterThan(0);
        expect(targets.size).toBeGreaterThan(10);
        expect([...targets].filter((t) => !defined.has(t))).toEqual([]);
      });
    });
  }

  it('links cross-references: CI course → competence, competence dimension → work situation', () => {
    const targets = (pdf: Buffer) => new Set([...pdf.toString('latin1').matchAll(/\/S \/GoTo \/D \(([^)]*)\)/g)].map((m) => m[1]!));
    for (const anchor of ['comp-2.2', 'comp-5.4', 'ci-I', 'rev-2020', 'dom-3']) expect(targets(training.pdf).has(anchor), anchor).toBe(true);
    for (const anchor of ['ws-a.1', 'ws-a.7', 'crit-a.1.p1', 'lf-5.3', 'mod-4']) expect(targets(teaching.pdf).has(anchor), anchor).toBe(true);
  });

  it('marks added and changed items with their revision date', () => {
    expect(training.text).toContain('Ajouté le 20.08.2020');
    expect(training.text).toContain('Version du 20.08.2020');
    expect(training.text).toContain('Constats de la vérification');
  });

  it('writes review images of the title page, the contents and a table continued on a new page', () => {
    mkdirSync(reviewDirectory, { recursive: true });
    const pages = pdfPages(training.file, { bodyOnly: true });
    // a page whose body starts with the repeated header of an objective table
    const continued = pages.findIndex((text, index) => index > 3 && /^\s*Numérotation/.test(text)) + 1;
    expect(continued).toBeGreaterThan(3);
    renderPng(training.file, 1, join(reviewDirectory, 'pdf-title-page'));
    renderPng(training.file, 2, join(reviewDirectory, 'pdf-contents'));
    renderPng(training.file, continued, join(reviewDirectory, 'pdf-table-continued'));
    renderPng(teaching.file, 6, join(reviewDirectory, 'pdf-teaching-plan-dimensions'));
    expect(readFileSync(join(reviewDirectory, 'pdf-contents.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
