import type { Rule } from '../rule.js';

export default {
  id: 'work-situation-ref',
  description: "Every work situation a competence dimension references is one of its module's.",
  severity: 'error',
  appliesTo: 'teaching-plan',
  run(document, report) {
    for (const { dimension, detail } of document.dimensions) {
      const situations = new Set(detail.workSituations.map((s) => s.id));
      dimension.workSituations.forEach((ref, index) => {
        if (!situations.has(ref)) {
          report({ node: dimension.workSituations, key: index, message: `competence dimension ${dimension.id} references work situation ${ref}, which module ${detail.module} does not describe`, actual: ref });
        }
      });
    }
  },
} satisfies Rule;
