import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { ContentBytes, pdfOutput, pdfString } from '../../../src/emit/pdf/pdf-output.js';
import { temporaryDirectory } from '../../helpers/fixtures.js';
import { pdfDestinations } from './poppler.js';

const written = (content: ContentBytes) => inflateSync(content.compressed()).toString('latin1');

describe('page content bytes', () => {
  it('writes numbers with two decimals exactly as String(Math.round(value * 100) / 100)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 2000;
    const values = [0, -0, 0.004, -0.004, 0.005, -0.005, 0.05, -0.5, 0.1, 1, 10, 100.01, -12.34, 595.28, 841.89, 1e6 + 0.07];
    for (let index = 0; index < 20000; index += 1) values.push(random(), random() / 100);
    const content = new ContentBytes();
    for (const value of values) {
      content.number(value);
      content.line('');
    }
    expect(written(content)).toBe(values.map((value) => `${String(Math.round(value * 100) / 100)}\n`).join(''));
  });

  it('writes glyph codes as two bytes of a literal string, escaped where the syntax needs it, and goes back to a mark', () => {
    const content = new ContentBytes();
    content.text('[(');
    content.glyphCode(0x0041);
    content.glyphCode(0x2829); // ( )
    content.glyphCode(0x5c0d); // \ and a carriage return
    const mark = content.mark;
    content.text(') -12 (');
    content.glyphCode(0x2a);
    content.truncate(mark);
    content.line(')] TJ');
    expect(written(content)).toBe('[(\x00A\\(\\)\\\\\\r)] TJ\n');
  });

  it('writes tints and rules as path operators, colours as rg/RG operands', () => {
    const content = new ContentBytes();
    content.fillRectangle(58, 117.766, 479.28, 25.5, '#e4eaf1');
    content.strokeSegments([58, 117.766, 537.28, 117.766, 121.393262, 117.766, 121.393262, 143.266], 0.5, '#9aa5b1');
    expect(written(content)).toBe(
      ['0.89 0.92 0.95 rg', '58 117.77 479.28 25.5 re', 'f', '0.5 w', '0.6 0.65 0.69 RG', '58 117.77 m', '537.28 117.77 l', '121.39 117.77 m', '121.39 143.27 l', 'S', ''].join('\n'),
    );
  });

  it('grows past its first buffer without losing what was written', () => {
    const content = new ContentBytes();
    const operator = 'x'.repeat(100);
    for (let index = 0; index < 1000; index += 1) content.line(operator);
    expect(written(content)).toBe(`${operator}\n`.repeat(1000));
  });
});

describe('PDF strings', () => {
  it('are literal for printable ASCII, with ( ) and \\ escaped', () => {
    expect(pdfString('comp-2.2')).toBe('(comp-2.2)');
    expect(pdfString('a(b)\\c')).toBe('(a\\(b\\)\\\\c)');
  });

  it('are UTF-16BE with a byte order mark otherwise, as pdfkit writes named destinations', () => {
    expect(pdfString('ci-É')).toBe('<feff00630069002d00c9>');
  });
});

describe('named destinations', () => {
  it('are one name tree sorted by bytes: ASCII names in order, then UTF-16 ones; the first of a name is kept', () => {
    // a Letter page, 792 pt high: y from the top becomes 792 - y
    const doc = new PDFDocument({ autoFirstPage: false, bufferPages: true });
    const output = pdfOutput(doc);
    output.addPage();
    output.destination('ws-a.2', 100);
    output.destination('ci-É', 200);
    output.addPage();
    output.destination('comp-1.1', 300);
    output.destination('ws-a.2', 400);
    const pdf = output.end();
    expect(pdf.toString('latin1')).toContain('<</Names [(comp-1.1) [');
    expect(pdf.toString('latin1')).toMatch(/\(comp-1\.1\) \[\d+ 0 R \/XYZ null 492 null\] \(ws-a\.2\) \[\d+ 0 R \/XYZ null 692 null\] <feff00630069002d00c9> \[/);
    const file = join(temporaryDirectory(), 'destinations.pdf');
    writeFileSync(file, pdf);
    // a reader finds each name on its page
    expect(pdfDestinations(file).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { page: 1, name: 'ci-É' },
      { page: 2, name: 'comp-1.1' },
      { page: 1, name: 'ws-a.2' },
    ]);
  });
});
