import PDFDocument from 'pdfkit';
import type { Diagnostic } from '../../diagnostics.js';
import type { ResolvedDocument } from '../../resolve/index.js';
import { dejaVuFonts, registerFonts } from './fonts.js';
import { hyphenatorFor } from './hyphenation.js';
import type { LayoutContext } from './flow.js';
import { layoutHandbook } from './layout.js';
import { pdfOutput } from './pdf-output.js';
import { escapeXmpMetadata } from './xmp-metadata.js';
import { TextMeasure } from './line-breaking.js';
import type { Handbook } from './model.js';
import { page } from './styles.js';
import { Tagger } from './tagging.js';
import { teachingPlanHandbook } from './teaching-plan.js';
import { TextWriter } from './text-writer.js';
import { trainingPlanHandbook } from './training-plan.js';

export interface RenderPdfInput {
  document: ResolvedDocument;
  /** The document's check findings (warnings: documents with errors are not emitted); printed as an appendix. */
  diagnostics: Diagnostic[];
  /** Written as the PDF's creation and modification dates: the same input gives the same bytes. */
  creationDate: Date;
}

/** Phase 5 (PDF): a document's tagged, hyphenated, cross-linked handbook. */
export function renderPdf(input: RenderPdfInput): Buffer {
  return renderHandbook(handbookFor(input.document, input.diagnostics), input.creationDate);
}

export function handbookFor(document: ResolvedDocument, diagnostics: readonly Diagnostic[]): Handbook {
  return document.kind === 'training-plan' ? trainingPlanHandbook(document, diagnostics) : teachingPlanHandbook(document, diagnostics);
}

/** What laying out `doc` needs, its first page added. */
export function layoutContext(doc: PDFKit.PDFDocument, language: string): LayoutContext {
  const fonts = dejaVuFonts();
  const output = pdfOutput(doc);
  output.addPage();
  registerFonts(doc, fonts);
  return { doc, output, tagger: new Tagger(doc, output), measure: new TextMeasure(doc), text: new TextWriter(doc, output), hyphenate: hyphenatorFor(language), fonts };
}

/** Lays a handbook out and writes it. */
function renderHandbook(handbook: Handbook, creationDate: Date): Buffer {
  const doc = new PDFDocument({
    size: page.size,
    margins: page.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    autoFirstPage: false,
    lang: handbook.language,
    displayTitle: true,
    // No default font: registerFonts selects the shared, already parsed ones (a path here would be parsed again).
    font: null as unknown as string,
    info: {
      Title: handbook.metadata.title,
      Author: handbook.metadata.author,
      Subject: handbook.metadata.subject,
      Keywords: handbook.metadata.keywords.join(', '),
      Creator: 'curric',
      CreationDate: creationDate,
      ModDate: creationDate,
    },
  });
  escapeXmpMetadata(doc);
  const context = layoutContext(doc, handbook.language);
  layoutHandbook(context, handbook);
  context.tagger.finish();
  return context.output.end();
}
