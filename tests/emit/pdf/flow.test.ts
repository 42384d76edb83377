import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { Flow } from '../../../src/emit/pdf/flow.js';
import { layoutContext } from '../../../src/emit/pdf/index.js';
import { withSpace, type Line } from '../../../src/emit/pdf/line-breaking.js';
import { text } from '../../../src/emit/pdf/model.js';
import { bodyStyle } from '../../../src/emit/pdf/styles.js';

function newFlow(): Flow {
  const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  return new Flow(layoutContext(doc, 'fr'));
}

const textOf = (lines: readonly Line[]) => lines.map((line) => line.runs.flatMap((run) => run.pieces).join(''));

const SENTENCE = 'Les apprentis planifient les interventions de maintenance préventive';

describe('lines of recurring texts', () => {
  it('lays a recurring short text out once per style, width and hyphenation', () => {
    const flow = newFlow();
    const body = bodyStyle(flow.context.fonts);
    const first = flow.lines([text(SENTENCE)], body, 200);
    // an equal style made again, as each table makes its own
    expect(flow.lines([text(SENTENCE)], bodyStyle(flow.context.fonts), 200)).toBe(first);
    const narrow = flow.lines([text(SENTENCE)], body, 80);
    expect(narrow).not.toBe(first);
    expect(narrow.length).toBeGreaterThan(first.length);
    expect(narrow.every((line) => line.width <= 80)).toBe(true);
    const unhyphenated = flow.lines([text(SENTENCE)], body, 80, false);
    expect(textOf(unhyphenated).some((line) => line.endsWith('-'))).toBe(false);
    expect(textOf(narrow).some((line) => line.endsWith('-'))).toBe(true);
    expect(flow.lines([text(SENTENCE)], { ...body, size: 12 }, 200)).not.toBe(first);
  });

  it('lays out again a text that differs, and a long one', () => {
    const flow = newFlow();
    const body = bodyStyle(flow.context.fonts);
    expect(textOf(flow.lines([text(SENTENCE)], body, 1000))).toEqual([SENTENCE]);
    expect(textOf(flow.lines([text(`${SENTENCE}s`)], body, 1000))).toEqual([`${SENTENCE}s`]);
    const long = Array.from({ length: 6 }, () => SENTENCE).join(' ');
    expect(flow.lines([text(long)], body, 200)).not.toBe(flow.lines([text(long)], body, 200));
  });

  it('adds an invisible space to a copy, leaving the shared line as it was', () => {
    const flow = newFlow();
    const body = bodyStyle(flow.context.fonts);
    const [line] = flow.lines([text('Profession')], body, 200);
    expect(textOf([withSpace(line!, 'end')])).toEqual(['Profession ']);
    expect(textOf([withSpace(line!, 'start')])).toEqual([' Profession']);
    expect(textOf(flow.lines([text('Profession')], body, 200))).toEqual(['Profession']);
  });
});

describe('French spacing', () => {
  it('never breaks a line between « and the next word, nor before » : ; ! ?', () => {
    const flow = newFlow();
    const body = bodyStyle(flow.context.fonts);
    const glued = ['« Maintenance »', 'préventive :', 'planifier ;', 'vérifier !', 'documenter ?'];
    const sentence = `Les apprentis ${glued.join(' et ')} avant chaque intervention`;
    // every width from the widest glued group's to the whole sentence's: wherever lines break, no pair is split
    for (let width = flow.context.measure.width(body, glued[0]!) + 1; width <= 400; width += 7) {
      const lines = textOf(flow.lines([text(sentence)], body, width, false)).map((line) => line.trim());
      for (const line of lines) expect(line).not.toMatch(/^[»:;!?]|«$/);
      expect(lines.join(' ')).toBe(sentence);
    }
  });
});
