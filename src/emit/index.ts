import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { ResolvedDocument } from '../resolve/index.js';
import { htmlFileNames, renderHtml, renderTemplate } from './html/index.js';
import { findingViews, matrixView } from './html/view-common.js';
import { labelsFor } from './labels.js';
import type { DocumentReport } from './report/model.js';
import { writeFileAtomic } from './write-atomic.js';

export interface EmitTarget {
  outDirectory: string;
  html: boolean;
  pdf: boolean;
  /** SOURCE_DATE_EPOCH, when set: the PDFs' creation date, for reproducible builds. */
  sourceDateEpoch?: number;
}

/** A PDF's creation date: SOURCE_DATE_EPOCH when given, else the document's own state date, so builds repeat byte for byte. */
function creationDate(document: ResolvedDocument, target: EmitTarget): Date {
  if (target.sourceDateEpoch !== undefined) return new Date(target.sourceDateEpoch * 1000);
  return new Date(`${document.kind === 'training-plan' ? document.plan.stateDate : document.plan.date}T00:00:00Z`);
}

/**
 * Phase 5: writes one valid document's handbooks (atomically, file by file) and returns their names. The PDF
 * emitter (pdfkit and its fonts) is loaded on first use: checks and cached builds never need it.
 */
export async function emitDocument(document: ResolvedDocument, diagnostics: readonly Diagnostic[], target: EmitTarget): Promise<string[]> {
  mkdirSync(target.outDirectory, { recursive: true });
  const written: string[] = [];
  const write = (name: string, content: string | Uint8Array) => {
    writeFileAtomic(join(target.outDirectory, name), content);
    written.push(name);
  };
  if (target.html) for (const [name, html] of renderHtml(document, diagnostics)) write(name, html);
  if (target.pdf) {
    const { renderPdf } = await import('./pdf/index.js');
    write(`${document.id}.pdf`, renderPdf({ document, diagnostics: [...diagnostics], creationDate: creationDate(document, target) }));
  }
  return written;
}

/** An emitted document as the index and report list it. */
export interface SiteEntry {
  report: DocumentReport;
  written: readonly string[];
}

/** Writes the index of all handbooks and the consistency report over every document (built or not). */
export function writeSite(entries: readonly SiteEntry[], reports: readonly DocumentReport[], target: EmitTarget): string[] {
  mkdirSync(target.outDirectory, { recursive: true });
  const written: string[] = [];
  const write = (name: string, content: string) => {
    writeFileAtomic(join(target.outDirectory, name), content);
    written.push(name);
  };
  if (target.html) {
    write('index.html', renderTemplate('index', indexView(entries)));
    write('report.html', renderTemplate('report', reportView(reports)));
  }
  write('report.json', JSON.stringify({ version: 1, documents: reports.map(jsonReport) }, null, 2) + '\n');
  return written;
}

function indexView(entries: readonly SiteEntry[]) {
  const labels = labelsFor('fr');
  return {
    lang: 'fr',
    title: 'curric — ' + labels.handbooks,
    heading: labels.handbooks,
    columns: ['Document', 'Type', 'Figures', 'PDF', labels.findings],
    documents: entries.map(({ report, written }) => ({
      title: report.title,
      kind: report.kind,
      href: htmlFileNames.handbook(report.id),
      pdf: written.find((name) => name.endsWith('.pdf')),
      figures: report.counts.slice(0, 4).map((c) => `${c.value} ${c.label}`).join(', '),
      findings: `${report.errors} errors, ${report.warnings} warnings`,
    })),
    reportLabel: labels.report,
  };
}

function reportView(reports: readonly DocumentReport[]) {
  const labels = labelsFor('en');
  return {
    lang: 'en',
    title: 'curric — consistency report',
    heading: 'Consistency report',
    documents: reports.map((r) => ({
      id: r.id,
      title: r.title,
      summary: `${r.kind}: ${r.errors} errors, ${r.warnings} warnings`,
      counts: r.counts,
      arithmetic: r.arithmetic.map((a) => ({ ...a, status: a.ok ? 'agrees' : 'MISMATCH' })),
      coverage: r.coverage.map((c) => matrixView(c.title, c.matrix, c.matrix.columns, labels, htmlFileNames.handbook(r.id))),
      findings: findingViews(r.findings, labels),
    })),
  };
}

function jsonReport(report: DocumentReport) {
  return {
    ...report,
    findings: report.findings.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, file: d.position?.file ?? null, line: d.position?.line ?? null, column: d.position?.column ?? null })),
  };
}
