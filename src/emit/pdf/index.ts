import PDFDocument from 'pdfkit';
import type { Diagnostic } from '../../diagnostics.js';
import type { ResolvedDocument } from '../../resolve/index.js';
import { dejaVuFonts, registerFonts } from './fonts.js';
import { hyphenatorFor } from './hyphenation.js';
import { layoutHandbook } from './layout.js';
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
export async function renderPdf(input: RenderPdfInput): Promise<Buffer> {
  return (await renderHandbook(handbookFor(input.document, input.diagnostics), input.creationDate)).pdf;
}

export function handbookFor(document: ResolvedDocument, diagnostics: readonly Diagnostic[]): Handbook {
  return document.kind === 'training-plan' ? trainingPlanHandbook(document, diagnostics) : teachingPlanHandbook(document, diagnostics);
}

/** Lays a handbook out and writes it; `tagged: false` exists only to measure what tagging costs. */
export async function renderHandbook(handbook: Handbook, creationDate: Date, options: { tagged?: boolean } = {}): Promise<{ pdf: Buffer; pages: number }> {
  const tagged = options.tagged ?? true;
  const fonts = dejaVuFonts();
  const doc = new PDFDocument({
    size: page.size,
    margins: page.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged,
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
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc, fonts);
  const pages = layoutHandbook({ doc, tagger: new Tagger(doc, tagged), measure: new TextMeasure(doc), text: new TextWriter(doc), hyphenate: hyphenatorFor(handbook.language), fonts }, handbook);
  doc.end();
  return { pdf: await finished, pages };
}
