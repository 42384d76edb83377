import type { Flow } from './flow.js';
import type { Handbook } from './model.js';
import { bodyStyle, colors, page } from './styles.js';

/**
 * Running head (document title, current domain or module) and footer (state date, "page X / Y") on every page
 * but the title page, written last over the buffered pages as pagination artifacts.
 */
export function drawRunningHeads(flow: Flow, handbook: Handbook, pageCount: number): void {
  const { doc, output, tagger, fonts, text } = flow.context;
  const style = { ...bodyStyle(fonts, 'small'), color: colors.muted };
  const right = flow.left + flow.width;
  const pageLabel = handbook.labels.page.charAt(0).toUpperCase() + handbook.labels.page.slice(1);
  const draw = (value: string, x: number, y: number) => text.draw([value], style, x, y);
  // one artifact per head and foot, opened and closed in the loop: closures made per page would be compiled again
  // after each full garbage collection (see table.ts)
  for (let index = 1; index < pageCount; index += 1) {
    doc.switchToPage(index);
    let opened = tagger.beginArtifact('Pagination', 'Top');
    const section = flow.pageSections[index] ?? '';
    const title = flow.fitText(handbook.runningTitle, style, flow.width * (section ? 0.46 : 1));
    draw(title.text, flow.left, page.headY);
    if (section) {
      const head = flow.fitText(section, style, flow.width - title.width - 18);
      draw(head.text, right - head.width, page.headY);
    }
    output.content.strokeSegments([flow.left, page.headY + 13, right, page.headY + 13], 0.5, colors.rule);
    tagger.endArtifact(opened);

    opened = tagger.beginArtifact('Pagination', 'Bottom');
    output.content.strokeSegments([flow.left, page.footY - 6, right, page.footY - 6], 0.5, colors.rule);
    draw(handbook.footer, flow.left, page.footY);
    const number = `${pageLabel} ${index + 1} ${handbook.labels.of} ${pageCount}`;
    draw(number, right - flow.context.measure.width(style, number), page.footY);
    tagger.endArtifact(opened);
  }
}
