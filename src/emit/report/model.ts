import { countBySeverity, type Diagnostic } from '../../diagnostics.js';
import type { CheckedDocument } from '../../pipeline/check.js';
import type { ResolvedDocument, ResolvedTeachingPlan, ResolvedTrainingPlan } from '../../resolve/index.js';
import { lessonsOf, sectionSums, sum } from '../../resolve/sums.js';
import type { Language } from '../../validate/schema/common.js';
import { learningPlaces, levelsByDomain, placesByCompetence, situationsByField, type Matrix } from '../coverage.js';

/** What a count is of; the words are the emitter's, in the language of the page (see labels.ts). */
export type CountKey =
  | 'domains'
  | 'competences'
  | 'particularObjectives'
  | 'evaluationObjectives'
  | 'objectivesAtPlace'
  | 'objectivesInDomain'
  | 'courses'
  | 'modules'
  | 'learningFields'
  | 'detailedLearningFields'
  | 'dimensions'
  | 'workSituations'
  | 'criteria';

export interface Count {
  key: CountKey;
  /** The learning place or domain id the count is restricted to. */
  of?: string;
  value: number;
}

/** Which declared total a line compares with its computed value. */
export type LineKey =
  | 'lessonRow'
  | 'lessonSubtotal'
  | 'lessonTotal'
  | 'weights'
  | 'courseHours'
  | 'courseDays'
  | 'fieldLessons'
  | 'moduleTotal'
  | 'overview'
  | 'learningDays'
  | 'moduleLessons'
  | 'moduleTaught';

export interface ArithmeticLine {
  key: LineKey;
  /** What the total belongs to: a lesson table, qualification area, course, learning field or module. */
  subject?: string;
  /** The row of a lesson table, or the lesson column of the overview (presence, selfStudy, total). */
  part?: string;
  declared: number;
  computed: number;
  ok: boolean;
}

export type CoverageKey = 'placesByCompetence' | 'levelsByDomain' | 'situationsByField';

/** What the consistency report says of one document, as data: the pages and report.json put it into words. */
export interface DocumentReport {
  id: string;
  kind: string;
  title: string;
  /** The document's language, when it passed its schema. */
  language?: Language;
  errors: number;
  warnings: number;
  counts: Count[];
  arithmetic: ArithmeticLine[];
  coverage: { key: CoverageKey; matrix: Matrix }[];
  findings: Diagnostic[];
}

const line = (key: LineKey, where: { subject?: string; part?: string }, declared: number, computed: number): ArithmeticLine => ({ key, ...where, declared, computed, ok: declared === computed });

export function documentReport(checked: CheckedDocument): DocumentReport {
  const counts = countBySeverity(checked.diagnostics);
  const value = checked.loaded.value;
  const base = {
    id: typeof value.id === 'string' ? value.id : checked.loaded.index.path,
    kind: typeof value.kind === 'string' ? value.kind : 'unknown',
    title: typeof value.title === 'string' ? value.title : checked.loaded.index.path,
    errors: counts.error,
    warnings: counts.warning,
    findings: checked.diagnostics,
  };
  const resolved = checked.resolved;
  if (!resolved) return { ...base, counts: [], arithmetic: [], coverage: [] };
  return { ...base, title: titleOf(resolved), language: resolved.plan.language, ...(resolved.kind === 'training-plan' ? trainingPlanFigures(resolved) : teachingPlanFigures(resolved)) };
}

function titleOf(document: ResolvedDocument): string {
  return document.kind === 'training-plan' ? `${document.plan.title} — ${document.plan.profession}` : `${document.plan.title}${document.plan.subtitle ? ` — ${document.plan.subtitle}` : ''}`;
}

type Figures = Pick<DocumentReport, 'counts' | 'arithmetic' | 'coverage'>;

function trainingPlanFigures(document: ResolvedTrainingPlan): Figures {
  const { plan, evaluationObjectives } = document;
  const objectives = evaluationObjectives.map((e) => e.objective);
  const counts: Count[] = [
    { key: 'domains', value: plan.domains.length },
    { key: 'competences', value: document.competences.size },
    { key: 'particularObjectives', value: plan.domains.flatMap((d) => d.competences.flatMap((c) => c.objectives)).length },
    { key: 'evaluationObjectives', value: objectives.length },
    ...learningPlaces.map((place) => ({ key: 'objectivesAtPlace' as const, of: place, value: objectives.filter((o) => o.places.includes(place)).length })),
    ...plan.domains.map((d) => ({ key: 'objectivesInDomain' as const, of: d.id, value: evaluationObjectives.filter((e) => e.domain === d).length })),
    { key: 'courses', value: plan.interCompanyCourses.courses.length },
  ];
  const arithmetic: ArithmeticLine[] = [];
  for (const table of plan.lessonTables) {
    for (const section of table.sections) {
      for (const row of section.rows) arithmetic.push(line('lessonRow', { subject: table.title, part: row.title }, row.total, sum(row.perYear)));
      if (section.subtotal) arithmetic.push(line('lessonSubtotal', { subject: table.title, part: section.subtotal.title }, section.subtotal.total, sum(section.rows.map((r) => r.total))));
    }
    if (table.total) arithmetic.push(line('lessonTotal', { subject: table.title, part: table.total.title }, table.total.total, sum(sectionSums(table).map((r) => r.total))));
  }
  for (const area of plan.qualification.areas) {
    const weights = area.positions.flatMap((p) => (p.weight === undefined ? [] : [p.weight]));
    if (weights.length) arithmetic.push(line('weights', { subject: area.title }, 100, sum(weights)));
  }
  for (const course of plan.interCompanyCourses.courses) {
    if (course.hours !== undefined) arithmetic.push(line('courseHours', { subject: course.title }, course.hours, course.days * course.hoursPerDay));
    if (course.program.days !== undefined) arithmetic.push(line('courseDays', { subject: course.title }, course.program.days, course.days));
  }
  const places = placesByCompetence(document);
  return {
    counts,
    arithmetic,
    coverage: [
      { key: 'placesByCompetence', matrix: places },
      { key: 'levelsByDomain', matrix: levelsByDomain(document) },
    ],
  };
}

function teachingPlanFigures(document: ResolvedTeachingPlan): Figures {
  const { plan } = document;
  const fields = plan.overview.modules.flatMap((m) => m.learningFields);
  const counts: Count[] = [
    { key: 'modules', value: plan.overview.modules.length },
    { key: 'learningFields', value: fields.length },
    { key: 'detailedLearningFields', value: plan.details.flatMap((d) => d.learningFields).length },
    { key: 'dimensions', value: document.dimensions.length },
    { key: 'workSituations', value: document.workSituations.size },
    { key: 'criteria', value: document.criteria.size },
  ];
  const arithmetic: ArithmeticLine[] = [];
  for (const module of plan.overview.modules) {
    for (const field of module.learningFields) arithmetic.push(line('fieldLessons', { subject: field.id }, field.lessons.total, field.lessons.presence + field.lessons.selfStudy));
    arithmetic.push(line('moduleTotal', { subject: module.id }, module.total, lessonsOf(module.learningFields, 'total')));
  }
  for (const part of ['presence', 'selfStudy', 'total'] as const) {
    arithmetic.push(line('overview', { part }, plan.overview.total[part], lessonsOf(fields, part)));
    if (plan.overview.learningDays) arithmetic.push(line('learningDays', { part }, plan.overview.learningDays[part], plan.overview.total[part] / plan.lessonsPerDay));
  }
  for (const detail of plan.details) {
    arithmetic.push(line('moduleLessons', { subject: detail.module }, detail.lessons, lessonsOf(detail.learningFields, 'total')));
    arithmetic.push(line('moduleTaught', { subject: detail.module }, detail.taughtLessons, lessonsOf(detail.learningFields, 'presence')));
  }
  return { counts, arithmetic, coverage: [{ key: 'situationsByField', matrix: situationsByField(document) }] };
}
