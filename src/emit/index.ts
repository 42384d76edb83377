import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../pipeline.js';
import { htmlFileNames, renderHtml, renderTemplate } from './html/index.js';
import { labelsFor } from './labels.js';
import { findingViews, matrixView } from './html/view-common.js';
import { documentReport, type DocumentReport } from './report/model.js';
import { writeFileAtomic } from './write-atomic.js';

export interface EmitOptions {
  outDirectory: string;
  html: boolean;
  /** Renders a document's PDF; absent when PDFs are not wanted. */
  pdf?: (document: NonNullable<CheckResult['documents'][number]['resolved']>, checked: CheckResult['documents'][number]) => Promise<Uint8Array>;
}

export interface EmitResult {
  written: string[];
  /** Ids of documents not emitted because they have errors. */
  refused: string[];
  reports: DocumentReport[];
}

/**
 * Phase 5: writes every document without errors as handbooks, then the index and the consistency report.
 * Every file is written atomically; a document with errors gets no file at all.
 */
export async function emitProject(result: CheckResult, options: EmitOptions): Promise<EmitResult> {
  mkdirSync(options.outDirectory, { recursive: true });
  const written: string[] = [];
  const refused: string[] = [];
  const write = (name: string, content: string | Uint8Array) => {
    writeFileAtomic(join(options.outDirectory, name), content);
    written.push(name);
  };
  const emitted: { id: string; title: string; kind: string; figures: string; pdf?: string; findings: string }[] = [];
  const reports = result.documents.map(documentReport);
  for (const [index, checked] of result.documents.entries()) {
    const report = reports[index]!;
    const { resolved } = checked;
    if (!resolved || report.errors > 0) {
      refused.push(report.id);
      continue;
    }
    if (options.html) for (const [name, html] of renderHtml(resolved, checked.diagnostics)) write(name, html);
    const pdfName = `${resolved.id}.pdf`;
    if (options.pdf) write(pdfName, await options.pdf(resolved, checked));
    emitted.push({
      id: resolved.id,
      title: report.title,
      kind: report.kind,
      figures: report.counts.slice(0, 4).map((c) => `${c.value} ${c.label}`).join(', '),
      ...(options.pdf ? { pdf: pdfName } : {}),
      findings: `${report.errors} errors, ${report.warnings} warnings`,
    });
  }
  if (options.html) {
    write('index.html', renderTemplate('index', indexView(emitted)));
    write('report.html', renderTemplate('report', reportView(reports)));
  }
  write('report.json', JSON.stringify({ version: 1, documents: reports.map(jsonReport) }, null, 2) + '\n');
  return { written, refused, reports };
}

function indexView(documents: { id: string; title: string; kind: string; figures: string; pdf?: string; findings: string }[]) {
  const labels = labelsFor('fr');
  return {
    lang: 'fr',
    title: 'curric — ' + labels.handbooks,
    heading: labels.handbooks,
    columns: ['Document', 'Type', 'Figures', 'PDF', labels.findings],
    documents: documents.map((d) => ({ ...d, href: htmlFileNames.handbook(d.id) })),
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
