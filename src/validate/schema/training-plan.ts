import { z } from 'zod';
import { AmendableText, Id, IsoDate, Language, Paragraphs, Revision, amendable } from './common.js';

/** C1–C6 (French, Italian, English) or K1–K6 (German); the taxonomy rule checks the letter against the language. */
export const TaxonomyLevel = z.string().regex(/^[CK][1-6]$/, 'a taxonomy level is C1–C6 (K1–K6 in German)');

export const LearningPlace = z.enum(['company', 'ci', 'school']);
export type LearningPlace = z.infer<typeof LearningPlace>;

export const EvaluationObjective = z.strictObject({
  id: Id,
  /** The text after the document's stem ("L'agent relation client ..."), without the leading ellipsis. */
  text: z.string().min(1),
  level: TaxonomyLevel,
  places: z.array(LearningPlace),
  ...amendable,
});

export const ParticularObjective = z.strictObject({
  id: Id,
  text: z.string().min(1),
  evaluation: z.array(EvaluationObjective),
  ...amendable,
});

/** Interdisciplinary competences cited by a professional competence, by their name as printed. */
export const InterdisciplinaryCitations = z.strictObject({
  methodological: z.array(z.string().min(1)).default([]),
  social: z.array(z.string().min(1)).default([]),
  personal: z.array(z.string().min(1)).default([]),
});

export const Competence = z.strictObject({
  id: Id,
  title: z.string().min(1),
  generalObjective: AmendableText,
  interdisciplinary: InterdisciplinaryCitations,
  objectives: z.array(ParticularObjective),
  ...amendable,
});

export const Domain = z.strictObject({
  id: Id,
  title: z.string().min(1),
  competences: z.array(Competence),
  ...amendable,
});

/** One row of a lesson table: a total and its split over the school years (0 where the cell is empty). */
export const LessonRow = z.strictObject({
  /** The competence domain the row stands for, when it stands for one. */
  domain: Id.optional(),
  title: z.string().min(1),
  total: z.number().int().nonnegative(),
  perYear: z.array(z.number().int().nonnegative()),
  /** A footnote mark printed after the title (`*`). */
  mark: z.string().min(1).optional(),
});

export const LessonTable = z.strictObject({
  id: Id,
  title: z.string().min(1),
  /** Column heading of the row titles, as printed. */
  rowHeading: z.string().min(1),
  totalHeading: z.string().min(1),
  yearHeadings: z.array(z.string().min(1)).min(1),
  sections: z.array(
    z.strictObject({
      rows: z.array(LessonRow).min(1),
      /** A subtotal row printed after the section's rows (e.g. "Connaissances professionnelles"). */
      subtotal: LessonRow.optional(),
    }),
  ),
  /** The table's last row; it sums every section. */
  total: LessonRow.optional(),
  notes: z
    .array(
      z.strictObject({
        mark: z.string().min(1).optional(),
        text: z.string().min(1),
        /** "Il faut prévoir 320 des 600 leçons": a part of the lessons of the marked rows. */
        share: z
          .strictObject({ lessons: z.number().int().positive(), of: z.number().int().positive() })
          .optional(),
      }),
    )
    .default([]),
});

/** A line of a CI course's contents: a competence or domain cited by id, with its title as the course table prints it. */
export const CourseCitation = z.strictObject({
  ref: Id,
  title: z.string().min(1),
});

export const InterCompanyCourse = z.strictObject({
  id: Id,
  title: z.string().min(1),
  /** When the course takes place, as printed ("au cours de la première année d'apprentissage"). */
  period: z.string().min(1),
  days: z.number().positive(),
  hoursPerDay: z.number().positive(),
  /** Total hours, where the document states it. */
  hours: z.number().positive().optional(),
  themes: z.string().min(1),
  /** The rows of the course table: contents cited and the focus of each block. */
  program: z.strictObject({
    /** The days the course table states (column "Nbre de jours"). */
    days: z.number().positive().optional(),
    blocks: z.array(
      z.strictObject({
        heading: z.string().min(1).optional(),
        contents: z.array(CourseCitation),
        focus: z.array(AmendableText),
      }),
    ),
  }),
  ...amendable,
});

export const QualificationForm = z.enum(['written', 'oral', 'practical']);

export const QualificationArea = z.strictObject({
  id: Id,
  title: z.string().min(1),
  text: Paragraphs.default([]),
  durations: z
    .array(
      z.strictObject({
        form: QualificationForm,
        hours: z.number().positive(),
        /** Upper bound when the duration is a range (4 to 6 hours). */
        maxHours: z.number().positive().optional(),
      }),
    )
    .default([]),
  positions: z
    .array(
      z.strictObject({
        id: Id,
        title: z.string().min(1),
        domain: Id.optional(),
        form: QualificationForm.optional(),
        /** Weight in percent of the area's grade. */
        weight: z.number().positive().max(100).optional(),
      }),
    )
    .default([]),
  ...amendable,
});

export const InterdisciplinaryCompetence = z.strictObject({
  title: z.string().min(1),
  group: z.enum(['methodological', 'social', 'personal']),
  description: z.string().min(1),
});

export const TrainingPlan = z.strictObject({
  kind: z.literal('training-plan'),
  id: Id,
  language: Language,
  title: z.string().min(1),
  profession: z.string().min(1),
  organisation: z.string().min(1),
  /** Date of the original document. */
  date: IsoDate,
  /** "État le …": the date of the latest revision the text includes. */
  stateDate: IsoDate,
  footnote: z.string().min(1).optional(),
  introduction: Paragraphs,
  profile: Paragraphs,
  /** Stem printed above every evaluation-objective table ("L'agent relation client ..."). */
  evaluationStem: z.string().min(1),
  domains: z.array(Domain).min(1),
  lessonTables: z.array(LessonTable).default([]),
  interCompanyCourses: z.strictObject({
    purpose: Paragraphs,
    responsibleBody: AmendableText,
    otherBodies: z.array(z.string().min(1)),
    courses: z.array(InterCompanyCourse),
    notes: z.array(AmendableText).default([]),
  }),
  qualification: z.strictObject({
    organisation: Paragraphs,
    areas: z.array(QualificationArea),
    evaluation: Paragraphs,
  }),
  approvals: Revision.shape.approvals,
  revisions: z.array(Revision),
  annex: z.strictObject({
    introduction: Paragraphs.default([]),
    documents: z.strictObject({
      id: Id,
      title: z.string().min(1),
      rows: z.array(z.strictObject({ title: z.string().min(1), date: z.string().min(1), source: z.string().min(1) })),
      ...amendable,
    }),
    taxonomyLevels: z.array(z.strictObject({ level: TaxonomyLevel, title: z.string().min(1), description: z.string().min(1) })),
    interdisciplinaryCompetences: z.array(InterdisciplinaryCompetence),
    methodology: Paragraphs.default([]),
  }),
});

export type TrainingPlan = z.infer<typeof TrainingPlan>;
export type Domain = z.infer<typeof Domain>;
export type Competence = z.infer<typeof Competence>;
export type ParticularObjective = z.infer<typeof ParticularObjective>;
export type EvaluationObjective = z.infer<typeof EvaluationObjective>;
export type LessonTable = z.infer<typeof LessonTable>;
export type LessonRow = z.infer<typeof LessonRow>;
export type InterCompanyCourse = z.infer<typeof InterCompanyCourse>;
export type QualificationArea = z.infer<typeof QualificationArea>;
