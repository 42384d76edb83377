import type {
  Competence,
  Domain,
  EvaluationObjective,
  InterCompanyCourse,
  LessonRow,
  LessonTable,
  ParticularObjective,
  TrainingPlan,
} from '../validate/schema/training-plan.js';
import type { Revision } from '../validate/schema/common.js';
import { firstById, type Item } from './item.js';
import { matchCatalogue, type CatalogueMatch } from './interdisciplinary.js';

export interface ResolvedEvaluationObjective {
  objective: EvaluationObjective;
  particular: ParticularObjective;
  competence: Competence;
  domain: Domain;
}

/** A lesson-table row that stands for a competence domain: the id it names, and the domain with that id if any. */
export interface LessonDomainRow {
  table: LessonTable;
  row: LessonRow;
  domainId: string;
  domain?: Domain;
}

export interface CourseCitationEntry {
  course: InterCompanyCourse;
  citation: { ref: string; title: string };
}

/** A training plan with its cross-reference graph: ids → items, and who cites whom. */
export interface ResolvedTrainingPlan {
  kind: 'training-plan';
  id: string;
  plan: TrainingPlan;
  /** Every identified item in document order, duplicates included (the unique-ids rule reads this). */
  items: Item[];
  domains: Map<string, Domain>;
  competences: Map<string, { competence: Competence; domain: Domain }>;
  evaluationObjectives: ResolvedEvaluationObjective[];
  revisions: Map<string, Revision>;
  lessonDomainRows: LessonDomainRow[];
  /** Every content line of every CI course, in order. */
  courseCitations: CourseCitationEntry[];
  /** Competence or domain id → the CI courses citing it, without repeats, in course order. */
  citedByCourses: Map<string, InterCompanyCourse[]>;
  /** Every interdisciplinary competence cited, matched by name against the annex catalogue. */
  interdisciplinaryCitations: CatalogueMatch[];
}

export function resolveTrainingPlan(plan: TrainingPlan): ResolvedTrainingPlan {
  const items: Item[] = [];
  const evaluationObjectives: ResolvedEvaluationObjective[] = [];
  for (const domain of plan.domains) {
    items.push({ id: domain.id, kind: 'domain', node: domain });
    for (const competence of domain.competences) {
      items.push({ id: competence.id, kind: 'competence', node: competence, parent: domain });
      for (const particular of competence.objectives) {
        items.push({ id: particular.id, kind: 'particular-objective', node: particular, parent: competence });
        for (const objective of particular.evaluation) {
          items.push({ id: objective.id, kind: 'evaluation-objective', node: objective, parent: particular });
          evaluationObjectives.push({ objective, particular, competence, domain });
        }
      }
    }
  }
  for (const table of plan.lessonTables) items.push({ id: table.id, kind: 'lesson-table', node: table });
  for (const course of plan.interCompanyCourses.courses) items.push({ id: course.id, kind: 'course', node: course });
  for (const area of plan.qualification.areas) {
    items.push({ id: area.id, kind: 'qualification-area', node: area });
    for (const position of area.positions) items.push({ id: position.id, kind: 'qualification-position', node: position, parent: area });
  }
  items.push({ id: plan.annex.documents.id, kind: 'annex-documents', node: plan.annex.documents });
  for (const revision of plan.revisions) items.push({ id: revision.id, kind: 'revision', node: revision });

  const courseCitations: CourseCitationEntry[] = [];
  const citedByCourses = new Map<string, InterCompanyCourse[]>();
  for (const course of plan.interCompanyCourses.courses) {
    for (const block of course.program.blocks) {
      for (const citation of block.contents) {
        courseCitations.push({ course, citation });
        const courses = citedByCourses.get(citation.ref) ?? [];
        if (!courses.includes(course)) courses.push(course);
        citedByCourses.set(citation.ref, courses);
      }
    }
  }

  const domains = firstById(plan.domains);
  const lessonDomainRows = plan.lessonTables.flatMap((table) =>
    table.sections.flatMap((section) => section.rows.flatMap((row) => (row.domain === undefined ? [] : [{ table, row, domainId: row.domain, domain: domains.get(row.domain) }]))),
  );

  const competences = new Map<string, { competence: Competence; domain: Domain }>();
  for (const domain of plan.domains) {
    for (const competence of domain.competences) if (!competences.has(competence.id)) competences.set(competence.id, { competence, domain });
  }
  return {
    kind: 'training-plan',
    id: plan.id,
    plan,
    items,
    domains,
    competences,
    evaluationObjectives,
    revisions: firstById(plan.revisions),
    lessonDomainRows,
    courseCitations,
    citedByCourses,
    interdisciplinaryCitations: matchCatalogue(plan),
  };
}
