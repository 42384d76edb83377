import { z } from 'zod';
import { TrainingPlan } from './training-plan.js';
import { TeachingPlan } from './teaching-plan.js';

/** Every document kind curric knows, told apart by `kind`. */
export const CurriculumDocument = z.discriminatedUnion('kind', [TrainingPlan, TeachingPlan]);
export type CurriculumDocument = z.infer<typeof CurriculumDocument>;

export { TrainingPlan, TeachingPlan };
