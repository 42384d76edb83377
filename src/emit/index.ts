import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { ResolvedDocument } from '../resolve/index.js';
import { htmlFileNames, renderHtml, renderTemplate } from './html/index.js';
import { findingViews, matrixView } from './html/view-common.js';
import { labelsFor, type Labels } from './labels.js';
import type { DocumentReport } from './report/model.js';
import { countLabel, coverageColumns, lineLabel } from './report/wording.js';
import type { Language } from '../validate/schema/common.js';
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
    const language = siteLanguage(reports);
    const labels = labelsFor(language);
    write('index.html', renderTemplate('index', indexView(entries, language, labels)));
    write('report.html', renderTemplate('report', reportView(reports, language, labels)));
  }
  write('report.json', JSON.stringify({ version: 1, documents: reports.map(jsonReport) }, null, 2) + '\n');
  return written;
}

/** The pages about all documents speak the documents' language when they share one, English otherwise. */
function siteLanguage(reports: readonly DocumentReport[]): Language {
  const languages = new Set(reports.flatMap((r) => (r.language ? [r.language] : [])));
  return languages.size === 1 ? [...languages][0]! : 'en';
}

const kindOf = (kind: string, labels: Labels) => (kind === 'training-plan' || kind === 'teaching-plan' ? labels.site.kinds[kind] : kind);
const findingCounts = (report: DocumentReport, labels: Labels) => `${report.errors} ${labels.site.errors}, ${report.warnings} ${labels.site.warnings}`;

function indexView(entries: readonly SiteEntry[], language: Language, labels: Labels) {
  const { site } = labels;
  return {
    lang: language,
    title: `curric — ${site.handbooks}`,
    heading: site.handbooks,
    columns: [site.document, site.type, site.figures, 'PDF', labels.findings],
    documents: entries.map(({ report, written }) => ({
      title: report.title,
      kind: kindOf(report.kind, labels),
      href: htmlFileNames.handbook(report.id),
      pdf: written.find((name) => name.endsWith('.pdf')),
      figures: report.counts.slice(0, 4).map((c) => `${c.value} ${countLabel(c, labels)}`).join(', '),
      findings: findingCounts(report, labels),
    })),
    reportLabel: site.report,
  };
}

function reportView(reports: readonly DocumentReport[], language: Language, labels: Labels) {
  const { site } = labels;
  return {
    lang: language,
    title: `curric — ${site.report}`,
    heading: site.report,
    labels,
    documents: reports.map((r) => ({
      id: r.id,
      title: r.title,
      summary: `${kindOf(r.kind, labels)} — ${findingCounts(r, labels)}`,
      counts: r.counts.map((c) => ({ label: countLabel(c, labels), value: c.value })),
      arithmetic: r.arithmetic.map((a) => ({ label: lineLabel(a, labels), declared: a.declared, computed: a.computed, status: a.ok ? site.agrees : site.mismatch })),
      coverage: r.coverage.map((c) => matrixView(labels[c.key], c.matrix, coverageColumns(c.matrix.columns, labels), labels, htmlFileNames.handbook(r.id))),
      findings: findingViews(r.findings, labels),
    })),
  };
}

/** report.json: the report's data, its figures labelled in English (the JSON format's language, like the CLI's). */
function jsonReport(report: DocumentReport) {
  const labels = labelsFor('en');
  return {
    ...report,
    counts: report.counts.map((c) => ({ label: countLabel(c, labels), value: c.value })),
    arithmetic: report.arithmetic.map((a) => ({ label: lineLabel(a, labels), declared: a.declared, computed: a.computed, ok: a.ok })),
    coverage: report.coverage.map((c) => ({ title: labels[c.key], matrix: c.matrix })),
    findings: report.findings.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, file: d.position?.file ?? null, line: d.position?.line ?? null, column: d.position?.column ?? null })),
  };
}
