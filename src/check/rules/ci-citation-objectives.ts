import type { Rule } from '../rule.js';

export default {
  id: 'ci-citation-objectives',
  description: 'Every competence a CI course cites has at least one evaluation objective at the CI.',
  severity: 'warning',
  appliesTo: 'training-plan',
  run(document, report) {
    const withCiObjectives = new Set(document.evaluationObjectives.filter(({ objective }) => objective.places.includes('ci')).map(({ competence }) => competence.id));
    const reported = new Set<string>();
    for (const { course, citation } of document.courseCitations) {
      const key = `${course.id}|${citation.ref}`;
      if (!document.competences.has(citation.ref) || withCiObjectives.has(citation.ref) || reported.has(key)) continue;
      reported.add(key);
      report({ node: citation, key: 'ref', message: `${course.title} cites competence ${citation.ref}, which has no evaluation objective at the CI`, expected: 'at least 1 CI objective', actual: 0 });
    }
  },
} satisfies Rule;
