import type { Diagnostic } from '../../diagnostics.js';
import type { Item } from '../../resolve/index.js';
import type { Revision } from '../../validate/schema/common.js';
import { anchorId, formatDate } from '../anchors.js';
import type { Matrix } from '../coverage.js';
import type { Labels } from '../labels.js';
import { cell, paragraph, text, type Block, type Handbook, type Span, type TableBlock, type TableRow } from './model.js';

/** Content shared by both document kinds: revision markers, coverage matrices, revision history, findings. */

type Amendable = { added?: string | undefined; changed?: string | undefined };

/** "Ajouté le 20.08.2020" / "Version du 20.08.2020", linked to the revision in the history. */
export function marker(item: Amendable, revisions: ReadonlyMap<string, Revision>, labels: Labels): Span | undefined {
  const kind = item.added ? 'added' : item.changed ? 'changed' : undefined;
  const revision = revisions.get(item.added ?? item.changed ?? '');
  if (!kind || !revision) return undefined;
  return text(`${labels[kind]} ${formatDate(revision.date)}`, { tone: 'marker', link: anchorId('revision', revision.id) });
}

/** `spans` followed by the item's marker, if it has one. */
export function withMarker(spans: Span[], item: Amendable, revisions: ReadonlyMap<string, Revision>, labels: Labels): Span[] {
  const found = marker(item, revisions, labels);
  return found ? [...spans, text(' '), found] : spans;
}

/** A count in a matrix cell; one function for the module, since one made per table is optimized again after every full collection. */
const countCell = (value: number) => cell(String(value), { align: 'right' });

/** A matrix's row: the item, linked, and its counts (a function of the module, as countCell). */
function matrixRow(row: Matrix['rows'][number]): TableRow {
  return { cells: [cell([text(row.id, { link: anchorId(row.kind, row.id) }), text(` ${row.title}`)], { header: true }), ...row.counts.map(countCell), countCell(row.total)] };
}

/** A coverage matrix: one linked row per item, a count per column, totals. */
export function matrixTable(matrix: Matrix, rowHeading: string, columnLabels: readonly string[], labels: Labels): TableBlock {
  const columnWidth = columnLabels.length > 4 ? 0.55 : 0.8;
  return {
    kind: 'table',
    columns: [{ header: rowHeading, width: 5 }, ...columnLabels.map((label) => ({ header: label, width: columnWidth, align: 'right' as const })), { header: labels.total, width: columnWidth, align: 'right' }],
    rows: [
      ...matrix.rows.map(matrixRow),
      { emphasis: 'total' as const, cells: [cell(labels.total, { header: true }), ...matrix.columnTotals.map(countCell), countCell(matrix.total)] },
    ],
  };
}

/** The revision history: each revision with its changes, approvals and the items it marks. */
export function revisionBlocks(
  revisions: readonly Revision[],
  items: readonly Item[],
  known: ReadonlyMap<string, Revision>,
  labels: Labels,
  language: string,
  extraMarks: ReadonlyMap<string, Span[]> = new Map(),
): Block[] {
  const blocks: Block[] = [];
  for (const revision of revisions) {
    const heading = `${revision.title} (${formatDate(revision.date)})`;
    const revisionMarker = marker(revision, known, labels);
    blocks.push({ kind: 'heading', level: 2, text: heading, anchor: anchorId('revision', revision.id), toc: true, ...(revisionMarker ? { marker: revisionMarker } : {}) });
    if (revision.inForce) blocks.push(paragraph([text(`${labels.inForce} ${formatDate(revision.inForce)}`, { italic: true })]));
    for (const value of revision.text ?? []) blocks.push(paragraph(value));
    if (revision.changes.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [
          { header: labels.where, width: 1.2 },
          { header: labels.revisions, width: 5 },
        ],
        rows: revision.changes.map((change) => ({
          cells: [cell(change.location ?? '', { header: true }), cell([{ spans: [text(change.text)] }, ...(change.items.length ? [{ spans: joined(change.items.map((id) => itemLink(items, id))) }] : [])])],
        })),
      });
    }
    for (const approval of revision.approvals) blocks.push(...approvalBlocks(approval));
    const marked = [...itemsMarkedBy(revision, items), ...(extraMarks.get(revision.id) ?? [])];
    if (marked.length > 0) {
      blocks.push(paragraph([text(`${labels.changedItems}${colon(language)}`, { weight: 'bold' })]));
      blocks.push(paragraph(joined(marked)));
    }
  }
  return blocks;
}

export function approvalBlocks(approval: Revision['approvals'][number]): Block[] {
  const line = [text(`${approval.place}, ${formatDate(approval.date)} — `), text(approval.body, { weight: 'bold' }), ...(approval.signatories.length ? [text(` — ${approval.signatories.join(', ')}`)] : [])];
  return [paragraph(line), ...(approval.text ? [paragraph(approval.text, { size: 'small' })] : [])];
}

// loops, not callbacks, in the functions below: called for every revision and cell, a callback made per call
// is optimized again after every full garbage collection

/** Links to the items that `revision` added or changed. */
function itemsMarkedBy(revision: Revision, items: readonly Item[]): Span[] {
  const links: Span[] = [];
  for (const item of items) if (item.node.added === revision.id || item.node.changed === revision.id) links.push(itemLink(items, item.id, item));
  return links;
}

/** A link to an item by id; the link is dropped later if the handbook has no destination for it. */
function itemLink(items: readonly Item[], id: string, found?: Item): Span {
  let item = found;
  if (!item) {
    for (const candidate of items) {
      if (candidate.id === id) {
        item = candidate;
        break;
      }
    }
  }
  return text(id, item ? { link: anchorId(item.kind, item.id) } : {});
}

/** Spans separated by ", ". */
export function joined(spans: readonly Span[], separator = ', '): Span[] {
  const result: Span[] = [];
  for (const span of spans) {
    if (result.length > 0) result.push(text(separator));
    result.push(span);
  }
  return result;
}

/** The findings appendix: one row per diagnostic (rule and severity, position, message). */
export function findingBlocks(diagnostics: readonly Diagnostic[], labels: Labels): Block[] {
  if (diagnostics.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: labels.findings, anchor: 'findings', toc: true, newPage: true },
    {
      kind: 'table',
      size: 'small',
      columns: [
        { header: labels.rule, width: 1.5 },
        { header: labels.where, width: 2.9 },
        { header: labels.message, width: 4.6 },
      ],
      rows: diagnostics.map((d) => ({
        cells: [
          cell([{ spans: [text(d.ruleId)] }, { spans: [text(labels[d.severity], { tone: 'muted' })] }], { header: true }),
          cell(d.position ? `${d.position.file}:${d.position.line}:${d.position.column}` : ''),
          cell(d.message),
        ],
      })),
    },
  ];
}

/** A label's colon: French puts a space before it (the line breaker keeps it with the word before). */
export function colon(language: string): string {
  return language === 'fr' ? ' :' : ':';
}

/** The document language's name in that language ("français", "Deutsch"). */
export function languageName(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name;
}

/** Drops links whose destination no block defines, so that no link of the PDF leads nowhere. */
export function dropDanglingLinks(handbook: Handbook): Handbook {
  const defined = new Set<string>();
  for (const block of handbook.blocks) {
    if (block.kind === 'heading' && block.anchor) defined.add(block.anchor);
    if (block.kind === 'paragraph' && block.anchor) defined.add(block.anchor);
    if (block.kind === 'table') {
      for (const row of block.rows) {
        if (row.anchor) defined.add(row.anchor);
        for (const c of row.cells) for (const p of c.paragraphs) if (p.anchor) defined.add(p.anchor);
      }
    }
  }
  const fix = (spans: Span[]) => {
    for (const span of spans) if (span.link && !defined.has(span.link)) span.link = undefined;
  };
  for (const block of handbook.blocks) {
    if (block.kind === 'heading' && block.marker) fix([block.marker]);
    if (block.kind === 'paragraph') fix(block.spans);
    if (block.kind === 'table') for (const row of block.rows) for (const c of row.cells) for (const p of c.paragraphs) fix(p.spans);
  }
  return handbook;
}
