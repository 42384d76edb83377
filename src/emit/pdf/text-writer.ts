import { embeddedFont, type EmbeddedFont } from './fonts.js';
import type { TextStyle } from './styles.js';

/**
 * Writes already measured text straight into the current page's content stream. pdfkit's `text()` shapes each
 * string again, measures it twice more and wraps it in its own save/transform/restore; at a national catalogue's
 * scale that was a quarter of the PDF build. Here a piece of text is shaped once per process (pdfkit's shared
 * layout cache, see fonts.ts) and encoded once per document; a run becomes one text object.
 */

/** What one font needs per document: the TJ operand of each piece written so far, and each glyph's subset code. */
interface FontEncoding {
  pieces: Map<string, string | null>;
  glyphs: Map<number, string>;
}

export class TextWriter {
  private readonly encodings = new Map<EmbeddedFont, FontEncoding>();
  private readonly colors = new Map<string, string>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /**
   * Draws text on one line with its top at `y` (the baseline sits at the font's ascent below it), given as the
   * pieces it was measured in: each piece (a word, a space, a hyphen) is shaped and encoded once per document.
   */
  draw(pieces: readonly string[], style: TextStyle, x: number, y: number): void {
    const font = embeddedFont(this.doc, style.font);
    const operand = this.encode(font, pieces);
    if (operand === null) {
      // positioned glyphs (combining marks): pdfkit places them one by one
      this.doc.font(style.font).fontSize(style.size).fillColor(style.color).text(pieces.join(''), x, y, { lineBreak: false });
      return;
    }
    const page = this.doc.page as unknown as { fonts: Record<string, unknown> };
    page.fonts[font.id] ??= font.ref();
    const baseline = y + (font.ascender / 1000) * style.size;
    // The page's matrix is flipped (pdfkit's top-left origin); the text matrix flips the glyphs upright again.
    this.doc.addContent(`${this.color(style.color)}\nBT\n/${font.id} ${number(style.size)} Tf\n1 0 0 -1 ${number(x)} ${number(baseline)} Tm\n[${operand}] TJ\nET`);
  }

  /** The TJ operand for the pieces, or null when a glyph is offset from its pen position. */
  private encode(font: EmbeddedFont, pieces: readonly string[]): string | null {
    let encoding = this.encodings.get(font);
    if (!encoding) {
      encoding = { pieces: new Map(), glyphs: new Map() };
      this.encodings.set(font, encoding);
    }
    let operand = '';
    for (const piece of pieces) {
      let encoded = encoding.pieces.get(piece);
      if (encoded === undefined) {
        encoded = encodePiece(font, encoding.glyphs, piece);
        encoding.pieces.set(piece, encoded);
      }
      if (encoded === null) return null;
      // every operand starts with "<", a delimiter: no separator needed
      operand += encoded;
    }
    return operand;
  }

  private color(hex: string): string {
    let operator = this.colors.get(hex);
    if (!operator) {
      const channels = [1, 3, 5].map((start) => number(parseInt(hex.slice(start, start + 2), 16) / 255));
      operator = `${channels.join(' ')} rg`;
      this.colors.set(hex, operator);
    }
    return operator;
  }
}

/** Hex glyph codes of the document's subset, with a TJ adjustment after each kerned glyph (as pdfkit writes them). */
function encodePiece(font: EmbeddedFont, codes: Map<number, string>, piece: string): string | null {
  const { glyphs, positions } = font.layoutCached(piece);
  const parts: string[] = [];
  let hex = '';
  for (let index = 0; index < glyphs.length; index += 1) {
    const glyph = glyphs[index]!;
    const position = positions[index]!;
    if (position.xOffset || position.yOffset) return null;
    let code = codes.get(glyph.id);
    if (code === undefined) {
      const subsetId = font.subset.includeGlyph(glyph.id);
      font.widths[subsetId] ??= glyph.advanceWidth * font.scale;
      font.unicode[subsetId] ??= glyph.codePoints;
      code = subsetId.toString(16).padStart(4, '0');
      codes.set(glyph.id, code);
    }
    hex += code;
    const kerning = position.xAdvance - position.advanceWidth;
    if (kerning !== 0) {
      parts.push(`<${hex}> ${number(-kerning)}`);
      hex = '';
    }
  }
  if (hex) parts.push(`<${hex}>`);
  return parts.join(' ');
}

/** Points and thousandths with two decimals: finer than any printer, and short. */
function number(value: number): string {
  return String(Math.round(value * 100) / 100);
}
