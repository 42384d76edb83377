import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { dejaVuFonts } from '../../../src/emit/pdf/fonts.js';
import { GlyphMetrics, type ShapingFont } from '../../../src/emit/pdf/glyph-metrics.js';
import { repositoryDirectory } from '../../helpers/fixtures.js';

const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(path: string): ShapingFont };

/** The text of every YAML source under curricula/. */
function shippedSourceText(): string {
  const directory = join(repositoryDirectory, 'curricula');
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => readFileSync(join(directory, name), 'utf8'))
    .join('\n')
    .normalize('NFC');
}
const fonts = dejaVuFonts();

/** Kerned pairs (Pa, Te, AV, «T), words opening with punctuation or digits, accents, German and Italian letters. */
const words = ['Partie', '(Partie', 'Tâche', 'AVANT', '«Tableau»', '1ère', '12,5', '–', 'Straße', 'œuvre', 'perché', 'Twyford', 'L’entreprise', '✓'];

describe('glyph metrics', () => {
  for (const [name, path] of Object.entries(fonts)) {
    it(`shapes words as fontkit does (${name})`, () => {
      const font = fontkit.openSync(path);
      const metrics = new GlyphMetrics(font);
      for (const word of words) {
        const shaped = metrics.shape(word);
        const run = font.layout(word);
        expect(shaped, word).toBeDefined();
        expect(shaped!.glyphs.slice(0, shaped!.length), word).toEqual(run.glyphs.map((glyph) => glyph.id));
        expect(
          shaped!.advances.slice(0, shaped!.length).map((advance, index) => advance + shaped!.kernings[index]!),
          word,
        ).toEqual(run.positions.map((position) => position.xAdvance));
      }
    });
  }

  it('kerns pairs', () => {
    const shaped = new GlyphMetrics(fontkit.openSync(fonts.regular)).shape('Pa');
    expect(shaped!.kernings[0]).toBeLessThan(0);
  });

  it('measures words to the bit as pdfkit does (every word of the shipped curricula)', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont('regular', fonts.regular);
    doc.font('regular').fontSize(1000);
    const metrics = new GlyphMetrics(fontkit.openSync(fonts.regular));
    const shippedWords = new Set(shippedSourceText().split(/[\s\u00ad]+/).filter(Boolean));
    const measured = [...words, ...shippedWords].filter((word) => !Number.isNaN(metrics.widthPerPoint(word)));
    expect(measured.length).toBeGreaterThan(3000);
    for (const word of measured) expect(metrics.widthPerPoint(word), word).toBe(doc.widthOfString(word) / 1000);
  });

  it('leaves ligatures, combining marks, characters beyond the BMP and scripts other than Latin to fontkit', () => {
    const metrics = new GlyphMetrics(fontkit.openSync(fonts.regular));
    expect(fontkit.openSync(fonts.regular).layout('fi').glyphs).toHaveLength(1);
    for (const word of ['fichier', 'e\u0301', 'q\u0307', 'a😀', 'Ελληνικά']) {
      expect(metrics.shape(word), word).toBeUndefined();
      expect(metrics.widthPerPoint(word), word).toBeNaN();
    }
  });
});
