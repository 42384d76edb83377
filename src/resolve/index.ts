import type { CurriculumDocument } from '../validate/schema/index.js';
import { resolveTeachingPlan, type ResolvedTeachingPlan } from './teaching-plan.js';
import { resolveTrainingPlan, type ResolvedTrainingPlan } from './training-plan.js';

export type { ResolvedTeachingPlan } from './teaching-plan.js';
export type { ResolvedTrainingPlan } from './training-plan.js';
export type { Item } from './item.js';

export type ResolvedDocument = ResolvedTrainingPlan | ResolvedTeachingPlan;

/** Phase 3: builds the cross-reference graph of a valid document. */
export function resolveDocument(document: CurriculumDocument): ResolvedDocument {
  return document.kind === 'training-plan' ? resolveTrainingPlan(document) : resolveTeachingPlan(document);
}
