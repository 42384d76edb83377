import { charCodeAt } from '../../text/string-methods.js';

/**
 * Glyphs and widths of words from per-character tables, instead of shaping every word with fontkit. For the
 * handbooks' fonts and languages, fontkit's shaping of a word is one glyph per character, each advanced by its
 * width plus the kerning of its pair with the next one. Each character and each pair of characters is shaped by
 * fontkit once per process, in the script the word is shaped in (a word's first character of a definite script
 * decides, as in fontkit), and kept only when it is exactly that; a word with anything else (combining marks,
 * ligatures, characters outside the Basic Multilingual Plane, scripts other than Latin) is left to fontkit. The results are fontkit's,
 * operation for operation, so a handbook is byte for byte what shaping every word gives.
 */

/** fontkit's parsed font, as far as shaping goes. */
export interface ShapingFont {
  unitsPerEm: number;
  layout(text: string, features?: string[], script?: string): ShapedText;
}

interface ShapedText {
  script: string;
  glyphs: { id: number; advanceWidth: number }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}

/** fontkit's script for text without a character of a definite script (digits, punctuation). */
const NO_SCRIPT = 'zzzz';
const NO_SCRIPT_ID = 1;
/**
 * The scripts whose shaping was checked to be one glyph per character plus pair kerning, on every word of the
 * shipped and generated curricula and on random strings of their letters; text in others is left to fontkit.
 */
const TABLED_SCRIPTS = new Set([NO_SCRIPT, 'latn']);

const UNKNOWN = -1;
/** A character or pair that shapes into something other than one glyph per character with pair kerning. */
const COMPLEX = -2;
/** Pairs of characters below this code have a table of their own; the rarer others a map. */
const DENSE_PAIRS = 0x180;
const PAIR_UNKNOWN = -32768;
const PAIR_COMPLEX = -32767;

/** A word's glyphs as last shaped: valid up to `length`, overwritten by the next word. */
export class ShapedWord {
  readonly glyphs: number[] = [];
  /** Advance widths and the kerning after each glyph, in font units. */
  readonly advances: number[] = [];
  readonly kernings: number[] = [];
  length = 0;
}

/** One script's tables for one font. */
class ScriptTables {
  constructor(readonly script: string) {}
  readonly glyphs = new Int32Array(0x10000).fill(UNKNOWN);
  readonly advances = new Int32Array(0x10000);
  readonly densePairs = new Int16Array(DENSE_PAIRS * DENSE_PAIRS).fill(PAIR_UNKNOWN);
  readonly otherPairs = new Map<number, number>();
}

export class GlyphMetrics {
  /** fontkit's scale from font units to thousandths of the font size, as pdfkit computes it. */
  readonly scale: number;
  /** Tables per script, by the script's number in `scriptIds`. */
  private readonly tables: (ScriptTables | undefined)[] = [];
  private readonly scriptIds = new Map<string, number>([[NO_SCRIPT, NO_SCRIPT_ID]]);
  private readonly scriptNames = ['', NO_SCRIPT];
  /** Per character: the number of the script fontkit detects in it alone (0: not asked yet). */
  private readonly characterScripts = new Uint8Array(0x10000);
  private readonly shaped = new ShapedWord();

  constructor(private readonly font: ShapingFont) {
    this.scale = 1000 / font.unitsPerEm;
  }

  /**
   * Shapes `text` into the returned word (reused by the next call), or returns undefined when it needs fontkit.
   * The kerning after the last glyph is zero.
   */
  shape(text: string): ShapedWord | undefined {
    const { length } = text;
    const tables = length > 0 ? this.tablesFor(text) : undefined;
    if (!tables) return undefined;
    const word = this.shaped;
    let previous = -1;
    for (let index = 0; index < length; index += 1) {
      const code = charCodeAt(text, index);
      const glyph = this.glyphOf(tables, code);
      if (glyph === COMPLEX) return undefined;
      word.glyphs[index] = glyph;
      word.advances[index] = tables.advances[code]!;
      if (previous >= 0) {
        const kerning = this.kerningOf(tables, previous, code);
        if (kerning === PAIR_COMPLEX) return undefined;
        word.kernings[index - 1] = kerning;
      }
      previous = code;
    }
    word.kernings[length - 1] = 0;
    word.length = length;
    return word;
  }

  /**
   * The width of `text` at 1 pt, summed as pdfkit sums a shaped run (glyph by glyph, advance plus the kerning
   * after it, scaled); NaN when it needs fontkit. Measures without writing the glyphs down.
   */
  widthPerPoint(text: string): number {
    const { length } = text;
    const tables = length > 0 ? this.tablesFor(text) : undefined;
    if (!tables) return NaN;
    let width = 0;
    let previous = -1;
    for (let index = 0; index < length; index += 1) {
      const code = charCodeAt(text, index);
      if (this.glyphOf(tables, code) === COMPLEX) return NaN;
      if (previous >= 0) {
        const kerning = this.kerningOf(tables, previous, code);
        if (kerning === PAIR_COMPLEX) return NaN;
        width += (tables.advances[previous]! + kerning) * this.scale;
      }
      previous = code;
    }
    width += tables.advances[previous]! * this.scale;
    return width / 1000;
  }

  /** A character's glyph in the script's tables, learnt from fontkit the first time; COMPLEX when not simple. */
  private glyphOf(tables: ScriptTables, code: number): number {
    const glyph = tables.glyphs[code]!;
    return glyph === UNKNOWN ? this.learnCharacter(tables, code) : glyph;
  }

  /** The kerning after `first` when `second` follows it, from the dense table when both are common. */
  private kerningOf(tables: ScriptTables, first: number, second: number): number {
    const kerning = first < DENSE_PAIRS && second < DENSE_PAIRS ? tables.densePairs[first * DENSE_PAIRS + second]! : PAIR_UNKNOWN;
    return kerning === PAIR_UNKNOWN ? this.kerning(tables, first, second) : kerning;
  }

  /**
   * The tables of the script fontkit shapes the text in: that of its first character with a definite script.
   * Undefined for surrogates and for scripts not checked (TABLED_SCRIPTS).
   */
  private tablesFor(text: string): ScriptTables | undefined {
    let id = NO_SCRIPT_ID;
    for (let index = 0; index < text.length && id === NO_SCRIPT_ID; index += 1) {
      const code = charCodeAt(text, index);
      if (code >= 0xd800 && code <= 0xdfff) return undefined;
      id = this.characterScripts[code]! || this.learnScript(code);
    }
    const script = this.scriptNames[id]!;
    return TABLED_SCRIPTS.has(script) ? (this.tables[id] ??= new ScriptTables(script)) : undefined;
  }

  private learnScript(code: number): number {
    const script = this.font.layout(String.fromCharCode(code)).script;
    let id = this.scriptIds.get(script);
    if (id === undefined) {
      id = this.scriptNames.length;
      if (id > 0xff) throw new Error('more scripts than the glyph tables count');
      this.scriptIds.set(script, id);
      this.scriptNames.push(script);
    }
    this.characterScripts[code] = id;
    return id;
  }

  /** Shapes a character alone: simple when it is one glyph advanced by its own width. */
  private learnCharacter(tables: ScriptTables, code: number): number {
    const run = this.font.layout(String.fromCharCode(code), undefined, tables.script);
    const position = run.positions[0];
    const simple = run.glyphs.length === 1 && position !== undefined && !position.xOffset && !position.yOffset && position.xAdvance === run.glyphs[0]!.advanceWidth;
    const glyph = simple ? run.glyphs[0]!.id : COMPLEX;
    tables.glyphs[code] = glyph;
    tables.advances[code] = simple ? run.glyphs[0]!.advanceWidth : 0;
    return glyph;
  }

  /** The kerning after `first` when `second` follows it, in font units, or PAIR_COMPLEX. */
  private kerning(tables: ScriptTables, first: number, second: number): number {
    const dense = first < DENSE_PAIRS && second < DENSE_PAIRS;
    const key = dense ? first * DENSE_PAIRS + second : first * 0x10000 + second;
    let kerning = dense ? tables.densePairs[key]! : (tables.otherPairs.get(key) ?? PAIR_UNKNOWN);
    if (kerning !== PAIR_UNKNOWN) return kerning;
    kerning = this.learnPair(tables, first, second);
    if (dense) tables.densePairs[key] = kerning;
    else tables.otherPairs.set(key, kerning);
    return kerning;
  }

  /** Shapes a pair: simple when it is the two characters' own glyphs, the second advanced by its own width. */
  private learnPair(tables: ScriptTables, first: number, second: number): number {
    const run = this.font.layout(String.fromCharCode(first, second), undefined, tables.script);
    const [a, b] = run.positions;
    const simple =
      run.glyphs.length === 2 &&
      a !== undefined &&
      b !== undefined &&
      run.glyphs[0]!.id === tables.glyphs[first] &&
      run.glyphs[1]!.id === tables.glyphs[second] &&
      !a.xOffset && !a.yOffset && !b.xOffset && !b.yOffset &&
      b.xAdvance === tables.advances[second];
    const kerning = simple ? a.xAdvance - tables.advances[first]! : PAIR_COMPLEX;
    return kerning > PAIR_COMPLEX && kerning < 32768 ? kerning : PAIR_COMPLEX;
  }
}
