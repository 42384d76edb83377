import type { Flow } from './flow.js';
import type { Line } from './line-breaking.js';
import { text, type HeadingBlock, type Paragraph } from './model.js';
import { headingSpace, headingStyle, page, type TextStyle } from './styles.js';
import { UNTAGGED, type Tag } from './tagging.js';

interface PendingHeading {
  block: HeadingBlock;
  parent: Tag;
  lines: readonly Line[];
  /** Lines plus the space after; the space before is added when placed (and dropped at a page top). */
  height: number;
}

const BULLET_INDENT = 11;

/** A list being written: its L element is created with its first item, after any heading placed before it. */
export interface ListHolder {
  tag?: Tag;
}
const PARAGRAPH_GAP = 4.5;

/**
 * Headings and paragraphs on the page. A heading is never the last thing on a page: headings wait until the
 * next block says how much of it must follow on the same page (`keepWithNext`), then go with it. Paragraphs keep
 * at least two lines together at either end of a page break.
 */
export class BlockWriter {
  private pending: PendingHeading[] = [];
  private readonly outlineStack: { level: number; item: PDFKit.PDFOutline }[] = [];
  /** Destination of each heading placed → its page index (for the table of contents). */
  readonly headingPages = new Map<string, number>();

  constructor(private readonly flow: Flow) {}

  heading(block: HeadingBlock, parent: Tag): void {
    if (block.newPage) {
      this.placePending(0);
      if (!this.flow.atTop) this.flow.newPage();
    }
    const spans = [text(block.text), ...(block.marker ? [text(' '), block.marker] : [])];
    const lines = this.flow.lines(spans, headingStyle(this.flow.context.fonts, block.level), this.flow.width);
    const height = lines.reduce((sum, line) => sum + line.height, 0) + headingSpace[block.level].after;
    this.pending.push({ block, parent, lines, height });
  }

  /** Places the waiting headings on the page where `height` points of what follows them also fit. */
  keepWithNext(height: number): void {
    if (this.pending.length === 0) {
      this.flow.ensure(height);
      return;
    }
    this.placePending(height);
  }

  private placePending(following: number): void {
    if (this.pending.length === 0) return;
    const headings = this.pending;
    this.pending = [];
    const total = headings.reduce((sum, h, index) => sum + h.height + (index > 0 || !this.flow.atTop ? headingSpace[h.block.level].before : 0), 0);
    this.flow.ensure(total + following);
    for (const heading of headings) this.drawHeading(heading);
  }

  private drawHeading({ block, parent, lines }: PendingHeading): void {
    const { flow } = this;
    const { tagger } = flow.context;
    flow.space(headingSpace[block.level].before);
    const top = flow.y;
    if (block.anchor) {
      flow.destination(block.anchor, Math.max(top - 4, 0));
      this.headingPages.set(block.anchor, flow.pageIndex);
    }
    if (block.level === 1) flow.startSection(block.runningHead ?? block.text);
    if (block.toc || block.outline) this.addOutlineItem(block.level, block.text, top);
    const tag = tagger.element(parent, `H${block.level}`);
    for (const line of lines) {
      flow.drawLine(line, flow.left, flow.y, tag);
      flow.y += line.height;
    }
    tagger.end(tag);
    flow.y += headingSpace[block.level].after;
  }

  private addOutlineItem(level: number, title: string, top: number): void {
    while (this.outlineStack.length > 0 && this.outlineStack[this.outlineStack.length - 1]!.level >= level) this.outlineStack.pop();
    const parent = this.outlineStack[this.outlineStack.length - 1]?.item ?? this.flow.context.doc.outline;
    const item = parent.addItem(title, { top: Math.max(top - 6, 0), left: page.width });
    this.outlineStack.push({ level, item });
  }

  /**
   * A paragraph: its own P (or `type`) element under `parent`, or with `list` a list item (LI with Lbl and
   * LBody) of the L element that `list` holds under `parent`.
   */
  paragraph(paragraph: Paragraph, base: TextStyle, parent: Tag, options: { type?: string; list?: ListHolder; gap?: number } = {}): void {
    const { flow } = this;
    const { tagger } = flow.context;
    const indent = paragraph.bullet ? BULLET_INDENT : 0;
    const lines = flow.lines(paragraph.spans, base, flow.width - indent);
    if (lines.length === 0) return;
    this.keepWithNext(lines[0]!.height + (lines[1]?.height ?? 0));

    let owner: Tag;
    let label: Tag | undefined;
    let item: Tag | undefined;
    if (options.list) {
      options.list.tag ??= tagger.element(parent, 'L');
      item = tagger.element(options.list.tag, 'LI');
      label = tagger.element(item, 'Lbl');
      owner = tagger.element(item, 'LBody');
    } else {
      owner = tagger.element(parent, options.type ?? 'P');
    }
    if (paragraph.anchor) flow.destination(paragraph.anchor, Math.max(flow.y - 2, 0));
    for (let index = 0; index < lines.length; index += 1) {
      const line = lines[index]!;
      const next = lines[index + 1];
      // a page break before the last line rather than a widow; nor is a hyphenated line the last of a page
      const endsPage = next !== undefined && flow.fits(line.height) && !flow.fits(line.height + next.height);
      const widowBreak = endsPage && index === lines.length - 2 && lines.length >= 4;
      const hyphenBreak = endsPage && line.hyphenated && index >= 2;
      if (!flow.fits(line.height) || widowBreak || hyphenBreak) flow.newPage();
      if (index === 0 && paragraph.bullet) {
        const bulletLine = flow.lines([text(paragraph.bullet)], base, indent)[0];
        if (bulletLine && label) {
          flow.drawLine(bulletLine, flow.left, flow.y, label);
        } else if (bulletLine) {
          const opened = tagger.beginArtifact();
          flow.drawLine(bulletLine, flow.left, flow.y, UNTAGGED);
          tagger.endArtifact(opened);
        }
        if (label) tagger.end(label);
      }
      flow.drawLine(line, flow.left + indent, flow.y, owner);
      flow.y += line.height;
    }
    tagger.end(owner);
    if (item) tagger.end(item);
    flow.y += options.gap ?? PARAGRAPH_GAP;
  }

  /** Anything still waiting (headings at the very end of the document). */
  finish(): void {
    this.placePending(0);
  }
}
