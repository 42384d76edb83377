import type { LessonSplit } from '../validate/schema/teaching-plan.js';
import type { LessonRow, LessonTable } from '../validate/schema/training-plan.js';

/** The sums the documents' declared totals must equal, shared by the arithmetic rules and the report. */
export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Presence, self-study or total lessons of some learning fields together. */
export function lessonsOf(fields: readonly { lessons: LessonSplit }[], part: keyof LessonSplit): number {
  return sum(fields.map((field) => field.lessons[part]));
}

/** The rows a lesson table's total row adds up: each section's subtotal, or its rows when it has none. */
export function sectionSums(table: LessonTable): LessonRow[] {
  return table.sections.flatMap((section) => (section.subtotal ? [section.subtotal] : section.rows));
}
