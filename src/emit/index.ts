import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { ResolvedDocument } from '../resolve/index.js';
import { renderHtml } from './html/index.js';
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
