import type { Rule } from '../rule.js';

export default {
  id: 'ci-citation-ref',
  description: 'The contents of a CI course cite existing competences or competence domains.',
  severity: 'error',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const { course, citation } of document.courseCitations) {
      if (!document.competences.has(citation.ref) && !document.domains.has(citation.ref)) {
        report({ node: citation, key: 'ref', message: `${course.title} cites ${citation.ref} "${citation.title}", which is neither a competence nor a competence domain`, actual: citation.ref });
      }
    }
  },
} satisfies Rule;
