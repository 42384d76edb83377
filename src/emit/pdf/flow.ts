import type { FontSet } from './fonts.js';
import type { Hyphenator } from './hyphenation.js';
import { mapIn, valueIn } from './memo.js';
import { breakLines, type Line, type Run, type StyledSpan, type TextMeasure } from './line-breaking.js';
import type { Span } from './model.js';
import type { PdfOutput } from './pdf-output.js';
import { contentBottom, contentTop, contentWidth, page, spanStyle, type TextStyle } from './styles.js';
import type { Tag, Tagger } from './tagging.js';
import type { TextWriter } from './text-writer.js';

/** Everything the layout primitives share for one document. */
export interface LayoutContext {
  doc: PDFKit.PDFDocument;
  output: PdfOutput;
  tagger: Tagger;
  measure: TextMeasure;
  text: TextWriter;
  hyphenate: Hyphenator;
  fonts: FontSet;
}

const EPSILON = 0.01;
/** The longest text whose lines are kept for when it recurs in the document (most recurring texts are shorter). */
const RECURRING_TEXT_LENGTH = 200;
const noHyphenation = (word: string) => word;

/** The ratio of DejaVu's ascent + descent to the font size: glyphs are centred in the line box with it. */
const GLYPH_BOX = 1.164;

/**
 * The cursor over the pages: where the next block goes, when a page is full, and what each page is about (for
 * the running head). Pages are only ever added here, so every break closes the open marked content first.
 */
export class Flow {
  y: number = contentTop;
  readonly left = page.margins.left;
  readonly width = contentWidth;
  /** Index of the current (always the last) page. */
  pageIndex = 0;
  /** Per page: the section the running head names. */
  readonly pageSections: string[] = [''];
  private section = '';
  private sectionStartedOnPage = false;
  /** Per base style: the style of each kind of span in it. */
  private readonly spanStyles = new Map<TextStyle, Map<string, TextStyle>>();
  private readonly internedStyles = new Map<string, TextStyle>();
  /** Per style, per width (negative: not hyphenated), per text: the lines of recurring short texts. */
  private readonly recurringLines = new Map<TextStyle, Map<number, Map<string, Line[]>>>();

  constructor(readonly context: LayoutContext) {}

  get atTop(): boolean {
    return this.y <= contentTop + EPSILON;
  }

  get remaining(): number {
    return contentBottom - this.y;
  }

  fits(height: number): boolean {
    return this.y + height <= contentBottom + EPSILON;
  }

  newPage(): void {
    this.context.tagger.close();
    this.context.output.addPage();
    this.pageIndex += 1;
    this.y = contentTop;
    this.pageSections.push(this.section);
    this.sectionStartedOnPage = false;
  }

  /** Breaks the page unless `height` still fits (or the page is empty anyway). */
  ensure(height: number): void {
    if (!this.fits(height) && !this.atTop) this.newPage();
  }

  /** Vertical space, dropped at the top of a page. */
  space(height: number): void {
    if (!this.atTop) this.y = Math.min(this.y + height, contentBottom);
  }

  /** From here on, the running head names `title`; a page keeps the first section that starts on it. */
  startSection(title: string): void {
    this.section = title;
    if (!this.sectionStartedOnPage || this.atTop) this.pageSections[this.pageIndex] = title;
    this.sectionStartedOnPage = true;
  }

  /** Names a destination here (or at `y`); a name placed again keeps its first place. */
  destination(name: string, y: number = this.y): void {
    this.context.output.destination(name, y);
  }

  /** Resolves spans against a base style into what the line breaker takes; equal styles are one object. */
  private styled(spans: readonly Span[], base: TextStyle): StyledSpan[] {
    const variants = mapIn(this.spanStyles, base);
    const styled: StyledSpan[] = [];
    for (const span of spans) {
      const plain = !span.weight && !span.tone && !span.italic && !span.link;
      const key = plain ? '' : `${span.weight ?? ''}|${span.tone ?? ''}|${span.italic ?? ''}|${span.link ? 'link' : ''}`;
      let style = variants.get(key);
      if (!style) {
        style = this.interned(spanStyle(this.context.fonts, base, span));
        variants.set(key, style);
      }
      // composed letters: the font has a glyph for "é", while "e" + U+0301 would need positioned marks
      const text = span.text.normalize('NFC');
      styled.push({ text, style, link: span.link });
    }
    return styled;
  }

  /**
   * Breaks spans into lines; `hyphenate: false` for text that should not be hyphenated (table headers). A short
   * text in one style is laid out once per document: table cells, labels and numbers recur on every page.
   */
  lines(spans: readonly Span[], base: TextStyle, width: number, hyphenate = true): readonly Line[] {
    const styled = this.styled(spans, base);
    const only = styled.length === 1 ? styled[0]! : undefined;
    if (!only || only.link || only.text.length > RECURRING_TEXT_LENGTH) return this.breakLines(styled, width, hyphenate);
    // unhyphenated text is kept under the negated width
    const byText = mapIn(mapIn(this.recurringLines, only.style), hyphenate ? width : -width);
    let lines = byText.get(only.text);
    if (!lines) {
      lines = this.breakLines(styled, width, hyphenate);
      byText.set(only.text, lines);
    }
    return lines;
  }

  private breakLines(styled: readonly StyledSpan[], width: number, hyphenate: boolean): Line[] {
    return breakLines(styled, width, this.context.measure, hyphenate ? this.context.hyphenate : noHyphenation);
  }

  /** The one style object of the document equal to `style`. */
  private interned(style: TextStyle): TextStyle {
    const key = `${style.font}|${style.size}|${style.lineHeight}|${style.color}`;
    return valueIn(this.internedStyles, key, () => style);
  }

  /**
   * Draws one laid-out line with its top at `y`: its text owned by `owner`, each linked run as a Link element
   * of its own with its annotation.
   */
  drawLine(line: Line, x: number, y: number, owner: Tag, align: 'left' | 'center' | 'right' = 'left', width = 0): void {
    const { tagger } = this.context;
    const offset = align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
    for (const run of line.runs) {
      const runX = x + offset + run.x;
      if (run.link) {
        const link = tagger.element(owner, 'Link');
        tagger.own(link);
        this.drawRun(run, runX, y, line);
        tagger.link(link, { x: runX, y, width: run.width, height: line.height }, run.link);
        tagger.end(link);
      } else {
        tagger.own(owner);
        this.drawRun(run, runX, y, line);
      }
    }
  }

  private drawRun(run: Run, x: number, y: number, line: Line): void {
    const top = y + (line.height - line.size * GLYPH_BOX) / 2;
    this.context.text.draw(run.pieces, run.style, x, top);
  }

  /** A single line of plain text, cut with "…" when wider than `maxWidth`; returns its width. */
  fitText(text: string, style: TextStyle, maxWidth: number): { text: string; width: number } {
    const { measure } = this.context;
    let value = text;
    let width = measure.width(style, value);
    if (width <= maxWidth) return { text: value, width };
    const words = text.split(' ');
    while (words.length > 1) {
      words.pop();
      value = `${words.join(' ').replace(/[\s,.;:–—-]+$/, '')} …`;
      width = measure.width(style, value);
      if (width <= maxWidth) return { text: value, width };
    }
    return { text: value, width };
  }
}
