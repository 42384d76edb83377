import { execFileSync } from 'node:child_process';

/** poppler-utils, run on a PDF file (installed at /usr/bin by .ci/run). */
const run = (tool: string, args: string[]) => execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The A4 page without its running head and footer (pdftotext crops in points at its default 72 dpi). */
const BODY_CROP = ['-x', '0', '-y', '58', '-W', '596', '-H', '730'];

export interface TextOptions {
  first?: number;
  last?: number;
  layout?: boolean;
  raw?: boolean;
  /** Leave out the running head and footer. */
  bodyOnly?: boolean;
}

export function pdfText(file: string, options: TextOptions = {}): string {
  const args = [
    ...(options.first ? ['-f', String(options.first)] : []),
    ...(options.last ? ['-l', String(options.last)] : []),
    ...(options.layout ? ['-layout'] : []),
    ...(options.raw ? ['-raw'] : []),
    ...(options.bodyOnly ? BODY_CROP : []),
    file,
    '-',
  ];
  return run('pdftotext', args);
}

/** Text per page (index 0 = page 1). */
export function pdfPages(file: string, options: Omit<TextOptions, 'first' | 'last'> = {}): string[] {
  const pages = pdfText(file, options).split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** The XMP metadata stream, as pdfinfo prints it. */
export function pdfMetadata(file: string): string {
  return run('pdfinfo', ['-meta', file]);
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!] = match[2]!;
  }
  return info;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name type… encoding emb sub uni object ID — the name has no spaces, the last five columns are fixed
      const columns = line.trim().split(/\s+/);
      const emb = columns[columns.length - 5];
      return { name: columns[0]!, type: columns.slice(1, -6).join(' '), embedded: emb === 'yes' };
    });
}

/** The structure tree as poppler prints it (`pdfinfo -struct-text`). */
export function structureText(file: string): string {
  return run('pdfinfo', ['-struct-text', file]);
}

/** Named destinations with their pages, as pdfinfo finds them. */
export function pdfDestinations(file: string): { page: number; name: string }[] {
  return [...run('pdfinfo', ['-dests', file]).matchAll(/^\s*(\d+) \[.*\] "(.*)"$/gm)].map((match) => ({ page: Number(match[1]), name: match[2]! }));
}

export function renderPng(file: string, page: number, outputBase: string, resolution = 80): void {
  run('pdftoppm', ['-png', '-r', String(resolution), '-f', String(page), '-l', String(page), '-singlefile', file, outputBase]);
}

/**
 * Extracted text made comparable with source text: soft hyphens removed, words hyphenated at a line end joined,
 * whitespace collapsed.
 */
export function normalizeExtracted(text: string): string {
  return text
    .replaceAll('\u00AD', '')
    .replace(/(\p{L})-[ \t]*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export const normalizeSource = (text: string) => text.replace(/\s+/g, ' ').trim();
