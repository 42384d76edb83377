import { embeddedFont, glyphMetrics, type EmbeddedFont } from './fonts.js';
import type { GlyphMetrics } from './glyph-metrics.js';
import { valueIn } from './memo.js';
import { pdfNumber, rgbOperands, type ContentBytes, type PdfOutput } from './pdf-output.js';
import type { TextStyle } from './styles.js';
import { charCodeAt } from '../../text/string-methods.js';

/**
 * Writes already measured text straight into the current page's content stream. pdfkit's `text()` shapes each
 * string again, measures it twice more and wraps it in its own save/transform/restore; at a national catalogue's
 * scale that was a quarter of the PDF build. Here a run becomes one text object whose glyph codes are written as
 * bytes from the glyph tables (glyph-metrics.ts), or from fontkit's shaping for the words the tables leave to it,
 * in literal strings: two bytes per glyph where pdfkit's hex strings take four (a quarter less content to
 * compress, a fifth smaller once compressed).
 */

/** What drawing in one font needs per document. */
interface FontState {
  metrics: GlyphMetrics;
  /** Each glyph's code in the document's subset, plus one (zero: not in the subset yet). */
  codes: Int32Array;
  encodings: PieceEncodings;
  /** The page whose resources were last given this font: a run on it need not give it again. */
  page: unknown;
}

/** What drawing in one style needs, resolved on the style's first run: a handbook draws some 10 000 runs. */
interface StyleState {
  font: EmbeddedFont;
  fontState: FontState;
  /** The operators that open a text object in the style: its colour, font and size. */
  opening: string;
  /** From a line's top to its baseline. */
  ascent: number;
}

export class TextWriter {
  private readonly fonts = new Map<EmbeddedFont, FontState>();
  private readonly styles = new Map<TextStyle, StyleState>();
  private readonly operand = new OperandWriter();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly output: PdfOutput,
  ) {}

  /**
   * Draws text on one line with its top at `y` (the baseline sits at the font's ascent below it), given as the
   * pieces it was measured in (words, spaces, a hyphen).
   */
  draw(pieces: readonly string[], style: TextStyle, x: number, y: number): void {
    const { font, fontState: state, opening, ascent } = valueIn(this.styles, style, this.newStyleState);
    const { content } = this.output;
    const start = content.mark;
    const baseline = y + ascent;
    content.text(opening);
    // The page's matrix is flipped (pdfkit's top-left origin); the text matrix flips the glyphs upright again.
    content.text('1 0 0 -1 ');
    content.number(x);
    content.text(' ');
    content.number(baseline);
    content.line(' Tm');
    content.text('[');
    this.operand.begin(content, font, state);
    for (const piece of pieces) {
      if (!this.operand.write(piece)) {
        // positioned glyphs (combining marks): pdfkit places them one by one
        content.truncate(start);
        this.doc.font(style.font).fontSize(style.size).fillColor(style.color).text(pieces.join(''), x, y, { lineBreak: false });
        return;
      }
    }
    this.operand.end();
    content.line('] TJ');
    content.line('ET');
    const page = this.doc.page as unknown as { fonts: Record<string, unknown> };
    if (state.page !== page) {
      page.fonts[font.id] ??= font.ref();
      state.page = page;
    }
  }

  private readonly newStyleState = (style: TextStyle): StyleState => {
    const font = embeddedFont(this.doc, style.font);
    return {
      font,
      fontState: valueIn(this.fonts, font, newFontState),
      opening: `${rgbOperands(style.color)} rg\nBT\n/${font.id} ${pdfNumber(style.size)} Tf\n`,
      ascent: (font.ascender / 1000) * style.size,
    };
  };
}

function newFontState(font: EmbeddedFont): FontState {
  return { metrics: glyphMetrics(font), codes: new Int32Array((font.font as { numGlyphs: number }).numGlyphs), encodings: new PieceEncodings(), page: undefined };
}

/** The longest encoding kept: its length is stored in one byte. */
const MAX_ENCODING = 0xff;

/**
 * A document's pieces (words, spaces) in one font as they were encoded the first time, to be copied when they
 * recur: a handbook draws some 50 000 pieces, nine in ten of them seen before in the same handbook. Encodings
 * depend on the document's subset codes, so they are kept per document; each is stored as its length (one byte)
 * and its bytes, in one buffer.
 */
class PieceEncodings {
  bytes = new Uint8Array(16 * 1024);
  private length = 0;
  /** Where each piece's entry starts. */
  private readonly entries = new Map<string, number>();
  /** The space's entry, kept apart: four pieces in ten are spaces, and a `Map` lookup hashes its key. */
  private spaceEntry: number | undefined;

  entryOf(piece: string): number | undefined {
    return piece === ' ' ? this.spaceEntry : this.entries.get(piece);
  }

  /** Keeps what was written into `content` since `start` as the encoding of `piece`. */
  store(piece: string, content: ContentBytes, start: number): void {
    const written = content.written();
    const size = written.length - start;
    if (size > MAX_ENCODING) return;
    if (this.length + 1 + size > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    if (piece === ' ') this.spaceEntry = this.length;
    else this.entries.set(piece, this.length);
    this.bytes[this.length] = size;
    this.bytes.set(written.subarray(start), this.length + 1);
    this.length += 1 + size;
  }
}

/**
 * Writes a run's TJ operand: glyph codes of the document's subset in literal strings, a string closed after each
 * kerned glyph by its adjustment (as pdfkit writes it, but one string across the pieces of a run). A piece shaped
 * from the glyph tables has no adjustment after its last glyph, so it starts and ends inside a string: its bytes
 * are the same wherever it recurs.
 */
class OperandWriter {
  private content!: ContentBytes;
  private font!: EmbeddedFont;
  private metrics!: GlyphMetrics;
  private codes!: Int32Array;
  private encodings!: PieceEncodings;
  private open = false;
  /** An adjustment has been written: the next string is separated from it. */
  private adjusted = false;

  begin(content: ContentBytes, font: EmbeddedFont, state: FontState): void {
    this.content = content;
    this.font = font;
    this.metrics = state.metrics;
    this.codes = state.codes;
    this.encodings = state.encodings;
    this.open = false;
    this.adjusted = false;
  }

  /** Returns false, having written part of the piece, when a glyph is offset from its pen position. */
  write(piece: string): boolean {
    const { font, content, encodings } = this;
    const entry = encodings.entryOf(piece);
    if (entry !== undefined) {
      this.openString();
      content.appendRange(encodings.bytes, entry + 1, entry + 1 + encodings.bytes[entry]!);
      return true;
    }
    const word = this.metrics.shape(piece);
    if (word) {
      this.openString();
      const start = content.mark;
      for (let index = 0; index < word.length; index += 1) {
        const advance = word.advances[index]!;
        this.glyph(word.glyphs[index]!, advance, charCodeAt(piece, index), (advance + word.kernings[index]!) * font.scale);
      }
      encodings.store(piece, content, start);
      return true;
    }
    const { glyphs, positions } = font.layoutCached(piece);
    for (let index = 0; index < glyphs.length; index += 1) {
      const glyph = glyphs[index]!;
      const position = positions[index]!;
      if (position.xOffset || position.yOffset) return false;
      this.glyph(glyph.id, glyph.advanceWidth, glyph.codePoints, position.xAdvance);
    }
    return true;
  }

  end(): void {
    if (this.open) this.content.text(')');
  }

  private openString(): void {
    if (this.open) return;
    this.content.text(this.adjusted ? ' (' : '(');
    this.open = true;
  }

  /**
   * Adds a glyph, given its advance width in font units, what it stands for, and its advance on the line in
   * thousandths of the font size.
   */
  private glyph(id: number, advanceWidth: number, codePoints: number | number[], xAdvance: number): void {
    const { font, content } = this;
    let code = this.codes[id]! - 1;
    if (code < 0) {
      code = font.subset.includeGlyph(id);
      font.widths[code] ??= advanceWidth * font.scale;
      font.unicode[code] ??= typeof codePoints === 'number' ? [codePoints] : codePoints;
      this.codes[id] = code + 1;
    }
    this.openString();
    content.glyphCode(code);
    const kerning = xAdvance - advanceWidth * font.scale;
    if (kerning !== 0) {
      content.text(') ');
      content.number(-kerning);
      this.open = false;
      this.adjusted = true;
    }
  }
}
