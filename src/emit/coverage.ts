import type { ResolvedTeachingPlan, ResolvedTrainingPlan } from '../resolve/index.js';
import type { LearningPlace } from '../validate/schema/training-plan.js';

export const learningPlaces: readonly LearningPlace[] = ['company', 'ci', 'school'];
export const taxonomyLevels = [1, 2, 3, 4, 5, 6] as const;

export interface Matrix {
  /** Column keys, in order. */
  columns: readonly string[];
  rows: { id: string; title: string; kind: string; counts: number[]; total: number }[];
  columnTotals: number[];
  total: number;
}

function matrix(columns: readonly string[], rows: { id: string; title: string; kind: string; counts: number[] }[]): Matrix {
  const withTotals = rows.map(({ id, title, kind, counts }) => ({ id, title, kind, counts, total: counts.reduce((a, b) => a + b, 0) }));
  const columnTotals = columns.map((_, index) => rows.reduce((sum, row) => sum + (row.counts[index] ?? 0), 0));
  return { columns, rows: withTotals, columnTotals, total: columnTotals.reduce((a, b) => a + b, 0) };
}

/** A document's matrix, made once: the consistency report, the HTML and the PDF handbook ask for it four or five times. */
function memoized<Plan extends object>(make: (document: Plan) => Matrix): (document: Plan) => Matrix {
  const made = new WeakMap<Plan, Matrix>();
  return (document) => {
    let matrix = made.get(document);
    if (!matrix) {
      matrix = make(document);
      made.set(document, matrix);
    }
    return matrix;
  };
}

/** Evaluation objectives per competence and learning place. */
export const placesByCompetence = memoized((document: ResolvedTrainingPlan): Matrix => {
  const rows = [...document.competences.values()].map(({ competence }) => {
    const objectives = competence.objectives.flatMap((o) => o.evaluation);
    return { id: competence.id, title: competence.title, kind: 'competence', counts: learningPlaces.map((place) => objectives.filter((o) => o.places.includes(place)).length) };
  });
  return matrix(learningPlaces, rows);
});

/** Evaluation objectives per competence domain and taxonomy level (C1–C6 or K1–K6). */
export const levelsByDomain = memoized((document: ResolvedTrainingPlan): Matrix => {
  const letter = document.plan.language === 'de' ? 'K' : 'C';
  const columns = taxonomyLevels.map((level) => `${letter}${level}`);
  const rows = [...document.domains.values()].map((domain) => {
    const objectives = domain.competences.flatMap((c) => c.objectives.flatMap((o) => o.evaluation));
    return { id: domain.id, title: domain.title, kind: 'domain', counts: taxonomyLevels.map((level) => objectives.filter((o) => Number(o.level.slice(1)) === level).length) };
  });
  return matrix(columns, rows);
});

/** Competence dimensions per work situation (rows) and learning field (columns). */
export const situationsByField = memoized((document: ResolvedTeachingPlan): Matrix => {
  const fields = document.plan.details.flatMap((d) => d.learningFields);
  const rows = [...document.workSituations.values()].map((situation) => ({
    id: situation.id,
    title: situation.title,
    kind: 'work-situation',
    counts: fields.map((field) => field.dimensions.filter((d) => d.workSituations.includes(situation.id)).length),
  }));
  return matrix(
    fields.map((f) => f.id),
    rows,
  );
});
