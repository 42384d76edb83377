import { z } from 'zod';
import { Id, IsoDate, Language, Paragraphs, Revision, amendable } from './common.js';

/** Lessons split into presence and self-study; `total` is declared, the lesson-arithmetic rules check it. */
export const LessonSplit = z.strictObject({
  presence: z.number().nonnegative(),
  selfStudy: z.number().nonnegative(),
  total: z.number().nonnegative(),
});

export const OverviewLearningField = z.strictObject({
  id: Id,
  title: z.string().min(1),
  lessons: LessonSplit,
});

export const ModuleType = z.enum(['basic', 'main', 'networking']);

export const OverviewModule = z.strictObject({
  id: Id,
  type: ModuleType,
  title: z.string().min(1),
  learningFields: z.array(OverviewLearningField).min(1),
  /** The module's total lessons as the overview table prints it (column "Total … pro Modul"). */
  total: z.number().nonnegative(),
});

export const CriterionGroup = z.enum(['potential', 'knowledge', 'attitudes', 'metacognition']);
export type CriterionGroup = z.infer<typeof CriterionGroup>;

export const PerformanceCriterion = z.strictObject({ id: Id, text: z.string().min(1) });

export const WorkSituation = z.strictObject({
  id: Id,
  title: z.string().min(1),
  description: Paragraphs.min(1),
  /** Stem printed above the criteria ("Les conseillers de service automobile..."). */
  criteriaStem: z.string().min(1),
  criteria: z.strictObject({
    potential: z.array(PerformanceCriterion),
    knowledge: z.array(PerformanceCriterion),
    attitudes: z.array(PerformanceCriterion),
    metacognition: z.array(PerformanceCriterion),
  }),
  ...amendable,
});

/** One row of a learning field's competence-dimension table. */
export const CompetenceDimension = z.strictObject({
  id: Id,
  /** What the advisers do: each statement as printed, citing the performance criterion it restates. */
  statements: z.array(z.strictObject({ text: z.string().min(1), criterion: Id.optional() })).min(1),
  contents: Paragraphs.default([]),
  workSituations: z.array(Id).default([]),
  remarks: Paragraphs.default([]),
  ...amendable,
});

export const LearningField = z.strictObject({
  id: Id,
  title: z.string().min(1),
  lessons: LessonSplit,
  methods: z.array(z.strictObject({ title: z.string().min(1), text: z.string().min(1) })).default([]),
  dimensions: z.array(CompetenceDimension).min(1),
  ...amendable,
});

export const ModuleDetail = z.strictObject({
  module: Id,
  title: z.string().min(1),
  /** "92 leçons d'apprentissage sont disponibles dont 72 leçons d'enseignement." */
  lessons: z.number().nonnegative(),
  taughtLessons: z.number().nonnegative(),
  prerequisites: z.array(z.strictObject({ module: Id, title: z.string().min(1) })).default([]),
  /** Framework prose by heading (didactic guidelines, recommendations, exam examples …), as printed. */
  framework: z.array(z.strictObject({ heading: z.string().min(1), paragraphs: Paragraphs })).default([]),
  learningFields: z.array(LearningField).min(1),
  workSituations: z.array(WorkSituation).default([]),
});

export const TeachingPlan = z.strictObject({
  kind: z.literal('teaching-plan'),
  id: Id,
  language: Language,
  title: z.string().min(1),
  subtitle: z.string().min(1).optional(),
  profession: z.string().min(1),
  organisation: z.string().min(1),
  registration: z.string().min(1).optional(),
  examRegulation: IsoDate.optional(),
  approvedBy: z.string().min(1),
  version: z.string().min(1),
  place: z.string().min(1),
  date: IsoDate,
  contents: Paragraphs.default([]),
  relatedDocuments: Paragraphs.default([]),
  minutesPerLesson: z.number().int().positive(),
  lessonsPerDay: z.number().positive(),
  overview: z.strictObject({
    note: z.string().min(1).optional(),
    modules: z.array(OverviewModule).min(1),
    total: LessonSplit,
    /** Learning days as printed under the totals; each must equal lessons / lessonsPerDay. */
    learningDays: LessonSplit.optional(),
  }),
  details: z.array(ModuleDetail).default([]),
  revisions: z.array(Revision).default([]),
});

export type TeachingPlan = z.infer<typeof TeachingPlan>;
export type LessonSplit = z.infer<typeof LessonSplit>;
export type OverviewModule = z.infer<typeof OverviewModule>;
export type ModuleDetail = z.infer<typeof ModuleDetail>;
export type LearningField = z.infer<typeof LearningField>;
export type CompetenceDimension = z.infer<typeof CompetenceDimension>;
export type WorkSituation = z.infer<typeof WorkSituation>;
