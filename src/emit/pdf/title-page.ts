import type { BlockWriter, ListHolder } from './blocks.js';
import type { Flow } from './flow.js';
import { withSpace } from './line-breaking.js';
import { text, type TitlePage } from './model.js';
import { bodyStyle, colors, contentBottom, type TextStyle } from './styles.js';
import type { Tag } from './tagging.js';

const FACT_LABEL_WIDTH = 118;

/** The first page: organisation, title (H1), subtitle, profession, the document's facts and its footnote. */
export function drawTitlePage(flow: Flow, blocks: BlockWriter, titlePage: TitlePage, parent: Tag): void {
  const { tagger, fonts, doc } = flow.context;
  const body = bodyStyle(fonts);
  const style = (size: number, bold: boolean, color: string = colors.text): TextStyle => ({ font: bold ? fonts.bold : fonts.regular, size, lineHeight: size * 1.25, color });

  const block = (value: string, textStyle: TextStyle, type: string, after: number) => {
    const tag = tagger.element(parent, type);
    for (const line of flow.lines([text(value)], textStyle, flow.width)) {
      flow.drawLine(line, flow.left, flow.y, tag);
      flow.y += line.height;
    }
    tagger.end(tag);
    flow.y += after;
  };

  flow.y = 150;
  block(titlePage.overline, style(11, true, colors.muted), 'P', 26);
  block(titlePage.title, style(26, true, colors.heading), 'H1', 10);
  if (titlePage.subtitle) block(titlePage.subtitle, style(15, true, colors.heading), 'P', 8);
  block(titlePage.profession, style(13, false), 'P', 22);
  const ruleY = flow.y;
  tagger.artifact(() => doc.lineWidth(1.2).strokeColor(colors.heading).moveTo(flow.left, ruleY).lineTo(flow.left + 120, ruleY).stroke());
  flow.y += 22;

  const label = { ...body, font: fonts.bold, color: colors.muted };
  for (const fact of titlePage.facts) {
    const tag = tagger.element(parent, 'P');
    // an invisible space ends the label, so that label and value do not run together in extracted text
    const labelLines = flow.lines([text(fact.label)], label, FACT_LABEL_WIDTH - 8).map((line, i, all) => (i === all.length - 1 ? withSpace(line, 'end') : line));
    const valueLines = flow.lines([text(fact.value)], body, flow.width - FACT_LABEL_WIDTH);
    const top = flow.y;
    labelLines.forEach((line, i) => flow.drawLine(line, flow.left, top + i * line.height, tag));
    valueLines.forEach((line, i) => flow.drawLine(line, flow.left + FACT_LABEL_WIDTH, top + i * line.height, tag));
    tagger.end(tag);
    flow.y = top + Math.max(labelLines.length, valueLines.length) * body.lineHeight + 4;
  }

  for (const list of titlePage.lists) {
    flow.y += 10;
    const holder: ListHolder = {};
    for (const item of list) blocks.paragraph({ spans: [text(item)], bullet: '–' }, body, parent, { list: holder, gap: 1 });
    if (holder.tag) tagger.end(holder.tag);
  }

  if (titlePage.footnote) {
    const small = bodyStyle(fonts, 'small');
    const lines = flow.lines([text(titlePage.footnote)], { ...small, color: colors.muted }, flow.width);
    flow.y = Math.max(flow.y + 12, contentBottom - lines.length * small.lineHeight);
    const tag = tagger.element(parent, 'P');
    for (const line of lines) {
      flow.drawLine(line, flow.left, flow.y, tag);
      flow.y += line.height;
    }
    tagger.end(tag);
  }
}
