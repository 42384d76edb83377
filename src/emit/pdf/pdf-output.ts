import { deflateSync } from 'node:zlib';
import { charCodeAt } from '../../text/string-methods.js';

/**
 * How a handbook's bytes leave pdfkit. pdfkit turns every content operator and every line of the file into a
 * Uint8Array of its own, character by character, and pushes the file through a Readable stream chunk by chunk:
 * for handbooks of ~10 000 text runs that was a tenth of the PDF build. Here a page's operators are written as
 * bytes into one buffer (text straight from the glyph tables, see text-writer.ts), the file's lines are written as
 * bytes into another, and objects serialized by curric (structure elements, link annotations, the destinations'
 * name tree) are written as they are — structure elements number by number, without a string of their own.
 * pdfkit finishes a document synchronously (nothing we draw is loaded asynchronously), so the file is complete
 * when `end()` returns. These are pdfkit internals (0.20); the PDF tests read every produced file back.
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
  page: { content: PdfReference; dictionary: PdfReference; height: number };
  _root: { data: { Names: { data: Record<string, unknown> } } };
  /** Each object's offset in the file, by object number − 1 (null until it is written). */
  _offsets: (number | null)[];
  _offset: number;
  /** Objects numbered but not written yet: the file is finished when none is left. */
  _waiting: number;
  _write(data: string | Uint8Array): void;
  _refEnd(ref: { id: number; offset: number }): void;
}

/**
 * An object written by curric: its number and, once written, its offset. pdfkit's serializer writes it as a
 * reference ("12 0 R") wherever pdfkit's own objects hold it (the structure parent tree, a page's annotations),
 * for it shares the prototype of pdfkit's references; it carries none of their dictionary and stream fields
 * (a handbook numbers some 5000 structure elements, alive until the file ends).
 */
export class ObjectReference {
  offset = 0;

  constructor(readonly id: number) {}

  toString(): string {
    return `${this.id} 0 R`;
  }
}

/** Makes ObjectReference a kind of pdfkit's (unexported) PDFAbstractReference, found behind the catalog's reference. */
function adoptPdfkitReferencePrototype(internals: PdfkitInternals): void {
  const abstractReference = Object.getPrototypeOf(Object.getPrototypeOf(internals._root)) as object;
  if (Object.getPrototypeOf(ObjectReference.prototype) !== abstractReference) Object.setPrototypeOf(ObjectReference.prototype, abstractReference);
}

/**
 * Page contents compress at zlib's fastest level: three times faster than pdfkit's default level, for handbooks
 * about 8 % larger (page contents are mostly glyph codes and repeated operators).
 */
const CONTENT_COMPRESSION = { level: 1 };

export interface PdfOutput {
  /** Adds a page whose content is gathered as described above. */
  addPage(): void;
  /** The current page's content (pdfkit's current page, which `switchToPage` changes). */
  readonly content: ContentBytes;
  /** Numbers an object that `writeObject` writes later: others can refer to it before it is complete. */
  reserve(): ObjectReference;
  /**
   * Names a destination at `y` points from the top of the current page (kept: the first of a name). Written by
   * curric as one name tree sorted by bytes, as the PDF specification sorts keys (pdfkit sorts by locale).
   */
  destination(name: string, y: number): void;
  /** Writes a reserved object, given as its serialized dictionary (pdfkit's generic serializer is slow). */
  writeObject(object: ObjectReference, dictionary: string): void;
  /** Starts writing a reserved object: its dictionary goes into the returned bytes, then `endObject` ends it. */
  beginObject(object: ObjectReference): ContentBytes;
  endObject(object: ObjectReference): void;
  /** Ends the document and returns the whole file. */
  end(): Buffer;
}

/**
 * The output of one document. Its methods are the prototype's, shared by every document: functions made per
 * document (or per page) are optimized again after each full garbage collection, every dozen handbooks.
 */
class HandbookOutput implements PdfOutput {
  /** The pdfkit document, with the internals the output takes over. */
  private readonly doc: PDFKit.PDFDocument & PdfkitInternals;
  // the whole file, outside the JavaScript heap: a handbook's structure elements alone are some 300 KB of lines
  private readonly file = new ContentBytes(fileBuffers);
  // running heads are drawn when every page exists: the current page is not always the last one
  private readonly contents = new WeakMap<PdfReference, ContentBytes>();
  private readonly destinations = new Map<string, string>();

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc as PDFKit.PDFDocument & PdfkitInternals;
    // the file header, written when the document was created
    for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) this.file.append(chunk);
    this.doc._write = this.writeFile.bind(this);
    adoptPdfkitReferencePrototype(this.doc);
  }

  /** pdfkit writes the file line by line, as binary strings (one byte per character), and streams as bytes. */
  private writeFile(data: string | Uint8Array): void {
    if (typeof data === 'string') this.file.line(data);
    else this.file.append(data);
    this.doc._offset = this.file.mark;
  }

  addPage(): void {
    this.doc.addPage();
    const { content } = this.doc.page;
    this.contents.set(content, new GatheredContent(content).bytes);
  }

  get content(): ContentBytes {
    const content = this.contents.get(this.doc.page.content);
    if (!content) throw new Error('the current page was not added by pdfOutput');
    return content;
  }

  destination(name: string, y: number): void {
    const { page } = this.doc;
    if (!this.destinations.has(name)) this.destinations.set(name, `[${page.dictionary.id} 0 R /XYZ null ${pdfNumber(page.height - y)} null]`);
  }

  reserve(): ObjectReference {
    this.doc._offsets.push(null);
    this.doc._waiting += 1;
    return new ObjectReference(this.doc._offsets.length);
  }

  beginObject(object: ObjectReference): ContentBytes {
    const { file } = this;
    object.offset = file.mark;
    file.integer(object.id);
    file.line(' 0 obj');
    return file;
  }

  endObject(object: ObjectReference): void {
    this.file.line('');
    this.file.line('endobj');
    this.doc._offset = this.file.mark;
    this.doc._refEnd(object);
  }

  writeObject(object: ObjectReference, dictionary: string): void {
    this.beginObject(object).text(dictionary);
    this.endObject(object);
  }

  end(): Buffer {
    const { destinations, doc } = this;
    if (destinations.size > 0) {
      const tree = this.reserve();
      const names: { name: string; ascii: boolean }[] = [];
      for (const name of destinations.keys()) names.push({ name, ascii: PRINTABLE_ASCII.test(name) });
      names.sort(byPdfStringBytes);
      const entries: string[] = [];
      for (const { name } of names) entries.push(`${pdfString(name)} ${destinations.get(name)}`);
      this.writeObject(tree, `<</Names [${entries.join(' ')}]>>`);
      doc._root.data.Names.data['Dests'] = tree;
    }
    doc.end();
    if (doc._waiting !== 0) throw new Error('pdfkit did not finish the document synchronously');
    const file = Buffer.from(this.file.written());
    this.file.release();
    return file;
  }
}

export function pdfOutput(doc: PDFKit.PDFDocument): PdfOutput {
  return new HandbookOutput(doc);
}

/**
 * A page's operators as bytes, one operator (or a few) per line — or the lines of the file. Outside the JavaScript
 * heap: pages stay open until the running heads are drawn, and thousands of strings per page would be marked
 * again and again.
 */
export class ContentBytes {
  private bytes: Buffer;
  private length = 0;

  constructor(private readonly spares: SpareBuffers = pageBuffers) {
    this.bytes = spares.take();
  }

  /** Hands the buffer on to the next page or file: nothing is written here after this. */
  release(): void {
    this.spares.give(this.bytes);
    this.bytes = EMPTY;
    this.length = 0;
  }

  /** Writes operators given as a binary string (one byte per character), and ends the line. */
  line(operators: string): void {
    this.text(operators);
    this.byte(0x0a);
  }

  /** Writes a binary string without ending the line. */
  text(value: string): void {
    const { length } = value;
    this.reserve(length);
    if (length > SHORT_TEXT) {
      this.length += this.bytes.write(value, this.length, 'latin1');
      return;
    }
    // most operators are a few characters long: copied here, they cost less than a call into Buffer.write
    const { bytes } = this;
    for (let index = 0; index < length; index += 1) bytes[this.length++] = charCodeAt(value, index);
  }

  /** Appends bytes as they are. */
  append(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  /** Appends `source`'s bytes from `start` to `end`: short ranges copied here, without a view on them. */
  appendRange(source: Uint8Array, start: number, end: number): void {
    this.reserve(end - start);
    const { bytes } = this;
    for (let index = start; index < end; index += 1) bytes[this.length++] = source[index]!;
  }

  private byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  /**
   * Writes a number rounded to two decimals (points and thousandths: finer than any printer, and short), as
   * `String(Math.round(value * 100) / 100)` would: from the rounded integer, without a string per number.
   */
  number(value: number): void {
    let hundredths = Math.round(value * 100);
    if (hundredths < 0) {
      this.byte(MINUS);
      hundredths = -hundredths;
    }
    const fraction = hundredths % 100;
    this.integer((hundredths - fraction) / 100);
    if (fraction === 0) return;
    this.byte(POINT);
    this.byte(ZERO + Math.floor(fraction / 10));
    if (fraction % 10 !== 0) this.byte(ZERO + (fraction % 10));
  }

  /**
   * Strokes straight segments, given as `[x1, y1, x2, y2, …]`, `width` points wide in a `#rrggbb` colour: the
   * rules of tables and running heads (pdfkit's path methods format each number through a generic serializer).
   */
  strokeSegments(segments: readonly number[], width: number, color: string): void {
    this.number(width);
    this.line(' w');
    this.line(`${rgbOperands(color)} RG`);
    for (let index = 0; index + 3 < segments.length; index += 4) {
      this.pair(segments[index]!, segments[index + 1]!);
      this.line(' m');
      this.pair(segments[index + 2]!, segments[index + 3]!);
      this.line(' l');
    }
    this.line('S');
  }

  /** Fills a rectangle in a `#rrggbb` colour. */
  fillRectangle(x: number, y: number, width: number, height: number, color: string): void {
    this.line(`${rgbOperands(color)} rg`);
    this.pair(x, y);
    this.byte(SPACE);
    this.pair(width, height);
    this.line(' re');
    this.line('f');
  }

  private pair(x: number, y: number): void {
    this.number(x);
    this.byte(SPACE);
    this.number(y);
  }

  /**
   * Writes a two-byte glyph code into a literal string: half the bytes of four hex digits, for the content and
   * for its compression. The string syntax escapes parentheses and backslashes, and a carriage return (read as
   * an end of line otherwise).
   */
  glyphCode(value: number): void {
    this.reserve(4);
    this.stringByte(value >> 8);
    this.stringByte(value & 0xff);
  }

  private stringByte(value: number): void {
    const { bytes } = this;
    if (value === OPEN || value === CLOSE || value === BACKSLASH) {
      bytes[this.length++] = BACKSLASH;
    } else if (value === CARRIAGE_RETURN) {
      bytes[this.length++] = BACKSLASH;
      value = LETTER_R;
    }
    bytes[this.length++] = value;
  }

  /** Where the content ends now, to go back to with `truncate`. */
  get mark(): number {
    return this.length;
  }

  truncate(mark: number): void {
    this.length = mark;
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  compressed(): Buffer {
    return deflateSync(this.bytes.subarray(0, this.length), CONTENT_COMPRESSION);
  }

  /** What has been written (not a copy). */
  written(): Buffer {
    return this.bytes.subarray(0, this.length);
  }

  /** Writes a non-negative integer. */
  integer(value: number): void {
    let unit = 1;
    while (unit * 10 <= value) unit *= 10;
    for (; unit >= 1; unit /= 10) this.byte(ZERO + (Math.floor(value / unit) % 10));
  }

  private reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + count));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }
}

/**
 * Buffers of finished pages (and files), kept for the next ones. A worker writes hundreds of handbooks, each some
 * 4 MB of page and file bytes outside the JavaScript heap. Allocated afresh, that memory went back only at full
 * garbage collections and brought them on: one every 13 handbooks, one every 25 with the buffers reused (250
 * handbooks in one process). Each costs some 40 ms, and V8 then optimizes the handbooks' callbacks again.
 */
class SpareBuffers {
  private readonly buffers: Buffer[] = [];

  constructor(
    private readonly initialSize: number,
    private readonly kept: number,
  ) {}

  take(): Buffer {
    return this.buffers.pop() ?? Buffer.allocUnsafe(this.initialSize);
  }

  give(buffer: Buffer): void {
    if (this.buffers.length < this.kept && buffer.length > 0) this.buffers.push(buffer);
  }
}

/** A handbook has some 60 pages of 4–30 KB of operators; one file (about 1 MB) is written at a time. */
const pageBuffers = new SpareBuffers(16 * 1024, 256);
const fileBuffers = new SpareBuffers(256 * 1024, 1);
const EMPTY = Buffer.alloc(0);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const colorOperands = new Map<string, string>();

/** A `#rrggbb` colour as the operands of `rg` or `RG`: three numbers from 0 to 1. */
export function rgbOperands(color: string): string {
  let operands = colorOperands.get(color);
  if (operands === undefined) {
    operands = [1, 3, 5].map((start) => pdfNumber(parseInt(color.slice(start, start + 2), 16) / 255)).join(' ');
    colorOperands.set(color, operands);
  }
  return operands;
}

/** A number with two decimals in PDF syntax, as ContentBytes writes it: points and thousandths. */
export function pdfNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A string object: literal when printable ASCII, else UTF-16BE with its byte order mark (the bytes pdfkit writes). */
export function pdfString(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return `(${text.replace(/[()\\]/g, '\\$&')})`;
  let hex = 'feff';
  for (let index = 0; index < text.length; index += 1) hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

/**
 * Orders texts as their PDF strings' bytes sort: printable ASCII ones (one byte per character) before the others
 * (UTF-16BE, whose byte order mark starts with 0xFE); within each, by UTF-16 code units, which sort as the bytes.
 */
function byPdfStringBytes(a: { name: string; ascii: boolean }, b: { name: string; ascii: boolean }): number {
  if (a.ascii !== b.ascii) return a.ascii ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Up to this length a string is copied into the content byte by byte. */
const SHORT_TEXT = 64;
const [SPACE, MINUS, POINT, ZERO] = [0x20, 0x2d, 0x2e, 0x30];
const [OPEN, CLOSE, BACKSLASH, CARRIAGE_RETURN, LETTER_R] = [0x28, 0x29, 0x5c, 0x0d, 0x72];

/** Gathers a page's operators into a ContentBytes, compressed as one chunk when the page ends. */
class GatheredContent {
  readonly bytes = new ContentBytes();
  private readonly pdfkitWrite: PdfReference['write'];
  private readonly pdfkitFinalize: PdfReference['finalize'];

  constructor(private readonly content: PdfReference) {
    // the page's opening transformation, written before the page was handed over
    for (const chunk of content.buffer.splice(0)) this.bytes.line(Buffer.from(chunk).toString('latin1').trimEnd());
    this.pdfkitWrite = content.write.bind(content);
    this.pdfkitFinalize = content.finalize.bind(content);
    content.write = this.write.bind(this);
    content.finalize = this.finalize.bind(this);
  }

  private write(chunk: string | Uint8Array): void {
    if (typeof chunk === 'string') this.bytes.line(chunk);
    else throw new Error('page content is written as text');
  }

  private finalize(): void {
    const { bytes, content } = this;
    if (!bytes.isEmpty) {
      content.compress = false;
      content.data['Filter'] = 'FlateDecode';
      this.pdfkitWrite(bytes.compressed());
    }
    bytes.release();
    this.pdfkitFinalize();
  }
}
