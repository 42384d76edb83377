import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCurricula } from '../helpers/curricula.js';
import { testsDirectory } from '../helpers/fixtures.js';

/** Marks where the extraction separates table cells, lines and bullets: a text may only be split there. */
const BREAK = '|';

/**
 * Text as compared with the extracted source: markup, footnote marks and underscore rules removed, whitespace and hyphens
 * dropped, so that line-break hyphenation ("entre- prise") does not count as a difference — every word and
 * letter does. In the source, tabs, line breaks and bullets become BREAK.
 */
function comparable(text: string): string {
  return text
    .replace(/<sup>[^<]*<\/sup>/g, '')
    .replace(/<[^>]+>|\*\*|(\\?_)+/g, '')
    .replace(/ı̂/g, 'î')
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/[\t\n•\uf0b7\uf0a7]+/g, BREAK)
    .replace(/[ \u00a0\u00ad-]+/g, '');
}

function source(name: string): string {
  return comparable(readFileSync(join(testsDirectory, 'fixtures', 'sources', name), 'utf8'));
}

const MAX_PIECES = 3;

/**
 * Whether `text` stands in `haystack` as it is, or cut into at most three pieces that the extraction put in
 * different cells or lines (a table row split at a page break): every cut lies on a BREAK of the source, so a
 * dropped or changed word is never mistaken for a cut.
 */
function findInSource(text: string, haystack: string): boolean {
  const search = (rest: string, from: number, pieces: number): boolean => {
    const probe = (pieces === 0 ? '' : BREAK) + rest.slice(0, 12);
    for (let at = haystack.indexOf(probe, from); at >= 0; at = haystack.indexOf(probe, at + 1)) {
      const start = pieces === 0 ? at : at + 1;
      let length = 0;
      while (length < rest.length && haystack[start + length] === rest[length]) length++;
      if (length === rest.length) return true;
      const cutOnBreak = haystack[start + length] === BREAK && length >= Math.min(12, rest.length);
      if (cutOnBreak && pieces + 1 < MAX_PIECES && search(rest.slice(length), start + length, pieces + 1)) return true;
    }
    return false;
  };
  return search(comparable(text), 0, 0);
}

const { trainingPlan, teachingPlan } = shippedCurricula();

describe('the shipped curricula keep the source documents\' text', () => {
  const trainingSource = source('plan-formation-agent-relation-client.txt');
  const teachingSource = source('plan-enseignement-conseiller-service-automobile-m5.txt');

  it('has every evaluation objective verbatim', () => {
    const missing = trainingPlan.evaluationObjectives.map(({ objective }) => objective).filter((o) => !findInSource(o.text, trainingSource));
    expect(missing.map((o) => `${o.id}: ${o.text}`)).toEqual([]);
  });

  it('has every particular objective and general objective verbatim', () => {
    const competences = trainingPlan.plan.domains.flatMap((d) => d.competences);
    const texts = [...competences.map((c) => c.generalObjective.text), ...competences.flatMap((c) => c.objectives.map((o) => o.text))];
    expect(texts.filter((t) => !findInSource(t, trainingSource))).toEqual([]);
  });

  it('has every competence dimension verbatim: statements, contents and remarks', () => {
    const texts = teachingPlan.dimensions.flatMap(({ dimension }) => [...dimension.statements.map((s) => s.text), ...dimension.contents, ...dimension.remarks].map((text) => `${dimension.id}: ${text}`));
    expect(texts.filter((t) => !findInSource(t.slice(t.indexOf(': ') + 2), teachingSource))).toEqual([]);
  });

  it('has every performance criterion verbatim', () => {
    const texts = [...teachingPlan.criteria.values()].map((c) => c.text);
    expect(texts.filter((t) => !findInSource(t, teachingSource))).toEqual([]);
  });

  it('notices a paraphrase or a dropped word', () => {
    const original = trainingPlan.evaluationObjectives[0]!.objective.text;
    expect(findInSource(original, trainingSource)).toBe(true);
    expect(findInSource(original.replace('clairement', 'nettement'), trainingSource)).toBe(false);
    expect(findInSource(original.replace('clairement ', ''), trainingSource)).toBe(false);
    expect(findInSource(original.replace('plaisante', 'agréable'), trainingSource)).toBe(false);
  });
});
