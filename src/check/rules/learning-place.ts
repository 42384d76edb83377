import type { Rule } from '../rule.js';

export default {
  id: 'learning-place',
  description: 'Every evaluation objective names at least one learning place, each once.',
  severity: 'error',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const { objective } of document.evaluationObjectives) {
      if (objective.places.length === 0) {
        report({ node: objective, key: 'places', message: `evaluation objective ${objective.id} names no learning place (company, ci or school)`, expected: 'at least 1', actual: 0 });
      }
      const repeated = objective.places.find((place, index) => objective.places.indexOf(place) !== index);
      if (repeated) report({ node: objective, key: 'places', message: `evaluation objective ${objective.id} names learning place "${repeated}" twice`, actual: repeated });
    }
  },
} satisfies Rule;
