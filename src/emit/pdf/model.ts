/**
 * The handbook as the PDF emitter lays it out: blocks of ready-to-print text, built from a resolved document by
 * the content writers (training-plan.ts, teaching-plan.ts) and laid out page by page by layout.ts. Nothing here
 * knows about pdfkit; nothing in the layout knows about curricula.
 */

/** A stretch of text in one look; `link` names the destination it jumps to. */
export interface Span {
  text: string;
  weight?: 'bold';
  /** `marker`: a revision marker ("Ajouté le 20.08.2020"); `muted`: secondary text such as ids. */
  tone?: 'marker' | 'muted';
  italic?: boolean;
  link?: string;
}

/** A paragraph: spans laid out as one flow of text. */
export interface Paragraph {
  spans: Span[];
  /** Hanging indent for list-like paragraphs: the first span (the bullet) sits in the margin. */
  bullet?: string;
  /** A named destination placed at the paragraph's first line. */
  anchor?: string;
}

export type TextSize = 'body' | 'small' | 'table';

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /** Printed after the heading text (a revision marker); not part of the TOC or outline entry. */
  marker?: Span;
  anchor?: string;
  /** Listed in the table of contents (levels 1 and 2) and the outline. */
  toc?: boolean;
  /** In the outline (bookmarks) even when not in the TOC. */
  outline?: boolean;
  /** Starts a new page. */
  newPage?: boolean;
  /** What the running head shows from this heading on (level-1 headings only); defaults to the text. */
  runningHead?: string;
}

export interface ParagraphBlock extends Paragraph {
  kind: 'paragraph';
  size?: TextSize;
}

export interface TableColumn {
  header: string;
  /** Relative width; columns share the text width in proportion. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableCell {
  paragraphs: Paragraph[];
  /** How many columns the cell spans (1 when absent). */
  span?: number;
  /** A row header (TH with row scope). */
  header?: boolean;
  align?: 'left' | 'center' | 'right';
}

export interface TableRow {
  cells: TableCell[];
  /** A named destination at the row's top. */
  anchor?: string;
  /** `group`: a heading row inside the table; `total`: a (sub)total row. Both print bold on a tint. */
  emphasis?: 'group' | 'total';
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: TableRow[];
  /** Text size of the body cells; `table` unless given. */
  size?: TextSize;
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock;

export interface TitlePage {
  /** Small line above the title (the organisation). */
  overline: string;
  title: string;
  subtitle?: string;
  profession: string;
  /** Label (with its colon) and value. */
  facts: { label: string; value: string }[];
  /** Lists printed under the facts (a teaching plan's contents and related documents). */
  lists: string[][];
  footnote?: string;
}

export interface Handbook {
  language: string;
  metadata: { title: string; author: string; subject: string; keywords: string[] };
  titlePage: TitlePage;
  /** Left half of the running head on every page but the title page. */
  runningTitle: string;
  /** Left half of the footer ("État le 20.08.2020"). */
  footer: string;
  /** Heading of the table of contents and the footer's "page X / Y" words. */
  labels: { contents: string; page: string; of: string };
  blocks: Block[];
}

/**
 * Shorthands for the content writers. A span has all of Span's fields (absent ones undefined): the layout reads
 * them from spans of one shape. Most spans are plain: they are made without reading a style, whose many shapes
 * make every read of one a megamorphic lookup.
 */
export const text = (value: string, style?: Omit<Span, 'text'>): Span =>
  style === undefined
    ? { text: value, weight: undefined, tone: undefined, italic: undefined, link: undefined }
    : { text: value, weight: style.weight, tone: style.tone, italic: style.italic, link: style.link };
export const paragraph = (spans: Span[] | string, options: Omit<ParagraphBlock, 'kind' | 'spans'> = {}): ParagraphBlock => ({
  kind: 'paragraph',
  spans: typeof spans === 'string' ? [text(spans)] : spans,
  ...options,
});
export const cell = (content: Span[] | string | Paragraph[], options: Omit<TableCell, 'paragraphs'> = {}): TableCell => {
  if (typeof content === 'string') return { paragraphs: content ? [{ spans: [text(content)] }] : [], ...options };
  if (content.length > 0 && 'spans' in content[0]!) return { paragraphs: content as Paragraph[], ...options };
  return { paragraphs: content.length ? [{ spans: content as Span[] }] : [], ...options };
};
