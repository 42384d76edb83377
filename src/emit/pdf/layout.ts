import { BlockWriter, type ListHolder } from './blocks.js';
import { TableOfContents, type ContentsEntry } from './contents.js';
import { Flow, type LayoutContext } from './flow.js';
import type { Block, Handbook } from './model.js';
import { drawRunningHeads } from './running-heads.js';
import { bodyStyle } from './styles.js';
import { TableWriter } from './table.js';
import { drawTitlePage } from './title-page.js';

/** Destination of the table of contents itself. */
const CONTENTS_ANCHOR = 'contents';

/**
 * Lays a handbook out on a buffered pdfkit document: title page, table of contents (pages reserved), the blocks
 * in order, then back over the pages for the TOC's page numbers and the running heads.
 */
export function layoutHandbook(context: LayoutContext, handbook: Handbook): void {
  const { tagger, fonts } = context;
  const flow = new Flow(context);
  const blocks = new BlockWriter(flow);
  const tables = new TableWriter(flow, blocks);
  const root = tagger.root;

  drawTitlePage(flow, blocks, handbook.titlePage, root);
  flow.newPage();

  const entries = handbook.blocks.flatMap(contentsEntries);
  blocks.heading({ kind: 'heading', level: 1, text: handbook.labels.contents, anchor: CONTENTS_ANCHOR, outline: true }, root);
  blocks.keepWithNext(bodyStyle(fonts).lineHeight);
  const contents = new TableOfContents(flow, entries);
  contents.reserve(root);
  flow.newPage();

  let list: ListHolder | undefined;
  const endList = () => {
    if (list?.tag) tagger.end(list.tag);
    list = undefined;
  };
  for (const block of handbook.blocks) {
    if (block.kind === 'paragraph' && block.bullet) {
      list ??= {};
      blocks.paragraph(block, bodyStyle(fonts, block.size), root, { list, gap: 2 });
      continue;
    }
    endList();
    switch (block.kind) {
      case 'heading':
        blocks.heading(block, root);
        break;
      case 'paragraph':
        blocks.paragraph(block, bodyStyle(fonts, block.size), root);
        break;
      case 'table':
        tables.draw(block, root);
        break;
    }
  }
  endList();
  blocks.finish();
  tagger.close();

  const pageCount = flow.pageIndex + 1;
  contents.fill(blocks.headingPages);
  tagger.close();
  drawRunningHeads(flow, handbook, pageCount);
}

/**
 * A block's entry in the table of contents, if it has one (as a list, for flatMap). A function of the module: a
 * callback made per document is optimized again after every full collection.
 */
function contentsEntries(block: Block): ContentsEntry[] {
  return block.kind === 'heading' && block.toc && block.anchor && block.level <= 2 ? [{ level: block.level as 1 | 2, text: block.text, anchor: block.anchor }] : [];
}
