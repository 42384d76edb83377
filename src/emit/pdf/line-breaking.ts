import { SOFT_HYPHEN, type Hyphenator } from './hyphenation.js';
import type { TextStyle } from './styles.js';

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
  pieces: string[];
  x: number;
  width: number;
  style: TextStyle;
  link?: string;
}

export interface Line {
  runs: Run[];
  width: number;
  height: number;
  /** The tallest font size on the line, to place the baseline. */
  size: number;
  /** The line ends with a hyphen inserted at a hyphenation point (never the last line of a page). */
  hyphenated: boolean;
}

/**
 * Widths of strings per font file, at 1 pt. Shaping a word (fontkit) is the costliest step of the layout and the
 * same words recur within and across documents, so the cache is shared by every document built in the process.
 */
const sharedWidths = new Map<string, Map<string, number>>();

export class TextMeasure {
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  width(style: TextStyle, text: string): number {
    let widths = sharedWidths.get(style.font);
    if (!widths) {
      widths = new Map();
      sharedWidths.set(style.font, widths);
    }
    let perPoint = widths.get(text);
    if (perPoint === undefined) {
      perPoint = this.doc.font(style.font).fontSize(1000).widthOfString(text) / 1000;
      widths.set(text, perPoint);
    }
    return perPoint * style.size;
  }
}

/** The part of a word in one span (soft hyphens removed), or the space inside a glued word; placed as it is. */
interface Segment extends Piece {
  /** The space that glues « to the word after it, or a word to the » after it: never a break. */
  glue?: boolean;
}

interface Word {
  segments: Segment[];
  /** The span whose space precedes the word (undefined for the first word of a paragraph). */
  spaceSpan?: number;
}

/** A piece of a word in one span, ending at an allowed break (soft hyphen) or at the end of the word. */
interface Chunk {
  span: number;
  text: string;
  /** A hyphenation point follows this chunk. */
  breakAfter: boolean;
  /** A break without hyphen may follow this chunk (after the "/" of a path). */
  breakSilently?: boolean;
}

/** A piece of a line before runs are merged: a segment, a chunk, a space or an inserted hyphen. */
interface Piece {
  span: number;
  text: string;
  width: number;
  hyphen?: boolean;
}

/** Words never hyphenated: file paths, URLs, e-mail addresses. */
const PATH_LIKE = /[/@]|^www\.|:\/\//;
/** Measures `text` in the style of span number `span`. */
type SpanWidth = (span: number, text: string) => number;

/** The words of the spans, measured. */
function words(spans: readonly StyledSpan[], width: SpanWidth): Word[] {
  const result: Word[] = [];
  let current: Word | undefined;
  let pendingSpace: number | undefined;
  spans.forEach(({ text }, spanIndex) => {
    let start = 0;
    while (start < text.length) {
      if (isBreakableSpace(text.charCodeAt(start))) {
        // a space ends the word before it
        if (current) result.push(current);
        current = undefined;
        pendingSpace = spanIndex;
        while (start < text.length && isBreakableSpace(text.charCodeAt(start))) start += 1;
        continue;
      }
      let end = start;
      while (end < text.length && !isBreakableSpace(text.charCodeAt(end))) end += 1;
      const slice = text.slice(start, end);
      const part = slice.includes(SOFT_HYPHEN) ? slice.replaceAll(SOFT_HYPHEN, '') : slice;
      if (!current) {
        current = result.length > 0 && pendingSpace !== undefined ? { segments: [], spaceSpan: pendingSpace } : { segments: [] };
        pendingSpace = undefined;
      }
      current.segments.push({ span: spanIndex, text: part, width: width(spanIndex, part) });
      start = end;
    }
  });
  if (current) result.push(current);
  return glueQuotes(result, width);
}

/** Space, tab, line feed, carriage return: where lines may break. */
const isBreakableSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** Keeps « with the word after it and », :, ;, !, ? with the word before (French spaces them but never breaks there). */
function glueQuotes(list: Word[], width: SpanWidth): Word[] {
  const result: Word[] = [];
  for (const word of list) {
    const previous = result[result.length - 1];
    if (previous && word.spaceSpan !== undefined) {
      const opens = previous.segments[previous.segments.length - 1]!.text.endsWith('«');
      const closes = CLOSING_PUNCTUATION.has(word.segments[0]!.text.charAt(0));
      if (opens || closes) {
        previous.segments.push({ span: word.spaceSpan, text: ' ', width: width(word.spaceSpan, ' '), glue: true }, ...word.segments);
        continue;
      }
    }
    result.push(word);
  }
  return result;
}

const CLOSING_PUNCTUATION = new Set(['»', ':', ';', '!', '?']);

/** A word cut at its allowed breaks: hyphenation points, and after each "/" of a path or address. */
function chunksOf(word: Word, hyphenate: Hyphenator): Chunk[] {
  const chunks: Chunk[] = [];
  for (const { span, text, glue } of word.segments) {
    if (glue) {
      chunks.push({ span, text, breakAfter: false });
    } else if (PATH_LIKE.test(text)) {
      // paths and addresses: no hyphens inserted, a break allowed after each "/"
      const pieces = text.split(/(?<=\/)(?=.)/);
      pieces.forEach((piece, index) => chunks.push({ span, text: piece, breakAfter: false, ...(index < pieces.length - 1 ? { breakSilently: true } : {}) }));
    } else {
      const pieces = hyphenate(text).split(SOFT_HYPHEN);
      pieces.forEach((piece, index) => chunks.push({ span, text: piece, breakAfter: index < pieces.length - 1 }));
    }
  }
  return chunks;
}

/** Lays `spans` out in lines at most `maxWidth` wide. */
export function breakLines(spans: readonly StyledSpan[], maxWidth: number, measure: TextMeasure, hyphenate: Hyphenator): Line[] {
  const lines: Line[] = [];
  let pieces: Piece[] = [];
  let used = 0;
  const styleOf = (span: number) => spans[span]!.style;
  const width = (span: number, value: string) => measure.width(styleOf(span), value);
  const flush = () => {
    if (pieces.length > 0) lines.push(toLine(pieces, spans));
    pieces = [];
    used = 0;
  };
  const push = (piece: Piece) => {
    pieces.push(piece);
    used += piece.width;
  };

  const spaces: Piece[] = [];
  const spaceOf = (span: number) => (spaces[span] ??= { span, text: ' ', width: width(span, ' ') });

  for (const word of words(spans, width)) {
    let space = word.spaceSpan !== undefined ? spaceOf(word.spaceSpan) : undefined;
    // most words fit whole: only a word that does not is cut into chunks (and hyphenated)
    const lead = pieces.length > 0 && space ? space.width : 0;
    let wordWidth = 0;
    for (const segment of word.segments) wordWidth += segment.width;
    if (used + lead + wordWidth <= maxWidth + 0.01) {
      if (lead) push(space!);
      for (const segment of word.segments) push(segment);
      continue;
    }
    let chunks = chunksOf(word, hyphenate).map((c) => ({ ...c, width: width(c.span, c.text) }));
    while (chunks.length > 0) {
      const lead = pieces.length > 0 && space ? space.width : 0;
      const whole = chunks.reduce((sum, c) => sum + c.width, 0);
      if (used + lead + whole <= maxWidth + 0.01) {
        if (pieces.length > 0 && space) push(space);
        for (const c of chunks) push(c);
        break;
      }
      // the longest prefix ending at a hyphenation point that fits with its hyphen
      let fit = -1;
      let prefix = 0;
      for (let i = 0; i < chunks.length - 1; i += 1) {
        prefix += chunks[i]!.width;
        if (!chunks[i]!.breakAfter && !chunks[i]!.breakSilently) continue;
        const hyphen = chunks[i]!.breakAfter ? width(chunks[i]!.span, '-') : 0;
        if (used + lead + prefix + hyphen <= maxWidth + 0.01) fit = i;
        else break;
      }
      if (fit >= 0) {
        if (pieces.length > 0 && space) push(space);
        for (const c of chunks.slice(0, fit + 1)) push(c);
        const last = chunks[fit]!;
        if (last.breakAfter) push({ span: last.span, text: '-', width: width(last.span, '-'), hyphen: true });
        flush();
        chunks = chunks.slice(fit + 1);
        space = undefined;
        continue;
      }
      if (pieces.length > 0) {
        // the line ends at this space: it stays in the text (no width), so extracted lines do not run together
        if (space) pieces.push({ ...space, width: 0 });
        flush();
        space = undefined;
        continue;
      }
      // alone on a line and still too wide without a hyphenation point: cut between letters
      const first = chunks[0]!;
      const letters = Array.from(first.text);
      let count = 0;
      let taken = 0;
      while (count < letters.length) {
        const next = width(first.span, letters.slice(0, count + 1).join(''));
        if (next > maxWidth && count > 0) break;
        taken = next;
        count += 1;
      }
      if (count === letters.length) {
        // the whole first chunk fits: take it (and as many whole chunks as fit), then break
        push(first);
        let i = 1;
        while (i < chunks.length && used + chunks[i]!.width <= maxWidth + 0.01) push(chunks[i++]!);
        flush();
        chunks = chunks.slice(i);
      } else {
        push({ span: first.span, text: letters.slice(0, count).join(''), width: taken });
        flush();
        const rest = letters.slice(count).join('');
        chunks = [{ ...first, text: rest, width: width(first.span, rest) }, ...chunks.slice(1)];
      }
      space = undefined;
    }
  }
  flush();
  return lines;
}

/** Merges consecutive pieces of the same span into runs and places them. */
function toLine(pieces: readonly Piece[], spans: readonly StyledSpan[]): Line {
  const runs: Run[] = [];
  let x = 0;
  for (const piece of pieces) {
    const span = spans[piece.span]!;
    const last = runs[runs.length - 1];
    if (last && last.style === span.style && last.link === span.link) {
      last.pieces.push(piece.text);
      last.width += piece.width;
    } else {
      runs.push({ pieces: [piece.text], x, width: piece.width, style: span.style, ...(span.link ? { link: span.link } : {}) });
    }
    x += piece.width;
  }
  // a line-end space drawn in a run of its own would only add a text operation: leave it to the previous run
  const last = runs[runs.length - 1];
  if (last && runs.length > 1 && last.pieces.length === 1 && last.pieces[0] === ' ' && last.width === 0) {
    runs.pop();
    runs[runs.length - 1]!.pieces.push(' ');
  }
  const height = Math.max(...runs.map((r) => r.style.lineHeight));
  const size = Math.max(...runs.map((r) => r.style.size));
  return { runs, width: x, height, size, hyphenated: pieces[pieces.length - 1]?.hyphen === true };
}
