import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

/** Shaped words per font file: pdfkit keeps them per document, yet most words recur from one handbook to the next. */
const layoutCaches = new Map<string, Record<string, unknown>>();

/** pdfkit's embedded font, as far as the shared layout cache needs it (not in its type definitions). */
interface EmbeddedFont {
  layoutCache?: Record<string, unknown>;
}

/**
 * Registers every font of the set under its own path, so that `doc.font(path)` finds the parsed font again, and
 * gives each the process-wide cache of shaped words of its file (runs are stored in font units, independent of
 * size and document; each document still subsets and embeds the glyphs it uses itself).
 */
export function registerFonts(doc: PDFKit.PDFDocument, fonts: FontSet): void {
  const families = (doc as unknown as { _fontFamilies: Record<string, EmbeddedFont> })._fontFamilies;
  for (const path of Object.values(fonts)) {
    doc.registerFont(path, path);
    doc.font(path);
    const font = families[path];
    if (font?.layoutCache) {
      const shared = layoutCaches.get(path) ?? font.layoutCache;
      layoutCaches.set(path, shared);
      font.layoutCache = shared;
    }
  }
  doc.font(fonts.regular);
}
