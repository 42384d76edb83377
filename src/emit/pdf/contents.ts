import type { Flow } from './flow.js';
import { withSpace, type Line } from './line-breaking.js';
import { text } from './model.js';
import { bodyStyle, boldStyle, colors, contentBottom, contentTop, type TextStyle } from './styles.js';
import type { Tag } from './tagging.js';

export interface ContentsEntry {
  level: 1 | 2;
  text: string;
  /** The heading's named destination. */
  anchor: string;
}

interface PlacedEntry {
  entry: ContentsEntry;
  /** Index of the page, counted from the contents' first page. */
  page: number;
  y: number;
  lines: readonly Line[];
  indent: number;
}

const NUMBER_WIDTH = 28;
const LEVEL_INDENT = 14;
const GROUP_GAP = 5;

/**
 * The table of contents with page numbers. Its entries are known before the content is laid out, so their
 * pages are reserved right away (the entries' lines measured, the pages counted and added); once every heading
 * has its page, `fill` goes back to the reserved pages and writes each entry as a TOCI holding a Link.
 */
export class TableOfContents {
  private placed: PlacedEntry[] = [];
  private firstPage = 0;
  private tag: Tag | undefined;

  constructor(
    private readonly flow: Flow,
    private readonly entries: readonly ContentsEntry[],
  ) {}

  private style(level: 1 | 2): TextStyle {
    const { fonts } = this.flow.context;
    return level === 1 ? boldStyle(fonts) : bodyStyle(fonts);
  }

  /** Lays the entries out from the cursor on, adding the pages they need; the TOC element goes under `parent`. */
  reserve(parent: Tag): void {
    const { flow } = this;
    this.firstPage = flow.pageIndex;
    if (this.entries.length === 0) return;
    this.tag = flow.context.tagger.element(parent, 'TOC');
    let page = 0;
    let y = flow.y;
    // loops, not callbacks: a callback made per handbook is optimized again after every full garbage collection
    const measured: { entry: ContentsEntry; indent: number; lines: readonly Line[]; height: number }[] = [];
    for (const entry of this.entries) {
      const indent = entry.level === 2 ? LEVEL_INDENT : 0;
      const lines = flow.lines([text(entry.text)], this.style(entry.level), flow.width - indent - NUMBER_WIDTH - 6, false);
      let height = 0;
      for (const line of lines) height += line.height;
      measured.push({ entry, indent, lines, height });
    }
    for (const [index, { entry, indent, lines, height }] of measured.entries()) {
      const gap = entry.level === 1 && index > 0 ? GROUP_GAP : 0;
      // a level-1 entry stays on the page of its first sub-entry
      const next = measured[index + 1];
      const keep = entry.level === 1 && next?.entry.level === 2 ? next.height : 0;
      if (y + gap + height + keep > contentBottom) {
        page += 1;
        y = contentTop;
        flow.newPage();
      } else {
        y += gap;
      }
      this.placed.push({ entry, page, y, lines, indent });
      y += height;
    }
    flow.y = y;
  }

  /** Writes the entries with the pages their headings landed on (page index → printed number: index + 1). */
  fill(headingPages: ReadonlyMap<string, number>): void {
    const { flow } = this;
    const { doc, tagger } = flow.context;
    if (!this.tag) return;
    for (const { entry, page, y: top, lines, indent } of this.placed) {
      const target = headingPages.get(entry.anchor);
      doc.switchToPage(this.firstPage + page);
      const item = tagger.element(this.tag, 'TOCI');
      const link = tagger.element(item, 'Link');
      const x = flow.left + indent;
      let y = top;
      for (const line of lines) {
        flow.drawLine(line, x, y, link);
        tagger.link(link, { x, y, width: flow.width - indent, height: line.height }, entry.anchor);
        y += line.height;
      }
      const last = lines[lines.length - 1];
      if (last && target !== undefined) {
        const lastTop = y - last.height;
        // a space before the number (invisible, under the leader) keeps title and number apart in extracted text
        const number = withSpace(flow.lines([text(String(target + 1))], this.style(entry.level), NUMBER_WIDTH)[0]!, 'start');
        const numberX = flow.left + flow.width - number.width;
        const space = flow.context.measure.width(this.style(entry.level), ' ');
        const baseline = lastTop + last.height * 0.72;
        const opened = tagger.beginArtifact();
        doc.save().lineWidth(0.9).lineCap('round').dash(0.01, { space: 2.8 }).strokeColor(colors.rule);
        doc.moveTo(x + last.width + 5, baseline).lineTo(numberX - 5, baseline).stroke();
        doc.undash().restore();
        tagger.endArtifact(opened);
        flow.drawLine(number, numberX - space, lastTop, link);
      }
      tagger.end(link);
      tagger.end(item);
    }
    tagger.end(this.tag);
  }
}
