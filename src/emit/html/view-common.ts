import type { Diagnostic } from '../../diagnostics.js';
import type { ResolvedDocument } from '../../resolve/index.js';
import type { Revision } from '../../validate/schema/common.js';
import { anchorId, formatDate } from '../anchors.js';
import type { Labels } from '../labels.js';
import type { Matrix } from '../coverage.js';

export interface Link {
  href: string;
  text: string;
}

export interface Marker {
  kind: 'added' | 'changed';
  text: string;
  href: string;
}

export interface TocEntry {
  href: string;
  text: string;
  children?: TocEntry[];
}

export interface FindingView {
  severity: string;
  severityClass: string;
  ruleId: string;
  where: string;
  message: string;
}

export interface MatrixView {
  title: string;
  /** Heading of the row-header column (competence, domain, work situation). */
  corner: string;
  columns: string[];
  rows: { link: Link; cells: number[]; total: number }[];
  totals: number[];
  total: number;
  totalLabel: string;
}

export const link = (kind: string, id: string, text: string): Link => ({ href: `#${anchorId(kind, id)}`, text });

/** The "added / changed on …" marker of an item, linking to its revision. */
export function markerFor(item: { added?: string | undefined; changed?: string | undefined }, revisions: Map<string, Revision>, labels: Labels): Marker | undefined {
  const kind = item.added ? 'added' : item.changed ? 'changed' : undefined;
  const revisionId = item.added ?? item.changed;
  const revision = revisionId ? revisions.get(revisionId) : undefined;
  if (!kind || !revision) return undefined;
  return { kind, text: `${labels[kind]} ${formatDate(revision.date)}`, href: `#${anchorId('revision', revision.id)}` };
}

export function findingViews(diagnostics: readonly Diagnostic[], labels: Labels): FindingView[] {
  return diagnostics.map((d) => ({
    severity: labels[d.severity],
    severityClass: d.severity,
    ruleId: d.ruleId,
    where: d.position ? `${d.position.file}:${d.position.line}:${d.position.column}` : '',
    message: d.message,
  }));
}

/** A coverage matrix whose row headers link to the items; `page` prefixes the links when the matrix is shown outside the handbook. */
export function matrixView(title: string, matrix: Matrix, columnLabels: readonly string[], labels: Labels, page = ''): MatrixView {
  const rowKind = matrix.rows[0]?.kind;
  return {
    title,
    corner: rowKind === 'competence' ? labels.competence : rowKind === 'domain' ? labels.domain : labels.workSituation,
    columns: [...columnLabels],
    rows: matrix.rows.map((row) => ({ link: { href: `${page}#${anchorId(row.kind, row.id)}`, text: `${row.id} ${row.title}` }, cells: row.counts, total: row.total })),
    totals: matrix.columnTotals,
    total: matrix.total,
    totalLabel: labels.total,
  };
}

/** The revision history: each revision with its changes (linked to the items they name) and the items marked with it. */
export function revisionViews(document: ResolvedDocument, marked: Map<string, (Link & { change: string })[]>, labels: Labels) {
  const linkToItem = (id: string) => {
    const item = document.items.find((i) => i.id === id);
    return item ? link(item.kind, id, id) : { href: '', text: id };
  };
  return document.plan.revisions.map((revision) => ({
    anchor: anchorId('revision', revision.id),
    heading: `${revision.title} (${formatDate(revision.date)})`,
    inForce: revision.inForce ? `${labels.inForce} ${formatDate(revision.inForce)}` : undefined,
    marker: markerFor(revision, document.revisions, labels),
    text: revision.text ?? [],
    changes: revision.changes.map((change) => ({ location: change.location, text: change.text, items: change.items.map(linkToItem) })),
    marked: marked.get(revision.id) ?? [],
  }));
}

/** Every item a revision marks, listed under that revision. */
export function markedItemsByRevision(items: { id: string; kind: string; node: { added?: string | undefined; changed?: string | undefined } }[], labels: Labels): Map<string, (Link & { change: string })[]> {
  const byRevision = new Map<string, (Link & { change: string })[]>();
  for (const item of items) {
    for (const change of ['added', 'changed'] as const) {
      const revision = item.node[change];
      if (!revision) continue;
      addMarked(byRevision, revision, Object.assign(link(item.kind, item.id, item.id), { change: labels[change] }));
    }
  }
  return byRevision;
}

/** Lists `marked` under its revision. */
export function addMarked(byRevision: Map<string, (Link & { change: string })[]>, revision: string, marked: Link & { change: string }): void {
  const list = byRevision.get(revision);
  if (list) list.push(marked);
  else byRevision.set(revision, [marked]);
}
