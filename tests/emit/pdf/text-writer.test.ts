import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/emit/pdf/index.js';
import { resolveDocument } from '../../../src/resolve/index.js';
import { shippedCurricula } from '../../helpers/curricula.js';
import { temporaryDirectory } from '../../helpers/fixtures.js';
import { normalizeExtracted, pdfText } from './poppler.js';

/** The shipped training plan with its first evaluation objective replaced by `text`, rendered and extracted. */
async function extractedWith(text: string): Promise<string> {
  const plan = structuredClone(shippedCurricula().trainingPlan.plan);
  plan.domains[0]!.competences[0]!.objectives[0]!.evaluation[0]!.text = text;
  const pdf = renderPdf({ document: resolveDocument(plan), diagnostics: [], creationDate: new Date('2024-03-01T12:00:00Z') });
  const file = join(temporaryDirectory(), 'text-writer.pdf');
  writeFileSync(file, pdf);
  return normalizeExtracted(pdfText(file)).normalize('NFC');
}

describe('text written into the content stream', () => {
  it('keeps kerned pairs, ligature candidates and non-Latin-1 letters as they were written', async () => {
    const text = 'AVANT Tâche «efficace» Straße œuvre ✓ Twyford';
    expect(await extractedWith(text)).toContain(text);
  });

  it('composes letters written with combining marks', async () => {
    expect(await extractedWith('Cafe\u0301 de\u0301ja\u0300 prête')).toContain('Café déjà prête');
  });

  it('writes marks that have no composed letter through pdfkit, which positions them', async () => {
    const extracted = await extractedWith('avant q\u0307 après');
    expect(extracted).toMatch(/avant q\s?\u0307 après/);
  });
});
