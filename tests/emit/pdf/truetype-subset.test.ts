import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dejaVuFonts } from '../../../src/emit/pdf/fonts.js';
import { trueTypeSubset } from '../../../src/emit/pdf/truetype-subset.js';

interface FontkitFont {
  glyphsForString(text: string): { id: number }[];
  createSubset(): { glyphs: number[]; includeGlyph(id: number): number; encode(): Uint8Array };
}
const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(path: string): FontkitFont };

/** Letters the handbooks print, accented ones included: DejaVu draws many of them as composite glyphs. */
const TEXT = 'Les apprenti·e·s élaborent « l’œuvre » – à l’école, au CI; Straße, Übung, perché, ÇÀÉÈÊÎÔÙÛŒ ✓ 0123456789 (a/b) [c] \\';

describe('TrueType subset', () => {
  for (const [name, path] of Object.entries(dejaVuFonts())) {
    it(`writes the file fontkit writes, composite glyphs and their components included (${name})`, () => {
      const font = fontkit.openSync(path);
      // twice from the same parsed font, as for two handbooks: a subset must leave the font's bytes as they were
      // (fontkit's subset is made from a font of its own, which nothing else touches)
      for (const text of [TEXT, [...TEXT].reverse().join('')]) {
        const ids = font.glyphsForString(text).map((glyph) => glyph.id);
        const reference = fontkit.openSync(path).createSubset();
        const subset = trueTypeSubset(font)!;
        for (const id of ids) expect(subset.includeGlyph(id)).toBe(reference.includeGlyph(id));
        const expected = reference.encode();
        // components were added while encoding: composites were copied and renumbered
        expect(reference.glyphs.length).toBeGreaterThan(new Set([0, ...ids]).size);
        expect(Buffer.from(subset.encode()).equals(Buffer.from(expected))).toBe(true);
      }
    });
  }

  it('leaves fonts with CFF outlines to fontkit', () => {
    // every table a TrueType subset needs is there and long enough: only the CFF outlines make it fontkit's
    const lengths: Record<string, number> = { head: 54, hhea: 36, maxp: 32, loca: 4, glyf: 0, hmtx: 4, 'CFF ': 16 };
    const tables: Record<string, { offset: number; length: number }> = {};
    let offset = 0;
    for (const [tag, length] of Object.entries(lengths)) {
      tables[tag] = { offset, length };
      offset += length;
    }
    const cff = { stream: { buffer: new Uint8Array(offset) }, directory: { tables } };
    expect(trueTypeSubset(cff)).toBeUndefined();
  });
});
