import type { Rule } from '../rule.js';

export default {
  id: 'ci-coverage',
  description: 'Every competence with an evaluation objective at the CI is cited by at least one CI course.',
  severity: 'warning',
  appliesTo: 'training-plan',
  run(document, report) {
    const withCiObjectives = new Map<string, number>();
    for (const { objective, competence } of document.evaluationObjectives) {
      if (objective.places.includes('ci')) withCiObjectives.set(competence.id, (withCiObjectives.get(competence.id) ?? 0) + 1);
    }
    for (const [id, count] of withCiObjectives) {
      if (document.citedByCourses.has(id)) continue;
      const { competence } = document.competences.get(id)!;
      report({ node: competence, key: 'id', message: `competence ${id} has ${count} evaluation objective${count === 1 ? '' : 's'} at the CI but no CI course cites it`, expected: 'cited by a CI course', actual: 'not cited' });
    }
  },
} satisfies Rule;
