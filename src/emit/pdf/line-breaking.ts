import { detached } from '../../text/detached.js';
import { embeddedFont, glyphMetrics } from './fonts.js';
import type { GlyphMetrics } from './glyph-metrics.js';
import { SOFT_HYPHEN, type Hyphenator } from './hyphenation.js';
import type { TextStyle } from './styles.js';
import { charCodeAt, endsWith, includes, sliceOf } from '../../text/string-methods.js';

/**
 * Breaks styled text into lines of a given width, greedily, the way the handbooks need it: lines are measured
 * once and drawn as they were measured, so a table knows every cell's exact height before drawing anything and can
 * split a tall cell between two lines without losing a word. Breaks fall at spaces, and inside words at the
 * hyphenation points of the document's language (a "-" is drawn there); never at hard hyphens, so that text
 * extraction never joins "après-vente" into one word. A word wider than a whole line is cut between letters.
 */

export interface StyledSpan {
  text: string;
  style: TextStyle;
  link?: string;
}

/**
 * A piece of a line in one style: drawn with one text operation at `x` from the line's start. Its text is kept
 * as the pieces it was measured in (words, spaces, a hyphen), which is also how it is encoded for drawing.
 */
export interface Run {
  readonly pieces: readonly string[];
  readonly x: number;
  readonly width: number;
  readonly style: TextStyle;
  readonly link?: string | undefined;
}

/** A laid-out line: read-only, since a document's layout may share it between places that show the same text. */
export interface Line {
  readonly runs: readonly Run[];
  readonly width: number;
  readonly height: number;
  /** The tallest font size on the line, to place the baseline. */
  readonly size: number;
  /** The line ends with a hyphen inserted at a hyphenation point (never the last line of a page). */
  readonly hyphenated: boolean;
}

/**
 * `line` with a space drawn before its first run's text or after its last run's: invisible, with no width, it keeps
 * a label and the text beside it apart in extracted text.
 */
export function withSpace(line: Line, at: 'start' | 'end'): Line {
  const index = at === 'start' ? 0 : line.runs.length - 1;
  const runs = [...line.runs];
  const run = runs[index];
  if (!run) return line;
  runs[index] = { pieces: at === 'start' ? [' ', ...run.pieces] : [...run.pieces, ' '], x: run.x, width: run.width, style: run.style, link: run.link };
  // built as toLine and runOf build them (not spread), so that the drawing code sees one shape of line and of run
  return { runs, width: line.width, height: line.height, size: line.size, hyphenated: line.hyphenated };
}

/**
 * Widths of strings per font file, at 1 pt, for the few that the glyph tables leave to fontkit (ligatures, marks,
 * spaces inside): shaping is costly and the same words recur, so the cache is shared by every document built in
 * the process.
 */
const shapedWidths = new Map<string, Map<string, number>>();

export class TextMeasure {
  private readonly metrics = new Map<string, GlyphMetrics>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  width(style: TextStyle, text: string): number {
    const perPoint = this.metricsOf(style.font).widthPerPoint(text);
    return (Number.isNaN(perPoint) ? this.shapedWidth(style.font, text) : perPoint) * style.size;
  }

  private metricsOf(font: string): GlyphMetrics {
    let metrics = this.metrics.get(font);
    if (!metrics) {
      metrics = glyphMetrics(embeddedFont(this.doc, font));
      this.metrics.set(font, metrics);
    }
    return metrics;
  }

  private shapedWidth(font: string, text: string): number {
    let widths = shapedWidths.get(font);
    if (!widths) {
      widths = new Map();
      shapedWidths.set(font, widths);
    }
    let perPoint = widths.get(text);
    if (perPoint === undefined) {
      perPoint = this.doc.font(font).fontSize(1000).widthOfString(text) / 1000;
      widths.set(detached(text), perPoint);
    }
    return perPoint;
  }
}

/**
 * Pieces in order, as parallel arrays: a word's segments (its part in each span, soft hyphens removed) or a
 * line's pieces (segments, spaces, an inserted hyphen). A handbook places some 25 000 words; an object per word
 * and per piece was a quarter of the layout's garbage. The space that glues « to the word after it, or a word to
 * the » after it, is a segment of its own: the only segment that is a space, and never a break.
 */
class Pieces {
  // filled up to `length` and overwritten after `clear`: emptying an array would give its storage up
  readonly texts: string[] = [];
  readonly spans: number[] = [];
  readonly widths: number[] = [];
  length = 0;
  /** The sum of the widths, added up in order. */
  width = 0;
  /** The last piece is a hyphen inserted at a hyphenation point. */
  hyphenated = false;

  push(span: number, text: string, width: number, hyphen = false): void {
    this.texts[this.length] = text;
    this.spans[this.length] = span;
    this.widths[this.length] = width;
    this.length += 1;
    this.width += width;
    this.hyphenated = hyphen;
  }

  append(other: Pieces): void {
    for (let index = 0; index < other.length; index += 1) this.push(other.spans[index]!, other.texts[index]!, other.widths[index]!);
  }

  clear(): void {
    this.length = 0;
    this.width = 0;
    this.hyphenated = false;
  }
}

class Word extends Pieces {
  /** The span whose space precedes the word (undefined for the first word of a paragraph). */
  spaceSpan: number | undefined;
}

/** A piece of a word in one span, ending at an allowed break (soft hyphen) or at the end of the word. */
interface Chunk {
  span: number;
  text: string;
  width: number;
  /** A hyphenation point follows this chunk. */
  breakAfter: boolean;
  /** A break without hyphen may follow this chunk (after the "/" of a path). */
  breakSilently?: boolean;
}

/** Words never hyphenated: file paths, URLs, e-mail addresses. */
const PATH_LIKE = /[/@]|^www\.|:\/\//;

/** Space, tab, line feed, carriage return: where lines may break. */
const isBreakableSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** », :, ;, ! and ?, by character code. */
const CLOSING_PUNCTUATION = new Set([0xbb, 0x3a, 0x3b, 0x21, 0x3f]);

/** Lays `spans` out in lines at most `maxWidth` wide. */
export function breakLines(spans: readonly StyledSpan[], maxWidth: number, measure: TextMeasure, hyphenate: Hyphenator): Line[] {
  return breaker.run(spans, maxWidth, measure, hyphenate);
}

/**
 * Reads the spans word by word and places each word as soon as the next one shows it is not glued to it (French
 * spaces «, », :, ;, !, ? but never breaks there).
 */
class LineBreaker {
  private lines: Line[] = [];
  private readonly line = new Pieces();
  /** The last word read, placed once the next word shows whether it is glued to it. */
  private pending = new Word();
  private current = new Word();
  private readonly spaceWidths: number[] = [];
  private spans: readonly StyledSpan[] = [];
  private maxWidth = 0;
  // the paragraph's, only while `run` lays it out
  private measure: TextMeasure | undefined;
  private hyphenate: Hyphenator | undefined;

  run(spans: readonly StyledSpan[], maxWidth: number, measure: TextMeasure, hyphenate: Hyphenator): Line[] {
    this.lines = [];
    this.spans = spans;
    this.maxWidth = maxWidth;
    this.measure = measure;
    this.hyphenate = hyphenate;
    this.spaceWidths.length = 0;
    this.line.clear();
    this.pending.clear();
    this.current.clear();
    let spaceBefore: number | undefined;
    let anyWord = false;
    for (let spanIndex = 0; spanIndex < this.spans.length; spanIndex += 1) {
      const { text } = this.spans[spanIndex]!;
      const { length } = text;
      let start = 0;
      while (start < length) {
        if (isBreakableSpace(charCodeAt(text, start))) {
          // a space ends the word before it
          if (this.current.length > 0) {
            this.completeWord();
            anyWord = true;
          }
          spaceBefore = spanIndex;
          while (start < length && isBreakableSpace(charCodeAt(text, start))) start += 1;
          continue;
        }
        let end = start;
        while (end < length && !isBreakableSpace(charCodeAt(text, end))) end += 1;
        const slice = sliceOf(text, start, end);
        const part = includes(slice, SOFT_HYPHEN) ? slice.replaceAll(SOFT_HYPHEN, '') : slice;
        if (this.current.length === 0) {
          this.current.spaceSpan = anyWord ? spaceBefore : undefined;
          spaceBefore = undefined;
        }
        this.current.push(spanIndex, part, this.width(spanIndex, part));
        start = end;
      }
    }
    if (this.current.length > 0) this.completeWord();
    if (this.pending.length > 0) this.place(this.pending);
    this.flush();
    const { lines } = this;
    this.release();
    return lines;
  }

  /**
   * Lets go of the paragraph and its document: the breaker outlives them, and its last measure would keep the
   * whole previous handbook (its pdfkit document) alive into the next one.
   */
  private release(): void {
    this.lines = [];
    this.spans = [];
    this.measure = undefined;
    this.hyphenate = undefined;
    this.pending.clear();
    this.current.clear();
  }

  private width(span: number, text: string): number {
    return this.measure!.width(this.spans[span]!.style, text);
  }

  private spaceWidth(span: number): number {
    return (this.spaceWidths[span] ??= this.width(span, ' '));
  }

  /** The word just read is glued to the pending word, or placing the pending word makes it the pending one. */
  private completeWord(): void {
    const { pending, current } = this;
    const glued =
      pending.length > 0 &&
      current.spaceSpan !== undefined &&
      (endsWith(pending.texts[pending.length - 1]!, '«') || CLOSING_PUNCTUATION.has(charCodeAt(current.texts[0]!, 0)));
    if (glued) {
      pending.push(current.spaceSpan!, ' ', this.spaceWidth(current.spaceSpan!));
      pending.append(current);
    } else {
      if (pending.length > 0) this.place(pending);
      this.pending = current;
      this.current = pending;
    }
    this.current.clear();
  }

  private flush(): void {
    if (this.line.length > 0) this.lines.push(toLine(this.line, this.spans));
    this.line.clear();
  }

  /** Places a word on the current line, breaking the line (and the word, if it does not fit) as needed. */
  private place(word: Word): void {
    const { line, maxWidth } = this;
    let space = word.spaceSpan;
    // most words fit whole: only a word that does not is cut into chunks (and hyphenated)
    const lead = line.length > 0 && space !== undefined ? this.spaceWidth(space) : 0;
    if (line.width + lead + word.width <= maxWidth + 0.01) {
      if (lead) line.push(space!, ' ', lead);
      line.append(word);
      return;
    }
    let chunks = this.chunksOf(word);
    while (chunks.length > 0) {
      const lead = line.length > 0 && space !== undefined ? this.spaceWidth(space) : 0;
      const whole = chunks.reduce((sum, c) => sum + c.width, 0);
      if (line.width + lead + whole <= maxWidth + 0.01) {
        if (lead) line.push(space!, ' ', lead);
        for (const c of chunks) line.push(c.span, c.text, c.width);
        break;
      }
      // the longest prefix ending at a hyphenation point that fits with its hyphen
      let fit = -1;
      let prefix = 0;
      for (let i = 0; i < chunks.length - 1; i += 1) {
        prefix += chunks[i]!.width;
        if (!chunks[i]!.breakAfter && !chunks[i]!.breakSilently) continue;
        const hyphen = chunks[i]!.breakAfter ? this.width(chunks[i]!.span, '-') : 0;
        if (line.width + lead + prefix + hyphen <= maxWidth + 0.01) fit = i;
        else break;
      }
      if (fit >= 0) {
        if (lead) line.push(space!, ' ', lead);
        for (const c of chunks.slice(0, fit + 1)) line.push(c.span, c.text, c.width);
        const last = chunks[fit]!;
        if (last.breakAfter) line.push(last.span, '-', this.width(last.span, '-'), true);
        this.flush();
        chunks = chunks.slice(fit + 1);
        space = undefined;
        continue;
      }
      if (line.length > 0) {
        // the line ends at this space: it stays in the text (no width), so extracted lines do not run together
        if (space !== undefined) line.push(space, ' ', 0);
        this.flush();
        space = undefined;
        continue;
      }
      // alone on a line and still too wide without a hyphenation point: cut between letters
      const first = chunks[0]!;
      const letters = Array.from(first.text);
      let count = 0;
      let taken = 0;
      while (count < letters.length) {
        const next = this.width(first.span, letters.slice(0, count + 1).join(''));
        if (next > maxWidth && count > 0) break;
        taken = next;
        count += 1;
      }
      if (count === letters.length) {
        // the whole first chunk fits: take it (and as many whole chunks as fit), then break
        line.push(first.span, first.text, first.width);
        let i = 1;
        while (i < chunks.length && line.width + chunks[i]!.width <= maxWidth + 0.01) {
          line.push(chunks[i]!.span, chunks[i]!.text, chunks[i]!.width);
          i += 1;
        }
        this.flush();
        chunks = chunks.slice(i);
      } else {
        line.push(first.span, letters.slice(0, count).join(''), taken);
        this.flush();
        const rest = letters.slice(count).join('');
        chunks = [{ ...first, text: rest, width: this.width(first.span, rest) }, ...chunks.slice(1)];
      }
      space = undefined;
    }
  }

  /** A word cut at its allowed breaks, measured: hyphenation points, and after each "/" of a path or address. */
  private chunksOf(word: Word): Chunk[] {
    const chunks: Chunk[] = [];
    const add = (span: number, text: string, breakAfter: boolean, breakSilently = false) =>
      chunks.push({ span, text, width: this.width(span, text), breakAfter, ...(breakSilently ? { breakSilently } : {}) });
    for (let index = 0; index < word.length; index += 1) {
      const span = word.spans[index]!;
      const text = word.texts[index]!;
      if (text === ' ') {
        add(span, text, false);
      } else if (PATH_LIKE.test(text)) {
        // paths and addresses: no hyphens inserted, a break allowed after each "/"
        const pieces = text.split(/(?<=\/)(?=.)/);
        pieces.forEach((piece, index) => add(span, piece, false, index < pieces.length - 1));
      } else {
        const pieces = this.hyphenate!(text).split(SOFT_HYPHEN);
        pieces.forEach((piece, index) => add(span, piece, index < pieces.length - 1));
      }
    }
    return chunks;
  }
}

/** A run while its line is made: a line-end space may still join its pieces. */
interface RunDraft extends Run {
  pieces: string[];
}

/** Merges consecutive pieces of the same span into runs and places them. */
function toLine(pieces: Pieces, spans: readonly StyledSpan[]): Line {
  const runs: RunDraft[] = [];
  let x = 0;
  let start = 0;
  let runSpan = spans[pieces.spans[0]!]!;
  let runX = 0;
  let runWidth = 0;
  for (let index = 0; index < pieces.length; index += 1) {
    const span = spans[pieces.spans[index]!]!;
    if (span.style !== runSpan.style || span.link !== runSpan.link) {
      runs.push(runOf(pieces, start, index, runX, runWidth, runSpan));
      start = index;
      runSpan = span;
      runX = x;
      runWidth = 0;
    }
    const width = pieces.widths[index]!;
    runWidth += width;
    x += width;
  }
  runs.push(runOf(pieces, start, pieces.length, runX, runWidth, runSpan));
  // a line-end space drawn in a run of its own would only add a text operation: leave it to the previous run
  const last = runs[runs.length - 1];
  if (last && runs.length > 1 && last.pieces.length === 1 && last.pieces[0] === ' ' && last.width === 0) {
    runs.pop();
    runs[runs.length - 1]!.pieces.push(' ');
  }
  let height = 0;
  let size = 0;
  for (const run of runs) {
    height = Math.max(height, run.style.lineHeight);
    size = Math.max(size, run.style.size);
  }
  return { runs, width: x, height, size, hyphenated: pieces.hyphenated };
}

/**
 * Pieces `start` to `end` as a run; its pieces are copied at their final length (pushed one by one, an array's
 * storage would grow several times).
 */
function runOf(pieces: Pieces, start: number, end: number, x: number, width: number, span: StyledSpan): RunDraft {
  return { pieces: pieces.texts.slice(start, end), x, width, style: span.style, link: span.link };
}

/** One breaker for every paragraph and cell: its arrays keep their storage from one call to the next. */
const breaker = new LineBreaker();
