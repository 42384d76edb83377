import type { FontSet } from './fonts.js';
import { mapIn, valueIn } from './memo.js';
import type { Span, TextSize } from './model.js';

/** A resolved look: font file, size in points, line height and colour. */
export interface TextStyle {
  readonly font: string;
  readonly size: number;
  readonly lineHeight: number;
  readonly color: string;
}

/** A4 portrait; the running head sits in the top margin, the footer in the bottom one. */
export const page = {
  size: 'A4',
  width: 595.28,
  height: 841.89,
  margins: { top: 72, bottom: 64, left: 58, right: 58 },
  headY: 34,
  footY: 841.89 - 44,
} as const;

export const contentWidth = page.width - page.margins.left - page.margins.right;
export const contentTop = page.margins.top;
export const contentBottom = page.height - page.margins.bottom;

export const colors = {
  text: '#1a1a1a',
  heading: '#1d3557',
  link: '#1f4e8c',
  marker: '#8a4b00',
  muted: '#5c6470',
  rule: '#9aa5b1',
  headerFill: '#e4eaf1',
  tint: '#f2f4f7',
} as const;

const LEADING = 1.3;
const textSizes: Record<TextSize, number> = { body: 9.5, small: 8, table: 8.3 };
const headingSizes: Record<1 | 2 | 3, number> = { 1: 16, 2: 12.5, 3: 10.3 };

/**
 * The styles made so far, per font set and name: the same style is the same object (see Flow.styled), and the
 * layout asks for one per paragraph or table.
 */
const madeStyles = new WeakMap<FontSet, Map<string, TextStyle>>();

const made = (fonts: FontSet, name: string, make: () => TextStyle): TextStyle => valueIn(mapIn(madeStyles, fonts), name, make);

export function bodyStyle(fonts: FontSet, size: TextSize = 'body'): TextStyle {
  const points = textSizes[size];
  return made(fonts, size, () => ({ font: fonts.regular, size: points, lineHeight: points * LEADING, color: colors.text }));
}

/** Body text in bold: emphasized table rows, first-level entries of the contents. */
export function boldStyle(fonts: FontSet, size: TextSize = 'body'): TextStyle {
  return made(fonts, `bold ${size}`, () => ({ ...bodyStyle(fonts, size), font: fonts.bold }));
}

/** Table header cells never print larger than this. */
const TABLE_HEADER_SIZE = 7.8;

/** A table's header cells, for a table whose body is in `size`. */
export function tableHeaderStyle(fonts: FontSet, size: TextSize): TextStyle {
  const points = Math.min(textSizes[size], TABLE_HEADER_SIZE);
  return made(fonts, `table header ${size}`, () => ({ font: fonts.bold, size: points, lineHeight: points * 1.25, color: colors.heading }));
}

export function headingStyle(fonts: FontSet, level: 1 | 2 | 3): TextStyle {
  const points = headingSizes[level];
  return made(fonts, `heading ${level}`, () => ({ font: fonts.bold, size: points, lineHeight: points * 1.22, color: colors.heading }));
}

/** Space above and below headings, in points. */
export const headingSpace: Record<1 | 2 | 3, { before: number; after: number }> = {
  1: { before: 18, after: 9 },
  2: { before: 14, after: 6 },
  3: { before: 10, after: 4 },
};

/** The style of a span inside a paragraph whose base style is `base`. */
export function spanStyle(fonts: FontSet, base: TextStyle, span: Span): TextStyle {
  const bold = span.weight === 'bold' || base.font === fonts.bold || base.font === fonts.boldItalic;
  const italic = span.italic === true || span.tone === 'marker';
  const font = bold ? (italic ? fonts.boldItalic : fonts.bold) : italic ? fonts.italic : fonts.regular;
  const color = span.tone === 'marker' ? colors.marker : span.link ? colors.link : span.tone === 'muted' ? colors.muted : base.color;
  return { font, size: base.size, lineHeight: base.lineHeight, color };
}
