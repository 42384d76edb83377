import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../validate/schema/common.js';
import { htmlFileNames, renderTemplate } from './html/index.js';
import { findingViews, matrixView } from './html/view-common.js';
import type { EmitTarget } from './index.js';
import { labelsFor, type Labels } from './labels.js';
import type { DocumentReport } from './report/model.js';
import { countLabel, coverageColumns, lineLabel } from './report/wording.js';
import { writeFileAtomic } from './write-atomic.js';

/** An emitted document as the index and report list it. */
export interface SiteEntry {
  report: DocumentReport;
  written: readonly string[];
}

/**
 * Each document's part of the consistency report — its section of report.html and its entry of report.json —
 * rendered while the build runs, as each document's report comes in: rendered together at the end, 1000
 * documents' parts (40 MB) kept one core busy for some two seconds after the workers were done, the other idle.
 * A section is rendered in its document's language, the site's unless the documents speak several; a part not
 * prepared, or prepared in another language, is rendered when the site is written.
 */
export class ReportParts {
  private readonly parts = new Map<DocumentReport, { section: string | undefined; entry: Buffer }>();

  constructor(private readonly target: EmitTarget) {}

  add(report: DocumentReport): void {
    this.parts.set(report, {
      section: this.target.html ? reportSection(report, labelsFor(preparedLanguage(report))) : undefined,
      // as UTF-8, half the memory of the string until report.json is written
      entry: Buffer.from(reportEntry(report)),
    });
  }

  section(report: DocumentReport, language: Language, labels: Labels): string {
    const prepared = this.parts.get(report)?.section;
    return prepared !== undefined && preparedLanguage(report) === language ? prepared : reportSection(report, labels);
  }

  entry(report: DocumentReport): Buffer {
    return this.parts.get(report)?.entry ?? Buffer.from(reportEntry(report));
  }
}

/** The language a document's section is prepared in: its own (English when it has none). */
const preparedLanguage = (report: DocumentReport): Language => report.language ?? 'en';

/** Writes the index of all handbooks and the consistency report over every document (built or not). */
export function writeSite(entries: readonly SiteEntry[], reports: readonly DocumentReport[], target: EmitTarget, parts = new ReportParts(target)): string[] {
  mkdirSync(target.outDirectory, { recursive: true });
  const written: string[] = [];
  const write = (name: string, content: string | Uint8Array) => {
    writeFileAtomic(join(target.outDirectory, name), content);
    written.push(name);
  };
  if (target.html) {
    const language = siteLanguage(reports);
    const labels = labelsFor(language);
    write('index.html', renderTemplate('index', indexView(entries, language, labels)));
    write('report.html', renderTemplate('report', reportPage(reports.map((r) => parts.section(r, language, labels)), language, labels)));
  }
  write('report.json', reportJson(reports.map((r) => parts.entry(r))));
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

function reportPage(sections: readonly string[], language: Language, labels: Labels) {
  return { lang: language, title: `curric — ${labels.site.report}`, heading: labels.site.report, sections };
}

/** A document's section of report.html. */
function reportSection(r: DocumentReport, labels: Labels): string {
  const { site } = labels;
  return renderTemplate('report-section', {
    labels,
    id: r.id,
    title: r.title,
    summary: `${kindOf(r.kind, labels)} — ${findingCounts(r, labels)}`,
    counts: r.counts.map((c) => ({ label: countLabel(c, labels), value: c.value })),
    arithmetic: r.arithmetic.map((a) => ({ label: lineLabel(a, labels), declared: a.declared, computed: a.computed, status: a.ok ? site.agrees : site.mismatch })),
    coverage: r.coverage.map((c) => matrixView(labels[c.key], c.matrix, coverageColumns(c.matrix.columns, labels), labels, htmlFileNames.handbook(r.id))),
    findings: findingViews(r.findings, labels),
  });
}

/** report.json's indentation of a document's entry: inside `documents`, inside the top-level object. */
const ENTRY_INDENT = '    ';

/**
 * A document's entry of report.json, indented as `JSON.stringify` indents it in the whole file: the report's
 * data, its figures labelled in English (the JSON format's language, like the CLI's).
 */
function reportEntry(report: DocumentReport): string {
  const labels = labelsFor('en');
  const entry = {
    ...report,
    counts: report.counts.map((c) => ({ label: countLabel(c, labels), value: c.value })),
    arithmetic: report.arithmetic.map((a) => ({ label: lineLabel(a, labels), declared: a.declared, computed: a.computed, ok: a.ok })),
    coverage: report.coverage.map((c) => ({ title: labels[c.key], matrix: c.matrix })),
    findings: report.findings.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, file: d.position?.file ?? null, line: d.position?.line ?? null, column: d.position?.column ?? null })),
  };
  // line breaks of the JSON text are all between tokens: strings hold theirs escaped
  return ENTRY_INDENT + JSON.stringify(entry, null, 2).replaceAll('\n', `\n${ENTRY_INDENT}`);
}

/** report.json from its entries: `JSON.stringify({ version: 1, documents }, null, 2)`, and a final line break. */
function reportJson(entries: readonly Buffer[]): Buffer {
  if (entries.length === 0) return Buffer.from(`${JSON.stringify({ version: 1, documents: [] }, null, 2)}\n`);
  const separator = Buffer.from(',\n');
  return Buffer.concat([Buffer.from('{\n  "version": 1,\n  "documents": [\n'), ...entries.flatMap((entry, index) => (index === 0 ? [entry] : [separator, entry])), Buffer.from('\n  ]\n}\n')]);
}
