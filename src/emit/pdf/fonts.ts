import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlyphMetrics, type ShapingFont } from './glyph-metrics.js';
import { trueTypeSubset } from './truetype-subset.js';

/**
 * The DejaVu Sans Condensed family, embedded (subset) in every handbook: it covers French, German and Italian
 * with « » ’ – œ ß and ✓. Fonts are registered and selected under their file path, never a short alias: with an
 * alias pdfkit re-reads and re-parses the file whenever it falls back to the source path (NOTES.md).
 */
export interface FontSet {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

let cached: FontSet | undefined;

export function dejaVuFonts(): FontSet {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const directory = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  cached = {
    regular: join(directory, 'DejaVuSansCondensed.ttf'),
    bold: join(directory, 'DejaVuSansCondensed-Bold.ttf'),
    italic: join(directory, 'DejaVuSansCondensed-Oblique.ttf'),
    boldItalic: join(directory, 'DejaVuSansCondensed-BoldOblique.ttf'),
  };
  return cached;
}

/** Parsed fonts per file, shared by every handbook of the process (NOTES.md: parsing is costly). */
const parsedFonts = new Map<string, unknown>();
/** Shaped words per font file (those the glyph tables leave to fontkit): pdfkit keeps them per document. */
const layoutCaches = new Map<string, Record<string, unknown>>();

/** pdfkit's embedded font, as far as curric uses it (not in its type definitions). */
export interface EmbeddedFont {
  id: string;
  /** The parsed font file (fontkit). */
  font: unknown;
  layoutCache?: Record<string, unknown>;
  ascender: number;
  scale: number;
  subset: { includeGlyph(glyphId: number): number };
  /** Per subset glyph: advance width and the characters it stands for (the font's widths and ToUnicode map). */
  widths: number[];
  unicode: number[][];
  ref(): unknown;
  layoutCached(text: string): ShapedRun;
}

export interface ShapedRun {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  /** In thousandths of the font size. */
  positions: { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[];
}

/** Per parsed font: its glyph tables, shared by every handbook of the process like the font itself. */
const metricsByFont = new WeakMap<object, GlyphMetrics>();

/** The glyph tables of an embedded font's file. */
export function glyphMetrics(font: EmbeddedFont): GlyphMetrics {
  const parsed = font.font as ShapingFont;
  let metrics = metricsByFont.get(parsed);
  if (!metrics) {
    metrics = new GlyphMetrics(parsed);
    metricsByFont.set(parsed, metrics);
  }
  return metrics;
}

/** The font registered under `path` in this document. */
export function embeddedFont(doc: PDFKit.PDFDocument, path: string): EmbeddedFont {
  const font = (doc as unknown as { _fontFamilies: Record<string, EmbeddedFont | undefined> })._fontFamilies[path];
  if (!font) throw new Error(`font not registered: ${path}`);
  return font;
}

/**
 * Registers every font of the set under its own path, so that `doc.font(path)` finds it again. The file is
 * parsed once per process and its shaped words are shared too (runs are stored in font units, independent of
 * size and document): sharing the parsed font also keeps the shared words from holding on to one parsed copy
 * per document. Each document still subsets and embeds the glyphs it uses itself (truetype-subset.ts).
 */
export function registerFonts(doc: PDFKit.PDFDocument, fonts: FontSet): void {
  for (const path of Object.values(fonts)) {
    const parsed = parsedFonts.get(path);
    // pdfkit takes a parsed font in place of a path (anything with a `layout` method).
    doc.registerFont(path, (parsed ?? path) as string);
    doc.font(path);
    const font = embeddedFont(doc, path);
    font.subset = trueTypeSubset(font.font) ?? font.subset;
    parsedFonts.set(path, font.font);
    if (font.layoutCache) {
      const shared = layoutCaches.get(path) ?? font.layoutCache;
      layoutCaches.set(path, shared);
      font.layoutCache = shared;
    }
  }
  doc.font(fonts.regular);
}
