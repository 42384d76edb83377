import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfOutput } from '../../../src/emit/pdf/pdf-output.js';
import { Tagger } from '../../../src/emit/pdf/tagging.js';
import { temporaryDirectory } from '../../helpers/fixtures.js';
import { structureText } from './poppler.js';

/** A two-page tagged document: a paragraph continued on the second page, a link, a header cell. */
function taggedDocument(): Buffer {
  const doc = new PDFDocument({ tagged: true, autoFirstPage: false, bufferPages: true, lang: 'fr-CH' });
  const output = pdfOutput(doc);
  output.addPage();
  const tagger = new Tagger(doc, output);
  const paragraph = tagger.element(tagger.root, 'P');
  tagger.own(paragraph);
  doc.text('Début du paragraphe', 72, 72, { lineBreak: false });
  tagger.artifact(() => doc.text('Page 1 / 2', 72, 800, { lineBreak: false }), 'Pagination', 'Bottom');
  output.addPage();
  output.destination('cible', 72);
  tagger.own(paragraph);
  doc.text('et sa fin', 72, 72, { lineBreak: false });
  const link = tagger.element(paragraph, 'Link');
  tagger.own(link);
  doc.text('un renvoi', 150, 72, { lineBreak: false });
  tagger.link(link, { x: 150, y: 72, width: 60, height: 12 }, 'cible');
  tagger.end(link);
  tagger.end(paragraph);
  const table = tagger.element(tagger.root, 'Table');
  const row = tagger.element(table, 'TR');
  const header = tagger.element(row, 'TH', { scope: 'Column', colSpan: 2 });
  tagger.own(header);
  doc.text('Lieu', 72, 120, { lineBreak: false });
  tagger.finish();
  return output.end();
}

describe('the structure tree', () => {
  const pdf = taggedDocument();
  const source = pdf.toString('latin1');
  const file = join(temporaryDirectory(), 'tagging.pdf');
  writeFileSync(file, pdf);

  it('gives each element the content it owns, across pages, its link annotation and attributes; artifacts stay out', () => {
    const tree = structureText(file);
    expect(tree).toMatch(/^Document\n\s+P[^\n]*\n\s+"Début du paragraphe"\n\s+"et sa fin"\n\s+Link[^\n]*\n\s+"un renvoi"\n\s+Object \d+ 0\n/);
    expect(tree).toMatch(/Table[^\n]*\n\s+TR\n\s+TH:\n\s+\/Scope \/Column\n\s+\/ColSpan 2\n\s+"Lieu"/);
    expect(tree).not.toContain('Page 1 / 2');
  });

  it('refers to marked content on a later page with its page, and to the link annotation', () => {
    const paragraph = /<<\/S \/P \/P \d+ 0 R \/Pg (\d+) 0 R \/K \[0 <<\/Type \/MCR \/Pg (\d+) 0 R \/MCID 0>> (\d+) 0 R\]>>/.exec(source);
    expect(paragraph).not.toBeNull();
    expect(paragraph![1]).not.toBe(paragraph![2]);
    expect(source).toMatch(/<<\/S \/Link \/P \d+ 0 R \/Pg \d+ 0 R \/K \[1 <<\/Type \/OBJR \/Obj \d+ 0 R \/Pg \d+ 0 R>>\]>>/);
    expect(source).toMatch(/\/Subtype \/Link[\s\S]*?\/StructParent 2\b/);
  });
});
