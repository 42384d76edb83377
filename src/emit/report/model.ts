import { countBySeverity, type Diagnostic } from '../../diagnostics.js';
import type { CheckedDocument } from '../../pipeline/check.js';
import type { ResolvedDocument, ResolvedTeachingPlan, ResolvedTrainingPlan } from '../../resolve/index.js';
import { lessonsOf, sectionSums, sum } from '../../resolve/sums.js';
import { learningPlaces, levelsByDomain, placesByCompetence, situationsByField, type Matrix } from '../coverage.js';

export interface ArithmeticLine {
  label: string;
  declared: number;
  computed: number;
  ok: boolean;
}

/** What the consistency report says of one document; the JSON report is exactly this. */
export interface DocumentReport {
  id: string;
  kind: string;
  title: string;
  errors: number;
  warnings: number;
  counts: { label: string; value: number }[];
  arithmetic: ArithmeticLine[];
  coverage: { title: string; matrix: Matrix }[];
  findings: Diagnostic[];
}

const line = (label: string, declared: number, computed: number): ArithmeticLine => ({ label, declared, computed, ok: declared === computed });

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
  return { ...base, title: titleOf(resolved), ...(resolved.kind === 'training-plan' ? trainingPlanFigures(resolved) : teachingPlanFigures(resolved)) };
}

function titleOf(document: ResolvedDocument): string {
  return document.kind === 'training-plan' ? `${document.plan.title} — ${document.plan.profession}` : `${document.plan.title}${document.plan.subtitle ? ` — ${document.plan.subtitle}` : ''}`;
}

function trainingPlanFigures(document: ResolvedTrainingPlan) {
  const { plan, evaluationObjectives } = document;
  const objectives = evaluationObjectives.map((e) => e.objective);
  const counts = [
    { label: 'competence domains', value: plan.domains.length },
    { label: 'professional competences', value: document.competences.size },
    { label: 'particular objectives', value: plan.domains.flatMap((d) => d.competences.flatMap((c) => c.objectives)).length },
    { label: 'evaluation objectives', value: objectives.length },
    ...learningPlaces.map((place) => ({ label: `evaluation objectives at ${place}`, value: objectives.filter((o) => o.places.includes(place)).length })),
    ...plan.domains.map((d) => ({ label: `evaluation objectives in domain ${d.id}`, value: evaluationObjectives.filter((e) => e.domain === d).length })),
    { label: 'CI courses', value: plan.interCompanyCourses.courses.length },
  ];
  const arithmetic: ArithmeticLine[] = [];
  for (const table of plan.lessonTables) {
    for (const section of table.sections) {
      for (const row of section.rows) arithmetic.push(line(`${table.title}: ${row.title} (years)`, row.total, sum(row.perYear)));
      if (section.subtotal) arithmetic.push(line(`${table.title}: ${section.subtotal.title}`, section.subtotal.total, sum(section.rows.map((r) => r.total))));
    }
    if (table.total) arithmetic.push(line(`${table.title}: ${table.total.title}`, table.total.total, sum(sectionSums(table).map((r) => r.total))));
  }
  for (const area of plan.qualification.areas) {
    const weights = area.positions.flatMap((p) => (p.weight === undefined ? [] : [p.weight]));
    if (weights.length) arithmetic.push(line(`${area.title}: weights (%)`, 100, sum(weights)));
  }
  for (const course of plan.interCompanyCourses.courses) {
    if (course.hours !== undefined) arithmetic.push(line(`${course.title}: hours`, course.hours, course.days * course.hoursPerDay));
    if (course.program.days !== undefined) arithmetic.push(line(`${course.title}: days in program table`, course.program.days, course.days));
  }
  const places = placesByCompetence(document);
  return {
    counts,
    arithmetic,
    coverage: [
      { title: 'Evaluation objectives by competence and learning place', matrix: places },
      { title: 'Evaluation objectives by domain and taxonomy level', matrix: levelsByDomain(document) },
    ],
  };
}

function teachingPlanFigures(document: ResolvedTeachingPlan) {
  const { plan } = document;
  const fields = plan.overview.modules.flatMap((m) => m.learningFields);
  const counts = [
    { label: 'modules', value: plan.overview.modules.length },
    { label: 'learning fields', value: fields.length },
    { label: 'detailed learning fields', value: plan.details.flatMap((d) => d.learningFields).length },
    { label: 'competence dimensions', value: document.dimensions.length },
    { label: 'work situations', value: document.workSituations.size },
    { label: 'performance criteria', value: document.criteria.size },
  ];
  const arithmetic: ArithmeticLine[] = [];
  for (const module of plan.overview.modules) {
    for (const field of module.learningFields) arithmetic.push(line(`learning field ${field.id}`, field.lessons.total, field.lessons.presence + field.lessons.selfStudy));
    arithmetic.push(line(`module ${module.id}`, module.total, lessonsOf(module.learningFields, 'total')));
  }
  for (const part of ['presence', 'selfStudy', 'total'] as const) {
    arithmetic.push(line(`overview ${part}`, plan.overview.total[part], lessonsOf(fields, part)));
    if (plan.overview.learningDays) arithmetic.push(line(`learning days ${part}`, plan.overview.learningDays[part], plan.overview.total[part] / plan.lessonsPerDay));
  }
  for (const detail of plan.details) {
    arithmetic.push(line(`module ${detail.module}: lessons`, detail.lessons, lessonsOf(detail.learningFields, 'total')));
    arithmetic.push(line(`module ${detail.module}: taught lessons`, detail.taughtLessons, lessonsOf(detail.learningFields, 'presence')));
  }
  return { counts, arithmetic, coverage: [{ title: 'Competence dimensions by work situation and learning field', matrix: situationsByField(document) }] };
}
