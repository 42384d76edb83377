import type { Rule } from '../rule.js';

export default {
  id: 'work-situation-ref',
  description: 'Every work situation a competence dimension references exists.',
  severity: 'error',
  appliesTo: 'teaching-plan',
  run(document, report) {
    for (const { dimension } of document.dimensions) {
      dimension.workSituations.forEach((ref, index) => {
        if (!document.workSituations.has(ref)) {
          report({ node: dimension.workSituations, key: index, message: `competence dimension ${dimension.id} references work situation ${ref}, which does not exist`, actual: ref });
        }
      });
    }
  },
} satisfies Rule;
