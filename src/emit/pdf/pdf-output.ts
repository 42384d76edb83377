import { deflateSync } from 'node:zlib';

/**
 * How a handbook's bytes leave pdfkit. pdfkit turns every content operator and every line of the file into a
 * Uint8Array of its own, character by character, and pushes the file through a Readable stream chunk by chunk:
 * for handbooks of ~10 000 text runs that was a tenth of the PDF build. Here a page's operators are gathered as
 * strings and encoded once when the page ends, the file's lines are encoded in batches, and objects serialized
 * elsewhere (the structure tree's) are written as they are. pdfkit finishes
 * a document synchronously (nothing we draw is loaded asynchronously), so the file is complete when `end()`
 * returns. These are pdfkit internals (0.20); the PDF tests read every produced file back.
 */

/** pdfkit's indirect object, as far as page contents and structure elements need it. */
export interface PdfReference {
  id: number;
  offset: number;
  data: Record<string, unknown>;
  compress: boolean;
  /** What has been written so far. */
  buffer: Uint8Array[];
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

interface PdfkitInternals {
  page: { content: PdfReference };
  _offset: number;
  _waiting: number;
  _write(data: string | Uint8Array): void;
  _refEnd(ref: PdfReference): void;
  ref(data?: Record<string, unknown>): PdfReference;
}

/**
 * Page contents compress at zlib's fastest level: three times faster than pdfkit's default level, for handbooks
 * about 8 % larger (page contents are mostly hex glyph codes and repeated operators).
 */
const CONTENT_COMPRESSION = { level: 1 };

export interface PdfOutput {
  /** Adds a page whose content is gathered as described above. */
  addPage(): void;
  /** Numbers an object that `writeObject` writes later: others can refer to it before it is complete. */
  reserve(): PdfReference;
  /** Writes a reserved object, given as its serialized dictionary (pdfkit's generic serializer is slow). */
  writeObject(object: PdfReference, dictionary: string): void;
  /** Ends the document and returns the whole file. */
  end(): Buffer;
}

export function pdfOutput(doc: PDFKit.PDFDocument): PdfOutput {
  const internals = doc as unknown as PdfkitInternals;
  // the file header, written when the document was created
  const chunks: Buffer[] = [];
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
  // pdfkit writes the file line by line; lines are binary strings (one byte per character), encoded in batches
  let lines: string[] = [];
  const encodeLines = () => {
    if (lines.length === 0) return;
    chunks.push(Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
    lines = [];
  };
  internals._write = (data) => {
    if (typeof data === 'string') {
      lines.push(data);
      internals._offset += data.length + 1;
    } else {
      encodeLines();
      chunks.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      internals._offset += data.byteLength;
    }
  };
  let packPreviousPage: (() => void) | undefined;
  return {
    addPage() {
      packPreviousPage?.();
      doc.addPage();
      packPreviousPage = gatherContent(internals.page.content);
    },
    reserve: () => internals.ref(),
    writeObject(object, dictionary) {
      object.offset = internals._offset;
      internals._write(`${object.id} 0 obj\n${dictionary}\nendobj`);
      internals._refEnd(object);
    },
    end() {
      doc.end();
      if (internals._waiting !== 0) throw new Error('pdfkit did not finish the document synchronously');
      encodeLines();
      return Buffer.concat(chunks);
    },
  };
}

/**
 * Collects a page's operators as strings and writes them, compressed, as one chunk when the page ends. Returns
 * what packs the operators gathered so far into one string: pages stay open until the running heads are drawn,
 * and thousands of small strings per page would survive into the old generation and be marked again and again.
 */
function gatherContent(content: PdfReference): () => void {
  // the page's opening transformation, written before the page was handed over
  const operators = content.buffer.splice(0).map((chunk) => Buffer.from(chunk).toString('latin1').trimEnd());
  const write = content.write.bind(content);
  const finalize = content.finalize.bind(content);
  content.write = (chunk) => {
    if (typeof chunk === 'string') operators.push(chunk);
    else throw new Error('page content is written as text');
  };
  content.finalize = () => {
    if (operators.length > 0) {
      content.compress = false;
      content.data['Filter'] = 'FlateDecode';
      write(deflateSync(Buffer.from(`${operators.join('\n')}\n`, 'latin1'), CONTENT_COMPRESSION));
    }
    finalize();
  };
  return () => {
    if (operators.length > 1) operators.splice(0, operators.length, operators.join('\n'));
  };
}
