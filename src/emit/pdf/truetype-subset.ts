/**
 * The subset of a TrueType font that a handbook embeds, copied from the font file's bytes. fontkit's subsetter
 * decodes every glyph it copies (its whole outline, for the left side bearing) and re-encodes the fixed tables
 * — the hinting programs value by value — through its generic struct encoder: 3 % of a handbook's build. Here
 * glyphs and tables are copied as bytes. The file is the one fontkit writes, byte for byte: the same tables in
 * the same order, without padding, checksums left at 0 and the head's checksum adjustment kept as fontkit does.
 */

/** fontkit's parsed font, as far as its file goes. */
interface SfntFont {
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
}

/** The length fontkit writes of each fixed-size table (the version 1.0 maxp of TrueType outlines). */
const HEAD_LENGTH = 54;
const HHEA_LENGTH = 36;
const MAXP_LENGTH = 32;
/** Where the fields a subset changes or reads sit in their tables. */
const HHEA_NUMBER_OF_METRICS = 34;
const MAXP_NUM_GLYPHS = 4;
const HEAD_INDEX_TO_LOC_FORMAT = 50;

/** Composite glyph flags (OpenType glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** A font file's tables, located once per process. */
class TrueTypeSource {
  readonly head: Uint8Array;
  readonly hhea: Uint8Array;
  readonly maxp: Uint8Array;
  /** The hinting tables, copied whole when present. */
  readonly cvt: Uint8Array | undefined;
  readonly prep: Uint8Array | undefined;
  readonly fpgm: Uint8Array | undefined;
  readonly numGlyphs: number;
  readonly longOffsets: boolean;
  private readonly glyf: Uint8Array;
  private readonly hmtx: DataView;
  private readonly numberOfHMetrics: number;
  /** Where each glyph starts in glyf (and where the last ends). */
  private readonly glyphOffsets: Uint32Array;

  constructor(tables: Map<string, Uint8Array>) {
    const table = (tag: string) => tables.get(tag)!;
    this.head = table('head');
    this.hhea = table('hhea');
    this.maxp = table('maxp');
    this.cvt = tables.get('cvt ');
    this.prep = tables.get('prep');
    this.fpgm = tables.get('fpgm');
    this.glyf = table('glyf');
    this.hmtx = viewOf(table('hmtx'));
    this.numGlyphs = viewOf(this.maxp).getUint16(MAXP_NUM_GLYPHS);
    this.numberOfHMetrics = viewOf(this.hhea).getUint16(HHEA_NUMBER_OF_METRICS);
    this.longOffsets = viewOf(this.head).getInt16(HEAD_INDEX_TO_LOC_FORMAT) === 1;
    const loca = viewOf(table('loca'));
    this.glyphOffsets = new Uint32Array(this.numGlyphs + 1);
    for (let id = 0; id <= this.numGlyphs; id += 1) this.glyphOffsets[id] = this.longOffsets ? loca.getUint32(id * 4) : loca.getUint16(id * 2) * 2;
  }

  glyph(id: number): Uint8Array {
    return this.glyf.subarray(this.glyphOffsets[id]!, this.glyphOffsets[id + 1]!);
  }

  /** A glyph's advance width and left side bearing, as hmtx gives them (the last advance for the glyphs after its metrics). */
  metrics(id: number): { advance: number; bearing: number } {
    const count = this.numberOfHMetrics;
    if (id < count) return { advance: this.hmtx.getUint16(id * 4), bearing: this.hmtx.getInt16(id * 4 + 2) };
    const bearingOffset = count * 4 + (id - count) * 2;
    return { advance: this.hmtx.getUint16((count - 1) * 4), bearing: bearingOffset + 2 <= this.hmtx.byteLength ? this.hmtx.getInt16(bearingOffset) : 0 };
  }
}

/** A handbook's subset of one font: glyphs numbered in the order they are first drawn, 0 being .notdef. */
export class TrueTypeSubset {
  private readonly glyphs: number[] = [];
  /** Per glyph of the font, its number in the subset plus one (0: not included). */
  private readonly numbers: Int32Array;

  constructor(private readonly source: TrueTypeSource) {
    this.numbers = new Int32Array(source.numGlyphs);
    this.includeGlyph(0);
  }

  /** The glyph's number in the subset, adding it if needed. */
  includeGlyph(id: number): number {
    let number = this.numbers[id]! - 1;
    if (number < 0) {
      number = this.glyphs.length;
      this.glyphs.push(id);
      this.numbers[id] = number + 1;
    }
    return number;
  }

  /** The font file of the subset (the components of composite glyphs included). */
  encode(): Uint8Array {
    const { source } = this;
    const glyphs: Uint8Array[] = [];
    const offsets: number[] = [];
    let offset = 0;
    // a composite glyph adds its components to the end of the list as it goes
    for (let index = 0; index < this.glyphs.length; index += 1) {
      let glyph = source.glyph(this.glyphs[index]!);
      if (glyph.length > 0 && viewOf(glyph).getInt16(0) < 0) glyph = this.renumberComponents(glyph);
      offsets.push(offset);
      glyphs.push(glyph);
      offset += glyph.length;
    }
    offsets.push(offset);

    const count = this.glyphs.length;
    const hhea = withUint16(source.hhea.subarray(0, HHEA_LENGTH), HHEA_NUMBER_OF_METRICS, count);
    const maxp = withUint16(source.maxp.subarray(0, MAXP_LENGTH), MAXP_NUM_GLYPHS, count);
    const loca = new DataView(new ArrayBuffer(offsets.length * (source.longOffsets ? 4 : 2)));
    for (let index = 0; index < offsets.length; index += 1) {
      if (source.longOffsets) loca.setUint32(index * 4, offsets[index]!);
      else loca.setUint16(index * 2, offsets[index]! / 2);
    }
    const hmtx = new DataView(new ArrayBuffer(count * 4));
    for (let index = 0; index < count; index += 1) {
      const { advance, bearing } = source.metrics(this.glyphs[index]!);
      hmtx.setUint16(index * 4, advance);
      hmtx.setInt16(index * 4 + 2, bearing);
    }
    return sfnt([
      ['head', [source.head.subarray(0, HEAD_LENGTH)]],
      ['hhea', [hhea]],
      ['loca', [new Uint8Array(loca.buffer)]],
      ['maxp', [maxp]],
      ['cvt ', source.cvt && [source.cvt]],
      ['prep', source.prep && [source.prep]],
      ['glyf', glyphs],
      ['hmtx', [new Uint8Array(hmtx.buffer)]],
      ['fpgm', source.fpgm && [source.fpgm]],
    ]);
  }

  /** A copy of a composite glyph whose components refer to their numbers in the subset. */
  private renumberComponents(glyph: Uint8Array): Uint8Array {
    const copy = copyOf(glyph);
    const view = viewOf(copy);
    let position = 10;
    for (;;) {
      const flags = view.getUint16(position);
      view.setUint16(position + 2, this.includeGlyph(view.getUint16(position + 2)));
      position += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) position += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) position += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) position += 8;
      if (!(flags & MORE_COMPONENTS)) return copy;
    }
  }
}

/** The sfnt file of the given tables (absent ones left out), laid out as fontkit lays its subsets out. */
function sfnt(tables: [tag: string, parts: Uint8Array[] | undefined][]): Uint8Array {
  const present = tables.filter(isPresent);
  const lengths = present.map(totalLength);
  const directoryLength = 12 + 16 * present.length;
  let size = directoryLength;
  for (const length of lengths) size += length;
  const file = new Uint8Array(size);
  const view = viewOf(file);
  const powerOf2 = 2 ** Math.floor(Math.log2(present.length));
  file.set(ASCII.encode('true'), 0);
  view.setUint16(4, present.length);
  view.setUint16(6, powerOf2 * 16);
  view.setUint16(8, Math.log2(powerOf2));
  view.setUint16(10, present.length * 16 - powerOf2 * 16);
  let offset = directoryLength;
  for (const [index, [tag, parts]] of present.entries()) {
    const entry = 12 + index * 16;
    file.set(ASCII.encode(tag), entry);
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, lengths[index]!);
    for (const part of parts) {
      file.set(part, offset);
      offset += part.length;
    }
  }
  return file;
}

// sfnt's callbacks are functions of the module: one made per call is optimized again after every full garbage
// collection (V8 keeps optimized code only while a function holding it lives)
function isPresent(entry: [tag: string, parts: Uint8Array[] | undefined]): entry is [string, Uint8Array[]] {
  return entry[1] !== undefined;
}

function totalLength([, parts]: [string, Uint8Array[]]): number {
  let length = 0;
  for (const part of parts) length += part.length;
  return length;
}

const ASCII = new TextEncoder();

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A copy of the bytes: the font file is a Buffer, whose `slice` would share them. */
function copyOf(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

function withUint16(bytes: Uint8Array, offset: number, value: number): Uint8Array {
  const copy = copyOf(bytes);
  viewOf(copy).setUint16(offset, value);
  return copy;
}

const sources = new WeakMap<object, TrueTypeSource>();

/**
 * A new subset of a font parsed by fontkit, or undefined when the font is not a plain TrueType font (CFF
 * outlines, variations, a table missing or shorter than fontkit expects): fontkit's own subsetter then stays.
 */
export function trueTypeSubset(font: unknown): TrueTypeSubset | undefined {
  const parsed = font as SfntFont & { _variationProcessor?: unknown };
  let source = sources.get(parsed);
  if (!source) {
    const { tables } = parsed.directory;
    if (tables['CFF '] || parsed._variationProcessor) return undefined;
    const minimum: Record<string, number> = { head: HEAD_LENGTH, hhea: HHEA_LENGTH, maxp: MAXP_LENGTH, loca: 0, glyf: 0, hmtx: 4 };
    const located = new Map<string, Uint8Array>();
    for (const [tag, entry] of Object.entries(tables)) if (entry) located.set(tag, parsed.stream.buffer.subarray(entry.offset, entry.offset + entry.length));
    if (Object.entries(minimum).some(([tag, length]) => (located.get(tag)?.length ?? -1) < length)) return undefined;
    source = new TrueTypeSource(located);
    sources.set(parsed, source);
  }
  return new TrueTypeSubset(source);
}
