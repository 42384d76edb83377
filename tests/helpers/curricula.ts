import { join } from 'node:path';
import { checkPaths } from '../../src/pipeline/index.js';
import type { ResolvedTeachingPlan, ResolvedTrainingPlan } from '../../src/resolve/index.js';
import { repositoryDirectory } from './fixtures.js';

export const curriculaDirectory = join(repositoryDirectory, 'curricula');
export const trainingPlanDirectory = join(curriculaDirectory, 'agent-relation-client-cfc');
export const teachingPlanDirectory = join(curriculaDirectory, 'conseiller-service-automobile-m5');

/** The shipped curricula, checked once per test file. */
export function shippedCurricula() {
  const result = checkPaths([curriculaDirectory], { cwd: repositoryDirectory });
  const resolved = result.documents.map((d) => d.resolved);
  const trainingPlan = resolved.find((d): d is ResolvedTrainingPlan => d?.kind === 'training-plan');
  const teachingPlan = resolved.find((d): d is ResolvedTeachingPlan => d?.kind === 'teaching-plan');
  if (!trainingPlan || !teachingPlan) throw new Error('the shipped curricula do not both validate');
  return { result, trainingPlan, teachingPlan };
}
