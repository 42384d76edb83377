import { writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/emit/pdf/index.js';
import { resolveDocument } from '../../../src/resolve/index.js';
import { shippedCurricula } from '../../helpers/curricula.js';
import { temporaryDirectory } from '../../helpers/fixtures.js';
import { normalizeExtracted, pdfText } from './poppler.js';

/** The shipped training plan with its first evaluation objective replaced by `text`, rendered. */
function renderedWith(text: string): Buffer {
  const plan = structuredClone(shippedCurricula().trainingPlan.plan);
  plan.domains[0]!.competences[0]!.objectives[0]!.evaluation[0]!.text = text;
  return renderPdf({ document: resolveDocument(plan), diagnostics: [], creationDate: new Date('2024-03-01T12:00:00Z') });
}

/** The text poppler extracts from a rendered PDF. */
function extracted(pdf: Buffer): string {
  const file = join(temporaryDirectory(), 'text-writer.pdf');
  writeFileSync(file, pdf);
  return normalizeExtracted(pdfText(file)).normalize('NFC');
}

async function extractedWith(text: string): Promise<string> {
  return extracted(renderedWith(text));
}

/** Every compressed stream of a PDF, inflated (page contents among them). */
function inflatedStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  for (let at = pdf.indexOf('/FlateDecode'); at >= 0; at = pdf.indexOf('/FlateDecode', at + 1)) {
    const start = pdf.indexOf('stream\n', at) + 'stream\n'.length;
    streams.push(inflateSync(pdf.subarray(start, pdf.indexOf('\nendstream', start))).toString('latin1'));
  }
  return streams;
}

describe('text written into the content stream', () => {
  it('keeps kerned pairs, ligature candidates and non-Latin-1 letters as they were written', async () => {
    const text = 'AVANT Tâche «efficace» Straße œuvre ✓ Twyford';
    expect(await extractedWith(text)).toContain(text);
  });

  it('keeps every character whatever byte its glyph code has: ( ) \\ and carriage return are escaped', () => {
    let ascii = '';
    for (let code = 0x21; code <= 0x7e; code += 1) ascii += String.fromCharCode(code);
    // in words short enough for a table cell's line
    const text = `${ascii.match(/.{1,8}/g)!.join(' ')} ÀÂÄÇÉÈÊË ÎÏÔÖÙÛÜ àâäçéèêë îïôöùûüÿ œæ`;
    const pdf = renderedWith(text);
    // codes are numbered in order of first use: with some 150 glyphs in a font, each special byte is a code's
    const contents = inflatedStreams(pdf).filter((stream) => stream.includes('] TJ')).join('');
    for (const escaped of ['\\(', '\\)', '\\\\', '\\r']) expect(contents).toMatch(new RegExp(`\\((?:[^)\\\\]|\\\\.)*${escaped.replace(/[\\()]/g, '\\$&')}`));
    expect(extracted(pdf)).toContain(text);
  });

  it('composes letters written with combining marks', async () => {
    expect(await extractedWith('Cafe\u0301 de\u0301ja\u0300 prête')).toContain('Café déjà prête');
  });

  it('writes marks that have no composed letter through pdfkit, which positions them', async () => {
    const extracted = await extractedWith('avant q\u0307 après');
    expect(extracted).toMatch(/avant q\s?\u0307 après/);
  });
});
