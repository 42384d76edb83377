import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/emit/pdf/index.js';
import { resolveDocument } from '../../../src/resolve/index.js';
import type { TrainingPlan } from '../../../src/validate/schema/training-plan.js';
import { shippedCurricula } from '../../helpers/curricula.js';
import { repositoryDirectory, temporaryDirectory } from '../../helpers/fixtures.js';
import { normalizeExtracted, pdfPages, renderPng } from './poppler.js';

/** 2000 distinct words (long ones, so that hyphenation has work to do): "communication1", "organisationnelle2" … */
const vocabulary = ['communication', 'organisationnelle', 'professionnellement', 'interentreprises', 'reconnaissance', 'satisfaction', 'développement', 'responsabilité', 'collaboration', 'compréhension', 'renseignements', 'argumentation', 'œuvre', 'Straße', 'l’entreprise'];
const words = Array.from({ length: 2000 }, (_, index) => `${vocabulary[index % vocabulary.length]}${index + 1}`);

/** The shipped training plan cut down to one competence, whose first evaluation objective is 2000 words long. */
function longCellPlan(): TrainingPlan {
  const plan = structuredClone(shippedCurricula().trainingPlan.plan);
  const domain = plan.domains[0]!;
  const competence = domain.competences[0]!;
  competence.objectives = competence.objectives.slice(0, 1);
  competence.objectives[0]!.evaluation[0]!.text = words.join(' ');
  domain.competences = [competence];
  plan.domains = [domain];
  return plan;
}

describe('a table cell longer than a page', () => {
  it('is split over several pages under a repeated header without losing, repeating or reordering a word', async () => {
    const document = resolveDocument(longCellPlan());
    const pdf = renderPdf({ document, diagnostics: [], creationDate: new Date('2024-03-01T12:00:00Z') });
    const file = join(temporaryDirectory(), 'long-cell.pdf');
    writeFileSync(file, pdf);
    const pages = pdfPages(file, { bodyOnly: true }).map(normalizeExtracted);
    const marked = (text: string) => text.split(' ').filter((token) => /^[\p{L}’]{4,}\d+$/u.test(token));
    expect(pages.flatMap(marked)).toEqual(words);
    const spanned = pages.flatMap((text, index) => (marked(text).length > 0 ? [index] : []));
    expect(spanned.length).toBeGreaterThanOrEqual(3);
    // every page the row continues on starts with the table header
    for (const index of spanned.slice(1)) expect(pages[index]!.startsWith('Numérotation Objectif évaluateur'), `page ${index + 1}`).toBe(true);
    const review = join(repositoryDirectory, 'dist', 'review');
    mkdirSync(review, { recursive: true });
    renderPng(file, spanned[0]! + 1, join(review, 'pdf-row-split-start'));
    renderPng(file, spanned[1]! + 1, join(review, 'pdf-row-split-continued'));
  });
});
