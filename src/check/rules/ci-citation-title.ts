import { sameText } from '../../text/normalize.js';
import type { Rule } from '../rule.js';

export default {
  id: 'ci-citation-title',
  description: "A CI course cites a competence or domain under the item's own title.",
  severity: 'warning',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const { course, citation } of document.courseCitations) {
      const title = document.competences.get(citation.ref)?.competence.title ?? document.domains.get(citation.ref)?.title;
      if (title !== undefined && !sameText(title, citation.title)) {
        report({
          node: citation,
          key: 'title',
          message: `${course.title} cites ${citation.ref} as "${citation.title}", its title is "${title}"`,
          expected: title,
          actual: citation.title,
        });
      }
    }
  },
} satisfies Rule;
