import type { BlockWriter } from './blocks.js';
import type { Flow } from './flow.js';
import type { Line, TextMeasure } from './line-breaking.js';
import { text, type TableBlock, type TableCell, type TableRow } from './model.js';
import { bodyStyle, boldStyle, colors, contentBottom, contentTop, tableHeaderStyle, type TextStyle } from './styles.js';
import { UNTAGGED, type Tag } from './tagging.js';
import { splitOn } from '../../text/string-methods.js';

/**
 * A small table engine (pdfkit's `doc.table` neither repeats headers nor splits rows without cutting text).
 * Every cell is laid out in lines before anything is drawn; then each row goes where it fits whole, or on the
 * next page under a repeated header, and a row taller than a page is split between lines over as many pages as it
 * needs — no word is lost. The header row is tagged once (TH, column scope); its repeats are artifacts.
 */

const PAD_X = 4;
const PAD_Y = 3;
const PARAGRAPH_GAP = 2.5;
const BULLET_INDENT = 9;
const TABLE_GAP = 8;
/** A split row leaves at least this many lines of its tallest cell on the first page. */
const MIN_SPLIT_LINES = 2;

interface CellLine {
  line: Line;
  /** Offset of the line's top from the top of the cell's content. */
  top: number;
  paragraph: number;
  indent: number;
  bullet?: Line;
  anchor?: string;
}

interface CellLayout {
  cell: TableCell;
  /** The cell's own alignment, else its column's (header cells: their own only). */
  align: 'left' | 'center' | 'right';
  x: number;
  width: number;
  lines: CellLine[];
  height: number;
  paragraphs: number;
}

interface RowLayout {
  row: TableRow;
  cells: CellLayout[];
  /** Height of the whole row, padding included. */
  height: number;
}

/** The structure elements of a row being drawn (kept across the pages of a split row). */
interface RowTags {
  row: Tag;
  cells: Tag[];
  /** Per cell, one P per paragraph when the cell has several. */
  paragraphs: Tag[][];
}

/** A table's columns and styles, shared by its rows. */
interface TableFrame {
  table: TableBlock;
  widths: number[];
  /** Each column's left edge, from the table's. */
  offsets: number[];
  base: TextStyle;
  bold: TextStyle;
}

/**
 * The table engine is written without closures made per table or per row: V8 keeps a function's optimized code
 * only as long as one of its closures is alive, so code in closures that die with their table was compiled again
 * after every full garbage collection — on a helper thread that takes the other worker's core (1.6 s of
 * compilation per 100 handbooks, beside 12.6 s of work on the worker's own thread).
 */
export class TableWriter {
  constructor(
    private readonly flow: Flow,
    private readonly blocks: BlockWriter,
  ) {}

  draw(table: TableBlock, parent: Tag): void {
    const { flow } = this;
    const { tagger, fonts } = flow.context;
    const size = table.size ?? 'table';
    const base = bodyStyle(fonts, size);
    const bold = boldStyle(fonts, size);
    const headStyle = tableHeaderStyle(fonts, size);
    const widths = this.columnWidths(table, base, bold, headStyle);
    const frame: TableFrame = { table, widths, offsets: leftEdges(widths), base, bold };

    const header = this.layoutRow(frame, headerRow(table), headStyle, true);
    const capacity = contentBottom - contentTop - header.height;
    // each row is laid out just before it is drawn: a long table's lines are never all alive at once
    const first = table.rows[0] && this.layoutBodyRow(frame, table.rows[0]);
    this.blocks.keepWithNext(header.height + (first ? this.minimumStart(first, capacity) : 0));
    const tableTag = tagger.element(parent, 'Table');
    const headTag = tagger.element(tableTag, 'THead');
    this.drawHeader(header, headTag);
    tagger.end(headTag);
    const bodyTag = tagger.element(tableTag, 'TBody');

    for (let index = 0; index < table.rows.length; index += 1) {
      const row = index === 0 ? first! : this.layoutBodyRow(frame, table.rows[index]!);
      // a row that does not fit moves whole to the next page, unless it is taller than a page, or the first row
      // under headings that leave no room for it on any page: then it is split, if its first lines fit here
      if (!flow.fits(row.height)) {
        const splittable = index === 0 || row.height > capacity;
        if (!splittable || !flow.fits(this.splitStart(row))) this.newPageWithHeader(header);
      }
      const cursors = new Array<number>(row.cells.length).fill(0);
      const tags = this.drawSegment(row, cursors, bodyTag, undefined);
      while (!isDrawn(row, cursors)) {
        this.newPageWithHeader(header);
        this.drawSegment(row, cursors, bodyTag, tags);
      }
      for (const cellTag of tags.cells) tagger.end(cellTag);
      tagger.end(tags.row);
    }
    tagger.end(bodyTag);
    tagger.end(tableTag);
    flow.y += TABLE_GAP;
  }

  private newPageWithHeader(header: RowLayout): void {
    this.flow.newPage();
    this.drawHeader(header);
  }

  private layoutBodyRow(frame: TableFrame, row: TableRow): RowLayout {
    return this.layoutRow(frame, row, row.emphasis ? frame.bold : frame.base, false);
  }

  private layoutRow({ table, widths, offsets }: TableFrame, row: TableRow, style: TextStyle, isHeader: boolean): RowLayout {
    const cells: CellLayout[] = [];
    let column = 0;
    let height = 0;
    for (const cell of row.cells) {
      const span = cell.span ?? 1;
      let width = 0;
      for (let spanned = column; spanned < column + span && spanned < widths.length; spanned += 1) width += widths[spanned]!;
      const align = cell.align ?? (isHeader ? undefined : table.columns[column]?.align) ?? 'left';
      const layout = this.layoutCell(cell, align, offsets[column] ?? 0, width, style, !isHeader);
      cells.push(layout);
      height = Math.max(height, layout.height);
      column += span;
    }
    return { row, cells, height: height + 2 * PAD_Y };
  }

  /**
   * Column widths: the columns' relative widths, widened where needed so that the longest word of a column
   * (its header's or a cell's) fits unbroken, at the expense of the columns with room to spare.
   */
  private columnWidths(table: TableBlock, base: TextStyle, bold: TextStyle, headStyle: TextStyle): number[] {
    const { flow } = this;
    const { measure } = flow.context;
    // loops, not callbacks: those were made per table, and optimized again (with this) after every full collection
    let total = 0;
    for (const column of table.columns) total += column.width;
    const widths: number[] = [];
    const minimum: number[] = [];
    for (const column of table.columns) {
      widths.push((column.width / total) * flow.width);
      minimum.push(longestWord(measure, headStyle, column.header));
    }
    // only narrow columns can be too narrow for a word; wide ones hyphenate (and measuring every word costs time)
    const narrow = flow.width * 0.25;
    for (const row of table.rows) {
      let column = 0;
      for (const c of row.cells) {
        if ((c.span ?? 1) === 1 && column < widths.length && widths[column]! < narrow) {
          const style = row.emphasis ? bold : base;
          for (const p of c.paragraphs) for (const span of p.spans) minimum[column] = Math.max(minimum[column]!, longestWord(measure, style, span.text) + (p.bullet ? BULLET_INDENT : 0));
        }
        column += c.span ?? 1;
      }
    }
    const floor: number[] = [];
    let deficit = 0;
    let slack = 0;
    let floorSum = 0;
    for (let i = 0; i < widths.length; i += 1) {
      const least = Math.min(minimum[i]! + 2 * PAD_X + 0.5, flow.width * 0.35);
      floor.push(least);
      deficit += Math.max(0, least - widths[i]!);
      slack += Math.max(0, widths[i]! - least);
      floorSum += least;
    }
    if (deficit <= 0) return widths;
    for (let i = 0; i < widths.length; i += 1) {
      const w = widths[i]!;
      // too little room for every column's longest word: widths in proportion to those
      if (slack < deficit) widths[i] = (floor[i]! / floorSum) * flow.width;
      else widths[i] = w < floor[i]! ? floor[i]! : w - (deficit * (w - floor[i]!)) / slack;
    }
    return widths;
  }

  /** What must fit on a page for the row to start there: all of it, or (if taller than a page) its first lines. */
  private minimumStart(row: RowLayout, capacity: number): number {
    return row.height <= capacity ? row.height : this.splitStart(row);
  }

  /** The height of a split row's first part: the first lines of each cell. */
  private splitStart(row: RowLayout): number {
    let height = 0;
    for (const cell of row.cells) {
      const line = cell.lines[Math.min(MIN_SPLIT_LINES, cell.lines.length) - 1];
      if (line) height = Math.max(height, line.top + line.line.height);
    }
    return height + 2 * PAD_Y;
  }

  private layoutCell(cell: TableCell, align: CellLayout['align'], x: number, width: number, style: TextStyle, hyphenate: boolean): CellLayout {
    const { flow } = this;
    const lines: CellLine[] = [];
    let top = 0;
    for (let index = 0; index < cell.paragraphs.length; index += 1) {
      const paragraph = cell.paragraphs[index]!;
      const indent = paragraph.bullet ? BULLET_INDENT : 0;
      const paragraphLines = flow.lines(paragraph.spans, style, width - 2 * PAD_X - indent, hyphenate);
      if (index > 0 && paragraphLines.length > 0) top += PARAGRAPH_GAP;
      for (let lineIndex = 0; lineIndex < paragraphLines.length; lineIndex += 1) {
        const line = paragraphLines[lineIndex]!;
        const item: CellLine = { line, top, paragraph: index, indent };
        if (lineIndex === 0) {
          const bullet = paragraph.bullet ? flow.lines([text(paragraph.bullet)], style, BULLET_INDENT)[0] : undefined;
          if (bullet) item.bullet = bullet;
          if (paragraph.anchor) item.anchor = paragraph.anchor;
        }
        lines.push(item);
        top += line.height;
      }
    }
    return { cell, align, x, width, lines, height: top, paragraphs: cell.paragraphs.length };
  }

  /** The header row: tagged the first time (`tag` given), an artifact when repeated after a page break. */
  private drawHeader(header: RowLayout, tag?: Tag): void {
    const { tagger } = this.flow.context;
    const cursors = new Array<number>(header.cells.length).fill(0);
    if (tag) {
      const tags = this.drawSegment(header, cursors, tag, undefined, 'Column');
      for (const cellTag of tags.cells) tagger.end(cellTag);
      tagger.end(tags.row);
    } else {
      const opened = tagger.beginArtifact('Pagination');
      this.drawSegment(header, cursors, undefined, undefined, 'Column');
      tagger.endArtifact(opened);
    }
  }

  /**
   * Draws as much of the row as fits from the cursors on, advances them and the flow. Untagged when `parent` is
   * absent (inside an artifact).
   */
  private drawSegment(row: RowLayout, cursors: number[], parent: Tag | undefined, tags: RowTags | undefined, scope?: 'Column'): RowTags {
    const { flow } = this;
    const { tagger, output } = flow.context;
    const available = flow.remaining - 2 * PAD_Y;
    const top = flow.y;
    const segments: Segment[] = [];
    let height = 0;
    for (let index = 0; index < row.cells.length; index += 1) {
      const segment = segmentOf(row.cells[index]!, cursors[index]!, available, flow.atTop);
      segments.push(segment);
      height = Math.max(height, segment.height);
    }
    height += 2 * PAD_Y;
    const rowTags = tags ?? this.rowTags(row, parent, scope);

    let opened = tagger.beginArtifact();
    const content = output.content;
    const fill = scope ? colors.headerFill : row.row.emphasis ? colors.tint : undefined;
    if (fill) content.fillRectangle(flow.left, top, flow.width, height, fill);
    const right = flow.left + flow.width;
    const rules = [flow.left, top, right, top, flow.left, top + height, right, top + height];
    for (const cell of row.cells) rules.push(cell.x + flow.left, top, cell.x + flow.left, top + height);
    rules.push(right, top, right, top + height);
    content.strokeSegments(rules, 0.5, colors.rule);
    tagger.endArtifact(opened);

    if (row.row.anchor && cursors.every(isZero)) flow.destination(row.row.anchor, Math.max(top - 2, 0));
    for (let index = 0; index < row.cells.length; index += 1) {
      const cell = row.cells[index]!;
      const { start, end, origin } = segments[index]!;
      const cellTag = rowTags.cells[index]!;
      const paragraphTags = rowTags.paragraphs[index]!;
      const { align } = cell;
      for (let i = start; i < end; i += 1) {
        const item = cell.lines[i]!;
        const y = top + PAD_Y + item.top - origin;
        let owner = cellTag;
        if (paragraphTags.length > 0) {
          const paragraphTag = paragraphTags[item.paragraph]!;
          if (parent && !paragraphTag.element && paragraphTag.type === 'P') paragraphTags[item.paragraph] = tagger.element(cellTag, 'P');
          owner = paragraphTags[item.paragraph]!;
        }
        if (item.anchor) flow.destination(item.anchor, Math.max(y - 2, 0));
        if (item.bullet) {
          opened = tagger.beginArtifact();
          flow.drawLine(item.bullet, flow.left + cell.x + PAD_X, y, UNTAGGED);
          tagger.endArtifact(opened);
        }
        const x = flow.left + cell.x + PAD_X + item.indent;
        flow.drawLine(item.line, x, y, owner, align, cell.width - 2 * PAD_X - item.indent);
      }
      cursors[index] = end;
      if (paragraphTags.length > 0 && end >= cell.lines.length) {
        for (const paragraphTag of paragraphTags) if (paragraphTag.element) tagger.end(paragraphTag);
      }
    }
    flow.y = top + height;
    return rowTags;
  }

  /** The structure elements of a row (TR, its TH or TD cells, a P per paragraph of cells with several), or placeholders inside an artifact. */
  private rowTags(row: RowLayout, parent: Tag | undefined, scope: 'Column' | undefined): RowTags {
    const { tagger } = this.flow.context;
    const rowTags: RowTags = { row: parent ? tagger.element(parent, 'TR') : UNTAGGED, cells: [], paragraphs: [] };
    for (const cell of row.cells) {
      const type = scope || cell.cell.header ? 'TH' : 'TD';
      const cellScope = scope ?? (cell.cell.header ? 'Row' : undefined);
      const span = cell.cell.span ?? 1;
      const cellTag = parent ? tagger.element(rowTags.row, type, { scope: cellScope, colSpan: span }) : UNTAGGED;
      rowTags.cells.push(cellTag);
      const paragraphTags: Tag[] = [];
      if (cell.paragraphs > 1) for (let index = 0; index < cell.paragraphs; index += 1) paragraphTags.push(parent ? { type: 'P' } : UNTAGGED);
      rowTags.paragraphs.push(paragraphTags);
    }
    return rowTags;
  }
}

/** The part of a cell drawn on the current page: lines `start` to `end`, from the top of line `start` on. */
interface Segment {
  start: number;
  end: number;
  origin: number;
  height: number;
}

function segmentOf(cell: CellLayout, start: number, available: number, atTop: boolean): Segment {
  const origin = cell.lines[start]?.top ?? 0;
  let end = start;
  while (end < cell.lines.length) {
    const line = cell.lines[end]!;
    if (line.top + line.line.height - origin > available + 0.01 && (end > start || !atTop)) break;
    end += 1;
  }
  // a page never ends with a hyphenated line (when the cell goes on, and something else can end the page)
  if (end < cell.lines.length) while (end - 1 > start && cell.lines[end - 1]!.line.hyphenated) end -= 1;
  const last = cell.lines[end - 1];
  return { start, end, origin, height: last && end > start ? last.top + last.line.height - origin : 0 };
}

const isZero = (value: number) => value === 0;

/** Whether every cell of the row has been drawn up to its last line. */
function isDrawn(row: RowLayout, cursors: readonly number[]): boolean {
  for (let index = 0; index < row.cells.length; index += 1) if (cursors[index]! < row.cells[index]!.lines.length) return false;
  return true;
}

/** The header row: each column's header, aligned as its column. */
function headerRow(table: TableBlock): TableRow {
  return { cells: table.columns.map(headerCell) };
}

/**
 * A column's header cell: a function of the module, since a callback made per table is optimized again after every
 * full collection.
 */
function headerCell(column: TableBlock['columns'][number]): TableCell {
  return { paragraphs: [{ spans: [text(column.header)] }], ...(column.align ? { align: column.align } : {}) };
}

/** Each column's left edge, from the table's. */
function leftEdges(widths: readonly number[]): number[] {
  const edges: number[] = [];
  let x = 0;
  for (const width of widths) {
    edges.push(x);
    x += width;
  }
  return edges;
}

/** The width of the widest of the words of `value`. */
function longestWord(measure: TextMeasure, style: TextStyle, value: string): number {
  let widest = 0;
  for (const word of splitOn(value, /\s+/)) widest = Math.max(widest, measure.width(style, word));
  return widest;
}
