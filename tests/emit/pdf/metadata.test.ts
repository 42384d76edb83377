import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/emit/pdf/index.js';
import { resolveDocument } from '../../../src/resolve/index.js';
import { shippedCurricula } from '../../helpers/curricula.js';
import { temporaryDirectory } from '../../helpers/fixtures.js';
import { pdfInfo, pdfMetadata } from './poppler.js';

describe('PDF metadata', () => {
  it('keeps &, < and > in the document information and escapes them in the XMP metadata', () => {
    const plan = structuredClone(shippedCurricula().trainingPlan.plan);
    plan.organisation = 'Arts & Métiers <Genève>';
    plan.profession = 'Agent R&D';
    const file = join(temporaryDirectory(), 'metadata.pdf');
    writeFileSync(file, renderPdf({ document: resolveDocument(plan), diagnostics: [], creationDate: new Date('2024-03-01T12:00:00Z') }));

    expect(pdfInfo(file)['Author']).toBe('Arts & Métiers <Genève>');
    expect(pdfInfo(file)['Subject']).toBe('Agent R&D');
    const xmp = pdfMetadata(file);
    expect(xmp).toContain('<rdf:li>Arts &amp; Métiers &lt;Genève&gt;</rdf:li>');
    expect(xmp).toContain('Agent R&amp;D');
    // well-formed as far as text goes: every & starts an entity, no stray < inside an element
    expect(xmp.match(/&(?!amp;|lt;|gt;|quot;|apos;)/g)).toBeNull();
    expect(xmp).not.toContain('<Genève>');
  });
});
